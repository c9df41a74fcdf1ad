package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// versionText is what kg version prints, from the build information the
// Go toolchain embeds in every binary.
func versionText() string {
	bi, ok := debug.ReadBuildInfo()
	return formatVersion(bi, ok)
}

// formatVersion says which kg this is: the module version (a tag, or a
// pseudo-version, when built with go install …@version; "(devel)" from a
// work tree), the commit and its date with "modified" when the work tree
// differed from it (go build records these from git, unless
// -buildvcs=false), and the Go version.
func formatVersion(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "kg (unknown version: built without module information)\n"
	}
	set := map[string]string{}
	for _, s := range bi.Settings {
		set[s.Key] = s.Value
	}
	version := bi.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "kg %s\n", version)
	if rev := set["vcs.revision"]; rev != "" {
		modified := ""
		if set["vcs.modified"] == "true" {
			modified = " (modified)"
		}
		fmt.Fprintf(&b, "commit %s%s\n", rev, modified)
	} else {
		b.WriteString("commit unknown (built without version control information)\n")
	}
	if t := set["vcs.time"]; t != "" {
		fmt.Fprintf(&b, "date %s\n", t)
	}
	fmt.Fprintf(&b, "%s %s/%s\n", bi.GoVersion, set["GOOS"], set["GOARCH"])
	return b.String()
}

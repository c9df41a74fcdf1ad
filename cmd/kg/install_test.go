package main

import (
	"archive/zip"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGoInstall: go install github.com/kg-graph/kg/cmd/kg@latest works,
// from an empty module cache, against this work tree. The tree is served
// as version v0.0.1 by a module proxy in a directory (GOPROXY=file://…,
// the layout the go command documents), ahead of the module cache's own
// download directory and then the usual proxy for the dependencies.
func TestGoInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kg from scratch: skipped with -short")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	const module, version = "github.com/kg-graph/kg", "v0.0.1"
	tmp := t.TempDir()
	at := filepath.Join(tmp, "proxy", module, "@v")
	if err := os.MkdirAll(at, 0o755); err != nil {
		t.Fatal(err)
	}
	root := filepath.Join("..", "..")
	zipModule(t, root, module+"@"+version, filepath.Join(at, version+".zip"))
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(at, version+".mod"), string(gomod))
	writeFile(t, filepath.Join(at, version+".info"), `{"Version":"`+version+`","Time":"2026-11-30T00:00:00Z"}`)
	writeFile(t, filepath.Join(at, "list"), version+"\n")

	goenv := func(name string) string {
		out, err := exec.Command(goBin, "env", name).Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(out))
	}
	proxies := []string{"file://" + filepath.ToSlash(filepath.Join(tmp, "proxy"))}
	if cache := goenv("GOMODCACHE"); cache != "" {
		proxies = append(proxies, "file://"+filepath.ToSlash(filepath.Join(cache, "cache", "download")))
	}
	proxies = append(proxies, goenv("GOPROXY"))
	bin := filepath.Join(tmp, "bin")
	cmd := exec.Command(goBin, "install", module+"/cmd/kg@latest")
	cmd.Dir = tmp // outside any module
	cmd.Env = append(os.Environ(),
		"GOPROXY="+strings.Join(proxies, ","),
		"GONOSUMDB="+module, // not in the checksum database: it is this tree
		"GOMODCACHE="+filepath.Join(tmp, "mod"),
		"GOPATH="+filepath.Join(tmp, "gopath"),
		"GOBIN="+bin,
		"GOFLAGS=-modcacherw",
		"GOWORK=off",
	)
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install: %v\n%s", err, out)
	}
	t.Logf("go install took %v", time.Since(start).Round(time.Millisecond))

	kgPath := filepath.Join(bin, "kg")
	out, err := exec.Command(kgPath, "version").Output()
	if err != nil || !strings.HasPrefix(string(out), "kg "+version+"\n") {
		t.Errorf("installed kg version: %v\n%s", err, out)
	}
	got, err := exec.Command(kgPath, "demo").Output()
	want, _ := os.ReadFile(filepath.Join(root, "testdata", "golden", "ilya.nq"))
	if err != nil || string(got) != string(want) {
		t.Errorf("installed kg demo differs from testdata/golden/ilya.nq (%v)", err)
	}
}

// zipModule writes the module zip of the tree at root, as the go command
// reads it: every file under prefix/, less version control, other modules
// (a directory with its own go.mod) and installed node packages.
func zipModule(t *testing.T, root, prefix, out string) {
	t.Helper()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z := zip.NewWriter(f)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			switch {
			case d.Name() == ".git" || d.Name() == "node_modules" || d.Name() == "vendor":
				return filepath.SkipDir
			case rel != ".":
				if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		w, err := z.Create(path.Join(prefix, filepath.ToSlash(rel)))
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	})
	if err == nil {
		err = z.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
}

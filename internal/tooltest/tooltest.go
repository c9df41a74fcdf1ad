// Package tooltest finds the outside tools that kg's tests check output
// with: rapper (Debian raptor2-utils), Graphviz dot, and Oxigraph run by
// Node from graph/testdata/oxigraph. A missing tool skips the test, except
// under CI=true, where it fails: CI must really run them.
package tooltest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Missing skips the test, or fails it when CI=true.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

// Need returns the path of the program name, installed by Debian package
// pkg.
func Need(t testing.TB, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, "%s not found (apt-get install %s): %v", name, pkg, err)
	}
	return p
}

// Oxigraph returns the command line that runs load.mjs: N-Quads from a
// file (or - for stdin) into an Oxigraph store, then one SPARQL query.
func Oxigraph(t testing.TB) []string {
	t.Helper()
	node := Need(t, "node", "nodejs")
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "graph", "testdata", "oxigraph")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "oxigraph")); err != nil {
		Missing(t, "oxigraph not installed (cd graph/testdata/oxigraph && npm ci): %v", err)
	}
	return []string{node, filepath.Join(dir, "load.mjs")}
}

// Run runs argv with stdin and fails the test if it exits non-zero.
func Run(t testing.TB, stdin []byte, argv ...string) (stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin = bytes.NewReader(stdin)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", filepath.Base(argv[0]), err, e.String())
	}
	return o.String(), e.String()
}

// ExportTools returns the command line that runs script (kuzu.mjs,
// jsonld.mjs, sparql.mjs) from graph/testdata/tools, where npm ci
// installs Kùzu, jsonld.js and Oxigraph.
func ExportTools(t testing.TB, script string) []string {
	t.Helper()
	node := Need(t, "node", "nodejs")
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "graph", "testdata", "tools")
	for _, m := range []string{"kuzu", "jsonld", "oxigraph", "rdf-canonize"} {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", m)); err != nil {
			Missing(t, "%s not installed (cd graph/testdata/tools && npm ci): %v", m, err)
		}
	}
	return []string{node, filepath.Join(dir, script)}
}

// Python returns the path of a python3 that can import module, from
// Debian package pkg.
func Python(t testing.TB, module, pkg string) string {
	t.Helper()
	py := Need(t, "python3", "python3")
	if err := exec.Command(py, "-c", "import "+module).Run(); err != nil {
		Missing(t, "python3 cannot import %s (apt-get install %s): %v", module, pkg, err)
	}
	return py
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSuggestStub checks the three steps of the README's "Building a
// dictionary": kg suggest writes a stub, kg refuses it unreviewed, and
// takes it once the marks are gone.
func TestSuggestStub(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "news.txt")
	os.WriteFile(text, []byte("Professor Jane Q. Doe founded Acme Robotics Inc. in 2020. Acme Robotics Inc. makes arms.\n"), 0o644)
	stub := filepath.Join(dir, "new.yaml")
	var out, errb bytes.Buffer
	if code := run([]string{"suggest", "--no-builtin", "-o", stub, text}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("kg suggest: exit %d: %s", code, errb.String())
	}
	data, _ := os.ReadFile(stub)
	for _, want := range []string{`name: "Jane Q. Doe"`, "type: Person", `name: "Acme Robotics Inc."`, "type: Organization", "reviewed: false", "#   Professor Jane Q. Doe founded"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("stub lacks %q:\n%s", want, data)
		}
	}
	errb.Reset()
	if code := run([]string{"mentions", "--dict", stub, text}, strings.NewReader(""), &out, &errb); code != exitBadDict || !strings.Contains(errb.String(), "not reviewed") {
		t.Errorf("unreviewed stub: exit %d, %s", code, errb.String())
	}
	os.WriteFile(stub, bytes.ReplaceAll(data, []byte("reviewed: false"), nil), 0o644)
	out.Reset()
	errb.Reset()
	if code := run([]string{"mentions", "--no-builtin", "--dict", stub, text}, strings.NewReader(""), &out, &errb); code != 0 || !strings.Contains(out.String(), `"text":"Jane Q. Doe"`) {
		t.Errorf("reviewed stub: exit %d, %s%s", code, out.String(), errb.String())
	}
}

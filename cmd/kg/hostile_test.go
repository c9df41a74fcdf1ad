package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-graph/kg/internal/tooltest"
)

var hostileArgs = []string{"--no-builtin", "--dict", "../../testdata/hostile/dict.yaml", "../../testdata/hostile/text.txt"}

// TestHostileNames feeds names with quotes, backslashes, IRI-illegal and
// control characters, emoji and right-to-left text through every writer
// and every reader that will see the output.
func TestHostileNames(t *testing.T) {
	nq, errOut, code := kg(t, "", append([]string{"extract"}, hostileArgs...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "invalid UTF-8 at byte 218 (2 bad bytes)") {
		t.Errorf("bad bytes not reported: %q", errOut)
	}
	lines := strings.Count(nq, "\n")
	for _, want := range []string{"/rel/authored>", "/rel/bornIn>"} {
		if !strings.Contains(nq, want) {
			t.Errorf("no %s fact", want)
		}
	}
	t.Run("quad reader", func(t *testing.T) {
		if n := len(readQuads(t, nq)); n != lines {
			t.Errorf("read %d of %d", n, lines)
		}
	})
	t.Run("rapper", func(t *testing.T) {
		rapper := tooltest.Need(t, "rapper", "raptor2-utils")
		_, e := tooltest.Run(t, []byte(nq), rapper, "-i", "nquads", "-c", "-", "http://example.org/")
		if !strings.Contains(e, "returned "+itoa(lines)+" triples") || strings.Contains(e, "Warning") {
			t.Errorf("rapper: %s", e)
		}
	})
	t.Run("oxigraph", func(t *testing.T) {
		ox := tooltest.Oxigraph(t)
		out, _ := tooltest.Run(t, []byte(nq), append(ox, "-")...)
		if strings.TrimSpace(out) != `{"quads":`+itoa(lines)+`}` {
			t.Errorf("oxigraph loaded %s of %d", out, lines)
		}
		q := `SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l . GRAPH ?g { ?s <http://example.org/kg/rel/authored> ?o } }`
		out, _ = tooltest.Run(t, []byte(nq), append(ox, "-", q)...)
		var row struct{ L string }
		if err := json.Unmarshal([]byte(out), &row); err != nil || row.L != `Bob "the" \ Builder <x>` {
			t.Errorf("label came back as %q (%v)", out, err)
		}
	})
	t.Run("dot", func(t *testing.T) {
		dot := tooltest.Need(t, "dot", "graphviz")
		g, errOut, code := kg(t, "", append([]string{"dot"}, hostileArgs...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		tooltest.Run(t, []byte(g), dot, "-Tsvg")
	})
	t.Run("mentions", func(t *testing.T) {
		out, _, code := kg(t, "", append([]string{"mentions"}, hostileArgs...)...)
		src, err := os.ReadFile(hostileArgs[len(hostileArgs)-1])
		if err != nil || code != 0 {
			t.Fatal(err, code)
		}
		n := 0
		for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			var m struct {
				Start, End int
				Text       string
			}
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("%v: %s", err, l)
			}
			if string(src[m.Start:m.End]) != m.Text {
				t.Errorf("%s: source has %q", l, src[m.Start:m.End])
			}
			n++
		}
		if n < 8 {
			t.Errorf("only %d mentions:\n%s", n, out)
		}
	})
}

// TestHostileText: kg never panics on odd text, keeps byte offsets into
// the input as given, and says what it did.
func TestHostileText(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // surfaces found, in order
		stderr string
	}{
		{"empty", "", nil, ""},
		{"NUL bytes", "Hinton\x00讲课\x00Sutskever", []string{"Hinton", "Sutskever"}, ""},
		{"BOM", "\ufeffGeoffrey Hinton: 你好", []string{"Geoffrey Hinton"}, ""},
		{"CRLF", "Hinton讲课。\r\nSutskever听课。\r\n", []string{"Hinton", "Sutskever"}, ""},
		{"traditional Chinese", "辛頓與谷歌", []string{"谷歌"}, ""},
		{"full-width Latin", "ＯｐｅｎＡＩ和Ｇｏｏｇｌｅ", []string{"ＯｐｅｎＡＩ", "Ｇｏｏｇｌｅ"}, ""},
		{"emoji", "😀Hinton😀谷歌🎉", []string{"Hinton", "谷歌"}, ""},
		{"right-to-left", "שלום Hinton مرحبا \u202eOpenAI", []string{"Hinton", "OpenAI"}, ""},
		{"invalid UTF-8", "\xffHinton\xc3(谷歌\xe4\xb8", []string{"Hinton", "谷歌"}, "kg: warning: stdin: invalid UTF-8 at byte 0 (4 bad bytes)"},
		{"no newline, no punctuation", strings.Repeat("Hinton和谷歌 ", 500), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := kg(t, tt.text, "mentions", "-")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if tt.stderr == "" && errOut != "" || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q, want %q", errOut, tt.stderr)
			}
			var got []string
			for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if l == "" {
					continue
				}
				var m struct {
					Start, End int
					Text, How  string
				}
				if err := json.Unmarshal([]byte(l), &m); err != nil {
					t.Fatalf("%v: %s", err, l)
				}
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("span %d-%d is %q, text says %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
				}
				if m.How != "coref" {
					got = append(got, m.Text)
				}
			}
			if tt.want != nil && strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("found %q, want %q", got, tt.want)
			}
			for _, cmd := range []string{"extract", "dot"} {
				if _, errOut, code := kg(t, tt.text, cmd, "-"); code != 0 {
					t.Errorf("%s: exit %d: %s", cmd, code, errOut)
				}
			}
		})
	}
}

func TestUnreadableInput(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "dangling.txt")
	if err := os.Symlink(filepath.Join(dir, "gone"), link); err != nil {
		t.Skip(err)
	}
	good := filepath.Join(dir, "good.txt")
	writeFile(t, good, "Geoffrey Hinton")
	out, errOut, code := kg(t, "", "mentions", link, good)
	if code != exitInput || !strings.Contains(errOut, "kg: error: open "+link+": no such file or directory") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"text":"Geoffrey Hinton"`) {
		t.Errorf("the readable input was not processed: %s", out)
	}
}

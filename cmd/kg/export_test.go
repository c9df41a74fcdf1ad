package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-graph/kg/extract/corpus"
	"github.com/kg-graph/kg/internal/tooltest"
)

// TestExportGolden pins kg facts, kg export in every format, kg vocab and
// reified N-Quads on the embedded article. Refresh with
// go test ./cmd/kg -update and review the diff.
func TestExportGolden(t *testing.T) {
	golden := filepath.Join("..", "..", "testdata", "golden")
	check := func(t *testing.T, got []byte, path string) {
		t.Helper()
		if *update {
			os.MkdirAll(filepath.Dir(path), 0o755)
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("output differs from %s; run go test ./cmd/kg -update and review the diff", path)
		}
	}
	for _, tc := range []struct {
		name string
		args []string
		file string
	}{
		{"facts", []string{"demo", "facts"}, "ilya.facts.jsonl"},
		{"graphml", []string{"demo", "export", "--format", "graphml"}, "ilya.graphml"},
		{"jsonld", []string{"demo", "export", "--format", "jsonld"}, "ilya.jsonld"},
		{"vocab", []string{"vocab"}, "vocab.ttl"},
		{"reified", []string{"demo", "extract", "--provenance", "reified"}, "ilya.reified.nq"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := kg(t, "", tc.args...)
			if code != 0 || errOut != "" || out == "" {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if again, _, _ := kg(t, "", tc.args...); again != out {
				t.Fatal("two runs differ")
			}
			check(t, []byte(out), filepath.Join(golden, tc.file))
		})
	}
	for _, format := range []string{"neo4j", "kuzu"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			if _, errOut, code := kg(t, "", "demo", "export", "--format", format, "-o", dir); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			files, _ := os.ReadDir(dir)
			var names []string
			for _, f := range files {
				names = append(names, f.Name())
				got, err := os.ReadFile(filepath.Join(dir, f.Name()))
				if err != nil {
					t.Fatal(err)
				}
				check(t, got, filepath.Join(golden, "ilya."+format, f.Name()))
			}
			want, _ := os.ReadDir(filepath.Join(golden, "ilya."+format))
			if len(want) != len(files) {
				t.Errorf("wrote %s; the golden directory has %d files", strings.Join(names, " "), len(want))
			}
		})
	}
}

func TestExportUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"export"}, "kg export needs --format"},
		{[]string{"export", "--format", "rdfxml"}, `unknown export format "rdfxml"`},
		{[]string{"export", "--format", "neo4j"}, "give -o DIR"},
		{[]string{"extract", "--provenance", "quads"}, `provenance "quads"`},
		{[]string{"facts", "--provenance", "reified"}, "unknown flag: --provenance"},
		{[]string{"vocab", "a.txt"}, "takes no FILE"},
	} {
		_, errOut, code := kg(t, "", tc.args...)
		if code != exitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("kg %s: exit %d, %q; want usage error with %q", strings.Join(tc.args, " "), code, errOut, tc.want)
		}
	}
}

// TestCharOffsetsInPython slices texts in Python by the character offsets
// of kg mentions and kg facts: the article, a text of emoji and CJK
// (astral-plane characters included), and a file large enough to be read
// in blocks.
func TestCharOffsetsInPython(t *testing.T) {
	py := tooltest.Need(t, "python3", "python3")
	dir := t.TempDir()
	dictFile := filepath.Join(dir, "d.yaml")
	os.WriteFile(dictFile, []byte(`entities:
  - {name: 𠮷田 太郎, type: Person}
  - {name: Ada 🦊 Lovelace, type: Person, aliases: [Ada]}
  - {name: 野家研究所, type: Organization}
`), 0o644)
	emoji := "😀😀 e\u0301 🇯🇵。𠮷田 太郎加入了野家研究所。\nAda 🦊 Lovelace 👩‍💻 joined 野家研究所 in 1843.\n"
	var big strings.Builder
	// Fillers of varying length, so that no offset of a wrong block
	// lands on the same text by the period of the repetition.
	for i := 0; big.Len() < 3*corpus.BlockSize; i++ {
		big.WriteString(emoji)
		big.WriteString(strings.Repeat("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ", 900+i%97) + "\n")
	}
	for _, tc := range []struct {
		name, text string
		args       []string
	}{
		{"article", string(defaultArticle), nil},
		{"emoji", emoji, []string{"--dict", dictFile}},
		{"blocks", big.String(), []string{"--dict", dictFile, "-j", "3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := filepath.Join(dir, tc.name+".txt")
			os.WriteFile(text, []byte(tc.text), 0o644)
			var outs []string
			for _, cmd := range []string{"mentions", "facts"} {
				out, errOut, code := kg(t, "", append(append([]string{cmd}, tc.args...), text)...)
				if code != 0 || !strings.Contains(out, "char_start") {
					t.Fatalf("kg %s: exit %d: %s", cmd, code, errOut)
				}
				p := filepath.Join(dir, tc.name+"."+cmd+".jsonl")
				os.WriteFile(p, []byte(out), 0o644)
				outs = append(outs, p)
			}
			out, _ := tooltest.Run(t, nil, append([]string{py, filepath.Join("testdata", "slice.py"), text}, outs...)...)
			if n, _ := strconv.Atoi(strings.TrimSpace(out)); n < 4 {
				t.Errorf("python checked %q spans", out)
			}
		})
	}
}

// TestExportOptionOrder: options may come before the command, as for the
// other commands; a bool the root does not take (--context) included.
func TestExportOptionOrder(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "a.txt")
	os.WriteFile(text, []byte("Sam Altman co-founded OpenAI.\n"), 0o644)
	for _, tc := range []struct{ before, after []string }{
		{[]string{"--context", "vocab"}, []string{"vocab", "--context"}},
		{[]string{"--format", "graphml", "demo", "export"}, []string{"demo", "export", "--format", "graphml"}},
		{[]string{"--doc-base", dir, "facts", text}, []string{"facts", text, "--doc-base", dir}},
	} {
		want, errOut, code := kg(t, "", tc.after...)
		if code != 0 || errOut != "" || want == "" {
			t.Fatalf("kg %s: exit %d: %s", strings.Join(tc.after, " "), code, errOut)
		}
		if got, errOut, _ := kg(t, "", tc.before...); got != want {
			t.Errorf("kg %s differs from kg %s: %s", strings.Join(tc.before, " "), strings.Join(tc.after, " "), errOut)
		}
	}
	if out, _, _ := kg(t, "", "facts", "--doc-base", dir, text); !strings.Contains(out, `"doc":"a.txt"`) {
		t.Errorf("facts --doc-base: %s", out)
	}
}

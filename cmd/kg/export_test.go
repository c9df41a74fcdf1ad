package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

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
		{"facts", []string{"facts"}, "ilya.facts.jsonl"},
		{"graphml", []string{"export", "--format", "graphml"}, "ilya.graphml"},
		{"jsonld", []string{"export", "--format", "jsonld"}, "ilya.jsonld"},
		{"vocab", []string{"vocab"}, "vocab.ttl"},
		{"reified", []string{"extract", "--provenance", "reified"}, "ilya.reified.nq"},
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
			if _, errOut, code := kg(t, "", "export", "--format", format, "-o", dir); code != 0 {
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
		{[]string{"facts", "--provenance", "quads"}, `provenance "quads"`},
		{[]string{"vocab", "a.txt"}, "takes no FILE"},
	} {
		_, errOut, code := kg(t, "", tc.args...)
		if code != exitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("kg %s: exit %d, %q; want usage error with %q", strings.Join(tc.args, " "), code, errOut, tc.want)
		}
	}
}

// TestDocIdentity: one file named three ways is one document.
func TestDocIdentity(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ base, path, want string }{
		{"", "seed/a.txt", "seed/a.txt"},
		{"", "./seed/../seed/a.txt", "seed/a.txt"},
		{"", filepath.Join(wd, "seed", "a.txt"), "seed/a.txt"},
		{"seed", "seed/a.txt", "a.txt"},
		{filepath.Join(wd, "seed"), "./seed/a.txt", "a.txt"},
		{"", "../kg/seed/a.txt", "seed/a.txt"},
		{"", "/elsewhere/./a.txt", "/elsewhere/a.txt"},
		{"seed", "other/a.txt", filepath.Join(wd, "other", "a.txt")},
		{"", "news:2024.txt", "./news:2024.txt"},
	} {
		if got := docName(tc.base, tc.path); got != tc.want {
			t.Errorf("docName(%q, %q) = %q, want %q", tc.base, tc.path, got, tc.want)
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
	for i := 0; big.Len() < 3*blockSize; i++ {
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

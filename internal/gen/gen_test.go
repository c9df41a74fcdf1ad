package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/kg-graph/kg/dict"
)

// generateSmall runs the command as a user would, into a fresh directory.
func generateSmall(t *testing.T, args ...string) string {
	t.Helper()
	dir := t.TempDir()
	var stderr bytes.Buffer
	args = append([]string{"-out", dir, "-aliases", "3000", "-corpus-mb", "1", "-format", "both"}, args...)
	if code := run(args, &stderr); code != 0 {
		t.Fatalf("run %q: exit %d: %s", args, code, stderr.String())
	}
	if !strings.HasPrefix(stderr.String(), "gen: 3000 aliases") || strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("summary = %q, want one line starting with %q", stderr.String(), "gen: 3000 aliases")
	}
	return dir
}

func lines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

func TestDictionary(t *testing.T) {
	dir := generateSmall(t)
	var fromTSV []string
	seen := map[string]string{}
	for i, l := range lines(t, filepath.Join(dir, "dict-3000.tsv")) {
		cols := strings.Split(l, "\t")
		if len(cols) != 3 {
			t.Fatalf("line %d: %d columns, want 3: %q", i+1, len(cols), l)
		}
		if cols[0] == "" || !dict.Type(cols[1]).Valid() {
			t.Errorf("line %d: bad name or type: %q", i+1, l)
		}
		forms := []string{cols[0]}
		if cols[2] != "" {
			forms = append(forms, strings.Split(cols[2], "|")...)
		}
		for _, a := range forms {
			if strings.TrimSpace(a) != a || a == "" {
				t.Errorf("line %d: alias %q is empty or padded", i+1, a)
			}
			if prev, dup := seen[aliasKey(a)]; dup {
				t.Errorf("line %d: alias %q has the key of %q", i+1, a, prev)
			}
			seen[aliasKey(a)] = a
			if isLatin(a) && letters(a) < 4 {
				t.Errorf("line %d: Latin alias %q has fewer than 4 letters", i+1, a)
			}
		}
		fromTSV = append(fromTSV, forms...)
	}
	if len(fromTSV) != 3000 {
		t.Errorf("TSV holds %d aliases, want 3000", len(fromTSV))
	}
	if got := lines(t, filepath.Join(dir, "aliases-3000.txt")); strings.Join(got, "\n") != strings.Join(fromTSV, "\n") {
		t.Errorf("aliases-3000.txt is not the TSV's aliases in order (%d lines, TSV %d)", len(got), len(fromTSV))
	}

	// kg itself must accept it: no duplicate alias, no type clash on a
	// shared id.
	f, err := os.Open(filepath.Join(dir, "dict-3000.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := dict.LoadTSV("dict-3000.tsv", f)
	if err != nil {
		t.Fatalf("kg refuses the dictionary: %v", err)
	}
	if n := len(lines(t, filepath.Join(dir, "dict-3000.tsv"))); len(d.Entities) != n {
		t.Errorf("kg loads %d entities from %d lines: some merged", len(d.Entities), n)
	}
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func TestCorpus(t *testing.T) {
	dir := generateSmall(t)
	aliases := lines(t, filepath.Join(dir, "aliases-3000.txt"))
	docs := lines(t, filepath.Join(dir, "corpus-1mb.txt"))

	var size int
	for _, d := range docs {
		size += len(d) + 1
	}
	if size < 1<<20 || size > 1<<20+8<<10 {
		t.Errorf("corpus is %d bytes, want 1 MiB and at most one document more", size)
	}

	text := strings.Join(docs, "\n")
	found := 0
	for _, a := range aliases {
		if strings.Contains(text, a) {
			found++
		}
	}
	// About 4,400 aliases are planted, drawn from 3,000: most occur.
	if found < len(aliases)/2 {
		t.Errorf("%d of %d aliases occur in the corpus, want most", found, len(aliases))
	}

	// The JSON Lines corpus is the same text.
	f, err := os.Open(filepath.Join(dir, "corpus-1mb.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	i := 0
	for ; sc.Scan(); i++ {
		var doc struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatalf("jsonl line %d: %v", i+1, err)
		}
		if i >= len(docs) || doc.Text != docs[i] {
			t.Fatalf("jsonl line %d (%s) differs from the txt corpus", i+1, doc.ID)
		}
		if len(doc.Text) < 2048 || len(doc.Text) > 6<<10 {
			t.Errorf("%s: %d bytes, want 2 to 5 KiB", doc.ID, len(doc.Text))
		}
	}
	if i != len(docs) {
		t.Errorf("jsonl has %d documents, txt %d", i, len(docs))
	}
}

// A Latin alias never touches another Latin letter or digit, unless it is
// part of a longer alias planted there ("Stratus-28" in "Stratus-281"): kg's
// word boundaries must hold for every planted alias.
func TestLatinBoundaries(t *testing.T) {
	dir := generateSmall(t)
	text, err := os.ReadFile(filepath.Join(dir, "corpus-1mb.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var latin []string
	for _, a := range lines(t, filepath.Join(dir, "aliases-3000.txt")) {
		if isLatin(a) {
			latin = append(latin, a)
		}
	}
	inLonger := func(a string, i int) bool {
		for _, b := range latin {
			k := strings.Index(b, a)
			if len(b) > len(a) && k >= 0 && i >= k && bytes.HasPrefix(text[i-k:], []byte(b)) {
				return true
			}
		}
		return false
	}
	for _, a := range latin {
		for off := 0; ; {
			i := bytes.Index(text[off:], []byte(a))
			if i < 0 {
				break
			}
			i += off
			j := i + len(a)
			if (i > 0 && isAlnum(text[i-1]) || j < len(text) && isAlnum(text[j])) && !inLonger(a, i) {
				t.Errorf("alias %q touches a letter at byte %d: %q", a, i, text[max(0, i-10):min(len(text), j+10)])
			}
			off = j
		}
	}
}

func isAlnum(b byte) bool {
	return b < 0x80 && (unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b)))
}

func TestDeterministic(t *testing.T) {
	a, b := generateSmall(t), generateSmall(t)
	c := generateSmall(t, "-seed", "2")
	for _, name := range []string{"dict-3000.tsv", "corpus-1mb.jsonl"} {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		z, _ := os.ReadFile(filepath.Join(c, name))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
		if bytes.Equal(x, z) {
			t.Errorf("%s is the same with seed 1 and seed 2", name)
		}
	}
}

// The filler must not make mentions of its own: no surname character (every
// Chinese person's name starts with one) and no pronoun for kg's
// coreference to resolve.
func TestFillerIsInert(t *testing.T) {
	surname := map[rune]bool{}
	for _, r := range surnames {
		surname[r] = true
	}
	for _, w := range append(append([]string{}, zhWords...), zhPunct...) {
		for _, r := range w {
			if surname[r] {
				t.Errorf("filler %q holds the surname %q", w, r)
			}
		}
		for _, p := range []string{"他", "她", "我", "你", "您", "该", "这"} {
			if strings.Contains(w, p) {
				t.Errorf("filler %q holds the pronoun %q", w, p)
			}
		}
	}
	for _, p := range enPhrases {
		if p[0] != ' ' || p[len(p)-1] != ' ' {
			t.Errorf("English filler %q must start and end with a space", p)
		}
		for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) {
			switch strings.ToLower(w) {
			case "he", "she", "him", "his", "her", "they", "them", "their", "i", "me", "my", "you", "your", "company", "startup", "firm":
				t.Errorf("English filler %q holds %q", p, w)
			}
		}
	}
	if len(givenChars) < 280 {
		t.Errorf("%d given-name characters, want about 300", len(givenChars))
	}
}

func TestFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-aliases", "0"},
		{"-format", "xml"},
		{"-every", "1"},
		{"-corpus-mb", "-1"},
		{"stray"},
	} {
		var stderr bytes.Buffer
		if code := run(append(args, "-out", t.TempDir()), &stderr); code != 2 {
			t.Errorf("run %q: exit %d, want 2", args, code)
		}
	}
}

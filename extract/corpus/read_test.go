package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-graph/kg/extract"
)

// TestJSONLinesLongLine: a line longer than the longest document kg reads
// is refused with its number, and the rest of the file is read (item 1).
func TestJSONLinesLongLine(t *testing.T) {
	long := `{"id": "long", "text": "` + strings.Repeat("x", 3<<20) + `"}`
	in := `{"id": "a", "text": "Hinton"}` + "\n" + long + "\n" + `{"id": "b", "text": "Hinton"}`
	for _, tt := range []struct {
		limit int
		docs  string
		err   string
	}{
		{2 << 20, "a|b", "x.jsonl:2: a line of more than 2 MiB: skipped (split the document, or give it as a text file)\n"},
		{4 << 20, "a|long|b", ""},
	} {
		var errs strings.Builder
		s := &Reader{MaxDocument: tt.limit, OnError: func(err error) { errs.WriteString(err.Error() + "\n") }}
		var docs []string
		s.jsonLines("x.jsonl", strings.NewReader(in), func(p Part) bool { docs = append(docs, p.Doc); return true })
		if got := strings.Join(docs, "|"); got != tt.docs || errs.String() != tt.err {
			t.Errorf("limit %d: documents %s, errors %q", tt.limit, got, errs.String())
		}
	}
}

// TestDocName: one file named several ways is one document.
func TestDocName(t *testing.T) {
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
		{"", "../corpus/seed/a.txt", "seed/a.txt"},
		{"", "/elsewhere/./a.txt", "/elsewhere/a.txt"},
		{"seed", "other/a.txt", filepath.ToSlash(filepath.Join(wd, "other", "a.txt"))},
		{"", "news:2024.txt", "./news:2024.txt"},
	} {
		if got := DocName(tc.base, tc.path); got != tc.want {
			t.Errorf("DocName(%q, %q) = %q, want %q", tc.base, tc.path, got, tc.want)
		}
	}
}

// TestCharOffsetsAcrossBlocks: character offsets slice the whole document
// as byte offsets do, in a file read in blocks, some cut inside a line of
// astral-plane characters with an overlap.
func TestCharOffsetsAcrossBlocks(t *testing.T) {
	d := withRules(t, "t.yaml", "entities:\n  - {name: 𠮷田 太郎, type: Person}\n  - {name: 野家研究所, type: Organization}\n")
	var text strings.Builder
	for i := 0; text.Len() < 3*BlockSize; i++ {
		text.WriteString("😀 𠮷田 太郎加入了野家研究所。")
		// Fillers of varying length, so that no wrong offset lands on the
		// same text by the period of the repetition, and lines of about
		// 1.5 MiB, so that some blocks are cut inside a line.
		text.WriteString(strings.Repeat("𝔘𝔫𝔦 ", 900+i%97))
		if i%100 == 99 {
			text.WriteString("\n")
		}
	}
	src := text.String()
	path := filepath.Join(t.TempDir(), "t.txt")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	runes := []rune(src)
	r := &Reader{Overlap: Overlap(d), OnError: func(err error) { t.Error(err) }}
	mentions, facts, blocks := 0, 0, 0
	check := func(what, text string, s extract.Span, c extract.Chars) {
		if got := string(runes[c.CharStart:c.CharEnd]); got != text || src[s.Start:s.End] != text {
			t.Fatalf("%s %q: characters %d-%d give %q, bytes %d-%d give %q", what, text, c.CharStart, c.CharEnd, got, s.Start, s.End, src[s.Start:s.End])
		}
	}
	err := Run(context.Background(), extract.New(d, extract.Options{}), r.Files([]string{path}), Options{Jobs: 2}, func(res Result) error {
		blocks++
		for _, m := range res.Mentions {
			check("mention", m.Text, m.Span, m.Chars)
			mentions++
		}
		for _, f := range res.Facts {
			check("sentence", f.Evidence.Text, f.Evidence.Span, f.Evidence.Chars)
			facts++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if blocks < 3 || mentions == 0 || facts == 0 {
		t.Errorf("%d blocks, %d mentions, %d facts: too few to check", blocks, mentions, facts)
	}
}

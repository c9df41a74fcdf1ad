package extract

import (
	"testing"

	"github.com/kg-graph/kg/dict"
)

// sliceChars is text[start:end] in code points, as Python slices a str.
func sliceChars(text []byte, c Chars) string {
	rs := []rune(string(text))
	if c.CharStart < 0 || c.CharEnd > len(rs) || c.CharStart > c.CharEnd {
		return "<out of range>"
	}
	return string(rs[c.CharStart:c.CharEnd])
}

func checkChars(t *testing.T, r Result, src []byte) {
	t.Helper()
	if len(r.Mentions) == 0 || len(r.Facts) == 0 {
		t.Fatalf("%d mentions, %d facts: nothing to check", len(r.Mentions), len(r.Facts))
	}
	for _, m := range r.Mentions {
		if got := sliceChars(src, m.Chars); got != m.Text {
			t.Errorf("mention %q at bytes %d-%d: characters %d-%d give %q", m.Text, m.Start, m.End, m.CharStart, m.CharEnd, got)
		}
	}
	for _, f := range r.Facts {
		if got := sliceChars(src, f.Evidence.Chars); got != f.Evidence.Text {
			t.Errorf("fact %s: characters %d-%d give %q, want %q", f.Relation, f.Evidence.CharStart, f.Evidence.CharEnd, got, f.Evidence.Text)
		}
	}
}

func TestCharOffsetsArticle(t *testing.T) {
	r, _, src := articleResult(t)
	checkChars(t, r, src)
}

func TestCharOffsetsAstral(t *testing.T) {
	d, err := dict.Load("t.yaml", []byte(`entities:
  - {name: 𠮷田 太郎, type: Person}
  - {name: Ada 🦊 Lovelace, type: Person}
  - {name: 野家研究所, type: Organization}
`))
	if err != nil {
		t.Fatal(err)
	}
	if d, err = dict.Merge(mustBuiltinRelations(t), d); err != nil {
		t.Fatal(err)
	}
	src := []byte("😀😀 e\u0301 🇯🇵。𠮷田 太郎加入了野家研究所。\nAda 🦊 Lovelace 👩‍💻 joined 野家研究所 in 1843.\n")
	r := New(d, Options{}).Extract("t", src)
	checkChars(t, r, src)
	// Shifting a block's result moves characters as well as bytes.
	r.Shift(10, 4)
	if m := r.Mentions[0]; m.Start-10 != len("😀😀 e\u0301 🇯🇵。") || m.CharStart-4 != 9 {
		t.Errorf("first mention after Shift(10, 4): bytes %d, characters %d", m.Start, m.CharStart)
	}
}

func mustBuiltinRelations(t *testing.T) *dict.Dictionary {
	t.Helper()
	d, err := dict.BuiltinRelations()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

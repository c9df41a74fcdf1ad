package graph

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
)

// FuzzWriters builds a two-entity graph from arbitrary strings and checks
// that every N-Quads line re-reads with the quad library's reader, giving
// back what the model holds, and that the DOT output keeps its quotes
// balanced on every line and holds no raw control characters or invalid
// UTF-8, and that NQuadsWriter writes the same N-Quads. Seeds are the
// strings of the golden fixtures.
func FuzzWriters(f *testing.F) {
	for _, fx := range fixtures() {
		for i, fact := range fx.facts {
			s, o := fact.Subject, fact.Object
			alias, lang := "", ""
			if len(s.Aliases) > 0 {
				a := s.Aliases[i%len(s.Aliases)]
				alias, lang = a.Text, a.Lang
			}
			f.Add(s.ID, s.Name, alias, lang, o.ID, o.Name, fact.Relation, fact.Evidence.Doc, fact.Evidence.Text, fact.Role, fx.opt.Base)
		}
	}
	f.Fuzz(func(t *testing.T, id1, name1, alias, lang, id2, name2, rel, doc, sentence, role, base string) {
		a := &dict.Entity{ID: id1, Name: name1, Type: dict.Person, Aliases: []dict.Alias{{Text: alias, Lang: lang}, {Text: alias}}}
		b := &dict.Entity{ID: id2, Name: name2, Type: dict.Project}
		if id1 == id2 {
			b = a
		}
		fact := extract.Fact{Subject: a, Relation: rel, Object: b, Role: role, Time: lang,
			Evidence: extract.Evidence{Doc: doc, Span: extract.Span{Start: len(id1), End: -len(doc)}, Text: sentence}}
		g, err := Build([]*dict.Entity{a, b}, []extract.Fact{fact, fact}, Options{Base: base})
		if err != nil {
			return // refused input is fine; a panic is not
		}
		nq, dot := render(t, g)
		checkReread(t, g, nq)
		checkDOT(t, dot)
		if one := streamChunks(t, Options{Base: base}, []docChunk{{[]*dict.Entity{a, b}, []extract.Fact{fact, fact}}}); !bytes.Equal(one[0], nq) {
			t.Fatalf("NQuadsWriter differs from WriteNQuads:\n%s\n%s", one[0], nq)
		}
	})
}

// checkDOT checks that every line of DOT output ends outside a quoted
// string and that the output is valid UTF-8 without raw control characters
// other than the tabs and newlines kg itself writes.
func checkDOT(t testing.TB, dot []byte) {
	t.Helper()
	if !utf8.Valid(dot) {
		t.Fatalf("DOT output is not UTF-8")
	}
	for n, line := range strings.Split(strings.TrimSuffix(string(dot), "\n"), "\n") {
		in := false
		for i := 0; i < len(line); i++ {
			switch c := line[i]; {
			case c < 0x20 && c != '\t' || c == 0x7F:
				t.Fatalf("line %d: raw control %#x: %q", n+1, c, line)
			case c == '\\' && in:
				i++
			case c == '"':
				in = !in
			}
		}
		if in {
			t.Fatalf("line %d ends inside a string: %q", n+1, line)
		}
	}
	if !bytes.HasPrefix(dot, []byte("digraph \"kg\" {\n")) || !bytes.HasSuffix(dot, []byte("\n}\n")) {
		t.Fatalf("DOT output is not one digraph:\n%s", dot)
	}
}

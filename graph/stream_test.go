package graph

import (
	"bytes"
	"cmp"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
)

// docChunk is what one WriteDoc call is given.
type docChunk struct {
	entities []*dict.Entity
	facts    []extract.Fact
}

// streamChunks writes chunks with an NQuadsWriter and returns what each
// call wrote.
func streamChunks(t *testing.T, opt Options, chunks []docChunk) [][]byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewNQuadsWriter(&b, opt)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for i, c := range chunks {
		if err := w.WriteDoc(c.entities, c.facts); err != nil {
			t.Fatalf("chunk %d: %v", i, err)
		}
		if err := w.lw.bw.Flush(); err != nil {
			t.Fatal(err)
		}
		out = append(out, slices.Clone(b.Bytes()))
		b.Reset()
	}
	if err := w.Close(); err != nil || b.Len() > 0 {
		t.Fatalf("Close: %v, %q left", err, b.Bytes())
	}
	return out
}

// lines splits N-Quads into lines, each with its newline.
func lines(b []byte) []string {
	ls := strings.SplitAfter(string(b), "\n")
	return ls[:len(ls)-1]
}

func provenances() []Provenance { return []Provenance{ProvenanceGraph, ProvenanceReified} }

// TestNQuadsWriterOneChunk: everything in one chunk is what WriteNQuads
// writes, byte for byte.
func TestNQuadsWriterOneChunk(t *testing.T) {
	for _, fx := range fixtures() {
		for _, prov := range provenances() {
			fx.opt.Provenance = prov
			want, _ := render(t, fx.build(t))
			got := streamChunks(t, fx.opt, []docChunk{{fx.entities, fx.facts}})
			if !bytes.Equal(got[0], want) {
				t.Errorf("%s, provenance %d: one chunk differs from WriteNQuads\n--- got:\n%s--- want:\n%s", fx.name, prov, got[0], want)
			}
		}
	}
}

// TestNQuadsWriterChunks: written a document at a time, and one document
// in two blocks, the chunks are each sorted and deduplicated, hold
// nothing twice between them (in graph form) and, merged, are what
// WriteNQuads writes.
func TestNQuadsWriterChunks(t *testing.T) {
	for _, fx := range fixtures() {
		for _, prov := range provenances() {
			fx.opt.Provenance = prov
			want, _ := render(t, fx.build(t))
			// A chunk per document, and a document cut at byte 100
			// into two blocks: a fact belongs to the block its
			// sentence starts in.
			facts := slices.Clone(fx.facts)
			slices.SortStableFunc(facts, func(a, b extract.Fact) int {
				return cmp.Or(strings.Compare(a.Evidence.Doc, b.Evidence.Doc), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
			})
			var chunks []docChunk
			for i, f := range facts {
				if i == 0 || f.Evidence.Doc != facts[i-1].Evidence.Doc || facts[i-1].Evidence.Start < 100 && f.Evidence.Start >= 100 {
					chunks = append(chunks, docChunk{})
				}
				c := &chunks[len(chunks)-1]
				c.facts = append(c.facts, f)
			}
			// The mentioned entities come with the last chunk.
			chunks = append(chunks, docChunk{entities: fx.entities})
			got := streamChunks(t, fx.opt, chunks)
			var all []string
			for i, c := range got {
				ls := lines(c)
				if !slices.IsSorted(ls) || len(slices.Compact(slices.Clone(ls))) != len(ls) {
					t.Errorf("%s: chunk %d is not sorted and deduplicated:\n%s", fx.name, i, c)
				}
				all = append(all, ls...)
			}
			merged := slices.Compact(slices.Sorted(slices.Values(all)))
			if strings.Join(merged, "") != string(want) {
				t.Errorf("%s, provenance %d: chunks merged differ from WriteNQuads\n--- got:\n%s--- want:\n%s", fx.name, prov, strings.Join(merged, ""), want)
			}
			if prov == ProvenanceGraph && len(merged) != len(all) {
				t.Errorf("%s: %d lines written, %d different", fx.name, len(all), len(merged))
			}
		}
	}
}

// TestNQuadsWriterFirstUse: an entity's and a relation's statements come
// with the first chunk that uses them, a document's type with its first
// chunk of facts.
func TestNQuadsWriterFirstUse(t *testing.T) {
	p := &dict.Entity{ID: "p", Name: "P", Type: dict.Person}
	q := &dict.Entity{ID: "q", Name: "Q", Type: dict.Person}
	fact := func(doc string, start int) extract.Fact {
		return extract.Fact{Subject: p, Relation: "advisor", Object: q,
			Evidence: extract.Evidence{Doc: doc, Span: extract.Span{Start: start, End: start + 1}, Text: "x"}}
	}
	got := streamChunks(t, Options{}, []docChunk{
		{entities: []*dict.Entity{p}},             // a.txt, block 1: a mention, no fact
		{facts: []extract.Fact{fact("a.txt", 0)}}, // block 2
		{facts: []extract.Fact{fact("a.txt", 5)}}, // block 3
		{entities: []*dict.Entity{q, p}, facts: []extract.Fact{fact("b.txt", 0)}},
	})
	// count counts the lines about subject, facts' triples left out.
	count := func(c []byte, subject string) (n int) {
		for _, l := range lines(c) {
			if strings.HasPrefix(l, "<http://example.org/kg/"+subject+"> ") && !strings.Contains(l, "/fact/") {
				n++
			}
		}
		return n
	}
	for i, want := range []struct{ p, q, rel, docA, docB int }{
		{p: 4},
		{q: 4, rel: 2, docA: 1},
		{},
		{docB: 1},
	} {
		c := got[i]
		if count(c, "entity/p") != want.p || count(c, "entity/q") != want.q || count(c, "rel/advisor") != want.rel ||
			count(c, "doc/a.txt") != want.docA || count(c, "doc/b.txt") != want.docB {
			t.Errorf("chunk %d:\n%s", i, c)
		}
	}
}

func TestNQuadsWriterErrors(t *testing.T) {
	p := &dict.Entity{ID: "p", Name: "P", Type: dict.Person}
	other := &dict.Entity{ID: "p", Type: dict.Place}
	tests := []struct {
		name   string
		chunks []docChunk
		want   error
	}{
		{"nil entity", []docChunk{{entities: []*dict.Entity{nil}}}, ErrEntity},
		{"empty ID", []docChunk{{entities: []*dict.Entity{{Name: "x", Type: dict.Person}}}}, ErrEntity},
		{"bad type in a fact", []docChunk{{facts: []extract.Fact{{Subject: p, Relation: "r", Object: &dict.Entity{ID: "x", Type: "Thing"}}}}}, ErrEntity},
		{"duplicate ID", []docChunk{{entities: []*dict.Entity{p, other}}}, ErrDuplicateID},
		{"duplicate ID in a later chunk", []docChunk{{entities: []*dict.Entity{p}}, {entities: []*dict.Entity{other}}}, ErrDuplicateID},
		{"fact without object", []docChunk{{facts: []extract.Fact{{Subject: p, Relation: "r"}}}}, ErrFact},
		{"fact without relation", []docChunk{{facts: []extract.Fact{{Subject: p, Object: p}}}}, ErrFact},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			w, err := NewNQuadsWriter(&b, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range tt.chunks {
				err = w.WriteDoc(c.entities, c.facts)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if err := w.WriteDoc([]*dict.Entity{p}, nil); !errors.Is(err, tt.want) {
				t.Errorf("after the error: %v", err)
			}
			if err := w.Close(); !errors.Is(err, tt.want) {
				t.Errorf("Close: %v", err)
			}
		})
	}
	if _, err := NewNQuadsWriter(&bytes.Buffer{}, Options{Base: "a b"}); !errors.Is(err, ErrBase) {
		t.Errorf("bad base: %v", err)
	}
	fx := smallFixture()
	for _, n := range []int{0, 5000} {
		w, _ := NewNQuadsWriter(&failWriter{n: n}, fx.opt)
		err := w.WriteDoc(fx.entities, fx.facts)
		if err == nil {
			err = w.Close()
		}
		if !errors.Is(err, errWrite) {
			t.Errorf("after %d bytes: %v", n, err)
		}
	}
}

package extract

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/match"
)

func TestCompiledRoundTrip(t *testing.T) {
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := match.Compile(d, match.MatcherOptions{Fuzzy: true}).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	c, err := match.ReadCompiled(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Dict.Entities) != len(d.Entities) {
		t.Fatalf("%d entities, want %d", len(c.Dict.Entities), len(d.Entities))
	}
	for i, e := range c.Dict.Entities {
		if !reflect.DeepEqual(e.Forms(), stripPos(d.Entities[i].Forms())) || e.ID != d.Entities[i].ID || e.Type != d.Entities[i].Type {
			t.Fatalf("entity %d differs: %+v", i, e)
		}
	}
	// The same mentions and facts as with the dictionary itself.
	src := []byte("Greg Brookman和Ilya Sutskever共同创立OpenAI。ＯｐｅｎＡＩ的Le。Quoc Le与AIphaGo")
	want := New(d, Options{}).Extract("t", src)
	x := NewWithCompiled(d.WithoutEntities(), []*match.Compiled{c}, Options{})
	got := x.Extract("t", src)
	if len(got.Mentions) != len(want.Mentions) || len(got.Facts) != len(want.Facts) || len(want.Facts) == 0 {
		t.Fatalf("got %d mentions %d facts, want %d and %d", len(got.Mentions), len(got.Facts), len(want.Mentions), len(want.Facts))
	}
	for i := range got.Mentions {
		g, w := got.Mentions[i], want.Mentions[i]
		if g.Span != w.Span || g.Entity.ID != w.Entity.ID || g.How != w.How {
			t.Errorf("mention %d: %+v, want %+v", i, g, w)
		}
	}
	// --no-fuzzy works on a compiled automaton too.
	x = NewWithCompiled(d.WithoutEntities(), []*match.Compiled{c}, Options{NoFuzzy: true})
	for _, m := range x.Extract("t", src).Mentions {
		if m.How == Fuzzy {
			t.Errorf("fuzzy mention with NoFuzzy: %+v", m)
		}
	}
}

func stripPos(as []dict.Alias) []dict.Alias {
	out := make([]dict.Alias, len(as))
	for i, a := range as {
		a.Pos = dict.Pos{}
		out[i] = a
	}
	return out
}

// TestCompiledNounsAndLinks: head nouns and same-as links survive
// compilation, so "the lab" finds its laboratory and the links reach the
// output from a compiled dictionary as from its YAML.
func TestCompiledNounsAndLinks(t *testing.T) {
	d, err := dict.Load("n.yaml", []byte(`entities:
  - {name: Gamma Works, type: Organization, nouns: [lab, 实验室], same_as: [Q42]}
  - {name: Acme, type: Organization}
  - {name: John Smith, type: Person, aliases: [Smith]}
`))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := match.Compile(d, match.MatcherOptions{}).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	c, err := match.ReadCompiled(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	g := c.Dict.Entities[0]
	if !reflect.DeepEqual(g.Nouns, []string{"lab", "实验室"}) || !reflect.DeepEqual(g.SameAs, d.Entities[0].SameAs) || len(g.SameAs) != 1 {
		t.Fatalf("nouns %q, same as %q; want %q and %q", g.Nouns, g.SameAs, d.Entities[0].Nouns, d.Entities[0].SameAs)
	}
	if c.Dict.Entities[1].Nouns != nil || c.Dict.Entities[1].SameAs != nil {
		t.Errorf("Acme has nouns %q, links %q", c.Dict.Entities[1].Nouns, c.Dict.Entities[1].SameAs)
	}
	rules, err := dict.BuiltinRelations()
	if err != nil {
		t.Fatal(err)
	}
	x := NewWithCompiled(rules, []*match.Compiled{c}, Options{})
	r := x.Extract("t", []byte("Gamma Works was founded in 1990. Acme hired Smith. Smith later joined the lab."))
	found := false
	for _, f := range r.Facts {
		found = found || f.Relation == "worksFor" && f.Object.ID == g.ID
	}
	if !found {
		t.Errorf("the lab did not name Gamma Works: %v", r.Facts)
	}
}

// TestNewFromCompiled: an automaton compiled from the dictionary's own
// entities gives what New gives, and is not used when folding is asked
// for, since a compiled automaton does not fold.
func TestNewFromCompiled(t *testing.T) {
	d, err := dict.Load("d.yaml", []byte("entities:\n  - {name: 辛顿, type: Person}\n  - {name: Geoffrey Everest, type: Person}\n"))
	if err != nil {
		t.Fatal(err)
	}
	own := match.Compile(d, match.MatcherOptions{Fuzzy: true})
	src := []byte("辛頓和辛顿见了Geoffrey Everst。")
	for _, opt := range []Options{{}, {NoFuzzy: true}, {Fold: match.FoldHan}, {Fold: match.FoldAll, NoFuzzy: true}} {
		want := New(d, opt).Extract("t", src).Mentions
		got := NewFromCompiled(d, own, nil, opt).Extract("t", src).Mentions
		if len(got) != len(want) {
			t.Fatalf("%+v: %d mentions, want %d", opt, len(got), len(want))
		}
		for i := range got {
			if g, w := got[i], want[i]; g.Span != w.Span || g.Entity != w.Entity || g.How != w.How {
				t.Errorf("%+v: mention %d: %+v, want %+v", opt, i, g, w)
			}
		}
		if folded := len(want) > 0 && want[0].Text == "辛頓"; folded != (opt.Fold != 0) {
			t.Errorf("%+v: mentions %+v: folding shows nothing", opt, want)
		}
	}
}

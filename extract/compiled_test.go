package extract

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"reflect"
	"strings"
	"testing"

	"kg/dict"
)

func TestCompiledRoundTrip(t *testing.T) {
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := Compile(d, MatcherOptions{Fuzzy: true}).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	c, err := ReadCompiled(bytes.NewReader(buf.Bytes()))
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
	x := NewWithCompiled(d.WithoutEntities(), []*Compiled{c}, Options{})
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
	x = NewWithCompiled(d.WithoutEntities(), []*Compiled{c}, Options{NoFuzzy: true})
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

func compiledBytes(t testing.TB) []byte {
	d, err := dict.Load("c.yaml", []byte("entities:\n  - {name: Geoffrey Hinton, type: Person, aliases: [辛顿, {text: GH, case_sensitive: true}]}\n  - {name: OpenAI, type: Organization}\n"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := Compile(d, MatcherOptions{Fuzzy: true}).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCompiledDamaged(t *testing.T) {
	good := compiledBytes(t)
	if _, err := ReadCompiled(strings.NewReader("entities: []\n")); !errors.Is(err, ErrNotCompiled) {
		t.Errorf("YAML: %v", err)
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 1
	for name, data := range map[string][]byte{
		"truncated": good[:len(good)-10],
		"flipped":   flipped,
		"magic":     []byte(CompiledMagic),
	} {
		if _, err := ReadCompiled(bytes.NewReader(data)); err == nil || !strings.HasPrefix(err.Error(), "compiled dictionary: ") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// FuzzReadCompiled: a compiled file with a valid checksum but any content
// is refused or matches without panicking.
func FuzzReadCompiled(f *testing.F) {
	f.Add(compiledBytes(f)[len(CompiledMagic):])
	f.Fuzz(func(t *testing.T, body []byte) {
		data := append([]byte(CompiledMagic), body...)
		sum := sha256Sum(data)
		c, err := ReadCompiled(bytes.NewReader(append(data, sum...)))
		if err != nil {
			return
		}
		x := NewWithCompiled(&dict.Dictionary{}, []*Compiled{c}, Options{})
		x.Extract("f", []byte("Geoffrey Hinton, GH, 辛顿 and OpenAl at OpenAI"))
	})
}

func sha256Sum(b []byte) []byte {
	s := sha256.Sum256(b)
	return s[:]
}

// TestCompiledEdgeOrder: a compiled file whose edges are not in byte order
// is refused, with a valid checksum: the bitmap search of wide states and
// the binary search of older files both depend on that order.
func TestCompiledEdgeOrder(t *testing.T) {
	good := compiledBytes(t)
	// The state after "g" has two edges, "e" (geoffrey) and "h" (gh).
	k := bytes.Index(good, []byte("eh"))
	if k < 0 || bytes.Count(good, []byte("eh")) != 1 {
		t.Fatalf("want exactly one run of edge bytes \"eh\" in the file")
	}
	body := bytes.Clone(good[:len(good)-sha256.Size])
	body[k], body[k+1] = 'h', 'e'
	_, err := ReadCompiled(bytes.NewReader(append(body, sha256Sum(body)...)))
	if err == nil || !strings.Contains(err.Error(), "edges out of order") {
		t.Errorf("err = %v, want edges out of order", err)
	}
	if _, err := ReadCompiled(bytes.NewReader(good)); err != nil {
		t.Errorf("good file: %v", err)
	}
}

package match

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
)

func compiledDict(t testing.TB) *dict.Dictionary {
	d, err := dict.Load("c.yaml", []byte("entities:\n  - {name: Geoffrey Hinton, type: Person, aliases: [辛顿, {text: GH, case_sensitive: true}]}\n  - {name: OpenAI, type: Organization}\n"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func compiledBytes(t testing.TB) []byte {
	var buf bytes.Buffer
	if _, err := Compile(compiledDict(t), MatcherOptions{Fuzzy: true}).WriteTo(&buf); err != nil {
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
		src := []byte("Geoffrey Hinton, GH, 辛顿 and OpenAl at OpenAI")
		c.Matcher().FindAllBytes(src)
		c.Matcher().WithoutFuzzy().FindAllBytes(src)
	})
}

func sha256Sum(b []byte) []byte {
	s := sha256.Sum256(b)
	return s[:]
}

// TestCompiledGroupOrder: a compiled file whose group texts are not in
// sorted order is refused, with a valid checksum: the trie is rebuilt from
// them on load, and that needs them sorted and distinct.
func TestCompiledGroupOrder(t *testing.T) {
	good := compiledBytes(t)
	// Sorted, "geoffrey hinton" comes before "gh": the second shares "g"
	// with it and adds "h".
	k := bytes.Index(good, []byte("\x0fgeoffrey hinton\x01\x01h"))
	if k < 0 {
		t.Fatalf("want the front-coded texts \"geoffrey hinton\", \"gh\" in the file")
	}
	for name, edit := range map[string]func(b []byte){
		"out of order": func(b []byte) { b[k+1+15+2] = 'a' },             // "ga" after "geoffrey hinton"
		"repeated":     func(b []byte) { b[k+1+15+2] = 'e' },             // "ge" after "geoffrey hinton"
		"long prefix":  func(b []byte) { b[k+1+15] = 16 },                // shares more than the text before has
		"empty":        func(b []byte) { b[k+1+15], b[k+1+15+1] = 0, 0 }, // and a stray byte
	} {
		body := bytes.Clone(good[:len(good)-sha256.Size])
		edit(body)
		_, err := ReadCompiled(bytes.NewReader(append(body, sha256Sum(body)...)))
		if err == nil || !strings.Contains(err.Error(), "compiled dictionary: ") {
			t.Errorf("%s: err = %v, want an error", name, err)
		}
	}
	c, err := ReadCompiled(bytes.NewReader(good))
	if err != nil {
		t.Fatalf("good file: %v", err)
	}
	got := showMatches("GH met Geoffrey Hinton", c.Matcher().WithoutFuzzy().FindAllBytes([]byte("GH met Geoffrey Hinton")))
	if want := `[0:2"GH"#2 7:22"Geoffrey Hinton"#0]`; got != want {
		t.Errorf("good file matches %s, want %s", got, want)
	}
}

// TestCompiledMatchesLikeOriginal: a generated gazetteer of Latin and
// Chinese names, compiled, written and read back, finds exactly what the
// automaton built from its patterns finds on mixed Chinese and Latin
// text, with and without typo tolerance; so does the compiled dictionary
// before it is written, whose automaton is built on first use.
func TestCompiledMatchesLikeOriginal(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	ps := genAliases(r, 20000)
	d := &dict.Dictionary{}
	for i := 0; i < len(ps); i += 2 {
		e := &dict.Entity{ID: fmt.Sprint("e", i), Name: ps[i].Text, Type: dict.Organization}
		if i+1 < len(ps) {
			a := dict.Alias{Text: ps[i+1].Text}
			switch i % 7 {
			case 1:
				a.CaseSensitive = true
			case 3:
				a.Short = true
			case 5:
				a.NoFuzzy = true
			}
			e.Aliases = append(e.Aliases, a)
		}
		d.Entities = append(d.Entities, e)
	}
	text := genText(r, ps, 200_000)
	for _, fuzzy := range []bool{false, true} {
		opt := MatcherOptions{Fuzzy: fuzzy}
		want := NewMatcher(PatternsOf(d), opt).FindAllBytes(text)
		if len(want) < 1000 {
			t.Fatalf("fuzzy=%v: only %d matches: the text does not test much", fuzzy, len(want))
		}
		c := Compile(d, opt)
		var buf bytes.Buffer
		if _, err := c.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := ReadCompiled(&buf)
		if err != nil {
			t.Fatal(err)
		}
		for name, m := range map[string]*Matcher{"compiled": c.Matcher(), "read back": back.Matcher()} {
			if got := m.FindAllBytes(text); !slices.Equal(got, want) {
				t.Errorf("fuzzy=%v: %s finds %d matches, the original %d", fuzzy, name, len(got), len(want))
			}
		}
	}
}

// TestCompiledFuzzyWords: a fuzzy entry that claims more words than it has
// runes is refused. The claim sizes a table on load; a file with a valid
// checksum once made it two billion rows long and the loader ran out of
// memory.
func TestCompiledFuzzyWords(t *testing.T) {
	c := Compile(compiledDict(t), MatcherOptions{Fuzzy: true})
	fz := c.Matcher().fuzzy
	if fz == nil || len(fz.words) == 0 {
		t.Fatal("want a fuzzy index with entries")
	}
	for _, words := range []int32{fz.off[1] - fz.off[0] + 1, 1 << 30} {
		saved := fz.words[0]
		fz.words[0] = words
		var buf bytes.Buffer
		_, err := c.WriteTo(&buf)
		fz.words[0] = saved
		if err != nil {
			t.Fatal(err)
		}
		_, err = ReadCompiled(&buf)
		if err == nil || !strings.Contains(err.Error(), "fuzzy index out of range") {
			t.Errorf("words = %d: err = %v, want the fuzzy index refused", words, err)
		}
	}
}

// TestCompiledAcronym: an alias in capitals still needs a capital in the
// text after a round trip through the file.
func TestCompiledAcronym(t *testing.T) {
	d, err := dict.Load("a.yaml", []byte("entities:\n  - {name: Light-emitting diode, type: Project, aliases: [LED]}\n  - {name: John Doe, type: Person}\n"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := Compile(d, MatcherOptions{}).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadCompiled(&buf)
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("a group led by John Doe made the LED")
	var got []string
	for _, m := range back.Matcher().FindAllBytes(text) {
		got = append(got, string(text[m.Start:m.End]))
	}
	if want := []string{"John Doe", "LED"}; !slices.Equal(got, want) {
		t.Errorf("read back finds %q, want %q", got, want)
	}
}

package match

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
)

var syllables = []string{
	"ka", "lo", "ren", "mi", "sa", "to", "vin", "el", "ar", "de", "no", "ri",
	"bel", "ton", "ma", "li", "ga", "ber", "stein", "son", "ley", "ric", "han", "der",
}

func genWord(r *rand.Rand, min int) string {
	var b strings.Builder
	for b.Len() < min || r.Intn(3) == 0 {
		b.WriteString(syllables[r.Intn(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func genHan(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteRune(rune(0x4E00 + r.Intn(0x9FA5-0x4E00)))
	}
	return b.String()
}

// genAliases makes n aliases: "First Last" names, product names such as
// "Model-123", and Chinese names of 2 to 4 Han characters.
func genAliases(r *rand.Rand, n int) []Pattern {
	ps := make([]Pattern, n)
	for i := range ps {
		switch k := r.Intn(10); {
		case k < 5:
			ps[i].Text = genWord(r, 3) + " " + genWord(r, 4)
		case k < 7:
			ps[i].Text = fmt.Sprintf("%s-%d", genWord(r, 3), r.Intn(1000))
		default:
			ps[i].Text = genHan(r, 2+r.Intn(3))
		}
	}
	return ps
}

// genText makes about size bytes of mixed Chinese and Latin text with
// aliases (some with a typo) inserted.
func genText(r *rand.Rand, ps []Pattern, size int) []byte {
	return genTextLatin(r, ps, size, 0)
}

// genTextLatin is genText with the given share of Latin words (0 to 10)
// among the filler that is otherwise Chinese.
func genTextLatin(r *rand.Rand, ps []Pattern, size, latin int) []byte {
	var b strings.Builder
	for b.Len() < size {
		switch k := r.Intn(10); {
		case k < latin:
			b.WriteString(" " + genWord(r, 2+r.Intn(6)))
		case k < 4:
			b.WriteString(genHan(r, 1+r.Intn(12)))
		case k < 6:
			b.WriteString(" " + genWord(r, 2) + " ")
		case k < 7:
			b.WriteString("，")
		case k < 8:
			b.WriteString(mutate(r, ps[r.Intn(len(ps))].Text))
		default:
			b.WriteString(ps[r.Intn(len(ps))].Text)
		}
	}
	return []byte(b.String())
}

// size approximates the memory held by m.
func (m *Matcher) size() int {
	n := len(m.root)*4 + len(m.states)*16 + len(m.edgeByte) + len(m.edgeNext)*4 +
		len(m.grpLen)*4 + len(m.grpFirst)*4 + len(m.grpIDs)*4 + len(m.grpCased)
	if fz := m.fuzzy; fz != nil {
		n += len(fz.runes)*4 + len(fz.off)*4 + len(fz.words)*4 + len(fz.id)*4 +
			len(fz.keys)*8 + len(fz.post)*4 + len(fz.filter)*8 + len(fz.bucket)*4
	}
	return n
}

func BenchmarkNewMatcher(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		for _, fuzzy := range []bool{false, true} {
			ps := genAliases(rand.New(rand.NewSource(1)), n)
			b.Run(fmt.Sprintf("aliases=%d/fuzzy=%v", n, fuzzy), func(b *testing.B) {
				b.ReportAllocs()
				var m *Matcher
				for b.Loop() {
					m = NewMatcher(ps, MatcherOptions{Fuzzy: fuzzy})
				}
				b.ReportMetric(float64(m.size())/float64(n), "B/alias")
				b.ReportMetric(float64(len(m.states)-1), "states")
			})
		}
	}
}

// BenchmarkReadCompiled loads a compiled dictionary of generated aliases,
// one entity each: most of the time goes to building the automaton again.
func BenchmarkReadCompiled(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		d := &dict.Dictionary{}
		for i, p := range genAliases(rand.New(rand.NewSource(1)), n) {
			d.Entities = append(d.Entities, &dict.Entity{ID: fmt.Sprint("e", i), Name: p.Text, Type: dict.Person})
		}
		var buf bytes.Buffer
		if _, err := Compile(d, MatcherOptions{}).WriteTo(&buf); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("aliases=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(buf.Len()))
			for b.Loop() {
				if _, err := ReadCompiled(bytes.NewReader(buf.Bytes())); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFindAll(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		r := rand.New(rand.NewSource(1))
		ps := genAliases(r, n)
		mixed := genText(r, ps, 1<<20)
		latin := genTextLatin(r, ps, 1<<20, 7)
		for _, c := range []struct {
			name  string
			text  []byte
			fuzzy bool
			fold  Fold
		}{{"mixed", mixed, false, 0}, {"mixed", mixed, true, 0}, {"latin", latin, false, 0}, {"latin", latin, true, 0},
			{"mixed", mixed, false, FoldAll}, {"latin", latin, false, FoldAll}} {
			text, fuzzy := c.text, c.fuzzy
			m := NewMatcher(ps, MatcherOptions{Fuzzy: fuzzy, Fold: c.fold})
			name := fmt.Sprintf("aliases=%d/text=%s/fuzzy=%v", n, c.name, fuzzy)
			if c.fold != 0 {
				name += "/fold=" + c.fold.String()
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				var ms []Match
				for b.Loop() {
					ms = m.FindAllBytes(text)
				}
				b.ReportMetric(float64(len(ms)), "matches")
			})
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	r := rand.New(rand.NewSource(1))
	mixed := genText(r, genAliases(r, 1000), 1<<20)
	ascii := []byte(strings.Repeat("Greg Brockman and Ilya Sutskever founded OpenAI. ", (1<<20)/50))
	wide := []byte(strings.Repeat("ＯｐｅｎＡＩ的ＧＰＴ－３。", (1<<20)/36))
	for _, c := range []struct {
		name string
		src  []byte
	}{{"ascii", ascii}, {"mixed", mixed}, {"fullwidth", wide}} {
		if c.name != "ascii" && !utf8.Valid(c.src) {
			b.Fatal("invalid benchmark text")
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.src)))
			for b.Loop() {
				Normalize(c.src)
			}
		})
	}
}

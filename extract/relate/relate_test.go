package relate

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
)

func TestRuleAnchors(t *testing.T) {
	rel := &dict.Relation{Name: "worksFor", Subject: []dict.Type{dict.Person}, Object: []dict.Type{dict.Organization}}
	for _, tt := range []struct {
		pattern string
		want    []string
	}{
		{"{s} (later |)(works for|joined) {o}", []string{"works", "joined"}},
		{"{s}~6加入(了|){o}", []string{"加入"}},
		{"{s} (is|was) the {role:CEO|chief executive} of {o}", []string{"the"}},
		{"{s}(的|){o}", nil},
	} {
		p, err := dict.ParsePattern(tt.pattern)
		if err != nil {
			t.Fatal(err)
		}
		ru := newRule(rel, &p, nil)
		if !slices.Equal(ru.anchors, tt.want) {
			t.Errorf("%s: anchors %q, want %q", tt.pattern, ru.anchors, tt.want)
		}
		f := newKeyFinder(ru.anchors)
		for _, s := range []string{"sam altman joined openai", "他加入了谷歌", "nothing here", "the theme"} {
			k := makeKeyEnds(len(ru.anchors), 0)
			f.scan([]byte(s), k)
			last := k.last
			for i, a := range ru.anchors {
				if held := last[i] > 0; held != strings.Contains(s, a) {
					t.Errorf("key finder says %q holds %q: %v", s, a, held)
				}
			}
		}
	}
}

// TestGapsStayLinear: a pattern of many wide gaps tries each state of a
// sentence once, however many ways its gaps reach it (the hostile
// pattern of issue 12 ran for minutes), and still finds its match.
func TestGapsStayLinear(t *testing.T) {
	rel := &dict.Relation{Name: "worksFor", Subject: []dict.Type{dict.Person}, Object: []dict.Type{dict.Organization}}
	p, err := dict.ParsePattern("{s}~~200~~200~~200~~200~~200~~200~~200~~200 zz {o}")
	if err != nil {
		t.Fatal(err)
	}
	rel.Patterns = []dict.Pattern{p}
	jane := &dict.Entity{ID: "jane", Name: "Jane Roe", Type: dict.Person}
	acme := &dict.Entity{ID: "acme", Name: "Acme", Type: dict.Organization}
	for _, tt := range []struct {
		text string
		want int
	}{
		{"Jane Roe said a lot of things about nothing much at all, zz Acme.", 1},
		{"Jane Roe said a lot of things about nothing much at all, yy Acme.", 0},
	} {
		src := []byte(tt.text)
		end := strings.Index(tt.text, " said")
		at := strings.Index(tt.text, "Acme")
		d := doc.New("t", src, []doc.Mention{
			{Span: doc.Span{Start: 0, End: end}, Text: "Jane Roe", Entity: jane},
			{Span: doc.Span{Start: at, End: at + 4}, Text: "Acme", Entity: acme},
		})
		x := Compile([]*dict.Relation{rel})
		m := &sentMatcher{d: d, sent: d.Sentences[0], ms: d.InSentence(d.Sentences[0]), ru: x.rules[0]}
		// No deadlines: the memory of states alone must keep it linear.
		m.deadline = make([]int, len(m.ru.elems)+1)
		for i := range m.deadline {
			m.deadline[i] = math.MaxInt
		}
		got := len(m.all())
		if got < tt.want || tt.want == 0 && got != 0 {
			t.Errorf("%s: %d matches, want %d", tt.text, got, tt.want)
		}
		// Each state once, each gap trying every position from it: at
		// most positions² × elements calls (70 positions, 12 elements),
		// where without memory it would be positions^8.
		if m.steps > 70*70*12 {
			t.Errorf("%s: %d steps", tt.text, m.steps)
		}
	}
}

// TestKeyFinder: the automaton finds every key that occurs in the folded
// text, overlapping and nested ones included, and no other.
func TestKeyFinder(t *testing.T) {
	keys := []string{"he", "she", "his", "hers", "加入", "入了", "了谷歌", "a", "abcd", "bce", "cdf", "c"}
	f := newKeyFinder(keys)
	for _, text := range []string{"ushers", "他加入了谷歌", "", "aaa", "hishe", "xyz", "加入加入了", "USHERS", "ＳＨＥ", "\xffhe\xe5\x8a", "H\u2019s", "abcdf", "abce", "xabcabcdfbce"} {
		k := makeKeyEnds(len(keys), 0)
		f.scan([]byte(text), k)
		last := k.last
		for i, k := range keys {
			folded := doc.FoldString(text)
			if held := last[i] > 0; held != strings.Contains(folded, k) {
				t.Errorf("%q: key %q found %v", text, k, held)
			}
			if j := strings.LastIndex(folded, k); j >= 0 && text == folded && int(last[i])-1 != j+len(k) {
				t.Errorf("%q: key %q last ends at %d, want %d", text, k, last[i]-1, j+len(k))
			}
		}
	}
}

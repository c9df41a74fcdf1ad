package doc

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"他来了。她走了！真的？", []string{"他来了。", "她走了！", "真的？"}},
		{"He said “yes.” Then he left.", []string{"He said “yes.” Then he left."}},
		{"Hinton left. Sutskever stayed.\nNew line", []string{"Hinton left.", "Sutskever stayed.", "New line"}},
		{"Quoc V. Le and Dr. Smith met in 2.0 times", []string{"Quoc V. Le and Dr. Smith met in 2.0 times"}},
		{"He studied with Prof. E. R. Bernstein. Gen. Smith and Capt. Doe left.", []string{"He studied with Prof. E. R. Bernstein.", "Gen. Smith and Capt. Doe left."}},
		{"Acme grew fast in the 1990s. Later it moved.", []string{"Acme grew fast in the 1990s.", "Later it moved."}},
		{"He joined Acme Corp. The firm grew.", []string{"He joined Acme Corp.", "The firm grew."}},
		{"Maple is a subsidiary of B-Bay Inc. Its CEO is Zucker. Acme Inc. Chairman Roe spoke.", []string{"Maple is a subsidiary of B-Bay Inc.", "Its CEO is Zucker.", "Acme Inc. Chairman Roe spoke."}},
		{"He met John Doe Jr. He left. Acme Ltd. The firm grew.", []string{"He met John Doe Jr.", "He left.", "Acme Ltd. The firm grew."}},
		{"His son, the Rt. Rev. Doe, was bishop. Maj. Gen. Roe and Fr. Smith met.", []string{"His son, the Rt. Rev. Doe, was bishop.", "Maj. Gen. Roe and Fr. Smith met."}},
		{"Acme was founded in 1990. It grew. JPL (a lab). It moved.", []string{"Acme was founded in 1990.", "It grew.", "JPL (a lab).", "It moved."}},
		{"It costs 5. more or less", []string{"It costs 5. more or less"}},
		{"He earned an M.Sc. from Laval and a B.Eng. in 1960. He left.", []string{"He earned an M.Sc. from Laval and a B.Eng. in 1960.", "He left."}},
		{"He earned an M.Sc. He left. Shop at acme.com. Then go.", []string{"He earned an M.Sc.", "He left.", "Shop at acme.com.", "Then go."}},
		{"  \n\n ", nil},
		{"a\xffb。c", []string{"a\xffb。", "c"}},
		{"说:“你好。”然后", []string{"说:“你好。”", "然后"}},
		{strings.Repeat("abc ", 600), []string{strings.TrimSpace(strings.Repeat("abc ", 512)), strings.TrimSpace(strings.Repeat("abc ", 88))}},
		{strings.Repeat("中", 1000), []string{strings.Repeat("中", 683), strings.Repeat("中", 317)}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range SplitSentences([]byte(tt.in)) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("SplitSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCountsSorted: MostNamedOf gives the same answer from the sorted
// order as from the maps alone, ties and filters included.
func TestCountsSorted(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		c := Counts{Named: map[*dict.Entity]int{}, First: map[*dict.Entity]int{}}
		n := rng.IntN(8)
		for i := range n {
			e := &dict.Entity{ID: fmt.Sprint(i), Type: []dict.Type{dict.Person, dict.Organization}[rng.IntN(2)]}
			c.Named[e] = rng.IntN(4)
			c.First[e] = i
		}
		sorted := c
		sorted.Sort()
		for _, strict := range []bool{false, true} {
			for _, t0 := range []dict.Type{dict.Person, dict.Organization} {
				ok := func(e *dict.Entity) bool { return e.Type == t0 && e.ID != "0" }
				if a, b := c.MostNamedOf(ok, strict), sorted.MostNamedOf(ok, strict); a != b {
					t.Fatalf("round %d, %s, strict %v: maps say %v, order says %v", round, t0, strict, a, b)
				}
			}
		}
	}
}

func TestNewsSource(t *testing.T) {
	for _, tc := range []struct {
		after string // the text after the name
		want  bool
	}{
		{"获悉，甲公司完成了B轮融资", true},
		{"独家获悉，甲公司完成了B轮融资", true},
		{"独家 | 甲公司完成B轮融资", true},
		{"独家｜甲公司完成B轮融资", true},
		{"讯 甲公司今日宣布", true},
		{"独家投资甲公司", false}, // the investor's sole part in a round
		{"独家领投", false},
		{"领投", false},
	} {
		src := []byte("丙资本" + tc.after)
		if got := NewsSource(src, len("丙资本")); got != tc.want {
			t.Errorf("NewsSource(%q) = %v, want %v", src, got, tc.want)
		}
	}
}

// TestNamesJoinSentences: a sentence end inside a name ("Yahoo! Japan")
// or at an initial's full stop joins the sentences on either side; one
// at a name's end or after a word's full stop does not.
func TestNamesJoinSentences(t *testing.T) {
	yj := &dict.Entity{ID: "yj", Type: dict.Organization}
	for _, tc := range []struct {
		src, name string
		want      []string
	}{
		{"Doe joined Yahoo! Japan in 2001. He left.", "Yahoo! Japan", []string{"Doe joined Yahoo! Japan in 2001.", "He left."}},
		{"与Yahoo!奇摩总经理签署。然后", "Yahoo!奇摩", []string{"与Yahoo!奇摩总经理签署。", "然后"}},
		{"Doe joined Yahoo! Then he left.", "Yahoo!", []string{"Doe joined Yahoo!", "Then he left."}},
		{"Wow! Wow! Yahoo! Japan! Yes.", "Yahoo! Japan", []string{"Wow!", "Wow!", "Yahoo! Japan!", "Yes."}},
		{"校歌采用H. S. Thompson所作。然后", "H. S. Thompson", []string{"校歌采用H. S. Thompson所作。", "然后"}},
		// A typo-tolerant match across a full stop after a word.
		{"He had a brother, Pierre-Antoine. Cousteau studied.", "Pierre-Antoine. Cousteau", []string{"He had a brother, Pierre-Antoine.", "Cousteau studied."}},
	} {
		i := strings.Index(tc.src, tc.name)
		ms := []Mention{{Span: Span{i, i + len(tc.name)}, Entity: yj}}
		d := New("t", []byte(tc.src), ms)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, tc.src[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: sentences %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestSkipBullet(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"- In 1970, Acme", 2},
		{"  * Roe joined", 4},
		{"• 张三", len("• ")},
		{"-Roe", 0},
		{"- ", 2},
		{"Roe - Acme", 0},
		{"", 0},
	} {
		if got := SkipBullet([]byte(tc.in), 0); got != tc.want {
			t.Errorf("SkipBullet(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

package suggest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/match"
)

// Check is how a dictionary fares on a text: what kg dict check --text
// reports.
type Check struct {
	Entities   int      // entities in the dictionary
	Unmatched  []string // entities never found
	OnlyFolded []string // entities found only through a folding of written forms
	OnlyFuzzy  []string // entities found only through typo tolerance
	// Frequent are aliases that match suspiciously often: written as a
	// lower-case word in the text, or of two letters or less, that makes at least
	// FrequentShare of all matches and at least 5 of them. Each is
	// "alias (entity): count".
	Frequent []string
}

// FrequentShare is the share of all matches above which a short or
// lower-case alias is reported as matching suspiciously often.
const FrequentShare = 0.05

// CheckDict matches d's entities in texts, with typo tolerance and every
// folding, and reports what it finds.
func CheckDict(d *dict.Dictionary, texts [][]byte) Check {
	var pats []match.Pattern
	var ents []*dict.Entity
	var forms []string
	for _, e := range d.Entities {
		for _, a := range e.Forms() {
			pats = append(pats, match.Pattern{Text: a.Text, CaseSensitive: a.CaseSensitive, NoFuzzy: a.NoFuzzy || a.Short})
			ents = append(ents, e)
			forms = append(forms, a.Text)
		}
	}
	m := match.NewMatcher(pats, match.MatcherOptions{Fuzzy: true, Fold: match.FoldAll})
	exact, folded, fuzzy := map[*dict.Entity]bool{}, map[*dict.Entity]bool{}, map[*dict.Entity]bool{}
	perPattern := map[int]int{}
	lowerSeen := map[int]bool{} // written as a common word somewhere
	total := 0
	for _, t := range texts {
		for _, x := range m.FindAllBytes(t) {
			e := ents[x.Pattern]
			total++
			perPattern[x.Pattern]++
			if commonLooking(string(t[x.Start:x.End])) {
				lowerSeen[x.Pattern] = true
			}
			switch {
			case x.Fuzzy:
				fuzzy[e] = true
			case x.Folded:
				folded[e] = true
			default:
				exact[e] = true
			}
		}
	}
	c := Check{Entities: len(d.Entities)}
	for _, e := range d.Entities {
		switch {
		case exact[e]:
		case folded[e]:
			c.OnlyFolded = append(c.OnlyFolded, e.Name)
		case fuzzy[e]:
			c.OnlyFuzzy = append(c.OnlyFuzzy, e.Name)
		default:
			c.Unmatched = append(c.Unmatched, e.Name)
		}
	}
	for p, n := range perPattern {
		if n >= 5 && float64(n) >= FrequentShare*float64(total) && (lowerSeen[p] || commonLooking(forms[p])) {
			c.Frequent = append(c.Frequent, forms[p]+" ("+ents[p].Name+"): "+itoa(n))
		}
	}
	slices.Sort(c.Frequent)
	return c
}

// commonLooking reports whether an alias could well be a common word: all
// lower case, or at most two letters.
func commonLooking(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) < 0 && strings.IndexFunc(s, func(r rune) bool { return r >= 0x2E80 }) < 0 || len([]rune(s)) <= 2
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

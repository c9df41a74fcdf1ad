package suggest

import (
	"strings"
	"unicode"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/match"
)

// known is what Suggest knows of the dictionary: its automaton, with every
// folding, and indexes of the forms its entities could also go by.
type known struct {
	matcher  *match.Matcher
	entity   []*dict.Entity            // of each pattern
	surnames map[string][]*dict.Entity // last word of a person's Latin name
	initials map[string][]*dict.Entity // initials of a multi-word name
	ends     map[string][]*dict.Entity // first and last word of a person's name
}

func newKnown(d *dict.Dictionary) *known {
	k := &known{surnames: map[string][]*dict.Entity{}, initials: map[string][]*dict.Entity{}, ends: map[string][]*dict.Entity{}}
	var pats []match.Pattern
	for _, e := range d.Entities {
		for _, a := range e.Forms() {
			pats = append(pats, match.Pattern{Text: a.Text, CaseSensitive: a.CaseSensitive})
			k.entity = append(k.entity, e)
			words := strings.Fields(foldKey(a.Text))
			if len(words) < 2 || !latin(a.Text) {
				continue
			}
			if e.Type == dict.Person {
				k.surnames[words[len(words)-1]] = appendOnce(k.surnames[words[len(words)-1]], e)
				k.ends[words[0]+" "+words[len(words)-1]] = appendOnce(k.ends[words[0]+" "+words[len(words)-1]], e)
			} else if in := initialsOf(a.Text); len(in) >= 2 {
				k.initials[in] = appendOnce(k.initials[in], e)
			}
		}
	}
	k.matcher = match.NewMatcher(pats, match.MatcherOptions{Fold: match.FoldAll})
	return k
}

func appendOnce(es []*dict.Entity, e *dict.Entity) []*dict.Entity {
	for _, x := range es {
		if x == e {
			return es
		}
	}
	return append(es, e)
}

// cover returns the dictionary's matches in text.
func (k *known) cover(text []byte) []match.Match {
	return k.matcher.FindAllBytes(text)
}

// asAlias returns r as an alias of a known entity when it is one of its
// forms, r as it is when it is new, or r with conf 0 when it only repeats
// a known form with noise around it.
func (k *known) asAlias(text []byte, covered []match.Match, r raw) raw {
	surface := strings.TrimSpace(string(text[r.start:r.end]))
	key := foldKey(surface)
	words := strings.Fields(key)
	one := func(es []*dict.Entity, why string) bool {
		if len(es) == 1 {
			// Another form of a known entity is worth proposing even
			// where a new name would be too uncertain.
			r.aliasOf, r.why, r.conf = es[0], why, max(r.conf, 0.6)
			return true
		}
		return false
	}
	switch {
	case len(words) == 1 && one(k.surnames[key], "surname"):
		return r
	case isAcronym(surface) && one(k.initials[strings.NewReplacer(".", "", "-", "", "&", "").Replace(key)], "acronym"):
		return r
	case len(words) > 2 && one(k.ends[words[0]+" "+words[len(words)-1]], "full-name"):
		return r
	}
	// A known name inside the candidate: with only a company suffix or
	// head noun beside it, another form of the entity.
	for _, m := range covered {
		if m.Start < r.start || m.End > r.end {
			continue
		}
		rest := strings.TrimSpace(string(text[r.start:m.Start]) + string(text[m.End:r.end]))
		rest = strings.Trim(strings.ToLower(rest), " ,.")
		if rest == "" {
			r.conf = 0
			return r
		}
		if isSuffix(rest) {
			r.aliasOf, r.why = k.entity[m.Pattern], "suffix"
			return r
		}
	}
	return r
}

// isSuffix reports whether s, lower case, is a company suffix or a Chinese
// organisation head noun.
func isSuffix(s string) bool {
	switch s {
	case "inc", "inc.", "ltd", "ltd.", "co., ltd", "co., ltd.", "corp", "corp.", "corporation", "llc", "gmbh", "plc", "company", "co.", "group", "limited":
		return true
	}
	for _, h := range zhOrgHeads {
		if s == h {
			return true
		}
	}
	return s == "股份有限公司" || s == "集团"
}

// initialsOf is the lower-case initials of the capitalised words of s:
// "Massachusetts Institute of Technology" → "mit".
func initialsOf(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r := []rune(w)[0]
		if unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func latin(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 {
			return false
		}
	}
	return true
}

// Package suggest proposes dictionary entries: the names a text announces
// that a dictionary does not cover yet, and the forms of known entities it
// lacks.
//
// In: a dictionary and documents. Out: Candidates, best first. A candidate
// is a name found by one of a few cues that texts use to introduce names,
// each with a confidence:
//
//   - capitalised words in a row, in Latin script, with connectors inside
//     ("University of Toronto", "Jane Q. Doe", "AT&T"), and a title or role
//     before them ("CEO Jane Doe") making a person;
//   - Chinese organisations by their head noun (…公司, …大学, …研究院,
//     …实验室, …基金), persons by a title or role next to a common surname
//     (首席科学家张三, 张三教授) and transliterated names with a name dot
//     (杰弗里·辛顿);
//   - quoted work titles (《…》);
//   - Latin-script names inside Chinese text;
//   - the other items of a Chinese enumeration (A、B和C等) whose type a
//     known item or a class noun after 等 gives;
//   - places of a small gazetteer, where they name the place and do not
//     modify a noun;
//   - objects of the relation grammar's Chinese verbs (加入X), and a
//     surname with two characters, when written alike twice;
//   - a surname and one or two characters before a verb of saying or a
//     grammar verb that takes an organisation (张三表示, 李四加入了);
//   - Chinese transliterations of foreign names (斯坦伯格) that recur or
//     stand before a title.
//
// A possessive ends a Latin name (NASA's Deep Space Network); an ordinal
// before it, a version number after it and camel case belong to it (14th
// Air Force, Netscape 6, iPlanet).
//
// A Chinese organisation's name starts after the verbs and connectives
// that may stand before it (鼓励北京大学 is 北京大学), and at a place name
// of the gazetteer inside the characters before its head noun.
//
// Text the dictionary already matches (with every folding of match.Fold)
// is not proposed again. A candidate that is another form of a known
// entity — its surname, its initials, the name with a company suffix, a
// Traditional or otherwise folded form — is proposed as an alias of that
// entity (AliasOf) rather than as a new entity.
//
// The score of a candidate is its best confidence times 1 + ln(count):
// precision first, so single capitalised words, which start sentences and
// headings, score low unless they recur.
package suggest

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/match"
)

// Document is one text to read.
type Document struct {
	Name string
	Text []byte
}

// Candidate is a proposed entity, or a proposed alias of a known one.
type Candidate struct {
	Name  string    `json:"name"`
	Type  dict.Type `json:"type"`
	Forms []string  `json:"forms"` // as written in the texts, commonest first
	Count int       `json:"count"` // occurrences in all documents
	Score float64   `json:"score"`
	// Examples are up to two sentences the candidate appears in.
	Examples []string `json:"examples"`
	// AliasOf is the id of the known entity the candidate is a form of,
	// and AliasOfName its name; empty for a new entity.
	AliasOf     string `json:"alias_of,omitempty"`
	AliasOfName string `json:"alias_of_name,omitempty"`
	// Why names the cue that found it: "capitalised", "title", "org-head",
	// "name-dot", "quoted", "acronym", "list", "place", "trigger",
	// "recurring", "folded", "surname", "suffix".
	Why string `json:"why"`
}

// Options tune Suggest. The zero value is the default.
type Options struct {
	// MinScore drops candidates scoring lower; 0 means DefaultMinScore.
	MinScore float64
}

// DefaultMinScore keeps a multi-word capitalised name seen once, a single
// capitalised word inside a sentence, and a word that only starts
// sentences when it recurs.
const DefaultMinScore = 0.4

// raw is one occurrence of a candidate.
type raw struct {
	start, end int
	conf       float64
	typ        dict.Type
	why        string
	aliasOf    *dict.Entity
}

// group is a candidate while Suggest collects its occurrences.
type group struct {
	c      Candidate
	forms  map[string]int
	conf   float64
	votes  map[dict.Type]float64
	first  int // order of first appearance, for ties
	entity *dict.Entity
}

// Suggest returns the candidates in docs that d does not cover, best first.
func Suggest(d *dict.Dictionary, docs []Document, opt Options) []Candidate {
	if opt.MinScore == 0 {
		opt.MinScore = DefaultMinScore
	}
	k := newKnown(d)
	groups := map[string]*group{}
	order := 0
	for _, doc := range docs {
		text := doc.Text
		covered := k.cover(text)
		var rs []raw
		for _, m := range covered {
			if m.Folded {
				rs = append(rs, raw{start: m.Start, end: m.End, conf: 0.9, why: "folded", aliasOf: k.entity[m.Pattern]})
			}
		}
		rs = append(rs, latinNames(text)...)
		rs = append(rs, chineseNames(text)...)
		rs = append(rs, listNames(text, covered, k.entity)...)
		rs = append(rs, triggerObjects(string(text), covered)...)
		rs = append(rs, recurringPersons(string(text))...)
		rs = append(rs, speakers(string(text))...)
		rs = append(rs, transliterated(string(text))...)
		for _, r := range rs {
			if r.aliasOf == nil && insideAny(covered, r.start, r.end) {
				continue
			}
			if r.aliasOf == nil {
				r = k.asAlias(text, covered, r)
				if r.conf == 0 {
					continue
				}
			}
			surface := strings.TrimSpace(string(text[r.start:r.end]))
			key := foldKey(surface)
			if key == "" {
				continue
			}
			if r.aliasOf != nil {
				key = r.aliasOf.ID + "\x00" + key
			}
			g := groups[key]
			if g == nil {
				g = &group{forms: map[string]int{}, votes: map[dict.Type]float64{}, first: order, entity: r.aliasOf}
				order++
				groups[key] = g
				g.c.Why = r.why
			}
			g.c.Count++
			g.forms[surface]++
			if r.conf > g.conf {
				g.conf, g.c.Why = r.conf, r.why
			}
			if r.typ != "" {
				g.votes[r.typ] += r.conf
			}
			if len(g.c.Examples) < 2 {
				if s := sentence(text, r.start, r.end); !slices.Contains(g.c.Examples, s) {
					g.c.Examples = append(g.c.Examples, s)
				}
			}
		}
	}
	mergeSurnames(groups)
	var out []Candidate
	var firsts = map[string]int{}
	for _, g := range groups {
		g.c.Score = math.Round(g.conf*(1+math.Log(float64(g.c.Count)))*1000) / 1000
		if g.c.Score < opt.MinScore {
			continue
		}
		g.c.Forms = sortedForms(g.forms)
		g.c.Name = g.c.Forms[0]
		g.c.Type = bestType(g.votes, g.c.Name)
		if g.entity != nil {
			g.c.AliasOf, g.c.AliasOfName, g.c.Type = g.entity.ID, g.entity.Name, g.entity.Type
		}
		firsts[g.c.Name+"\x00"+g.c.AliasOf] = g.first
		out = append(out, g.c)
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(firsts[a.Name+"\x00"+a.AliasOf], firsts[b.Name+"\x00"+b.AliasOf])
	})
	return out
}

// mergeSurnames folds a single-word Latin candidate into the multi-word
// person candidate it ends ("Doe" into "Jane Doe"), as one more form,
// when exactly one such candidate exists.
func mergeSurnames(groups map[string]*group) {
	byLast := map[string][]*group{}
	for key, g := range groups {
		if g.entity != nil || !strings.Contains(key, " ") {
			continue
		}
		words := strings.Fields(key)
		byLast[words[len(words)-1]] = append(byLast[words[len(words)-1]], g)
	}
	for key, g := range groups {
		if g.entity != nil || strings.ContainsAny(key, " \x00") {
			continue
		}
		hosts := byLast[key]
		if len(hosts) != 1 || hosts[0].votes[dict.Organization] > hosts[0].votes[dict.Person] {
			continue
		}
		h := hosts[0]
		for f, n := range g.forms {
			h.forms[f] += n
		}
		h.c.Count += g.c.Count
		delete(groups, key)
	}
}

func sortedForms(forms map[string]int) []string {
	fs := make([]string, 0, len(forms))
	for f := range forms {
		fs = append(fs, f)
	}
	slices.SortFunc(fs, func(a, b string) int {
		if c := cmp.Compare(forms[b], forms[a]); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return fs
}

func bestType(votes map[dict.Type]float64, name string) dict.Type {
	best, bv := dict.Type(""), 0.0
	for _, t := range dict.Types {
		if votes[t] > bv {
			best, bv = t, votes[t]
		}
	}
	if best != "" {
		return best
	}
	if isAcronym(name) {
		return dict.Organization
	}
	return dict.Project
}

// foldKey is the form candidates are grouped by: normalised and folded
// in every way, without a possessive.
func foldKey(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return match.FoldKey(s)
}

func insideAny(ms []match.Match, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End && !(start <= m.Start && m.End <= end && (start < m.Start || m.End < end)) {
			return true // overlaps without strictly containing
		}
	}
	return false
}

// sentence returns the sentence around text[start:end], at most about 200
// runes, with white space collapsed.
func sentence(text []byte, start, end int) string {
	a := start
	for a > 0 {
		r, size := utf8.DecodeLastRune(text[:a])
		if r == '\n' || strings.ContainsRune("。！？!?", r) || r == '.' && a < len(text) && text[a] == ' ' && !abbrevBefore(text, a-1) {
			break
		}
		a -= size
	}
	b := end
	for b < len(text) {
		r, size := utf8.DecodeRune(text[b:])
		b += size
		if r == '\n' {
			b -= size
			break
		}
		if strings.ContainsRune("。！？!?", r) || r == '.' && (b == len(text) || text[b] == ' ' || text[b] == '\n') && !abbrevBefore(text, b-1) {
			break
		}
	}
	s := strings.Join(strings.Fields(string(text[a:b])), " ")
	if utf8.RuneCountInString(s) > 200 {
		rs := []rune(s)
		s = string(rs[:200]) + "…"
	}
	return s
}

// abbrevBefore reports whether the '.' at text[i] ends an abbreviation or
// an initial.
func abbrevBefore(text []byte, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRune(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= size
	}
	w := strings.ToLower(string(text[j:i]))
	return abbreviations[w] || utf8.RuneCountInString(w) == 1
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsDigit(r) || r == '&' || r == '-' || r == '.':
		default:
			return false
		}
	}
	return n >= 2
}

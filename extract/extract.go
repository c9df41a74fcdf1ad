package extract

import (
	"sort"
	"unicode/utf8"

	"kg/dict"
)

// Options tune an Extractor. The zero value is the default: typo-tolerant
// matching and coreference on.
type Options struct {
	NoFuzzy bool // match aliases exactly (after normalisation) only
	NoCoref bool // resolve no pronouns or noun phrases
	// NoRelations skips relation finding, for callers that want mentions
	// only.
	NoRelations bool
}

// Extractor finds mentions and facts in documents with one dictionary.
// It is built once; Extract is safe for concurrent use.
type Extractor struct {
	dict    *dict.Dictionary
	sources []aliasSource
	rules   []*rule
	opt     Options
}

// aliasSource is one automaton and the forms its pattern indexes name:
// the dictionary's own, and one per compiled dictionary.
type aliasSource struct {
	matcher *Matcher
	forms   []form
}

// formsOf numbers the forms of d's entities as patternsOf does: each
// entity's Forms in order (without building them: a gazetteer has
// millions).
func formsOf(d *dict.Dictionary) []form {
	n := 0
	for _, e := range d.Entities {
		n += e.NumForms()
	}
	fs := make([]form, 0, n)
	for _, e := range d.Entities {
		if e.NumForms() > len(e.Aliases) {
			fs = append(fs, form{e, false}) // the canonical name
		}
		for _, a := range e.Aliases {
			fs = append(fs, form{e, a.Short})
		}
	}
	return fs
}

// form is what a match of one pattern means: an entity, by a short
// alias or not.
type form struct {
	entity *dict.Entity
	short  bool
}

// New builds the matching automaton over every alias of d and compiles d's
// relation rules.
func New(d *dict.Dictionary, opt Options) *Extractor {
	return NewWithCompiled(d, nil, opt)
}

// NewWithCompiled is New with more entities from compiled dictionaries,
// whose automatons are used as they are. Each source is matched on its
// own and the matches are then chosen leftmost-longest across all, so a
// match of one source can hide a shorter overlapping one of another.
func NewWithCompiled(d *dict.Dictionary, cs []*Compiled, opt Options) *Extractor {
	x := &Extractor{dict: d, opt: opt}
	x.sources = append(x.sources, aliasSource{NewMatcher(patternsOf(d), MatcherOptions{Fuzzy: !opt.NoFuzzy}), formsOf(d)})
	for _, c := range cs {
		m := c.matcher
		if opt.NoFuzzy {
			m = m.withoutFuzzy()
		}
		x.sources = append(x.sources, aliasSource{m, formsOf(c.Dict)})
	}
	for _, r := range d.Relations {
		for i := range r.Patterns {
			x.rules = append(x.rules, newRule(r, &r.Patterns[i]))
		}
	}
	return x
}

// Result is what Extract finds in one document.
type Result struct {
	// Mentions in input order: by start, then end.
	Mentions []Mention
	// Facts sorted by evidence position, then subject, relation, object.
	Facts []Fact
}

// Extract finds the mentions and facts in one document. doc names the
// document in the results; src may hold any bytes.
func (x *Extractor) Extract(doc string, src []byte) Result {
	d := &document{name: doc, src: src}
	d.mentions = x.named(d)
	d.sentences = splitSentences(src)
	d.findTurns()
	d.focusPerson = d.mostNamed(dict.Person)
	d.focusOrg = d.mostNamed(dict.Organization)
	if !x.opt.NoCoref {
		d.resolve()
	}
	var facts []Fact
	if !x.opt.NoRelations {
		facts = x.relations(d)
	}
	return Result{Mentions: d.mentions, Facts: facts}
}

// named finds dictionary mentions. A short alias counts only when the
// document names the same entity by some other form.
func (x *Extractor) named(d *document) []Mention {
	n := borrowNormalized(d.src)
	defer returnNormalized(n)
	type found struct {
		Match
		f form
	}
	var all []found
	for _, s := range x.sources {
		for _, m := range s.matcher.FindAll(n) {
			all = append(all, found{m, s.forms[m.Pattern]})
		}
	}
	if len(x.sources) > 1 {
		// Leftmost-longest across sources, exact before fuzzy, earlier
		// source first.
		sort.SliceStable(all, func(i, j int) bool {
			a, b := all[i], all[j]
			if a.Start != b.Start {
				return a.Start < b.Start
			}
			if a.End != b.End {
				return a.End > b.End
			}
			return !a.Fuzzy && b.Fuzzy
		})
		kept, end := all[:0], 0
		for _, m := range all {
			if m.Start >= end {
				kept = append(kept, m)
				end = m.End
			}
		}
		all = kept
	}
	supported := map[*dict.Entity]bool{}
	for _, m := range all {
		if !m.f.short {
			supported[m.f.entity] = true
		}
	}
	out := make([]Mention, 0, len(all))
	for _, m := range all {
		if m.f.short && !supported[m.f.entity] {
			continue
		}
		how := Exact
		if m.Fuzzy {
			how = Fuzzy
		}
		out = append(out, Mention{Doc: d.name, Span: m.Span, Text: string(d.src[m.Start:m.End]), Entity: m.f.entity, How: how})
	}
	return out
}

// document is the working state of one Extract call.
type document struct {
	name      string
	src       []byte
	mentions  []Mention // sorted by start
	sentences []Span
	turns     []turn
	labels    map[int]bool // mention starts that are turn labels
	// interviewee is the speaker with the most text, if there are turns.
	interviewee *dict.Entity
	// orgRefs are the organizations resolved so far, as antecedents.
	orgRefs []Mention
	// focusPerson and focusOrg are the person and the organization the
	// document names most often, worked out once.
	focusPerson, focusOrg *dict.Entity
	// gender records, for a person a third-person pronoun has named, that
	// pronoun's gender ('m' or 'f').
	gender map[*dict.Entity]byte
	// lastThird is, by gender, the person the last he or she named.
	lastThird map[byte]pronounRef
}

// turn is one speaker's part of an interview: from a line that starts with
// "Name:" to the next such line.
type turn struct {
	Span
	speaker   *dict.Entity
	addressee *dict.Entity
}

func (d *document) findTurns() {
	d.labels = map[int]bool{}
	for _, m := range d.mentions {
		if m.Entity.Type != dict.Person || !lineStart(d.src, m.Start) {
			continue
		}
		rest := d.src[m.End:]
		rest = rest[len(rest)-len(trimLeftSpace(rest)):]
		if r, _ := utf8.DecodeRune(rest); r != ':' && r != '：' {
			continue
		}
		if n := len(d.turns); n > 0 {
			d.turns[n-1].End = m.Start
		}
		d.turns = append(d.turns, turn{Span: Span{m.Start, len(d.src)}, speaker: m.Entity})
		d.labels[m.Start] = true
	}
	size := map[*dict.Entity]int{}
	for _, t := range d.turns {
		size[t.speaker] += t.End - t.Start
		if d.interviewee == nil || size[t.speaker] > size[d.interviewee] {
			d.interviewee = t.speaker
		}
	}
	for i := range d.turns {
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(d.turns) && d.turns[j].speaker != d.turns[i].speaker {
				d.turns[i].addressee = d.turns[j].speaker
				break
			}
		}
	}
}

// turnAt returns the turn that holds offset off, or nil.
func (d *document) turnAt(off int) *turn {
	i := sort.Search(len(d.turns), func(i int) bool { return d.turns[i].End > off })
	if i < len(d.turns) && d.turns[i].Start <= off {
		return &d.turns[i]
	}
	return nil
}

// sentenceAt returns the index of the sentence that holds off, or -1.
func (d *document) sentenceAt(off int) int {
	i := sort.Search(len(d.sentences), func(i int) bool { return d.sentences[i].End > off })
	if i < len(d.sentences) && d.sentences[i].Start <= off {
		return i
	}
	return -1
}

// inSentence returns the mentions inside sentence s. A mention that
// straddles its end (where an overlong sentence was cut) is left out.
func (d *document) inSentence(s Span) []Mention {
	lo := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Start >= s.Start })
	hi := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Start >= s.End })
	for hi > lo && d.mentions[hi-1].End > s.End {
		hi--
	}
	return d.mentions[lo:hi]
}

func lineStart(src []byte, off int) bool {
	for i := off; i > 0; {
		r, w := utf8.DecodeLastRune(src[:i])
		if r == '\n' {
			return true
		}
		if r != ' ' && r != '\t' && r != '\r' && r != '\u3000' && r != '\ufeff' && r != '\u00a0' {
			return false
		}
		i -= w
	}
	return true
}

func trimLeftSpace(b []byte) []byte {
	for len(b) > 0 {
		r, w := utf8.DecodeRune(b)
		if r != ' ' && r != '\t' && r != '\u3000' && r != '\u00a0' {
			break
		}
		b = b[w:]
	}
	return b
}

// clauseStart returns the offset where the clause holding off begins,
// not before lo.
func clauseStart(src []byte, lo, off int) int {
	for i := off; i > lo; {
		r, w := utf8.DecodeLastRune(src[lo:i])
		if isClausePunct(r) {
			return i
		}
		i -= w
	}
	return lo
}

// clauseInitial reports whether m opens its clause (a likely subject).
func (d *document) clauseInitial(sent Span, m Mention) bool {
	c := clauseStart(d.src, sent.Start, m.Start)
	s, _ := trimSpace(d.src, c, m.Start)
	return s == m.Start
}

func sortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End < ms[j].End
	})
}

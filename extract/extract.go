// Package extract runs kg's stages over documents: text and a dictionary
// in, mentions and facts with evidence out.
//
// The stages are packages of their own, and data flows one way through
// them:
//
//	match    aliases → automaton; bytes → named mentions (byte spans)
//	doc      bytes + mentions → Document (sentences, turns, main entities)
//	coref    Document → Document with resolved pronouns and noun phrases
//	relate   Document → facts with evidence, by the relation rules
//	eval     facts + gold annotation → precision, recall and misses explained
//
// An Extractor holds the built automatons and compiled rules; Extract runs
// match, doc, coref and relate on one document. The values it returns
// (Mention, Fact, Evidence, Span) are package doc's, named here too.
package extract

import (
	"slices"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/coref"
	"github.com/kg-graph/kg/extract/doc"
	"github.com/kg-graph/kg/extract/match"
	"github.com/kg-graph/kg/extract/relate"
)

// The types the stages pass on, under the names callers of the pipeline
// use: see package doc.
type (
	Span     = doc.Span
	Chars    = doc.Chars
	Ref      = doc.Ref
	How      = doc.How
	Mention  = doc.Mention
	Evidence = doc.Evidence
	Fact     = doc.Fact
)

// How a mention was found; see doc.How.
const (
	Exact = doc.Exact
	Fuzzy = doc.Fuzzy
	Coref = doc.Coref
)

// Options tune an Extractor. The zero value is the default: typo-tolerant
// matching and coreference on.
type Options struct {
	NoFuzzy bool // match aliases exactly (after normalisation) only
	NoCoref bool // resolve no pronouns or noun phrases
	// NoRelations skips relation finding, for callers that want mentions
	// only.
	NoRelations bool
	// Fold turns on foldings of written forms (see match.Fold) for the
	// dictionary's aliases; compiled dictionaries match as compiled,
	// without folding.
	Fold match.Fold
}

// Extractor finds mentions and facts in documents with one dictionary.
// It is built once; Extract is safe for concurrent use.
type Extractor struct {
	dict    *dict.Dictionary
	sources []aliasSource
	opt     Options
	// The relation rules are compiled on first use: kg mentions never
	// applies them, and compiling them is a good part of loading a
	// compiled dictionary.
	rulesOnce sync.Once
	rules     *relate.Rules
}

// aliasSource is one automaton and the forms its pattern indexes name:
// the dictionary's own, and one per compiled dictionary.
type aliasSource struct {
	matcher *match.Matcher
	forms   []form
}

// formsOf numbers the forms of d's entities as match.PatternsOf does: each
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
func NewWithCompiled(d *dict.Dictionary, cs []*match.Compiled, opt Options) *Extractor {
	return NewFromCompiled(d, nil, cs, opt)
}

// NewFromCompiled is NewWithCompiled with the automaton over d's own
// entities taken from own, which must have been compiled from them with
// MatcherOptions{Fuzzy: !opt.NoFuzzy}. If own is nil, or its entities are
// not d's (the same values in the same order), or opt.Fold asks for
// folding, which a compiled automaton does not do, the automaton is built
// as New builds it.
func NewFromCompiled(d *dict.Dictionary, own *match.Compiled, cs []*match.Compiled, opt Options) *Extractor {
	x := &Extractor{dict: d, opt: opt}
	var m *match.Matcher
	if own != nil && opt.Fold == 0 && slices.Equal(own.Dict.Entities, d.Entities) {
		m = own.Matcher()
		if opt.NoFuzzy {
			m = m.WithoutFuzzy()
		}
	} else {
		m = match.NewMatcher(match.PatternsOf(d), match.MatcherOptions{Fuzzy: !opt.NoFuzzy, Fold: opt.Fold})
	}
	x.sources = append(x.sources, aliasSource{m, formsOf(d)})
	for _, c := range cs {
		m := c.Matcher()
		if opt.NoFuzzy {
			m = m.WithoutFuzzy()
		}
		x.sources = append(x.sources, aliasSource{m, formsOf(c.Dict)})
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
//
// The stages run in order, each on what the one before produced: the
// automatons find the named mentions, doc.New splits the sentences and
// turns, coref.Resolve adds the pronouns and noun phrases it resolves, and
// the relation rules turn sentences with mentions into facts.
func (x *Extractor) Extract(name string, src []byte) Result {
	return x.ExtractIn(name, src, nil)
}

// Prepare compiles the relation rules now, which Extract otherwise does
// on first use. It is safe to call concurrently with Extract; a caller
// with other work to do first (reading its input) can run it on a
// goroutine of its own.
func (x *Extractor) Prepare() {
	if !x.opt.NoRelations {
		x.compileRules()
	}
}

func (x *Extractor) compileRules() {
	x.rulesOnce.Do(func() {
		x.rules = relate.Compile(x.dict.Relations)
		x.rules.SetEntities(x.dict.Entities)
	})
}

// ExtractIn is Extract for one block of a larger document that w has
// surveyed whole: a short alias counts where the whole document names its
// entity by another form, and the document's main person and organization
// are the whole document's. A nil w is Extract.
func (x *Extractor) ExtractIn(name string, src []byte, w *Whole) Result {
	d := doc.New(name, src, x.named(name, src, w))
	if w != nil {
		d.SetCounts(w.counts())
	}
	if !x.opt.NoCoref {
		coref.Resolve(d)
	}
	var facts []Fact
	if !x.opt.NoRelations {
		x.compileRules()
		if simple, ok := match.SimplifiedSameWidth(src); ok {
			// The rules are written in Simplified characters: they read
			// a text that mixes in Traditional ones (總經理, 創辦) through
			// a copy with the same offsets, and the evidence quotes the
			// text as given.
			folded := *d
			folded.Src = simple
			facts = x.rules.Apply(&folded)
			for i := range facts {
				ev := &facts[i].Evidence
				ev.Text = string(src[ev.Start:ev.End])
			}
		} else {
			facts = x.rules.Apply(d)
		}
	}
	r := Result{Mentions: d.Mentions, Facts: facts}
	r.countChars(src)
	return r
}

// countChars fills in the character ranges of the spans Extract found.
func (r *Result) countChars(src []byte) {
	k := doc.NewCharCounter(src)
	// Mentions and facts both come by start: taken in one merged order,
	// the counter passes over src once.
	j := 0
	for i := range r.Mentions {
		m := &r.Mentions[i]
		for ; j < len(r.Facts) && r.Facts[j].Evidence.Start < m.Start; j++ {
			r.Facts[j].Evidence.Chars = k.Of(r.Facts[j].Evidence.Span)
		}
		m.Chars = k.Of(m.Span)
		if a := m.Antecedent; a != nil {
			a.Chars = k.Of(a.Span)
		}
	}
	for ; j < len(r.Facts); j++ {
		r.Facts[j].Evidence.Chars = k.Of(r.Facts[j].Evidence.Span)
	}
}

// named finds dictionary mentions. A short alias counts only when the
// document names the same entity by some other form.
func (x *Extractor) named(name string, src []byte, w *Whole) []Mention {
	n := match.NormalizePooled(src)
	defer n.Release()
	type found struct {
		match.Match
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
		if m.f.short && !supported[m.f.entity] && (w == nil || w.long[m.f.entity] == 0) {
			continue
		}
		how := Exact
		if m.Fuzzy {
			how = Fuzzy
		}
		end := m.End
		if !m.Fuzzy {
			end = wordAcross(src, m.Start, end, m.f.entity)
		}
		out = append(out, Mention{Doc: name, Span: Span{Start: m.Start, End: end}, Text: string(src[m.Start:end]), Entity: m.f.entity, How: how})
	}
	return out
}

// wordAcross returns where a Chinese name from start to end should end
// when its last character and the one after it make a word of their own
// and the name without that character is also a form of e: 北京大学校长
// is 北京大学's 校长, not 北京大学校 and 长, where 北京大学校 is an old
// name of the same university. Otherwise it returns end.
func wordAcross(src []byte, start, end int, e *dict.Entity) int {
	last, w := utf8.DecodeLastRune(src[start:end])
	next, _ := utf8.DecodeRune(src[end:])
	if w == end-start || !acrossWords[[2]rune{last, next}] {
		return end
	}
	short := string(src[start : end-w])
	if e.Name == short || slices.ContainsFunc(e.Aliases, func(a dict.Alias) bool { return a.Text == short }) {
		return end - w
	}
	return end
}

// acrossWords are the words that a name's last character may start:
// heads of an organisation, its members and its parts.
var acrossWords = runePairs("校长", "校友", "校董", "校区", "校园", "校史", "校庆", "校训", "校歌", "校务", "校方", "校舍",
	"院长", "院士", "社长", "社员", "所长", "会长", "会员", "行长", "厂长", "局长", "部长", "馆长", "团长", "司长", "署长",
	"處長", "处长", "科长", "站长", "台长", "店长", "室长", "组长", "队长",
	"校區", "校園", "校慶", "校訓", "校務", "校長", "院長", "社長", "所長", "會長", "會員", "行長", "廠長", "局長", "部長", "館長", "團長", "司長", "署長", "科長", "站長", "台長", "店長", "室長", "組長", "隊長")

// runePairs returns the set of the two-character words ws.
func runePairs(ws ...string) map[[2]rune]bool {
	set := make(map[[2]rune]bool, len(ws))
	for _, w := range ws {
		r := []rune(w)
		set[[2]rune{r[0], r[1]}] = true
	}
	return set
}

// Whole is what a first reading of a whole document found, for extracting
// it block by block (ExtractIn): how often each entity is named, by a
// form that is no short alias and by a short one. Survey fills it; the
// zero value is empty.
type Whole struct {
	long, short map[*dict.Entity]int
	first       map[*dict.Entity]int // each entity's first mention, in survey order
	once        sync.Once            // the counts are made once, for every block
	all         doc.Counts
}

// Survey adds to w the named mentions x finds in src, one block of the
// document w describes; call it for every block, in order, before
// ExtractIn. A block's text shared with its neighbour may be surveyed
// twice: the counts only compare entities.
func (x *Extractor) Survey(w *Whole, src []byte) {
	if w.long == nil {
		w.long, w.short, w.first = map[*dict.Entity]int{}, map[*dict.Entity]int{}, map[*dict.Entity]int{}
	}
	n := match.NormalizePooled(src)
	defer n.Release()
	for _, s := range x.sources {
		for _, m := range s.matcher.FindAll(n) {
			f := s.forms[m.Pattern]
			if f.short {
				w.short[f.entity]++
			} else {
				w.long[f.entity]++
			}
			if _, ok := w.first[f.entity]; !ok {
				w.first[f.entity] = len(w.first)
			}
		}
	}
}

// counts returns how often w's document names each entity, with a short
// alias counting where another form names the entity too, and each
// entity's rank of first mention. They are made on the first call, once
// the survey is over; the blocks extracted in parallel share them.
func (w *Whole) counts() doc.Counts {
	w.once.Do(func() {
		w.all = doc.Counts{Named: make(map[*dict.Entity]int, len(w.long)), First: w.first}
		for e, n := range w.long {
			w.all.Named[e] = n + w.short[e]
		}
		w.all.Sort()
	})
	return w.all
}

// Shift moves every span in r by n bytes and c characters: for a block of
// a document that starts at byte n, character c.
func (r *Result) Shift(n, c int) {
	if n == 0 && c == 0 {
		return
	}
	for i := range r.Mentions {
		m := &r.Mentions[i]
		m.Start, m.End = m.Start+n, m.End+n
		m.CharStart, m.CharEnd = m.CharStart+c, m.CharEnd+c
		if a := m.Antecedent; a != nil {
			a.Start, a.End = a.Start+n, a.End+n
			a.CharStart, a.CharEnd = a.CharStart+c, a.CharEnd+c
		}
	}
	for i := range r.Facts {
		e := &r.Facts[i].Evidence
		e.Start, e.End = e.Start+n, e.End+n
		e.CharStart, e.CharEnd = e.CharStart+c, e.CharEnd+c
	}
}

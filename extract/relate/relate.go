package relate

import (
	"bytes"
	"fmt"
	"math"
	mbits "math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
	"github.com/kg-graph/kg/extract/match"
)

// Rules are a dictionary's relation rules, compiled for matching. They are
// built once and safe for concurrent use.
type Rules struct {
	rules []*rule
	// keys are the texts the rules' anchors and required elements need,
	// each once; finder finds them in a sentence in one pass.
	keys   []string
	finder *keyFinder
	// groups are the rules' required elements' keys, as numbers in keys,
	// each set once: rules made from one construction share them, and a
	// sentence finds where the last of a set ends once for all (see
	// keyEnds).
	groups [][]int
	// byAnchor lists, by key, the rules anchored by it, and unanchored
	// the rules with no anchor: a sentence is tried only with those.
	byAnchor   [][]int
	unanchored []int
	// needs holds, by rule, what the rule needs of a sentence, and
	// required the required text elements of them all, each rule's in
	// one run: of the hundred rules a sentence's keys bring up, most fail
	// these, read from a few small arrays rather than from the rules.
	needs    []need
	required []requiredElem
	// overridden maps a relation to those whose fact it hides for the
	// same pair and sentence.
	overridden map[string][]string
	// parts holds the relations that take an organisation's parts.
	parts map[string]bool
	// ents are the dictionary's entities, for a unit's parent that the
	// document names only inside the unit's own name (北京大学物理学院);
	// byForm indexes the organisations among them by form once one is
	// needed.
	ents      []*dict.Entity
	byFormSet sync.Once
	byForm    map[string]*dict.Entity
	// negKeys are the keys of negations, in their order: a sentence
	// tests only the cues it holds (see negated).
	negKeys []int
	// grammar holds the single Latin words of the rules' texts, lower
	// case ("former", "third", "Japanese", "elected"): a word a pattern
	// names is no kind of a title (see roleModifier).
	grammar map[string]bool
	// titleWords holds the first words of the titles of more than one
	// word ("research" of "research scientist", "chief" of "chief
	// engineer"): a word of grammar that may still say which kind of a
	// title follows ("a research engineer").
	titleWords map[string]bool
}

// Compile prepares every pattern of every relation in rels: the raw ones
// and those its constructions made.
func Compile(rels []*dict.Relation) *Rules {
	x := &Rules{overridden: map[string][]string{}, parts: map[string]bool{}, grammar: map[string]bool{}, titleWords: map[string]bool{}}
	// The rules' text elements repeat (a lexicon expands into the same
	// alternatives in many rules): each index is built once.
	idx := altIndexes{}
	for _, r := range rels {
		if r.Parts {
			x.parts[r.Name] = true
		}
		for _, o := range r.Overrides {
			x.overridden[o] = append(x.overridden[o], r.Name)
		}
		for i := range r.Patterns {
			x.rules = append(x.rules, newRule(r, &r.Patterns[i], idx))
			if p, ok := afterAnd(&r.Patterns[i]); ok {
				x.rules = append(x.rules, newRule(r, p, idx))
			}
		}
		for i := range r.Constructed {
			x.rules = append(x.rules, newRule(r, &r.Constructed[i], idx))
		}
		if zeroSubjectRelations[r.Name] {
			for _, ps := range [][]dict.Pattern{r.Patterns, r.Constructed} {
				for i := range ps {
					if p, ok := zeroSubject(&ps[i]); ok {
						ru := newRule(r, p, idx)
						ru.zero = true
						x.rules = append(x.rules, ru)
					}
				}
			}
		}
	}
	// Every text and title element of the rules has its alternatives in
	// idx, each distinct list once.
	for _, sa := range idx {
		if sa.kind == dict.Role {
			for _, a := range sa.alts {
				if f := strings.Fields(strings.ToLower(a)); len(f) > 1 && f[0][0] < utf8.RuneSelf {
					x.titleWords[f[0]] = true
				}
			}
		}
		if sa.kind != dict.Lit {
			continue
		}
		for _, a := range sa.alts {
			w := strings.ToLower(strings.TrimSpace(a))
			if w != "" && !strings.ContainsAny(w, " ") && w[0] < utf8.RuneSelf {
				x.grammar[w] = true
			}
		}
	}
	ids := map[string]int{}
	id := func(k string) int {
		n, ok := ids[k]
		if !ok {
			n = len(x.keys)
			ids[k] = n
			x.keys = append(x.keys, k)
		}
		return n
	}
	x.byAnchor = make([][]int, 0)
	groups := map[string]int{}
	type keysID struct {
		first *string
		n     int
	}
	sameKeys := map[keysID]int{}
	for ri, ru := range x.rules {
		if len(ru.anchors) == 0 {
			x.unanchored = append(x.unanchored, ri)
		}
		for _, a := range ru.anchors {
			k := id(a)
			ru.anchorIDs = append(ru.anchorIDs, k)
			for len(x.byAnchor) <= k {
				x.byAnchor = append(x.byAnchor, nil)
			}
			x.byAnchor[k] = append(x.byAnchor[k], ri)
		}
		n := need{hasS: ru.hasS, hasO: ru.hasO, sTypes: ru.sTypes, oTypes: ru.oTypes, elems: int32(len(ru.elems))}
		n.required.from = int32(len(x.required))
		for r, keys := range ru.required {
			// Most rules share their required keys with others, the
			// very slice of one element's (see sharedAlts): its group is
			// found once.
			var same keysID
			if len(keys) > 0 {
				same = keysID{&keys[0], len(keys)}
			}
			g, ok := sameKeys[same]
			if !ok || same.first == nil {
				var l []int
				var kb []byte
				for _, k := range keys {
					l = append(l, id(k))
					kb = strconv.AppendInt(append(kb, ' '), int64(l[len(l)-1]), 10)
				}
				k := string(kb)
				g, ok = groups[k]
				if !ok {
					g = len(x.groups)
					groups[k] = g
					x.groups = append(x.groups, l)
				}
				sameKeys[same] = g
			}
			ei := ru.requiredAt[r]
			x.required = append(x.required, requiredElem{group: int32(g), ei: int32(ei), owner: ru.ownerMark != nil && ru.ownerMark[ei]})
		}
		n.required.to = int32(len(x.required))
		x.needs = append(x.needs, n)
	}
	for _, n := range negations {
		x.negKeys = append(x.negKeys, id(n))
	}
	for len(x.byAnchor) < len(x.keys) {
		x.byAnchor = append(x.byAnchor, nil)
	}
	x.finder = newKeyFinder(x.keys)
	return x
}

// rule is one pattern of one relation, ready to match.
type rule struct {
	// name says where the rule comes from, for facts' provenance.
	name  string
	rel   *dict.Relation
	pat   *dict.Pattern
	elems []dict.Elem
	// anchors are folded texts of which every match contains one, to skip
	// sentences quickly: from the required text element whose shortest
	// alternative is longest, each alternative's longest run without
	// white space. None when the pattern has no required text.
	anchors []string
	// hasS and hasO say whether the pattern has a subject or object slot;
	// sTypes and oTypes are the relation's types for them, as bits.
	hasS, hasO     bool
	sTypes, oTypes uint8
	// gaps counts the pattern's gaps: with more than one, a match can
	// reach a state in many ways, and the matcher remembers the states it
	// has tried.
	gaps int
	// alts indexes each text element's alternatives by their first folded
	// rune, so that a word class of a hundred words costs a lookup, not a
	// hundred comparisons; nil for other elements.
	alts []*altIndex
	// lead indexes the texts a match can start with, when the pattern
	// starts with text: the first element's alternatives, and the next
	// element's too while one may be empty ("(曾|)@zhverb…"); nil means
	// any position.
	lead *altIndex
	// required holds the keys of every required text element, anchors
	// among them: a sentence that lacks all keys of one cannot match.
	required [][]string
	// continues marks a pattern without {s} that opens with clause
	// punctuation: a clause that goes on with its sentence's subject,
	// which only the clause-initial name may supply (see clauseSubject).
	continues bool
	// zero marks a rule zeroSubject derived: its subject is an earlier
	// clause's of the sentence, or the person who opens the sentence
	// before, and nothing further off.
	zero bool
	// anchorIDs are the anchors as numbers in Rules.keys.
	anchorIDs []int
	// foundStop marks the gaps between a Chinese verb that is not one of
	// founding and the object right after them (see matchGap); nil if
	// none.
	foundStop []bool
	// share marks a holder's share in a clause of its own, with no
	// company named (，丙资本持股38%): see heldCompany.
	share bool
	// barePost marks a post taken with no organisation in the pattern,
	// its verb right after the holder ({s}(任|为)…{role:…}, "{s}
	// (became|…) {role:…}"): see postHeldAt.
	barePost bool
	// subjAs marks a subject slot followed by "as" ("{s} as @title"): a
	// list whose members carry posts of their own does not bind it.
	subjAs bool
	// itself marks the Chinese verbs a pattern reads as said of their
	// subject alone, which the words after them show (甲公司成立后，…:
	// the pattern spells out 后); nil if none. Elsewhere such a verb is
	// no verb the pattern may read (see nominalized).
	itself []bool
	// ownerMark marks the possessive endings ('s) right after a slot,
	// which a possessive pronoun in the slot stands in for; nil if none.
	ownerMark []bool
	// afterDe marks the slots right after text that ends with 的: what
	// stands before describes the names up to the first comma only (see
	// matchSlot); nil if none.
	afterDe []bool
	// relHead marks the slots after 的 whose text before 的 follows no
	// gap ({s}控股的{o}): the slot heads the relative clause the pattern
	// reads, so a subsidiary named after it (丙资本控股的甲公司的子公司戊科技)
	// is no head of the phrase; nil if none.
	relHead []bool
	// subjPast marks the gaps that follow the subject slot across a word
	// and optional words before it (see subjectPastOptional); nil if none.
	subjPast []bool
	// requiredAt is the element each of required is.
	requiredAt []int
	// titleLead holds the alternatives of a title written as plain text
	// right before the subject slot ("{o}的(联合创始人|共同创始人)~{s}"):
	// a later member of the subject's list that bears a title of its own
	// does not share it (see facts). Nil for other patterns.
	titleLead []string
	// ofPhrase says the pattern is "{s} of {o}", one noun phrase: a
	// preposition before the subject governs the whole phrase.
	ofPhrase bool
	// parenApposition says the pattern opens with its subject and a
	// parenthesis after it ("{s} \\(… {role} of {o}\\)"): what the
	// parenthesis says of the name holds wherever the name stands.
	parenApposition bool
	// titled says the pattern has a title element.
	titled bool
	// relative marks a pattern that opens with its verb and names the
	// subject after 的 (投资了甲公司的张三): a relative clause, which has no
	// subject of its own before it in its clause.
	relative bool
	// objParticiple marks a pattern that opens with its object and goes
	// on with a participle or a passive before its next slot ("{o} (@pp
	// by {s}", "{o}, @pp by {s}"); objWhere one that goes on with ",
	// where" ("{o}, where {s} worked").
	objParticiple, objWhere bool
}

// altIndex is one text element's alternatives by first folded rune; any
// holds those that may match starting with any rune (empty, or starting
// with white space).
type altIndex struct {
	byFirst map[rune][]int
	// mask has bit r%64 set for each first rune r in byFirst: most
	// positions a gap tries are ruled out by it (see may), without a map
	// lookup.
	mask uint64
	any  []int
	// id numbers the distinct alternative lists of a Rules' text
	// elements, with their kind: rules that share a word class (@role,
	// @zhverb) share its index, and a sentence matches it at an offset
	// once for all of them (see sentMatcher.textHits).
	id int
}

func newAltIndex(alts []string) *altIndex {
	x := &altIndex{byFirst: map[rune][]int{}}
	for i, a := range alts {
		r, _ := utf8.DecodeRuneInString(a)
		if a == "" || unicode.IsSpace(r) {
			x.any = append(x.any, i)
			continue
		}
		f := doc.FoldRune(r)
		x.byFirst[f] = append(x.byFirst[f], i)
		x.mask |= 1 << (f & 63)
	}
	// Those that may start anywhere go with each first rune's, in their
	// order, so that at does not merge them for each offset.
	for f, hit := range x.byFirst {
		x.byFirst[f] = slices.Sorted(slices.Values(append(hit, x.any...)))
	}
	return x
}

// may reports whether an alternative may match at src[p:]: a quick test
// with false positives.
func (x *altIndex) may(src []byte, p int) bool {
	if len(x.any) > 0 {
		return true
	}
	if p >= len(src) {
		return false
	}
	c := rune(src[p])
	if c >= utf8.RuneSelf {
		c, _ = utf8.DecodeRune(src[p:])
	}
	return x.mask&(1<<(doc.FoldRune(c)&63)) != 0
}

// at returns the alternatives that may match at src[p:], in their order.
func (x *altIndex) at(src []byte, p int) []int {
	r, _ := utf8.DecodeRune(src[p:])
	if hit, ok := x.byFirst[doc.FoldRune(r)]; ok {
		return hit
	}
	return x.any
}

// altIndexes holds what has been made of the rules' text elements so
// far, by altKey: each index, numbered, and the texts one of which a
// match requires. The constructions expand a word class into dozens of
// patterns, which share one index and try it at the same offsets once.
type altIndexes map[string]*sharedAlts

// of returns what is made of text element e, made on first use. A nil x
// makes it afresh each time.
func (x altIndexes) of(e dict.Elem) *sharedAlts {
	k := altKey(e)
	sa := x[k]
	if sa == nil {
		sa = newSharedAlts(e.Alts)
		sa.kind, sa.alts = e.Kind, e.Alts
		if x != nil {
			sa.idx.id = len(x)
			x[k] = sa
		}
	}
	return sa
}

type sharedAlts struct {
	idx      *altIndex
	keys     []string
	shortest int
	// kind and alts are the element's, as made.
	kind dict.ElemKind
	alts []string
}

// altKey is what an element's index is shared by: its kind and its
// alternatives.
func altKey(e dict.Elem) string {
	return strconv.Itoa(int(e.Kind)) + "\x00" + strings.Join(e.Alts, "\x00")
}

// newRule makes the rule of pattern p of relation r, its text elements'
// indexes shared through shared.
func newRule(r *dict.Relation, p *dict.Pattern, shared altIndexes) *rule {
	ru := &rule{name: ruleName(r, p), rel: r, pat: p, elems: p.Elems, hasS: p.HasSubject(), hasO: p.HasObject(), sTypes: typeBits(r.Subject), oTypes: typeBits(r.Object)}
	if e := p.Elems[0]; !ru.hasS && e.Kind == dict.Lit {
		ru.continues = true
		for _, a := range e.Alts {
			if r, _ := utf8.DecodeRuneInString(a); a == "" || !doc.IsClausePunct(r) {
				ru.continues = false
			}
		}
	}
	ru.share = ru.hasS && !ru.hasO && slices.ContainsFunc(p.Elems, func(e dict.Elem) bool {
		return e.Kind == dict.Lit && slices.ContainsFunc(e.Alts, func(a string) bool { return startsWithAny([]byte(a), zhShareVerbs) })
	})
	if i := slices.IndexFunc(p.Elems, func(e dict.Elem) bool { return e.Kind == dict.Subject }); i >= 0 {
		ru.subjAs = ru.asNext(i)
	}
	s0 := 0
	if len(p.Elems) > 1 && p.Elems[0].Kind == dict.Lit && slices.Equal(p.Elems[0].Alts, []string{"由"}) {
		s0 = 1 // 由张三任董事长: the holder given by 由
	}
	ru.barePost = ru.hasS && !ru.hasO && p.Elems[s0].Kind == dict.Subject && slices.ContainsFunc(p.Elems, func(e dict.Elem) bool { return e.Kind == dict.Role })
	if ru.barePost {
		i := s0 + 1
		for i < len(p.Elems) && p.Elems[i].Kind == dict.Lit && (strings.TrimSpace(strings.Join(p.Elems[i].Alts, "")) == "" || slices.Contains(p.Elems[i].Alts, "")) {
			i++ // the space after {s}, or an adverb that may be left out (则, 也)
		}
		ru.barePost = i < len(p.Elems) && p.Elems[i].Kind == dict.Lit && slices.ContainsFunc(p.Elems[i].Alts, func(a string) bool { return a == "任" || a == "became" })
	}
	ru.lead = leadIndex(p.Elems)
	for i := 1; i < len(p.Elems); i++ {
		if k := p.Elems[i].Kind; (k == dict.Subject || k == dict.Object) && litEndsWith(p.Elems[i-1], "的") {
			if ru.afterDe == nil {
				ru.afterDe = make([]bool, len(p.Elems))
			}
			ru.afterDe[i] = true
			if i < 2 || p.Elems[i-2].Kind != dict.Gap {
				if ru.relHead == nil {
					ru.relHead = make([]bool, len(p.Elems))
				}
				ru.relHead[i] = true
			}
		}
		if p.Elems[i].Kind == dict.Gap && subjectPastOptional(p.Elems, i) {
			if ru.subjPast == nil {
				ru.subjPast = make([]bool, len(p.Elems))
			}
			ru.subjPast[i] = true
		}
	}
	ru.titleLead = titleLead(p.Elems)
	ru.ofPhrase = ofPhrase(p.Elems)
	ru.parenApposition = len(p.Elems) > 1 && p.Elems[0].Kind == dict.Subject && p.Elems[1].Kind == dict.Lit &&
		!slices.ContainsFunc(p.Elems[1].Alts, func(a string) bool { return !strings.HasPrefix(strings.TrimSpace(a), "(") })
	ru.titled = slices.ContainsFunc(p.Elems, func(e dict.Elem) bool { return e.Kind == dict.Role })
	if i := slices.IndexFunc(p.Elems, func(e dict.Elem) bool { return e.Kind == dict.Subject || e.Kind == dict.Object }); i > 0 && p.Elems[i].Kind == dict.Object {
		ru.relative = strings.Contains(p.Source, "的{s}")
	}
	if p.Elems[0].Kind == dict.Object {
		ru.objParticiple = participleBeforeSlot(p.Elems[1:])
		ru.objWhere = len(p.Elems) > 1 && p.Elems[1].Kind == dict.Lit &&
			slices.ContainsFunc(p.Elems[1].Alts, func(a string) bool { return strings.HasPrefix(a, ", where") })
	}
	for i, e := range p.Elems {
		if e.Kind != dict.Gap || i == 0 || i+1 >= len(p.Elems) || p.Elems[i-1].Kind != dict.Lit {
			continue
		}
		// The object right after the gap, or after a class noun (@zhkinds);
		// not after 的, which ends a relative clause (加入了李四创办的甲公司).
		if p.Elems[i+1].Kind != dict.Object && !(p.Elems[i+1].Kind == dict.Lit && !slices.Contains(p.Elems[i+1].Alts, "的") && i+2 < len(p.Elems) && p.Elems[i+2].Kind == dict.Object) {
			continue
		}
		v := i - 1 // the verb, before its aspect (了|过|)
		for v > 0 && p.Elems[v].Kind == dict.Lit && !slices.ContainsFunc(p.Elems[v].Alts, func(a string) bool { return a != "了" && a != "过" && a != "" }) {
			v--
		}
		han := p.Elems[v].Kind == dict.Lit && slices.ContainsFunc(p.Elems[v].Alts, func(a string) bool { return hasHan([]byte(a)) })
		founding := slices.ContainsFunc(p.Elems[v].Alts, func(a string) bool {
			return slices.ContainsFunc(zhFoundingVerbs, func(v string) bool { return strings.Contains(a, v) })
		})
		if han && !founding && hasType(r.Object, dict.Organization) {
			if ru.foundStop == nil {
				ru.foundStop = make([]bool, len(p.Elems))
			}
			ru.foundStop[i] = true
		}
	}
	for i, e := range p.Elems {
		if e.Kind == dict.Lit && saysItself(e, p.Elems[i+1:]) {
			if ru.itself == nil {
				ru.itself = make([]bool, len(p.Elems))
			}
			ru.itself[i] = true
		}
	}
	best := 0
	ru.alts = make([]*altIndex, len(p.Elems))
	for i, e := range p.Elems {
		if e.Kind == dict.Gap {
			ru.gaps++
		}
		if e.Kind != dict.Lit && e.Kind != dict.Role {
			continue
		}
		sa := shared.of(e)
		ru.alts[i] = sa.idx
		keys, shortest := sa.keys, sa.shortest
		if keys != nil && i > 0 && possessiveMark(e.Alts) && (p.Elems[i-1].Kind == dict.Subject || p.Elems[i-1].Kind == dict.Object) {
			// "Its first president": a possessive pronoun needs no "'s".
			keys = append(slices.Clip(keys), ownerPronouns...)
			if ru.ownerMark == nil {
				ru.ownerMark = make([]bool, len(p.Elems))
			}
			ru.ownerMark[i] = true
		}
		if keys != nil {
			ru.required = append(ru.required, keys)
			ru.requiredAt = append(ru.requiredAt, i)
		}
		if keys != nil && shortest > best {
			best, ru.anchors = shortest, keys
		}
	}
	return ru
}

// newSharedAlts makes the index of a text element's alternatives, and
// the texts one of which a match of the element requires: each
// alternative's longest run without white space, folded, with the
// length of the shortest; none when an alternative is empty.
func newSharedAlts(alts []string) *sharedAlts {
	sa := &sharedAlts{idx: newAltIndex(alts), shortest: -1}
	for _, a := range alts {
		k := ""
		for _, w := range strings.Fields(doc.FoldString(a)) {
			if len(w) > len(k) {
				k = w
			}
		}
		if k == "" {
			sa.keys = nil // an optional element: nothing is required
			break
		}
		sa.keys = append(sa.keys, k)
		if sa.shortest < 0 || len(k) < sa.shortest {
			sa.shortest = len(k)
		}
	}
	return sa
}

// saysItself reports whether a text element has a verb of selfSaid and
// the text after it, past optional words (了), may be one of the words that
// show the verb said of its subject alone: (成立)(了|)(后|之后).
func saysItself(e dict.Elem, rest []dict.Elem) bool {
	var after []string
	for _, a := range e.Alts {
		after = append(after, selfSaid[a]...)
	}
	if len(after) == 0 {
		return false
	}
	for _, n := range rest {
		if n.Kind != dict.Lit {
			return false
		}
		if slices.ContainsFunc(n.Alts, func(a string) bool { return a != "" && startsWithAny([]byte(a), after) }) {
			return true
		}
		if !slices.Contains(n.Alts, "") {
			return false
		}
	}
	return false
}

// ofPhrase reports whether elems are a subject, "of" and an object.
func ofPhrase(elems []dict.Elem) bool {
	var kinds []dict.ElemKind
	for _, e := range elems {
		if e.Kind == dict.End || e.Kind == dict.Lit && len(e.Alts) == 1 && strings.TrimSpace(e.Alts[0]) == "" {
			continue // the end, white space
		}
		if e.Kind == dict.Lit && !slices.ContainsFunc(e.Alts, func(a string) bool { return strings.TrimSpace(a) != "of" }) {
			kinds = append(kinds, dict.Lit)
			continue
		}
		if e.Kind == dict.Lit {
			return false
		}
		kinds = append(kinds, e.Kind)
	}
	return slices.Equal(kinds, []dict.ElemKind{dict.Subject, dict.Lit, dict.Object})
}

// titleLead returns the alternatives of the text element before the
// subject slot, past a short gap, where each is a noun for what the
// subject is (创始人, 学生, 投资方): the title is the subject's. It returns
// nil for any other pattern, such as one where a verb or a preposition
// (包括, 由) comes before the subject.
func titleLead(elems []dict.Elem) []string {
	i := slices.IndexFunc(elems, func(e dict.Elem) bool { return e.Kind == dict.Subject })
	if i > 0 && elems[i-1].Kind == dict.Gap && !elems[i-1].Wide && elems[i-1].Max <= 8 {
		i--
	}
	if i < 1 || elems[i-1].Kind != dict.Lit {
		return nil
	}
	alts := elems[i-1].Alts
	for _, a := range alts {
		r, _ := utf8.DecodeLastRuneInString(a)
		if !strings.ContainsRune(titleEnds, r) {
			return nil
		}
	}
	return alts
}

// titleEnds end Chinese nouns for what a person or an organisation is to
// another: 创始人, 作者, 学生, 成员, 教授, 博士, 之父, 股东, 骨干, 开发商, 投资方.
const titleEnds = "人者生员授士父东干商方家子友师后长官"

// leadIndex returns the index of the texts a match of elems can start
// with: the alternatives of its leading text elements up to the first
// that cannot be empty. It returns nil where a match may start with
// anything else: a slot, a gap, a start or end mark.
func leadIndex(elems []dict.Elem) *altIndex {
	var alts []string
	for _, e := range elems {
		if e.Kind != dict.Lit && e.Kind != dict.Role {
			return nil
		}
		empty := false
		for _, a := range e.Alts {
			if a == "" {
				empty = true
			} else {
				alts = append(alts, a)
			}
		}
		if !empty {
			return newAltIndex(alts)
		}
	}
	return nil
}

// afterAnd derives from an English pattern that opens with its subject
// and a verb ("{s} (served|sits) on the board of {o}") the same pattern
// for a second verb of that subject: "Roe retired in 2001 and served on
// the board of Acme", "worked with his father for two years, then
// attended Acme". A coordinated verb shares its clause's subject.
func afterAnd(p *dict.Pattern) (*dict.Pattern, bool) {
	if len(p.Elems) < 3 || p.Elems[0].Kind != dict.Subject {
		return nil, false
	}
	j := 1 // the verb's element, past white space
	if e := p.Elems[1]; e.Kind == dict.Lit && len(e.Alts) == 1 && strings.TrimSpace(e.Alts[0]) == "" {
		j = 2
	}
	if j >= len(p.Elems) || p.Elems[j].Kind != dict.Lit {
		return nil, false
	}
	for _, a := range p.Elems[j].Alts {
		t := strings.TrimLeft(a, " ")
		if t == "" || t[0] < 'a' || t[0] > 'z' {
			return nil, false // not a verb: a comma, a Chinese word, an optional part
		}
	}
	d := *p
	d.Source = p.Source + " [after and]"
	d.Elems = append([]dict.Elem{
		p.Elems[0],
		{Kind: dict.Gap, Max: 90, Wide: true},
		{Kind: dict.Lit, Alts: []string{" and ", ", then "}},
		{Kind: dict.Lit, Alts: []string{"then ", "later ", "also ", "subsequently ", "eventually ", ""}},
	}, p.Elems[j:]...)
	return &d, true
}

// headsRelative reports whether slot ei heads the relative clause the
// pattern reads (see relHead).
func (ru *rule) headsRelative(ei int) bool { return ru.relHead != nil && ru.relHead[ei] }

// zeroSubjectRelations are the relations of a person's own course
// (schooling, posts, teachers, birth, a part in a work, a co-founding
// with partners) whose Chinese clauses go on without a subject in a
// biography; what an organisation founds, makes or buys is told in the
// same way of the organisation, and is left out.
var zeroSubjectRelations = map[string]bool{"educatedAt": true, "worksFor": true, "advisor": true, "bornIn": true, "contributedTo": true, "cofounded": true}

// previousOpener returns the index in d.Mentions of the name that opens
// the sentence before sentence si as the subject of its first clause, and
// that sentence's index, or -1 and -1.
func previousOpener(d *doc.Document, si int) (int, int) {
	if si >= len(d.Sentences) {
		return -1, -1
	}
	// 张三生于上海。1921年考入乙大学。1925年毕业后，任…: a sentence that
	// names no one goes on with the subject before it, so the chain is
	// followed back, a few sentences and within the paragraph.
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		prev := d.Sentences[p]
		k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= prev.Start })
		if k < len(d.Mentions) && d.Mentions[k].End <= prev.End && d.ClauseInitial(prev, d.Mentions[k]) {
			if j := mainClauseOpener(d, prev, k); j >= 0 {
				k = j // 1910年李四被免职后，张三受到重用。: 张三 goes on
			}
			if first := d.Mentions[k]; p < si-1 && first.Entity.Type == dict.Person {
				// Followed back, the opener must be the only one its
				// sentence is about: not one who quotes, recommends or
				// names another (胡适感叹说：“像郭永怀这样的人…”).
				rest := d.Src[first.End:prev.End]
				if speaksOf(rest) || aboutOther(rest) {
					return -1, -1
				}
				for j := k + 1; j < len(d.Mentions) && d.Mentions[j].End <= prev.End; j++ {
					if d.Mentions[j].Entity.Type == dict.Person && d.Mentions[j].Entity != first.Entity {
						return -1, -1
					}
				}
			}
			return k, p
		}
		for j := k; j < len(d.Mentions) && d.Mentions[j].End <= prev.End; j++ {
			if d.Mentions[j].Entity.Type == dict.Person {
				return -1, -1 // someone named inside it may be the one meant
			}
		}
		if d.NewParagraph(p) {
			break
		}
	}
	return -1, -1
}

// zhTimeClauseEnds end a Chinese clause of time set before the main
// clause: 李四被免职后，…; 张三在乙大学任教时，….
var zhTimeClauseEnds = []string{"后", "之后", "以后", "时", "的时候", "期间", "之际", "後", "之後", "以後", "時", "的時候", "期間", "之際"}

// mainClauseOpener returns the mention that opens the main clause of
// sentence sent where mention k opens a clause of time before it (1910年
// 李四被免职后，张三受到重用: 张三), or -1: the main clause's subject is
// whom the sentence is about.
func mainClauseOpener(d *doc.Document, sent doc.Span, k int) int {
	src := d.Src[:sent.End]
	end := -1
	for q := d.Mentions[k].End; q < len(src); {
		r, w := utf8.DecodeRune(src[q:])
		if r == '，' || r == ',' {
			end = q
			break
		}
		if strings.ContainsRune("。；;：:！？!?", r) {
			return -1
		}
		q += w
	}
	if end < 0 || !slices.ContainsFunc(zhTimeClauseEnds, func(e string) bool { return bytes.HasSuffix(src[:end], []byte(e)) }) {
		return -1
	}
	for j := k + 1; j < len(d.Mentions) && d.Mentions[j].End <= sent.End; j++ {
		if d.Mentions[j].Start > end {
			if d.ClauseInitial(sent, d.Mentions[j]) && doc.ClauseStart(d.Src, sent.Start, d.Mentions[j].Start) <= end+len("，") {
				return j
			}
			return -1
		}
	}
	return -1
}

// zeroSubject derives from a Chinese pattern that opens with its subject
// and a verb ("{s}~6(考入|考取)(了|){o}") the same pattern for a clause
// that opens with the verb and leaves its subject out, as Chinese does
// where a clause goes on with the subject before it (陈明生于上海。
// 1921年，考入乙大学。): the subject is then taken from context, as for
// any pattern without {s}. Only the verb at the clause's start, past a
// date and adverbs, will do: a clause with a subject of its own, named
// or not (他父亲考入…), does not match.
func zeroSubject(p *dict.Pattern) (*dict.Pattern, bool) {
	if len(p.Elems) < 3 || p.Elems[0].Kind != dict.Subject {
		return nil, false
	}
	j := 1
	if e := p.Elems[1]; e.Kind == dict.Gap && !e.Wide && e.Max <= 12 {
		j = 2
	}
	if j >= len(p.Elems) || p.Elems[j].Kind != dict.Lit || !slices.ContainsFunc(p.Elems[j+1:], func(e dict.Elem) bool { return e.Kind == dict.Object }) {
		return nil, false
	}
	for _, a := range p.Elems[j].Alts {
		r, _ := utf8.DecodeRuneInString(a)
		if !unicode.Is(unicode.Han, r) {
			return nil, false // optional, or not a Chinese verb
		}
		if a == "转入" && !doneThere(p) {
			// 1930年，转入甲公司: a move to a school or to a firm,
			// which only a subject's own clause tells apart, unless
			// the pattern says what was done there (转入乙大学学习).
			return nil, false
		}
	}
	d := *p
	d.Source = p.Source + " [zero subject]"
	d.Elems = append([]dict.Elem{{Kind: dict.Start}}, p.Elems[j:]...)
	return &d, true
}

// doneThere reports whether p goes on past its object, after a short gap
// at most, with Chinese words only (转入{o}(学习|就读)): what was done
// where the subject went.
func doneThere(p *dict.Pattern) bool {
	i := slices.IndexFunc(p.Elems, func(e dict.Elem) bool { return e.Kind == dict.Object })
	if i >= 0 && i+2 < len(p.Elems) && p.Elems[i+1].Kind == dict.Gap && !p.Elems[i+1].Wide && p.Elems[i+1].Max <= 8 {
		i++ // 转入{o}~8(系|预科)(学习|就读): a department between
	}
	if i < 0 || i+1 >= len(p.Elems) || p.Elems[i+1].Kind != dict.Lit {
		return false
	}
	for _, a := range p.Elems[i+1].Alts {
		if r, _ := utf8.DecodeRuneInString(a); !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// ruleName is a rule as a user can find it: the relation, the pattern
// and where it is written.
func ruleName(r *dict.Relation, p *dict.Pattern) string {
	name := r.Name + ": " + p.Source
	if p.Pos.File != "" {
		name += fmt.Sprintf(" (%s:%d)", p.Pos.File, p.Pos.Line)
	}
	return name
}

// keyEnds is where a sentence's keys end (offsets from the sentence's
// start, plus one, so that 0 says a key does not occur), found by
// keyFinder.scan, and where the keys of each of Rules.groups do, sorted,
// worked out when a rule first asks: a word class such as @role has
// hundreds of keys, and dozens of rules require it.
type keyEnds struct {
	// last[id] is where key id last ends; found lists the keys found,
	// each once.
	last, found []int32
	// occEnd holds where each occurrence ends, in the order found, and
	// occPrev the index plus one of the same key's occurrence before it
	// (0 for its first); lastOcc[id] is key id's last one, likewise.
	occEnd, occPrev, lastOcc []int32
	// group[g] is where in ends group g's are, where stamp[g] is gen.
	group []span32
	stamp []int32
	gen   int32
	ends  []int32
}

// newKeyEnds makes the keyEnds for x's keys and groups.
func newKeyEnds(x *Rules) *keyEnds {
	return makeKeyEnds(len(x.keys), len(x.groups))
}

// makeKeyEnds makes a keyEnds for keys keys and groups groups.
func makeKeyEnds(keys, groups int) *keyEnds {
	return &keyEnds{
		last:    make([]int32, keys),
		lastOcc: make([]int32, keys),
		group:   make([]span32, groups),
		stamp:   make([]int32, groups),
	}
}

// reset forgets the keys of the sentence before; gen numbers the next.
func (k *keyEnds) reset(gen int32) {
	for _, id := range k.found {
		k.last[id], k.lastOcc[id] = 0, 0
	}
	k.found, k.occEnd, k.occPrev, k.ends = k.found[:0], k.occEnd[:0], k.occPrev[:0], k.ends[:0]
	k.gen = gen
}

// add records that key id occurs and ends at end.
func (k *keyEnds) add(id, end int32) {
	if k.last[id] == 0 {
		k.found = append(k.found, id)
	}
	k.last[id] = end
	k.occEnd = append(k.occEnd, end)
	k.occPrev = append(k.occPrev, k.lastOcc[id])
	k.lastOcc[id] = int32(len(k.occEnd))
}

// groupEnds returns where the keys of group g end in the sentence, in
// increasing order; none if it holds none.
func (k *keyEnds) groupEnds(x *Rules, g int) []int32 {
	if k.stamp[g] == k.gen {
		return k.ends[k.group[g].from:k.group[g].to]
	}
	from := len(k.ends)
	for _, a := range x.groups[g] {
		for o := k.lastOcc[a]; o != 0; o = k.occPrev[o-1] {
			k.ends = append(k.ends, k.occEnd[o-1])
		}
	}
	ends := k.ends[from:]
	slices.Sort(ends)
	k.group[g], k.stamp[g] = span32{int32(from), int32(len(k.ends))}, k.gen
	return ends
}

// deadlines reports whether a sentence can match rule ri, given where
// its keys end: the required text elements find their keys in the
// pattern's order, each ending after the one before. A match holds such
// a chain, since each element matches past the one before it and its
// text holds its key. If so, it fills dl[ei] with an offset before which
// a match at element ei must stand: the latest key of each required
// element at ei or after that a chain can use ends after the match's
// position.
func (x *Rules) deadlines(ri int, k *keyEnds, start int, dl []int) bool {
	for i := range dl {
		dl[i] = math.MaxInt
	}
	req := x.required[x.needs[ri].required.from:x.needs[ri].required.to]
	end := int32(0) // where the chain's last key ends so far
	for _, r := range req {
		ends := k.groupEnds(x, int(r.group))
		if r.owner {
			// "its" is the slot's mention and ends where the element
			// starts: it holds a key, but not in the chain.
			if len(ends) == 0 {
				return false
			}
			continue
		}
		i, _ := slices.BinarySearch(ends, end+1)
		if i == len(ends) {
			return false
		}
		end = ends[i]
	}
	// The latest chain, from the last element back.
	end = math.MaxInt32
	for i := len(req) - 1; i >= 0; i-- {
		if req[i].owner {
			continue
		}
		ends := k.groupEnds(x, int(req[i].group))
		j, _ := slices.BinarySearch(ends, end) // the chain above says j > 0
		end = ends[j-1]
		dl[req[i].ei] = min(dl[req[i].ei], start+int(end)-1)
	}
	for ei := len(dl) - 2; ei >= 0; ei-- {
		dl[ei] = min(dl[ei], dl[ei+1])
	}
	return true
}

// need is what a rule needs of a sentence before it is tried: names of
// its slots' types, and its required text elements' keys (see
// Rules.deadlines).
type need struct {
	hasS, hasO     bool
	sTypes, oTypes uint8
	// elems counts the rule's elements, and required is its run of
	// Rules.required.
	elems    int32
	required span32
}

// requiredElem is one required text element of a rule: the element, the
// group of its keys in Rules.groups, and whether it is a possessive
// ending that a pronoun in the slot before may stand for (see
// rule.ownerMark).
type requiredElem struct {
	group, ei int32
	owner     bool
}

// binding is one way a pattern matched a sentence.
type binding struct {
	start, end int
	subj, obj  []doc.Mention
	role       string
}

// Apply applies every rule to every sentence of d, whose mentions
// coreference has resolved, and returns the facts the sentences state,
// sorted by evidence position, then subject, relation and object. A
// pattern with no subject (or object) slot takes that argument from d's
// context: see implicit.
func (x *Rules) Apply(d *doc.Document) []doc.Fact {
	var facts []doc.Fact
	seen := map[factKey]int{} // a fact's index in facts, plus one
	ends := newKeyEnds(x)
	// The rules a sentence may use, as a bit set over their indexes:
	// read in order, it gives them in their order without a sort.
	want := make([]uint64, (len(x.rules)+63)/64)
	var cands []int
	m := &sentMatcher{d: d, grammar: x.grammar, titleWords: x.titleWords, emptyGap: -1}
	for si, sent := range d.Sentences {
		ms := d.InSentence(sent)
		if len(ms) == 0 {
			continue
		}
		ends.reset(int32(si + 1))
		x.finder.scan(d.Src[sent.Start:sent.End], ends)
		// The rules to try: those with no anchor, and those whose anchor
		// the sentence holds, in their order.
		for _, ri := range x.unanchored {
			want[ri/64] |= 1 << (ri % 64)
		}
		for _, id := range ends.found {
			for _, ri := range x.byAnchor[id] {
				want[ri/64] |= 1 << (ri % 64)
			}
		}
		cands = cands[:0]
		for w, bits := range want {
			for bits != 0 {
				cands = append(cands, w*64+mbits.TrailingZeros64(bits))
				bits &= bits - 1
			}
			want[w] = 0
		}
		m.negs = m.negs[:0]
		for i, k := range x.negKeys {
			if ends.last[k] != 0 {
				m.negs = append(m.negs, negations[i])
			}
		}
		m.si, m.sent, m.ms = si, sent, ms
		clear(m.groups)
		clear(m.inserts)
		clear(m.texts)
		m.hits = m.hits[:0]
		m.theFound, m.text = false, ""
		m.mentions = slices.Grow(m.mentions[:0], len(ms))[:len(ms)]
		clear(m.mentions)
		var types uint8 // which of dict.Types the sentence names, as bits
		for _, c := range ms {
			types |= typeBit(c.Entity.Type)
		}
		for _, ri := range cands {
			n := &x.needs[ri]
			if n.hasS && types&n.sTypes == 0 || n.hasO && types&n.oTypes == 0 {
				continue
			}
			m.deadline = slices.Grow(m.deadline[:0], int(n.elems)+1)[:n.elems+1]
			if !x.deadlines(ri, ends, sent.Start, m.deadline) {
				continue
			}
			m.ru = x.rules[ri]
			for _, b := range m.all() {
				facts = x.facts(d, m, b, facts, seen)
			}
		}
	}
	facts = x.parentFacts(d, facts, seen)
	facts = x.dropOverridden(facts, seen)
	facts = dropControlledInvestment(facts)
	facts = slices.DeleteFunc(facts, partyMember)
	sort.SliceStable(facts, func(i, j int) bool {
		a, b := facts[i], facts[j]
		if a.Evidence.Start != b.Evidence.Start {
			return a.Evidence.Start < b.Evidence.Start
		}
		if a.Subject.ID != b.Subject.ID {
			return a.Subject.ID < b.Subject.ID
		}
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		return a.Object.ID < b.Object.ID
	})
	return facts
}

// dropControlledInvestment removes an investment where the same sentence
// says the investor bought the whole or a controlling stake of the
// company (收购了戊科技51%股权; "acquired an 80% stake in Beta"): the
// stake is control, a purchase, not an investment.
func dropControlledInvestment(facts []doc.Fact) []doc.Fact {
	type pair struct {
		s, o  *dict.Entity
		start int
	}
	var control map[pair]bool
	for _, f := range facts {
		if f.Relation == "acquired" && stakeRule(f.Rule) {
			if control == nil {
				control = map[pair]bool{}
			}
			control[pair{f.Subject, f.Object, f.Evidence.Start}] = true
		}
	}
	if control == nil {
		return facts
	}
	return slices.DeleteFunc(facts, func(f doc.Fact) bool {
		return f.Relation == "investedIn" && f.Role == "" && control[pair{f.Subject, f.Object, f.Evidence.Start}]
	})
}

// stakeRule reports whether a purchase's rule reads it from a stake or a
// share of the company's shares: its pattern says so (not the name of
// the file it comes from, which the rule ends with in parentheses).
func stakeRule(rule string) bool {
	if i := strings.LastIndex(rule, " ("); i >= 0 {
		rule = rule[:i]
	}
	return strings.Contains(rule, "股权") || strings.Contains(rule, "股份") || strings.Contains(rule, "stake") || strings.Contains(rule, "percent")
}

// partyOrgan reports whether e is named as a party's body: a committee
// (委, 委员会), a branch (支部) or the party itself (党, 中央).
func partyOrgan(e *dict.Entity) bool {
	return namedEnding(e, []string{"委", "委员会", "委員會", "支部", "党", "黨", "中央"})
}

// namedEnding reports whether e's name or one of its aliases ends, past
// trailing space, with one of words.
func namedEnding(e *dict.Entity, words []string) bool {
	ends := func(t string) bool {
		t = strings.TrimSpace(t)
		return slices.ContainsFunc(words, func(w string) bool { return strings.HasSuffix(t, w) })
	}
	return ends(e.Name) || slices.ContainsFunc(e.Aliases, func(a dict.Alias) bool { return ends(a.Text) })
}

// partyMember reports whether f says no more than that its subject
// joined or belongs to a political party (加入中国共产党, "joined the
// Labour Party"): membership, not employment. A post in the party
// (党委书记, "chairman of the party") has a role and is kept.
func partyMember(f doc.Fact) bool {
	if f.Relation != "worksFor" || f.Role != "" {
		return false
	}
	return namedEnding(f.Object, []string{"党", "黨", " Party", " party"})
}

// dropOverridden removes a fact where the same sentence gives the same
// pair a relation that overrides it, unless a title made the fact.
func (x *Rules) dropOverridden(facts []doc.Fact, seen map[factKey]int) []doc.Fact {
	if len(x.overridden) == 0 {
		return facts
	}
	kept := facts[:0]
	for _, f := range facts {
		hidden := false
		if f.Role == "" {
			// "the chairman of Intel's board and a major investor": a
			// title states its fact whatever else the sentence says of
			// the pair.
			for _, by := range x.overridden[f.Relation] {
				if seen[factKey{f.Subject.ID, by, f.Object.ID, f.Evidence.Start}] > 0 {
					hidden = true
				}
			}
		}
		if !hidden {
			kept = append(kept, f)
		}
	}
	return kept
}

// typeBit is t as a bit of a set of types.
func typeBit(t dict.Type) uint8 {
	for i, v := range dict.Types {
		if v == t {
			return 1 << i
		}
	}
	return 0
}

func typeBits(ts []dict.Type) uint8 {
	var b uint8
	for _, t := range ts {
		b |= typeBit(t)
	}
	return b
}

type factKey struct {
	s, rel, o string
	at        int
}

func (x *Rules) facts(d *doc.Document, m *sentMatcher, b binding, out []doc.Fact, seen map[factKey]int) []doc.Fact {
	r := m.ru.rel
	subj, obj := b.subj, b.obj
	if (!m.ru.pat.HasSubject() || !m.ru.pat.HasObject()) && doc.InParens(d.Src, m.sent.Start, b.start) {
		// Inside parentheses the context that supplies a missing argument
		// is the name before them, not the sentence's subject.
		return out
	}
	if !m.ru.pat.HasSubject() {
		if namesOwnSubject(m, r.Subject, b) || possessiveSubject(m, b) {
			// The clause has a subject of its own before the trigger
			// (该班的王小川后来创办了X): the context's is not the one.
			return out
		}
		if m.ru.pat.Elems[0].Kind == dict.Object && verbObject(d.Src, m.sent.Start, b.start) {
			// 网信办约谈了甲公司负责人: the post is what a verb acted on,
			// a person left unnamed, not a post of the context's person.
			return out
		}
		if appositiveBorn(d.Src, m.sent.Start, b.start) || m.bornAfterName(b.start) {
			// "the second child of Rose Schotz, born in Hungary": a
			// lower-case "born" after a comma describes the name just
			// before it, not the sentence's subject.
			return out
		}
		if nameAfterTitles(m, b.end) {
			// 前华为中国区副总裁、前360手机总裁李开新: titles listed with 、
			// before a name are that name's, not the context's, whether
			// the rule names its title as a role or spells it out
			// (国际水稻研究所所长、印度前农业部长斯瓦米纳森博士).
			return out
		}
		if b.role != "" && containsAnyOf(d.Src[max(m.sent.Start, b.start-12):b.end], zhSeveral) {
			// 到位的几个小米汽车关键负责人: a post counted for several is
			// no one person's.
			return out
		}
		named := -1
		if m.ru.continues && hasType(r.Subject, dict.Person) {
			var kin bool
			if kin, named = m.kinGoesOn(b.start); kin && named < 0 {
				return out // 父亲王义全曾是军人，曾任甲公司副局长: the relative's
			}
		}
		if named >= 0 {
			subj = m.sameSpan(named) // 他的父亲朱汝瑾…，并且任教于X: the relative named
		} else if m.ru.continues {
			if k := m.mentionAt(doc.SkipSpace(d.Src, b.end)); k >= 0 && m.ms[k].Entity.Type == dict.Person {
				// 是因为元气森林创始人唐彬森…, 即创新工场创始人李开复: the
				// noun is the name's after it, not the clause's subject's.
				return out
			}
			subj = clauseSubject(d, m, r.Subject, b.start)
			if len(subj) > 0 && m.otherPersonInClause(subj, b.start, nil) {
				// 王五宣布由张三接任甲公司董事长: a person named in the
				// match's own clause, after the sentence's subject, is
				// whose clause it is.
				return out
			}
			if subj == nil && !m.subjectBefore(b.start) {
				// 1988年任甲公司副总裁、戊科技会长: a sentence with no
				// subject at all goes on with the context's.
				subj = implicit(d, m, r.Subject, r.Object, b.start, b.obj)
			}
		} else if m.ru.zero {
			if kin, _ := m.kinGoesOn(b.start); kin {
				return out // 父亲王义全曾是军人，曾任甲公司副局长: the relative's
			}
			subj = clauseSubject(d, m, r.Subject, b.start)
			if subj == nil && !m.subjectBefore(b.start) && m.ms[0].Start >= b.start && !d.NewParagraph(m.si) {
				// The sentence names no one before the clause: the
				// person who opens the sentence before, in its paragraph.
				if k, p := previousOpener(d, m.si); k >= 0 {
					if first, prev := d.Mentions[k], d.Sentences[p]; speaksOf(d.Src[first.End:prev.End]) && quotedPerson(d, prev, first) != nil {
						// 李四说：“王五很优秀。”后加入甲公司。: after a
						// quote that names another, who goes on is
						// not known.
						return out
					}
					subj = []doc.Mention{{Entity: d.Mentions[k].Entity, How: doc.Coref}}
					if opener, prev := d.Mentions[k], d.Sentences[p]; opener.Entity.Type == dict.Person && aboutOther(d.Src[opener.End:prev.End]) {
						// 李四曾为其英文老师。后加入甲公司。: the one the
						// pronoun names goes on.
						subj = nil
						if f := d.FocusPerson; f != nil && f != opener.Entity {
							subj = []doc.Mention{{Entity: f, How: doc.Coref}}
						}
					}
				}
			}
			if len(subj) == 0 || subj[0].Entity.Type != dict.Person {
				return out
			}
			from := m.sent.Start
			if subj[0].End > from && subj[0].End <= b.start {
				from = subj[0].End
			}
			for _, c := range m.ms {
				if c.Start >= from && c.End <= b.start && c.Entity.Type == dict.Person && c.Entity != subj[0].Entity {
					// 李四认识了马东敏，马东敏毕业于…，当时在乙大学攻读博士:
					// a person named since goes on, not the opener.
					return out
				}
			}
		} else {
			subj = implicit(d, m, r.Subject, r.Object, b.start, b.obj)
			if len(subj) > 0 && hasType(r.Subject, dict.Person) && m.otherPersonInClause(subj, b.start, zhTakeVerbs) {
				return out // 王五宣布张三接任甲公司董事长: 张三's post
			}
		}
	}
	if !m.ru.pat.HasObject() {
		if possessiveOwner(m, b, r.Object) {
			// 甲公司的竞争对手获得了丙资本的投资: the clause is about the
			// rival, not about 甲公司.
			return out
		}
		if m.namedBefore(d.Src, b.start, r.Object) {
			// "Acme, founded by Roe, acquired Beta, founded by Doe": a
			// participle after a comma is the name's before it; the
			// constructions that name it say so.
			return out
		}
		if m.namedAfter(d.Src[:m.sent.End], b.end, r.Object) {
			// "was elected to the board of Beta": the object is named
			// right after the match, not left to context.
			return out
		}
		if zhOccupation(b.role) {
			// 南开校友有剧作家曹禺，画家范曾: a painter's trade names no
			// employer; a post would.
			return out
		}
		types := r.Object
		if b.role != "" && hasType(types, dict.Organization) {
			// 写了文章《X》，校长张三…: a post is held at an organisation;
			// the work named before is no one's office.
			types = []dict.Type{dict.Organization}
		}
		if m.ru.share {
			obj = m.heldCompany(d.Src, b.start, b.subj)
		} else {
			obj = implicit(d, m, types, r.Subject, b.start, b.subj)
		}
		if m.ru.barePost && len(obj) == 0 && len(subj) == 1 {
			obj = m.joinedBefore(subj[0])
		}
		if m.ru.barePost && len(obj) == 1 && len(subj) > 0 && !m.postHeldAt(r.Name, b.role, obj[0], subj[0]) {
			return out
		}
	}
	if !m.ru.pat.HasSubject() && hasType(r.Subject, dict.Person) && bytes.Contains(d.Src[b.start:b.end], []byte("他们")) {
		// 他们另外亦在1942年创办X: a clause whose subject is a group the
		// context does not name member by member.
		return out
	}
	if !m.ru.pat.HasSubject() || !m.ru.pat.HasObject() {
		// 张三、李四分别毕业于乙大学和戊大学: an argument from context that
		// ends a list stands for the list, paired member by member.
		subj, obj = m.wholeLists(subj, obj)
	}
	if len(obj) > 0 && m.ru.hasO {
		if w := newlyMade(d.Src, obj[0].Start); w != "" && strings.Contains(m.ru.pat.Source, w) {
			// "he joined the newly founded Saxony Ornithologists'
			// Association": the rule's verb, as a participle that
			// qualifies the name, is no verb of the clause's subject.
			// (A post "with the newly formed CPR" is still a post.)
			return out
		}
	}
	if !m.ru.hasS && len(m.ru.pat.Elems) > 0 && m.ru.pat.Elems[0].Kind == dict.Object && englishInside(d.Src, m.sent.Start, b.start) {
		// "Roe criticised Acme's CEO, John Doe": an English phrase that a
		// verb takes as its object says nothing of the clause's subject;
		// Chinese states a post with no verb (张三毕业于乙大学，甲公司CEO).
		return out
	}
	if len(subj) > 0 && len(obj) > 0 && obj[0].Start < subj[0].Start && b.start < obj[0].Start {
		if k := m.appositionHead(d.Src, b.start); k >= 0 && m.ms[k].Entity != subj[0].Entity {
			// "After meeting Doe, the president of Acme, Roe founded
			// Beta": the title set off after Doe is Doe's, not that of
			// the name after it.
			return out
		}
	}
	if (r.Name == "founded" || r.Name == "cofounded") && len(subj) > 0 && len(obj) > 0 && subj[len(subj)-1].End < obj[0].Start && foundingOnObject(d.Src[subj[len(subj)-1].End:obj[0].Start]) {
		// 张三加入成立不久的甲公司: the founding verb is in a relative
		// clause on what another verb of the subject's acts on.
		return out
	}
	if (r.Name == "founded" || r.Name == "cofounded") && len(subj) > 0 && len(obj) > 0 {
		// 甲公司与乙公司合并成立丙公司, 丙公司由甲公司和乙公司合并成立: the
		// bodies that merge into a new one do not found it.
		end := obj[0].Start
		if end < subj[0].Start {
			end = b.end // the passive: the verb after the agents
		}
		if last := subj[len(subj)-1].End; last < end && mergedInto(d.Src[last:end]) {
			return out
		}
	}
	if len(subj) > 0 && len(obj) > 0 {
		// "Unlike Acme, Beta was founded by Roe", 除了甲公司，丙资本还投资了
		// 戊科技: a name set aside before the comma is no argument of the
		// clause after it.
		subj, obj = m.dropSetAside(subj, obj), m.dropSetAside(obj, subj)
		if len(subj) == 0 || len(obj) == 0 {
			return out
		}
	}
	if negated(d, m.sent, b.start, b.end, m.negs, m.ms) || titleOfNext(m, b) || planAfter(d.Src[:m.sent.End], b.end) || b.role != "" && refusedAfter(d.Src[:m.sent.End], b.end) || m.relativeClause(b, subj) || excludedBy(d.Src[:m.sent.End], m.sent.Start, b) || contributedToward(d.Src[:m.sent.End], b) || roleAcrossVerb(d.Src, m.sent.Start, b, obj) {
		return out
	}
	if len(subj) > 1 && m.ru.hasS && subj[0].How == doc.Coref && bytes.HasPrefix(d.Src[subj[len(subj)-1].End:], []byte(" of ")) {
		// "He and Dave Smith of Sequential Circuits": the affiliation
		// after a name is that name's, not the pronoun's before it.
		subj = subj[len(subj)-1:]
	}
	if len(subj) > 1 && m.ru.hasS && singularApposition(d.Src[:m.sent.End], subj[len(subj)-1].End) && !headsApposition(d.Src, subj[len(subj)-1].End, obj) {
		// "Roe and Doe, an engineer at Acme": a singular apposition
		// after a list is its last member's.
		subj = subj[len(subj)-1:]
	}
	if len(subj) > 0 && m.ru.hasS && (m.whoseClause(b, subj[len(subj)-1]) || m.relativeObject(b, subj[0], subj[len(subj)-1])) {
		return out
	}
	if len(subj) > 1 && slices.ContainsFunc(subj, func(s doc.Mention) bool { return inBound(obj, s) }) {
		// "Nokia, A and B merged and created a new Nokia": a list that
		// holds its own object states no fact of any member.
		return out
	}
	if !r.Parts && len(obj) == 1 && len(subj) > 0 && subj[0].End <= obj[0].Start && obj[0].Entity.Type == dict.Organization && orgWorkAfter(d.Src[:m.sent.End], obj[0].End) {
		// 张三负责甲公司的研发: what he leads is the company's research,
		// which the pattern names after the object.
		return out
	}
	if m.ru.pat.HasSubject() && m.ru.pat.HasObject() && len(subj) == 1 && len(obj) == 1 && subj[0].End <= obj[0].Start && !strings.Contains(m.ru.pat.Source, "被") &&
		bytes.Contains(d.Src[subj[0].End:obj[0].Start], []byte("被")) && startsWithAny(d.Src[skipParen(d.Src[:m.sent.End], obj[0].End):m.sent.End], zhAppointVerbs) {
		// 张三被最早成立了心理系的乙大学聘为教授: the object is the agent of
		// 被 and of the verb after it; the verb between describes it.
		return out
	}
	if len(subj) == 1 && len(obj) > 0 && subj[0].Start >= m.sent.Start && subj[0].End <= obj[0].Start {
		if i := bytes.Index(d.Src[subj[0].End:obj[0].Start], []byte("前身")); i >= 0 && !doc.InParens(d.Src, m.sent.Start, subj[0].End+i) {
			// 杭州大学前身是创建于1897年的求是书院: what the subject
			// came from; the verb after says what was done to that, by
			// others. Not an aside on another name (Google X（即Waymo的
			// 前身）).
			return out
		}
	}
	if len(subj) == 1 && len(obj) == 1 && subj[0].End <= obj[0].Start && !strings.Contains(m.ru.pat.Source, "所") && zhRelativeHead(d.Src[subj[0].End:obj[0].Start]) {
		// 张三所领导的团队包括甲公司的员工: a verb after 所 is a relative
		// clause on the noun after 的, which is its object; a name further
		// on is not.
		return out
	}
	if len(subj) == 1 && len(obj) == 1 && subj[0].End <= obj[0].Start && b.end <= obj[0].End && zhWorkplaceRelative(d.Src[:m.sent.End], subj[0].End, obj[0]) {
		// 张三在父亲创办的甲公司工作: 在 governs the company, where he works;
		// the verb before 的 is a relative clause on it, whose agent is
		// another.
		return out
	}
	if strings.EqualFold(b.role, "developer") && bytes.Contains(bytes.ToLower(d.Src[b.start:b.end]), []byte("developer of")) {
		// "Henry Flagler, developer of the Florida East Coast Railway":
		// who developed a railway or a resort built it; a developer at a
		// company works there.
		return out
	}
	if strings.EqualFold(b.role, "fellow") && bytes.Contains(bytes.ToLower(d.Src[b.start:b.end]), []byte("fellow of")) {
		// "a fellow of the American Physical Society": an honour of a
		// society's, not a post ("a research fellow at Beta" is one).
		return out
	}
	if r.Name == "bornIn" && len(obj) == 1 && obj[0].Entity.Type == dict.Place {
		// 生於中国廣東汕頭, 出生于马萨诸塞州的牛顿: Chinese names the
		// places from the largest down, each the birthplace.
		if k := m.mentionAt(obj[0].Start); k >= 0 {
			obj = m.placeChain(d.Src[:m.sent.End], k)
		}
	}
	if (r.Name == "led" || r.Name == "worksFor") && len(obj) == 1 && len(subj) > 0 && obj[0].End <= subj[0].Start && m.createdBefore(obj[0].End, subj[0].Start) {
		// 乙大学成立甲实验室，由张三主持: what 张三 heads is what was set
		// up, named after the verb, not the organisation that set it up.
		// (A company that sets something up and raises a round 由A领投
		// still takes the investment.)
		return out
	}
	if agentive[r.Name] && m.ru.hasS && len(subj) > 0 && subj[0].Start >= m.sent.Start &&
		disposed(d.Src[doc.ClauseStart(d.Src, m.sent.Start, subj[0].Start):subj[0].Start]) {
		// 张三将它与甲公司、戊科技合并成立乙大学: the names after 将 or 把
		// are what the act is done to, not who does it.
		return out
	}
	if (r.Name == "investedIn" || r.Name == "acquired") && len(obj) > 0 && obj[len(obj)-1].End > b.start && obj[len(obj)-1].End < b.end &&
		startsWithAny(d.Src[doc.SkipSpace(d.Src, obj[len(obj)-1].End):], zhHeldBy) {
		// 收购丙资本所持有的子公司51%股权: the name before 所持 is the
		// seller; what it held is bought.
		return out
	}
	if r.Name == "led" && len(obj) > 0 && obj[0].Start >= m.sent.Start && ledInto(d.Src[doc.ClauseStart(d.Src, m.sent.Start, obj[0].Start):obj[0].Start]) {
		// 张三带领一些艺人跳槽甲公司, 带领团队加入甲公司: who leads people
		// into an organisation leads them, not it.
		return out
	}
	if (r.Name == "authored" || r.Name == "contributedTo") && strings.Contains(m.ru.pat.Source, "to @inf") && containsAnyOf(bytes.ToLower(d.Src[b.start:b.end]), donorVerbs) {
		// "Roe donated money to design Gizmo": who pays for a work to be
		// made is not its author, nor one of its makers.
		return out
	}
	if len(obj) > 0 && strings.Contains(m.ru.pat.Source, "with {s} (serving|acting|remaining|continuing)") && soldTo(d.Src, m.sent.Start, obj[0].Start) {
		// "sold Beta to Acme, with Roe remaining as publisher": the post
		// kept is at what was sold, not at its buyer.
		return out
	}
	if len(obj) > 0 && len(subj) > 0 && obj[0].End <= subj[0].Start && bytes.Contains(d.Src[obj[0].End:subj[0].Start], []byte(" by ")) && groupAt(d.Src, m.sent.Start, obj[0].Start) {
		// "started by a group of students at Acme led by Roe": who leads
		// heads the group, not the organisation its members come from.
		return out
	}
	if len(subj) > 0 && subj[0].Entity.Type == dict.Person && subj[0].Start >= m.sent.Start {
		if w := agentPhrase(d.Src, m.sent.Start, subj[0]); w != "" && !strings.Contains(m.ru.pat.Source, w) {
			// 受李四影响进入乙大学学习, 应李四邀请回国: the one who
			// invites, introduces or moves the subject is not the
			// subject, unless the rule reads that very phrase (在张三的
			// 领导下，甲公司…: led).
			return out
		}
	}
	if len(subj) > 0 && len(obj) > 0 && m.laterSubject(subj, obj[0].Start) {
		// 张三毕业于乙大学，其妻李四则创办了甲公司: a clause between the
		// subject and the object that opens with another person is that
		// person's, and so is what follows it.
		return out
	}
	if len(subj) > 0 && len(obj) > 0 && subj[0].End <= obj[0].Start && strings.Contains(m.ru.pat.Source, "~~") && strings.Contains(m.ru.pat.Source, "(called|named|known as") && newClauseIn(d.Src[subj[0].End:obj[0].Start]) {
		// "Roe founded a magazine, and later joined a group called Acme":
		// the thing called so is another clause's object.
		return out
	}
	if r.Name == "contributedTo" && len(subj) > 0 && len(obj) > 0 && subj[0].End <= obj[0].Start && portrayedBy(d.Src[subj[0].End:obj[0].Start]) {
		// "Doe was portrayed by Roe in the biopic Gizmo": Doe is the one
		// played, not one who plays in it.
		return out
	}
	if r.Name == "advisor" && bytes.Contains(bytes.ToLower(d.Src[b.start:b.end]), []byte("advised ")) && counselAfter(d.Src[:m.sent.End], b.end) {
		// "The king advised Roe to petition Parliament": advice on what to
		// do, not the guidance of a student.
		return out
	}
	if r.Name == "educatedAt" && len(obj) > 0 && staffAfter(d.Src[:m.sent.End], obj[len(obj)-1].End) && !containsAnyOf(bytes.ToLower(d.Src[b.start:b.end]), studyWords) {
		// "entered Epsilon College as a lecturer", "transferred to Acme
		// as an engineer": the entry is to a post there. Not "graduated
		// from X as an engineer", which names what the degree made.
		return out
	}
	if r.Name == "led" && editorRoles[strings.ToLower(b.role)] && len(subj) > 0 && len(obj) > 0 && (obj[0].Entity.Type != dict.Organization || obj[len(obj)-1].End <= subj[0].Start && !bytes.ContainsAny(d.Src[obj[len(obj)-1].End:subj[0].Start], ",，")) {
		// "Simon & Schuster editor Michael Korda": an editor or a
		// publisher named before the name is one of the staff; "the
		// editor of X" heads X where X is an organisation (a periodical),
		// and edits X where X is a work.
		return out
	}
	if schoolHeads[b.role] && len(obj) > 0 && notSchool(obj[0].Entity) {
		// 心理研究所成立后，李四任校长: a 校长 heads a school; an institute,
		// a company or a bureau named before the post is not the one.
		return out
	}
	if r.Name == "led" && b.role == "书记" && len(obj) > 0 && !partyOrgan(obj[0].Entity) {
		// 任新教育共进社英文书记, 任中华医学会书记: a society's 书记 is its
		// secretary; only a party committee's (省委书记) heads it.
		return out
	}
	if r.Name == "educatedAt" && len(obj) > 0 && b.end > obj[len(obj)-1].End && bytes.HasSuffix(d.Src[b.start:b.end], []byte("生")) && startsWithAny(d.Src[b.end:m.sent.End], zhStudentOffices) {
		// 乙大学博士生导师, 研究生院院长, 学生处处长: a noun for students
		// (the match ends in 生) that goes on into a teacher's or an
		// office's title names a post over them, not schooling.
		return out
	}
	if r.Name == "educatedAt" && len(obj) > 0 && enteredNotSchool(d.Src[b.start:b.end], obj) {
		// "entered Acme" says nothing of studies unless Acme is a
		// school by its name or the match says as what.
		return out
	}
	if (r.Name == "authored" || r.Name == "developed") && len(obj) > 0 && b.start < obj[0].Start && partOfWork(d.Src[b.start:obj[0].Start]) {
		// "designed the user interface of Gizmo", "wrote the foreword to
		// X": a part of the work, which contributedTo states, not the work.
		return out
	}
	if r.Name == "founded" && containsAnyOf(d.Src[b.start:b.end], zhFoundedItself) {
		// 和记黄埔正式成立并取代和记国际: 成立 said of the subject itself,
		// then another verb.
		return out
	}
	if (r.Name == "authored" || r.Name == "contributedTo") && len(obj) == 1 && len(subj) > 0 && m.workOfAnother(d.Src, obj[0], subj, r.Name == "contributedTo") {
		// 出版吳晗的《謝瑤環》, "the German publication of John Stuart
		// Mill's Logic": the work is its possessor's. One works on
		// another's work ("worked on Doe's Gizmo"), but publishing or
		// translating it is no part in making it.
		return out
	}
	if b.role != "" && len(subj) > 0 && subj[0].Start >= m.sent.Start && subj[0].Start <= b.start && companionPhrase(d.Src, m.sent.Start, subj[0].Start) && roleAfterAnd(d.Src[:b.end], subj[0].End, b.role) {
		// "Roe was the founder, with his sister Mary Major, and chairman
		// of Acme": a name in a with-phrase goes along with the clause's
		// subject; the posts after it, past "and", are the subject's
		// (", with Mary Major, chairman of Acme," gives hers).
		return out
	}
	if b.role != "" && len(obj) == 1 && m.ownsOtherKind(d.Src[:m.sent.End], obj[0], r.Object) {
		// "one of the founding editors of Case Institute's Engineering
		// Review": the post is at the journal the possessive names, which
		// the relation cannot take, not at its owner.
		return out
	}
	if len(obj) == 1 && periodical(d.Src[:m.sent.End], obj[0]) && bytes.Contains(bytes.ToLower(d.Src[b.start:b.end]), []byte("publish")) {
		// "Roe published Gizmo, a weekly magazine": a publisher issues
		// a periodical; no one authors or makes it by publishing it.
		return out
	}
	if r.Name == "worksFor" && len(obj) > 0 && b.start < obj[0].Start && bytes.Contains(bytes.ToLower(d.Src[b.start:obj[0].Start]), []byte(" studying ")) {
		// "spent two years studying at Beta": time spent studying is
		// no work.
		return out
	}
	if r.Name == "worksFor" && len(obj) > 0 && len(subj) > 0 && obj[0].End <= subj[0].Start && zhStudentBefore(d.Src, obj[0], subj[0]) {
		// 乙大学的大四学生张三, 姚班的姚顺雨: a student named by the school
		// or the class is no member of its staff.
		return out
	}
	if r.Name == "worksFor" && len(obj) > 0 && movedToSchool(d.Src[b.start:b.end], obj) {
		// "Lee switched to Tao Nan School", 进入乙大学: a move to a school
		// may be a pupil's as well as a teacher's; a post after it says
		// which.
		return out
	}
	if r.Name == "worksFor" && len(obj) > 0 {
		src, end := d.Src[:m.sent.End], obj[len(obj)-1].End
		if match := d.Src[b.start:b.end]; b.end <= doc.SkipSpace(src, end) {
			moved := movedTo(match)
			if moved && (whereAfter(src, end) || zhStudyNext(src, end)) {
				// "Roe moved to Acme, where Doe was working", "…, where
				// she studied physics", 进入甲公司，学习管理: the clause
				// after says what the move was for.
				return out
			}
			if (moved || wroteFor(match)) && !phraseEnds(src, end) {
				// "switched to Acme's phones", "wrote for Acme's rival",
				// "wrote for the Acme newsletter": the move or the
				// writing is for what the name qualifies.
				return out
			}
		}
	}
	if r.Name == "worksFor" && len(obj) > 0 && leftSchool(d.Src, obj[0]) {
		// "Watson left the University of Chicago to become a graduate
		// student": leaving a school says nothing of working there.
		return out
	}
	if r.Name == "worksFor" && b.role == "" && len(obj) > 0 && zhStudyAfter(d.Src[:m.sent.End], obj[len(obj)-1], b.end) {
		// 转入乙大学，攻读博士学位: a school entered to study there.
		return out
	}
	if r.Name == "worksFor" && len(obj) > 0 && studentAfter(d.Src[:m.sent.End], obj[len(obj)-1].End) {
		// "spent two years at Beta as a student": studying there is
		// no work.
		return out
	}
	if m.ru.relative && m.subjectRightBefore(b.start) {
		// 丙资本投资了甲公司的戊科技: 丙资本 is the verb's subject, and
		// 戊科技 is 甲公司's, not the one that invested (启用了曾在小米待过的
		// 沈义人 is a relative clause after another verb).
		return out
	}
	if r.Name == "investedIn" && len(obj) > 0 && startsWithAny(d.Src[doc.SkipSpace(d.Src[:m.sent.End], obj[len(obj)-1].End):m.sent.End], zhRoundRoles) {
		// 获得由丙资本领投的B轮融资: a name that leads or joins a round
		// is an investor in it, not the company that raises it.
		return out
	}
	if r.Name == "investedIn" && len(obj) > 0 && (wholeStake(d.Src[:m.sent.End], obj[len(obj)-1].End) || wholeStakeBefore(d.Src, obj[0].Start)) {
		// 收购戊科技100%股权: all of a company's shares bought is the
		// company bought, which acquired states.
		return out
	}
	if r.Name == "founded" && len(subj) == 1 && len(obj) > 0 && subj[0].Entity.Type == dict.Organization && subj[0].Start >= obj[len(obj)-1].End && string(d.Src[obj[len(obj)-1].End:subj[0].Start]) == "的" {
		// 创立并主持该校的理论物理研究所: after a verb of founding, an
		// organisation right after 的 is the object's own, the one
		// founded, not an agent in a relative clause.
		return out
	}
	if len(subj) > 0 && len(obj) > 0 && m.longListMate(obj[len(obj)-1], subj[0]) {
		// "the founder of Acme, Beta, Gamma and Delta": a later member of
		// the object's own list of three or more is not its subject in
		// apposition (a pair may be a name and its appositive).
		return out
	}
	if len(obj) > 0 && b.end <= obj[len(obj)-1].End && m.relativeOnPerson(d.Src[:m.sent.End], obj[len(obj)-1].End, subj) {
		// 张三表示，加入甲公司的李四很优秀; 投过超级猩猩的合伙人周逵: the verb
		// and its object are a relative clause on the person after 的,
		// who did it.
		return out
	}
	if (r.Name == "acquired" || r.Name == "investedIn") && len(subj) > 0 && subj[0].Start >= m.sent.Start && subj[0].End <= b.end && containsAnyOf(d.Src[subj[0].End:b.end], zhBuying) && zhSellerBefore(d.Src, doc.ClauseStart(d.Src, m.sent.Start, subj[0].Start), subj[0].Start) {
		// 美的向德国工业集团福伊特收购库卡25.1%股权: the one bought from
		// is the seller, neither buyer nor investor.
		return out
	}
	if r.Name == "worksFor" && b.role == "" && investorCapacity(d.Src[max(m.sent.Start, b.start-60):b.end]) {
		// 以LP身份加入清晗基金: joining a fund as its LP invests in it; it is
		// no post.
		return out
	}
	if r.Name == "led" && len(obj) > 0 && obj[0].Entity.Type == dict.Project && filmDirected(d.Src[:m.sent.End], b.start, b.end, obj[0]) {
		// "Lucas directed the short film X", "wrote and directed X
		// (1971)": directing a film, a play or a show makes it; it leads
		// no project.
		return out
	}
	if r.Name == "bornIn" && len(obj) > 0 && (b.start < obj[0].Start && nearPlace(d.Src[b.start:obj[0].Start]) || startsWithAny(d.Src[obj[len(obj)-1].End:m.sent.End], []string{"附近", "近郊"})) {
		// "born in a village near Springfield", 出生于北京附近的一个村庄:
		// the birthplace is near the place, not in it.
		return out
	}
	if r.Name == "bornIn" && len(obj) > 0 && b.start < obj[0].Start && secondPredicate(d.Src[b.start:obj[0].Start]) {
		// "was born in 1933, and grew up in Scarsdale": a place after a
		// second predicate is not where the subject was born.
		return out
	}
	if r.Name == "acquired" && len(obj) > 0 && b.end <= skipParen(d.Src[:m.sent.End], doc.SkipSpace(d.Src[:m.sent.End], obj[len(obj)-1].End)) && assetsAfter(d.Src[:m.sent.End], obj[len(obj)-1].End) {
		// 收购葛兰素史克（GSK）的癌症药物资产: what was bought is a part of
		// the company's business, not the company.
		return out
	}
	if (r.Name == "acquired" || r.Name == "investedIn") && len(obj) > 0 && b.end <= obj[len(obj)-1].End && stakeAfter(d.Src[:m.sent.End], obj[len(obj)-1].End) {
		// 收购了甲公司20%的股份: what was bought is shares of the object,
		// not the object; a pattern that names the shares says so. Only
		// buying and investing take shares: 由张三创立的丁创投将持有2%的股份
		// founded the holder.
		return out
	}
	if r.Name == "acquired" && len(obj) > 0 {
		// 以5100万元收购戊科技51%股权, "bought a 51% stake in Beta": more
		// than half of a company's stock is control of it; "a 30% stake"
		// or 收购戊科技30%股权 is an investment, which investedIn states.
		// Before the object only its own clause counts: "Acme, which
		// owns 30% of Gamma, acquired Beta" bought Beta whole.
		last := obj[len(obj)-1]
		if b.end > last.End && minorityFigure(d.Src[last.End:b.end]) || b.start < obj[0].Start && minorityFigure(d.Src[doc.ClauseStart(d.Src, b.start, obj[0].Start):obj[0].Start]) {
			return out
		}
	}
	if len(obj) > 0 && b.end <= obj[len(obj)-1].End && obj[len(obj)-1].Entity.Type == dict.Organization && m.otherPartyAfter(d.Src[:m.sent.End], obj[len(obj)-1]) {
		// 加入了甲公司的竞争对手, 投资了甲公司和戊科技的竞争对手: what the
		// verb acts on is another organisation, the rival of the names.
		return out
	}
	if (r.Name == "acquired" || r.Name == "investedIn") && len(obj) > 0 && b.end <= obj[len(obj)-1].End && startsWithAny(d.Src[doc.SkipSpace(d.Src[:m.sent.End], obj[len(obj)-1].End):m.sent.End], subsidiaries) {
		// 入股甲公司子公司: a subsidiary the sentence does not name was
		// bought into, not its owner.
		return out
	}
	gapRule, gapFrom := "", len(obj)
	if m.ru.hasO && len(obj) > 0 && b.end <= doc.SkipSpace(d.Src[:m.sent.End], obj[len(obj)-1].End) {
		if prep, more := m.gapped(obj, r.Object); len(more) > 0 {
			// "worked at Acme and later, after a year abroad, at Beta":
			// the verb goes on with a second object after its
			// preposition.
			obj = append(slices.Clip(obj), more...)
			gapRule = m.ru.name + " [and " + prep + "]"
		}
	}
	if m.roleOfOther(d.Src, b) || m.peopleRelative(b, obj) {
		return out
	}
	pair := m.respectively(subj, obj)
	if pair != nil && len(pair) == 0 {
		return out
	}
	// The evidence and the time are made for the first fact: most
	// bindings make none.
	var ev doc.Evidence
	when, made := "", false
	for i, s := range subj {
		if m.ru.hasS && !m.ru.endsWithS() && notActing(d.Src, s) || !m.ru.hasS && appoints(d.Src, s) {
			// A subject from context that named another to the post (李四
			// 提名张三为甲公司院长) does not hold it either.
			continue
		}
		role := b.role
		if i > 0 && role != "" {
			if zhTitleAbuts(d.Src, subj[0], role) {
				continue
			}
			if role = m.ownTitle(d.Src, subj[i-1], s, role); role == "" {
				continue
			}
		}
		if i > 0 && role == "" && m.ru.titleLead != nil && m.ownLead(d.Src, subj[i-1], s) {
			continue
		}
		role = m.singular(role)
		for j, o := range obj {
			if s.Entity == o.Entity || !r.Accepts(s.Entity.Type, o.Entity.Type) {
				continue
			}
			if i > 0 && postRelations[r.Name] && m.ownOrganization(subj[0], s, o) {
				continue // 乙大学张三、甲公司王五: 王五 is 甲公司's
			}
			rule := m.ru.name
			if j >= gapFrom {
				rule = gapRule
			}
			if pair != nil && pair[s.Start] != o.Start {
				continue
			}
			if !made {
				if m.text == "" {
					m.text = string(d.Src[m.sent.Start:m.sent.End])
				}
				ev = doc.Evidence{Doc: d.Name, Span: m.sent, Text: m.text}
				when, made = timeBefore(d, m.sent, b.end), true
			}
			name := r.Name
			if last := max(subj[len(subj)-1].End, obj[len(obj)-1].End); jointly[name] != "" && b.end <= doc.SkipSpace(d.Src[:m.sent.End], last) && m.partnerAfter(d.Src[:m.sent.End], last) {
				// "Roe founded Acme with Doe": founding together is
				// co-founding.
				name, rule = jointly[name], rule+" [with]"
			}
			k := factKey{s.Entity.ID, name, o.Entity.ID, m.sent.Start}
			f := doc.Fact{Subject: s.Entity, Relation: name, Object: o.Entity, Role: role, Time: when, Rule: rule, SubjectHow: s.How, ObjectHow: o.How, Evidence: ev}
			if n := seen[k]; n > 0 {
				if out[n-1].Role == "" && f.Role != "" {
					out[n-1] = f // a rule that names the role says more
				}
				continue
			}
			seen[k] = len(out) + 1
			out = append(out, f)
		}
	}
	return out
}

// gapped returns the names a clause goes on with after its object list,
// where a later phrase repeats the preposition that stood before the
// object: after "and", past adverbs and an aside set off by commas ("worked
// at Acme and later, after a year abroad, at Beta and Gamma", "president
// of A and later of B"); after an adverb of sequence (", then at Beta",
// "first with A, and later with B"). It returns the preposition too.
func (m *sentMatcher) gapped(obj []doc.Mention, types []dict.Type) (string, []doc.Mention) {
	src := m.d.Src[:m.sent.End]
	prep := prepBefore(src, obj[0].Start)
	if prep == "" {
		return "", nil
	}
	var more []doc.Mention
	for end := obj[len(obj)-1].End; ; {
		g := m.gappedNext(src, end, prep, types)
		if g == nil {
			break
		}
		more = append(more, g...)
		end = g[len(g)-1].End
	}
	if more == nil {
		return "", nil
	}
	return prep, more
}

// gappedNext returns the next names after end that repeat prep, or nil.
func (m *sentMatcher) gappedNext(src []byte, end int, prep string, types []dict.Type) []doc.Mention {
	p := doc.SkipSpace(src, skipEnSpan(src, end))
	// "worked for A in Sweden as draftsman, and then in Germany for B":
	// where the first post was, and as what.
	p = m.skipPlacePhrase(src, p)
	if n, ok := matchLit(src, p, "as "); ok {
		if q := bytes.IndexByte(src[p:min(len(src), p+48)], ','); q > n && !bytes.ContainsAny(src[p:p+q], ";:()") && !m.mentionIn(p, p+q) {
			p += q
		}
	}
	comma := p < len(src) && src[p] == ','
	if comma {
		p++
	}
	n, and := matchLit(src, doc.SkipSpace(src, p), "and ")
	if and {
		p = doc.SkipSpace(src, p) + n
	}
	q := skipAdverbs(src, p)
	adv := q > p
	if adv {
		q = m.skipPlacePhrase(src, doc.SkipSpace(src, q))
	}
	if !and && !adv && !(comma && prep == "of") {
		// "president of A (1875–7), of B (1877) and of C": after a
		// comma, "of" alone repeats a post's organisation.
		return nil
	}
	p = doc.SkipSpace(src, q)
	if and && p < len(src) && src[p] == ',' {
		// An aside: up to the next comma, within a few words.
		q := bytes.IndexByte(src[p+1:min(len(src), p+60)], ',')
		if q < 0 || bytes.ContainsAny(src[p+1:p+1+q], ";:()") {
			return nil
		}
		p = doc.SkipSpace(src, p+1+q+1)
	}
	n, ok := matchLit(src, p, prep+" ")
	if !ok {
		return nil
	}
	p = doc.SkipSpace(src, p+n)
	if n, ok := matchLit(src, p, "the "); ok {
		p = doc.SkipSpace(src, p+n)
	}
	k := m.mentionAt(p)
	if k < 0 || !hasType(types, m.ms[k].Entity.Type) || m.ms[k].How == doc.Coref {
		return nil
	}
	g := m.coordinated(k)
	// "and at Beta she met Doe", "then at Beta, Doe founded Gizmo": a
	// phrase that opens a clause of its own.
	q = doc.SkipSpace(src, g[len(g)-1].End)
	if q < len(src) && src[q] == ',' {
		q = doc.SkipSpace(src, q+1)
	}
	if m.mentionAt(q) >= 0 || clausePronoun[lowerWordAt(src, q)] {
		return nil
	}
	return g
}

// skipPlacePhrase passes "in" and a place's name at p ("in Sweden",
// "in Germany,"); it returns p if there is none.
func (m *sentMatcher) skipPlacePhrase(src []byte, p int) int {
	n, ok := matchLit(src, p, "in ")
	if !ok {
		return p
	}
	k := m.mentionAt(doc.SkipSpace(src, p+n))
	if k < 0 || m.ms[k].Entity.Type != dict.Place {
		return p
	}
	q := doc.SkipSpace(src, m.ms[k].End)
	if q < len(src) && src[q] == ',' && !bytes.HasPrefix(src[doc.SkipSpace(src, q+1):], []byte("and ")) {
		q = doc.SkipSpace(src, q+1)
	}
	return q
}

var clausePronoun = wordSet("he she they it we i you")

// prepBefore returns the English preposition that stands before a name
// at p, past "the": at, for, of, with or in; else "".
func prepBefore(src []byte, p int) string {
	switch w := wordBeforeName(src, p); w {
	case "at", "for", "of", "with", "in":
		return w
	}
	return ""
}

// companionPhrase reports whether the name at p ends a short with-phrase
// that opens its clause after a comma or the like: ", with his sister ",
// ", along with ".
func companionPhrase(src []byte, lo, p int) bool {
	q := doc.ClauseStart(src, lo, p)
	if q == lo || p-q > 40 {
		return false
	}
	seg := strings.Fields(strings.ToLower(string(src[q:p])))
	for len(seg) > 0 && (seg[0] == "along" || seg[0] == "together") {
		seg = seg[1:]
	}
	return len(seg) > 0 && len(seg) <= 4 && seg[0] == "with"
}

// roleAfterAnd reports whether "and" comes between p and the first
// mention of role after it.
func roleAfterAnd(src []byte, p int, role string) bool {
	t := bytes.ToLower(src[p:])
	i := bytes.Index(t, bytes.ToLower([]byte(role)))
	return i > 0 && bytes.Contains(t[:i], []byte(" and "))
}

// wordBeforeName returns the Latin word before a name at p, in lower
// case, past "the" ("from the Edison Company").
func wordBeforeName(src []byte, p int) string {
	w := lowerWordBefore(src, p)
	if w == "the" {
		_, q := doc.TrimSpace(src, 0, p)
		w = lowerWordBefore(src, q-len("the"))
	}
	return w
}

// newlyMade returns the participle before a name at p that an adverb of
// time qualifies ("the newly founded Beta", "a recently built Gizmo"),
// or "": the participle describes the name.
func newlyMade(src []byte, p int) string {
	w := lowerWordBefore(src, p)
	if !participle(w) {
		return ""
	}
	_, q := doc.TrimSpace(src, 0, p)
	switch lowerWordBefore(src, q-len(w)) {
	case "newly", "recently", "freshly":
		return w
	}
	return ""
}

// relativeAt reports whether "who", "whom" or "whose" stands at p.
func relativeAt(src []byte, p int) bool {
	switch lowerWordAt(src, p) {
	case "who", "whom", "whose":
		return true
	}
	return false
}

// appositive reports whether the text between a subject ending at p and
// a relative pronoun at q is the subject's apposition (", a graduate
// who") or its copula's noun ("is a native of X who"), or nothing: the
// relative clause is the subject's.
func appositive(src []byte, p, q int) bool {
	t := bytes.TrimLeft(src[p:q], " ")
	if len(bytes.Trim(t, " ,")) == 0 || t[0] == ',' || predicateNoun(src[p:q]) {
		return true
	}
	// "given by Doe in 1762, who would go on to found X": a time phrase
	// between the name and the comma.
	r := skipEnTime(src, doc.SkipSpace(src, p))
	return r > p && r <= q && len(bytes.Trim(src[r:q], " ")) > 0 && len(bytes.Trim(src[r:q], " ,")) == 0
}

// predicateNoun reports whether text ends in a copula's noun phrase, "is
// a native of Colorado": a relative clause after it is about the
// copula's subject.
func predicateNoun(text []byte) bool {
	for _, be := range []string{" is ", " was ", " are ", " were ", " became ", " becomes ", " remains ", " remained ", " has been ", " had been "} {
		i := bytes.LastIndex(text, []byte(be))
		if i < 0 {
			continue
		}
		rest := text[i+len(be):]
		if bytes.IndexByte(rest, ',') < 0 && (bytes.HasPrefix(rest, []byte("a ")) || bytes.HasPrefix(rest, []byte("an ")) || bytes.HasPrefix(rest, []byte("the "))) {
			return true
		}
	}
	return false
}

// mentionEndingAt returns the last mention that ends at q, or -1 if the
// last one to end by q ends before it.
func (m *sentMatcher) mentionEndingAt(q int) int {
	for k := len(m.ms) - 1; k >= 0; k-- {
		if c := m.ms[k]; c.End <= q {
			if c.End == q {
				return k
			}
			return -1
		}
	}
	return -1
}

// afterRelative reports whether the relative pronoun rel ("who",
// "which") stands before p, past auxiliaries and adverbs ("who had
// later", "which was"), after lo (the sentence's start), and returns
// where the text before it ends, past a comma: lo where the sentence
// opens with the pronoun.
func afterRelative(src []byte, lo, p int, rel string) (int, bool) {
	for n := 0; n < 4; n++ {
		w := lowerWordBefore(src, p)
		if w == "" {
			return 0, false
		}
		_, q := doc.TrimSpace(src, 0, p)
		p = q - len(w)
		if p <= lo {
			// The sentence opens with the word: with the pronoun, no
			// name stands before it.
			return lo, w == rel
		}
		if w == rel {
			_, q := doc.TrimSpace(src, lo, p)
			if q > lo && src[q-1] == ',' {
				_, q = doc.TrimSpace(src, lo, q-1)
			}
			return q, true
		}
		if !whoAuxiliaries[w] {
			return 0, false
		}
	}
	return 0, false
}

var whoAuxiliaries = wordSet("had has have also later then once previously first briefly was were is are been")

// lowerWordBefore returns the Latin word that ends, past white space,
// before p, in lower case.
func lowerWordBefore(src []byte, p int) string {
	_, q := doc.TrimSpace(src, 0, p)
	w := q
	for w > 0 && (src[w-1] >= 'a' && src[w-1] <= 'z' || src[w-1] >= 'A' && src[w-1] <= 'Z') {
		w--
	}
	if w == q || doc.LatinWordBefore(src, w) {
		return ""
	}
	return strings.ToLower(string(src[w:q]))
}

// periodical reports whether the text calls mention c a periodical: "the
// magazine Gizmo", "Gizmo magazine", "Gizmo, a weekly newspaper".
func periodical(src []byte, c doc.Mention) bool {
	// The word before the name ("the magazine Gizmo"), read on its own:
	// lower-casing all the text before it made the stage quadratic.
	if periodicals[lowerWordBefore(src, c.Start)] {
		return true
	}
	q := c.End
	if !bytes.HasPrefix(src[q:], []byte(", ")) {
		return q < len(src) && src[q] == ' ' && periodicals[lowerWordAt(src, q+1)]
	}
	// An apposition of a few lower-case words: ", a weekly magazine".
	q += 2
	for w := 0; w < 5; w++ {
		word := lowerWordAt(src, q)
		if word == "" {
			return false
		}
		if w > 0 && periodicals[word] {
			return true
		}
		q += len(word)
		if q >= len(src) || src[q] != ' ' {
			return false
		}
		q++
	}
	return false
}

var periodicals = map[string]bool{"magazine": true, "magazines": true, "newspaper": true, "newspapers": true, "journal": true,
	"periodical": true, "newsletter": true, "tabloid": true, "gazette": true, "daily": true, "weekly": true, "monthly": true,
	"quarterly": true}

// jointly maps a relation to the one it is when done with a partner
// named right after the object ("founded Acme with Doe" is cofounded).
var jointly = map[string]string{"founded": "cofounded"}

// partnerAfter reports whether "with", "together with", "along with" or
// "alongside" and a person follow p, perhaps after "his", "her" or "their"
// and a word or two ("with his brother John Doe").
func (m *sentMatcher) partnerAfter(src []byte, p int) bool {
	q := doc.SkipSpace(src, p)
	if n, ok := matchLit(src, q, ", "); ok && startsWithAny(src[q+n:], []string{"together with ", "jointly with ", "in partnership with "}) {
		// "established a new firm, X, in partnership with Doe".
		q += n
	}
	for _, w := range []string{"together with ", "along with ", "jointly with ", "in partnership with ", "alongside ", "with "} {
		if n, ok := matchLit(src, q, w); ok {
			r := doc.SkipSpace(src, q+n)
			for _, pr := range []string{"his ", "her ", "their "} {
				n, ok := matchLit(src, r, pr)
				if w := lowerWordAt(src, doc.SkipSpace(src, r+n)); ok && w != "" && !prepositionWords[w] {
					// "with his brother John Doe" is a partner; "with
					// her financial support" names none.
					if k := m.mentionAt(doc.SkipSpace(src, skipLowerWords(src, r+n, 2))); k >= 0 {
						return m.ms[k].Entity.Type == dict.Person
					}
					return partnerNounAt(src, r)
				}
			}
			if k := m.mentionAt(r); k >= 0 {
				return m.ms[k].Entity.Type == dict.Person
			}
			return partnerNounAt(src, r)
		}
	}
	return false
}

// partnerNounAt reports whether an unnamed partner starts at p: a
// determiner, a number or a possessive, perhaps a word, then a noun of
// people one works with ("with two colleagues", "with his brother", "with
// a group of friends"); "with $1,200" and "with her support" are none.
func partnerNounAt(src []byte, p int) bool {
	w := lowerWordAt(src, p)
	if !partnerDeterminers[w] {
		return false
	}
	q := doc.SkipSpace(src, p+len(w))
	if n, ok := matchLit(src, q, "group of "); ok && w == "a" {
		q = doc.SkipSpace(src, q+n)
	} else if n, ok := matchLit(src, q, "few "); ok && w == "a" {
		q = doc.SkipSpace(src, q+n)
	}
	for range 2 {
		x := lowerWordAt(src, q)
		if x == "" {
			return false
		}
		if partnerNouns[x] {
			return true
		}
		q = doc.SkipSpace(src, q+len(x))
	}
	return false
}

var partnerDeterminers = wordSet(`a an one two three four five six several some his her their`)

var partnerNouns = wordSet(`colleague colleagues partner partners friend friends associate associates brother brothers sister sisters
	wife husband son sons father cousin cousins classmate classmates coworker coworkers fellow fellows`)

// leftSchool reports whether o names a university, college, school or
// institute of technology right after "left", "quit" or "departed" (and
// "the"), or 离开. A research institute left is a workplace left.
func leftSchool(src []byte, o doc.Mention) bool {
	if !doc.NamedWith(o.Entity, pupilSchools) {
		return false
	}
	before := bytes.TrimSuffix(bytes.TrimRight(src[max(0, o.Start-16):o.Start], " "), []byte(" the"))
	return endsWithAny(before, []string{" left", " quit", " departed", " leaving", "离开", "离开了"})
}

// movedToSchool reports whether match has a verb of moving and "to"
// ("moved to", "switched to", 进入) that nothing after it says to be a
// move to work (", where he taught", "as a lecturer", 进入乙大学工作), and a
// member of the object's list obj is named as a school.
func movedToSchool(match []byte, obj []doc.Mention) bool {
	if !slices.ContainsFunc(obj, func(o doc.Mention) bool { return doc.NamedWith(o.Entity, pupilSchools) }) {
		return false
	}
	rest := afterLast(match, movingTo)
	return rest != nil && !containsAnyOf(rest, []string{" where ", " as ", " to work", " to teach"}) && !containsAnyOf(rest, zhWorkWords)
}

// afterLast returns what follows the last of verbs in match ("moved to ",
// 进入), lower-cased, or nil when match has none of them.
func afterLast(match []byte, verbs []string) []byte {
	low := bytes.ToLower(match)
	at := -1
	for _, v := range verbs {
		if i := bytes.LastIndex(low, []byte(v)); i >= 0 && i+len(v) > at {
			at = i + len(v)
		}
	}
	if at < 0 {
		return nil
	}
	return low[at:]
}

// partOfWork reports whether before, the text from a verb to its object,
// ends in a noun of a part of a work and "of", "for" or "to" ("the user
// interface of", "the foreword to the").
func partOfWork(before []byte) bool {
	low := bytes.TrimSuffix(bytes.TrimRight(bytes.ToLower(before), " "), []byte(" the"))
	for _, p := range []string{" of", " for", " to"} {
		if t, ok := bytes.CutSuffix(low, []byte(p)); ok {
			return workParts[lowerWordBefore(t, len(t))]
		}
	}
	return false
}

var workParts = wordSet(`interface interfaces engine graphics soundtrack score music sound levels manual manuals documentation foreword preface afterword cover logo firmware kernel artwork illustrations translation subtitles libretto lyrics sequel sequels`)

// movedTo reports whether match ends in a verb of moving and "to" before
// its object ("moved to Acme").
func movedTo(match []byte) bool {
	rest := afterLast(match, movingTo)
	return rest != nil && !bytes.ContainsAny(rest, ",;")
}

// writing are the verbs of writing that wroteFor looks for.
var writing = []string{"wrote ", "writes ", "written ", "writing "}

// wroteFor reports whether match has a verb of writing and "for" before
// its object ("wrote for DC", "began writing regularly for the X").
func wroteFor(match []byte) bool {
	rest := afterLast(match, writing)
	return bytes.Contains(rest, []byte("for ")) && !bytes.ContainsAny(rest, ",;")
}

var movingTo = []string{"moved to ", "switched to ", "defected to ", "jumped to ", "进入", "進入", "加入到", "进到", "進到"}

// zhStudyNext reports whether a Chinese clause of study follows p, after a
// comma or none (，学习管理, 攻读博士学位).
func zhStudyNext(src []byte, p int) bool {
	q := doc.SkipSpace(src, p)
	for _, c := range []string{"，", ","} {
		if bytes.HasPrefix(src[q:], []byte(c)) {
			q = doc.SkipSpace(src, q+len(c))
			break
		}
	}
	return startsWithAny(src[q:], zhStudyWords) || startsWithAny(src[q:], []string{"学习", "深造", "读书", "进修", "念书"})
}

// phraseEnds reports whether the phrase of a move or of writing for an
// organisation ends at p, the end of its name: no possessive and no noun
// the name qualifies follows it ("moved to Acme in 2010", "moved to Acme
// as", not "switched to Acme's phones" nor "to Acme phones").
func phraseEnds(src []byte, p int) bool {
	if possessiveAt(src, p) > 0 {
		return false
	}
	q := doc.SkipSpace(src, p)
	if q == p || q >= len(src) {
		return true // punctuation, a Han character or the clause's end
	}
	if r, _ := utf8.DecodeRune(src[q:]); !unicode.IsLetter(r) || r >= utf8.RuneSelf {
		return true
	}
	return moveFollowers[lowerWordAt(src, q)]
}

// moveFollowers may follow the organisation a person moves to or writes
// for.
var moveFollowers = wordSet(`in on at as after before where when to for and then with from until following which who during under`)

// whereAfter reports whether ", where" follows p.
func whereAfter(src []byte, p int) bool {
	_, ok := matchLit(src, p, ", where ")
	return ok
}

// pupilSchools name in their names a school one may study or teach at
// (a research institute is a workplace).
var pupilSchools = []string{"university", "college", "school", "institute of technology", "institution", "academy", "universität", "université", "大学", "学院", "学校", "中学", "小学", "学堂", "书院", "私塾", "大學", "學院", "學校", "中學", "小學", "學堂", "書院"}

// zhStudyAfter reports whether school o is followed, in the clauses after
// it within 40 characters, by a course of study there (攻读, 获得…学位,
// 毕业) before any word of work (任, 工作, 执教); 在李四教授指导下 names
// another's post. A match that goes on past the object and its comma to
// matchEnd (毕业后留校任教) says more than the school entered.
func zhStudyAfter(src []byte, o doc.Mention, matchEnd int) bool {
	if !doc.NamedWith(o.Entity, []string{"大学", "学院", "学校", "中学", "小学", "学堂", "书院"}) {
		return false
	}
	q := doc.SkipSpace(src, o.End)
	if r, w := utf8.DecodeRune(src[q:]); r == '，' || r == ',' {
		q += w
	} else {
		return false
	}
	if matchEnd > q {
		return false
	}
	end := q
	for n := 0; n < 40 && end < len(src); n++ {
		r, w := utf8.DecodeRune(src[end:])
		if r == '。' || r == '；' || r == ';' {
			break
		}
		end += w
	}
	t := src[q:end]
	i := indexAny(t, zhStudyWords)
	return i >= 0 && !containsAnyOf(t[:i], zhWorkWords)
}

var (
	zhStudyWords = []string{"攻读", "修读", "主修", "就读", "学位", "毕业", "肄业", "读博", "读研", "求学"}
	zhWorkWords  = []string{"任", "工作", "教书", "执教", "助教", "教员", "聘"}
)

// indexAny returns where in b the first of words starts, or -1.
func indexAny(b []byte, words []string) int {
	at := -1
	for _, w := range words {
		if i := bytes.Index(b, []byte(w)); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// prepositionWords may follow an object pronoun ("with her in 1990").
var prepositionWords = wordSet(`in on at to for from by of and or as after before during until since`)

// studentAfter reports whether what follows p says that the time at an
// organisation was a student's ("as a student", "as an undergraduate").
func studentAfter(src []byte, p int) bool {
	q := doc.SkipSpace(src, p)
	for _, w := range studentWords {
		if _, ok := matchLit(src, q, w); ok {
			return true
		}
	}
	return false
}

var studentWords = []string{"as a student", "as an undergraduate", "as a graduate student", "as a doctoral student", "as a PhD student",
	"as an exchange student", "as a visiting student", "as a research student", "as a pupil"}

// zhStudentBefore reports whether a Chinese noun of a student stands
// between organisation o and person s, a few words apart in one clause
// (乙大学的校友有剧作家张三), or s follows 的 right after o, a class (姚班).
func zhStudentBefore(src []byte, o, s doc.Mention) bool {
	between := bytes.TrimSpace(src[o.End:s.Start])
	if string(between) == "的" && bytes.HasSuffix(src[o.Start:o.End], []byte("班")) {
		return true
	}
	return utf8.RuneCount(between) <= 12 && doc.ClauseStart(src, o.End, s.Start) == o.End && containsAnyOf(between, zhStudentNouns)
}

var zhStudentNouns = []string{"学生", "同学", "校友", "毕业生", "研究生", "博士生", "硕士生", "本科生", "留学生", "学员", "学子", "门生", "弟子"}

// zhRoundRoles are what an investor does in a round.
var zhRoundRoles = []string{"领投", "跟投", "参投", "联合领投", "共同领投"}

// wholeStake reports whether all of a company's stock follows p:
// 100%股权, 的全部股份.
func wholeStake(src []byte, p int) bool {
	q := stakeLead(src, p)
	for _, w := range []string{"合计", "共计", "总计", "合共"} {
		if n, ok := matchLit(src, q, w); ok {
			q += n // 珠海银隆合计100%股权: the stakes bought, summed up
			break
		}
	}
	n := 0
	for _, w := range []string{"100%", "100％", "１００％", "百分之百", "全部", "全数"} {
		if k, ok := matchLit(src, q, w); ok {
			n = k
			break
		}
	}
	if n == 0 {
		return false
	}
	q = doc.SkipSpace(src, q+n)
	if n, ok := matchLit(src, q, "的"); ok {
		q += n
	}
	return startsWithAny(src[q:], []string{"股权", "股份", "股票", "权益"})
}

// majorityStake reports whether a controlling share of a company's stock
// follows p: more than half of it by a figure (51%股权, 的80.1%股份), or
// by a word (控股权, 多数股权). All of it is wholeStake's.
func majorityStake(src []byte, p int) bool {
	q := stakeLead(src, p)
	if startsWithAny(src[q:], zhControlStakes) {
		return true
	}
	for _, w := range []string{"约", "近", "逾", "超过", "超", "合计", "共计"} {
		if n, ok := matchLit(src, q, w); ok {
			q += n
			break
		}
	}
	v, n := percentAt(src, q)
	if n == 0 || v <= 50 || v >= 100 {
		return false
	}
	q = doc.SkipSpace(src, q+n)
	if n, ok := matchLit(src, q, "的"); ok {
		q += n
	}
	return startsWithAny(src[q:], stakeWords) || startsWithAny(src[q:], []string{"已发行股本", "股本", "已发行股份"})
}

// stakeLead passes what may stand between a company's name at p and the
// share of it named after: the name's parenthesis (甲公司（Acme Group）
// 100%股权) and 的.
func stakeLead(src []byte, p int) int {
	q := doc.SkipSpace(src, p)
	if r := skipParen(src, q); r > q && r-q <= 80 {
		q = r
	}
	if n, ok := matchLit(src, q, "的"); ok {
		q += n
	}
	return q
}

// zhControlStakes name a controlling share without a figure.
var zhControlStakes = []string{"控股权", "控制权", "多数股权", "大部分股权", "过半股权", "过半数股权"}

// percentAt reads a percentage at p (51%, 80.1 %, 51％) and returns its
// value and length, or 0 and 0.
func percentAt(src []byte, p int) (float64, int) {
	q := p
	for q < len(src) && (src[q] >= '0' && src[q] <= '9' || src[q] == '.' && q > p) {
		q++
	}
	if q == p {
		return 0, 0
	}
	v, err := strconv.ParseFloat(string(src[p:q]), 64)
	if err != nil {
		return 0, 0
	}
	r := doc.SkipSpace(src, q)
	for _, w := range []string{"%", "％", "percent", "per cent"} {
		if n, ok := matchLit(src, r, w); ok {
			return v, r + n - p
		}
	}
	return 0, 0
}

// minorityFigure reports whether text names a share of at most half by a
// figure ("a 30% stake in", "bought 20 percent of"): a purchase of that is
// an investment, not an acquisition.
func minorityFigure(text []byte) bool {
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' || i > 0 && (text[i-1] >= '0' && text[i-1] <= '9' || text[i-1] == '.') {
			continue
		}
		if v, n := percentAt(text, i); n > 0 && v <= 50 {
			return true
		}
	}
	return false
}

// wholeStakeBefore reports whether the text before p ends with all of a
// company's stock: "acquired 100% of CAIL".
func wholeStakeBefore(src []byte, p int) bool {
	// Only the words right before p matter: the longest phrase below
	// and "the", with room to spare.
	t := bytes.ToLower(bytes.TrimRight(src[max(0, p-48):p], " "))
	t = bytes.TrimSuffix(t, []byte(" the"))
	for _, w := range []string{"100% of", "100 percent of", "100 per cent of", "100% stake in", "100% interest in", "100% of the shares of", "100% of the share capital of"} {
		if bytes.HasSuffix(t, []byte(w)) {
			i := len(t) - len(w)
			return i == 0 || t[i-1] == ' '
		}
	}
	return false
}

// clauseAhead returns where n runes after p end, or the clause's end if it
// comes first.
func clauseAhead(src []byte, p, n int) int {
	for ; n > 0 && p < len(src); n-- {
		r, w := utf8.DecodeRune(src[p:])
		if doc.IsClausePunct(r) {
			break
		}
		p += w
	}
	return p
}

// zhKinTitles are what a member of a Chinese list of people may be
// called before the name: a family's sons and daughters, a spouse, a
// sibling.
var zhKinTitles = []string{"长子", "次子", "三子", "四子", "五子", "六子", "幼子", "独子", "长女", "次女", "三女", "幼女", "妻子", "丈夫", "夫人", "弟弟", "哥哥", "姐姐", "妹妹", "胞弟", "胞兄", "兄长", "儿子", "女儿"}

// relativeOnPerson reports whether 的 right after the object ending at p
// opens a noun phrase, within the clause and a few characters, whose head
// is a person other than those in subj.
func (m *sentMatcher) relativeOnPerson(src []byte, p int, subj []doc.Mention) bool {
	n, ok := matchLit(src, p, "的")
	if !ok {
		return false
	}
	end := clauseAhead(src, p+n, 12)
	for j := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start >= p+n }); j < len(m.ms) && m.ms[j].Start < end; j++ {
		c := m.ms[j]
		if c.Entity.Type == dict.Person && !slices.ContainsFunc(subj, func(x doc.Mention) bool { return x.Entity == c.Entity }) {
			return true
		}
	}
	return false
}

// ledInto reports whether text, between a subject and an organisation,
// has a verb of leading people and after it a verb of joining or moving
// that takes the organisation (带领团队加入, 率领旧部投奔).
func ledInto(text []byte) bool {
	for _, lead := range [][]byte{[]byte("带领"), []byte("率领"), []byte("领着"), []byte("带着")} {
		if i := bytes.Index(text, lead); i >= 0 && containsAnyOf(text[i+len(lead):], zhJoinVerbs) {
			return true
		}
	}
	return false
}

// zhJoinVerbs take the organisation someone joins or moves to.
var zhJoinVerbs = []string{"加入", "加盟", "跳槽", "投奔", "转投", "投靠", "进入", "进驻", "来到", "前往", "回到", "回归", "并入", "转会"}

// investorCapacity reports whether text says someone acts as an investor
// (以LP身份, 以股东的身份, "as a limited partner", "as an investor").
func investorCapacity(text []byte) bool {
	for _, w := range []string{"LP身份", "LP的身份", "有限合伙人身份", "有限合伙人的身份", "股东身份", "股东的身份", "投资人身份", "投资人的身份", "投资者身份", "出资人身份", "as a limited partner", "as an investor", "as a shareholder"} {
		if bytes.Contains(text, []byte(w)) {
			return true
		}
	}
	return false
}

// filmDirected reports whether "direct" in the match from start to end,
// with the object c, is a director's credit: a kind of film or show named
// before the object, "wrote and directed", or a year in parentheses after
// it. Where the object comes first ("a film titled X directed by Y"), the
// words just before it and the match after it are read.
func filmDirected(src []byte, start, end int, c doc.Mention) bool {
	lo, hi := start, c.Start
	if c.Start <= start {
		// "a German film titled X directed by Y": the match opens with
		// the object.
		lo, hi = max(0, c.Start-48), end
	}
	span := bytes.ToLower(src[lo:hi])
	if !bytes.Contains(span, []byte("direct")) {
		return false
	}
	for _, w := range []string{"film", "movie", "documentary", "picture", "feature", "animation", "series", "episode", "play", "opera", "musical", "video", "wrote and directed", "written and directed", "produced and directed"} {
		if bytes.Contains(span, []byte(w)) {
			return true
		}
	}
	p := doc.SkipSpace(src, c.End)
	if p >= len(src) || src[p] != '(' {
		return false
	}
	q := skipYear(src, p+1)
	return q > p+1 && q < len(src) && src[q] == ')'
}

// assetsAfter reports whether 的 after a name at p (past a parenthesis)
// opens a noun phrase of a few characters, in the same clause, that ends
// in 资产 or 业务: the company's assets or business, not the company.
func assetsAfter(src []byte, p int) bool {
	q := doc.SkipSpace(src, p)
	if r := skipParen(src, q); r > q {
		q = doc.SkipSpace(src, r)
	}
	n, ok := matchLit(src, q, "的")
	if !ok {
		return false
	}
	q += n
	text := src[q:clauseAhead(src, q, 16)]
	return bytes.Contains(text, []byte("资产")) || bytes.Contains(text, []byte("业务"))
}

// zhHeldBy follow a holder's name before what it holds (丙资本所持的…).
var zhHeldBy = []string{"所持", "持有的", "手中的"}

// stakeAfter reports whether a share of a company's stock follows p:
// 20%的股份, 部分股权, 约三成股份, 的少数股权.
func stakeAfter(src []byte, p int) bool {
	q := doc.SkipSpace(src, p)
	if startsWithAny(src[q:], zhHeldBy) {
		return true // 收购中科院所持的联想控股29%股权: what it holds is bought
	}
	end := q // no share named within 30 runes of the clause: most names
	for n := 0; n < 30 && end < len(src); n++ {
		r, w := utf8.DecodeRune(src[end:])
		if doc.IsClausePunct(r) {
			break
		}
		end += w
	}
	if !bytes.Contains(src[q:end], []byte("股")) && !bytes.Contains(src[q:end], []byte("权益")) || wholeStake(src, p) || majorityStake(src, p) {
		return false
	}
	if n, ok := matchLit(src, q, "的"); ok {
		q += n
	}
	for _, w := range []string{"部分", "少数", "多数", "大部分", "全部"} {
		if n, ok := matchLit(src, q, w); ok {
			q += n
			break
		}
	}
	num := q
	for q < len(src) {
		r, w := utf8.DecodeRune(src[q:])
		if !(r >= '0' && r <= '9' || strings.ContainsRune(".%％约近逾超过百分之一二两三四五六七八九十成亿億万萬千", r)) {
			break
		}
		q += w
	}
	if q > num && bytes.HasPrefix(src[q:], []byte("股")) {
		return true // 收购青岛啤酒2亿4311万股H股: a number of its shares
	}
	q = doc.SkipSpace(src, q)
	if n, ok := matchLit(src, q, "的"); ok {
		q += n
	}
	for _, w := range stakeWords {
		if _, ok := matchLit(src, q, w); ok {
			return true
		}
	}
	// 收购甲公司香港H股退市时引入的投资人持有的约14%股份: a share of it,
	// further on in the clause.
	for n, j := 0, doc.SkipSpace(src, p); n < 30 && j < len(src); n++ {
		r, w := utf8.DecodeRune(src[j:])
		if doc.IsClausePunct(r) {
			break
		}
		if r == '%' || r == '％' {
			k := doc.SkipSpace(src, j+w)
			if n, ok := matchLit(src, k, "的"); ok {
				k += n
			}
			return startsWithAny(src[k:], stakeWords)
		}
		j += w
	}
	return false
}

// zhHeadCounts close a list of people by counting them (张三、李四二人).
var zhHeadCounts = []string{"二人", "两人", "三人", "四人", "五人", "六人", "七人", "八人", "二位", "两位", "三位", "四位", "五位", "几人"}

// zhGroupMarks, after a list of people, say that it acts as one group.
var zhGroupMarks = []string{"等人", "等", "二人", "两人", "三人", "四人", "几人", "夫妇", "夫妻", "兄弟", "父子", "母女", "姐妹"}

// stakeWords name shares after an amount: 20%的股份, 19.5%普通股.
var stakeWords = []string{"股份", "股权", "股票", "权益", "普通股", "优先股", "A股", "B股", "H股"}

// zhMembersAfter reports whether a noun for the people of a project or
// an organization follows c (CUSPEA同学, 甲公司员工): the name then says
// whose they are, not what the sentence is about.
func zhMembersAfter(src []byte, c doc.Mention) bool {
	if c.Entity.Type == dict.Person {
		return false
	}
	for _, w := range []string{"同学", "学员", "学生", "校友", "员工", "成员", "毕业生"} {
		if _, ok := matchLit(src, c.End, w); ok {
			return true
		}
	}
	return false
}

// teamAfter returns the end of a phrase after a person's name that names
// the people who work with the person ("Roe's team", "Roe's lab", "Roe and
// her students", 张三的团队, 张三课题组, 张三和他的学生), or -1. A noun that
// a name follows is that person's title (张三的学生李四): -1. After a
// company's name it names the people who make what the company makes
// ("Acme's engineers"). Only for rules whose object is a project.
func (m *sentMatcher) teamAfter(src []byte, c doc.Mention) int {
	// What a person's team or a company's engineers make (a project),
	// the person or the company makes; what they found, join or buy is
	// theirs ("Roe's students founded Acme" is not Roe's founding).
	if !slices.Equal(m.ru.rel.Object, []dict.Type{dict.Project}) {
		return -1
	}
	nouns := teamNouns
	switch c.Entity.Type {
	case dict.Organization:
		nouns = orgTeamNouns
	case dict.Person:
	default:
		return -1
	}
	for _, pre := range []string{"'s ", "’s ", "' ", "’ ", " and his ", " and her ", " and their ", "的", "和他的", "和她的", "与他的", "与她的", ""} {
		n, ok := matchLit(src, c.End, pre)
		if !ok {
			continue
		}
		q := c.End + n
		for _, w := range nouns {
			if k, ok := matchLit(src, q, w); ok && wordEnd(src, q+k) {
				if m.mentionAt(doc.SkipSpace(src, q+k)) >= 0 {
					return -1
				}
				return q + k
			}
		}
	}
	return -1
}

// orgTeamNouns name the people of an organisation who make its products.
var orgTeamNouns = []string{"engineers", "researchers", "scientists", "designers", "developers", "engineering team", "research team", "research lab", "team",
	"研发团队", "技术团队", "研究团队", "团队", "工程师们", "工程师", "研究人员", "研究员们"}

// teamNouns name the group a person leads or works with.
var teamNouns = []string{"research team", "research group", "research lab", "laboratory", "team", "lab", "group", "students", "graduate students", "colleagues",
	"研究团队", "科研团队", "团队", "课题组", "研究组", "学生们", "学生", "同事们", "同事"}

// zhTitleAbuts reports whether role, a Chinese title one person holds
// at a time, stands right before first, the first of a list: in
// 甲公司董事长张三和李四 only 张三 is the chairman, where 谷歌研究员A和B are
// both researchers.
func zhTitleAbuts(src []byte, first doc.Mention, role string) bool {
	if !zhSoleTitles[role] {
		return false
	}
	// 任甲公司主任的张三与李四: a title before 的 is the first name's too.
	before := bytes.TrimSuffix(bytes.TrimRight(src[:first.Start], " "), []byte("的"))
	if !bytes.HasSuffix(before, []byte(role)) {
		return false
	}
	// 先后出任所长的张三、李四: holders one after another.
	clause := before[max(0, len(before)-90):]
	if i := bytes.LastIndexAny(clause, "，。；,;"); i >= 0 {
		clause = clause[i:]
	}
	return !containsAnyOf(clause, zhInTurn)
}

// roleOfOther reports whether a Chinese title that ends a match, after
// both names, follows another name of the object's kind right before it:
// in 甲公司成立后，张三担任乙大学校长 the post is 乙大学's, not 甲公司's.
func (m *sentMatcher) roleOfOther(src []byte, b binding) bool {
	if b.role == "" || len(b.obj) == 0 || len(b.subj) == 0 || b.obj[0].End > b.subj[0].Start {
		return false
	}
	at := bytes.LastIndex(src[:b.end], []byte(b.role))
	if at < 0 || !hasHan([]byte(b.role)) {
		return false
	}
	last := b.subj[len(b.subj)-1]
	for _, c := range m.ms {
		if c.Start < last.End || c.Start >= at || c.Entity == b.obj[0].Entity || !hasType(m.ru.rel.Object, c.Entity.Type) {
			continue
		}
		if c.End >= at {
			return true // 北京大学校长, with 北京大学校 a name: the title overlaps it
		}
		if between := bytes.TrimSuffix(src[c.End:at], []byte("的")); utf8.RuneCount(between) <= 4 && !bytes.ContainsFunc(between, doc.IsClausePunct) {
			return true
		}
	}
	return false
}

// zhShareVerbs say that a holder holds a share of a company.
var zhShareVerbs = []string{"持股", "占股"}

// heldCompany returns the company whose shares a holder's clause at, with
// no company of its own, speaks of: the nearest organisation before it in
// the sentence that is no holder itself (丙资本持股38%，丁创投持股62%: not
// 丙资本), nor one of the holders' list (由丙资本和丁创投合资组建), nor an
// agent after 由. 甲公司由丙资本和丁创投合资组建，丙资本持股38%: 甲公司.
func (m *sentMatcher) heldCompany(src []byte, at int, holders []doc.Mention) []doc.Mention {
	held := map[*dict.Entity]bool{} // what holds a share in the sentence
	for _, c := range m.ms {
		if startsWithAny(src[skipZhAdverbs(src, c.End):], zhShareVerbs) {
			held[c.Entity] = true
		}
	}
	for _, h := range holders {
		held[h.Entity] = true
	}
	holder := func(x doc.Mention) bool { return held[x.Entity] || agent(src, x.Start) }
	for k := len(m.ms) - 1; k >= 0; k-- {
		c := m.ms[k]
		if c.End > at || c.Entity.Type != dict.Organization || m.roundInvestor(src, k) {
			continue
		}
		// The whole list it is in (由A和B合资组建, A与B成立): one agent or
		// holder makes every member one.
		lo, hi := k, k+1
		for lo > 0 && zhJoined(src, m.ms[lo-1], m.ms[lo]) {
			lo--
		}
		for hi < len(m.ms) && zhJoined(src, m.ms[hi-1], m.ms[hi]) {
			hi++
		}
		if slices.ContainsFunc(m.ms[lo:hi], holder) {
			continue
		}
		return m.sameSpan(k)
	}
	return nil
}

// zhJoined reports whether a and b, one after the other, are members of
// one list joined by one of zhListJoins but a comma, which as often joins
// clauses.
func zhJoined(src []byte, a, b doc.Mention) bool {
	if b.Start < a.End {
		return false
	}
	j := string(bytes.TrimSpace(src[a.End:b.Start]))
	return j != "," && j != "，" && slices.Contains(zhListJoins, j)
}

// roundInvestor reports whether mention k is one of the investors a
// company got a round from (获得A、B的B轮融资): it is named after the
// verb of getting, in the same clause list, and 的 and the round follow.
func (m *sentMatcher) roundInvestor(src []byte, k int) bool {
	c := m.ms[k]
	lo := max(m.sent.Start, c.Start-120)
	i := bytes.LastIndex(src[lo:c.Start], []byte("获得"))
	if i < 0 || bytes.ContainsAny(src[lo+i:c.Start], "。；;") {
		return false
	}
	rest := src[c.End:min(len(src), c.End+60)]
	j := bytes.Index(rest, []byte("的"))
	return j >= 0 && !bytes.ContainsAny(rest[:j], "。；;") && containsAnyOf(rest[j:], []string{"融资", "投资"})
}

// zhInTurn say that a post was held by several, one after another.
var zhInTurn = []string{"先后", "相继", "历任", "历届", "依次", "轮流"}

// zhSoleTitles are the Chinese titles of one holder.
var zhSoleTitles = map[string]bool{"董事长": true, "总裁": true, "执行总裁": true, "首席执行官": true, "总经理": true, "院长": true, "校长": true, "所长": true,
	"主席": true, "会长": true, "社长": true, "局长": true, "理事长": true, "掌门人": true, "掌舵人": true, "一把手": true,
	"首席技术官": true, "首席财务官": true, "首席运营官": true, "首席科学家": true,
	"主任": true, "行长": true, "行政总裁": true, "馆长": true, "台长": true, "主编": true, "总编辑": true, "秘书长": true, "负责人": true}

// ownTitle returns the title a list member carries itself between the
// member before it and its name (CTO李四和首席科学家王五: 首席科学家), if
// that is one of the rule's titles; the title the list shares where the
// member has none; and "" where what stands there is no title of the
// rule's (CEO张三和CTO李四 for led): the member takes no fact.
func (m *sentMatcher) ownTitle(src []byte, prev, c doc.Mention, shared string) string {
	if prev.End > c.Start {
		return shared
	}
	t := memberDescriptor(src, prev, c)
	for _, a := range []string{"the ", "The "} {
		t = strings.TrimPrefix(t, a)
	}
	if t == "" {
		if m.titleBefore(shared) {
			// "Acme's CEO Roe and Doe": a singular English title before
			// a list is the first member's alone; plural ones ("directors
			// Roe and Doe") and Chinese ones, which do not say, are all
			// of theirs.
			return ""
		}
		return shared
	}
	for _, e := range m.ru.elems {
		if e.Kind == dict.Role && slices.ContainsFunc(e.Alts, func(a string) bool { return strings.EqualFold(a, t) }) {
			return t
		}
	}
	return "" // a title of its own that is not one of the rule's
}

// ownLead reports whether list member c, after prev, bears a
// descriptor of its own, not one of the rule's titleLead: in
// 华为联合创始人张三、前乙大学教授李四 the second is no co-founder.
func (m *sentMatcher) ownLead(src []byte, prev, c doc.Mention) bool {
	if prev.End > c.Start {
		return false
	}
	t := memberDescriptor(src, prev, c)
	return t != "" && !slices.Contains(m.ru.titleLead, t)
}

// zhPeopleNouns are the Chinese nouns of people a relative clause may
// describe: 就读于乙大学的学生. A lone 人 is not one of them: it opens
// too many other words (乙大学的人工智能实验室, 人文学院).
var zhPeopleNouns = []string{"学生", "毕业生", "校友", "学者", "学子", "青年", "人才", "人员", "员工", "职员", "同学", "孩子", "子弟", "年轻人", "人们", "工人", "教师", "老师", "专家", "科学家", "工程师", "研究人员", "技术人员", "华人"}

// peopleRelative reports whether a Chinese match ends at its object and
// the object is followed by 的 and a noun of people, with no 的 inside
// the match before the object (带领三百名就读于乙大学的学生): the verb is
// then a relative clause's on those people, not the clause subject's.
// In 张三创办的甲公司的员工 the 的 before the object makes the object the
// head of the first relative clause, which stays.
func (m *sentMatcher) peopleRelative(b binding, obj []doc.Mention) bool {
	if len(obj) == 0 {
		return false
	}
	src := m.d.Src[:m.sent.End]
	last := obj[len(obj)-1]
	if b.end > last.End || b.start > obj[0].Start || bytes.Contains(src[b.start:obj[0].Start], []byte("的")) {
		return false
	}
	p := last.End
	if k := m.mentionAt(last.Start); k >= 0 {
		// 就学于甲大学、乙大学的学生: past the list's later members.
		g := m.coordinated(k)
		p = max(p, g[len(g)-1].End)
	}
	if !bytes.HasPrefix(src[p:], []byte("的")) {
		return false
	}
	p += len("的")
	for _, n := range zhPeopleNouns {
		if bytes.HasPrefix(src[p:], []byte(n)) {
			r, _ := utf8.DecodeRune(src[p+len(n):])
			return !strings.ContainsRune("团队会群组代中里处部科办委协学联社报节", r)
		}
	}
	return false
}

// postRelations are the relations of a post or place of work, which a
// list member's own organisation speaks against.
var postRelations = map[string]bool{"worksFor": true, "led": true}

// ownOrganization reports whether o, named before the list that first
// opens, names the list's people only up to another organisation named
// between first and member c (乙大学张三、李四、甲公司王五、赵六; "Acme's
// Roe and Beta's Doe"): the later members' posts are there, not at o.
func (m *sentMatcher) ownOrganization(first, c, o doc.Mention) bool {
	if o.End > first.Start {
		return false // 张三和甲公司CEO王五加入了乙大学: both joined it
	}
	k := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start >= first.End })
	for ; k < len(m.ms) && m.ms[k].End <= c.Start; k++ {
		if e := m.ms[k].Entity; e.Type == dict.Organization && e != o.Entity {
			return true
		}
	}
	return false
}

// memberDescriptor returns what stands between list members prev and c
// past the coordinator: a title or descriptor of c's own, or "".
func memberDescriptor(src []byte, prev, c doc.Mention) string {
	between := bytes.TrimSpace(src[prev.End:c.Start])
	if n, ok := coordinator(between, 0); ok {
		between = between[n:]
	}
	return strings.TrimSpace(string(between))
}

// titleBefore reports whether the rule's title comes before its subject
// and is a singular English one.
func (m *sentMatcher) titleBefore(role string) bool {
	last, _ := utf8.DecodeLastRuneInString(role)
	if role == "" || !doc.LatinWordRune(last) || plural(role) {
		return false // no title, a Chinese one, or a plural (not "boss")
	}
	for _, e := range m.ru.elems {
		switch e.Kind {
		case dict.Role:
			return true
		case dict.Subject:
			return false
		}
	}
	return false
}

// respectively pairs the members of a subject list with those of an
// object list where the sentence says so (甲和乙分别投资了丙和丁; "Roe and
// Doe founded Acme and Beta, respectively"): it maps each subject's start
// to its object's. It returns nil where the sentence does not say so, and
// an empty map where it does but the lists, as the sentence gives them
// whole, differ in length: then no pair is sure.
func (m *sentMatcher) respectively(subj, obj []doc.Mention) map[int]int {
	if len(subj) == 0 || len(obj) == 0 || subj[0].How == doc.Coref && len(subj) > 1 {
		return nil
	}
	ks, ko := m.mentionAt(subj[0].Start), m.mentionAt(obj[0].Start)
	if ks < 0 || ko < 0 {
		return nil
	}
	sg, og := m.coordinated(ks), m.coordinated(ko)
	if len(sg) < 2 || len(og) < 2 {
		return nil // 张三和李四分别加入了甲公司: each did
	}
	src := m.d.Src[:m.sent.End]
	first, last := sg, og
	if og[0].Start < sg[0].Start {
		first, last = og, sg
	}
	if first[len(first)-1].End > last[0].Start {
		return nil // the lists overlap: no pairing to read
	}
	between := src[first[len(first)-1].End:last[0].Start]
	end := last[len(last)-1].End
	after := src[end:min(len(src), end+20)] // ", respectively"
	if !bytes.Contains(between, []byte("分别")) && !bytes.Contains(bytes.ToLower(after), []byte("respectively")) {
		return nil
	}
	pair := map[int]int{}
	if len(sg) == len(og) {
		for i := range sg {
			pair[sg[i].Start] = og[i].Start
		}
	}
	return pair
}

// namedBefore reports whether a name of one of types and a comma stand
// right before an English match at p that opens with a participle.
func (m *sentMatcher) namedBefore(src []byte, p int, types []dict.Type) bool {
	q := p
	for q > m.sent.Start && src[q-1] == ' ' {
		q--
	}
	if c := appositionStart(src[m.sent.Start:q]); c >= 0 {
		// "Acme bought Beta, a company founded by Doe": the noun phrase
		// after the comma is the name's before it.
		q = m.sent.Start + c
	}
	if q == p || q == m.sent.Start || src[q-1] != ',' || p >= len(src) || src[p] < 'a' || src[p] > 'z' {
		return false
	}
	q--
	for q > m.sent.Start && src[q-1] == ' ' {
		q--
	}
	for k := len(m.ms) - 1; k >= 0; k-- {
		if m.ms[k].End == q {
			return hasType(types, m.ms[k].Entity.Type) && !m.d.ClauseInitial(m.sent, m.ms[k])
		}
		if m.ms[k].End < q {
			break
		}
	}
	return false
}

// namedAfter reports whether "of", "at" or "for" and a mention of one of
// types follow p.
func (m *sentMatcher) namedAfter(src []byte, p int, types []dict.Type) bool {
	q := doc.SkipSpace(src, p)
	for _, w := range []string{"之外", "以外", "之后", "以后", "外", "后"} {
		if n, ok := matchLit(src, q, w); ok {
			// 除获丙资本投资外，甲公司…; 获得投资后，甲公司…: the clause
			// after the comma names whom the first one is about.
			r := q + n
			if c, w := utf8.DecodeRune(src[r:]); doc.IsClausePunct(c) {
				k := m.mentionAt(doc.SkipSpace(src, r+w))
				return k >= 0 && hasType(types, m.ms[k].Entity.Type)
			}
			break
		}
	}
	for _, w := range []string{"of ", "at ", "for "} {
		if n, ok := matchLit(src, q, w); ok {
			r := doc.SkipSpace(src, q+n)
			if n, ok := matchLit(src, r, "the "); ok {
				r = doc.SkipSpace(src, r+n)
			}
			k := m.mentionAt(r)
			return k >= 0 && hasType(types, m.ms[k].Entity.Type)
		}
	}
	return false
}

// appositionStart returns where a noun phrase that ends t starts, if it
// is an article and up to five words right after a comma ("…, a
// company", "…, an American firm"), or -1.
func appositionStart(t []byte) int {
	e := len(t)
	for n := 0; n < 6; n++ {
		s := e
		for s > 0 && (t[s-1] >= 'a' && t[s-1] <= 'z' || t[s-1] >= 'A' && t[s-1] <= 'Z' || t[s-1] == '-') {
			s--
		}
		if s == e || s == 0 || t[s-1] != ' ' {
			return -1
		}
		switch string(t[s:e]) {
		case "a", "an", "the":
			if s >= 2 && t[s-2] == ',' {
				return s - 1
			}
			return -1
		}
		e = s - 1
		if n > 0 && (e == 0 || t[e-1] == ',') {
			return -1
		}
	}
	return -1
}

// wholeLists returns subj and obj with a single argument that is a member
// of a coordinated list replaced by the list, where the two lists are
// paired member by member ("分别", "respectively").
func (m *sentMatcher) wholeLists(subj, obj []doc.Mention) ([]doc.Mention, []doc.Mention) {
	whole := func(ms []doc.Mention) []doc.Mention {
		if len(ms) != 1 {
			return ms
		}
		k := m.mentionAt(ms[0].Start)
		if k < 0 {
			return ms
		}
		if g := m.coordinated(k); len(g) > 1 {
			return g
		}
		if g := m.listBefore(k); g != nil {
			return g // a later member
		}
		return ms
	}
	s, o := whole(subj), whole(obj)
	if (len(s) > len(subj) || len(o) > len(obj)) && m.respectively(s, o) != nil {
		return s, o
	}
	return subj, obj
}

// heading reports whether sentence i is a title line: a line of its own
// that ends without a full stop (甲公司完成B轮融资, then the report on a
// new line).
func heading(d *doc.Document, i int) bool {
	if i < 0 || i >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[i]
	end := s.End
	if nl := bytes.IndexByte(d.Src[end:], '\n'); nl >= 0 {
		end += nl // what ends the sentence may stand outside its span
	} else {
		end = len(d.Src)
	}
	text := bytes.TrimSpace(d.Src[s.Start:end])
	if len(text) == 0 || len(text) > 120 {
		return false
	}
	last, _ := utf8.DecodeLastRune(text)
	if doc.IsSentenceEnd(last) || doc.IsClausePunct(last) || last == '.' {
		return false
	}
	return d.NewParagraph(i) && d.NewParagraph(i+1)
}

// zhKins are Chinese nouns of kinship: after a name (and 的) they make a
// phrase about a relative of the name's.
var zhKins = []string{"爷爷", "奶奶", "外公", "外婆", "祖父", "祖母", "父亲", "母亲", "爸爸", "妈妈", "父母", "妻子", "丈夫", "太太", "夫人",
	"儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "岳父", "岳母", "舅舅", "叔叔", "伯父", "家人",
	"侄子", "侄女", "堂侄", "外甥", "孙子", "孙女", "外孙", "堂兄", "堂弟", "堂姐", "堂妹", "表兄", "表弟", "表姐", "表妹",
	"儿媳", "女婿", "姑姑", "姨妈", "伯母", "婶婶", "兄长", "胞弟", "胞兄", "长子", "次子", "长女", "次女", "独子", "前妻", "遗孀", "养子", "继子",
	"曾祖父", "曾祖母", "外祖父", "外祖母", "高祖父", "曾孙", "叔父", "舅父", "姑父", "姨父"}

// zhRelativeOpens reports whether a relative of the subject's opens at
// j, in a gap after the subject: a pronoun and a kinship noun (她父亲,
// 其父), or a kinship noun opening a clause (，父亲…); not after 和, 与 or
// 跟, where the relative is one more subject.
func zhRelativeOpens(src []byte, j int) bool {
	before := runeBefore(src, j)
	if strings.ContainsRune("和与跟同及", before) {
		return false
	}
	r, w := utf8.DecodeRune(src[j:])
	switch {
	case r == '他' || r == '她' || r == '其':
		if zhKinAfter(src, j+w) {
			return true
		}
		next, _ := utf8.DecodeRune(src[j+w:])
		return r == '其' && strings.ContainsRune("父母妻夫兄弟姐妹", next)
	case before == '，' || before == ',':
		return zhKinAfter(src, j)
	}
	return false
}

// zhKinAfter reports whether a kinship noun, perhaps after 的, follows p.
func zhKinAfter(src []byte, p int) bool { return kinEnd(src, p) >= 0 }

// kinEnd returns where the kinship noun that follows p, perhaps after
// 的, ends, or -1.
func kinEnd(src []byte, p int) int {
	if n, ok := matchLit(src, p, "的"); ok {
		p += n
	}
	for _, w := range zhKins {
		if bytes.HasPrefix(src[p:], []byte(w)) {
			return p + len(w)
		}
	}
	return -1
}

// zhTieApposition reports whether the name ending at p heads a noun
// phrase of another person tied to it, closed by a comma: in
// 李四，张三的学生，加入了甲公司 the clause goes on with 李四, and in
// 张三的学生，后加入甲公司 with the student, unnamed.
func zhTieApposition(src []byte, p int) bool {
	n, ok := matchLit(src, p, "的")
	if !ok {
		return false
	}
	p += n
	for _, w := range zhTies {
		if bytes.HasPrefix(src[p:], []byte(w)) {
			r, _ := utf8.DecodeRune(src[p+len(w):])
			return r == '，' || r == ','
		}
	}
	return false
}

// zhTies are people tied to another by study or work, longest first.
var zhTies = []string{"得意门生", "博士生", "研究生", "博士后", "学生", "弟子", "门生", "高徒", "助手", "秘书", "同事", "同学", "好友", "挚友", "朋友", "搭档"}

// zhKinBefore reports whether a kinship noun stands right before p.
func zhKinBefore(src []byte, p int) bool { return endsWithAny(src[:p], zhKins) }

// kinHead returns the person named right after the kinship noun that
// follows p (张三的儿子李四: 李四; 他母亲的伯父李四: 李四), or the person a
// copula names with the clause's last words (他的伯父是物理学家李四，…:
// 李四), or -1.
func (m *sentMatcher) kinHead(src []byte, p int) int {
	e := kinEnd(src, p)
	if e < 0 {
		return -1
	}
	for f := kinEnd(src, e); f >= 0; f = kinEnd(src, e) {
		e = f
	}
	q := doc.SkipSpace(src, e)
	if k := m.mentionAt(q); k >= 0 && m.ms[k].Entity.Type == dict.Person {
		return k
	}
	n, ok := matchLit(src, q, "是")
	if !ok {
		return -1
	}
	return m.namedLast(src, q+n)
}

// namedLast returns the person whose name ends the clause within a few
// words of description after p (著名的物理学家李四，), or -1: the
// description holds no other name and no punctuation.
func (m *sentMatcher) namedLast(src []byte, p int) int {
	end := m.sent.End
	for n, j := 0, p; n <= 12 && j < end; n++ {
		if k := m.mentionAt(j); k >= 0 {
			c := m.ms[k]
			if c.Entity.Type != dict.Person {
				return -1
			}
			r, _ := utf8.DecodeRune(src[doc.SkipSpace(src[:end], c.End):])
			if r != '，' && r != ',' {
				return -1
			}
			return k
		}
		r, w := utf8.DecodeRune(src[j:])
		if doc.IsClausePunct(r) || unicode.IsPunct(r) {
			return -1
		}
		j += w
	}
	return -1
}

// zhEventNouns name an event or an era after a person's name (六六事件,
// 张三时代): the name is no one's subject.
var zhEventNouns = []string{"事件", "风波", "丑闻", "事故", "案", "时代", "效应"}

// containsAnyOf reports whether b contains one of words.
func containsAnyOf(b []byte, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return bytes.Contains(b, []byte(w)) })
}

// startsWithAny reports whether b starts with one of words.
func startsWithAny(b []byte, words []string) bool {
	for _, w := range words {
		if bytes.HasPrefix(b, []byte(w)) {
			return true
		}
	}
	return false
}

// endsWithAny reports whether b ends with one of words.
func endsWithAny(b []byte, words []string) bool {
	for _, w := range words {
		if bytes.HasSuffix(b, []byte(w)) {
			return true
		}
	}
	return false
}

// verbObject reports whether the clause before at ends in a verb with 了
// or 过 that takes no post (约谈了, 会见了, 起诉过): what follows is the
// verb's object. 担任了 and 成为了 give posts; they are not such verbs.
func verbObject(src []byte, lo, at int) bool {
	text := bytes.TrimSpace(src[doc.ClauseStart(src, lo, at):at])
	rest, ok := bytes.CutSuffix(text, []byte("了"))
	if !ok {
		rest, ok = bytes.CutSuffix(text, []byte("过"))
	}
	return ok && len(rest) > 0 && !endsWithAny(rest, zhTakesPost)
}

// zhTakesPost are the verbs whose object is a post the subject takes, as
// a clause's end: zhPostVerbs (任 ends 担任, 出任, 升任; 为 ends 升为) and
// those that only end a clause so (做, 兼, 执掌…).
var zhTakesPost = append(slices.Clone(zhPostVerbs), "当上", "做", "作", "出掌", "接掌", "执掌", "兼")

// namesOwnSubject reports whether a match of a pattern without {s} holds,
// before its object, a named mention that could be the subject.
func namesOwnSubject(m *sentMatcher, types []dict.Type, b binding) bool {
	end := b.end
	if len(b.obj) > 0 {
		end = b.obj[0].Start
	}
	for k, c := range m.ms {
		if c.Start >= b.start && c.End <= end && c.How != doc.Coref && hasType(types, c.Entity.Type) && !m.companion(k) {
			return true
		}
	}
	return false
}

// postListMember reports whether at opens a member of a list joined by
// 、 whose first member comes right after a verb of holding posts (历任,
// 曾任, 担任, 任…) in the list's clause.
func (m *sentMatcher) postListMember(at int) bool {
	src := m.d.Src
	lo := m.sent.Start
	c := doc.ClauseStart(src, lo, at)
	if c <= lo {
		return false
	}
	if r, _ := utf8.DecodeLastRune(src[lo:c]); r != '、' {
		return false
	}
	e := listClauseStart(src, lo, at)
	first := at
	if k := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start >= e }); k < len(m.ms) {
		first = min(first, m.ms[k].Start)
	}
	_, q := doc.TrimSpace(src, e, first)
	return endsWithAny(src[e:q], []string{"任"}) && !endsWithAny(src[e:q], []string{"主任", "责任", "信任"})
}

// subjectBefore reports whether a mention before at is the subject of
// its clause.
func (m *sentMatcher) subjectBefore(at int) bool {
	for k, c := range m.ms {
		if c.End > at {
			break
		}
		if m.postListMember(c.Start) {
			// 历任甲公司经理、戊科技经理、乙大学校长: a member of a list of
			// posts after 、 opens no clause of its own.
			continue
		}
		if m.d.ClauseSubject(m.sent, c) || m.clauseInitial(k) {
			return true
		}
	}
	return false
}

// personHolds are the words after a person's name that make the name
// after them one the person holds: 卢志强下属的中国泛海.
var personHolds = []string{"下属", "旗下", "麾下", "控制的", "控股的"}

// heldBy reports whether the text from p to q is one of personHolds, 的
// and a few characters of description at most.
func heldBy(src []byte, p, q int) bool {
	return q-p <= 30 && startsWithAny(src[p:q], personHolds) && !bytes.ContainsFunc(src[p:q], doc.IsClausePunct)
}

// clauseSubject is the subject a continuing clause shares with the
// clause that opens its sentence (张三博士毕业后，便担任X研究员): the person
// who opens an earlier clause, if the relation takes a person; nothing
// else. An organisation that opens a sentence is as often its source
// (36氪获悉，…) as its subject.
func clauseSubject(d *doc.Document, m *sentMatcher, types []dict.Type, at int) []doc.Mention {
	for _, c := range m.ms {
		if c.End > at {
			break
		}
		if runeBefore(d.Src, c.Start) == '、' {
			continue // 结识了王五、李四等人，并任…: a list's later member
		}
		if m.opensClause(c) {
			if d.Labels[c.Start] {
				return nil // "Pieter Abbeel: …到去谷歌工作" asks about someone else
			}
			if k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= c.Start }); k < len(d.Mentions) {
				if j := mainClauseOpener(d, m.sent, k); j >= 0 && d.Mentions[j].End <= at {
					continue // 中共建政後，叶圣陶曾担任…: the main clause's subject
				}
			}
			if c.Entity.Type == dict.Person && hasType(types, c.Entity.Type) && !possessive(d.Src, c, true) {
				if startsWithAny(d.Src[c.End:], personHolds) {
					// 卢志强下属的中国泛海控股集团…，成为X的股东: the group,
					// where the relation takes one.
					if k := m.mentionAt(c.Start); k >= 0 && k+1 < len(m.ms) && hasType(types, dict.Organization) {
						if g := m.ms[k+1]; g.Entity.Type == dict.Organization && g.End <= at && heldBy(d.Src, c.End, g.Start) {
							return []doc.Mention{g}
						}
					}
					return nil
				}
				if zhKinAfter(d.Src, c.End) {
					return nil // 施一公母亲来自…，后考入X: his mother
				}
				return []doc.Mention{c}
			}
			if k := m.mentionAt(c.Start); c.Entity.Type == dict.Organization && hasType(types, dict.Person) && k >= 0 && !m.alumnusHead(d.Src, c) {
				// 创新奇智CTO张发恩，…，曾任微软高级架构师: an organisation,
				// a title and a person open the clause; the person is its
				// subject (not its alumnus: 浙高校友蒋夢麟首任校长，…，正式
				// 成立X tells what the school did).
				if h := m.head(d.Src, k); h >= 0 && m.ms[h].End <= at && !possessive(d.Src, m.ms[h], true) {
					return []doc.Mention{m.ms[h]}
				}
			}
			if o, ok := m.openingOrg(types, at); ok && o.Start == c.Start {
				// 元禾璞华是…投资团队之一，曾投中了A、B: where the relation
				// takes an organisation, the one that opens the sentence
				// goes on as the subject of its later clauses.
				if k := m.mentionAt(o.Start); k >= 0 {
					if h := m.orgHead(d.Src, k); h >= 0 && m.ms[h].End <= at {
						// 丙资本下属的丁创投注资…，成为甲公司第三大股东:
						// the subsidiary is the subject.
						return []doc.Mention{m.ms[h]}
					}
				}
				return []doc.Mention{o}
			}
			return nil
		}
	}
	return nil
}

// openingOrg returns the first mention of the sentence that opens its
// clause as its subject, if the relation takes an organisation, the
// mention is one and ends before at, and no person is named before it:
// not a news source, and no possessor (甲公司的竞争对手, "Acme's rival").
// A name inside a clause before it is passed over (根据丙资本的数据，甲公司
// 先后投资了…).
func (m *sentMatcher) openingOrg(types []dict.Type, at int) (doc.Mention, bool) {
	if !hasType(types, dict.Organization) {
		return doc.Mention{}, false
	}
	src := m.d.Src
	for k, c := range m.ms {
		if c.End > at || c.Entity.Type == dict.Person {
			break
		}
		if !m.opensClause(c) {
			continue
		}
		// 与苹果、三星等品牌竞争时: a later member of a list opens no clause,
		// nor does one of a list of posts (曾任甲公司主任、乙大学部长等职).
		// 浙高校友蒋夢麟首任校长，…，正式成立X: an organisation that
		// opens a person's phrase is no subject.
		ok := c.Entity.Type == dict.Organization && !m.inList(k) && runeBefore(src, c.Start) != '、' && !doc.NewsSource(src, c.End) && !possessive(src, c, true) && !doc.ZhPossessorAt(src, c.End) && !m.alumnusHead(src, c)
		return c, ok
	}
	return doc.Mention{}, false
}

// opensClause reports whether c is the subject that opens its clause, also
// after a connective (而美团早已…) or as the topic of 以…为例.
func (m *sentMatcher) opensClause(c doc.Mention) bool {
	if m.d.ClauseSubject(m.sent, c) {
		return true
	}
	src := m.d.Src
	s, _ := doc.TrimSpace(src, doc.ClauseStart(src, m.sent.Start, c.Start), c.Start)
	pre := string(src[s:c.Start])
	return zhConnectives[pre] || pre == "以" && bytes.HasPrefix(src[c.End:m.sent.End], []byte("为例"))
}

// otherPersonInClause reports whether a person other than subj, and not
// listed with it (张三和李四多次合作，发表…), is named after subj and
// before at, in the clause that holds at; with verbs, only one that one
// of them follows (王五宣布张三接任…, not 被王五任命为…).
func (m *sentMatcher) otherPersonInClause(subj []doc.Mention, at int, verbs []string) bool {
	last := subj[len(subj)-1]
	var group []doc.Mention
	if k := m.mentionAt(subj[0].Start); k >= 0 {
		group = m.coordinated(k)
	}
	c := max(last.End, doc.ClauseStart(m.d.Src, m.sent.Start, at))
	for _, x := range m.ms {
		if x.Start >= at {
			break
		}
		if x.Start < c || x.Entity.Type != dict.Person {
			continue
		}
		same := func(y doc.Mention) bool { return y.Entity == x.Entity }
		if !slices.ContainsFunc(subj, same) && !slices.ContainsFunc(group, same) && (verbs == nil || startsWithAny(m.d.Src[x.End:], verbs) && !startsWithAny(m.d.Src[x.End:], zhAppointVerbs)) {
			return true
		}
	}
	return false
}

// mergedInto reports whether gap, the words between a founding's subject
// and object in one clause, says the subject merged into the object.
func mergedInto(gap []byte) bool {
	return !bytes.ContainsFunc(gap, doc.IsClausePunct) && containsAnyOf(gap, zhMergedInto)
}

// zhMergedInto are what stands between merging bodies and the one they
// form: 合并成立, 合并组成, 合併為.
var zhMergedInto = []string{"合并成立", "合併成立", "合并组成", "合併組成", "合并为", "合併為", "合并成为", "合併成為"}

// foundingOnObject reports whether gap, the words between a subject and
// an object in one clause, holds a verb that acts on the object (加入,
// 投资, 收购 …) and after it, a few characters before the object, a verb
// of founding with 的 after that: the founding is said of the object in
// a relative clause (加入成立不久的, 投资了成立三年的).
func foundingOnObject(gap []byte) bool {
	if bytes.ContainsFunc(gap, doc.IsClausePunct) {
		return false // the subject from another clause
	}
	i := -1
	for _, v := range zhObjectVerbs {
		if j := bytes.Index(gap, []byte(v)); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 {
		return false
	}
	rest := gap[i:]
	for _, v := range zhFoundingVerbs {
		if j := bytes.Index(rest, []byte(v)); j >= 0 && bytes.Contains(rest[j+len(v):], []byte("的")) && utf8.RuneCount(rest[j:]) <= 10 {
			return true
		}
	}
	return false
}

// zhObjectVerbs act on an organisation named after them: joining,
// investing in, buying.
var zhObjectVerbs = []string{"加入", "加盟", "投资", "入股", "收购", "并购", "控股", "参股", "注资", "领投", "跟投", "入职", "进入"}

// zhTakeVerbs say that the person before them takes a post (not 任命,
// one of zhAppointVerbs: 被孔祥熙任命为… gives one).
var zhTakeVerbs = []string{"接任", "担任", "出任", "兼任", "升任", "就任", "改任", "调任", "继任", "任"}

// zhAfterPhrase returns where a short clause of time that ends in 后
// (中学毕业后, 回国后) ends, if one of two to seven Han characters with
// no 的 and no name opens at p; else p.
func (m *sentMatcher) zhAfterPhrase(src []byte, p int) int {
	// It is tried at every clause start for every rule that opens one:
	// the characters first, the names only where 后 ends them.
	q := p
	for n := 0; n <= 6 && q < m.sent.End; n++ {
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) || r == '的' {
			return p
		}
		q += w
		if r == '后' && n > 0 {
			k := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start >= p })
			if k < len(m.ms) && m.ms[k].Start < q || m.coveredBy(p) >= 0 {
				return p // a name in it
			}
			return q
		}
	}
	return p
}

// zhConnectives are Chinese words that link a clause to what came before
// and may stand before its subject.
var zhConnectives = wordSet("而 但 但是 不过 然而 同时 此外 另外 而且 并且 因此 所以 其后 随后 此后 后来")

// zhAppointVerbs are verbs of hiring and appointing that complete a
// passive 被 whose agent is the name before them.
var zhAppointVerbs = []string{"聘", "录用", "录取", "任命", "委任", "委派", "邀请", "选为", "推举", "授予", "派往", "派遣", "提拔", "提名"}

// nameAfterTitles reports whether a list goes on with 、 after p and ends,
// within a few dozen characters and the clause, in a person's name.
func nameAfterTitles(m *sentMatcher, p int) bool {
	src := m.d.Src[:m.sent.End]
	q := doc.SkipSpace(src, p)
	if !bytes.HasPrefix(src[q:], []byte("、")) {
		return false
	}
	for n, j := 0, q+len("、"); n < 30 && j < len(src); n++ {
		if k := m.mentionAt(j); k >= 0 && m.ms[k].Entity.Type == dict.Person {
			return true
		}
		r, w := utf8.DecodeRune(src[j:])
		if r != '、' && doc.IsClausePunct(r) {
			return false
		}
		j += w
	}
	return false
}

// titleOfNext reports whether a match that ends with a title is followed
// by a person's name: the title is that person's (与时任上海交通大学校长张杰:
// 张杰 is the president, not the subject before).
//
// A title the clause's end closes may still open a list of titles that a
// name ends: in 局长支树平，银保监会主席、党委书记郭树清 the chair is
// 郭树清's, not 支树平's.
func titleOfNext(m *sentMatcher, b binding) bool {
	src := m.d.Src[:m.sent.End]
	last := len(m.ru.elems) - 1
	if m.ru.elems[last].Kind == dict.End && last > 0 && m.ru.elems[last-1].Kind == dict.Role {
		return m.titlesBeforeName(src, b.end)
	}
	if m.ru.elems[last].Kind == dict.Lit && endsWithAny(src[:b.end], zhFounderNouns) {
		// 李四是甲公司创始人张三的女儿: the founder is the one named
		// right after the noun.
		k := m.mentionAt(doc.SkipSpace(src, b.end))
		return k >= 0 && m.ms[k].Entity.Type == dict.Person && !slices.ContainsFunc(b.subj, func(s doc.Mention) bool { return s.Entity == m.ms[k].Entity })
	}
	if m.ru.elems[last].Kind != dict.Role {
		return false
	}
	if m.roleOfNamed(src, b) {
		return true
	}
	p := doc.SkipSpace(src, b.end)
	if n, ok := matchLit(src, p, "的"); ok {
		// 担任过甲公司系主任的拉比, 他建议已是甲公司主席的刘炯朗: a title
		// before 的 and a name describes that name, not the clause's
		// subject.
		k := m.mentionAt(p + n)
		return k >= 0 && m.ms[k].Entity.Type == dict.Person && !slices.ContainsFunc(b.subj, func(s doc.Mention) bool { return s.Entity == m.ms[k].Entity })
	} else if !m.ru.hasS {
		// 时任X代秘书长的程光胜: a longer title, then the one it describes.
		q := p
		for n := 0; n < 2 && q < len(src); n++ {
			r, w := utf8.DecodeRune(src[q:])
			if r == '的' || !unicode.Is(unicode.Han, r) {
				break
			}
			q += w
		}
		if n, ok := matchLit(src, q, "的"); ok && q > p {
			if k := m.mentionAt(q + n); k >= 0 && m.ms[k].Entity.Type == dict.Person {
				return true
			}
		}
	}
	k := m.mentionAt(p)
	return k >= 0 && m.ms[k].Entity.Type == dict.Person
}

// roleOfNamed reports whether an English title that ends a match is
// followed by a preposition and another named organisation or project:
// "Acme hired Roe as director on Gizmo", "…as president of Beta Labs"
// give the post at what is named after it, not at the organisation that
// hired or named the person.
func (m *sentMatcher) roleOfNamed(src []byte, b binding) bool {
	preps := []string{" of ", " on ", " for ", " at "}
	if r := "to " + b.role; b.role != "" && b.end >= len(r) && strings.EqualFold(string(src[b.end-len(r):b.end]), r) {
		preps = append(preps, " ") // "recruited Roe, then at X, to head Beta Labs": the title is a verb
	}
	for _, prep := range preps {
		n, ok := matchLit(src, b.end, prep)
		if !ok {
			continue
		}
		k := m.mentionAt(pastThe(src, doc.SkipSpace(src, b.end+n)))
		return k >= 0 && m.ms[k].Entity.Type != dict.Person && !slices.ContainsFunc(b.obj, func(o doc.Mention) bool { return o.Entity == m.ms[k].Entity })
	}
	return false
}

// coordinatedPerson reports whether the document's mention k is joined
// by a coordinator to a person named right after it (张三和李四, 张三、李四,
// "Roe and Doe").
func coordinatedPerson(d *doc.Document, k int) bool {
	if k+1 >= len(d.Mentions) {
		return false
	}
	next := d.Mentions[k+1]
	if next.Entity.Type != dict.Person || next.Entity == d.Mentions[k].Entity || next.Start < d.Mentions[k].End {
		return false
	}
	p := doc.SkipSpace(d.Src, d.Mentions[k].End)
	n, ok := coordinator(d.Src, p)
	for i := 0; !ok && i < len(zhWith); i++ {
		n, ok = matchLit(d.Src, p, zhWith[i]) // 同, 跟
	}
	return ok && doc.SkipSpace(d.Src, p+n) == next.Start
}

// namedMore reports whether the document names a more often than b: by
// the whole document's counts where d is one of its blocks.
func namedMore(d *doc.Document, a, b *dict.Entity) bool {
	if d.Whole != nil {
		return d.Whole.Named[a] > d.Whole.Named[b]
	}
	n := 0
	for _, c := range d.Mentions {
		switch {
		case c.How == doc.Coref:
		case c.Entity == a:
			n++
		case c.Entity == b:
			n--
		}
	}
	return n > 0
}

// groupUnresolved reports whether the clause at at holds a word for a
// group of people (二人, 他们) that coreference resolved to no one.
func (m *sentMatcher) groupUnresolved(at int) bool {
	src := m.d.Src[:m.sent.End]
	for p := at; p < len(src); {
		r, w := utf8.DecodeRune(src[p:])
		if doc.IsClausePunct(r) {
			return false
		}
		if r >= utf8.RuneSelf && (startsWithAny(src[p:], zhHeadCounts) || startsWithAny(src[p:], zhGroupPronouns)) {
			return m.mentionAt(p) < 0
		}
		p += w
	}
	return false
}

// zhGroupPronouns are the Chinese pronouns of a group of people.
var zhGroupPronouns = []string{"他们", "她们", "他俩", "她俩"}

// andIn reports whether the word "and" stands in text.
func andIn(text []byte) bool {
	return bytes.Contains(text, []byte(" and ")) || bytes.Contains(text, []byte(" and,"))
}

// infinitiveLit reports whether e is literal text that opens an English
// infinitive (", to ", "to ").
func infinitiveLit(e dict.Elem) bool {
	if e.Kind != dict.Lit {
		return false
	}
	for _, a := range e.Alts {
		if t := strings.TrimLeft(a, " ,"); strings.HasPrefix(t, "to ") {
			return true
		}
	}
	return false
}

// zhFounderNouns are the Chinese nouns of a founder that rules spell out.
var zhFounderNouns = []string{"创始人", "创办人", "创建人", "创立者", "创办者", "奠基人"}

// zhOccupation reports whether a Chinese title is a trade (画家, 作家,
// 演员), held by itself, not a post that an organisation gives: a -家 of
// the arts, letters and sciences, or a performer's trade.
func zhOccupation(role string) bool {
	if role == "" || strings.HasPrefix(role, "首席") || strings.HasPrefix(role, "驻") {
		return false
	}
	if strings.HasSuffix(role, "家") {
		return !strings.HasSuffix(role, "专家") && !strings.HasSuffix(role, "管家")
	}
	for _, w := range []string{"演员", "诗人", "歌手"} {
		if strings.HasSuffix(role, w) {
			return true
		}
	}
	return false
}

// titlesBeforeName reports whether a list of titles joined by 、 goes on
// at p and a person's name comes before its clause ends.
func (m *sentMatcher) titlesBeforeName(src []byte, p int) bool {
	p = doc.SkipSpace(src, p)
	n, ok := matchLit(src, p, "、")
	if !ok {
		return false
	}
	end := p + n
	for end < len(src) {
		r, w := utf8.DecodeRune(src[end:])
		if doc.IsClausePunct(r) && r != '、' {
			break
		}
		end += w
	}
	for k := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start >= p }); k < len(m.ms) && m.ms[k].Start < end; k++ {
		if m.ms[k].Entity.Type == dict.Person {
			return true
		}
	}
	return false
}

// singularApposition reports whether an English apposition with a
// singular noun follows p: ", an engineer at", ", the director of"; not
// ", the co-founders of". A bare title, with no article, must stand before
// its preposition: "Doe and Roe, founder of Acme", ", former CEO of".
func singularApposition(src []byte, p int) bool {
	for _, a := range []string{", a ", ", an ", ", the "} {
		if n, ok := matchLit(src, p, a); ok {
			w := string(src[p+n : hyphenWordEnd(src, p+n)])
			if w != "" && a == ", the " {
				// "A and B, the future creators of X": the noun the
				// phrase's preposition follows is its head.
				for q, k := p+n, 0; k < 3; k++ {
					q = doc.SkipSpace(src, hyphenWordEnd(src, q))
					if next := lowerWordAt(src, q); next == "" || next == "of" || next == "at" || next == "for" || next == "in" {
						break
					}
					if next := string(src[q:hyphenWordEnd(src, q)]); next != "" {
						w = next
					}
				}
			}
			return w != "" && (a != ", the " || !plural(w))
		}
	}
	n, ok := matchLit(src, p, ", ")
	if !ok {
		return false
	}
	q := p + n
	e := hyphenWordEnd(src, q)
	for bareTitlePre[strings.ToLower(string(src[q:e]))] && e < len(src) && src[e] == ' ' {
		q = e + 1
		e = hyphenWordEnd(src, q)
	}
	w := string(src[q:e])
	if w == "" || plural(w) || bareNotTitle[strings.ToLower(w)] {
		return false
	}
	return slices.ContainsFunc([]string{" of ", " at ", " for "}, func(prep string) bool {
		_, ok := matchLit(src, e, prep)
		return ok
	})
}

// pastThe returns where the text goes on after an English article "the"
// at p, or p.
func pastThe(src []byte, p int) int {
	if n, ok := matchLit(src, p, "the "); ok && n > 3 {
		return doc.SkipSpace(src, p+n)
	}
	return p
}

// hyphenWordEnd returns the end of the Latin word at p, hyphens included
// ("co-founder").
func hyphenWordEnd(src []byte, p int) int {
	for p < len(src) && src[p] < utf8.RuneSelf && (doc.LatinWordRune(rune(src[p])) || src[p] == '-') {
		p++
	}
	return p
}

// plural reports whether an English noun ends as a plural does (not
// "boss").
func plural(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

// bareTitlePre may stand before a bare title ("former CEO of").
var bareTitlePre = wordSet(`former then later current acting interim founding longtime long-time senior chief`)

// bareNotTitle are words that open no apposition of a title after a list.
var bareNotTitle = wordSet(`both all each respectively and or who which whose whom when where while as with by in on at of for to from`)

// whoseClause reports whether the text between the subject and the end of
// the match opens with "whose" and does not close that clause: in "Roe,
// whose brother works at Acme, declined" the work is the brother's.
func (m *sentMatcher) whoseClause(b binding, subj doc.Mention) bool {
	src := m.d.Src
	if subj.End > b.end {
		return false
	}
	p := doc.SkipSpace(src, subj.End)
	if p < len(src) && src[p] == ',' {
		p = doc.SkipSpace(src, p+1)
	}
	n, ok := matchLit(src, p, "whose ")
	// The match may end inside "whose " itself, where a line break
	// stands for its space: that opens no clause the match goes into.
	return ok && p+n <= b.end && bytes.IndexByte(src[p+n:b.end], ',') < 0
}

// relativeObject reports whether a subject list from first to last ends
// an English relative clause that a comma closes right after it, and the
// match goes on past that comma: in
// "Gamma, which backed Beta, also invested in Acme" Beta is what the
// clause's verb took, not the subject of what follows.
func (m *sentMatcher) relativeObject(b binding, first, last doc.Mention) bool {
	src := m.d.Src
	p := doc.SkipSpace(src, last.End)
	if p >= len(src) || src[p] != ',' || b.end <= p {
		return false // the match ends inside the clause: it states the clause
	}
	before := src[m.sent.Start:first.Start]
	i := bytes.LastIndexAny(before, ",;(")
	if i < 0 {
		return false
	}
	words := bytes.Fields(before[i+1:])
	if len(words) < 2 {
		return false // "Gamma, Beta and Delta, …": no verb between
	}
	switch string(words[0]) {
	case "which", "who", "that", "whom":
		return true
	}
	return false
}

// relativeClause reports whether a match that ends with its verb, after
// its subject or with one from context, is a Chinese relative clause on
// the person named after it: in 张三和在甲公司工作的李四是同学 the work is
// 李四's.
func (m *sentMatcher) relativeClause(b binding, subj []doc.Mention) bool {
	last := m.ru.elems[len(m.ru.elems)-1]
	if last.Kind != dict.Lit || len(subj) == 0 || m.ru.hasS && b.subj[0].End > b.end {
		return false
	}
	src := m.d.Src[:m.sent.End]
	n, ok := matchLit(src, b.end, "的")
	if !ok {
		return false
	}
	k := m.mentionAt(b.end + n)
	if k < 0 {
		k = m.nameWithin(src, b.end+n, 6)
	}
	return k >= 0 && m.ms[k].Entity.Type == dict.Person && !slices.ContainsFunc(subj, func(s doc.Mention) bool { return s.Entity == m.ms[k].Entity })
}

// possessiveOwner reports whether the first name in the clause of a
// match, before it, is one of types followed by 的 and a noun that names
// no one: that noun, not the name, is what the clause is about.
func possessiveOwner(m *sentMatcher, b binding, types []dict.Type) bool {
	x, ok := clauseOpener(m, b)
	if !ok || !hasType(types, x.Entity.Type) {
		return false
	}
	q := m.ownedNoun(x, b.start)
	return q >= 0 && !zhRoundAfter(m.d.Src, q)
}

// clauseOpener returns the first mention of the clause of a match, if one
// stands before the match.
func clauseOpener(m *sentMatcher, b binding) (doc.Mention, bool) {
	c := doc.ClauseStart(m.d.Src, m.sent.Start, b.start)
	for _, x := range m.ms {
		if x.Start >= c && x.End <= b.start {
			return x, true
		}
	}
	return doc.Mention{}, false
}

// ownedNoun returns where a noun that names no one starts after mention x
// and 的, before end (张三的妻子, 甲公司的竞争对手), or -1.
func (m *sentMatcher) ownedNoun(x doc.Mention, end int) int {
	n, ok := matchLit(m.d.Src, x.End, "的")
	if !ok || x.End+n >= end || m.mentionAt(x.End+n) >= 0 {
		return -1
	}
	return x.End + n
}

// zhRoundAfter reports whether a funding round's name starts at p (B轮,
// A+轮, 天使轮, 新一轮): 甲公司的B轮融资获得了… is still about 甲公司.
func zhRoundAfter(src []byte, p int) bool {
	for _, w := range []string{"天使轮", "种子轮", "新一轮", "本轮", "首轮", "融资", "投资"} {
		if _, ok := matchLit(src, p, w); ok {
			return true
		}
	}
	r, w := utf8.DecodeRune(src[p:])
	if 'A' <= r && r <= 'F' || 'a' <= r && r <= 'f' {
		q := p + w
		if q < len(src) && src[q] == '+' {
			q++
		}
		_, ok := matchLit(src, q, "轮")
		return ok
	}
	return false
}

// possessiveSubject reports whether the clause of a match without {s}
// opens, before it, with an English possessive ("His father graduated
// from X"): the clause's subject is someone's relative or colleague, not
// the person the context offers. A possessive after the clause's first
// name ("Roe got her B.A. from Acme and her J.D. from Beta") is that
// name's.
func possessiveSubject(m *sentMatcher, b binding) bool {
	x, ok := clauseOpener(m, b)
	if !ok {
		return false
	}
	// 张三的妻子在甲公司工作: the clause is about his wife, unless she is
	// named right after (他的父亲朱汝瑾…，并且任教于X: 朱汝瑾, whom
	// implicit finds).
	if x.Entity.Type == dict.Person {
		if p := m.ownedNoun(x, b.start); p >= 0 {
			if k := m.kinHead(m.d.Src, p); k >= 0 && m.ms[k].End <= b.start {
				return false
			}
			return true
		}
		// "Roe's daughter studied at X": the same in English, for a
		// relative.
		if n := possessiveAt(m.d.Src, x.End); n > 0 && x.End+n < b.start && enKins[lowerWordAt(m.d.Src, x.End+n)] {
			return true
		}
	}
	return possessive(m.d.Src, x, true)
}

// nearPlace reports whether text, before a place, ends with a word that
// puts what it describes near the place rather than in it.
func nearPlace(text []byte) bool {
	t := bytes.ToLower(bytes.TrimRight(text, " "))
	for _, w := range []string{" near", " outside", " outside of", " close to", " not far from", " north of", " south of",
		" east of", " west of", " miles from", " kilometres from", " kilometers from", " km from"} {
		if bytes.HasSuffix(t, []byte(w)) {
			return true
		}
	}
	return false
}

// enKins are English nouns of kinship and marriage.
var enKins = wordSet(`father mother son daughter wife husband brother sister parents children child grandfather
	grandmother grandson granddaughter uncle aunt cousin nephew niece widow widower fiance fiancee stepfather stepmother
	stepson stepdaughter sons daughters brothers sisters`)

// orgSubjectBefore reports whether an organisation named before at opens
// a clause of the sentence and acts in it, with a verb and 了 or 过 right
// after it (商务印书馆出版了…): a title after an organisation (清华大学
// 教授，曾任…) is not the organisation acting.
func (m *sentMatcher) orgSubjectBefore(at int) bool {
	src := m.d.Src
	for _, c := range m.ms {
		if c.End > at || c.Entity.Type != dict.Organization || !m.d.ClauseSubject(m.sent, c) {
			continue
		}
		for i, n := c.End, 0; i < at && n < 6; n++ {
			r, w := utf8.DecodeRune(src[i:])
			if doc.IsClausePunct(r) {
				break
			}
			if r == '了' || r == '过' {
				return true
			}
			i += w
		}
	}
	return false
}

// personSubjectIn reports whether a person opens a clause of sentence
// sent, whose mentions start at index k of d.Mentions (联想集团注资重组金山，
// 雷军出任总经理: the last clause is his).
func personSubjectIn(d *doc.Document, sent doc.Span, k int) bool {
	for ; k < len(d.Mentions) && d.Mentions[k].End <= sent.End; k++ {
		if c := d.Mentions[k]; c.Entity.Type == dict.Person && d.ClauseSubject(sent, c) {
			return true
		}
	}
	return false
}

// zhPostAfter reports whether text, after an organisation's name, names a
// post within a few characters (清华大学生物系主任, 甲公司的副总裁): the name
// is the post's, not a subject.
func zhPostAfter(text []byte) bool {
	if bytes.HasPrefix(text, []byte("的")) {
		return true // 甲公司的产品: the name is a possessor, not the subject
	}
	for i, n := 0, 0; i < len(text) && n <= 6; n++ {
		if startsWithAny(text[i:], zhPostStarts) {
			return true
		}
		r, w := utf8.DecodeRune(text[i:])
		if strings.ContainsRune("，,。；;：:、", r) {
			return false
		}
		i += w
	}
	return false
}

// zhPostStarts are the first words of posts.
var zhPostStarts = []string{"副", "主任", "院长", "校长", "所长", "系主任", "董事", "总经理", "总裁", "总监", "教授", "讲师", "主席", "社长",
	"局长", "部长", "处长", "厅长", "书记", "委员", "研究员", "负责人", "首席", "总编", "主编", "创始人", "合伙人", "CEO", "CTO", "COO", "CFO", "常务", "执行"}

// implicit supplies an argument a pattern leaves out. A person is the one a
// pronoun later in the sentence names (在多伦多大学读本科时，…成了他的导师),
// else the subject that opens an earlier clause of the sentence, else the
// speaker of the interview turn, else the person the document is about,
// if the sentence names no other.
// Anything else is the nearest earlier entity of the type in the sentence.
func implicit(d *doc.Document, m *sentMatcher, types, other []dict.Type, at int, bound []doc.Mention) []doc.Mention {
	if hasType(types, dict.Person) {
		if m.groupUnresolved(at) {
			// 张三的父亲与李四相识。二人后来创办了戊科技。: a group word
			// coreference left open names the clause's subject; no one
			// else is.
			return nil
		}
		if kin, named := m.kinGoesOn(at); kin {
			// 王健林，…，父亲王义全曾是…，曾任…副局长: the clauses after a
			// relative's go on with the relative, whom the dictionary may
			// not know; no one else it names is their subject.
			if named >= 0 {
				return m.sameSpan(named) // 他的父亲朱汝瑾…，并任教于X: the relative named
			}
			return nil
		}
		if q, ok := afterRelative(d.Src, m.sent.Start, at, "who"); ok && !predicateNoun(d.Src[m.sent.Start:q]) {
			// "Roe hired Doe, who had studied at Acme": the clause is
			// the name's before "who", or no one's the rules can tell.
			if k := m.mentionEndingAt(q); k >= 0 && m.ms[k].Entity.Type == dict.Person {
				return m.sameSpan(k)
			}
			return nil
		}
		if k := m.appositionHead(d.Src, at); k >= 0 {
			// "Roe met Doe, the Acme CEO": an English phrase set off by a
			// comma right after a name describes that name.
			return m.sameSpan(k)
		}
		// 李四是张三在乙大学读博时的导师: a person right before the match,
		// past adverbs only, is its subject.
		for k := len(m.ms) - 1; k >= 0; k-- {
			c := m.ms[k]
			if c.End > at {
				continue
			}
			if q := skipZhAdverbs(d.Src, c.End); c.Entity.Type == dict.Person && !possessive(d.Src, c, true) && (q >= at || zhPrepTo(d.Src, q, at)) && doc.SkipSpace(d.Src, c.End) <= at {
				if m.aside(k, at) {
					return nil
				}
				return m.sameSpan(k)
			}
			break
		}
		for k, c := range m.ms {
			if c.Start >= at && c.How == doc.Coref && c.Entity.Type == dict.Person {
				return m.sameSpan(k)
			}
		}
		if k := m.timeClauseSubject(at); k >= 0 {
			// 柳青从哈佛研究生毕业后，…，成功加入高盛: the subject of a
			// clause of time goes on as the subject of those after it.
			return m.sameSpan(k)
		}
		for k := len(m.ms) - 1; k >= 0; k-- {
			c := m.ms[k]
			if c.End <= at && c.Entity.Type == dict.Person && k > 0 && zhKinBefore(d.Src, c.Start) && d.ClauseSubject(m.sent, m.ms[k-1]) {
				return []doc.Mention{c} // 施一公的爷爷施平出生于…，毕业于X: the grandfather
			}
			if c.End <= at && c.Entity.Type == dict.Person && runeBefore(d.Src, c.Start) == '、' {
				// 结识了王五、李四等人，并任…: a list that is its clause's
				// object opens no clause; it is passed over. One that is
				// its clause's subject is left to what follows.
				j := m.listStart(k)
				known := runeBefore(d.Src, m.ms[j].Start) != '、' // the list's start is a name
				if known && !d.ClauseSubject(m.sent, m.ms[j]) {
					k = j
					continue
				}
				if known && startsWithAny(d.Src[c.End:at], zhHeadCounts) && !m.aside(k, at) {
					// 夏瑞芳、鲍威恩、高凤池三人，集资创立X: a list that a
					// count closes is its clause's subject, each member.
					var list []doc.Mention
					for _, x := range m.ms[j : k+1] {
						if x.Entity.Type == dict.Person {
							list = append(list, x)
						}
					}
					return list
				}
			}
			if c.End <= at && c.Entity.Type == dict.Person && d.ClauseSubject(m.sent, c) && !d.Labels[c.Start] {
				if m.aside(k, at) {
					return nil
				}
				if j := m.baObject(k, at); j >= 0 {
					return []doc.Mention{m.ms[j]} // 李四把张三招进乙大学做教授: 张三
				}
				if zhKinAfter(d.Src, c.End) || zhTieApposition(d.Src, c.End) {
					if k > 0 && m.ms[k-1].Entity.Type == dict.Person && strings.ContainsRune("，,", runeBefore(d.Src, c.Start)) &&
						doc.SkipSpace(d.Src, m.ms[k-1].End) == bytes.LastIndexAny(d.Src[:c.Start], "，,") {
						return []doc.Mention{m.ms[k-1]} // 王五，张三堂侄，乙大学教授: 王五
					}
					return nil // 施一公母亲…，后考入X: his mother, unnamed
				}
				if startsWithAny(d.Src[c.End:m.sent.End], zhEventNouns) {
					return nil // 六六事件后，…成立了X: an event named after her
				}
				if g := m.coordinated(k); len(g) > 1 && g[len(g)-1].End <= at && startsWithAny(d.Src[doc.SkipSpace(d.Src, g[len(g)-1].End):m.sent.End], zhGroupMarks) {
					// 张三和李四等人以教育救国为念，在上海创办了甲公司: a
					// list that a word of a group closes is the subject
					// as a whole.
					return g
				}
				return []doc.Mention{c}
			}
		}
		if c, ok := m.openingOrg(types, at); ok {
			// OPPO开始在芯片领域布局，并且…成立了X: where the relation takes an
			// organisation too, the one that opens the sentence is its
			// subject, not the person the document is about. Unless a
			// title and a person follow it (乙大学教授张三，和李四等人发起
			// 成立X): the phrase is the person's, as in clauseSubject.
			if k := m.mentionAt(c.Start); k >= 0 && !m.alumnusHead(d.Src, c) {
				if h := m.head(d.Src, k); h >= 0 && m.ms[h].End <= at && !possessive(d.Src, m.ms[h], true) {
					return []doc.Mention{m.ms[h]}
				}
			}
			return []doc.Mention{c}
		}
		if t := d.TurnAt(at); t != nil {
			return []doc.Mention{{Entity: t.Speaker, How: doc.Coref}}
		}
		upto := at
		if len(bound) > 0 {
			upto = max(upto, bound[0].Start) // the verb may stand past at
		}
		if namesPerson(m, bound) || m.orgSubjectBefore(upto) || zhOrgNounOpens(d.Src[m.sent.Start:at]) {
			// 1920年代，商务印书馆出版了…，推出了《万有文库》: a clause with
			// no subject of its own goes on with the organisation that is
			// the sentence's subject, not with a person; so with a bare
			// noun for one (公司成为了先锋，并加入了纽约证券交易所).
			return nil
		}
		// 陈明毕业于丙大学。后加入甲公司。: a sentence that names no one
		// continues the one before it, whose subject is a person.
		if k, p := previousOpener(d, m.si); k >= 0 {
			prev := d.Sentences[p]
			switch first := d.Mentions[k]; first.Entity.Type {
			case dict.Person:
				if coordinatedPerson(d, k) {
					// 张三和李四在甲公司相识。后来创办了戊科技。: two people
					// open the sentence before; which one goes on, or
					// whether both do, is not said, unless one of them is
					// the person the document is about (钱学森和冯·卡门多次
					// 合作…。1939年，获得X博士学位。).
					if f, other := d.FocusPerson, d.Mentions[k+1].Entity; f == other || f == first.Entity {
						if f == other {
							other = first.Entity
						}
						if namedMore(d, f, other) {
							return []doc.Mention{{Entity: f, How: doc.Coref}}
						}
					}
					return nil
				}
				if aboutOther(d.Src[first.End:prev.End]) {
					// 1933年陈建功推荐其任X系主任。1935年任Y主编。: the one
					// named goes on, not the one who recommended him.
					if f := d.FocusPerson; f != nil && f != first.Entity {
						return []doc.Mention{{Entity: f, How: doc.Coref}}
					}
					return nil
				}
				if speaksOf(d.Src[first.End:prev.End]) {
					// 胡适感叹说：“像郭永怀这样的人都要回国了。”1956年回国后
					// 任X研究员。: after a sentence that only quotes its
					// subject, the one the document is about goes on if the
					// quote names him; another person named there leaves
					// it open.
					if e := quotedPerson(d, prev, first); e != nil {
						if f := d.FocusPerson; f == e {
							return []doc.Mention{{Entity: f, How: doc.Coref}}
						}
						return nil
					}
				}
				return []doc.Mention{{Entity: first.Entity, How: doc.Coref}}
			case dict.Organization:
				if !zhPostAfter(d.Src[first.End:prev.End]) && !personSubjectIn(d, prev, k) && !d.NewParagraph(m.si) {
					// 甲公司推出了X。2014年，并推出Y。: in its paragraph
					// it goes on with the organisation, which no person
					// is (but 2009年，乙大学生物系主任。names a post, not a
					// subject). A roster's paragraph opens with its
					// person unnamed.
					return nil
				}
			}
		}
		if c, ok := recentSubject(d, m.si); ok && !namedRecently(d, m.si, d.FocusPerson) {
			// A roster of people, each with a paragraph: the one the
			// document names most is not the one this paragraph is about.
			return []doc.Mention{{Entity: c.Entity, How: doc.Coref}}
		}
		if f := d.FocusPerson; f != nil && (d.Whole != nil || namedEarlier(d, f, at)) {
			// The person the document is about, once it has named them: a
			// clause before that (在甲局的主导下，成立了X。…张三…) is not
			// theirs.
			return []doc.Mention{{Entity: f, How: doc.Coref}}
		}
		return nil
	}
	if q, ok := afterRelative(d.Src, m.sent.Start, at, "which"); ok {
		// "Acme bought Beta, which had been founded by Roe": Beta.
		if k := m.mentionEndingAt(q); k >= 0 && hasType(types, m.ms[k].Entity.Type) && !inBound(bound, m.ms[k]) {
			return []doc.Mention{m.ms[k]}
		}
		return nil
	}
	nearest := -1
	for k := len(m.ms) - 1; k >= 0; k-- {
		c := m.ms[k]
		if c.End > at || !hasType(types, c.Entity.Type) || slices.ContainsFunc(m.coordinated(k), func(x doc.Mention) bool { return inBound(bound, x) }) {
			continue // A、B等机构入局: A is B's fellow, not its object
		}
		if agent(d.Src, c.Start) {
			continue // 由A领投，B参与投资: A is an investor, not the company
		}
		if afterLocative(d.Src, c.Start) {
			continue // "the lab, located at Acme, was founded by": a place
		}
		if partner(d.Src, m.sent.Start, c) {
			continue // 1903年与甲公司的李四合作，…，由张三任总经理: its partner
		}
		if nearest < 0 {
			nearest = k
		}
		if !hasType(other, c.Entity.Type) {
			if !d.ClauseSubject(m.sent, c) && !containsAnyOf(d.Src[doc.ClauseStart(d.Src, m.sent.Start, c.Start):c.Start], zhSetUp) {
				// 甲公司收购了戊科技，CEO张三表示: the company that
				// opens the sentence, not the one it acted on (but
				// 甲公司成立子公司戊科技，法定代表人为张三: the one just
				// set up).
				for j := k - 1; j >= 0; j-- {
					if e := m.ms[j]; e.Entity.Type == c.Entity.Type && d.ClauseSubject(m.sent, e) && !m.inList(j) {
						nearest = j
						break
					}
				}
			}
			break
		}
		// 获融资，由A领投，跟投方包括B: where the other argument may have
		// the same type, a name inside a clause may be another investor;
		// the one that opens its clause is the company, or the
		// subsidiary its opening name holds (戊科技旗下的子公司丙资本).
		if m.orgHead(d.Src, k) >= 0 {
			continue
		}
		if (d.ClauseSubject(m.sent, c) || k > 0 && m.orgHead(d.Src, k-1) == k && d.ClauseSubject(m.sent, m.ms[k-1])) && !doc.NewsSource(d.Src, c.End) {
			if m.inList(k) {
				return nil
			}
			return []doc.Mention{c}
		}
	}
	if nearest >= 0 {
		if m.inList(nearest) {
			return nil // 甲公司和戊科技合并，其创始人…: whose, of the two?
		}
		return []doc.Mention{m.ms[nearest]}
	}
	if namesOther(m, types, other, bound) {
		return nil
	}
	// 戊科技完成A轮融资。本轮融资由丙资本领投。: a sentence that names
	// no other candidate continues the subject of the sentence before, in
	// the same paragraph.
	if c, ok := previousSubject(d, m.si, types); ok {
		return []doc.Mention{{Entity: c.Entity, How: doc.Coref}}
	}
	return nil
}

// recentSubject returns the person that opens a clause in the last of the
// three sentences before sentence si that names a person, if that sentence
// names no other person after it: 陈卓毕业于…。博士期间，他…。谷歌学术被引数…。
// 在加入字节之前，曾在微软工作: the biography's subject goes on.
func recentSubject(d *doc.Document, si int) (doc.Mention, bool) {
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		sent := d.Sentences[p]
		ms := d.InSentence(sent)
		found, named := -1, false
		for i, c := range ms {
			if c.Entity.Type != dict.Person {
				continue
			}
			if found >= 0 && c.Entity != ms[found].Entity {
				return doc.Mention{}, false // another person after it: whose?
			}
			if found < 0 && named {
				// 與陳某、方某等創辦X: a companion named before it; the
				// subject may be no one named.
				return doc.Mention{}, false
			}
			if found < 0 && (d.ClauseInitial(sent, c) || d.ClauseSubject(sent, c)) && !d.Labels[c.Start] && !doc.InParens(d.Src, sent.Start, c.Start) && !personObject(d.Src, sent.Start, c.Start) {
				// …教科书《本国地理》（竺可桢校）: a name in an aside is
				// not the one the sentences are about.
				found = i
			}
			named = true
		}
		if found >= 0 {
			if aboutOther(d.Src[ms[found].End:sent.End]) {
				return doc.Mention{}, false // 陈建功推荐其任X, 胡适曾为其老师: the pronoun's, not his
			}
			return ms[found], true
		}
		if named {
			return doc.Mention{}, false // a person named, none its subject
		}
	}
	return doc.Mention{}, false
}

// namedRecently reports whether e is named, or referred to, in the three
// sentences before sentence si.
func namedRecently(d *doc.Document, si int, e *dict.Entity) bool {
	if e == nil {
		return false
	}
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		for _, c := range d.InSentence(d.Sentences[p]) {
			if c.Entity == e {
				return true
			}
		}
	}
	return false
}

// namedEarlier reports whether the document names e by name before off.
func namedEarlier(d *doc.Document, e *dict.Entity, off int) bool {
	for _, c := range d.Mentions {
		if c.Start >= off {
			break
		}
		if c.Entity == e && c.How != doc.Coref {
			return true
		}
	}
	return false
}

func inBound(bound []doc.Mention, c doc.Mention) bool {
	return slices.ContainsFunc(bound, func(b doc.Mention) bool { return b.Entity == c.Entity })
}

// namesOther reports whether the sentence names, other than by a pronoun,
// an entity of one of types that is not among the mentions bound and could
// not be the other argument (of a type in other): 本轮融资由A领投，B跟投
// names B, but B is one more investor, not the company.
func namesOther(m *sentMatcher, types, other []dict.Type, bound []doc.Mention) bool {
	for _, c := range m.ms {
		if c.How != doc.Coref && hasType(types, c.Entity.Type) && !hasType(other, c.Entity.Type) && !inBound(bound, c) {
			return true
		}
	}
	return false
}

// previousSubject returns the subject of the sentence before si, if that
// sentence is in the same paragraph and its first mention other than a
// news source (36氪获悉) or a speaker's label opens a clause and has one
// of types.
func previousSubject(d *doc.Document, si int, types []dict.Type) (doc.Mention, bool) {
	if d.NewParagraph(si) && !heading(d, si-1) {
		return doc.Mention{}, false
	}
	prev := d.Sentences[si-1]
	if len(d.InSentence(prev)) == 0 && si-2 >= 0 && !d.NewParagraph(si-1) {
		// 甲公司完成A轮融资。资金将用于研发。丙资本为本轮唯一投资方。: a
		// sentence that names nothing keeps the topic of the one before.
		prev = d.Sentences[si-2]
	}
	for _, c := range d.InSentence(prev) {
		if d.Labels[c.Start] || doc.NewsSource(d.Src, c.End) {
			continue
		}
		// The sentence's first name is its subject, or it has none that
		// can be told (本轮融资由A领投，B跟投: B opens a clause, but the
		// sentence is about the round).
		return c, c.How != doc.Coref && d.ClauseSubject(prev, c) && hasType(types, c.Entity.Type)
	}
	return doc.Mention{}, false
}

// namesPerson reports whether the sentence names a person other than by
// a pronoun, the other argument (bound) and the companions of an unnamed
// subject: a clause without a subject there is more likely about that
// person than about the one the document is about.
func namesPerson(m *sentMatcher, bound []doc.Mention) bool {
	for k, c := range m.ms {
		if c.How != doc.Coref && c.Entity.Type == dict.Person && !inBound(bound, c) && !m.companion(k) && !m.personObject(k) && !endsWithAny(m.d.Src[m.sent.Start:c.Start], zhAgentMarks) &&
			agentPhrase(m.d.Src, m.sent.Start, c) == "" {
			return true
		}
	}
	return false
}

// personObject reports whether mention k, or the first of a list it is
// in, stands right after a verb whose object is a person: the teachers in
// 师从克伯屈、孟禄、杜威 are no subjects.
func (m *sentMatcher) personObject(k int) bool {
	return endsWithAny(m.d.Src[m.sent.Start:m.ms[m.listStart(k)].Start], zhPersonObjectVerbs)
}

// listStart returns the first mention of the list joined by 、 that
// mention k ends (k itself if none goes on before it).
func (m *sentMatcher) listStart(k int) int {
	for k > 0 && m.listGoesOnBefore(m.d.Src, m.ms[k].Start) {
		k--
	}
	return k
}

// zhWhere reports whether 在 stands right before mention k after the
// clause's subject, not as part of a word (现在, 正在, 存在, 所在…), no 的
// follows the mention before the next name, and the clause does not end
// as a time clause (在…之后, 在…时): the name is where the action took
// place.
func (m *sentMatcher) zhWhere(src []byte, k int) bool {
	before := src[m.sent.Start:m.ms[k].Start]
	if !endsWithAny(before, []string{"在"}) || endsWithAny(before, []string{"现在", "正在", "存在", "所在", "实在", "好在", "自在"}) {
		return false
	}
	// Only after the clause's own subject (美心在香港地鐵沿線開設X): with
	// no subject named, 在乙大学成立了研究室 may tell of the university
	// setting up its own unit.
	if k == 0 || m.ms[k-1].Start < doc.ClauseStart(src, m.sent.Start, m.ms[k].Start) || !m.clauseInitial(k-1) && !m.d.ClauseSubject(m.sent, m.ms[k-1]) {
		return false
	}
	end := m.sent.End
	if k+1 < len(m.ms) {
		end = min(end, m.ms[k+1].Start)
	}
	if bytes.Contains(src[m.ms[k].End:end], []byte("的")) {
		return false
	}
	// 在甲公司收购戊科技之后: 在 opens a time clause.
	clause := src[m.ms[k].End:m.sent.End]
	if i := bytes.IndexAny(clause, "，,；;：:。"); i >= 0 {
		clause = clause[:i]
	}
	// The rules read Traditional characters through a Simplified copy
	// (see zhBuying): 之後 is 之后 here.
	return !endsWithAny(bytes.TrimSpace(clause), []string{"后", "前", "时", "期间", "之际", "时候", "过程中"})
}

// appointsOther reports whether text, after a sentence's opening name,
// starts with a verb of recommending, inviting or appointing someone
// referred to by a pronoun (推荐其, 聘请他, 任命她): that one, not the
// opener, is who the sentence is about.
func appointsOther(text []byte) bool {
	text = bytes.TrimSpace(text)
	for _, v := range []string{"推荐", "举荐", "聘请", "邀请", "任命", "委任", "委派", "派遣", "介绍", "延聘", "聘", "请", "派"} {
		if rest, ok := bytes.CutPrefix(text, []byte(v)); ok {
			return startsWithAny(rest, []string{"其", "他", "她"})
		}
	}
	return false
}

// aboutOther reports whether text, right after a sentence's subject, makes
// the sentence about someone a pronoun names: it appoints them (推荐其任)
// or says what the subject was to them (曾为其老师). Such a subject does
// not go on as the subject of the sentences after it.
func aboutOther(text []byte) bool { return appointsOther(text) || relatesToOther(text) }

// relatesToOther reports whether text, right after a clause's subject,
// says what the subject was to someone named by a pronoun (李四曾为其英文
// 老师; 李四是他的导师): the clause is about that someone, whose course the
// sentences after it go on with, not the subject's.
func relatesToOther(text []byte) bool {
	text = bytes.TrimSpace(text)
	text = text[skipZhAdverbs(text, 0):]
	for _, v := range []string{"成为", "成為", "作为", "作為", "为", "為", "是", "乃", "係"} {
		rest, ok := bytes.CutPrefix(text, []byte(v))
		if !ok {
			continue
		}
		if startsWithAny(rest, []string{"他的", "她的", "他們的", "他们的"}) {
			return true
		}
		if after, ok := bytes.CutPrefix(rest, []byte("其")); ok {
			// 为其他公司工作, 是其中之一: not the pronoun.
			return !startsWithAny(after, []string{"他", "它", "余", "餘", "中", "实", "實", "后", "後", "次", "间", "間", "时", "時"})
		}
		return false
	}
	return false
}

// speaksOf reports whether text, right after a sentence's subject, is a
// verb of speaking and a quotation (感叹说：“…”, 表示：“…”): the
// sentence reports words, not an act of the subject.
func speaksOf(text []byte) bool {
	text = text[skipZhAdverbs(text, 0):]
	for _, v := range zhSpeechVerbs {
		if rest, ok := bytes.CutPrefix(text, []byte(v)); ok {
			rest = bytes.TrimLeft(rest, " 说道") // 感叹说, 说道
			return startsWithAny(rest, []string{"：“", ":“", "：「", "“", "「", "：\"", ": \""})
		}
	}
	return false
}

// zhSpeechVerbs are verbs that introduce a quotation, in Simplified
// characters as relate reads them (曾 before one is an adverb, passed).
var zhSpeechVerbs = []string{"感叹", "感慨", "赞叹", "评价", "回忆", "表示", "说", "称", "写道"}

// quotedPerson is the first person other than the subject named in the
// sentence after it, or nil.
func quotedPerson(d *doc.Document, sent doc.Span, subj doc.Mention) *dict.Entity {
	k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= subj.End })
	for _, m := range d.Mentions[k:] {
		if m.End > sent.End {
			break
		}
		if m.Entity.Type == dict.Person && m.Entity != subj.Entity {
			return m.Entity
		}
	}
	return nil
}

// personObject reports whether a verb of zhPersonObjectVerbs stands in
// the clause before off, the clause taken with the list its 、 joins:
// 师从诺贝尔奖得主、校长密立根 makes 密立根 the object, though a title
// opens his member of the list.
func personObject(src []byte, lo, off int) bool {
	return containsAnyOf(src[listClauseStart(src, lo, off):off], zhPersonObjectVerbs)
}

// listClauseStart is where the clause of off starts (no earlier than lo),
// a list joined by 、 taken whole: 历任甲公司经理、戊科技经理 is one
// clause, not two.
func listClauseStart(src []byte, lo, off int) int {
	s := doc.ClauseStart(src, lo, off)
	for s > lo {
		r, w := utf8.DecodeLastRune(src[lo:s])
		if r != '、' {
			break
		}
		s = doc.ClauseStart(src, lo, s-w)
	}
	return s
}

// zhPersonObjectVerbs take a person as their object right after them
// (入乙大学就读，从师张树森): that person is no subject the clause could
// have left unsaid.
var zhPersonObjectVerbs = []string{"从师", "從師", "师从", "師從", "拜师", "拜師", "师事", "師事", "受业于", "受業於", "跟随", "跟隨", "追随", "追隨", "求见", "求見", "拜访", "拜訪", "会见", "會見", "嫁给", "嫁給", "娶了", "娶", "陪同", "随同", "隨同", "受教于", "受教於"}

// zhAgentMarks stand right before a person who invites, influences or
// introduces the clause's subject (应李四邀请, 受李四影响, 经李四介绍, 受到李四鼓励).
var zhAgentMarks = []string{"应", "應", "受", "经", "經", "受到", "经过", "經過"}

// companion reports whether mention k is in the list that 与, 和, 同 or
// 跟 opens at the start of its clause (10日，与李四、王五等创办X): the
// people the clause's unnamed subject acts with.
func (m *sentMatcher) companion(k int) bool {
	src := m.d.Src[:m.sent.End]
	c := m.ms[k]
	for j := k; j >= 0; j-- {
		first := m.ms[j]
		if first.Entity.Type != c.Entity.Type {
			continue
		}
		if !slices.ContainsFunc(m.coordinated(j), func(x doc.Mention) bool { return x.Start == c.Start }) {
			continue
		}
		// The list's first member: 与 right before it, at its clause's
		// start, past a date and adverbs.
		s, _ := doc.TrimSpace(src, doc.ClauseStart(src, m.sent.Start, first.Start), first.Start)
		q := skipZhAdverbs(src, skipZhTime(src, s))
		for _, w := range zhWith {
			if n, ok := matchLit(src, q, w); ok && doc.SkipSpace(src, q+n) == first.Start {
				return true
			}
		}
	}
	return false
}

func hasType(ts []dict.Type, t dict.Type) bool { return slices.Contains(ts, t) }

// Cues that a clause denies, supposes or only plans what it says.
var negations = []string{"没有", "没", "未", "不曾", "并非", "不是", "不再", "如果", "假如", "要是", "若是", "拒绝", "婉拒", "谢绝",
	"not", "never", "n't", "no longer", "if", "would have", "could have",
	// Plans and future events are not facts yet.
	"即将", "拟任", "拟收购", "计划收购", "计划投资", "将于", "将由", "将接任", "将加入", "将出任", "将担任", "将成为", "将收购", "将投资",
	"将推出", "将发布", "将上线", "将开发", "将研发", "将成立", "将创办", "将创立", "将设立",
	"将以", "拟以", "将斥资", "拟斥资", "将出资", "拟出资", "正在筹建", "筹建中",
	"将持有", "将持股", "将拥有", "将入股", "将注资", "将领投", "拟持有", "拟入股", "拟注资",
	"将聘请", "将聘任", "拟聘请", "拟聘任", "计划聘请", "准备聘请",
	"将任职", "将供职", "将就职", "将就任", "将入职", "将加盟", "将执掌", "将掌舵", "将执教", "将任教", "将领导", "将主持",
	// A plan announced: 公告收购方案，宣布以130亿元…收购戊科技.
	"收购方案", "并购方案", "收购预案", "重组方案", "重组预案",
	// What will, may, should, cannot or would not be: 不会加入, 将会收购,
	// 应该加入, 不愿出任.
	"不会", "将会", "可能会", "也许会", "或许会", "应该", "应当", "也会", "还会", "不愿", "不肯", "不能", "无法",
	// 不 right before a verb of the relations: 甲公司不收购戊科技.
	"不收购", "不投资", "不入股", "不加入", "不担任", "不出任", "不参与", "不创办", "不成立",
	// An award names a title it does not give: 被…选为年度科学家.
	"选为年度", "评为年度",
	"will", "plans to", "planned to", "is expected to", "are expected to", "is set to", "intends to", "is to become",
	"was expected to", "were expected to", "hopes to", "hoped to", "wants to", "wanted to", "aims to",
	// What was tried, or turned down, did not happen.
	"failed to", "tried to", "attempted to", "sought to", "turned down", "declined to",
	// What almost happened did not: "Roe nearly joined Acme".
	"almost joined", "nearly joined", "almost founded", "nearly founded", "almost acquired", "nearly acquired",
	"almost bought", "nearly bought", "almost invested", "nearly invested", "almost signed", "nearly signed",
	"差点", "险些", "试图", "打算", "有意", "考虑收购", "考虑投资", "考虑加入", "考虑出任", "考虑担任", "传闻", "据传", "或将", "有望",
	"放弃收购", "放弃投资", "放弃加入", "终止收购", "终止投资", "取消收购", "叫停",
	"计划加入", "计划出任", "计划担任", "计划成立", "计划创办", "希望", "想加入", "想要加入", "准备加入", "准备收购", "准备投资",
	// What was discussed was not yet done: 与刘坤一商讨设立南洋公学.
	"商讨设立", "商讨成立", "商讨创办", "商议设立", "商议成立", "商议创办", "讨论设立", "讨论成立", "磋商设立", "磋商成立",
	// What is being negotiated or sought is not done: 正洽谈收购戊科技.
	"洽谈收购", "商谈收购", "磋商收购", "洽谈投资", "商谈投资", "洽购", "正洽谈", "正在洽谈", "寻求收购", "想收购", "想投资", "欲收购",
	// 拟 (intends to) before a verb of the relations, and a plan's time:
	// 丙资本拟投资甲公司, 张三计划明年加入甲公司.
	"拟投资", "拟加入", "拟出任", "拟担任", "拟成立", "拟设立", "拟创办", "拟领投", "拟参投", "拟并购", "拟购买", "拟认购",
	"计划于", "计划在", "计划明年", "计划今年", "计划年内", "计划年底", "预计将", "预计于", "预计明年",
	"否认", "辟谣", "denied", "denies",
	// What one opposed is not what one did: 反对政府增持港交所.
	"反对", "opposed",
	"abandoned its plan", "abandoned plans", "abandoned a plan", "abandoned its bid", "walked away from", "in talks to", "in talks with",
	"considered buying", "considered acquiring", "considered joining", "considered investing", "bid to",
	// Helping to found is not founding: 推动建立了X, 协助成立.
	"推动建立", "推动成立", "推动创建", "推动创立", "协助建立", "协助成立", "帮助建立", "帮助成立", "促成",
	// An honorary degree is an honour, not a course of study.
	"名誉博士", "荣誉博士", "名誉学位", "荣誉学位", "honorary doctorate", "honorary doctorates", "honorary degree",
	"honorary degrees", "honorary doctor", "honoris causa", "honorary ph.d", "honorary phd", "honorary ll.d", "honorary d.sc", "honorary master"}

// hopeNouns follow 希望 where it is a noun or part of a name, not a verb
// of hoping: 希望工程, 希望小学, 希望之星, 希望集团.
var hopeNouns = []string{"工程", "小学", "中学", "学校", "之星", "之光", "集团", "公司", "基金", "杯"}

// appositionHead returns the person whose English apposition opens at
// at ("Doe, the Acme CEO", "Doe, Acme's CEO"), or -1: the name right
// before a comma, where the match starts with an article or a capital.
func (m *sentMatcher) appositionHead(src []byte, at int) int {
	if at >= len(src) || !isASCIILetter(src[at]) {
		return -1
	}
	q := articleBefore(src, 0, at)
	if q == at && !isCapital(src, at) && !startsWithAny(src[at:], enArticles) {
		return -1 // "Doe, born in Elmshorn": a participle, the sentence's
	}
	if q < 2 || src[q-1] != ' ' || src[q-2] != ',' {
		return -1
	}
	k := m.mentionEndingAt(q - 2)
	if k < 0 || m.ms[k].Entity.Type != dict.Person {
		return -1
	}
	return k
}

// enArticles are the English articles that may open a noun phrase.
var enArticles = []string{"the ", "The ", "a ", "an "}

// articleBefore returns where an English article that ends at p starts,
// not before start, or p if there is none.
func articleBefore(src []byte, start, p int) int {
	for _, a := range enArticles {
		if p-start >= len(a) && string(src[p-len(a):p]) == a {
			return p - len(a)
		}
	}
	return p
}

// englishInside reports whether an English match at p stands inside its
// clause rather than opening it: past an article, an English word comes
// right before it (not the sentence's start, nor a comma).
func englishInside(src []byte, start, p int) bool {
	if p >= len(src) || !isASCIILetter(src[p]) {
		return false
	}
	q := articleBefore(src, start, p)
	for q > start && src[q-1] == ' ' {
		q--
	}
	// A word of English before it: a Latin name inside a Chinese clause
	// (原来是OPPO副总经理) is left to the Chinese rules.
	return q > start && (isASCIILetter(src[q-1]) || src[q-1] >= '0' && src[q-1] <= '9')
}

// headsApposition reports whether the object opens what reads as an
// apposition after a list that ends at p: "started, along with A and B,
// the Croquet Project" names the project after the list, not B.
func headsApposition(src []byte, p int, obj []doc.Mention) bool {
	if len(obj) == 0 || obj[0].Start < p {
		return false
	}
	switch string(src[p:obj[0].Start]) {
	case ", ", ", the ", ", a ", ", an ":
	default:
		return false
	}
	// The object ends the apposition, or a noun of its kind does ("the
	// Croquet project"); a title after it ("the Acme CEO") makes the
	// apposition a person's.
	q := obj[len(obj)-1].End
	if q >= len(src) || src[q] != ' ' {
		return true
	}
	w := lowerWordAt(src, q+1)
	if !appositionKinds[w] {
		return false
	}
	e := q + 1 + len(w)
	return e >= len(src) || src[e] != ' ' // "the Acme lab director" is a person's
}

var appositionKinds = wordSet(`project initiative programme program company firm startup venture lab laboratory studio band
	magazine journal newspaper foundation institute school fund`)

// secondPredicate reports whether text holds a second verb after "and":
// ", and" before any verb other than those that share the birthplace
// ("born, raised, and educated in"), or "and" before a verb in the past
// and a word that such a verb takes after it ("born in 1933 and grew up
// in Scarsdale", "born in Beta, and raised in Scarsdale"), unless a verb
// that shares the birthplace follows "born" at once ("born and bred in",
// "born, raised and educated in").
func secondPredicate(text []byte) bool {
	shared := []string{"raised", "bred", "educated", "schooled", "brought up"}
	for i := 0; ; {
		j := bytes.Index(text[i:], []byte(" and "))
		if j < 0 {
			return false
		}
		comma := i+j > 0 && text[i+j-1] == ','
		before := bytes.TrimRight(text[:i+j], ", ")
		i += j + len(" and ")
		if !startsWithAny(text[i:], shared) {
			if comma {
				return true
			}
		} else if endsWithAny(before, []string{" born", " raised"}) {
			continue
		}
		v := doc.SkipSpace(text, skipAdverbs(text, i))
		w := lowerWordAt(text, v)
		if pastVerb(w) && verbFollowers[lowerWordAt(text, doc.SkipSpace(text, v+len(w)))] {
			return true
		}
	}
}

// pastVerb reports whether w, a lower-case word, reads as a verb in the
// past: a regular one, or one of pastVerbs.
func pastVerb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ed") || pastVerbs[w]
}

// verbFollowers are the words that may follow a verb in the past where an
// adjective in -ed would have its noun ("and moved to", "and spent his
// youth in"; not "a wealthy and cultured family in").
var verbFollowers = wordSet(`in at to up on from with by there as for into near his her their the a an most much some
	several many out back away abroad here until after before during`)

// planAfter reports whether a noun for a plan or an attempt follows p,
// which makes the match its modifier: 收购戊科技的计划失败了.
func planAfter(src []byte, p int) bool {
	n, ok := matchLit(src, p, "的")
	if !ok {
		return false
	}
	for _, w := range []string{"计划", "尝试", "提议", "传闻", "意向", "谈判", "努力", "要约", "打算", "设想"} {
		if _, ok := matchLit(src, p+n, w); ok {
			return true
		}
	}
	return false
}

// refusedAfter reports whether the clause right after a post's match at p
// says it was refused or never taken up: 任命张三为乙大学校长，被张三婉拒;
// "was offered the presidency of Acme, but declined".
func refusedAfter(src []byte, p int) bool {
	q := p
	if r, w := utf8.DecodeRune(src[q:]); r == '，' || r == ',' {
		q += w
	}
	end := clauseAhead(src, q, 60)
	clause := bytes.TrimSuffix(src[q:end], []byte("了"))
	// The refusal ends the clause (被张三婉拒, 但他坚辞): a refusal of
	// something else names it after the verb (拒绝了日方的要求).
	return endsWithAny(clause, zhRefused) || containsAnyOf(clause, zhNotTaken) || containsAnyOf(bytes.ToLower(src[q:end]), enRefused)
}

var (
	zhRefused  = []string{"婉拒", "拒绝", "谢绝", "辞谢", "坚辞", "推辞"}
	zhNotTaken = []string{"未就任", "未到任", "没有就任", "未就职", "未赴任"}
	enRefused  = []string{"but declined", "but refused", "but turned it down", "which he declined", "which she declined", "an offer he declined", "an offer she declined"}
)

// negated reports whether the text of the match, or its clause before it,
// holds a negation or a hypothetical cue. cues are the negations the
// whole sentence holds: one the sentence lacks is in no part of it.
//
// A Chinese cue that a 的 closes before the match opens belongs to a
// relative clause of its own: in 即将离职的前甲公司院长张三 the leaving is
// planned, the post held is not.
//
// A cue inside a name is part of the name: "Will Wright left Maxis",
// 未来资本投资了甲公司, "Roe wrote Never Let Me Go". ms are the
// sentence's mentions, by start.
func negated(d *doc.Document, sent doc.Span, start, end int, cues []string, ms []doc.Mention) bool {
	if len(cues) == 0 {
		return false
	}
	c := doc.ClauseStart(d.Src, sent.Start, start)
	text := withoutParens(doc.FoldString(withoutNames(d.Src, c, end, ms)))
	before, folded := "", false // the clause before the match, folded once it is asked for
	prefix := func() string {
		if !folded {
			before, folded = withoutParens(doc.FoldString(withoutNames(d.Src, c, start, ms))), true
			if !strings.HasPrefix(text, before) {
				before = ""
			}
		}
		return before
	}
	aside := -1 // whether the match is a phrase that presupposes what it says, once asked
	for _, n := range cues {
		for from := 0; ; {
			i := strings.Index(text[from:], n)
			if i < 0 {
				break
			}
			i += from
			from = i + len(n)
			if n[0] < utf8.RuneSelf { // Latin cues are whole words
				before, _ := utf8.DecodeLastRuneInString(text[:i])
				after, _ := utf8.DecodeRuneInString(text[i+len(n):])
				if n != "n't" && (doc.LatinWordRune(before) || doc.LatinWordRune(after)) {
					continue
				}
			} else if n == "未" && strings.HasPrefix(text[from:], "来") {
				continue // 未来, the future, denies nothing: 专注未来出行的甲公司
			} else if n == "希望" && (strings.HasSuffix(text[:i], "新") || startsWithAny([]byte(text[from:]), hopeNouns)) {
				continue // 希望 as a noun or in a name hopes nothing: 新希望, 希望工程, 希望小学
			}
			if from <= len(prefix()) {
				// The cue ends before the match opens. A match that is a
				// relative clause or an apposition on a name ("will join
				// Acme, a company founded by Doe"; 没有加入李四创办的甲公司)
				// states what the cue's clause takes as given.
				if aside < 0 {
					aside = 0
					if presupposed(d.Src, start, end, ms) {
						aside = 1
					}
				}
				if aside == 1 {
					continue
				}
			}
			if n[0] >= utf8.RuneSelf {
				if from <= len(before) && strings.Contains(before[from:], "的") {
					continue
				}
				if n == "不再" && (strings.Contains(text[from:], "，由") || strings.Contains(text[from:], ",由")) {
					// 李四不再担任甲公司CEO，由张三接任: what 李四 no
					// longer holds, the one after 由 takes.
					continue
				}
			}
			return true
		}
	}
	return false
}

// presupposed reports whether the match from start to end is a phrase on
// a name that a clause around it takes as given: a name that opens it
// followed by a relative clause or an apposition ("Acme, which was
// founded by Doe"; "Acme, a company founded by Doe"), or a Chinese
// relative clause that opens on a name and ends on its head (李四创办的
// 甲公司, 由李四创办的甲公司).
func presupposed(src []byte, start, end int, ms []doc.Mention) bool {
	if n, ok := matchLit(src, start, "由"); ok {
		start += n // 由李四创办的甲公司 opens on 李四
	}
	k, found := slices.BinarySearchFunc(ms, start, func(mn doc.Mention, at int) int { return mn.Start - at })
	if !found {
		return false
	}
	if startsWithAny(src[ms[k].End:end], []string{", which ", ", who ", ", whose ", ", a ", ", an ", ", the "}) {
		return true
	}
	return slices.ContainsFunc(ms[k+1:], func(mn doc.Mention) bool {
		return mn.End == end && bytes.HasSuffix(src[:mn.Start], []byte("的"))
	})
}

// withoutNames returns src[lo:hi] with each mention of ms within it
// replaced by a mark that is neither a word nor a cue.
func withoutNames(src []byte, lo, hi int, ms []doc.Mention) string {
	var b strings.Builder
	at := lo
	for _, mn := range ms {
		if mn.Start < at || mn.End > hi || mn.Start >= mn.End {
			continue
		}
		b.Write(src[at:mn.Start])
		b.WriteString("\u25c7")
		at = mn.End
	}
	b.Write(src[at:hi])
	return b.String()
}

// withoutParens drops the closed parentheses of text with what they hold:
// "Gamma (not related to Delta) was sold to Acme" denies nothing of the
// sale.
func withoutParens(text string) string {
	if !strings.ContainsAny(text, "(（") {
		return text
	}
	var b strings.Builder
	depth, open := 0, 0
	for i, r := range text {
		switch {
		case r == '(' || r == '（':
			if depth == 0 {
				open = i
			}
			depth++
		case (r == ')' || r == '）') && depth > 0:
			depth--
			if depth == 0 {
				b.WriteByte(' ')
			}
		case depth == 0:
			b.WriteRune(r)
		}
	}
	if depth > 0 {
		b.WriteString(text[open:]) // an unclosed parenthesis is kept
	}
	return b.String()
}

// timeBefore returns the last time expression of the sentence that starts
// before end: 2013年3月, 2015年, "in 2015", "July 2015".
func timeBefore(d *doc.Document, sent doc.Span, end int) string {
	s := d.Src[sent.Start:end]
	last := ""
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' || (i > 0 && s[i-1] >= '0' && s[i-1] <= '9') {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i == 4 && bytes.HasPrefix(s[j:], []byte("年")) {
			k := j + len("年")
			m := k
			for m < len(s) && s[m] >= '0' && s[m] <= '9' {
				m++
			}
			if m > k && bytes.HasPrefix(s[m:], []byte("月")) {
				k = m + len("月")
			}
			last = string(s[i:k])
			i = k
			continue
		}
		if j-i == 4 && (s[i] == '1' || s[i] == '2') {
			before := strings.ToLower(string(s[max(0, i-3):i]))
			if before == "in " {
				last = string(s[i:j])
			}
		}
		i = j
	}
	return last
}

// sentMatcher matches one rule against one sentence.
type sentMatcher struct {
	d      *doc.Document
	si     int
	sent   doc.Span
	ms     []doc.Mention // the sentence's mentions, by start
	ru     *rule
	out    []binding
	groups map[int][]doc.Mention // coordinated lists by first mention, memoised
	// inserts memoises insertions by end offset and whether after a list.
	inserts map[insertKey][]int
	// texts memoises textHits by text element and offset, as spans of
	// hits.
	texts map[textAt]span32
	hits  []textHit
	// mentions memoises what matchSlot asks of each of ms.
	mentions []mentionFacts
	// text is the sentence's text, for its facts' evidence, once one
	// is made.
	text string
	// the memoises articles, once theFound.
	the      []int
	theFound bool
	// tried holds the states already explored for the current start: a
	// pattern's gaps can reach one position in many ways, and each way
	// holds the same bindings, so each state is explored once. That keeps
	// a match within positions² × elements steps per binding, whatever
	// the pattern ({s}~~200~~200~~200… no longer explodes).
	tried map[state]bool
	// deadline[ei] bounds where a match can stand at element ei: past
	// it, a required text element further on has no key left in the
	// sentence (see rule.deadlines).
	deadline []int
	// negs are the negations the sentence holds, folded, in their order.
	negs  []string
	steps int // match calls, for tests
	// grammar is Rules.grammar, titleWords Rules.titleWords.
	grammar, titleWords map[string]bool
	// emptyGap is where a gap of no width ends while the element after
	// it is tried, else -1: a preposition right before it is the
	// pattern's own, not one the gap holds.
	emptyGap int
}

// state is where a match stands: the text position, the element, and
// what it has bound so far.
type state struct {
	pos, ei, start int
	subj, obj      *doc.Mention
	ns, no         int
	role           string
}

func first(ms []doc.Mention) *doc.Mention {
	if len(ms) == 0 {
		return nil
	}
	return &ms[0]
}

// all returns every binding of the rule in the sentence, trying each start.
func (m *sentMatcher) all() []binding {
	m.out = m.out[:0]
	clear(m.tried)
	if m.tried == nil {
		m.tried = map[state]bool{}
	}
	src := m.d.Src
	switch k := m.ru.elems[0].Kind; {
	case k == dict.Subject || k == dict.Object:
		types := m.ru.rel.Subject
		if k == dict.Object {
			types = m.ru.rel.Object
		}
		for _, c := range m.ms {
			if hasType(types, c.Entity.Type) {
				m.match(c.Start, 0, binding{start: c.Start})
			}
		}
		// An English article may precede the name.
		for _, i := range m.articles() {
			m.match(i, 0, binding{start: i})
		}
	case k == dict.Start:
		// Only where a clause starts: the sentence's start and after
		// clause punctuation.
		opens := true
		// A list item's bullet comes before its clause.
		for i := doc.SkipBullet(src[:m.sent.End], m.sent.Start); i < m.sent.End; {
			r, w := utf8.DecodeRune(src[i:m.sent.End])
			if opens && !unicode.IsSpace(r) {
				m.match(i, 0, binding{start: i})
				opens = false
			}
			if doc.IsClausePunct(r) {
				opens = true
			}
			i += w
		}
	default:
		for i := m.sent.Start; i < m.sent.End; {
			_, w := utf8.DecodeRune(src[i:m.sent.End])
			if m.ru.lead == nil || m.ru.lead.may(src[:m.sent.End], i) {
				m.match(i, 0, binding{start: i})
			}
			i += w
		}
	}
	return m.out
}

// articles returns where "the" stands before a mention in the sentence,
// found once for all the rules that start with a slot.
func (m *sentMatcher) articles() []int {
	if m.theFound {
		return m.the
	}
	src := m.d.Src[:m.sent.End]
	m.the, m.theFound = m.the[:0], true
	for i := m.sent.Start; i < m.sent.End; i++ {
		if src[i] != 't' && src[i] != 'T' {
			continue
		}
		if n, ok := matchLit(src, i, "the "); ok && n > 3 && m.mentionAt(doc.SkipSpace(src, i+n)) >= 0 {
			m.the = append(m.the, i)
		}
	}
	return m.the
}

func (m *sentMatcher) mentionAt(off int) int {
	k := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start >= off })
	if k < len(m.ms) && m.ms[k].Start == off {
		return k
	}
	return -1
}

func (m *sentMatcher) match(pos, ei int, b binding) {
	m.steps++
	if pos >= m.deadline[ei] {
		return // a required text further on is not in the rest of the sentence
	}
	if ei < len(m.ru.elems) && m.ru.alts[ei] != nil && !m.ru.alts[ei].may(m.d.Src[:m.sent.End], pos) && !(m.ru.ownerMark != nil && m.ru.ownerMark[ei]) {
		if q := m.roleModifier(m.d.Src[:m.sent.End], pos); m.ru.elems[ei].Kind != dict.Role || q < 0 || !m.ru.alts[ei].may(m.d.Src[:m.sent.End], q) {
			return // no alternative of the text element starts here
		}
	}
	if m.ru.gaps > 1 {
		k := state{pos, ei, b.start, first(b.subj), first(b.obj), len(b.subj), len(b.obj), b.role}
		if m.tried[k] {
			return
		}
		m.tried[k] = true
	}
	if ei == len(m.ru.elems) {
		b.end = pos
		m.out = append(m.out, b)
		return
	}
	src := m.d.Src[:m.sent.End]
	e := m.ru.elems[ei]
	switch e.Kind {
	case dict.Lit, dict.Role:
		m.matchText(src, pos, ei, e, b)
	case dict.Start:
		if p, _ := doc.TrimSpace(src, doc.ClauseStart(src, m.sent.Start, pos), pos); p == pos && !m.listGoesOnBefore(src, pos) {
			m.match(pos, ei+1, b)
			q := skipZhTime(src, pos)
			if q > pos {
				// 2002年从乙大学毕业后，…: a date may open the clause
				// before what the pattern starts with.
				m.match(q, ei+1, b)
			}
			if a := m.zhAfterPhrase(src, q); a > q {
				// 中学毕业后于1932年考上了X: a short clause of time with no
				// comma, and a date after it.
				m.match(a, ei+1, b)
				if t := skipZhTime(src, a); t > a {
					m.match(t, ei+1, b)
				}
			}
			r := skipZhAdverbs(src, q)
			if r > q {
				// ，2021年陆续投资了…: and adverbs of time and scope.
				m.match(r, ei+1, b)
				if one := skipZhAdverb(src, q); one > q && one < r {
					// 早年就读乙大学: the second "adverb" may open the
					// verb (就读, 还原, 便利).
					m.match(one, ei+1, b)
				}
			}
			if m.ru.zero {
				// 张三生于上海。后前往乙大学学习。: a clause that goes on
				// with the subject before may open with 后, 先, 再 or 遂.
				for _, a := range zhSequenceAdverbs {
					if bytes.HasPrefix(src[r:], []byte(a)) {
						m.match(r+len(a), ei+1, b)
					}
				}
			}
		}
	case dict.End:
		p := doc.SkipSpace(src, pos)
		if q := skipEnTime(src, p); q > p {
			// "returned to Acme as chief executive in 2010.": a
			// time phrase before the clause's end.
			p = doc.SkipSpace(src, q)
		}
		r, w := utf8.DecodeRune(src[p:])
		// A full stop ends a clause where a space or the text's end
		// follows it ("as chief executive."), not inside "U.S.".
		stop := r == '.' && (p+w == len(src) || unicode.IsSpace(rune(src[p+w])))
		if p == len(src) || doc.IsClausePunct(r) || stop {
			m.match(pos, ei+1, b)
		}
	case dict.Gap:
		m.matchGap(src, pos, ei, e, b)
	case dict.Subject, dict.Object:
		m.matchSlot(src, pos, ei, e, b)
	}
}

// pastCompound returns, where the name k at p is made a modifier by a
// hyphen and a compound head and the pattern does not write the hyphen
// after slot ei, the offset and the mention after the compound: in
// "joined Seattle-based Acme" the slot is Acme. Otherwise p and k.
func (m *sentMatcher) pastCompound(src []byte, p, k, ei int) (int, int) {
	if k < 0 || ei == 0 || m.hyphenNext(ei) {
		return p, k
	}
	if q := hyphenCompound(src, m.ms[k].End); q > 0 {
		p = doc.SkipSpace(src, q)
		return p, m.mentionAt(p)
	}
	return p, k
}

// hyphenCompound returns, where a name ending at end is made a modifier
// by a hyphen (or the hyphen U+2010 or the non-breaking U+2011, which the
// matcher reads as one) and a compound head ("Seattle-based",
// "Gamma-backed"), the offset after the compound; otherwise 0.
func hyphenCompound(src []byte, end int) int {
	if end >= len(src) {
		return 0
	}
	r, w := utf8.DecodeRune(src[end:])
	if r != '-' && r != '\u2010' && r != '\u2011' {
		return 0
	}
	if n := match.CompoundHead(src[end+w:]); n > 0 {
		return end + w + n
	}
	return 0
}

// hyphenNext reports whether the element after slot ei is a literal
// that opens with a hyphen ("{s}-backed").
func (m *sentMatcher) hyphenNext(ei int) bool {
	if ei+1 >= len(m.ru.elems) || m.ru.elems[ei+1].Kind != dict.Lit {
		return false
	}
	return slices.ContainsFunc(m.ru.elems[ei+1].Alts, func(a string) bool { return strings.HasPrefix(a, "-") })
}

// listGoesOnBefore reports whether a name at pos follows a name and 、:
// it is a list's next member, not a clause's start (投资过乙大学、甲公司的
// 张三). A verb after a name and 、 may still start a clause (李四、任乙大学
// 教员), and so may anything after 、 and words that name no one.
func (m *sentMatcher) listGoesOnBefore(src []byte, pos int) bool {
	if m.mentionAt(doc.SkipSpace(src, pos)) < 0 {
		return false
	}
	_, q := doc.TrimSpace(src, m.sent.Start, pos)
	if !bytes.HasSuffix(src[m.sent.Start:q], []byte("、")) {
		return false
	}
	return m.mentionEndingAt(q-len("、")) >= 0
}

// matchText matches a literal or role element: each alternative, and past
// an English adverb after it ("is currently the").
func (m *sentMatcher) matchText(src []byte, pos, ei int, e dict.Elem, b binding) {
	whole := e.Kind == dict.Role && !m.ru.rel.Parts // titles of the whole organisation only
	if whole && m.ownerOfMany(src, ei, b) {
		return
	}
	if m.ru.ownerMark != nil && m.ru.ownerMark[ei] && m.ownedBy(src, pos, b) {
		// "Its first president was Roe": a possessive pronoun is the
		// name and its "'s" at once.
		m.match(pos, ei+1, b)
	}
	for _, h := range m.textHits(src, pos, m.ru.alts[ei], e) {
		if whole && (h.deputy || m.unitTitle(src, pos+h.n, ei) || siteOfOther(src, h.role, b)) {
			continue
		}
		if h.itself && (m.ru.itself == nil || !m.ru.itself[ei]) {
			continue // 成立于2010年: no verb this pattern reads
		}
		if e.Kind == dict.Lit && bytes.HasSuffix(src[pos:pos+h.n], []byte("其")) && qiWord(src, pos+h.n) {
			continue // ，其间结识X: 其 opens a word; it names no owner
		}
		nb := b
		if e.Kind == dict.Role {
			nb.role = h.role
		}
		m.match(pos+h.n, ei+1, nb)
		if h.adverb >= 0 {
			m.match(h.adverb, ei+1, nb)
		}
		if e.Kind == dict.Lit && m.objectNext(ei) {
			if q := m.verbSeries(src, pos+h.n); q > 0 {
				m.match(q, ei+1, nb) // 创建、主持甲公司: a second verb
			}
		}
	}
}

// siteOfOther reports whether role heads a site (厂长 a works, 矿长 a
// mine, 场长 a farm, 站长 a station) and the object named before it is
// no such site: 甲公司厂长 runs one of 甲公司's works, not 甲公司.
func siteOfOther(src []byte, role string, b binding) bool {
	site, ok := strings.CutSuffix(role, "长")
	if !ok || len(b.obj) == 0 || !slices.Contains(zhSites, site) {
		return false
	}
	o := b.obj[len(b.obj)-1]
	return !bytes.HasSuffix(src[o.Start:o.End], []byte(site))
}

// zhSites are the sites whose head is named by the site and 长.
var zhSites = []string{"厂", "矿", "场", "站"}

// studyWhere reports whether the "where" clause after p tells of work
// done while studying ("where she worked with Doe", "where he did research
// on X"), not of a post held then or later ("where she was a trustee",
// "where she later taught").
func studyWhere(src []byte, p int) bool {
	q := doc.SkipSpace(src, p)
	if n, ok := matchLit(src, q, ", where "); ok {
		q = doc.SkipSpace(src, q+n)
	} else {
		return false
	}
	if w := lowerWordAt(src, q); w == "he" || w == "she" || w == "they" {
		q = doc.SkipSpace(src, q+len(w))
	}
	switch lowerWordAt(src, q) {
	case "worked", "did", "conducted", "researched", "studied", "wrote", "met", "collaborated":
		return true
	}
	return false
}

// degreeFrom reports whether a name at p is where a degree came from:
// "from" before it, and a degree or a graduation a few words before that.
func degreeFrom(src []byte, p int) bool {
	if wordBeforeName(src, p) != "from" {
		return false
	}
	before := bytes.ToLower(src[max(0, p-60):p])
	for _, w := range []string{"degree", "ph.d", "phd", "doctorate", "diploma", "bachelor", "master", "graduated", "graduating", "b.a.", "b.s.", "m.a.", "m.s.", "mba", "m.d."} {
		if bytes.Contains(before, []byte(w)) {
			return true
		}
	}
	return false
}

// participleBeforeSlot reports whether elems hold a participle or a
// passive's auxiliary before their first slot.
func participleBeforeSlot(elems []dict.Elem) bool {
	for _, e := range elems {
		if e.Kind == dict.Subject || e.Kind == dict.Object {
			return false
		}
		if e.Kind == dict.Lit && slices.ContainsFunc(e.Alts, func(a string) bool { return participle(strings.TrimSpace(a)) }) {
			return true
		}
	}
	return false
}

// participle reports whether w reads as a participle or a passive's
// auxiliary: a word in -ed, or one of irregularParticiples.
func participle(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

// participleAfter reports whether a participle or a passive's "was"
// follows p, perhaps after a comma or an opening parenthesis: "Acme,
// founded by", "Acme (headed by", "Acme was acquired".
func participleAfter(src []byte, p int) bool {
	p = doc.SkipSpace(src, p)
	if p < len(src) && (src[p] == ',' || src[p] == '(') {
		p = doc.SkipSpace(src, p+1)
	}
	return participle(lowerWordAt(src, p))
}

var irregularParticiples = wordSet("led run built made owned held bought sold was were is are")

// appositiveParticiple reports whether a short appositive follows p: a
// comma, "a" or "an", up to four lower-case words and a participle with
// its "by" ("the General Advisory Committee, an influential scientific
// committee chaired by Oppenheimer"). Such an appositive describes the
// name right before its comma.
func appositiveParticiple(src []byte, p int) bool {
	p = doc.SkipSpace(src, p)
	if p >= len(src) || src[p] != ',' {
		return false
	}
	p = doc.SkipSpace(src, p+1)
	w := lowerWordAt(src, p)
	if w != "a" && w != "an" {
		return false
	}
	p += len(w)
	for range 5 {
		p = doc.SkipSpace(src, p)
		w := lowerWordAt(src, p)
		if w == "" {
			return false
		}
		p += len(w)
		if participle(w) && lowerWordAt(src, doc.SkipSpace(src, p)) == "by" {
			return true
		}
	}
	return false
}

// namedHeadBefore reports whether "at" or "in" before p follows an
// organisation's name, or a capitalised word that no mention covers:
// the name at p qualifies another ("the Division of War Research at
// Columbia").
func (m *sentMatcher) namedHeadBefore(src []byte, p int) bool {
	w := wordBeforeName(src, p)
	if w != "at" && w != "in" {
		return false
	}
	_, q := doc.TrimSpace(src, 0, p)
	if lowerWordBefore(src, q) == "the" {
		_, q = doc.TrimSpace(src, 0, q-len("the"))
	}
	_, q = doc.TrimSpace(src, 0, q-len(w))
	s := q
	for s > 0 && (src[s-1] >= 'a' && src[s-1] <= 'z' || src[s-1] >= 'A' && src[s-1] <= 'Z') {
		s--
	}
	if s == q || s < m.sent.Start {
		return false // no word before, or only in the sentence before
	}
	if j := m.coveredBy(q - 1); j >= 0 {
		return m.ms[j].Entity.Type == dict.Organization // "the Division of War Research at Columbia"
	}
	if src[s] < 'A' || src[s] > 'Z' {
		return false
	}
	lead, _ := doc.TrimSpace(src, doc.ClauseStart(src, m.sent.Start, s), s)
	return lead < s // a capital that opens the clause may be any word
}

// listMate reports whether mention c stands in the list that subject
// mention s opens.
func (m *sentMatcher) listMate(s, c doc.Mention) bool {
	if c.Start < s.End || strings.ContainsRune("(（", runeBefore(m.d.Src, c.Start)) {
		return false // 丙资本（甲公司的投资方）: a parenthesis is about s
	}
	j := m.mentionAt(s.Start)
	if j < 0 {
		return false
	}
	return slices.ContainsFunc(m.coordinated(j), func(x doc.Mention) bool { return x.Start == c.Start })
}

// longListMate reports whether c is a later member of a list of three or
// more names that s is in.
func (m *sentMatcher) longListMate(s, c doc.Mention) bool {
	j := m.mentionAt(s.Start)
	return j >= 0 && len(m.coordinated(j)) >= 3 && m.listMate(s, c)
}

// colonNamesNext reports whether a colon at j, w bytes wide, introduces
// the name that fills the slot after gap element ei, in a short Chinese
// gap: 创建新的文学团体：新月诗社.
func (m *sentMatcher) colonNamesNext(src []byte, j, w, ei int) bool {
	if src[j] == ':' || ei+1 >= len(m.ru.elems) || m.ru.elems[ei+1].Kind != dict.Object {
		return false
	}
	r, _ := utf8.DecodeRune(src[j:])
	if r != '：' {
		return false
	}
	return m.mentionAt(j+w) >= 0 && (doc.EndsWithClassNoun(src[:j]) || endsWithAny(src[:j], zhBodyNouns))
}

// zhBodyNouns name kinds of body and work that doc's class nouns leave
// out, before a name a colon introduces.
var zhBodyNouns = []string{"团体", "社团", "组织", "学校", "刊物", "杂志", "报纸", "项目", "软件", "产品", "学会", "协会", "诗社", "书店"}

// zhSummedUp passes 等 and a short class phrase at p (等一批机器人公司)
// when 和, 以及 or 及 follows it, and returns where that coordinator
// starts; else p.
func zhSummedUp(src []byte, p int) int {
	n, ok := matchLit(src, p, "等")
	if !ok {
		return p
	}
	q := p + n
	for runes := 0; runes < 12 && q < len(src); runes++ {
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		if doc.EndsWithClassNoun(src[p+n : q+w]) {
			for _, c := range []string{"和", "以及", "及", "，以及", ",以及"} {
				if bytes.HasPrefix(src[q+w:], []byte(c)) {
					return q + w
				}
			}
		}
		q += w
	}
	return p
}

// memberTail returns where a list member of type t that ends at p ends
// with its own words, where the list goes on or ends after them: a
// work's class noun ("including Warcraft sequels, the Diablo series, and
// X") or a person's post ("by Walter Beech as president, his wife Olive
// as secretary, and Ted Wells"); else p.
func memberTail(src []byte, t dict.Type, p int) int {
	q := doc.SkipSpace(src, p)
	w := lowerWordAt(src, q)
	r := q
	switch {
	case t == dict.Project && memberNouns[w]:
		r = q + len(w)
	case t == dict.Project && runeBefore(src, p) == '》':
		// 《春风集》丛书和《论自由》杂志: a title's kind after it, the
		// longest that is there.
		for _, ks := range [][]string{zhWorkKinds, zhTitleTails} {
			for _, k := range ks {
				if bytes.HasPrefix(src[q:], []byte(k)) {
					r = max(r, q+len(k))
				}
			}
		}
	case t == dict.Project:
		r = productTail(src, q)
	case t == dict.Person && w == "as":
		r = skipAsPost(src, q)
	}
	if r > q && listEnds(src, r) {
		return r
	}
	return p
}

// asNext reports whether "as" follows slot ei in the rule ("{s} as
// @title"); Compile asks it once per rule (subjAs).
func (ru *rule) asNext(ei int) bool {
	i := ru.afterSpace(ei + 1)
	if i >= len(ru.elems) || ru.elems[i].Kind != dict.Lit {
		return false
	}
	return slices.ContainsFunc(ru.elems[i].Alts, func(a string) bool { return strings.HasPrefix(strings.TrimSpace(a)+" ", "as ") })
}

// ownPost reports whether "as" and a post follow person c ("Roe as
// president, Doe as …").
func ownPost(src []byte, c doc.Mention) bool {
	q := doc.SkipSpace(src, c.End)
	return c.Entity.Type == dict.Person && lowerWordAt(src, q) == "as" && skipAsPost(src, q) > q
}

// skipAsPost passes "as" and a post of a few words at p ("as vice
// president of engineering") up to the comma or "and" after it; it
// returns p if no such phrase is there.
func skipAsPost(src []byte, p int) int {
	q := doc.SkipSpace(src, p+len("as"))
	for n := 0; n < 6; n++ {
		w := lowerWordAt(src, q)
		if w == "" || w == "and" {
			break
		}
		q = doc.SkipSpace(src, q+len(w))
	}
	if q == doc.SkipSpace(src, p+len("as")) {
		return p
	}
	return q
}

// memberNouns are the class nouns that may follow a work's name in a
// list: "the Diablo series", "Warcraft sequels".
var memberNouns = wordSet("series sequel sequels franchise franchises game games expansion expansions trilogy saga books novels films albums")

// productTail returns the end of a product's class at p, a few
// lower-case words that end in a noun of productNouns ("the Juno-106
// synthesizer, TB-303 bass synthesizer, and TR-808 and TR-909 drum
// machines"), or p. No word of it may be one that ends a noun phrase's
// run (a verb's helper, a preposition, a conjunction).
func productTail(src []byte, p int) int {
	end := p
	for q, n := p, 0; n < 3; n++ {
		w := nounWord(src, q)
		if w == "" {
			break
		}
		q += len(w)
		if productNouns[w] {
			end = q // "bass synthesizer": the longest
		}
		q = doc.SkipSpace(src, q)
	}
	return end
}

// zhTitleTails are, with zhWorkKinds, what a title in 《》 may be said to
// be right after it (《春风集》一书).
var zhTitleTails = []string{"一书", "书", "丛书", "系列", "节目", "月刊", "周刊", "报告"}

// productNouns are the heads of a product's class, singular and plural.
var productNouns = func() map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields("synthesizer synthesiser guitar amplifier organ piano keyboard machine camera scanner printer computer laptop phone smartphone tablet console airliner plane jet fighter bomber helicopter glider engine car truck motorcycle bicycle tractor locomotive ship submarine tank missile rocket satellite probe drug vaccine pen watch clock model chip processor album film opera ballet symphony novel book magazine newspaper program programme language system browser device instrument radio receiver television player recorder drone robot") {
		set[w], set[w+"s"] = true, true
	}
	for _, w := range strings.Fields("bass basses bus buses lens lenses aircraft spacecraft software series") {
		set[w] = true
	}
	return set
}()

// nounWord returns the word at q if it is written in lower case and may
// stand in a noun phrase before its head (no word of tailStops), else "".
func nounWord(src []byte, q int) string {
	if q >= len(src) || src[q] < 'a' || src[q] > 'z' {
		return ""
	}
	if w := lowerWordAt(src, q); !tailStops[w] {
		return w
	}
	return ""
}

// tailStops are the words of grammar that end a noun phrase's run of
// lower-case words.
var tailStops = wordSet("and or but of in on at by for with from to into as the a an its their his her this that these those which who was were is are be been being has have had will would can could also then later first")

// qiWord reports whether the rune at p makes a word with 其 before it:
// 其间, 其后, 其时, 其实, 其中, 其他, 其余, 其次.
func qiWord(src []byte, p int) bool {
	r, _ := utf8.DecodeRune(src[p:])
	return strings.ContainsRune("间間后後时時实實中他它余餘次", r)
}

// zhWordInside lists, for a Chinese word a pattern spells out, the
// characters before and after it that make it part of another word:
// 基金主体 holds no 金主 (backer); 后者, 后来, 先后, 最后, 然后 no 后 that
// closes a clause of time.
var zhWordInside = map[string]struct{ before, after string }{
	"金主": {before: "基"},
	"后":  {before: "先最然落背", after: "者来來"},
}

// insideWord reports whether alt, matched from p to q, is part of a longer
// word by zhWordInside.
func insideWord(src []byte, p, q int, alt string) bool {
	w, ok := zhWordInside[alt]
	if !ok {
		return false
	}
	next, _ := utf8.DecodeRune(src[q:])
	return strings.ContainsRune(w.before, runeBefore(src, p)) || strings.ContainsRune(w.after, next)
}

// baObject returns the person that 把 makes the object of the clause of
// mention k before at (李四把张三招进乙大学做教授), or -1: what follows
// in the clause is done to, and then by, that person.
func (m *sentMatcher) baObject(k, at int) int {
	src := m.d.Src[:m.sent.End]
	for j := k + 1; j < len(m.ms) && m.ms[j].Start < at; j++ {
		c := m.ms[j]
		if c.Entity.Type != dict.Person || c.Start < m.ms[k].End || c.End > at {
			continue // one of a group's mentions, or not before at
		}
		if bytes.ContainsFunc(src[m.ms[k].End:c.Start], doc.IsClausePunct) || bytes.ContainsFunc(src[c.End:at], doc.IsClausePunct) {
			continue
		}
		pre := bytes.TrimRight(src[m.ms[k].End:c.Start], " ")
		if i := bytes.LastIndex(pre, []byte("把")); i >= 0 && utf8.RuneCount(pre[i:]) <= 12 && (i+len("把") == len(pre) || bytes.HasSuffix(pre, []byte("的"))) {
			return j // 把张三, 把年仅27岁的张三
		}
	}
	return -1
}

// subjectRightBefore reports whether a name stands right before p, with
// nothing but a Chinese time phrase or adverbs between: the subject of
// the verb at p.
func (m *sentMatcher) subjectRightBefore(p int) bool {
	src := m.d.Src[:m.sent.End]
	k := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start >= p }) - 1
	if k < 0 || m.ms[k].End > p {
		return false
	}
	q := doc.SkipSpace(src, m.ms[k].End)
	if t := skipZhTime(src, q); t > q {
		q = t
	}
	return doc.SkipSpace(src, skipZhAdverbs(src, q)) >= p
}

// verbComma reports whether the 、 at j, in a gap that starts at pos
// right after a subject, joins two verbs (张三创建、主持甲公司): one to
// four Chinese characters before it, none of them 的 or a name, and a
// Chinese character that starts no name after it.
func (m *sentMatcher) verbComma(src []byte, pos, j int) bool {
	n := utf8.RuneCount(src[pos:j])
	if n == 0 || n > 4 || m.mentionIn(pos, j) || bytes.ContainsAny(src[pos:j], "的") {
		return false
	}
	if !bytes.ContainsFunc(src[pos:j], func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
		q := j + len("、")
		r, _ := utf8.DecodeRune(src[q:])
		return unicode.Is(unicode.Han, r) && m.mentionAt(q) < 0
	}
	return false
}

// objectNext reports whether the object slot follows element ei, past
// optional text (了, 过) and gaps.
func (m *sentMatcher) objectNext(ei int) bool {
	for i := ei + 1; i < len(m.ru.elems); i++ {
		switch e := m.ru.elems[i]; {
		case e.Kind == dict.Object:
			return true
		case e.Kind == dict.Lit && slices.Contains(e.Alts, ""), e.Kind == dict.Gap:
		default:
			return false
		}
	}
	return false
}

// verbSeries returns where the object of a Chinese verb series starts
// (创建、主持甲公司, 创立并领导甲公司, 创办并长期经营了甲公司): after the
// verb at p, 、 or 并 and a second verb right before a name: two to four
// characters, or one to three and its aspect (了, 过); else 0.
func (m *sentMatcher) verbSeries(src []byte, p int) int {
	if r, _ := utf8.DecodeLastRune(src[:p]); !unicode.Is(unicode.Han, r) {
		return 0
	}
	n := 0
	for _, sep := range []string{"、", "并且", "并"} {
		if k, ok := matchLit(src, p, sep); ok {
			n = k
			break
		}
	}
	if n == 0 {
		return 0
	}
	q := p + n
	for i := 0; i < 4 && q < len(src); i++ {
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) || r == '的' || m.mentionAt(q) >= 0 {
			return 0
		}
		if r == '了' || r == '过' {
			// 创办并经营了甲公司: the second verb's aspect, right
			// before the name.
			if q += w; i == 0 || m.mentionAt(q) < 0 {
				return 0
			}
			return q
		}
		q += w
		if m.mentionAt(q) >= 0 {
			if i == 0 {
				return 0 // one character: 并甲公司 is no verb
			}
			return q
		}
	}
	return 0
}

// textAt is a text element's alternatives (altIndex.id) at an offset.
type textAt struct{ set, pos int32 }

// span32 is a range of sentMatcher.hits.
type span32 struct{ from, to int32 }

// textHit is one alternative of a text element that matches at an
// offset: n bytes long, and then adverb, past an English adverb, or -1.
// For a role, deputy says that a deputy's word or an article of one of
// many stands before it (see deputy, oneOfMany), and role is the role a
// fact takes from it.
type textHit struct {
	n, adverb int
	deputy    bool
	// itself says that the verb matched is said of its subject alone
	// (成立后); only a pattern that spells that out takes it.
	itself bool
	role   string
}

// textHits returns the alternatives of text element e, indexed by x, that
// match at pos, in their order. What they are depends on the sentence and
// the element alone, not on the rule, so a sentence works it out once:
// dozens of rules share a word class and try it at the same offsets.
func (m *sentMatcher) textHits(src []byte, pos int, x *altIndex, e dict.Elem) []textHit {
	k := textAt{int32(x.id), int32(pos)}
	if s, ok := m.texts[k]; ok {
		return m.hits[s.from:s.to]
	}
	if m.texts == nil {
		m.texts = map[textAt]span32{}
	}
	from := len(m.hits)
	deputyAt := -1 // deputy's result at pos, once an alternative matches
	oneOf := false
	for _, i := range x.at(src, pos) {
		alt := e.Alts[i]
		n, ok := matchLit(src, pos, alt)
		if !ok || e.Kind == dict.Lit && insideWord(src, pos, pos+n, alt) {
			continue // 基金主体: no 金主 (backer) in it
		}
		itself := false
		if e.Kind == dict.Lit && (nominalized(src, pos+n, alt) || alt == "当" && startsWithAny(src[pos+n:], dangWords)) {
			if !startsWithAny(src[pos+n:], selfSaid[alt]) {
				continue
			}
			itself = true // 成立后: kept for the patterns that spell 后 out
		}
		if e.Kind == dict.Role && strings.HasSuffix(alt, "长") && longWordAfter(src[pos+n:]) {
			continue // 甲集团长期投资: 长 opens 长期, no post's 长
		}
		if e.Kind == dict.Role && possessiveAt(src, pos+n) > 0 {
			continue // "Roe, an Acme engineer's wife": the title is another's
		}
		h := textHit{n: n, adverb: -1, itself: itself}
		if e.Kind == dict.Role {
			if deputyAt < 0 {
				deputyAt, oneOf = deputy(src, pos), oneOfMany(src, pos)
			}
			d := deputyAt
			goesOn := zhTitleEnd(src, pos+n)
			h.deputy = d > 0 || oneOf || goesOn > 0 || headOfCompound(src, pos, n)
			h.role = alt
			if goesOn > 0 {
				h.role = string(src[pos:goesOn])
			}
			if d > 0 {
				// A deputy is a member all the same: "associate
				// superintendent of X" works for X, under its title.
				h.role = strings.ToLower(string(src[pos-d:pos])) + h.role
			}
		}
		if last, _ := utf8.DecodeLastRuneInString(alt); last == ' ' || last < utf8.RuneSelf && doc.LatinWordRune(last) {
			if q, ok := skipAdverb(src, pos+n); ok {
				h.adverb = q
			}
		}
		m.hits = append(m.hits, h)
	}
	if e.Kind == dict.Role {
		// 技师长 before 技师: the longest title that matches is the role.
		slices.SortStableFunc(m.hits[from:], func(a, b textHit) int { return b.n - a.n })
		if hits := m.hits[from:]; len(hits) > 1 && hasHan(src[pos:pos+hits[0].n]) {
			// and the only one: 董事 in 董事长张三 is no title of its own,
			// which would leave 长张三 after it and hide whose title it is.
			m.hits = m.hits[:from+1]
		}
	}
	if q := m.roleModifier(src, pos); e.Kind == dict.Role && len(m.hits) == from && q > 0 {
		// "former financial editor of X", "Permanent Secretary of
		// the Treasury": a word that says which kind of the title.
		// It makes the title a department's ("technical director"),
		// which heads no whole organisation, as a deputy's does not.
		d := deputy(src, q)
		for _, i := range x.at(src, q) {
			alt := e.Alts[i]
			if r, _ := utf8.DecodeRuneInString(alt); r >= utf8.RuneSelf {
				continue
			}
			n, ok := matchLit(src, q, alt)
			if !ok {
				continue
			}
			h := textHit{n: q - pos + n, adverb: -1, deputy: true, role: strings.ToLower(string(src[pos:q])) + alt}
			if d > 0 {
				h.role = strings.ToLower(string(src[q-d:q])) + alt
			}
			m.hits = append(m.hits, h)
		}
	}
	m.texts[k] = span32{int32(from), int32(len(m.hits))}
	return m.hits[from:]
}

// roleModifier returns where a title starts after one Latin word at p
// that may say which kind of the title it is ("financial editor",
// "Permanent Secretary"), or -1: two letters or more, no name, no
// word of grammar.
func (m *sentMatcher) roleModifier(src []byte, p int) int {
	if p > 0 && p < len(src) && (doc.LatinWordRune(rune(src[p-1])) || src[p-1] == '-') {
		return -1 // not at a word's start
	}
	var buf [24]byte // the word in lower case, if it is short enough to be one
	q := p
	for q < len(src) && (src[q] >= 'a' && src[q] <= 'z' || src[q] >= 'A' && src[q] <= 'Z' || q > p && src[q] == '-') {
		if q-p == len(buf) {
			return -1
		}
		buf[q-p] = lowerASCII(src[q])
		q++
	}
	w := buf[:q-p]
	if q-p < 2 || q >= len(src) || src[q] != ' ' || bytes.HasSuffix(w, []byte("ed")) || notModifiers[string(w)] || m.grammar[string(w)] && !m.titleWords[string(w)] || m.covered(p) {
		return -1 // "was elected chairman": a participle is no kind of title
	}
	return q + 1
}

// covered reports whether a mention starts at p or spans it.
func (m *sentMatcher) covered(p int) bool { return m.coveredBy(p) >= 0 }

// coveredBy returns the mention that starts at p or spans it, or -1.
func (m *sentMatcher) coveredBy(p int) int {
	k := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start > p })
	if k > 0 && m.ms[k-1].End > p {
		return k - 1
	}
	return -1
}

// notModifiers are the words of grammar that say nothing of a title's
// kind: what follows them is no title of the phrase.
var notModifiers = map[string]bool{"of": true, "and": true, "or": true, "the": true, "a": true, "an": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "your": true, "in": true, "at": true, "for": true, "to": true, "with": true,
	"by": true, "from": true, "as": true, "on": true, "who": true, "which": true, "that": true, "was": true, "is": true, "were": true,
	"are": true, "be": true, "been": true, "not": true, "no": true, "also": true, "then": true, "later": true, "now": true,
	"but": true, "while": true, "when": true, "after": true, "before": true, "into": true, "than": true, "this": true, "these": true,
	"he": true, "she": true, "they": true, "it": true, "we": true, "one": true, "some": true, "any": true, "each": true,
	"every": true, "all": true, "both": true, "other": true, "another": true, "such": true, "same": true, "own": true,
	"unpaid": true, "honorary": true, "guest": true, "student": true, "would-be": true, "future": true, "prospective": true,
	"under": true, "over": true, "about": true, "between": true, "against": true, "during": true, "without": true, "within": true,
	"across": true, "through": true, "via": true, "per": true, "like": true, "including": true, "since": true, "until": true,
	"among": true, "behind": true, "beyond": true, "near": true, "upon": true, "toward": true, "towards": true, "except": true,
	"plus": true, "named": true, "called": true, "became": true, "become": true, "becomes": true, "served": true, "serves": true}

// matchGap tries every end of a gap of up to e.Max runes; a parenthesis
// counts as one rune, and only a wide gap crosses clause punctuation.
// A gap does not pass over a nearer candidate for the slot next to it
// (see nearer), nor, when wide, over a name that a relative pronoun
// makes the subject of what follows ("met Doe, who founded").
func (m *sentMatcher) matchGap(src []byte, pos, ei int, e dict.Elem, b binding) {
	before, after := m.slotTypes(ei)
	near := !e.Wide && e.Max <= nearGap
	if before == nil && after == nil {
		before, after = m.slotTypesNear(ei)
		near = !e.Wide && e.Max <= nearWordGap
	}
	afterSubject := near && ei > 0 && m.ru.elems[ei-1].Kind == dict.Subject
	// 张三带领团队参与了X: in a short gap between a verb with its aspect
	// (了|过|) and the object, 了 closes another verb, whose object X is.
	afterVerb := near && ei > 0 && ei+1 < len(m.ru.elems) && m.ru.elems[ei+1].Kind == dict.Object &&
		m.ru.elems[ei-1].Kind == dict.Lit && slices.Contains(m.ru.elems[ei-1].Alts, "了")
	// 甲公司投资成立戊科技: in a short gap between a Chinese verb and the
	// object, a verb of founding takes the object; the first verb tells
	// how (with its money), not what it did to the object.
	foundStop := !e.Wide && m.ru.foundStop != nil && m.ru.foundStop[ei]
	// 乙大学计算机系主任 heads a department, not the university: where the
	// relation does not take an organisation's parts, a gap after the
	// object does not end on a unit's noun.
	noUnit := !e.Wide && !m.ru.rel.Parts && m.prevSlot(ei) == dict.Object
	// 甲公司新石实验室产品负责人: a title after a unit named in the gap is
	// the unit's, wherever in the gap the unit stands.
	titleNext := ei+1 < len(m.ru.elems) && m.ru.elems[ei+1].Kind == dict.Role
	// 张三接棒李四，成为甲公司CEO: a short gap that opens a clause is no
	// apposition when a verb opens it; the clause has its own subject.
	noVerb := !e.Wide && e.Max <= 2 && afterClausePunct(src, pos)
	// 甲公司由华人科学家张三创办: a gap between the object and a title
	// does not pass 由 or 被, which make the name after them the agent
	// of a verb to come: the title is not held at the object.
	agentStop := !e.Wide && m.prevSlot(ei) == dict.Object && ei+1 < len(m.ru.elems) && m.ru.elems[ei+1].Kind == dict.Role
	// "created a new division to make Gizmo", "wrote a book about Gizmo":
	// in a short gap between the subject's verb and the object, a name
	// after "to", "for" or "about" is what another verb or a noun of the
	// gap governs, not what the verb acts on.
	objStop := !e.Wide && m.prevSlot(ei) == dict.Subject && ei+1 < len(m.ru.elems) && m.ru.elems[ei+1].Kind == dict.Object
	toInf := e.Wide && m.prevSlot(ei) == dict.Subject && ei+1 < len(m.ru.elems) && infinitiveLit(m.ru.elems[ei+1])
	hiredEnd := -1 // the end of a person a verb of the subject's takes, under toInf
	if afterVerb {
		if r, _ := utf8.DecodeRune(src[pos:]); strings.ContainsRune("对向与同跟从给", r) {
			// 买下对佰德有优先收购权的捷威: a name a preposition governs
			// after the verb is not what the verb acts on.
			return
		}
	}
	if agentStop && opensWithVerb(src[doc.SkipSpace(src, pos):]) {
		// 丙资本担任独家财务顾问: the organisation takes the post itself;
		// it is no employer of someone from context.
		return
	}
	if !e.Wide && len(b.obj) > 0 && b.obj[len(b.obj)-1].End == pos && m.prevSlot(ei) == dict.Object {
		if _, ok := zhCoordinator(src, pos); ok {
			// 丁创投及老股东戊科技: a gap right after the object that opens
			// with a coordinator joins another name to it; it modifies
			// nothing of the object's.
			m.match(pos, ei+1, b)
			return
		}
	}
	// A short gap that opens a later clause than the person who is the
	// subject, before the verb, where the pattern opens with the subject
	// ("Along with A, Roe co-founded X" names companions first).
	var earlierSubj *dict.Entity // the person, where the gap opens a later clause
	if !e.Wide && len(b.subj) > 0 && m.ru.elems[0].Kind == dict.Subject && m.prevSlot(ei) != dict.Object && ei+1 < len(m.ru.elems) && m.ru.elems[ei+1].Kind == dict.Lit && afterClausePunct(src, pos) {
		last := b.subj[len(b.subj)-1]
		if last.End <= pos && last.Entity.Type == dict.Person && clausePunctIn(src[last.End:pos]) {
			earlierSubj = last.Entity
		}
	}
	for n, j := 0, pos; n <= e.Max && j <= len(src); n++ {
		if j >= m.deadline[ei+1] {
			break // nothing the rest of the pattern needs lies further on
		}
		if foundStop && foundingAt(src, j) {
			break // the object from here on is the founding verb's
		}
		if titleNext && m.prevSlot(ei) == dict.Object && j > pos && (endsWithAny(src[pos:j], zhAssociations) || !m.ru.rel.Parts && endsWithAny(src[pos:j], zhStaffBodies)) {
			// 乙大学校友会会长 heads the alumni association, not the
			// university; 甲公司工会主席 works for the company and heads
			// its union, not the company.
			break
		}
		if (!noUnit || !endsWithUnit(src[pos:j]) && !(titleNext && (holdsUnit(src[pos:j]) || endsWithTitleUnit(src[pos:j]) || partInCharge(src, pos, j)))) && (!noVerb || !opensWithVerb(src[pos:j])) && (hiredEnd < 0 || j > hiredEnd && andIn(src[hiredEnd:j])) {
			if j == pos {
				m.emptyGap = pos // "engineer on ~3{o}": the pattern's own preposition
			}
			m.match(j, ei+1, b)
			m.emptyGap = -1
		}
		if j == len(src) {
			break
		}
		if afterSubject {
			// 张三的公司投资了X, 张三成立了风险投资基金X: 的 right after the
			// subject makes it a possessor, and 了 closes another verb;
			// a trigger further on is not the subject's.
			if r, _ := utf8.DecodeRune(src[j:]); r == '的' && j == pos && !namedBy(src, b.subj) || r == '了' {
				break
			}
			// 张三领导的团队开发了X: a verb of the subject's and 的 before a
			// group make the group the clause's subject.
			if n, ok := matchLit(src, j, "的"); ok && j > pos && startsWithAny(src[j+n:], zhGroupNouns) {
				break
			}
		}
		if m.blocks(src, pos, j, ei, e, b, near, before, after) {
			break
		}
		r, w := utf8.DecodeRune(src[j:])
		if afterVerb && j > pos && r == '了' {
			break
		}
		if earlierSubj != nil {
			if k := m.mentionAt(j); k >= 0 && m.ms[k].Entity.Type == dict.Person && m.ms[k].Entity != earlierSubj && m.ms[k].How != doc.Coref {
				// 李四毕业于乙大学后，张三加入甲公司: past the subject's
				// clause, a name of its kind in a short gap before the
				// verb is the subject of the verb.
				break
			}
		}
		if toInf {
			if k := m.mentionAt(j); k >= 0 && m.ms[k].Entity.Type == dict.Person && objectVerbs[wordBeforeName(src, j)] && possessiveAt(src, m.ms[k].End) == 0 {
				// "Roe hired Doe, a former Acme engineer, to run Beta":
				// past a verb whose object is a person, the infinitive
				// is that person's, until "and" opens another verb of
				// the subject's ("hired Doe and later left to head X").
				hiredEnd = m.ms[k].End
			}
		}
		if objStop && (gapWordAt(src, pos, j, gapPrepositions) ||
			r >= utf8.RuneSelf && startsWithAny(src[j:], zhVisitVerbs) || // 张三率队访问甲公司: the visit's object
			hasType(m.ru.rel.Object, dict.Project) && gapWordAt(src, pos, j, aboutWork)) { // "wrote a review of X"
			break // "created a division to make X", "wrote about X"
		}
		if !e.Wide && m.prevSlot(ei) == dict.Subject && zhRelativeOpens(src, j) {
			// 张三在她父亲创办的甲公司上学, 张三，其父生于X, 张三，父亲是甲公司
			// 的创始人: the relative the pronoun or the clause names is the
			// subject of what follows (张三和他父亲一起创办 has two).
			break
		}
		if m.prevSlot(ei) == dict.Subject && j > pos && afterClausePunct(src, j) && startsWithAny(src[j:], latterWords) {
			// 丙资本是X的金主之一，后者投出了Y: the latter opens a clause
			// of another subject.
			break
		}
		if e.Wide && r == ' ' && m.prevSlot(ei) == dict.Subject && len(b.subj) > 0 && relativeAt(src, j+1) && !appositive(src, b.subj[len(b.subj)-1].End, j) {
			// "Roe hired a man who had studied at Acme": a relative
			// clause past the subject's predicate is about the noun
			// before it; in an apposition ("Roe, a graduate who") or
			// after a copula ("is a native of X who") it is the
			// subject's.
			break
		}
		if !e.Wide && r == ' ' && andPredicate(src, j) {
			// "earned a degree in physics and worked at Acme": a second
			// predicate opens; what follows is no longer the gap's.
			break
		}
		if !e.Wide && j > pos && (bytes.HasPrefix(src[j:], []byte("'s ")) || bytes.HasPrefix(src[j:], []byte("’s "))) && afterPossessive(src, pos) {
			// In a gap after a possessor another possessive names
			// another owner: "Acme's rival's product, Gizmo".
			break
		}
		if r == '(' || r == '（' {
			if q := skipParen(src, j); q > j {
				j = q
				continue
			}
		}
		if doc.IsSentenceEnd(r) || doc.IsClausePunct(r) && !e.Wide && !(afterSubject && r == '、' && m.verbComma(src, pos, j)) && !m.colonNamesNext(src, j, w, ei) && !doc.ThousandsComma(src, j) && !m.placeComma(src, j) {
			break
		}
		if agentStop && (r == '由' || r == '被' || r == '该') {
			// 该 names another organisation nearer the title (新华社记者
			// 采写的反映该厂及厂长张三): the title is held there.
			break
		}
		j += w
	}
}

// latterWords name the second of two just named, another subject than
// the first.
var latterWords = []string{"后者", "後者", "the latter", "The latter"}

// namedBy reports whether the last of subj follows a verb of naming
// (一个叫张三的广告人, 名叫张三的工程师, 一家叫甲公司的企业): the 的 after the
// name closes the clause that names what the noun after it is; the name
// is no possessor.
func namedBy(src []byte, subj []doc.Mention) bool {
	return len(subj) > 0 && doc.NamedAfter(src, subj[len(subj)-1].Start)
}

// placeComma reports whether a comma at j sets off the parts of a
// place's name ("in Wichita, Kansas, in 1932"): a place ends right
// before it, and another place or a date's preposition follows it.
func (m *sentMatcher) placeComma(src []byte, j int) bool {
	if src[j] != ',' {
		return false
	}
	k := m.mentionEndingAt(j)
	if k < 0 || m.ms[k].Entity.Type != dict.Place {
		return false
	}
	q := doc.SkipSpace(src, j+1)
	if n := m.mentionAt(q); n >= 0 {
		return m.ms[n].Entity.Type == dict.Place
	}
	// "in Wichita, Kansas, in 1932": a region the dictionary does not
	// name, one or two capitalised words, then the date.
	if e := capWordsEnd(src, q, 2); e > q && e < len(src) && src[e] == ',' {
		q = doc.SkipSpace(src, e+1)
	}
	for _, w := range []string{"in ", "on "} {
		if n, ok := matchLit(src, q, w); ok {
			r := doc.SkipSpace(src, q+n)
			return r < len(src) && (src[r] >= '0' && src[r] <= '9' || startsWithAny(src[r:], doc.Months))
		}
	}
	return false
}

// capWordsEnd returns where up to n capitalised Latin words from p
// end (before the white space or punctuation after them), or p if
// none start there.
func capWordsEnd(src []byte, p, n int) int {
	end := p
	for q := p; n > 0 && q < len(src) && src[q] >= 'A' && src[q] <= 'Z'; n-- {
		e := q + 1
		for e < len(src) && (src[e] >= 'a' && src[e] <= 'z' || src[e] >= 'A' && src[e] <= 'Z') {
			e++
		}
		end = e
		if e >= len(src) || src[e] != ' ' {
			break
		}
		q = e + 1
	}
	return end
}

// afterLocative reports whether a verb of location stands right before p
// (位于, "located at"): the name after it is a place.
func afterLocative(src []byte, p int) bool {
	return endsWithAny(bytes.TrimRight(src[:p], " "), locatives)
}

// possessedName returns the mention right after an English possessive
// ending after mention k ("NASA's Ames Research Center", "XL Recordings'
// Abeano imprint"), when it is of one of the types and not k's own
// entity; else -1.
func (m *sentMatcher) possessedName(src []byte, k int, types []dict.Type) int {
	p := m.ms[k].End
	n := possessiveAt(src, p)
	if n == 0 {
		return -1
	}
	j := m.mentionAt(doc.SkipSpace(src, p+n))
	if j < 0 || !hasType(types, m.ms[j].Entity.Type) || m.ms[j].Entity == m.ms[k].Entity {
		return -1
	}
	return j
}

// describedPossession returns the mention after an English possessive
// ending after mention k and a noun of a few lower-case words ("Beta's
// parent label Acme", "Acme's subsidiary Beta"), when it is of one of
// the types and not k's own entity; else -1.
func (m *sentMatcher) describedPossession(src []byte, k int, types []dict.Type) int {
	p := m.ms[k].End
	n := possessiveAt(src, p)
	if n == 0 {
		return -1
	}
	q := doc.SkipSpace(src, p+n)
	for words := 0; words < 3; words++ {
		w := nounWord(src, q)
		if w == "" {
			break
		}
		q = doc.SkipSpace(src, q+len(w))
		if j := m.mentionAt(q); j >= 0 {
			if !hasType(types, m.ms[j].Entity.Type) || m.ms[j].Entity == m.ms[k].Entity {
				return -1
			}
			return j
		}
	}
	return -1
}

// placeChain returns the Chinese chain of places that starts at mention
// k (中国四川省綿陽市; 马萨诸塞州的牛顿): each next place follows the one
// before with nothing between but 的 or a few Han characters of a place
// the dictionary does not know (廣東).
func (m *sentMatcher) placeChain(src []byte, k int) []doc.Mention {
	chain := []doc.Mention{m.ms[k]}
	for {
		j := k + 1
		for j < len(m.ms) && m.ms[j].Start < m.ms[k].End {
			j++
		}
		if j >= len(m.ms) || m.ms[j].Entity.Type != dict.Place || m.ms[j].Entity == m.ms[k].Entity {
			return chain
		}
		gap := src[m.ms[k].End:m.ms[j].Start]
		if string(gap) != "的" && !placeGap(gap) {
			return chain
		}
		k = j
		chain = append(chain, m.ms[k])
	}
}

// placeGap reports whether gap, between two places, can only be the name
// of a place between them: up to six Han characters, none of them one
// that ties words into a clause.
func placeGap(gap []byte) bool {
	n := 0
	for _, r := range string(gap) {
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("的和与及并在于后是一个家人时长也还曾被到从往去来今原即", r) {
			return false
		}
		n++
	}
	return n <= 6
}

// ownsOtherKind reports whether an English possessive after mention o
// heads a name of a type the relation's objects do not include ("Acme's
// Gizmo Review" for a post at an organisation).
func (m *sentMatcher) ownsOtherKind(src []byte, o doc.Mention, types []dict.Type) bool {
	n := possessiveAt(src, o.End)
	if n == 0 {
		return false
	}
	j := m.mentionAt(doc.SkipSpace(src, o.End+n))
	if j < 0 || hasType(types, m.ms[j].Entity.Type) {
		return false
	}
	// "Acme's Gizmo lab": a unit the name only labels is the owner's.
	return !startsWithAny(src[doc.SkipSpace(src, m.ms[j].End):], unitNouns)
}

// unitNouns are the English nouns of an organisation's units.
var unitNouns = []string{"lab ", "lab,", "lab.", "labs", "laboratory", "laboratories", "division", "group", "team", "department", "unit", "office", "center", "centre", "institute", "project "}

// possessiveAt returns the length of the English possessive ending and
// the space after it at p, the end of a name: 's, or a bare apostrophe
// after a name ending in s ("XL Recordings' "); else 0.
func possessiveAt(src []byte, p int) int {
	for _, w := range []string{"'s ", "’s "} {
		if l, ok := matchLit(src, p, w); ok {
			return l
		}
	}
	if p > 0 && src[p-1]|0x20 == 's' {
		for _, w := range []string{"' ", "’ "} {
			if l, ok := matchLit(src, p, w); ok {
				return l
			}
		}
	}
	return 0
}

// ownedName returns the name that mention k owns, when 旗下 or 下属 (with
// 的 or not, past a parenthesis) and a name of one of the types follow k
// (丙资本（SMG）旗下的戊科技, 李四旗下的丙资本): the phrase is about that name;
// else -1.
func (m *sentMatcher) ownedName(src []byte, k int, types []dict.Type) int {
	p := doc.SkipSpace(src, m.ms[k].End)
	if q := skipParen(src, p); q > p {
		p = doc.SkipSpace(src, q)
	}
	n := 0
	for _, w := range []string{"旗下的", "旗下", "下属的", "下属"} {
		if l, ok := matchLit(src, p, w); ok {
			n = l
			break
		}
	}
	if n == 0 {
		return -1
	}
	j := m.mentionAt(doc.SkipSpace(src, p+n))
	if j < 0 || !hasType(types, m.ms[j].Entity.Type) {
		return -1
	}
	return j
}

// locatedName reports whether the name after a verb of location at k
// locates a name of one of the types that follows it with 的, a few
// characters on and in the same clause (位于乙大学的甲公司, 位于乙大学的X计划
// 下属的甲实验室): that name, not the place, is what the sentence is about.
func (m *sentMatcher) locatedName(src []byte, k int, types []dict.Type) bool {
	if hasType(types, dict.Place) {
		return false
	}
	p := m.ms[k].End
	if !bytes.HasPrefix(src[p:], []byte("的")) {
		return false
	}
	end := clauseAhead(src, p+len("的"), 16)
	for j := k + 1; j < len(m.ms) && m.ms[j].Start < end; j++ {
		if m.ms[j].Start > p && hasType(types, m.ms[j].Entity.Type) {
			return true
		}
	}
	return false
}

var locatives = []string{"位于", "坐落于", "坐落在", "地处", "设于", "设在", "located in", "located at", "situated in", "situated at"}

// gapPrepositions end a short gap before an object: what follows them is
// governed by another word of the gap.
var gapPrepositions = []string{" to ", " for ", " about "}

// gapWordAt reports whether one of words, each written with the spaces
// around it, stands at j in a gap that opens at pos: at a space, or at
// the gap's start after the space before it.
func gapWordAt(src []byte, pos, j int, words []string) bool {
	return j < len(src) && src[j] == ' ' && startsWithAny(src[j:], words) ||
		j == pos && j > 0 && startsWithAny(src[j-1:], words)
}

// zhAssociations are bodies named after an organisation that are not
// its parts: a post in them is no post at the organisation.
var zhAssociations = []string{"校友会", "同学会", "学生会", "基金会", "家长会", "校友总会", "联谊会",
	// Schools and hospitals attached to it are institutions of their own.
	"附属医院", "附属中学", "附属小学", "附属学校", "附中", "附小"}

// associationAfter reports whether the noun of a body named after an
// organisation but not part of it follows p: an alumni association, a
// union, a foundation, a pension fund (校友会, 基金会), or the people
// around it ("a leader in the Acme community", its customers and fans).
func associationAfter(src []byte, p int) bool {
	if startsWithAny(src[p:], zhAssociations) {
		return true
	}
	if p >= len(src) || src[p] != ' ' {
		return false
	}
	for _, a := range associations {
		if n, ok := matchLit(src, p+1, a); ok {
			if e := p + 1 + n; e == len(src) || !doc.LatinWordRune(rune(src[e])) {
				return true
			}
		}
	}
	return false
}

var associations = []string{"alumni association", "alumni society", "alumni club", "alumni council", "alumni network", "alumnae association",
	"old boys' association", "old boys association", "foundation", "union", "student union", "students' union",
	"students union", "pension fund", "pension plan", "endowment", "charitable trust", "charity", "booster club", "fan club",
	"supporters' club", "supporters club", "political action committee",
	"community", "communities", "ecosystem", "ecosystems", "customers", "users", "fans", "fanbase"}

// zhStaffBodies are bodies of an organisation's staff, its board's
// committees and its press: a post in them is at the organisation, but
// does not head it.
var zhStaffBodies = []string{"工会", "团委", "职代会", "妇委会", "审计委员会", "薪酬委员会", "提名委员会", "战略委员会", "顾问委员会", "风险委员会", "出版社"}

// zhGroupNouns are groups of people that a relative clause on a person
// may head: 张三领导的团队, 张三所在的实验室.
var zhGroupNouns = []string{"团队", "小组", "课题组", "研究组", "研究团队", "实验室", "公司", "企业", "机构", "团体", "部门", "工作室"}

// zhVisitVerbs are Chinese verbs of visiting and attending: in a gap
// before the object they take it, whatever the verb before them.
var zhVisitVerbs = []string{"访问", "参观", "考察", "拜访", "出访", "出席", "走访", "视察", "造访", "探访", "慰问"}

// zhAboutWork reports whether c names the work that another work is
// about, or whose dress it is: 关于星火系统的评论, 星火系统的书评, 《星火》的封面.
func zhAboutWork(src []byte, c doc.Mention) bool {
	if endsWithAny(src[:c.Start], []string{"关于", "有关"}) {
		return true
	}
	p := c.End
	for _, mark := range []string{"》", "」", "』", "”"} {
		if n, ok := matchLit(src, p, mark); ok {
			p += n
			break
		}
	}
	if n, ok := matchLit(src, p, "的"); ok {
		p += n
	}
	return startsWithAny(src[p:], zhAboutWorkNouns)
}

var zhAboutWorkNouns = []string{"序", "跋", "注", "书评", "评论", "影评", "乐评", "封面", "序言", "前言", "译本", "英译本", "中译本", "简介",
	"综述", "海报", "续集", "读后感", "导读", "评述", "述评", "评注", "注释本"}

// aboutWork are nouns of a work about another work, or of a part of its
// dress, with their preposition: what is written or designed is the
// review or the cover, not the work the object names.
var aboutWork = []string{" review of ", " reviews of ", " critique of ", " cover of ", " covers of ", " cover for ",
	" study of ", " history of ", " biography of ", " analysis of ", " commentary on ", " parody of ", " parodies of ",
	" adaptation of ", " translation of ", " critique on ", " review on ", " essay on ", " article on ", " paper on ",
	" book on ", " poster for ", " logo for ", " logo of "}

// andPredicate reports whether " and " and a past-tense verb start at p
// (" and worked at"): a second predicate of the clause, unless an agent
// follows the verb and the word before "and" is a participle too
// ("developed and produced by X", "designed and made in Japan by X" share
// it). After words of the first verb's own ("founded in 1990 and sold by
// X"), the agent is the second verb's alone.
func andPredicate(src []byte, p int) bool {
	if !bytes.HasPrefix(src[p:], []byte(" and ")) {
		return false
	}
	q := p + len(" and ")
	e := q
	for e < len(src) && src[e] >= 'a' && src[e] <= 'z' {
		e++
	}
	w := string(src[q:e])
	after := !participle(lowerWordBefore(src, p))
	verb := e-q > 4 && strings.HasSuffix(w, "ed") && !descriptorStop[w] || after && irregularParticiples[w]
	return verb && (after || !bytes.HasPrefix(src[e:], []byte(" by ")))
}

// objectPosition reports whether a verb in the past or a preposition
// stands before a name at p, past "the": the name is an object.
func objectPosition(src []byte, p int) bool {
	w := wordBeforeName(src, p)
	return len(w) > 3 && strings.HasSuffix(w, "ed") || objectLeads[w]
}

var objectLeads = wordSet("bought took left met ran led sold won at for with from by of to on in into")

// andSubject reports whether "and" stands before mention c and a finite
// verb follows it: "and Doe later founded", "and Doe was".
func andSubject(src []byte, c doc.Mention) bool {
	return lowerWordBefore(src, c.Start) == "and" && verbAfter(src, c)
}

// verbAfter reports whether a finite verb follows mention c, perhaps
// after adverbs: "Doe later founded", "Doe was".
func verbAfter(src []byte, c doc.Mention) bool {
	p := c.End
	p = skipAdverbs(src, p)
	p = doc.SkipSpace(src, p)
	if p == c.End || p >= len(src) {
		return false
	}
	w := lowerWordAt(src, p)
	return finiteVerbs[w] || pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && src[p] >= 'a' && src[p] <= 'z'
}

var finiteVerbs = wordSet("was were is are has had have became becomes joined left founded led took went said")

// clausePunctIn reports whether b holds clause punctuation.
func clausePunctIn(b []byte) bool {
	for len(b) > 0 {
		r, w := utf8.DecodeRune(b)
		if doc.IsClausePunct(r) {
			return true
		}
		b = b[w:]
	}
	return false
}

// afterClausePunct reports whether clause punctuation, and then perhaps
// space, stands right before p.
func afterClausePunct(src []byte, p int) bool { return doc.IsClausePunct(runeBefore(src, p)) }

// clauseOpenedAt reports whether p opens a clause: clause punctuation
// before it, perhaps with a conjunction and a time phrase between (", and
// in 1990 Doe", ", but later Doe").
func clauseOpenedAt(src []byte, p int) bool {
	q := p
	for n := 0; n < 6; n++ {
		if afterClausePunct(src, q) {
			return true
		}
		_, e := doc.TrimSpace(src, 0, q)
		s := e
		for s > 0 && src[s-1] < utf8.RuneSelf && (doc.LatinWordRune(rune(src[s-1])) || src[s-1] == '-') {
			s--
		}
		w := strings.ToLower(string(src[s:e]))
		if subordinators[w] {
			return true // "Roe was present when Doe, working at Acme,…"
		}
		if w == "" || !clauseOpeners[w] && (w[0] < '0' || w[0] > '9') {
			return false
		}
		q = s
	}
	return false
}

// subordinators open a clause of their own wherever they stand.
var subordinators = wordSet("when while whereas although though because until unless whenever")

// clauseOpeners may stand between the comma and the subject of a clause:
// conjunctions and the words of a time phrase.
var clauseOpeners = map[string]bool{"and": true, "but": true, "so": true, "then": true, "later": true, "in": true, "on": true, "by": true,
	"since": true, "after": true, "that": true, "year": true, "the": true, "early": true, "late": true, "mid": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true}

// runeBefore returns the last rune before p that is not white space.
func runeBefore(src []byte, p int) rune {
	_, q := doc.TrimSpace(src, 0, p)
	r, _ := utf8.DecodeLastRune(src[:q])
	return r
}

// opensWithVerb reports whether a gap's text starts with a Chinese verb
// that takes a post or a copula (成为, 担任, 是…).
func opensWithVerb(gap []byte) bool {
	for _, v := range zhPostVerbs {
		if bytes.HasPrefix(gap, []byte(v)) {
			return true
		}
	}
	return false
}

var zhPostVerbs = []string{"成为", "担任", "出任", "升任", "就任", "接任", "当选", "是", "为", "任"}

// nounSuffixes turn a Chinese verb into a noun: 投资方 (investor), 创办人
// (founder), 开发者 (developer), 设计师 (designer).
var nounSuffixes = map[rune]bool{'方': true, '人': true, '者': true, '师': true, '家': true, '商': true, '额': true, '界': true, '圈': true}

// nominalized reports whether a Chinese word of two or more characters
// just matched, ending at p, is the stem of a noun (投资 in 投资方包括 is
// no verb) or 成立 used of the organisation itself (成立于2010年): its
// pattern must not read a verb there.
func nominalized(src []byte, p int, word string) bool {
	if utf8.RuneCountInString(word) < 2 {
		return false
	}
	for _, r := range word {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	if startsWithAny(src[p:], selfSaid[word]) || startsWithAny(src[p:], modifierOf[word]) {
		return true
	}
	r, w := utf8.DecodeRune(src[p:])
	if !nounSuffixes[r] {
		return false
	}
	// 成立人工智能公司, 投资方案: the character opens the next word.
	r2, _ := utf8.DecodeRune(src[p+w:])
	return !wordOpeners[string([]rune{r, r2})]
}

// selfSaid lists, for a Chinese verb also said of its subject alone, what
// follows it then: 成立于2010年, 成立不足1年的X, 成立以来 (established; no one
// founds anything).
var selfSaid = map[string][]string{
	"成立": {"于", "以来", "之初", "不足", "不到", "后", "时", "的", "至今", "初期", "仅", "才", "已"},
}

// modifierOf lists, for a Chinese verb that also modifies a noun, the
// nouns it modifies: 创办了投资公司X (an investment firm; nobody invests),
// 甲公司的研发中心 (a research centre).
var modifierOf = map[string][]string{
	"投资": {"公司", "机构", "基金", "集团", "银行", "平台", "部门", "团队", "经理", "总监", "合伙人", "副总裁", "总裁", "业务", "领域", "经验", "逻辑", "组合", "策略", "风格"},
	"研发": {"中心", "团队", "部门", "机构", "人员", "费用", "投入", "总监", "负责人", "能力", "体系"},
	"开发": {"团队", "部门", "人员", "工具", "平台", "环境", "总监", "负责人"},
	"注册": {"资本", "地", "地址", "用户", "会员", "会计师", "商标", "号", "证", "制", "资金"},
	"收购": {"权", "案", "价", "要约", "协议", "交易", "对象", "标的", "计划"},
}

// wordOpeners are words that begin with a noun suffix's character.
var wordOpeners = map[string]bool{
	"人工": true, "人民": true, "人才": true, "人类": true, "人口": true, "人力": true, "人员": true, "人物": true, "人文": true, "人脸": true, "人形": true, "人体": true,
	"方面": true, "方案": true, "方向": true, "方法": true, "方式": true, "方正": true, "方舟": true,
	"家庭": true, "家族": true, "家电": true, "家居": true, "家用": true,
	"商业": true, "商务": true, "商用": true, "商汤": true, "商品": true, "商标": true,
	"师范": true, "界面": true, "额度": true,
}

// agent reports whether 由 or 被 stands before p: the name there is the
// agent of a passive (许某由李某推荐回到X工作), not the subject of an active
// verb that follows.
func agent(src []byte, p int) bool {
	r, _ := utf8.DecodeLastRune(src[:p])
	return r == '由' || r == '被'
}

// zhPartnerVerbs say what a clause that opens with 与/同/跟 and a name
// does together with it.
var zhPartnerVerbs = []string{"合作", "合资", "联合", "联手", "合办", "合并", "合組", "合组", "共同"}

// partner reports whether c is named in a clause that opens, past a date,
// with 与, 同 or 跟 and does something together with it (1903年与甲公司
// 的李四合作): a partner of the sentence's subject, not the one it is about.
func partner(src []byte, sentStart int, c doc.Mention) bool {
	cs := doc.ClauseStart(src, sentStart, c.Start)
	q := skipZhTime(src, cs)
	if q < cs || q > c.Start {
		q = cs
	}
	q = doc.SkipSpace(src, q)
	r, w := utf8.DecodeRune(src[q:])
	if r != '与' && r != '同' && r != '跟' && r != '與' || q+w > c.Start || bytes.ContainsFunc(src[q+w:c.Start], doc.IsClausePunct) {
		return false
	}
	return containsAnyOf(src[c.End:clauseAhead(src, c.End, len(src))], zhPartnerVerbs)
}

// inList reports whether mention k is one of a list of names: a context
// that supplies one argument cannot tell which of them it is.
func (m *sentMatcher) inList(k int) bool {
	return len(m.coordinated(k)) > 1 || m.listMember(k)
}

// listMember reports whether mention k is a later member of a list that
// starts at a name before it (A、B等机构入局; "Nokia, Kaapelitehdas and
// Finnish Rubber Works merged").
func (m *sentMatcher) listMember(k int) bool { return m.listBefore(k) != nil }

// listBefore returns the list, cut at its clause, that starts at the name
// before mention k and holds k as a later member, or nil.
func (m *sentMatcher) listBefore(k int) []doc.Mention {
	for j := k - 1; j >= 0 && m.ms[j].End <= m.ms[k].Start; j-- {
		if m.ms[j].Start == m.ms[k].Start {
			continue
		}
		if g := clauseCut(m.d.Src, m.coordinated(j)); slices.ContainsFunc(g[1:], func(c doc.Mention) bool { return c.Start == m.ms[k].Start }) {
			return g
		}
		return nil
	}
	return nil
}

// aside reports whether person k, before at, stands aside from the
// clause at at: a name given as an example (甲公司云集了一批学者，如：张三、
// 李四等，出版了X) or one who backed what it tells (在张三等大力支持下，成立了X).
func (m *sentMatcher) aside(k, at int) bool {
	return m.exampleListed(k) || containsAnyOf(m.d.Src[m.ms[k].End:at], zhSupporters)
}

// exampleListed reports whether mention k is a member of a list that
// gives examples (如：张三、李四等).
func (m *sentMatcher) exampleListed(k int) bool {
	src := m.d.Src
	j := k
	for j > 0 && m.ms[j-1].End <= m.ms[j].Start && slices.Contains(zhListJoins, string(bytes.TrimSpace(src[m.ms[j-1].End:m.ms[j].Start]))) {
		j--
	}
	return j < k && endsWithAny(bytes.TrimRight(src[m.sent.Start:m.ms[j].Start], " ：:"), zhExampleCues)
}

// zhListJoins join the members of a Chinese list of names.
var zhListJoins = []string{"、", "和", "与", "及", "以及", ",", "，"}

// timeClauseSubject returns the last person named before at when its
// clause ends as a clause of time (…毕业后，…时，) and no name comes
// between it and at; else -1.
func (m *sentMatcher) timeClauseSubject(at int) int {
	src := m.d.Src
	k := -1
	for j, c := range m.ms {
		if c.End > at {
			break
		}
		if c.Entity.Type == dict.Person {
			k = j
		}
	}
	if k < 0 || possessive(src, m.ms[k], true) || !m.d.ClauseSubject(m.sent, m.ms[k]) && runeBefore(src, m.ms[k].Start) != '了' {
		return -1
	}
	seg := src[m.ms[k].End:at]
	if startsWithAny(seg, zhEventNouns) {
		return -1 // 六六事件后，…: an event named after the person
	}
	i := bytes.IndexAny(seg, "，,；;")
	if i <= 0 || bytes.ContainsAny(seg[:i], "。！？") {
		return -1
	}
	if endsWithAny(seg[:i], []string{"后", "後", "时", "時", "之际", "以来"}) && !bytes.Contains(seg[:i], []byte("的")) {
		return k
	}
	return -1
}

// notActing reports whether the subject mention s does not do what the
// verb after it says: the one who invited (受孔祥熙之邀出任X局长), an
// organisation whose staff it names (与部分北平同仁堂员工开设), one asked
// to act (日本人邀請他組建X), one that approved it (同治帝批准设立X).
func notActing(src []byte, s doc.Mention) bool {
	return zhInviter(src, s) || s.How != doc.Coref && s.Entity.Type == dict.Organization && startsWithAny(src[s.End:], zhMembersOf) ||
		endsWithAny(bytes.TrimRight(src[:s.Start], " "), zhAskers) || startsWithAny(src[doc.SkipSpace(src, s.End):], zhApprovers) || appoints(src, s) ||
		basis(src, s)
}

// basis reports whether the mention s is what a clause builds on, not who
// acts in it: 以甲学堂校舍基础筹建乙, 以甲公司为基础组建乙.
func basis(src []byte, s doc.Mention) bool {
	if !endsWithAny(bytes.TrimRight(src[:s.Start], " "), []string{"以"}) {
		return false
	}
	p := s.End
	for n := 0; n < 12 && p < len(src); n++ {
		if startsWithAny(src[p:], []string{"基础", "基礎"}) {
			return true
		}
		r, w := utf8.DecodeRune(src[p:])
		if doc.IsClausePunct(r) {
			break
		}
		p += w
	}
	return false
}

// appoints reports whether mention s is followed by a verb of naming
// someone else to a post (张三提名李四为…).
func appoints(src []byte, s doc.Mention) bool {
	rest := src[doc.SkipSpace(src, s.End):]
	if startsWithAny(rest, zhAppointers) {
		return true
	}
	// A bare 聘 names another too (王五聘张三为乙大学教授), unless it is a
	// passive without 被 (张三聘为教授, 张三聘于乙大学).
	return bytes.HasPrefix(rest, []byte("聘")) && !startsWithAny(rest[len("聘"):], []string{"为", "為", "于", "於", "期", "书", "書", "约", "約"})
}

// zhAppointers, right after a name, say that it named someone else to
// a post (蒋介石提名张伯苓为考试院院长, 被财政部长孔祥熙任命为…主席): the
// post is the other's.
var zhAppointers = []string{"任命", "提名", "委任", "委派", "聘请", "聘請", "延聘", "礼聘", "禮聘", "聘任", "特任", "简任", "指派", "任用", "推荐", "推薦", "举荐", "舉薦", "保举", "保舉"}

// zhApprovers, right after a subject, say that it allowed what the clause
// tells, not that it did it (同治帝批准设立招商局).
var zhApprovers = []string{"批准", "核准", "准许", "准予", "批复", "特许", "奏准", "恩准"}

// beforeBorn returns the sentence's text before a lower-case "born" at p
// that follows a comma, the comma and the spaces around it left out, or
// nil.
func beforeBorn(src []byte, sentStart, p int) []byte {
	if !bytes.HasPrefix(src[p:], []byte("born ")) {
		return nil
	}
	q := bytes.TrimRight(src[sentStart:p], " ")
	if len(q) == 0 || q[len(q)-1] != ',' {
		return nil
	}
	return bytes.TrimRight(q[:len(q)-1], " ")
}

// appositiveBorn reports whether the match at p opens with a lower-case
// "born" after a comma and a capitalised word that is a member of a list
// of names, each with its own birth: one the next member follows with ",
// and" ("the child of Rose Schotz, born in Hungary, and Max Mentzer, born
// in Pressburg"), or the last, after ", and". Alone ("the son of Rosa and
// Isaac Mendel, born on 19 June 1854 in Elmshorn") the birth may be the
// subject's, and is kept.
func appositiveBorn(src []byte, sentStart, p int) bool {
	q := beforeBorn(src, sentStart, p)
	i := bytes.LastIndexByte(q, ' ') + 1
	if i >= len(q) || q[i] < 'A' || q[i] > 'Z' {
		return false
	}
	if seg := bytes.TrimLeft(q[bytes.LastIndexByte(q, ',')+1:], " "); bytes.HasPrefix(seg, []byte("and ")) && capitalisedWords(seg[4:]) {
		// "…, and Max Mentzer, born in Pressburg": the last member of
		// a list of names.
		return true
	}
	rest := src[p:]
	for {
		c := bytes.IndexByte(rest, ',')
		if c < 0 || bytes.ContainsAny(rest[:c], ".;") {
			return false
		}
		rest = rest[c+1:]
		if after := bytes.TrimLeft(rest, " "); bytes.HasPrefix(after, []byte("and ")) {
			w := bytes.TrimLeft(after[4:], " ")
			return len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z'
		}
	}
}

// bornAfterName reports whether a lower-case "born" at p follows a comma
// right after a person's name ("She married John Doe, born in
// Springfield"): the birth is that person's.
func (m *sentMatcher) bornAfterName(p int) bool {
	src := m.d.Src
	q := beforeBorn(src, m.sent.Start, p)
	if len(q) == 0 {
		return false
	}
	k := m.mentionEndingAt(m.sent.Start + len(q))
	if k < 0 || m.ms[k].Entity.Type != dict.Person || lowerWordBefore(src, m.ms[k].Start) == "and" {
		// After a list of names ("the son of Rosa and Isaac Mendel,
		// born on 19 June 1854"), the birth is the subject's.
		return false
	}
	// The sentence's own subject named again there ("Mendel was the son
	// of Rosa and Isaac Mendel, born…") is no other person.
	for _, c := range m.ms {
		if c.Entity.Type == dict.Person {
			return c.Entity != m.ms[k].Entity
		}
	}
	return true
}

// capitalisedWords reports whether b is one or more words, each starting
// with a capital letter ("Max Mentzer").
func capitalisedWords(b []byte) bool {
	ws := bytes.Fields(b)
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return len(ws) > 0
}

// endsWithS reports whether the pattern ends with its subject ("{o}的院长
// {s}"): what it states of the subject comes before it, so what the
// subject does after it (受甲公司院长张三之邀…) does not matter.
func (ru *rule) endsWithS() bool {
	return len(ru.elems) > 0 && ru.elems[len(ru.elems)-1].Kind == dict.Subject
}

// zhInviter reports whether mention s names who invited, asked or
// recommended the clause's subject (受张三之邀, 应李四邀请, 经王五推荐).
func zhInviter(src []byte, s doc.Mention) bool {
	if s.How == doc.Coref || !startsWithAny(src[doc.SkipSpace(src, s.End):], []string{"之邀", "的邀请", "的邀請", "邀请", "邀請", "之聘", "的推荐", "的推薦", "推荐", "推薦", "的介绍", "的介紹", "介绍", "介紹", "之托", "之託"}) {
		return false
	}
	openers := []string{"受", "应", "應", "经", "經", "承"}
	before := bytes.TrimRight(src[:s.Start], " ")
	if endsWithAny(before, openers) {
		return true
	}
	// 在黄炎培介绍下加入民建: the one by whose introduction another acted.
	if endsWithAny(before, []string{"在"}) && startsWithAny(src[doc.SkipSpace(src, s.End):], []string{"介绍下", "介紹下", "的介绍下", "的介紹下", "推荐下", "推薦下", "的推荐下", "的推薦下", "邀请下", "邀請下", "的邀请下", "的邀請下"}) {
		return true
	}
	// 受中科院院长郭沫若之邀: the inviter's organisation and title
	// between 受 and the name, in the same clause.
	return startsWithAny(src[doc.ClauseStart(src, max(0, s.Start-36), s.Start):], []string{"受", "应", "應"})
}

// bareKinHead returns the person named right after 其 and a one-character
// kinship noun at p (其父张三, 其妻李四), or -1. Without a name after it
// the character may be part of another word (其子公司).
func (m *sentMatcher) bareKinHead(src []byte, p int) int {
	n, ok := matchLit(src, p, "其")
	if !ok {
		return -1
	}
	for _, w := range []string{"父", "母", "兄", "弟", "姊", "姐", "妹", "妻", "夫"} {
		if l, ok := matchLit(src, p+n, w); ok {
			if k := m.mentionAt(p + n + l); k >= 0 && m.ms[k].Entity.Type == dict.Person {
				return k
			}
		}
	}
	return -1
}

// kinGoesOn reports whether a clause before at, in at's sentence, opens
// with a relative (父亲, 其母亲, 他的妻子 …) and no later clause before at
// opens with a name of the dictionary's: the clauses after it go on with
// that relative. named is the relative's mention where a name follows
// the kinship noun before at (父亲王义全) and is no aside, else -1.
func (m *sentMatcher) kinGoesOn(at int) (kin bool, named int) {
	src := m.d.Src
	p := m.sent.Start
	named = -1
	for p < at {
		q := p
		for _, w := range []string{"其", "他的", "她的", "他", "她"} {
			if n, ok := matchLit(src, q, w); ok && startsWithAny(src[q+n:], zhKins) {
				q += n
				break
			}
		}
		if startsWithAny(src[q:], zhKins) {
			if k := m.mentionAt(q); k < 0 && !m.labelledPerson(src, q) {
				kin = true
				named = m.kinHead(src, q)
			}
		} else if k := m.bareKinHead(src, q); k >= 0 {
			kin, named = true, k
		} else if k := m.mentionAt(skipZhTime(src, p)); k >= 0 && m.ms[k].Entity.Type == dict.Person {
			kin, named = false, -1
		}
		i := bytes.IndexAny(src[p:at], "，,；;")
		if i < 0 {
			break
		}
		_, w := utf8.DecodeRune(src[p+i:])
		p += i + w
	}
	if named >= 0 && (m.ms[named].End > at || m.aside(named, at)) {
		named = -1
	}
	return kin, named
}

// donorVerbs say that the subject gave money or means for what the
// infinitive after them says is done.
var donorVerbs = []string{" gave ", " donated ", " pledged ", " put up ", " provided ", " contributed "}

// counselAfter reports whether what follows p says what someone was
// advised to do: to, that, against, not.
func counselAfter(src []byte, p int) bool {
	p = doc.SkipSpace(src, p)
	switch lowerWordAt(src, p) {
	case "to", "that", "against", "not":
		return true
	}
	return false
}

// zhRelativeHead reports whether the words between a subject and an
// object open with 所 (after at most two adverbs: 曾所, 一手所) and hold a
// 的 that the object does not follow at once: the subject's verb is a
// relative clause on another noun.
func zhRelativeHead(gap []byte) bool {
	i := bytes.Index(gap, []byte("所"))
	if i < 0 || utf8.RuneCount(gap[:i]) > 2 || bytes.HasPrefix(gap[i:], []byte("所有")) || bytes.HasPrefix(gap[i:], []byte("所在")) {
		return false
	}
	j := bytes.Index(gap[i:], []byte("的"))
	return j >= 0 && i+j+len("的") < len(gap)
}

// zhWorkplaceRelative reports whether, between a subject ending at from
// and the object o, 在 opens a phrase that ends in a relative clause (的
// at most six runes before o), and a verb of working or studying follows
// o: 张三在父亲与他人合资开设的甲公司工作. The phrase names where the
// subject works; what the relative clause's verb says of o was done by
// someone else.
func zhWorkplaceRelative(src []byte, from int, o doc.Mention) bool {
	seg := src[from:o.Start]
	i := -1
	for k := 0; k < len(seg); {
		n := bytes.Index(seg[k:], []byte("在"))
		if n < 0 {
			break
		}
		if !endsWithAny(seg[:k+n], []string{"现", "存", "所", "正", "实", "自", "好"}) {
			i = k + n // not 现在, 所在, 正在…: 在 as a preposition
			break
		}
		k += n + len("在")
	}
	j := bytes.LastIndex(seg, []byte("的"))
	if i < 0 || j < i || utf8.RuneCount(seg[j:]) > 7 {
		return false
	}
	return startsWithAny(src[o.End:], zhWorkVerbs)
}

// zhWorkVerbs say what someone does at a place: work, study, hold a post.
var zhWorkVerbs = []string{"工作", "任职", "就职", "供职", "上班", "实习", "学习", "就读", "读书", "任教", "执教", "担任", "出任", "从事", "打工", "兼职", "求学", "深造", "进修", "做事", "当"}

// labelledPerson reports whether a kinsman's word at p is a label before
// a colon and the person's name (儿子：褚一斌，早年在…): the name, not the
// word, is then the clause's subject (see doc.Document.ClauseSubject).
func (m *sentMatcher) labelledPerson(src []byte, p int) bool {
	for _, w := range zhKins {
		n, ok := matchLit(src, p, w)
		if !ok {
			continue
		}
		for _, c := range []string{"：", ":"} {
			if l, ok := matchLit(src, p+n, c); ok {
				k := m.mentionAt(doc.SkipSpace(src, p+n+l))
				return k >= 0 && m.ms[k].Entity.Type == dict.Person
			}
		}
	}
	return false
}

// zhSeveral count people: 几个, 多位, 一批 ….
var zhSeveral = []string{"几个", "几位", "几名", "多位", "多名", "数位", "数名", "一批", "一些", "众多", "诸多", "各位", "诸位", "两位", "三位", "两名", "三名"}

// workOfAnother reports whether a person other than the subject owns
// the work o right before it: 吳晗的《謝瑤環》, "Mill's Logic". Where
// handled is set, the work must also be named as something done with a
// finished work: always with 的 (出版吳晗的《謝瑤環》), in English where
// a noun of handling comes before its owner ("the German publication
// of Mill's Logic"), not "worked on Doe's Gizmo".
func (m *sentMatcher) workOfAnother(src []byte, o doc.Mention, subj []doc.Mention, handled bool) bool {
	p := bytes.TrimRight(src[:o.Start], " 《“「")
	zh := bytes.HasSuffix(p, []byte("的"))
	n := len(p)
	for _, w := range []string{"的", "'s", "’s"} {
		p = bytes.TrimSuffix(p, []byte(w))
	}
	if len(p) == n {
		return false
	}
	k := m.mentionEndingAt(len(bytes.TrimRight(p, " ")))
	if k < 0 || m.ms[k].Entity.Type != dict.Person || slices.ContainsFunc(subj, func(s doc.Mention) bool { return s.Entity == m.ms[k].Entity }) {
		return false
	}
	return !handled || zh || endsWithAny(bytes.ToLower(bytes.TrimRight(src[:m.ms[k].Start], " ")), handlingNouns)
}

// handlingNouns are what is done with a finished work.
var handlingNouns = []string{"publication of", "translation of", "edition of", "editions of", "reprint of", "review of", "reviews of", "performance of", "performances of", "publishing of", "printing of"}

// zhMembersOf follow an organisation's name to name its people: 同仁堂员工.
var zhMembersOf = []string{"员工", "員工", "职工", "職工", "成员", "成員", "校友", "学生", "學生", "高管", "团队成员", "工程师", "工程師", "老员工"}

// zhAskers end the words before a person asked to do what follows:
// 邀请他组建, 要求张三出任.
var zhAskers = []string{"邀请", "邀請", "请求", "請求", "要求", "劝说", "勸說", "力邀", "恳请", "懇請"}

// createdBefore reports whether, between an object that ends at p and a
// subject after 由 that starts at q, the object sets something up that
// the verb names after it (甲公司成立丙实验室，由张三主持; 國立藝專創建西畫
// 畫室制，由A主持). 成立 also says that the object itself was set up
// (这家公司成立不足100天，由A领投), so after it only a name counts.
func (m *sentMatcher) createdBefore(p, q int) bool {
	src := m.d.Src
	by := bytes.LastIndex(src[p:q], []byte("由"))
	if by < 0 {
		return false
	}
	gap := src[p : p+by]
	for _, v := range zhSetUp {
		i := bytes.Index(gap, []byte(v))
		if i < 0 {
			continue
		}
		at := p + i + len(v)
		if n, ok := matchLit(src, at, "了"); ok {
			at += n
		}
		rest := src[at : p+by]
		if c := bytes.IndexAny(rest, "，,"); c <= 0 || startsWithAny(rest, zhNotObject) {
			continue
		}
		if v != "成立" || m.mentionAt(at) >= 0 {
			return true
		}
	}
	return false
}

// zhNotObject open what follows a verb of setting up when that is no
// object: a time or a place (成立于1990年，由张三创办).
var zhNotObject = []string{"于", "於", "在", "时", "時", "后", "後", "以", "之", "初", "至", "迄", "起", "已", "的"}

// enteredNotSchool reports whether a match that says only that someone
// entered its objects (or was sent to them) names one that is no school
// by any of its names: a student's word after the verb (as a student,
// school, major) says what the entering was.
func enteredNotSchool(match []byte, obj []doc.Mention) bool {
	low := bytes.ToLower(match)
	i := -1
	for _, v := range []string{"entered", "sent to", "sent away to"} {
		i = max(i, bytes.LastIndex(low, []byte(v)))
	}
	if i < 0 || containsAnyOf(low[i:], []string{"school", "student", "major", "freshman", "undergraduate", "course", " as a", " as an"}) {
		return false
	}
	return slices.ContainsFunc(obj, func(o doc.Mention) bool { return !doc.NamedWith(o.Entity, schoolWords) })
}

// staffAfter reports whether "as", an article or a possessive and a
// title of staff follow p, the end of an organisation's name ("as a
// lecturer", "as its president").
func staffAfter(src []byte, p int) bool {
	q := doc.SkipSpace(src, p)
	if q == p || q+3 > len(src) || !bytes.EqualFold(src[q:q+3], []byte("as ")) {
		return false
	}
	rest := bytes.ToLower(src[q+3 : min(len(src), q+60)])
	rest = cutPrefixAny(rest, []string{"a ", "an ", "the ", "its ", "their ", "his ", "her "})
	rest = cutPrefixAny(rest, []string{"first ", "new ", "young ", "full ", "junior ", "senior ", "visiting ", "assistant ", "associate ", "adjunct "})
	w := lowerWordAt(rest, 0)
	if !staffTitles[w] {
		return false
	}
	// "as head boy", "as a teacher trainee": a pupil's title.
	return !pupilTitles[lowerWordAt(rest, min(len(rest), len(w)+1))]
}

// editorRoles are titles that head an organisation when they are "of" it,
// and name one of its staff before a name: "Acme editor Jane Roe".
var editorRoles = wordSet("editor co-editor publisher")

// zhStudentOffices are what turns a noun for students into a post over
// them: 博士生导师, 研究生院, 学生处, 学生工作部.
var zhStudentOffices = []string{"导师", "指导教师", "院", "处", "部", "科", "辅导员", "工作", "招生", "培养", "教育"}

// cutPrefixAny cuts the first of words that b starts with.
func cutPrefixAny(b []byte, words []string) []byte {
	for _, w := range words {
		if t, ok := bytes.CutPrefix(b, []byte(w)); ok {
			return t
		}
	}
	return b
}

// pupilTitles follow a staff word in the title of a pupil.
var pupilTitles = wordSet(`boy girl boys girls student students pupil pupils trainee trainees prefect apprentice`)

// studyWords in an educatedAt match say that it reads a course of study
// completed, whatever "as" says after it.
var studyWords = []string{"graduat", "degree", "diploma", "doctorate", "studied", "studies", "educated", "thesis", "dissertation"}

// staffTitles are the first words of the titles of a school's or a
// firm's staff that "as" may give after it.
var staffTitles = wordSet(`lecturer professor teacher instructor tutor dean president principal headmaster headmistress director chancellor provost rector researcher engineer librarian chaplain coach administrator manager employee chairman chairwoman chair head scientist clerk secretary treasurer trustee consultant`)

// schoolWords are words that name a school in its name.
var schoolWords = []string{"college", "university", "school", "academy", "institute", "polytechnic", "gymnasium", "lycée", "lycee", "conservatory", "conservatoire", "seminary", "universität", "université", "hochschule", "collège"}

// zhSetUp are verbs by which an organisation sets up another.
var zhSetUp = []string{"成立", "创建", "創建", "创办", "創辦", "设立", "設立", "建立", "组建", "組建", "开办", "開辦", "开设", "開設"}

// zhFoundedItself are 成立 said of the subject itself, before another
// verb: 成立并取代, 成立后.
var zhFoundedItself = []string{"成立并", "成立並", "成立后", "成立後", "成立以后", "成立之后", "成立以来", "成立之初", "成立时"}

// zhPrepTo reports whether a preposition that leads to the match's
// first name stands from p to at: 柳青从哈佛研究生毕业, 张三在乙大学就学.
func zhPrepTo(src []byte, p, at int) bool {
	for _, w := range []string{"从", "從", "在", "于", "於", "自"} {
		if n, ok := matchLit(src, p, w); ok && p+n == at {
			return true
		}
	}
	return false
}

// zhOrgNounOpens reports whether a sentence, past a time phrase, opens
// with a bare noun for an organisation as its subject: 公司成为了…,
// 该校于1920年….
func zhOrgNounOpens(sent []byte) bool {
	p := skipZhTime(sent, 0)
	if n, ok := matchLit(sent, p, "，"); ok {
		p += n
	}
	for _, w := range zhOrgNouns {
		if n, ok := matchLit(sent, p, w); ok {
			r, _ := utf8.DecodeRune(sent[p+n:])
			return r != '的' && r != '之' && r != utf8.RuneError
		}
	}
	return false
}

// zhOrgNouns are bare nouns that stand for an organisation named before.
var zhOrgNouns = []string{"该公司", "这家公司", "此公司", "本公司", "公司", "该集团", "集团", "该企业", "该校", "本校", "该行", "该机构", "该院", "该所"}

// zhSupporters end a phrase of those who backed what the clause tells (在
// 张三等大力支持下，成立了X): they are not its subject.
var zhSupporters = []string{"支持下", "帮助下", "资助下", "赞助下", "协助下", "推荐下", "邀请下", "倡议下"}

// zhExampleCues open a list of examples: 如：张三、李四等.
var zhExampleCues = []string{"如", "例如", "比如", "诸如", "譬如", "包括"}

// zhObjectBefore reports whether a Chinese verb that takes
// the name at p as its object stands right before it: 离开甲公司后创立了戊科技
// is 张三's founding, not 甲公司's.
func zhObjectBefore(src []byte, p int) bool { return endsWithAny(src[:p], zhGovernors) }

// zhInvestedBefore reports whether a Chinese verb of investing or buying
// takes the name at p as its object.
func zhInvestedBefore(src []byte, p int) bool { return endsWithAny(src[:p], zhInvestVerbs) }

// zhInvestVerbs are the verbs zhInvestedBefore looks for.
var zhInvestVerbs = []string{"投过", "投资过", "投资了", "领投过", "领投了", "收购了", "收购过", "买下了"}

var zhGovernors = []string{"离开", "加入", "加盟", "进入", "任职于", "就职于", "供职于", "毕业于", "来自", "投资了", "收购了", "接替", "接替了", "取代", "取代了", "替换", "替换了", "代替", "代替了"}

// agentive are the relations whose subject does the act itself: a name
// that 将 or 把 makes the act's object is none of their subjects. (The
// one named 将张三任命为… still holds the post.)
var agentive = map[string]bool{"founded": true, "cofounded": true, "acquired": true, "investedIn": true, "developed": true, "authored": true}

// disposed reports whether the text of a clause before a name ends with
// 将 or 把 (将甲公司改组成立…, 将它与…合并成立…): the name is the object the
// disposal construction fronts. 将 of the future (将于, 将在, 将要, 将会)
// and 将近 (nearly) are not that.
func disposed(before []byte) bool {
	for _, w := range []string{"将", "把"} {
		k := bytes.LastIndex(before, []byte(w))
		if k < 0 {
			continue
		}
		rest := before[k+len(w):]
		if startsWithAny(rest, []string{"于", "在", "要", "会", "近", "来"}) {
			continue
		}
		// Right after 将, or after a pronoun and a conjunction (将它与…):
		// a verb between (将永安银行卖给…) makes the name another's.
		if len(rest) == 0 || utf8.RuneCount(rest) <= 3 && endsWithAny(rest, []string{"与", "和", "同", "跟", "及"}) {
			return true
		}
	}
	return false
}

// roleAcrossVerb reports whether the gap between the organisation and
// the title after it holds 有, 是 or 包括 in the title's clause, or opens
// with a coordinator: the title is then a member's of a list the clause
// gives (乙大学的校友有剧作家张三), or of a later member of a list the
// organisation opens (无线电视及「星王朝」负责人王晶). For an organisation
// from context the gap is the sentence before the title.
func roleAcrossVerb(src []byte, sentStart int, b binding, obj []doc.Mention) bool {
	if b.role == "" || len(obj) == 0 {
		return false
	}
	from := obj[len(obj)-1].End
	if from >= b.end {
		return false
	}
	implied := from < b.start
	if implied {
		// An object from context (，总经理为张三): the sentence before
		// the title is the gap, all its clauses.
		from = sentStart
	}
	seg := src[from:b.end]
	i := bytes.LastIndex(seg, []byte(b.role))
	if i < 0 {
		return false
	}
	gap := seg[:i]
	clause := gap
	if k := bytes.LastIndexAny(gap, "，；。,;"); k >= 0 && !implied {
		// A verb in an earlier clause (甲公司是…企业，现任董事长为张三)
		// lists nothing the title is in; 、 goes on with a list
		// (校友有剧作家张三、画家李四).
		_, w := utf8.DecodeRune(gap[k:])
		clause = gap[k+w:]
	}
	for _, w := range []string{"有", "是", "包括"} {
		if bytes.Contains(clause, []byte(w)) {
			return true
		}
	}
	return startsWithAny(gap, []string{"及", "和", "与", "、", "以及"})
}

// excludedBy reports whether 之外 or 以外 follows the match with no 除
// before it in the clause: 海底捞四大创始人之外的高管 are not founders,
// while 除了是甲公司创始人之外 says that they are.
func excludedBy(src []byte, sentStart int, b binding) bool {
	p := doc.SkipSpace(src, b.end)
	if !startsWithAny(src[p:], []string{"之外", "以外"}) {
		return false
	}
	c := doc.ClauseStart(src, sentStart, b.start)
	return !bytes.ContainsRune(src[c:b.end], '除')
}

// contributedToward reports whether the verb between the subject and the
// object is the aim of a contribution the clause goes on to name:
// 张三为筹建甲公司做出了贡献 says that 张三 helped, not that 张三 founded.
func contributedToward(src []byte, b binding) bool {
	if len(b.subj) == 0 || len(b.obj) == 0 {
		return false
	}
	se := b.subj[len(b.subj)-1].End
	if se < b.start || se > b.obj[0].Start {
		return false // the subject is not the match's own, before its object
	}
	gap := src[se:b.obj[0].Start]
	i := bytes.Index(gap, []byte("为"))
	if i < 0 || bytes.HasPrefix(gap[i:], []byte("为了")) || len(bytes.TrimSpace(gap[i+len("为"):])) == 0 {
		return false // 为了 is a purpose; 为甲公司工作 names no verb before the object
	}
	if r, _ := utf8.DecodeLastRune(gap[:i]); strings.ContainsRune("成作认因称被以更较最甚极颇尤", r) {
		return false // 成为, 作为, 最为…: words of their own
	}
	after := src[b.end:clauseAhead(src, b.end, 30)]
	return bytes.Contains(after, []byte("贡献"))
}

// parallelPhrase reports whether the English preposition before a list
// that starts at start also follows its last member, which ends at end:
// "by Bayer and Avila by Celgene" pairs Avila with Celgene.
func parallelPhrase(src []byte, start, end int) bool {
	w := wordBeforeName(src, start)
	switch w {
	case "by", "from", "to":
	default:
		return false
	}
	return lowerWordAt(src, doc.SkipSpace(src, end)) == w
}

// zhSiteNouns name a place at or inside an organisation.
var zhSiteNouns = []string{"旧址", "原址", "遗址", "校园", "园区", "院内", "校内", "内部", "附近", "门前", "门口", "大楼", "总部"}

// relativeAfterComma reports whether the first comma after p opens a
// relative clause ("at Columbia, where he studied", "Southern Brooklyn
// Savings, which he co-founded").
func relativeAfterComma(src []byte, p int) bool {
	i := bytes.IndexByte(src[p:], ',')
	if i < 0 {
		return false
	}
	q := doc.SkipSpace(src, p+i+1)
	switch w := lowerWordAt(src, q); w {
	case "where", "which", "who", "whom", "whose", "when", "that":
		return true
	default:
		// "a tour of Acme, of which he was the president".
		if prepositions[w] {
			r := lowerWordAt(src, doc.SkipSpace(src, q+len(w)))
			return r == "which" || r == "whom"
		}
	}
	return false
}

// commaNext reports whether the pattern's element after its first opens
// with a comma ("{o}, (a |an |the |)~30 {s} co-founded").
func commaNext(elems []dict.Elem) bool {
	if len(elems) < 2 || elems[1].Kind != dict.Lit {
		return false
	}
	for _, a := range elems[1].Alts {
		if !strings.HasPrefix(a, ",") {
			return false
		}
	}
	return true
}

// zhNominator reports whether mention c names who put someone forward
// (获张三提名担任…, 经甲公司推荐出任…): the one put forward acts, not c.
func zhNominator(src []byte, c doc.Mention) bool {
	r, _ := utf8.DecodeLastRune(src[:c.Start])
	if r != '获' && r != '经' && r != '受' {
		return false
	}
	return startsWithAny(src[c.End:], zhNominations)
}

var zhNominations = []string{"提名", "推荐", "任命", "邀请", "委派", "指派", "聘请", "举荐", "委任"}

// zhPlaceOfPerson reports whether mention k follows 在 with a person
// before it in its clause: in 叶嘉莹应邀在南开大学创办X the university is
// where she founded it.
func (m *sentMatcher) zhPlaceOfPerson(src []byte, k int) bool {
	c := m.ms[k]
	if r, _ := utf8.DecodeLastRune(src[:c.Start]); r != '在' {
		return false
	}
	if startsWithAny(src[c.End:], zhSiteNouns) {
		return true // 在滨江医院旧址建立X: a site, whoever builds there
	}
	cl := doc.ClauseStart(src, m.sent.Start, c.Start)
	for j := k - 1; j >= 0 && m.ms[j].Start >= cl; j-- {
		if m.ms[j].Entity.Type == dict.Person && m.ms[j].End <= c.Start {
			return true
		}
	}
	return false
}

// source reports whether the mention at p is where something comes from
// (从福特汽车手中收购沃尔沃: Ford sells), not who acts.
func source(src []byte, p int) bool {
	r, _ := utf8.DecodeLastRune(src[:p])
	return r == '从' || r == '自'
}

// governedName reports whether the mention c follows an English
// preposition, or a verb in the past tense that takes it as its object,
// and is followed by a word, not by a comma or a parenthesis: in "studied
// at Beta, worked at Acme and later founded Gamma" Acme is where she
// worked, and in "Acme hired Roe in 2001 and later founded Beta" Roe is
// whom Acme hired; neither founded anything. An apposition or a relative
// clause after such a name ("worked with Roe, the founder of Acme", "a
// friend of Doe who founded Acme") still describes it.
//
// With gap set (a gap follows the subject in the pattern) an apposition
// does not help: "worked with Roe, the founder of Acme, and later founded
// Beta" is not Roe's founding of Beta.
func governedName(src []byte, c doc.Mention, gap bool) bool {
	if c.How == doc.Coref {
		return false
	}
	end := c.End
	if sp, lim := doc.SkipSpace(src, end), min(len(src), end+80); sp < lim {
		// "apprenticed to Doe (1745–1815), a surgeon at X": past a short
		// parenthesis.
		if q := skipParen(src[:lim], sp); q > sp && q < len(src) && src[q] == ',' {
			end = q
		}
	}
	if relativeAfter(src, c.End) || !gap && end < len(src) && src[end] != ' ' && !(src[end] == ',' && verbAfterComma(src, end+1)) {
		return false
	}
	// Past "the": "resigned from the Edison Company and founded…".
	word := wordBeforeName(src, c.Start)
	return prepositions[word] || objectVerbs[word]
}

// underName reports whether "under" after a noun, perhaps with
// capitalised titles, stands right before p: "Chief of Staff under
// President Bill Clinton, President of X" gives Clinton no title of the
// apposition after him; the name marks a time or an authority.
func underName(src []byte, p int) bool {
	for n := 0; n < 4; n++ {
		_, q := doc.TrimSpace(src, 0, p)
		w := q
		for w > 0 && (src[w-1] >= 'a' && src[w-1] <= 'z' || src[w-1] >= 'A' && src[w-1] <= 'Z' || src[w-1] == '.') {
			w--
		}
		if w == q || doc.LatinWordBefore(src, w) {
			return false
		}
		word := string(src[w:q])
		if strings.EqualFold(word, "under") {
			// After a verb ("serves under Leshin, the first woman to
			// lead the lab") the name is the person served, and an
			// apposition after it is hers.
			// After a comma ("the team went on, under Roe, senior vice
			// president of Acme") it opens a phrase of its own, and so
			// it does after a verb's particle ("carried on under").
			_, e := doc.TrimSpace(src, 0, w)
			if e > 0 && src[e-1] == ',' {
				return false
			}
			b := e
			for b > 0 && src[b-1] >= 'a' && src[b-1] <= 'z' {
				b--
			}
			v := string(src[b:e])
			return !strings.HasSuffix(v, "ed") && !underVerbs[v]
		}
		if word[0] < 'A' || word[0] > 'Z' {
			return false
		}
		p = w // a title before the name: President, Prime Minister
	}
	return false
}

// underVerbs take "under" and a person: "serves under Leshin"; so do
// the particles that end such a verb ("went on under Roe").
var underVerbs = map[string]bool{"serves": true, "serve": true, "serving": true, "works": true, "work": true, "working": true,
	"studies": true, "study": true, "studying": true, "trains": true, "training": true, "is": true, "was": true, "are": true, "were": true,
	"on": true, "along": true}

// objectVerbs are verbs in the past tense whose object is a person or an
// organisation: the name after one is no subject of what follows.
var objectVerbs = map[string]bool{
	"hired": true, "recruited": true, "met": true, "joined": true, "rejoined": true, "acquired": true, "bought": true,
	"appointed": true, "named": true, "elected": true, "told": true, "thanked": true, "praised": true,
	"replaced": true, "succeeded": true, "invited": true, "visited": true, "married": true, "left": true,
	"sued": true, "fired": true, "backed": true, "funded": true, "convinced": true, "persuaded": true,
	"asked": true, "contacted": true, "introduced": true, "approached": true, "employed": true,
	"promoted": true, "nominated": true, "selected": true, "chose": true, "picked": true, "tapped": true,
	"beat": true, "defeated": true, "interviewed": true, "advised": true, "supervised": true, "mentored": true,
	// What a company does to another: "purchased Beta Labs in 1990 and
	// acquired Gamma": Beta is no subject of the second verb.
	"purchased": true, "absorbed": true, "sold": true, "founded": true, "established": true, "formed": true,
	"launched": true, "created": true, "financed": true, "owned": true, "operated": true, "ran": true,
	"headed": true, "managed": true,
}

// verbAfterComma reports whether the word at p (after a comma and space)
// is a verb in the past tense, so that the name before the comma ends a
// clause rather than taking an apposition: "graduated from Beta, worked at
// Acme" (not "worked with Roe, the founder of Acme").
func verbAfterComma(src []byte, p int) bool {
	p = doc.SkipSpace(src, p)
	q := p
	for q < len(src) && 'a' <= src[q] && src[q] <= 'z' {
		q++
	}
	w := string(src[p:q])
	return pastVerb(w) && !participles[w]
}

// participles open an apposition after a comma, not a clause: "Acme,
// based in Springfield".
var participles = map[string]bool{"based": true, "owned": true, "headquartered": true, "founded": true,
	"named": true, "called": true, "located": true}

// pastVerbs are irregular verbs in the past tense that open a clause.
var pastVerbs = map[string]bool{"became": true, "went": true, "took": true, "made": true, "left": true, "won": true,
	"ran": true, "built": true, "began": true, "wrote": true, "led": true, "taught": true, "spent": true, "met": true,
	"sold": true, "bought": true, "grew": true, "held": true, "gave": true, "got": true, "came": true, "saw": true,
	"fled": true, "fought": true, "rose": true, "stood": true}

var prepositions = map[string]bool{
	"at": true, "for": true, "from": true, "in": true, "of": true, "with": true, "to": true, "into": true,
	"on": true, "under": true, "about": true, "than": true, "between": true, "among": true,
	"within": true, "without": true, "via": true, "across": true, "toward": true, "towards": true, "against": true,
}

// unitTitle reports whether the title just matched, ending at p, is the
// head of a unit ("Acme's head of research", "its director for Europe"):
// "of" or "for" follows it and the pattern does not itself go on with one
// of them to its object ("Acme's director for Europe, Roe," still heads
// a unit). Such a head leads the unit, not the organisation.
func (m *sentMatcher) unitTitle(src []byte, p, ei int) bool {
	q := doc.SkipSpace(src, p)
	if q == p || !matchWord(src, q, "of ") && !matchWord(src, q, "for ") {
		return false
	}
	objectAfter := slices.ContainsFunc(m.ru.elems[ei+1:], func(e dict.Elem) bool { return e.Kind == dict.Object })
	if g := m.ru.afterSpace(ei + 1); objectAfter && g < len(m.ru.elems) && m.ru.elems[g].Kind == dict.Lit {
		for _, a := range m.ru.elems[g].Alts {
			if a = strings.TrimSpace(strings.ToLower(a)); a == "of" || a == "for" || strings.HasPrefix(a, "of ") || strings.HasPrefix(a, "for ") {
				return false
			}
		}
	}
	return true
}

// dangWords open words with 当 that do not say "serve as" (当时, 当年).
var dangWords = []string{"时", "年", "地", "天", "初", "前", "中", "日", "然", "即", "场", "今", "晚", "面", "众", "下", "代", "作", "局", "红"}

// longWordAfter reports whether a Chinese title's last character 长 opens
// a word with the text after it, b: 长期 (but not 期间: 任校长期间 is a
// term in the post), 长久, 长达.
func longWordAfter(b []byte) bool {
	r, w := utf8.DecodeRune(b)
	switch r {
	case '期':
		return !bytes.HasPrefix(b[w:], []byte("间")) && !bytes.HasPrefix(b[w:], []byte("内"))
	case '久', '达':
		return true
	}
	return false
}

// headOfCompound reports whether the English title "head" at p, n bytes
// long, opens a compound with the lower-case noun after it ("head coach",
// "head writer"): the compound heads no organisation.
func headOfCompound(src []byte, p, n int) bool {
	if !strings.EqualFold(string(src[p:p+n]), "head") || p+n >= len(src) || src[p+n] != ' ' {
		return false
	}
	w := lowerWordAt(src, p+n+1)
	if w == "" || src[p+n+1] < 'a' || src[p+n+1] > 'z' {
		return false
	}
	switch w {
	case "of", "at", "for", "and", "or", "in", "with", "to", "from", "on", "since", "until", "who", "which", "that", "was", "is", "were", "are", "had", "has":
		return false
	}
	return true
}

// zhTitleEnd returns where Chinese title characters that go on after p
// end a longer title (主任研发架构师, 主任医师, 总经理助理), or -1: the word
// matched before p names no post of its own, and the longer title is the
// role.
func zhTitleEnd(src []byte, p int) int {
	q := p
	for n := 0; n < 6 && q < len(src); n++ {
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("的兼和及与、一等", r) {
			break
		}
		q += w
		for _, t := range []string{"师", "员", "官", "监", "经理", "主管", "助理", "秘书"} {
			if bytes.HasSuffix(src[p:q], []byte(t)) {
				return q
			}
		}
	}
	return -1
}

// deputy returns the length of the deputy's word before a title found at
// p (副, "vice "), or 0: 副总裁 holds 总裁, "vice president" holds
// "president".
func deputy(src []byte, p int) int {
	r, w := utf8.DecodeLastRune(src[:p])
	if r == '副' {
		return w
	}
	if bytes.HasSuffix(src[:p], []byte("执行")) && bytes.HasPrefix(src[p:], []byte("总裁")) {
		return len("执行") // 执行总裁 serves under the 总裁 or the CEO
	}
	if bytes.HasSuffix(src[:p], []byte("副执")) && bytes.HasPrefix(src[p:], []byte("行长")) {
		return len("副执") // 副执行长, a deputy chief executive, holds 行长
	}
	for _, d := range deputyWords {
		if p >= len(d) && bytes.EqualFold(src[p-len(d):p], d) {
			return len(d)
		}
	}
	return 0
}

var deputyWords = [][]byte{[]byte("vice "), []byte("vice-"), []byte("deputy "), []byte("associate "), []byte("assistant "),
	// An independent or outside director sits on the board; it does not
	// run the company.
	[]byte("independent "), []byte("non-executive "), []byte("outside "), []byte("non-independent "),
	// An honorary title is given, not held: 荣誉会长 leads nothing.
	[]byte("honorary "), []byte("荣誉"), []byte("名誉")}

// slotTypesOf returns the entity types a slot of kind k takes.
func (m *sentMatcher) slotTypesOf(k dict.ElemKind) []dict.Type {
	if k == dict.Object {
		return m.ru.rel.Object
	}
	return m.ru.rel.Subject
}

// slotTypes returns the entity types of the slot just before and just
// after the gap at elems[ei], nil where there is none.
func (m *sentMatcher) slotTypes(ei int) (before, after []dict.Type) {
	slot := func(k dict.ElemKind) []dict.Type {
		switch k {
		case dict.Subject:
			return m.ru.rel.Subject
		case dict.Object:
			return m.ru.rel.Object
		}
		return nil
	}
	if ei > 0 {
		before = slot(m.ru.elems[ei-1].Kind)
	}
	if ei+1 < len(m.ru.elems) {
		after = slot(m.ru.elems[ei+1].Kind)
	}
	return before, after
}

// slotTypesNear is slotTypes one text element away: the slot after the
// word that ends a gap ("the computer animation language BEFLIX"), or
// before the word that starts it.
func (m *sentMatcher) slotTypesNear(ei int) (before, after []dict.Type) {
	text := func(i int) bool {
		return 0 <= i && i < len(m.ru.elems) && (m.ru.elems[i].Kind == dict.Lit || m.ru.elems[i].Kind == dict.Role)
	}
	if text(ei - 1) {
		before, _ = m.slotTypes(ei - 1)
	}
	if text(ei + 1) {
		_, after = m.slotTypes(ei + 1)
	}
	return before, after
}

// subjectPastOptional reports whether the gap at ei follows the subject
// slot across a word and optional words before it ("{s}(曾|也|)(在|于)~8"),
// where slotTypesNear, one word away only, does not see the subject.
func subjectPastOptional(elems []dict.Elem, ei int) bool {
	i := ei - 1
	if i < 1 || elems[i].Kind != dict.Lit {
		return false
	}
	i--
	if elems[i].Kind == dict.Subject {
		return false // one word away: slotTypesNear's case
	}
	for i >= 0 && elems[i].Kind == dict.Lit && slices.Contains(elems[i].Alts, "") {
		i--
	}
	return i >= 0 && elems[i].Kind == dict.Subject
}

// nearGap is the widest gap next to a slot that the nearer-candidate guard
// applies to; wider gaps pass over clauses, where other names are
// expected.
const nearGap = 16

// nearWordGap is the widest gap one word away from a slot that the
// nearer-candidate guard applies to: "@det? ~24@kind {o}".
const nearWordGap = 24

// headGap is how far after a subject a name of its type may stand and
// still be the head of the subject's phrase ("Sony co-founder Akio
// Morita").
const headGap = 12

// blocks reports whether a gap may not go on past j, where a mention
// starts: near the slot, it is a candidate for that slot nearer
// than the one bound (复旦教授陈建利创立的X: 陈建利, not 复旦, founded
// X), or, after a wide gap's start, a name followed by a relative
// pronoun, which opens a clause of its own.
func (m *sentMatcher) blocks(src []byte, pos, j, ei int, e dict.Elem, b binding, near bool, before, after []dict.Type) bool {
	k := m.mentionAt(j)
	if k < 0 {
		return false
	}
	c := m.ms[k]
	if c.Entity.Type == dict.Place && addressGoesOn(src, c.End) {
		return false // 生于中国江苏省太仓县浏河镇: the address narrows down
	}
	if near && !source(src, c.Start) && (hasType(before, c.Entity.Type) || hasType(after, c.Entity.Type)) &&
		!(afterLocative(src, c.Start) && m.locatedName(src, k, after)) && !(j == pos && runeBefore(src, pos) == '被') &&
		!(c.How == doc.Coref && m.prevSlot(ei) == dict.Subject && inBound(b.subj, c) && slices.Contains(ownerPronouns, strings.ToLower(string(src[c.Start:c.End])))) {
		// A name after a verb of location is no nearer candidate for a
		// slot of another kind (加入了位于乙大学的甲公司), nor is the
		// agent right after 被 (张三被李四任命为…), nor the subject's own
		// possessive ("Doe spent his whole career at Acme").
		return true
	}
	if !e.Wide && e.Max <= nearWordGap && len(b.subj) > 0 && c.How != doc.Coref && c.Entity.Type == b.subj[0].Entity.Type && !inBound(b.subj, c) && m.ru.subjPast != nil && m.ru.subjPast[ei] {
		// 张三在李四创办的…, "{s}(曾|也|)(在|于)~8创办": past the subject and
		// a word or two, a name of the subject's kind is the nearer
		// subject of the verb to come.
		return true
	}
	if !e.Wide && c.Entity.Type == dict.Person && ei+1 < len(m.ru.elems) && m.ru.elems[ei+1].Kind == dict.Role {
		return true // 师从乙大学的李四教授: a title after a name is that name's
	}
	if !e.Wide && m.prevSlot(ei) == dict.Object && len(b.obj) > 0 && hasType(m.ru.rel.Object, c.Entity.Type) && !hasType(m.ru.rel.Subject, c.Entity.Type) && !inBound(b.obj, c) &&
		!(b.role != "" && runeBefore(src, pos) == '、') {
		// 甲公司CEO张三、戊科技CTO李四: past a second organisation, what
		// follows is that one's, not the object's; in 甲公司董事长、戊科技
		// 副部长张三 the titles are one person's.
		return true
	}
	if e.Wide && c.How != doc.Coref && c.Entity.Type == dict.Person && len(b.subj) > 0 && b.subj[0].Entity.Type == dict.Organization &&
		hasType(before, c.Entity.Type) && utf8.RuneCount(src[pos:j]) <= headGap && !punctBetween(src, pos, j) {
		// "Sony co-founder Akio Morita founded X": an organisation, a
		// title and a person make one phrase whose head is the person,
		// a few words on and before any comma.
		return true
	}
	if e.Wide && c.How != doc.Coref && len(b.subj) > 0 && c.Entity.Type == b.subj[0].Entity.Type && clauseOpenedAt(src, c.Start) && !slices.ContainsFunc(b.subj, func(x doc.Mention) bool { return x.Entity == c.Entity }) {
		// 张三离开甲公司，李四随后创立了戊科技, "Roe met Doe, and in 1990
		// Doe founded Acme": a name of the subject's type that opens a
		// later clause is that clause's subject.
		return true
	}
	if e.Wide && c.How != doc.Coref && len(b.subj) > 0 && c.Entity.Type == b.subj[0].Entity.Type && !inBound(b.subj, c) && andSubject(src, c) {
		// "Roe joined Acme and Doe later founded Beta": a name after
		// "and" with a verb of its own is the subject of a second clause.
		return true
	}
	if e.Wide && m.prevSlot(ei) == dict.Subject && !inBound(b.subj, c) && reported(src, c.Start) {
		// "Roe said Acme founded Beta", 张三表示，甲公司创立了戊科技: a name
		// after a verb of saying opens the clause it reports, with a
		// subject of its own ("Google announced that it had agreed to
		// acquire X" keeps its own).
		return true
	}
	if e.Wide && m.prevSlot(ei) == dict.Subject && len(b.subj) > 0 && c.How != doc.Coref && !inBound(b.subj, c) && m.commaAfter(ei) &&
		(c.Entity.Type == b.subj[0].Entity.Type || appositionAfter(src, c.End) && !(c.Entity.Type == dict.Organization && b.subj[0].Entity.Type == dict.Person && personPostAfter(src, c.End))) {
		// "Milken was influenced by studies by Hickman, a former
		// president of X": an apposition after a comma is the nearest
		// name's; "a director at Beta, the largest shareholder of X":
		// whatever the name's type, where the comma and an article
		// follow it ("co-founder of A, chairman of B" lists titles).
		return true
	}
	if e.Wide && m.prevSlot(ei) == dict.Subject && len(b.subj) > 0 && c.How != doc.Coref && !inBound(b.subj, c) &&
		c.Entity.Type == b.subj[0].Entity.Type && m.andRoleAfter(ei) && appositionAfter(src, c.End) {
		// "Roe was hired by Doe, the founder and director of Acme": the
		// titles joined by "and" in an apposition are its name's, not
		// the subject's second post.
		return true
	}
	if e.Wide && m.prevSlot(ei) == dict.Subject && !inBound(b.subj, c) && hasType(m.ru.rel.Subject, c.Entity.Type) && controlled(src, c) {
		// "Roe persuaded Doe to found Acme": the name after a verb of
		// asking or helping is the subject of the infinitive after it.
		return true
	}
	if e.Wide || e.Max > nearGap {
		p := doc.SkipSpace(src, c.End)
		if p < len(src) && src[p] == ',' {
			p = doc.SkipSpace(src, p+1)
		}
		for _, w := range []string{"who ", "which ", "whose "} {
			if _, ok := matchLit(src, p, w); ok {
				return true
			}
		}
	}
	return false
}

// appositionAfter reports whether a comma and an article follow p: a noun
// phrase set off after a name describes it.
func appositionAfter(src []byte, p int) bool { return appositionNoun(src, p) >= 0 }

// appositionNoun returns where the noun phrase of an apposition after p
// starts, past the comma and the article (", the largest shareholder"),
// or -1 if no comma and article follow p.
func appositionNoun(src []byte, p int) int {
	q := doc.SkipSpace(src, p)
	if !bytes.HasPrefix(src[q:], []byte(",")) {
		return -1
	}
	q = doc.SkipSpace(src, q+1)
	for _, w := range []string{"the ", "a ", "an "} {
		if n, ok := matchLit(src, q, w); ok {
			return doc.SkipSpace(src, q+n)
		}
	}
	return -1
}

// personPostAfter reports whether the apposition after p names a post
// only a person holds (", a visiting professor at X", ", an engineer with
// Y"): after an organisation's name it describes no organisation, and a
// list of a person's posts goes on.
func personPostAfter(src []byte, p int) bool {
	q := appositionNoun(src, p)
	if q < 0 {
		return false
	}
	// The head noun is the last word before the preposition, within a
	// few lower-case words.
	head := ""
	for words := 0; words < 5 && q < len(src); words++ {
		e := q
		for e < len(src) && (src[e] >= 'a' && src[e] <= 'z' || e > q && src[e] == '-') {
			e++
		}
		if e == q || e >= len(src) || src[e] != ' ' {
			return false
		}
		switch w := string(src[q:e]); w {
		case "at", "of", "for", "with", "in":
			return personPosts[head]
		default:
			head = w
		}
		q = e + 1
	}
	return false
}

// personPosts are the head nouns of posts that only people hold.
var personPosts = wordSet(`professor professors lecturer lecturers fellow fellows researcher researchers
	scientist scientists engineer engineers president vice-president chairman chairwoman dean
	physician surgeon curator editor editor-in-chief instructor teacher tutor librarian
	economist analyst designer architect consultant adviser advisor reader scholar`)

// commaAfter reports whether the element after gap ei opens with a comma
// in every alternative, and a title follows later in the pattern: an
// apposition, not a participle clause ("met Roe, founding Acme").
func (m *sentMatcher) commaAfter(ei int) bool {
	isComma := func(a string) bool { return strings.HasPrefix(a, ",") || strings.HasPrefix(a, "，") }
	if !m.litAfter(ei, isComma) {
		return false
	}
	if m.roleLater(ei) {
		return true
	}
	// ", (the|a|an) @noun": a noun phrase after the comma.
	if ei+2 < len(m.ru.elems) && m.ru.elems[ei+2].Kind == dict.Lit {
		for _, a := range m.ru.elems[ei+2].Alts {
			if a != "the" && a != "a" && a != "an" {
				return false
			}
		}
		return true
	}
	return false
}

// andRoleAfter reports whether the element after gap ei opens with "and"
// in every alternative and a title follows later in the pattern: a
// second post of the subject's, joined to the first.
func (m *sentMatcher) andRoleAfter(ei int) bool {
	isAnd := func(a string) bool {
		a = strings.TrimSpace(a)
		return a == "and" || strings.HasPrefix(a, "and ")
	}
	return m.litAfter(ei, isAnd) && m.roleLater(ei)
}

// roleLater reports whether a title element follows gap ei in the pattern.
func (m *sentMatcher) roleLater(ei int) bool {
	return slices.ContainsFunc(m.ru.elems[ei+1:], func(e dict.Elem) bool { return e.Kind == dict.Role })
}

// litAfter reports whether the element after gap ei is a literal whose
// every alternative satisfies ok.
func (m *sentMatcher) litAfter(ei int, ok func(string) bool) bool {
	if ei+1 >= len(m.ru.elems) || m.ru.elems[ei+1].Kind != dict.Lit {
		return false
	}
	return !slices.ContainsFunc(m.ru.elems[ei+1].Alts, func(a string) bool { return !ok(a) })
}

// controlled reports whether mention c stands between a verb that takes
// an object and an infinitive ("persuaded Doe to", "helped Acme to").
func controlled(src []byte, c doc.Mention) bool {
	if !bytes.HasPrefix(src[c.End:], []byte(" to ")) {
		return false
	}
	t := bytes.TrimRight(src[:c.Start], " ")
	i := bytes.LastIndexByte(t, ' ')
	return controlVerbs[string(bytes.ToLower(t[i+1:]))]
}

var controlVerbs = wordSet(`persuaded persuades convinced convinces encouraged encourages urged urges asked asks
	helped helps hired hires recruited recruits invited invites inspired inspires allowed allows enabled enables
	prompted prompts pushed pushes tapped taps told tells advised advises led leads got gets wanted wants
	appointed appoints named names chose chooses sent sends forced forces`)

// addressGoesOn reports whether a Chinese address goes on after p: a few
// Han characters up to an administrative unit (江苏省, 太仓县).
func addressGoesOn(src []byte, p int) bool {
	for n, q := 0, p; n < 6 && q < len(src); n++ {
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(clauseChars, r) {
			return false
		}
		if n > 0 && strings.ContainsRune("省市县区镇州", r) {
			return true
		}
		q += w
	}
	return false
}

// reported reports whether a verb of saying stands right before p: one
// that takes a clause without "that" (said, 认为), one that may take a
// name as its object before "that" or Chinese punctuation only
// ("announced that", 宣布，; not "announced Gizmo", "wrote Widget OS").
func reported(src []byte, p int) bool {
	t := bytes.TrimRight(src[:p], " ")
	marked := false
	for _, w := range []string{"，", ",", "：", ":"} {
		if u, ok := bytes.CutSuffix(t, []byte(w)); ok {
			t, marked = u, true
			break
		}
	}
	t = bytes.TrimRight(t, " ")
	if u, ok := bytes.CutSuffix(t, []byte(" that")); ok {
		t, marked = u, true
	}
	says := func(vs []string) bool {
		for _, v := range vs {
			if bytes.HasSuffix(t, []byte(v)) && (v[0] >= utf8.RuneSelf || wordStart(t, len(t)-len(v))) {
				return true
			}
		}
		return false
	}
	return says(complementVerbs) || marked && says(sayingVerbs)
}

// complementVerbs take a clause, and seldom a name, as their object.
var complementVerbs = []string{"said", "says", "believes", "believed", "thinks", "thought", "argued", "argues", "认为", "表示"}

// sayingVerbs take a clause after "that" or punctuation.
var sayingVerbs = []string{"told", "tells", "announced", "announces", "stated", "states", "claimed", "claims", "noted", "added",
	"explained", "wrote", "reported", "confirmed", "称", "说", "指出", "透露", "宣布", "强调", "坦言"}

// punctBetween reports whether src[i:j] holds clause punctuation.
func punctBetween(src []byte, i, j int) bool {
	for _, r := range string(src[i:j]) {
		if doc.IsClausePunct(r) {
			return true
		}
	}
	return false
}

// lastSlot reports whether elems[ei] is the pattern's last element but
// for an end of clause.
func (m *sentMatcher) lastSlot(ei int) bool {
	for _, e := range m.ru.elems[ei+1:] {
		if e.Kind != dict.End {
			return false
		}
	}
	return true
}

// longerName reports whether a Latin name goes on past the mention c in
// capitalised words the dictionary does not know ("founded Microsoft
// Research Asia"): c is the start of another name, perhaps a part of its
// organisation, not the argument.
func longerName(src []byte, c doc.Mention) bool {
	last, _ := utf8.DecodeLastRuneInString(c.Text)
	if !doc.LatinWordRune(last) || c.End >= len(src) || src[c.End] != ' ' {
		return false
	}
	r, w := utf8.DecodeRune(src[c.End+1:])
	if !unicode.IsUpper(r) {
		return false
	}
	next, _ := utf8.DecodeRune(src[c.End+1+w:])
	return unicode.IsLower(next) // a capitalised word, not an acronym (CEO)
}

// possessor reports whether an English possessive follows p: 's, ’s or
// a plural's bare apostrophe before a word, other than "board" (the
// chairman of Intel's board chairs Intel).
func possessor(src []byte, p int) bool {
	for _, a := range []string{"'s ", "’s ", "' ", "’ "} {
		if bytes.HasPrefix(src[p:], []byte(a)) {
			_, ok := matchLit(src, p+len(a), "board")
			return !ok
		}
	}
	return false
}

// possessorOf reports whether an English possessive follows mention c,
// as possessor does, unless the apostrophe closes a quotation that opens
// right before c ("a line of toys called 'Mindstorms' in 1999").
func possessorOf(src []byte, c doc.Mention) bool {
	if !possessor(src, c.End) {
		return false
	}
	return !straightQuoted(src, c.Start, c.End) && !(bytes.HasSuffix(src[:c.Start], []byte("‘")) && bytes.HasPrefix(src[c.End:], []byte("’")))
}

// zhOwnsName reports whether 的 and a name of c's type follow c
// (甲公司的戊科技): c says whose the next one is.
func (m *sentMatcher) zhOwnsName(src []byte, c doc.Mention) bool {
	n, ok := matchLit(src, c.End, "的")
	if !ok || c.Entity.Type == dict.Place {
		return false // 马萨诸塞州的牛顿: a place in a place is in both
	}
	k := m.mentionAt(c.End + n)
	return k >= 0 && m.ms[k].Entity.Type == c.Entity.Type
}

// ownsNext reports whether mention c is a possessive pronoun whose noun
// is not "board" (its board is the organisation itself).
func ownsNext(src []byte, c doc.Mention) bool {
	if !possessive(src, c, true) {
		return false
	}
	_, board := matchLit(src, doc.SkipSpace(src, c.End), "board")
	return !board
}

// possessiveMark reports whether every alternative of a text element is
// an English possessive ending ("'s", "’s", "'").
func possessiveMark(alts []string) bool {
	for _, a := range alts {
		switch a {
		case "'s", "’s", "'", "’":
		default:
			return false
		}
	}
	return len(alts) > 0
}

// ownerNext reports whether mention k is a possessive pronoun and the
// pattern's next element the possessive ending it stands for: "Roe
// followed his supervisor Doe" wants "his" as the owner.
func (m *sentMatcher) ownerNext(src []byte, k, ei int) bool {
	return m.ru.ownerMark != nil && ei+1 < len(m.ru.ownerMark) && m.ru.ownerMark[ei+1] && possessive(src, m.ms[k], true)
}

// ownerPronouns are the English possessive pronouns, as rule keys.
var ownerPronouns = []string{"his", "her", "its", "their"}

// ownedBy reports whether the slot just bound ends at pos with an English
// possessive pronoun (its, their, his, her), which needs no "'s".
func (m *sentMatcher) ownedBy(src []byte, pos int, b binding) bool {
	q := pos
	for q > 0 && src[q-1] == ' ' {
		q--
	}
	for _, ms := range [][]doc.Mention{b.subj, b.obj} {
		if len(ms) == 0 || ms[len(ms)-1].End != q {
			continue
		}
		if possessive(src, ms[len(ms)-1], true) {
			return true
		}
	}
	return false
}

// possessive reports whether mention c is an English possessive pronoun
// (his, its, their; her too where a subject is wanted): it names whose
// noun follows, not an argument ("His father graduated from X").
func possessive(src []byte, c doc.Mention, subject bool) bool {
	if c.How != doc.Coref {
		return false
	}
	switch strings.ToLower(string(src[c.Start:c.End])) {
	case "his", "its", "their":
		return true
	case "her":
		return subject
	}
	return false
}

// matchSlot binds the subject or object slot to the mention at pos (after
// an English article, if any) and to each coordinated list it starts,
// longest first, then goes on after it and past what insertions skips.
func (m *sentMatcher) matchSlot(src []byte, pos, ei int, e dict.Elem, b binding) {
	p := doc.SkipSpace(src, pos)
	k := m.mentionAt(p)
	p, k = m.pastCompound(src, p, k, ei)
	theAt := -1 // where an article the slot passed stands
	if k < 0 {
		// An English article before a name is part of the slot:
		// "from the University of Toronto".
		if q := pastThe(src, p); q > p {
			theAt = p
			p = q
			k = m.mentionAt(p)
			p, k = m.pastCompound(src, p, k, ei) // "joined the Seattle-based Acme"
		}
	}
	if k < 0 && ei > 0 {
		// "founded both Acme and Beta", "chaired either A or B", "both
		// the X and the Y": the word that announces a list of two
		// belongs to the slot, where the list follows.
		for _, w := range []string{"both ", "either "} {
			if n, ok := matchLit(src, p, w); ok && n == len(w) {
				if j := m.mentionAt(pastThe(src, doc.SkipSpace(src, p+n))); j >= 0 && len(m.coordinated(j)) > 1 {
					p, k = m.ms[j].Start, j
				}
				break
			}
		}
	}
	if k < 0 && ei > 0 {
		// A word that introduces the name belongs to the slot: a dash
		// (背后的掌舵者——刘万千), 前 (former) or 原 before an
		// organisation that heads a phrase (由前甲公司高管张三创立), and
		// an opening title or quotation mark (由张三编写的《星火》).
		if j := m.ledMention(src, p); j >= 0 {
			p, k = m.ms[j].Start, j
		}
	}
	if k < 0 && ei > 0 && !hasType(m.slotTypesOf(e.Kind), dict.Place) {
		// 前往德国乙大学学习, 赴美国甲公司工作: a country the dictionary
		// does not list, right before the name, says where it is.
		if n := zhCountryAt(src, p); n > 0 {
			if j := m.mentionAt(p + n); j >= 0 && hasType(m.slotTypesOf(e.Kind), m.ms[j].Entity.Type) {
				p, k = p+n, j
			}
		}
	}
	if k >= 0 && ei > 0 && !hasType(m.slotTypesOf(e.Kind), dict.Place) {
		if j := m.fromPlace(src, k); j >= 0 {
			p, k = m.ms[j].Start, j // 由中国的丙资本领投
		}
	}
	if k >= 0 && ei > 0 && !m.ru.headsRelative(ei) {
		if j := m.ownedName(src, k, m.slotTypesOf(e.Kind)); j >= 0 {
			p, k = m.ms[j].Start, j // 入股丙资本旗下的戊科技: the one owned
		}
	}
	if k >= 0 && ei > 0 && e.Kind == dict.Object {
		if j := m.describedPossession(src, k, m.slotTypesOf(e.Kind)); j >= 0 {
			// "the head of Beta's parent label Acme": the name the
			// possessive's noun describes is the object, not its owner.
			p, k = m.ms[j].Start, j
		}
	}
	if k >= 0 && ei > 0 && e.Kind == dict.Object {
		if j := m.possessedName(src, k, m.slotTypesOf(e.Kind)); j >= 0 {
			// "a research engineer at NASA's Ames Research Center": the
			// name the possessive heads is an object too.
			m.matchSlot(src, m.ms[j].Start, ei, e, b)
		}
	}
	if k < 0 && ei > 0 || k >= 0 && ei > 0 && m.ms[k].Entity.Type == dict.Place && hasHan(src[m.ms[k].Start:m.ms[k].End]) {
		// 获得了知名天使投资人张三的投资: a Chinese descriptor that ends
		// in a noun of the name's kind is part of the slot; where one
		// comes from may open it (由美国企业家张三创办).
		if q := m.classDescribed(src, p, true); q > p && !bytes.HasSuffix(src[:p], []byte("控股")) {
			// Not after 控股, which with the noun names a kind of
			// company (分众传媒控股母公司X: its holding parent X).
			p = q
			k = m.mentionAt(p)
		}
	}
	if k < 0 && ei > 0 && !afterPossessive(src, p) {
		// "joined search giant Acme", "studied under biochemist Roe": a
		// descriptor before a name inside a pattern is part of the slot.
		// After a possessive ("Acme's engineers built X") it is the
		// subject of a clause instead.
		from := p
		if theAt >= 0 && p == pastThe(src, theAt) {
			// The article the slot passed opens the descriptor: after
			// "the", a demonym describes the name ("acquired the French
			// Simca") where alone it may open it.
			from = theAt
		}
		if q := skipDescriptor(src, from); q > p {
			p = q
			k = m.mentionAt(p)
		}
	}
	if k >= 0 && e.Kind == dict.Object && m.gapBefore(ei) && pos != m.emptyGap && prepositionBefore(src, p) {
		// "heads research at Acme": a name a preposition in the gap
		// governs is not what the verb before the gap acts on.
		return
	}
	if k < 0 || ei == 0 && e.Kind == dict.Subject && !m.ownerNext(src, k, ei) && m.notSubject(src, k, m.gapAfter(ei)) {
		return
	}
	if hyphenCompound(src, m.ms[k].End) > 0 && !m.hyphenNext(ei) {
		// "acquired Gamma-backed Acme": a name made a modifier by its
		// hyphen takes part only where the pattern writes the hyphen.
		return
	}
	if ei == 0 && e.Kind == dict.Object && m.ru.titled && endsWithAny(src[:m.ms[k].Start], []string{"从"}) && !endsWithAny(src[:m.ms[k].Start], []string{"师从", "跟从", "随从", "自从", "听从", "服从"}) {
		// 甲公司从戊科技挖来张三担任CTO: the name after 从 is where the
		// person came from; the post named after is not there.
		return
	}
	if ei == 0 && e.Kind == dict.Subject && endsWithAny(src[:m.sameNameStart(src, k)], []string{"向", "从"}) {
		// 盛大向特里安基金收购X的股权: the name after 向 or 从 is the other
		// party, not the one who acts; so is its own other name in a
		// parenthesis after it (向特里安基金(Trian Fund Management)收购).
		return
	}
	if ei == 0 && e.Kind == dict.Subject && m.ms[k].Entity.Type != dict.Person && m.zhWhere(src, k) {
		// 甲公司在乙大学建立了实验室: the name after 在 is where it was
		// done, not who did it (在甲公司投资的乙公司 is a relative clause,
		// and its name is the subject).
		return
	}
	if afterLocative(src, m.ms[k].Start) && (ei == 0 || m.locatedName(src, k, m.slotTypesOf(e.Kind))) {
		// 位于乙大学的星火系统: a name after a verb of location says
		// where something is; it does nothing in the sentence. Nor is it
		// what a verb before it acts on where the name it locates can be
		// (加入了位于乙大学的甲公司).
		return
	}
	if ei == 0 && e.Kind == dict.Object && m.ru.titled && zhInvestedBefore(src, m.ms[k].Start) {
		// 投过超级猩猩的合伙人周逵: the company is what the partner's fund
		// invested in, not where the partner works.
		return
	}
	if ei == 0 && m.is(k, isListMember, func() bool { return m.listMember(k) }) && !openParen(src, m.ms[k].End) {
		// A、B等机构入局: the list starts at A, and so does the match; a
		// member's own parenthesis (A和B(现X首席技术官)) is about it alone.
		return
	}
	if m.is(k, isNewsSource, func() bool { return doc.NewsSource(src, m.ms[k].End) }) {
		return // 36氪获悉，…: the news source, not an argument
	}
	types := m.ru.rel.Subject
	if e.Kind == dict.Object {
		types = m.ru.rel.Object
	}
	phrase := k // the phrase's first name, before its head is taken
	if hasType(types, dict.Person) {
		// 由甲公司前高管张三创立: an organisation, a title and a person
		// make one phrase whose head is the person.
		if h := m.head(src, k); h >= 0 {
			k = h
		} else if !m.possessiveNext(ei) {
			if h := m.possessedPerson(src, k); h >= 0 {
				k = h // "founded by Roe's brother John Doe": the brother
			}
		}
	}
	if hasType(types, dict.Organization) {
		// 华为旗下丙资本, 戊科技旗下的子公司丙资本: the subsidiary is the
		// phrase's head.
		if h := m.orgHead(src, k); h >= 0 && !m.ru.headsRelative(ei) {
			k = h
		}
	}
	if !hasType(types, m.ms[k].Entity.Type) {
		return // the relation could not take it: no fact would come of it
	}
	if m.lastSlot(ei) && e.Kind == dict.Object && m.ms[k].Entity.Type == dict.Organization && associationAfter(src, m.ms[k].End) {
		// "president of the Epsilon alumni association", 加入乙大学校友会: a
		// body named after the organisation, not the organisation.
		return
	}
	if m.lastSlot(ei) && e.Kind == dict.Object && m.ms[k].Entity.Type == dict.Project && zhAboutWork(src, m.ms[k]) {
		// 撰写了星火系统的书评, 关于星火系统的评论: the review is written,
		// not the work.
		return
	}
	if m.lastSlot(ei) && e.Kind == dict.Subject && (possessorOf(src, m.ms[k]) || m.jointPossessor(src, k)) && m.teamAfter(src, m.ms[k]) < 0 {
		// "The president of Acme was Roe's father": Roe owns the subject;
		// "produced by Max and Dave Fleischer's studio": so do both.
		return
	}
	if m.lastSlot(ei) && !m.ru.rel.Parts && m.is(k, isOwner, func() bool {
		c := m.ms[k]
		// A unit or a site names an organisation's part; after a
		// person's name the same characters are other words (张三联系了).
		org := c.Entity.Type != dict.Person
		return longerName(src, c) || org && unitAfter(src, c.End) || org && (siteAfter(src, c.End) || zhSiteAfter(src, c.End)) || c.Entity.Type == dict.Organization && orgPartAfter(src, c.End) || zhPartAfter(src, c.End) || zhMembersAfter(src, c) || nameAsModifier(src, c)
	}) || m.lastSlot(ei) && !m.ru.rel.Parts && m.is(k, isPossessor, func() bool {
		c := m.ms[k]
		return possessorOf(src, c) || ownsNext(src, c) || m.zhOwnsName(src, c)
	}) && m.teamAfter(src, m.ms[k]) < 0 {
		// "president of Acme's research laboratories", "acquired Beta with
		// Gamma's backing", "recruited to lead its lab": the name owns
		// what the sentence is about.
		return
	}
	if g := m.ru.afterSpace(ei + 1); g < len(m.ru.elems) && m.ru.elems[g].Kind == dict.Gap {
		if m.ru.elems[g].Wide && !m.clauseInitial(phrase) && !relativeAfter(src, m.ms[k].End) {
			return // before a wide gap only the clause's subject will do
		}
		if m.ru.elems[g].Wide && e.Kind == dict.Subject && m.modifiesNext(src, m.ms[k].End) {
			return // 张三所在的甲公司持有…: 甲公司 is the subject
		}
		if e.Kind == dict.Subject && possessorOf(src, m.ms[k]) && m.teamAfter(src, m.ms[k]) < 0 {
			return // "Doe's colleague later joined Acme": Doe owns the subject
		}
	}
	if ei == 0 && m.ru.objWhere && degreeFrom(src, m.ms[k].Start) && studyWhere(src, m.ms[k].End) {
		// "received her Ph.D. from Acme, where she worked with Doe": the
		// clause tells of her studies there, not of a post.
		return
	}
	if ei == 0 && m.ru.objParticiple && participleAfter(src, m.ms[k].End) && m.namedHeadBefore(src, m.ms[k].Start) {
		// "the Division of War Research at Columbia (headed by Roe)": the
		// participle is about the named unit the place-name qualifies.
		return
	}
	if ei == 0 && e.Kind == dict.Object && m.ru.hasS && commaNext(m.ru.elems) && prepositions[wordBeforeName(src, m.ms[k].Start)] && !relativeAfterComma(src, m.ms[k].End) &&
		!(m.ru.objParticiple && (participleAfter(src, m.ms[k].End) || appositiveParticiple(src, m.ms[k].End))) {
		// "After graduating from the University of Southern California
		// in 1967, Lucas co-founded X": a name a preposition governs in a
		// phrase before the clause is not what the clause is about.
		return
	}
	if ei == 0 && e.Kind == dict.Object && m.ru.hasS && prepositions[wordBeforeName(src, m.ms[k].Start)] && auxiliaryAfter(src, m.ms[k].End) {
		// "LaTeX, the package based on TeX, was developed by Lamport": a
		// name a preposition governs is not the subject of the verb after
		// it.
		return
	}
	if e.Kind == dict.Object && len(b.subj) > 0 && m.ms[k].Entity.Type == dict.Project && m.madeByOther(src, k, b.subj) {
		// "Knuth wrote the foreword to the book A=B by Petkovšek": "by"
		// after a work names whose it is.
		return
	}
	if e.Kind == dict.Object && len(b.subj) > 0 && m.ru.titled && m.personRightAfter(src, k, b.subj) {
		// "Jewett, founder and first president of Kenyon College Philander
		// Chase": a title and an organisation right before a name are
		// that name's, not the subject's.
		return
	}
	if e.Kind == dict.Object && len(b.subj) > 0 && m.listMate(b.subj[0], m.ms[k]) {
		// "financed by Legendary, Atlas, and others": a member of the
		// subject's own list is no object of it.
		return
	}
	group := m.coordinated(k)
	if e.Kind == dict.Object {
		group = clauseCut(src, group)
	}
	if m.ru.afterDe != nil && m.ru.afterDe[ei] {
		// 时任甲公司院长的张三，以及李四、王五先后加入乙: what stands before
		// 的 describes the names up to the first comma only.
		group = commaCut(src, group)
	}
	for n := len(group); n >= 1; n-- {
		end := group[n-1].End
		abbr := m.ownAbbreviation(src, group[n-1])
		nb := b
		if e.Kind == dict.Subject {
			nb.subj = group[:n]
		} else {
			nb.obj = group[:n]
		}
		if n > 1 && openParen(src, end) && !abbr && !m.lastSlot(ei) {
			// A parenthesis after a list describes its last member only:
			// what the pattern asks after the slot is not the list's. A
			// slot that ends the pattern takes the whole list ("invented
			// by A, B and C (who later shared a prize)"). Past the
			// parenthesis the clause is the list's again: 张三、李四、王五
			// (笔名某某)分别持有甲公司的股权.
			if q := skipParen(src, doc.SkipSpace(src, end)); q > end && q-end <= 80 {
				m.match(q, ei+1, nb)
				for _, r := range m.insertions(src, q, n) {
					m.match(r, ei+1, nb)
				}
			}
			continue
		}
		if n > 1 && e.Kind == dict.Subject && m.ru.subjAs && slices.ContainsFunc(group[:n-1], func(c doc.Mention) bool { return ownPost(src, c) }) {
			// "by Roe as president, Major as secretary and Doe as
			// treasurer": a member with a post of its own is not given
			// the last member's.
			continue
		}
		if n > 1 && parallelPhrase(src, group[0].Start, end) {
			// "the acquisition of Algeta by Bayer and Avila by Celgene":
			// the last member opens a phrase of its own.
			continue
		}
		m.match(doc.SkipSpace(src, end), ei+1, nb)
		if n == 1 && straightQuoted(src, group[0].Start, end) {
			// "\"Widget OS\" was invented by": past the straight quotes
			// around a name (insertions passes the curly ones).
			m.match(doc.SkipSpace(src, end+1), ei+1, nb)
		}
		if abbr {
			// "Beta Labs (BL) and Gamma (GC), where": past the last
			// member's abbreviation.
			m.match(skipParen(src, doc.SkipSpace(src, end)), ei+1, nb)
		}
		for _, q := range m.insertions(src, end, n) {
			m.match(q, ei+1, nb)
		}
		if e.Kind == dict.Subject && n == len(group) {
			// "Roe's team built X", 张三的团队推出了X: a person's team,
			// lab or students act for the person.
			if q := m.teamAfter(src, group[n-1]); q > end {
				m.match(q, ei+1, nb)
			}
		}
		if e.Kind == dict.Subject && ei == 0 && n == len(group) {
			if with, q := m.comitative(src, end); with != nil && with[0].Entity.Type == group[0].Entity.Type {
				wb := nb
				wb.subj = append(slices.Clip(group), with...)
				m.match(q, ei+1, wb)
			}
		}
		if e.Kind == dict.Subject && ei == 0 {
			// "Her father, John Doe, was an engineer": the name is an
			// apposition, and the clause goes on after its comma; also
			// past a parenthesis after the name ("His father, John Doe
			// (1826–1905), was born in…").
			if c := setOffEnd(src, group[0].Start, end); c >= 0 {
				p := doc.SkipSpace(src, c)
				_, w := utf8.DecodeRune(src[p:])
				m.match(doc.SkipSpace(src, p+w), ei+1, nb)
			}
		}
	}
}

// mentionFacts memoises, for one mention of the sentence, what matchSlot
// asks of it whatever the rule: each rule that starts with a slot asks
// the same of the same mentions.
type mentionFacts struct {
	known, is uint16 // bits: is holds the answers to the questions known
	head      int    // personHead's answer, once known has isHeaded
}

// The questions mentionFacts answers.
const (
	isListMember  uint16 = 1 << iota // listMember
	isNewsSource                     // doc.NewsSource after it
	isOwner                          // the name owns what the sentence is about
	isNotSubject                     // a source, an agent or an object
	isGoverned                       // governedName, without a gap after the slot
	isGovernedGap                    // governedName, with a gap after it
	isHeaded                         // head is known
	isPossessive                     // possessive, as a subject
	isPossessor                      // possessor or ownsNext
)

// is returns the answer to question q about mention k, asking f the
// first time.
func (m *sentMatcher) is(k int, q uint16, f func() bool) bool {
	mf := m.factsOf(k)
	if mf.known&q == 0 {
		mf.known |= q
		if f() {
			mf.is |= q
		}
	}
	return mf.is&q != 0
}

// factsOf returns mention k's memo; Apply clears them for each sentence.
func (m *sentMatcher) factsOf(k int) *mentionFacts {
	if len(m.mentions) < len(m.ms) {
		m.mentions = make([]mentionFacts, len(m.ms))
	}
	return &m.mentions[k]
}

// notSubject reports whether mention k, at a pattern's start, cannot be
// its subject: a possessive, where something comes from, a passive's
// agent, or a name a preposition or verb governs (see governedName) with
// gap as governedName takes it.
func (m *sentMatcher) notSubject(src []byte, k int, gap bool) bool {
	c := m.ms[k]
	// A person's or a company's team acts for it, depending on the rule:
	// asked apart from the memoised questions.
	if m.is(k, isPossessive, func() bool { return possessive(src, c, true) }) && m.teamAfter(src, c) < 0 || m.is(k, isNotSubject, func() bool {
		return source(src, c.Start) || agent(src, c.Start) || zhObjectBefore(src, c.Start) || underName(src, c.Start) || zhKinAfter(src, c.End) ||
			zhNominator(src, c) || m.zhPlaceOfPerson(src, k)
	}) {
		return true
	}
	if m.ru.ofPhrase || m.ru.parenApposition {
		// "one each to Ernst Alexanderson of General Electric", "backing
		// from Doe (the director of Acme)": the name's own phrase.
		return false
	}
	q := isGoverned
	if gap {
		q = isGovernedGap
	}
	return m.is(k, q, func() bool { return governedName(src, c, gap) })
}

// head is personHead, memoised.
func (m *sentMatcher) head(src []byte, k int) int {
	mf := m.factsOf(k)
	if mf.known&isHeaded == 0 {
		mf.known |= isHeaded
		mf.head = m.personHead(src, k)
	}
	return mf.head
}

// slotLeads introduce the name after them in a slot.
var slotLeads = []string{"——", "—", "前", "原", "《", "「", "『", "“", "what is now known as ", "what is now called ", "what is now ", "what is today ", "what later became ", "what became ", "what would become "}

// ledMention returns the mention that one of slotLeads introduces at p
// (前甲公司, ——张三, 《星火》), or -1.
func (m *sentMatcher) ledMention(src []byte, p int) int {
	if k := m.quotedName(src, p); k >= 0 {
		return k
	}
	for _, w := range slotLeads {
		if bytes.HasPrefix(src[p:], []byte(w)) {
			q := doc.SkipSpace(src, p+len(w))
			if n, ok := matchLit(src, q, "the "); ok && w[0] == 'w' {
				q = doc.SkipSpace(src, q+n) // "what is now known as the X"
			}
			if k := m.mentionAt(q); k >= 0 {
				return k
			}
		}
	}
	return -1
}

// quotedName returns the mention that a straight quotation mark or a
// single curly one opens at p, if a word of naming stands right before it
// and the same mark closes right after the name ("a line of toys called
// 'Mindstorms'", "a brand named \"Lushus\""), or -1. Elsewhere only a
// straight double mark after a lower-case word opens a slot, and only
// around a whole noun phrase: a mark after a comma, a possessive or a
// capitalised word as often opens or closes a quotation.
func (m *sentMatcher) quotedName(src []byte, p int) int {
	open, w := utf8.DecodeRune(src[p:])
	closer := open
	switch open {
	case '"', '\'':
	case '‘':
		closer = '’'
	default:
		return -1
	}
	from := max(0, p-24) // the longest naming word, its space and more
	before := bytes.ToLower(bytes.TrimRight(src[from:p], " "))
	named := slices.ContainsFunc(namingWords, func(n string) bool {
		if !bytes.HasSuffix(before, []byte(n)) {
			return false
		}
		if len(before) == len(n) {
			return from == 0
		}
		return before[len(before)-len(n)-1] == ' '
	})
	if !named && (open != '"' || !lowerCaseWordBefore(src, p)) {
		// Without a word of naming, only a straight double quotation
		// mark after a lower-case word opens it ("introduced \"Gizmo\",
		// a capsule"): a closing mark has no space before it, and one
		// after a comma or a possessive may open a quotation.
		return -1
	}
	k := m.mentionAt(p + w)
	if k < 0 {
		return -1
	}
	if r, _ := utf8.DecodeRune(src[m.ms[k].End:]); r != closer {
		return -1
	}
	if !named {
		// The whole noun phrase: not "the \"Junket\" dessert company".
		e := m.ms[k].End + utf8.RuneLen(closer)
		if r, _ := utf8.DecodeRune(src[e:]); r == ' ' && !quoteFollowers[lowerWordAt(src, e+1)] {
			return -1
		}
	}
	return k
}

// lowerCaseWordBefore reports whether a word written in lower case ends
// right before p, past spaces.
func lowerCaseWordBefore(src []byte, p int) bool {
	w := lowerWordBefore(src, p)
	if w == "" {
		return false
	}
	_, q := doc.TrimSpace(src, 0, p)
	s := q - len(w)
	if s > 0 && (src[s-1] == '\'' || bytes.HasSuffix(src[:s], []byte("’"))) {
		return false // a possessive's "s"
	}
	return src[s] >= 'a' && src[s] <= 'z'
}

// quoteFollowers may follow a quoted name that is a whole noun phrase,
// or name what kind of name it is ("the \"Lushus\" brand of products").
var quoteFollowers = wordSet(`in on at and or of for from to with by as was were is are which that since until after before brand line range series`)

// namingWords give the name right after them.
var namingWords = []string{"called", "named", "known as", "entitled", "titled", "dubbed", "nicknamed", "renamed", "christened", "branded"}

// setOffEnd returns where the closing comma of a name between commas
// starts, past a parenthesis of up to 80 bytes after the name ("His
// father, John Doe (1826–1905), was"), or -1 where the name is not set
// off.
func setOffEnd(src []byte, start, end int) int {
	if betweenCommas(src, start, end) {
		return end
	}
	sp := doc.SkipSpace(src, end)
	if q := skipParen(src, sp); q > sp && q-end <= 80 && betweenCommas(src, start, q) {
		return q
	}
	return -1
}

// betweenCommas reports whether the text from start to end stands between
// commas, Latin or Chinese.
func betweenCommas(src []byte, start, end int) bool {
	r := runeBefore(src, start)
	p := doc.SkipSpace(src, end)
	if p >= len(src) || r != ',' && r != '，' {
		return false
	}
	n, _ := utf8.DecodeRune(src[p:])
	return n == ',' || n == '，'
}

// coordinated returns the mention at k and those coordinated with it to its
// right: "A和B", "A、B和C", "A, B and C", "A与谷歌研究员B". An apposition
// before a member (an organization and a role, 博士生同学) and a
// parenthesis after one are allowed.
func (m *sentMatcher) coordinated(k int) []doc.Mention {
	if g, ok := m.groups[k]; ok {
		return g
	}
	g := m.coordinate(k)
	if m.groups == nil {
		m.groups = map[int][]doc.Mention{}
	}
	m.groups[k] = g
	return g
}

func (m *sentMatcher) coordinate(k int) []doc.Mention {
	group := m.sameSpan(k)
	src := m.d.Src[:m.sent.End]
	for {
		last := group[len(group)-1]
		p := doc.SkipSpace(src, last.End)
		closed := false
		if r, w := utf8.DecodeRune(src[p:]); p < len(src) && strings.ContainsRune(doc.ClosingMarks, r) && strings.ContainsRune(doc.OpeningMarks, runeBefore(src, last.Start)) {
			p += w // 电商“胖虎科技”、新式茶饮品牌TNO: past the member's closing quote
			closed = r == '》'
		}
		if q := skipParen(src, p); q > p {
			// "Google (Google Brain) and ...": a name in parentheses
			// joins the list; the member's own abbreviation ("The
			// Institute for Genomic Research (TIGR)") is no other member.
			_, w := utf8.DecodeRune(src[p:])
			// "Mettler Toledo (NYSE: MTD)": an exchange before a ticker
			// is where the member's shares trade.
			if k := m.mentionAt(doc.SkipSpace(src, p+w)); k >= 0 && m.ms[k].Entity.Type == last.Entity.Type && m.ms[k].Entity != last.Entity && m.ms[k].End < q &&
				!startsWithAny(src[doc.SkipSpace(src, m.ms[k].End):], []string{":", "："}) {
				group = append(group, m.ms[k])
			}
			p = q
		}
		if q := zhSummedUp(src, p); q > p {
			// 投资了A、B等一批机器人公司和C、D: a list summed up by its
			// class goes on after 和.
			p = q
		}
		p = doc.SkipSpace(src, memberTail(src, last.Entity.Type, p))
		if n, ok := matchLit(src, p, "in "); ok {
			// "attended Beta School in Springfield and then Gamma
			// College": where a member is does not end the list.
			if k := m.mentionAt(doc.SkipSpace(src, p+n)); k >= 0 && m.ms[k].Entity.Type == dict.Place && last.Entity.Type != dict.Place {
				p = doc.SkipSpace(src, m.ms[k].End)
			}
		}
		n, ok := coordinator(src, p)
		if ok && n > len("、") && bytes.HasPrefix(src[p:], []byte("、")) && m.mentionAt(p+len("、")) >= 0 {
			n = len("、") // 喜茶、和府捞面: 和 opens the next name, not 、和
		}
		if !ok && closed && bytes.HasPrefix(src[p:], []byte("《")) {
			n, ok = 0, true // 写出《狂人日记》《孔乙己》: titles one after another
		}
		if !ok {
			for _, w := range withCoordinators {
				if k, found := matchLit(src, p, w); found && m.mentionAt(p+k) >= 0 {
					n, ok = k, true
				}
			}
		}
		if !ok && last.Entity.Type == dict.Person {
			// 张三曾与李四共同创立: an adverb of the first before 与 or 和.
			if q := skipZhAdverbs(src, p); q > p {
				for _, c := range zhWith {
					if k, found := matchLit(src, q, c); found {
						p, n, ok = q, k, true
					}
				}
			}
		}
		if !ok {
			// 黄仁勋于1993年与A和B共同创立, "released A in 1972 and B": a
			// time phrase before the coordinator.
			if q := skipZhTime(src, p); q > p {
				p = q
				n, ok = coordinator(src, p)
			} else if q := skipEnTime(src, p); q > p {
				p = doc.SkipSpace(src, q)
				n, ok = coordinator(src, p)
			}
		}
		if !ok {
			return group
		}
		if len(group) == 1 && bytes.HasPrefix(src[p:p+n], []byte(",")) && bytes.Contains(src[p:p+n], []byte("and")) && opensClause(m, doc.SkipSpace(src, p+n)) {
			// "Congress established NASA, and JPL became…": a comma
			// before "and" after a single name, and a verb after the
			// next, join clauses, not names.
			return group
		}
		sep := src[p : p+n]
		// After a lone comma or "and then" a name may open a clause
		// ("attended A and then B", not "joined A and then B joined").
		mayOpenClause := string(sep) == "," || bytes.HasSuffix(sep, []byte(" then")) || bytes.HasSuffix(sep, []byte(" later"))
		p = doc.SkipSpace(src, p+n)
		if q := skipEnTime(src, p); q > p && !hasHan(sep) {
			p = doc.SkipSpace(src, q) // "…, and in 2004 the game X"
		}
		if q := yearPossessive(src, p); q > p {
			p = doc.SkipSpace(src, q) // "1991's RoboSport and 1995's Pinball"
		}
		theAt := p // where "the" before the member starts, if it does
		if n, ok := matchLit(src, p, "the "); ok && n > 3 && m.mentionAt(p) < 0 {
			p = doc.SkipSpace(src, p+n)
		}
		if k := m.mentionAt(p); k >= 0 && m.ms[k].How == doc.Coref && m.ms[k].Entity == last.Entity {
			// "Hinton与他的学生Alex": his is Hinton; the role follows.
			if n, ok := matchLit(src, m.ms[k].End, "的"); ok {
				if j := m.nameWithin(src, m.ms[k].End+n, 6); j >= 0 {
					p = m.ms[j].Start // 张三与她的丈夫李四创办了…
				} else {
					p = doc.SkipSpace(src, skipRole(src, m.ms[k].End+n))
				}
			} else if possessive(src, m.ms[k], true) {
				// "Roe and her partner Doe": her is Roe; a word or two of
				// relation follows ("and his wife, Mary", set off by a
				// comma too).
				p = m.pastAppositionComma(src, doc.SkipSpace(src, skipLowerWords(src, m.ms[k].End, 2)))
			}
		} else if k < 0 {
			// The same with a pronoun coreference left alone.
			for _, w := range []string{"his ", "her ", "their "} {
				if n, ok := matchLit(src, p, w); ok {
					if q := m.pastAppositionComma(src, doc.SkipSpace(src, skipLowerWords(src, p+n, 2))); m.mentionAt(q) >= 0 {
						p = q
					}
					break
				}
			}
		}
		next := m.mentionPastMark(src, p) // “甲公司”和“戊科技”
		if next < 0 && last.Entity.Type == dict.Project && theAt < p {
			// "created Git and the scuba dive logging and planning
			// software Subsurface": after "the", the member's class, a few
			// lower-case words ending in a product's noun, before its name.
			q := doc.SkipSpace(src, skipLowerWords(src, p, 8))
			if k := m.mentionAt(q); q > p && k >= 0 && m.ms[k].Entity.Type == last.Entity.Type && productNouns[lowerWordBefore(src, q)] {
				next = k
			}
		}
		if next < 0 {
			// 、前华为合伙人李四: a former title's company.
			if k := m.ledMention(src, p); k >= 0 && m.personHead(src, k) >= 0 {
				next = k
			}
		}
		if next >= 0 {
			if h := m.orgHead(src, next); h >= 0 {
				next = h // 、戊大学旗下丁创投: the subsidiary
			}
		}
		if next < 0 && last.Entity.Type == dict.Person && slices.Contains(zhWith, string(sep)) {
			// 张三和大学同学李四: what the second is to the first, up to
			// the name, however short the name; also after his (张三与
			// 他的伙伴李四: his is the first member's).
			next = m.nameWithin(src, p, 6)
			for _, w := range []string{"他的", "她的", "其"} {
				if n, ok := matchLit(src, p, w); ok && next < 0 {
					next = m.nameWithin(src, p+n, 6)
				}
			}
		}
		if next >= 0 && last.Entity.Type != dict.Place {
			if j := m.fromPlace(src, next); j >= 0 {
				p, next = m.ms[j].Start, j // 中国的丙资本和美国的丁创投
			} else if m.ms[next].Entity.Type == dict.Place {
				if r, _ := utf8.DecodeRune(src[m.ms[next].End:]); unicode.Is(unicode.Han, r) {
					// 以及印度电商甲公司联合创始人张三: where the member is
					// from opens its descriptor.
					p, next = m.ms[next].End, -1
				}
			}
		}
		if next >= 0 && m.ms[next].Entity.Type == dict.Organization && last.Entity.Type != dict.Organization && m.personHead(src, next) < 0 && !listEnds(src, m.ms[next].End) {
			p = m.ms[next].End // 谷歌研究员 before a person
			next = m.mentionAt(p)
			if next < 0 && last.Entity.Type == dict.Person && slices.Contains(zhWith, string(sep)) {
				next = m.nameWithin(src, p, 6) // 和前华为同事李四
			}
		}
		if next < 0 && last.Entity.Type == dict.Person && string(sep) == "、" {
			// 长子邵醉翁、次子邵邨人、三子邵仁枚: what each member is to a
			// family.
			for _, w := range zhKinTitles {
				if n, ok := matchLit(src, p, w); ok {
					next = m.mentionAt(p + n)
					break
				}
			}
		}
		if next < 0 && string(sep) != "，" {
			// A title of a few characters before the member; not after a
			// Chinese comma, where as many characters may be a clause
			// (甲公司，其投资人包括丙资本).
			q := doc.SkipSpace(src, skipRole(src, p))
			next = m.mentionAt(q)
			if next < 0 && closed && q > p && !bytes.ContainsAny(src[p:q], "及和与了过") {
				// 独幕话剧《A》、大型话剧《B》: a title after its kind, as
				// the member before (not after a joiner or a verb:
				// 开发了《A》、收购了《B》).
				next = m.mentionPastMark(src, q)
			}
			if next < 0 && last.Entity.Type == dict.Person {
				// 张三、李四、作家王五: a noun of a person right before a
				// Chinese name, which skipRole passes with the name.
				next = m.personAfterNoun(src, p)
			}
		}
		if next < 0 {
			// 投资了芯片公司甲公司和测试工具供应商戊科技: a member's own
			// descriptor, up to a noun of its kind (and its opening quote:
			// 二手奢侈品电商“胖虎科技”).
			if q := m.classDescribed(src, p, false); q > p && (string(sep) != "，" || !strings.ContainsRune(doc.OpeningMarks, firstRune(src[q:]))) {
				// (After a Chinese comma, a quoted name past a class is
				// as likely another clause's: 后者拥有茶饮品牌“X”.)
				next = m.mentionPastMark(src, q)
			}
		}
		if next < 0 && last.Entity.Type == dict.Project && (hasHan(sep) || string(sep) == "、") {
			// 著有诗集《杂存》、小说《浮云》: a work's kind before its title.
			for _, w := range zhWorkKinds {
				if n, ok := matchLit(src, p, w+"《"); ok {
					next = m.mentionAt(p + n)
					break
				}
			}
		}
		if next < 0 && last.Entity.Type == dict.Organization {
			// 以及印度电商甲公司联合创始人张三: a short descriptor before the
			// company whose title the member bears (see personHead).
			if k := m.nameWithin(src, p, 6); k >= 0 && m.personHead(src, k) >= 0 {
				next = k
			}
		}
		if next < 0 && !hasHan(sep) {
			// "Salora in 1984 and French television maker Oceanic", "the
			// rn client and the popular patch program": a member's own
			// descriptor of a few lower-case words.
			if q := skipDescriptor(src, theAt); q > p {
				next = m.mentionAt(q) // "and the Brazilian 3G Capital"
			} else if w := latinWordAt(src, theAt); demonym(w) && theAt+len(w) < len(src) && src[theAt+len(w)] == ' ' {
				// "the French Simca, British Rootes and Spanish
				// Barreiros": a member's demonym alone, where no name
				// the dictionary knows opens with it.
				next = m.mentionAt(theAt + len(w) + 1)
			}
		}
		if next < 0 {
			// 丙资本、某某基金和丁创投; "Gamma, Foo Partners and Delta":
			// names the dictionary does not know are still members.
			if q := m.pastUnknown(src, p, sep); q > p {
				next = m.mentionAt(q)
			}
		}
		if next >= 0 {
			if k := m.personHead(src, next); k >= 0 {
				// 丁创投、戊科技，以及甲公司联合创始人张三: 甲公司 says whose
				// co-founder 张三 is; 张三 is the member. A relation whose
				// slot takes no person makes no fact of him.
				next = k
			}
		}
		if next < 0 || m.ms[next].Entity.Type != last.Entity.Type && !m.mixedList(group, sep, m.ms[next]) {
			return group
		}
		if !hasHan(sep) && verbAfter(src, m.ms[next]) && objectPosition(src, group[0].Start) {
			// "Acme bought Beta and Gamma acquired Delta", "bought Beta
			// in 1990 and in 1995 Gamma bought Delta": after an object, a
			// name with a verb of its own opens a clause ("Roe and Doe
			// founded X" is a subject).
			return group
		}
		if c := m.ms[next]; c.How == doc.Coref {
			// "拉比和他的同事们", "A and his colleagues": a possessive
			// names whose the members are, and is none of them.
			if _, ok := matchLit(src, c.End, "的"); ok || possessive(src, c, false) {
				return group
			}
		}
		end := m.ms[next].End
		if n, ok := matchLit(src, doc.SkipSpace(src, end), "in "); ok {
			// "worked on A, the B in Springfield and the C": where the
			// member is does not end the list.
			if k := m.mentionAt(doc.SkipSpace(src, doc.SkipSpace(src, end)+n)); k >= 0 && m.ms[k].Entity.Type == dict.Place && m.ms[next].Entity.Type != dict.Place {
				end = m.ms[k].End
			}
		}
		end = memberTail(src, m.ms[next].Entity.Type, end)
		if mayOpenClause && !listEnds(src, end) {
			// "Shortly before its acquisition by AOL, Netscape released…":
			// a name after a lone comma that a verb follows opens a
			// clause; a list goes on ("A, B and C") or ends there.
			return group
		}
		if m.ms[next].Entity.Type == dict.Person && zhKinAfter(src, m.ms[next].End) {
			// 王五，张三的儿子: the name says whose son the first is; in
			// 王五和张三的儿子李四 the son is the member.
			k := m.kinHead(src, m.ms[next].End)
			if k < 0 {
				return group
			}
			next = k
		}
		if possessor(src, m.ms[next].End) {
			// "president of Beta Labs, Acme's research arm": a name with
			// 's owns what follows; it is no member of the list.
			return group
		}
		group = append(group, m.ms[next])
	}
}

// jointPossessor reports whether "and" and a name of the same type with
// 's follow mention k: in "Max and Dave Fleischer's studio" both own the
// studio.
func (m *sentMatcher) jointPossessor(src []byte, k int) bool {
	n, ok := matchLit(src, doc.SkipSpace(src, m.ms[k].End), "and ")
	if !ok {
		return false
	}
	j := m.mentionAt(doc.SkipSpace(src, doc.SkipSpace(src, m.ms[k].End)+n))
	return j >= 0 && m.ms[j].Entity.Type == m.ms[k].Entity.Type && possessor(src, m.ms[j].End)
}

// pastAppositionComma returns where the person's name starts when a
// comma at p sets it off after a word of relation ("and his wife, Mary
// Major,"), else p.
func (m *sentMatcher) pastAppositionComma(src []byte, p int) int {
	if p >= len(src) || src[p] != ',' {
		return p
	}
	q := doc.SkipSpace(src, p+1)
	if k := m.mentionAt(q); k >= 0 && m.ms[k].Entity.Type == dict.Person && m.ms[k].How != doc.Coref {
		return q
	}
	return p
}

// mixedList reports whether a Chinese enumeration goes on from an
// organisation to a person or back (跟投方包括丁创投、戊科技以及张三): where
// the list is one of 、, before c or before the coordinator at hand, its
// members are alike in the role the sentence gives them, whatever their
// kind, if c ends its item. A slot takes those of its types.
func (m *sentMatcher) mixedList(group []doc.Mention, sep []byte, c doc.Mention) bool {
	last := group[len(group)-1]
	src := m.d.Src[:m.sent.End]
	if !personOrOrg(last.Entity.Type) || !personOrOrg(c.Entity.Type) {
		return false
	}
	if hasHan(sep) && len(group) == 1 && jointAfter(src, c.End) {
		// 由丙资本和张三共同投资: two members that act together, whatever
		// their kind.
		return true
	}
	if !listEnds(src, c.End) {
		// "由王劲创立的中智行、韩旭创立的文远知行": a name that a verb follows
		// opens a clause of its own.
		return false
	}
	if bytes.Equal(sep, []byte("、")) || bytes.HasSuffix(sep, []byte("以及")) {
		return true // 跟投方包括丁创投，以及张三
	}
	if len(group) < 2 {
		return false
	}
	prev := group[len(group)-2]
	return prev.End <= last.Start && bytes.Equal(bytes.TrimSpace(m.d.Src[prev.End:last.Start]), []byte("、"))
}

// jointAfter reports whether a word of acting together (共同, 联合, 一起,
// 一同) follows p, or a verb of a round's investors, perhaps after an
// adverb (老股东丙资本和天使投资人张三继续加持).
func jointAfter(src []byte, p int) bool {
	p = doc.SkipSpace(src, p)
	if startsWithAny(src[p:], []string{"共同", "联合", "一起", "一同", "合作"}) {
		return true
	}
	for _, w := range []string{"继续", "持续", "均", "都", "也", "同时"} {
		if n, ok := matchLit(src, p, w); ok {
			p += n
			break
		}
	}
	return startsWithAny(src[p:], []string{"跟投", "加持", "领投", "参投", "追投", "加码", "加注"})
}

func personOrOrg(t dict.Type) bool { return t == dict.Person || t == dict.Organization }

// nameWithin returns the first mention that starts within n Han
// characters after p (none of them 的), or -1.
func (m *sentMatcher) nameWithin(src []byte, p, n int) int {
	for q := p; n > 0 && q < len(src); n-- {
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) || r == '的' {
			return -1
		}
		q += w
		if k := m.mentionAt(q); k >= 0 {
			return k
		}
	}
	return -1
}

// sameSpan returns the mention at k and those after it with its span:
// coreference gives an anaphor that stands for a group of people (they,
// 二人) one mention per member, and the slot takes them all.
func (m *sentMatcher) sameSpan(k int) []doc.Mention {
	j := k + 1
	for j < len(m.ms) && m.ms[j].Span == m.ms[k].Span {
		j++
	}
	return m.ms[k:j:j]
}

// pastUnknown passes list members the dictionary does not know, from p
// just after the coordinator before, and returns where the next known
// name starts, or p. A member is a short name-like run (unknownName), and
// an enumeration comma on one side shows the list (listSep).
func (m *sentMatcher) pastUnknown(src []byte, p int, before []byte) int {
	q := p
	for range 3 {
		e := unknownName(src, q)
		if e == q || m.mentionIn(q, e) {
			return p
		}
		c := doc.SkipSpace(src, e)
		n, ok := coordinator(src, c)
		after := src[c : c+n]
		if han := hasHan(src[q:e]); !ok || !listSep(before, han) && !listSep(after, han) {
			return p
		}
		q = doc.SkipSpace(src, c+n)
		if m.mentionAt(q) >= 0 {
			return q
		}
		before = after
	}
	return p
}

// mentionPastMark returns the mention at p, or right after an opening
// quotation mark at p, or -1.
func (m *sentMatcher) mentionPastMark(src []byte, p int) int {
	if k := m.mentionAt(p); k >= 0 || p >= len(src) {
		return k
	}
	if r, w := utf8.DecodeRune(src[p:]); strings.ContainsRune(doc.OpeningMarks, r) {
		return m.mentionAt(p + w)
	}
	return -1
}

// fromPlace returns the mention that a place mention k, with or without
// 的, describes (中国的丙资本, 美国普林斯顿大学: where the name is from belongs
// to its slot or list member), or -1.
func (m *sentMatcher) fromPlace(src []byte, k int) int {
	if m.ms[k].Entity.Type != dict.Place {
		return -1
	}
	n, ok := matchLit(src, m.ms[k].End, "的")
	if !ok {
		// 美国普林斯顿大学: a Chinese place name right before the name.
		if r, _ := utf8.DecodeLastRuneInString(m.ms[k].Entity.Name); !unicode.Is(unicode.Han, r) {
			return -1
		}
		if r, _ := utf8.DecodeRune(src[m.ms[k].End:]); !unicode.Is(unicode.Han, r) {
			return -1
		}
	}
	if j := m.mentionAt(m.ms[k].End + n); j >= 0 && m.ms[j].Entity.Type != dict.Place {
		return j
	}
	return -1
}

// personNouns say what kind of person a name after them is (华人科学家,
// 连续创业者).
var personNouns = []string{"创业者", "企业家", "科学家", "工程师", "教授", "博士", "专家", "学者", "投资人", "高管", "同学", "同事", "校友", "研究员", "院士", "老兵", "师兄", "师弟", "师姐", "师妹"}

// slotPersonNouns say it too, inside a slot only (由著名教育家张三创办): in
// a list after a comma they as often open a clause of their own.
var slotPersonNouns = []string{"教师", "老师", "律师", "医生", "医师", "商人", "学生", "先生", "女士", "演员", "导演", "记者", "作者", "设计师", "建筑师", "会计师"}

// notPersonJia end in 家 without naming a kind of person.
var notPersonJia = []string{"国家", "大家", "东家", "厂家", "商家", "买家", "卖家", "店家", "庄家", "独家", "人家", "全家", "老家", "娘家", "自家", "本家"}

// endsWithPersonNoun reports whether a Chinese descriptor ends with one of
// personNouns; in a slot also with one of slotPersonNouns or a -家 of a
// trade (教育家, 银行家, 实业家).
func endsWithPersonNoun(pre []byte, slot bool) bool {
	for _, n := range personNouns {
		if bytes.HasSuffix(pre, []byte(n)) {
			return true
		}
	}
	if !slot {
		return false
	}
	return endsWithAny(pre, slotPersonNouns) || bytes.HasSuffix(pre, []byte("家")) && len(pre) >= len("教育家") && !endsWithAny(pre, notPersonJia) ||
		// 飞机师, 飞行员, 运动员: a noun of a trade or a rank.
		(bytes.HasSuffix(pre, []byte("师")) || bytes.HasSuffix(pre, []byte("员"))) && len(pre) >= len("飞行员")
}

// zhBuying are Chinese verbs of buying: 向 before the subject of one names
// the seller (but before 出售 or 配售, the buyer). The rules read
// Traditional characters through a Simplified copy, so 收購 is 收购 here.
var zhBuying = []string{"收购", "购买", "买下", "购得", "受让", "买入", "购入"}

// zhSellerBefore reports whether the name at p is what 向 or 从 governs
// (向丙资本收购, 从德国工业集团福伊特购得), past a descriptor of its kind
// at most: the one something is bought from. lo is where the clause
// starts.
func zhSellerBefore(src []byte, lo, p int) bool {
	pre := src[lo:p]
	i := max(bytes.LastIndex(pre, []byte("向")), bytes.LastIndex(pre, []byte("从")))
	if i < 0 {
		return false
	}
	desc := pre[i+len("向"):]
	return len(desc) == 0 || utf8.RuneCount(desc) <= 12 && doc.EndsWithClassNoun(desc) && !bytes.ContainsFunc(desc, doc.IsClausePunct)
}

// classDescribed returns where a name starts after a Chinese descriptor
// at p of at most 20 Han characters that ends with a noun of its kind
// (测试工具供应商戊科技), or p. Names inside the descriptor count as one
// character each (前华为高管张三, 印度电商Flipkart联合创始人张三).
//
// slot says the descriptor stands in a pattern's slot, not before a later
// member of a list.
func (m *sentMatcher) classDescribed(src []byte, p int, slot bool) int {
	if bytes.HasPrefix(src[p:], []byte("股东")) && bytes.HasSuffix(src[:p], []byte("股")) {
		// 甲公司控股股东丙资本: 控股股东 is one noun, the holder of the
		// name before it; the verb 控股 is not what a pattern read.
		return p
	}
	latin := false
	for q, n := p, 0; q < len(src); {
		if k := m.mentionAt(q); k >= 0 && q > p {
			if doc.EndsWithClassNoun(src[p:q]) || !latin && m.ms[k].Entity.Type == dict.Person && endsWithPersonNoun(src[p:q], slot) {
				return q
			}
			if t, ok := bytes.CutSuffix(src[p:q], []byte("之一")); ok && doc.EndsWithClassNoun(t) {
				return q // 中国最大的连锁健身房之一威尔士健身: one of a class
			}
			q, n = m.ms[k].End, n+1
			continue
		}
		r, w := utf8.DecodeRune(src[q:])
		if q > p && strings.ContainsRune(doc.OpeningMarks, r) && m.mentionAt(q+w) >= 0 && doc.EndsWithClassNoun(src[p:q]) {
			return q // 二手奢侈品电商“胖虎科技”: the name in quotes after its class
		}
		// Latin letters and digits may name a field (AI芯片公司, GPU赛道新晋独角兽).
		if n >= 20 || !unicode.Is(unicode.Han, r) && !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) || strings.ContainsRune(clauseChars, r) {
			break
		}
		latin = latin || r < utf8.RuneSelf
		q += w
		n++
	}
	return p
}

// zhWorkKinds are Chinese nouns of a kind of work that stand before its
// title in 《》.
var zhWorkKinds = []string{"小说", "长篇小说", "中篇小说", "短篇小说", "小说集", "诗集", "诗歌", "散文", "散文集", "文集", "选集", "专著", "著作", "论文", "论文集",
	"回忆录", "传记", "自传", "剧本", "话剧", "歌剧", "戏剧", "电影", "影片", "纪录片", "电视剧", "专辑", "歌曲", "杂志", "期刊", "教材", "译著", "译作", "画册", "游戏"}

// listSep reports whether a coordinator is an enumeration comma for a
// name: 、 for a Chinese one, 、 or a Latin comma for a Latin one; not a
// word such as 和 or "and", nor a Chinese comma, which as often joins
// clauses, nor a Latin comma in Chinese prose.
func listSep(c []byte, han bool) bool {
	if han {
		return bytes.Contains(c, []byte("、"))
	}
	return bytes.ContainsAny(c, ",、")
}

func hasHan(b []byte) bool {
	return bytes.ContainsFunc(b, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// clauseCut ends an object's list before a member that follows a Chinese
// comma and is followed by a verb: in 丙资本投资了甲公司，丁创投投资了戊科技 丁创投
// opens a clause of its own. A subject's list may end so (丙资本，丁创投领投).
func clauseCut(src []byte, group []doc.Mention) []doc.Mention {
	for i := 1; i < len(group); i++ {
		p := doc.SkipSpace(src, group[i-1].End)
		if bytes.HasPrefix(src[p:], []byte("，")) && !listEnds(src, group[i].End) {
			return group[:i]
		}
	}
	return group
}

// litEndsWith reports whether e is text whose every alternative ends
// with suffix.
func litEndsWith(e dict.Elem, suffix string) bool {
	return e.Kind == dict.Lit && len(e.Alts) > 0 && !slices.ContainsFunc(e.Alts, func(a string) bool { return !strings.HasSuffix(a, suffix) })
}

// commaCut returns the members of group before the first one a comma
// sets off. Members that share a span (a group anaphor's) or overlap
// have nothing between them.
func commaCut(src []byte, group []doc.Mention) []doc.Mention {
	for i := 1; i < len(group); i++ {
		if group[i].Start > group[i-1].End && bytes.ContainsAny(src[group[i-1].End:group[i].Start], ",，") {
			return group[:i]
		}
	}
	return group
}

// listEnds reports whether what follows a list member at p may go on
// with the list or end it: a coordinator, 等, clause punctuation, a
// parenthesis or the end of the text, after the member's own time
// phrase if any ("founded Acme in 1957, Beta in 1968 and Gamma in 1970").
func listEnds(src []byte, p int) bool {
	if q := skipEnTime(src, p); q > p {
		p = q
	}
	p = doc.SkipSpace(src, p)
	if p >= len(src) || coordinatorAt(src, p) {
		return true
	}
	r, _ := utf8.DecodeRune(src[p:])
	return r == '等' || r == '.' || r == ';' || r == '"' || r == '”' || r == '\'' || r == '’' || doc.IsClausePunct(r)
}

// mentionIn reports whether a mention starts in src[i:j].
func (m *sentMatcher) mentionIn(i, j int) bool {
	k := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start >= i })
	return k < len(m.ms) && m.ms[k].Start < j
}

// unknownName returns the end of a name-like run at p that is not a
// clause: 2 to 12 Han characters (or Latin letters and digits among them)
// with none of the words that open a clause, or one to five capitalised
// Latin words. It returns p where there is none.
func unknownName(src []byte, p int) int {
	r, _ := utf8.DecodeRune(src[p:])
	if 'A' <= r && r <= 'Z' {
		q, words := p, 0
		for words < 5 {
			c, _ := utf8.DecodeRune(src[q:])
			if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') && !(words > 0 && (matchWord(src, q, "of") || matchWord(src, q, "&"))) {
				break
			}
			e := q
			for e < len(src) {
				r, w := utf8.DecodeRune(src[e:])
				if !doc.LatinWordRune(r) && r != '.' && r != '-' && r != '&' && r != '\'' {
					break
				}
				e += w
			}
			if e == q {
				break
			}
			words++
			p2 := doc.SkipSpace(src, e)
			if p2 == e || coordinatorAt(src, p2) {
				return e
			}
			q = p2
		}
		return p
	}
	q, n, han := p, 0, 0
	for q < len(src) && n <= 12 {
		c, w := utf8.DecodeRune(src[q:])
		if coordinatorAt(src, q) && n > 0 {
			break
		}
		switch {
		case unicode.Is(unicode.Han, c):
			if strings.ContainsRune(clauseChars, c) {
				return p
			}
			han++
		case c < utf8.RuneSelf && (doc.LatinWordRune(c) || c == ' ' || c == '-' || c == '&'):
		default:
			return p
		}
		q += w
		n++
	}
	if han == 0 || n < 2 || n > 12 {
		return p
	}
	return q
}

// clauseChars are Han characters that mark a clause, not a name: 的 是 在
// 了 将 被 由 把 为 等 (等 ends a list).
const clauseChars = "的是在了将被由把为等"

func coordinatorAt(src []byte, p int) bool {
	_, ok := coordinator(src, p)
	return ok
}

func matchWord(src []byte, p int, w string) bool {
	_, ok := matchLit(src, p, w)
	return ok
}

var coordinators = []string{"以及", "，以及", ",以及", "、以及", "、和", "、与", "、及", "and then", ", and then", "and later", ", and later", "和", "与", "及", "、", ",", "，", "and", "&", ", and", ",and", "as well as", ", as well as", ", followed by", "/", "／"}

// comitative returns the people a phrase between commas right after a
// clause's opening subject adds to it, and where the clause goes on after
// the phrase: "Roe, along with Doe, co-founded Acme". It is no list
// member anywhere else: "Caltech students A and B, along with C" are
// not all Caltech's students.
func (m *sentMatcher) comitative(src []byte, end int) ([]doc.Mention, int) {
	p := doc.SkipSpace(src, end)
	for _, w := range []string{", together with ", ", along with "} {
		n, ok := matchLit(src, p, w)
		if !ok {
			continue
		}
		q := doc.SkipSpace(src, p+n)
		k := m.mentionAt(q)
		if k < 0 {
			// ", together with friend Leo Mechelin,": a word or two of
			// what the companion is.
			k = m.mentionAt(doc.SkipSpace(src, skipLowerWords(src, q, 2)))
		}
		if k < 0 {
			return nil, 0
		}
		with := m.coordinated(k)
		q = doc.SkipSpace(src, with[len(with)-1].End)
		if q < len(src) && src[q] == ',' {
			return with, doc.SkipSpace(src, q+1)
		}
	}
	return nil, 0
}

// zhWith join one person to another (与, 和, 同, 跟): past an adverb of
// the first, and before what the second is to the first (张三曾与大学同学
// 李四).
var zhWith = []string{"与", "和", "同", "跟"}

// withCoordinators (together with) join two agents of one act where a
// name follows right after them: 丙资本联合丁创投投资了甲公司. Before
// anything else they are words of their own (联合创始人).
var withCoordinators = []string{"联合", "携手", "联手", "联同", "伙同", "连同"}

// zhCoordinator matches a Chinese coordinator at p: 和, 与, 及, 以及, 、.
func zhCoordinator(src []byte, p int) (int, bool) {
	for _, c := range []string{"以及", "和", "与", "及", "、"} {
		if n, ok := matchLit(src, p, c); ok {
			return n, true
		}
	}
	return 0, false
}

func coordinator(src []byte, p int) (int, bool) {
	best := 0
	for _, c := range coordinators {
		if n, ok := matchLit(src, p, c); ok && n > best {
			best = n
		}
	}
	return best, best > 0
}

// skipLowerWords passes up to n lower-case Latin words after p: "her
// business partner".
func skipLowerWords(src []byte, p, n int) int {
	q := p
	for range n {
		r := doc.SkipSpace(src, q)
		c, _ := utf8.DecodeRune(src[r:])
		if !unicode.IsLower(c) {
			break
		}
		e := r
		for e < len(src) {
			c, w := utf8.DecodeRune(src[e:])
			if !doc.LatinWordRune(c) && c != '-' {
				break
			}
			e += w
		}
		q = e
	}
	return q
}

// skipRole passes a short role noun phrase in Han characters (博士生同学,
// 研究员) that is not a clause of its own.
func skipRole(src []byte, p int) int {
	q, n := p, 0
	for q < len(src) && n < 6 {
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) || r == '的' || r == '在' || r == '是' {
			break
		}
		q += w
		n++
	}
	if n == 0 {
		return p
	}
	return q
}

// sameNameStart returns where the name of mention k starts, or where the
// same entity's name before it does when k stands in a parenthesis right
// after that name: 特里安基金(Trian Fund Management).
func (m *sentMatcher) sameNameStart(src []byte, k int) int {
	c := m.ms[k]
	r, w := utf8.DecodeLastRune(bytes.TrimRight(src[:c.Start], " "))
	if r != '(' && r != '（' || k == 0 {
		return c.Start
	}
	open := len(bytes.TrimRight(src[:c.Start], " ")) - w
	if prev := m.ms[k-1]; prev.Entity == c.Entity && doc.SkipSpace(src, prev.End) == open {
		return prev.Start
	}
	return c.Start
}

// personNounEnds holds the last characters of Chinese nouns of a person's
// occupation or relation: 作家, 创始人, 律师, 演员, 董事长, 学者, 歌手, 医生,
// 教授, 经理, 总裁, 主席, 董事, 官, 博士, 好友, 其弟.
const personNounEnds = "家人师员长者手生授理裁席事官士友兄弟姐妹妻夫"

// personAfterNoun returns the person mention that starts right after a
// noun of two to six Chinese characters at p ending in one of
// personNounEnds, or -1.
func (m *sentMatcher) personAfterNoun(src []byte, p int) int {
	end := skipRole(src, p)
	for q, n := p, 0; q < end; {
		r, w := utf8.DecodeRune(src[q:])
		q += w
		n++
		if n < 2 || !strings.ContainsRune(personNounEnds, r) {
			continue
		}
		if k := m.mentionAt(q); k >= 0 && m.ms[k].Entity.Type == dict.Person {
			return k
		}
	}
	return -1
}

func skipParen(src []byte, p int) int {
	r, w := utf8.DecodeRune(src[p:])
	if r != '(' && r != '（' {
		return p
	}
	for q := p + w; q < len(src); {
		r, w := utf8.DecodeRune(src[q:])
		q += w
		if r == ')' || r == '）' {
			return doc.SkipSpace(src, q)
		}
	}
	return p
}

// zhFoundingVerbs are the Chinese verbs of founding, which take the
// object after them whatever verb stands before (投资成立, 出资设立, 投资兴建).
var zhFoundingVerbs = []string{"成立", "建立", "设立", "创建", "创办", "创立", "组建", "筹建", "兴建"}

// auxiliaryAfter reports whether a finite auxiliary follows p, past a
// comma: the name before it would be its clause's subject.
func auxiliaryAfter(src []byte, p int) bool {
	p = doc.SkipSpace(src, p)
	if p < len(src) && src[p] == ',' {
		p = doc.SkipSpace(src, p+1)
	}
	switch lowerWordAt(src, p) {
	case "was", "were", "is", "are", "has", "had", "have":
		return true
	}
	return false
}

// soldTo reports whether the name at p is the buyer of a sale its
// sentence states before it ("sold Beta and its parent, Gamma, to Acme").
func soldTo(src []byte, lo, p int) bool {
	if w := wordBeforeName(src, p); w != "to" {
		return false
	}
	t := bytes.ToLower(src[max(lo, p-160):p])
	if i := bytes.LastIndexAny(t, ";:"); i >= 0 {
		t = t[i+1:]
	}
	for _, v := range []string{"sold ", "sells ", "selling ", "sold, ", "transferred "} {
		if bytes.Contains(t, []byte(v)) {
			return true
		}
	}
	return false
}

// groupAt reports whether the name at p ends a noun phrase headed by a
// group of people ("a group of students at Acme", "a team of engineers
// from Beta"): what is said of the phrase after it is said of the group.
func groupAt(src []byte, lo, p int) bool {
	switch wordBeforeName(src, p) {
	case "at", "from", "of", "in":
	default:
		return false
	}
	start := max(lo, p-60)
	t := bytes.ToLower(src[start:p])
	for _, g := range []string{"group of ", "team of ", "band of ", "party of ", "delegation of ", "crew of ", "circle of ", "handful of "} {
		if i := bytes.LastIndex(t, []byte(g)); i >= 0 && !bytes.ContainsAny(t[i:], ",;()") {
			return true
		}
	}
	return false
}

// schoolHeads are the posts at the head of a school only.
var schoolHeads = map[string]bool{"校长": true, "副校长": true, "校長": true, "副校長": true}

// notSchool reports whether e's name ends in the noun of a body that is
// no school: an institute, a company, a bank, a bureau, a works.
func notSchool(e *dict.Entity) bool { return endsWithAny([]byte(e.Name), nonSchoolNouns) }

var nonSchoolNouns = []string{"所", "公司", "集团", "集團", "银行", "銀行", "局", "厂", "廠", "科学院", "科學院", "研究院", "协会", "協會"}

// agentPhrase returns the word of a phrase of cause or invitation that
// mention c stands in before its clause's verb (应李四邀请, 受李四影响,
// 经李四介绍, 在李四的帮助下), or "": the name is who moved the clause's
// subject, not the subject.
func agentPhrase(src []byte, lo int, c doc.Mention) string {
	before := bytes.TrimSpace(src[doc.ClauseStart(src, lo, c.Start):c.Start])
	under := endsWithAny(before, []string{"在"})
	if !under && !endsWithAny(before, zhAgentMarks) {
		return ""
	}
	after := src[c.End:min(len(src), c.End+30)]
	after = bytes.TrimPrefix(after, []byte("的"))
	for _, w := range []string{"校长", "校長", "教授", "先生", "博士", "院长", "院長", "所长", "所長", "主任", "老师", "老師"} {
		after = bytes.TrimPrefix(after, []byte(w)) // 应李四校长邀请
	}
	after = bytes.TrimPrefix(after, []byte("的"))
	words := []string{"邀请", "邀請", "之邀", "邀", "影响", "影響", "介绍", "介紹", "推荐", "推薦", "委托", "委託", "委派", "指派", "聘请", "聘請", "资助", "資助", "鼓励", "鼓勵", "感召", "号召", "號召", "举荐", "舉薦", "力邀", "延聘", "指导", "指導"}
	if under {
		// 在李四(的)帮助下: with the person's help.
		words = []string{"指导下", "指導下", "领导下", "領導下", "带领下", "帶領下", "帮助下", "幫助下", "支持下", "邀请下", "邀請下", "鼓励下", "鼓勵下", "推荐下", "推薦下", "资助下", "資助下", "影响下", "影響下"}
	}
	for _, w := range words {
		if bytes.HasPrefix(after, []byte(w)) {
			return strings.TrimSuffix(w, "下")
		}
	}
	return ""
}

// laterSubject reports whether a person other than those in subj (or
// their list) opens a clause after subj and before p: the clause after a
// comma that names another person first (，其妻李四则…, ", and his wife
// Mary Major…") has its own subject.
func (m *sentMatcher) laterSubject(subj []doc.Mention, p int) bool {
	last := subj[len(subj)-1]
	if last.Entity.Type != dict.Person || last.Start < m.sent.Start || last.End >= p || !bytes.ContainsFunc(m.d.Src[last.End:p], doc.IsClausePunct) {
		return false
	}
	if lead := bytes.ToLower(bytes.TrimSpace(m.d.Src[doc.ClauseStart(m.d.Src, m.sent.Start, subj[0].Start):subj[0].Start])); bytes.HasSuffix(lead, []byte("with")) || bytes.HasSuffix(lead, []byte("with the")) || endsWithAny(lead, []string{"与", "與", "和", "同", "跟", "偕", "联合", "聯合"}) {
		return false // "Along with A and B, he co-founded X": A and B too
	}
	var group []doc.Mention
	if k := m.mentionAt(subj[0].Start); k >= 0 {
		group = m.coordinated(k)
	}
	for _, x := range m.ms {
		if x.Start <= last.End {
			continue
		}
		if x.Start >= p {
			break
		}
		same := func(y doc.Mention) bool { return y.Entity == x.Entity }
		if x.Entity.Type != dict.Person || slices.ContainsFunc(subj, same) || slices.ContainsFunc(group, same) {
			continue
		}
		if !bytes.ContainsFunc(m.d.Src[last.End:x.Start], doc.IsClausePunct) || possessive(m.d.Src, x, true) || x.How == doc.Coref || doc.InParens(m.d.Src, m.sent.Start, x.Start) || zhKinAfter(m.d.Src, x.End) {
			continue
		}
		c := doc.ClauseStart(m.d.Src, m.sent.Start, x.Start)
		if c > m.sent.Start && runeBefore(m.d.Src, c) == '、' {
			continue // 结识了王五、李四: a list goes on, no clause opens
		}
		if m.d.ClauseSubject(m.sent, x) || kinLead(bytes.TrimSpace(m.d.Src[c:x.Start])) {
			return true // ，其妻李四则…: a relative named first
		}
	}
	return false
}

// kinLead reports whether lead, the words that open a clause before a
// name, is a kinship noun, perhaps after a pronoun (其妻, 他的父亲, 妻子).
func kinLead(lead []byte) bool {
	if utf8.RuneCount(lead) > 5 {
		return false
	}
	if endsWithAny(lead, zhKins) {
		return true
	}
	for _, p := range []string{"其", "他", "她", "他的", "她的"} {
		if rest, ok := bytes.CutPrefix(lead, []byte(p)); ok && utf8.RuneCount(rest) == 1 && strings.Contains("妻夫子女父母兄弟姐妹孙", string(rest)) {
			return true
		}
	}
	return false
}

// newClauseIn reports whether text, a wide gap after a verb, holds the
// start of another clause: ", and", ", then", ", but", ", which", ", who",
// ", while" or a semicolon.
func newClauseIn(text []byte) bool {
	return containsAnyOf(bytes.ToLower(text), []string{", and ", ", then ", ", but ", ", which ", ", who ", ", while ", ", before ", ", after ", "; "})
}

// portrayedBy reports whether text holds a passive of playing a part
// ("was portrayed by", "is played by"): whoever comes before it is the
// part, not the actor.
func portrayedBy(text []byte) bool {
	t := bytes.ToLower(text)
	for _, aux := range []string{"was ", "were ", "is ", "are ", "been ", "being "} {
		for _, v := range []string{"played by ", "portrayed by ", "voiced by ", "depicted by "} {
			if bytes.Contains(t, []byte(aux+v)) {
				return true
			}
		}
	}
	return false
}

// madeByOther reports whether "by" and a name other than those in subj
// follow mention k.
func (m *sentMatcher) madeByOther(src []byte, k int, subj []doc.Mention) bool {
	p := doc.SkipSpace(src, m.ms[k].End)
	n, ok := matchLit(src, p, "by ")
	if !ok {
		return false
	}
	j := m.mentionAt(doc.SkipSpace(src, p+n))
	if j < 0 || m.ms[j].Entity.Type != dict.Person && m.ms[j].Entity.Type != dict.Organization {
		return false
	}
	return !slices.ContainsFunc(subj, func(x doc.Mention) bool { return x.Entity == m.ms[j].Entity })
}

// personRightAfter reports whether a person other than those in subj
// is named right after mention k, with only white space between.
func (m *sentMatcher) personRightAfter(src []byte, k int, subj []doc.Mention) bool {
	c := m.ms[k]
	p := c.End
	for p < len(src) && src[p] == ' ' {
		p++
	}
	j := m.mentionAt(p)
	if j < 0 || m.ms[j].Entity.Type != dict.Person {
		return false
	}
	return !slices.ContainsFunc(subj, func(x doc.Mention) bool { return x.Entity == m.ms[j].Entity })
}

// ownAbbreviation reports whether a parenthesis after mention c holds
// what abbreviation takes for its short name, and no name of another
// entity ("Roe (IBM)" says where Roe works).
func (m *sentMatcher) ownAbbreviation(src []byte, c doc.Mention) bool {
	if !abbreviation(src, c.End) {
		return false
	}
	p := doc.SkipSpace(src, c.End)
	q := skipParen(src, p)
	for j := sort.Search(len(m.ms), func(k int) bool { return m.ms[k].Start > p }); j < len(m.ms) && m.ms[j].Start < q; j++ {
		if m.ms[j].Entity != c.Entity {
			return false
		}
	}
	return true
}

// abbreviation reports whether a parenthesis after p holds one short
// Latin word with a capital, a name's abbreviation: "(TIGR)", "（MGI）".
func abbreviation(src []byte, p int) bool {
	p = doc.SkipSpace(src, p)
	q := skipParen(src, p)
	if q == p {
		return false
	}
	inner := strings.TrimRight(strings.TrimSpace(string(src[p:q])), ")）")
	_, w := utf8.DecodeRuneInString(inner)
	inner = strings.TrimSpace(inner[w:])
	upper := false
	for _, r := range inner {
		switch {
		case 'A' <= r && r <= 'Z':
			upper = true
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9', r == '-', r == '&', r == '.':
		default:
			return false
		}
	}
	return upper && len(inner) <= 12
}

// straightQuoted reports whether the same straight quotation mark stands
// right before start and at end.
func straightQuoted(src []byte, start, end int) bool {
	return start > 0 && end < len(src) && (src[end] == '"' || src[end] == '\'') && src[start-1] == src[end]
}

func openParen(src []byte, p int) bool {
	r, _ := utf8.DecodeRune(src[doc.SkipSpace(src, p):])
	return r == '(' || r == '（'
}

// matchLit matches a pattern literal at src[p:]: runes compared folded,
// a space in the literal matching any run of white space (or none), and
// Latin letters at the literal's edges needing word boundaries in src.
func matchLit(src []byte, p int, lit string) (int, bool) {
	if lit == "" {
		return 0, true
	}
	q := p
	for i := 0; i < len(lit); {
		if c := lit[i]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') && q < len(src) && src[q] < utf8.RuneSelf {
			// Both ASCII: FoldRune only lowers the case.
			if lowerASCII(src[q]) != lowerASCII(c) {
				return 0, false
			}
			i++
			q++
			continue
		}
		if unfoldedCJK(lit[i:]) && unfoldedCJK(src[q:]) {
			// Both U+3000 to U+9FFF, which FoldRune keeps: equal bytes
			// or no match.
			if src[q] != lit[i] || src[q+1] != lit[i+1] || src[q+2] != lit[i+2] {
				return 0, false
			}
			i += 3
			q += 3
			continue
		}
		lr, lw := utf8.DecodeRuneInString(lit[i:])
		if lr >= utf8.RuneSelf && len(src)-q >= lw && string(src[q:q+lw]) == lit[i:i+lw] {
			i += lw // the same rune
			q += lw
			continue
		}
		if unicode.IsSpace(lr) {
			prev, _ := utf8.DecodeLastRuneInString(lit[:i])
			for i < len(lit) {
				r, w := utf8.DecodeRuneInString(lit[i:])
				if !unicode.IsSpace(r) {
					break
				}
				i += w
			}
			if s := doc.SkipSpace(src, q); s > q {
				q = s
			} else if doc.LatinWordRune(prev) && q < len(src) && !wordEnd(src, q) {
				// "a " matches "a" with no space only where the word
				// ends: not in "at Acme".
				return 0, false
			}
			continue
		}
		if q >= len(src) {
			return 0, false
		}
		r, w := utf8.DecodeRune(src[q:])
		if doc.FoldRune(r) != doc.FoldRune(lr) {
			return 0, false
		}
		i += lw
		q += w
	}
	first, _ := utf8.DecodeRuneInString(lit)
	last, _ := utf8.DecodeLastRuneInString(lit)
	if doc.LatinWordRune(first) && !wordStart(src, p) {
		return 0, false
	}
	if doc.LatinWordRune(last) && !wordEnd(src, q) {
		return 0, false
	}
	return q - p, true
}

// unfoldedCJK reports whether b opens with a character from U+3000 to
// U+9FFF (lead byte E3 to E9 and two continuation bytes), which
// doc.FoldRune keeps as it is: it can be compared by its bytes.
func unfoldedCJK[T string | []byte](b T) bool {
	return len(b) >= 3 && 0xE3 <= b[0] && b[0] <= 0xE9 && b[1]&0xC0 == 0x80 && b[2]&0xC0 == 0x80
}

// lowerASCII is c in lower case, for an ASCII c.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// wordStart reports whether a Latin word may start at p: no letter or
// digit before it, nor a hyphen joined to one ("co-founded" holds no
// word "founded").
func wordStart(src []byte, p int) bool {
	before, w := utf8.DecodeLastRune(src[:p])
	if p == 0 || !doc.LatinWordRune(before) && before != '-' {
		return true
	}
	if before == '-' {
		prev, _ := utf8.DecodeLastRune(src[:p-w])
		return !doc.LatinWordRune(prev) || timePrefix(src[:p-w])
	}
	return false
}

// timePrefix reports whether src ends with a word that, with a hyphen,
// dates the title after it: then-CEO, ex-president, former-director.
func timePrefix(src []byte) bool {
	for _, w := range []string{"then", "ex", "former"} {
		if len(src) >= len(w) && strings.EqualFold(string(src[len(src)-len(w):]), w) && wordStart(src, len(src)-len(w)) {
			return true
		}
	}
	return false
}

// wordEnd is wordStart's mirror for the end of a word at q.
func wordEnd(src []byte, q int) bool {
	after, w := utf8.DecodeRune(src[q:])
	if q >= len(src) || !doc.LatinWordRune(after) && after != '-' {
		return true
	}
	if after == '-' {
		next, _ := utf8.DecodeRune(src[q+w:])
		return !doc.LatinWordRune(next)
	}
	return false
}

type insertKey struct {
	end  int
	list bool
}

// insertions is the package's insertions, computed once per sentence for
// each slot end: many rules bind the same mention.
func (m *sentMatcher) insertions(src []byte, end, n int) []int {
	k := insertKey{end, n > 1}
	if q, ok := m.inserts[k]; ok {
		return q
	}
	if m.inserts == nil {
		m.inserts = map[insertKey][]int{}
	}
	q := insertions(src, end, n)
	if k := m.mentionEndingAt(end); n == 1 && k >= 0 {
		switch m.ms[k].Entity.Type {
		case dict.Organization:
			// "the Pleyel firm manufactured pianos": the organisation's
			// own noun after its name, where "the" opens the phrase.
			if lowerWordBefore(src, m.ms[k].Start) == "the" {
				sp := doc.SkipSpace(src, end)
				for _, w := range []string{"firm", "company", "corporation"} {
					if l, ok := matchLit(src, sp, w); ok && sp > end && (sp+l == len(src) || !doc.LatinWordRune(rune(src[sp+l]))) {
						q = append(q, sp+l)
					}
				}
			}
		case dict.Person:
			// "George Eastman of Rochester, New York, who had founded
			// Kodak": where the person is from, then what the pattern
			// reads after the name.
			if pe := m.placeOfPerson(src, end); pe > end {
				q = append(q, pe)
				q = append(q, insertions(src, pe, 1)...)
			}
		}
	}
	// 张三接替李四出任甲公司CEO: whom the subject succeeds stands between
	// it and its verb.
	p := skipZhAdverbs(src, doc.SkipSpace(src, end))
	if t := skipZhTime(src, p); t > p {
		p = skipZhAdverbs(src, t)
	}
	if n, ok := matchLit(src, p, "旗下"); ok {
		// 丙资本旗下基金投资了甲公司: what its fund does, it does.
		r := p + n
		if k, ok := matchLit(src, r, "的"); ok {
			r += k
		}
		for _, w := range []string{"基金", "子基金", "产业基金", "投资基金", "投资平台", "投资机构", "投资部门", "风投部门", "战投部门", "创投基金"} {
			if k, ok := matchLit(src, r, w); ok {
				q = append(q, r+k)
				break
			}
		}
	}
	for _, w := range []string{"接替", "接棒", "取代", "替换", "代替", "继"} {
		if l, ok := matchLit(src, p, w); ok {
			if j := m.mentionAt(p + l); j >= 0 && m.ms[j].Entity.Type == dict.Person {
				q = append(q, m.ms[j].End)
			}
			break
		}
	}
	m.inserts[k] = q
	return q
}

// insertions returns where a pattern may go on after a slot that ends at
// p (a list of n members), besides p itself, past words that say nothing
// about the relation:
//   - an adverb: "Ng currently leads", "he later joined";
//   - a perfect tense's auxiliary: "he had (recently) founded";
//   - a Chinese time phrase: DeepMind于2014年被谷歌收购;
//   - a count after a list, or a noun phrase that sums it up:
//     吴恩达和Koller二人共同创立, 李飞飞和李佳这对师生组合，正式加入;
//   - an English relative pronoun, so that the clause it opens has the
//     slot for its subject: "Elon Musk, who co-founded OpenAI";
//   - an English apposition or relative clause between commas: "Demis
//     Hassabis, a British AI researcher, co-founded DeepMind".
func insertions(src []byte, p, n int) []int {
	var out []int
	if q, ok := skipAdverb(src, p); ok {
		out = append(out, q)
	}
	sp := doc.SkipSpace(src, p)
	// A perfect tense, with or without an adverb: "had recently founded".
	if sp > p {
		out = append(out, perfectAfter(src, sp)...)
	}
	if q := skipZhTime(src, p); q > p {
		out = append(out, q)
	}
	// 《星火》由张三撰写: the title's closing mark.
	for _, c := range []string{"》", "」", "』", "”"} {
		if bytes.HasPrefix(src[p:], []byte(c)) {
			out = append(out, p+len(c))
		}
	}
	// 张三目前是…, 张三也在2017年…: Chinese adverbs after the slot, and a
	// time phrase after them; 早在2018年就…: adverbs after a time phrase.
	if q := skipZhAdverbs(src, p); q > p {
		out = append(out, q)
		if r := skipZhTime(src, q); r > q {
			out = append(out, r)
		}
		if r := skipZhAmount(src, q); r > q {
			out = append(out, r) // 丙资本宣布以2亿美元入股…
		}
	}
	if q := skipZhTime(src, p); q > p {
		if r := skipZhAdverbs(src, q); r > q {
			out = append(out, r)
		}
	}
	// "at Beta Labs in 1990, Roe": an English time phrase after the slot.
	if q := skipEnTime(src, p); q > p {
		out = append(out, q)
	}
	// 丙资本以1000万美元领投…: the amount a subject acts with.
	if q := skipZhAmount(src, p); q > p {
		out = append(out, q)
	}
	// 张三等人于2010年联合创立: "and others" after the slot, then a time
	// phrase or adverbs.
	for _, c := range []string{"等人", "等"} {
		if k, ok := matchLit(src, sp, c); ok {
			q := sp + k
			out = append(out, q)
			if r := skipZhTime(src, q); r > q {
				out = append(out, r)
			}
			if r := skipZhAdverbs(src, q); r > q {
				out = append(out, r)
			}
			break
		}
	}
	if n > 1 {
		for _, c := range zhHeadCounts {
			if k, ok := matchLit(src, sp, c); ok {
				out = append(out, sp+k)
				// 张三、李四、王五三人，集资创立甲公司: the count closes
				// the list, and the clause after its comma is theirs.
				if r, w := utf8.DecodeRune(src[sp+k:]); r == '，' || r == ',' {
					out = append(out, doc.SkipSpace(src, sp+k+w))
				}
			}
		}
		// 李飞飞和李佳这对师生组合，正式加入: a noun phrase that sums up
		// the list, and the comma after it.
		for _, c := range []string{"这对", "这两位", "这两名", "这两个", "这三位", "这几位", "这些"} {
			if k, ok := matchLit(src, sp, c); ok {
				if q := skipRole(src, sp+k); q > sp+k {
					if r, _ := utf8.DecodeRune(src[q:]); r == '，' || r == ',' {
						q = doc.SkipSpace(src, q+utf8.RuneLen(r))
					}
					out = append(out, q)
				}
			}
		}
	}
	// "Doe who founded Acme": a relative clause without a comma.
	if k, ok := matchLit(src, sp, "who "); ok && sp > p {
		out = append(out, sp+k)
	}
	// "Doe (who later became president of Acme)": a relative clause in
	// a parenthesis has the slot for its subject.
	if k, ok := matchLit(src, sp, "(who "); ok {
		out = append(out, sp+k)
		if r, ok := skipAdverb(src, sp+k); ok {
			out = append(out, r)
		}
	}
	// "Jane Roe (born 1940) is": a parenthesis after the slot, and
	// "Roe (1927–1990), nicknamed …, was": an apposition after it.
	if q := skipParen(src, sp); q > sp && q-sp <= 80 {
		out = append(out, pastInserted(src, q)...)
		out = append(out, commaInsertions(src, doc.SkipSpace(src, q))...)
	}
	// "Roe — a former Acme engineer — founded Beta": an apposition
	// between dashes.
	if q := skipDashed(src, sp); q > sp {
		out = append(out, pastInserted(src, q)...)
	}
	return append(out, commaInsertions(src, sp)...)
}

// pastInserted returns q, the end of a parenthesis or an apposition after
// a slot, and where the clause goes on past an adverb or a perfect's
// auxiliary after it: "Roe (born 1950) then joined", "Roe, a British
// engineer, has run Acme".
func pastInserted(src []byte, q int) []int {
	out := []int{q}
	if r, ok := skipAdverb(src, q); ok {
		out = append(out, r)
	}
	return append(out, perfectAfter(src, doc.SkipSpace(src, q))...)
}

// perfectAfter returns where a verb goes on past a perfect's auxiliary at
// sp, with or without an adverb after it: "has run", "had recently
// founded".
func perfectAfter(src []byte, sp int) []int {
	var out []int
	for _, aux := range []string{"has ", "had ", "have "} {
		if k, ok := matchLit(src, sp, aux); ok {
			out = append(out, sp+k)
			if r, ok := skipAdverb(src, sp+k); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// commaInsertions returns where a clause goes on past what a comma at p
// sets off after a slot: an age, a relative clause, an adverb, an
// apposition.
func commaInsertions(src []byte, sp int) []int {
	var out []int
	if sp >= len(src) || src[sp] != ',' {
		return out
	}
	q := doc.SkipSpace(src, sp+1)
	// "Roe, 54, is": an age between commas.
	if d := digitsAt(src, q); d > q && d-q <= 3 && d < len(src) && src[d] == ',' {
		out = append(out, doc.SkipSpace(src, d+1))
	}
	for _, w := range []string{"who ", "which "} {
		if k, ok := matchLit(src, q, w); ok {
			out = append(out, q+k)
			// "Roe, who has run Acme since 2001": the perfect.
			for _, aux := range []string{"has ", "had ", "have "} {
				if n, ok := matchLit(src, q+k, aux); ok {
					out = append(out, q+k+n)
				}
			}
			// "Doe, who later became president of Acme": an adverb.
			if r, ok := skipAdverb(src, q+k); ok {
				out = append(out, r)
			}
		}
	}
	// "where Wall, instead joined X": a comma and an adverb before the
	// verb.
	if r, ok := skipAdverb(src, q); ok {
		out = append(out, doc.SkipSpace(src, r))
	}
	opens := false
	for _, w := range []string{"a ", "an ", "the ", "who ", "which ", "whose ", "whom ", "with whom ", "where ", "then ", "now ", "later ", "previously ", "formerly ", "most recently ", "until recently ", "once ", "through ", "via "} {
		if _, ok := matchLit(src, q, w); ok {
			opens = true
			break
		}
	}
	if !opens {
		opens = bareApposition(src, q)
	}
	if !opens {
		return out
	}
	// The apposition ends at the next comma, within 80 bytes and the
	// sentence, before any other clause punctuation.
	for j := q; j < len(src) && j-q <= 80; {
		r, w := utf8.DecodeRune(src[j:])
		if r == ',' {
			if j > q {
				// 'nicknamed "the Mayor," was': the quote closes
				// after the comma.
				k := j + 1
				if c, w := utf8.DecodeRune(src[k:]); c == '"' || c == '”' || c == '’' {
					k += w
				}
				// "Gamma, which is based in Boston, also invested";
				// "Roe, a British engineer, has run Acme".
				for _, a := range pastInserted(src, k) {
					out = append(out, doc.SkipSpace(src, a))
				}
			}
			break
		}
		if r == '(' && j > q {
			// "through the Troubled Asset Relief Program (TARP),": an
			// abbreviation inside the apposition.
			if k := skipParen(src, j); k > j {
				j = k
				continue
			}
		}
		if doc.IsClausePunct(r) || doc.IsSentenceEnd(r) || r == '(' {
			break
		}
		j += w
	}
	return out
}

// adverbs are the English adverbs a pattern may pass between two of its
// words: time and manner words that neither deny nor hedge.
var adverbs = []string{"currently", "previously", "formerly", "also", "now", "later", "then", "still", "once", "briefly",
	"subsequently", "eventually", "originally", "initially", "jointly", "recently", "first", "officially", "since", "again",
	"instead", "finally", "soon", "most recently", "until recently"}

// skipAdverb passes one of adverbs, a whole word after white space, at p.
func skipAdverb(src []byte, p int) (int, bool) {
	q := doc.SkipSpace(src, p)
	if q == p && p > 0 {
		if r, _ := utf8.DecodeLastRune(src[:p]); !unicode.IsSpace(r) {
			return p, false
		}
	}
	if q >= len(src) || !adverbInitial[src[q]|0x20] {
		return p, false
	}
	for _, a := range adverbs {
		if n, ok := matchLit(src, q, a); ok {
			return q + n, true
		}
	}
	return p, false
}

// skipAdverbs passes any number of adverbs at p.
func skipAdverbs(src []byte, p int) int {
	for {
		q, ok := skipAdverb(src, p)
		if !ok {
			return p
		}
		p = q
	}
}

// adverbInitial holds the lower-case first letters of adverbs.
var adverbInitial = func() (t [256]bool) {
	for _, a := range adverbs {
		t[a[0]] = true
	}
	return t
}()

// skipEnTime passes an English time phrase at p: "in 1972", "in March
// 1976", "in the 1960s". It returns p if there is none.
func skipEnTime(src []byte, p int) int {
	q := doc.SkipSpace(src, p)
	n, ok := matchLit(src, q, "in ")
	if !ok {
		return p
	}
	q = doc.SkipSpace(src, q+n)
	if n, ok := matchLit(src, q, "the "); ok {
		q = doc.SkipSpace(src, q+n)
	}
	if d := skipYear(src, q); d > q {
		return d
	}
	return p
}

// skipYear passes a year at p, perhaps after a month and before "s":
// "1976", "March 1976", "1960s". It returns p if there is none.
func skipYear(src []byte, p int) int {
	q := p
	for _, month := range doc.Months {
		if n, ok := matchLit(src, q, month); ok {
			q = doc.SkipSpace(src, q+n)
			break
		}
	}
	d := q
	for d < len(src) && '0' <= src[d] && src[d] <= '9' {
		d++
	}
	if d-q != 4 {
		return p
	}
	if d < len(src) && src[d] == 's' {
		d++
	}
	return d
}

// skipEnSpan passes the time an English clause gives after its object
// ("worked at Acme from 1990 to 1995 and at Beta"): "in 1972", "from
// 1990 (to|until|till|-) 1995", "until 1995", "since 1995", "between 1990
// and 1995", "for (ten|two|a few|many) years", "for a decade", or a
// parenthesis. It returns p if there is none.
func skipEnSpan(src []byte, p int) int {
	if q := skipEnTime(src, p); q > p {
		return q
	}
	q := doc.SkipSpace(src, p)
	if r := skipParen(src, q); r > q {
		_, r = doc.TrimSpace(src, 0, r)
		return r
	}
	w := lowerWordAt(src, q)
	switch w {
	case "from", "until", "till", "since", "between":
		from := doc.SkipSpace(src, q+len(w))
		r := skipYear(src, from)
		if r == from {
			return p
		}
		if w != "from" && w != "between" {
			return r
		}
		// The end of the span: "- 1995", "to 1995", "and 1995".
		t := doc.SkipSpace(src, r)
		n := 0
		if d, size := utf8.DecodeRune(src[t:]); d == '-' || d == '–' {
			n = size
		} else if next := lowerWordAt(src, t); next == "to" || next == "until" || next == "till" || next == "and" {
			n = len(next)
		}
		to := doc.SkipSpace(src, t+n)
		if n > 0 {
			if y := skipYear(src, to); y > to {
				return y
			}
		}
		if w == "between" {
			return p
		}
		return r
	case "for":
		r := doc.SkipSpace(src, q+len(w))
		n := lowerWordAt(src, r)
		if !spanCounts[n] && !(len(n) == 0 && r < len(src) && '0' <= src[r] && src[r] <= '9') {
			return p
		}
		for r < len(src) && src[r] != ' ' {
			r++
		}
		r = doc.SkipSpace(src, r)
		if n == "a" {
			if f := lowerWordAt(src, r); f == "few" || f == "couple" {
				r = doc.SkipSpace(src, r+len(f))
				if o, ok := matchLit(src, r, "of "); ok {
					r = doc.SkipSpace(src, r+o)
				}
			}
		}
		if u := lowerWordAt(src, r); spanUnits[u] {
			return r + len(u)
		}
	}
	return p
}

var spanCounts = wordSet("a one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty several many some")

var spanUnits = wordSet("year years month months decade decades week weeks")

// clauseInitial reports whether mention k opens its clause, or follows
// only a Chinese date or adverbs there (2016年8月4日丙资本购入…, 此前丙资本
// 拥有…).
func (m *sentMatcher) clauseInitial(k int) bool {
	c := m.ms[k]
	if m.d.ClauseInitial(m.sent, c) {
		return true
	}
	src := m.d.Src[:m.sent.End]
	s, _ := doc.TrimSpace(src, doc.ClauseStart(src, m.sent.Start, c.Start), c.Start)
	q := skipZhAdverbs(src, skipZhTime(src, s))
	if q > s && doc.SkipSpace(src, q) == c.Start {
		return true
	}
	if c.Entity.Type == dict.Organization && q <= c.Start {
		if p := doc.SkipSpace(src, q); doc.SkipSpace(src, p+zhCountryAt(src, p)) == c.Start && p < c.Start {
			return true // 日本JFE鋼鐵公司宣佈投資…: a country before a company says whose it is
		}
	}
	// "In 1868 Eiffel entered into partnership…": an English date
	// without its comma; "Once Peddle had taken over…": a subordinator
	// that opens the clause.
	q = skipDatePhrase(src, s)
	if q == s {
		if w := anyWordAt(src, s); subordinators[w] || w == "once" || w == "after" || w == "before" {
			q = s + len(w)
		}
	}
	return q > s && doc.SkipSpace(src, q) == c.Start
}

// skipDatePhrase passes an English time phrase at p that no comma closes: a
// preposition, then words of a date with at least one number in them ("In
// 1868", "On 6 October 1868", "In the spring of 1927"). It returns p if
// there is none.
func skipDatePhrase(src []byte, p int) int {
	first := anyWordAt(src, p)
	switch first {
	case "in", "on", "by", "from", "since", "after", "during", "until", "around", "circa", "between":
	default:
		return p
	}
	q := doc.SkipSpace(src, p+len(first))
	end, number := p, false
	for n := 0; n < 8 && q < len(src); n++ {
		w := anyWordAt(src, q)
		l := len(w)
		if number && end == q {
			// "In 1935–1940", "From 1935 to 1940", "Between 1935 and
			// 1940": a span's second year after a dash or a word.
			if r, rw := utf8.DecodeRune(src[q:]); r == '-' || r == '–' || r == '—' {
				if d := doc.SkipSpace(src, q+rw); d < len(src) && src[d] >= '0' && src[d] <= '9' {
					q = d
					continue
				}
			}
		}
		if number && (w == "to" || w == "and" || w == "until" || w == "till") {
			if d := doc.SkipSpace(src, q+l); d < len(src) && src[d] >= '0' && src[d] <= '9' {
				q = d
				continue
			}
		}
		if w == "" {
			for l < len(src)-q && src[q+l] >= '0' && src[q+l] <= '9' {
				l++
			}
			if l == 0 {
				break
			}
			for l < len(src)-q && src[q+l] >= 'a' && src[q+l] <= 'z' {
				l++ // 1920s, 6th
			}
			number = true
		} else if !enDateWords[w] {
			break
		}
		q += l
		end = q
		q = doc.SkipSpace(src, q)
	}
	if !number {
		return p
	}
	return end
}

// anyWordAt returns the Latin word at p, in lower case.
func anyWordAt(src []byte, p int) string { return strings.ToLower(latinWordAt(src, p)) }

var enDateWords = wordSet("the of early late mid january february march april may june july august september october november december spring summer autumn fall winter year")

// relativeZhTime returns the end of a time given relative to the one
// before at p (次年, 同年, 当年, 不久后, 6个月后, 三年后), or p.
func relativeZhTime(src []byte, p int) int {
	for _, w := range []string{"次年", "同年", "翌年", "当年", "隔年", "次月", "同月", "当月", "不久后", "不久之后"} {
		if n, ok := matchLit(src, p, w); ok {
			return p + n
		}
	}
	q := p
	for q < len(src) {
		r, w := utf8.DecodeRune(src[q:])
		if !('0' <= r && r <= '9' || strings.ContainsRune("一二三四五六七八九十两几数半", r)) {
			break
		}
		q += w
	}
	if q == p {
		return p
	}
	q = doc.SkipSpace(src, q)
	if n, ok := matchLit(src, q, "个"); ok {
		q = doc.SkipSpace(src, q+n)
	}
	for _, unit := range []string{"年", "月", "天", "周", "星期"} {
		if n, ok := matchLit(src, q, unit); ok {
			for _, suf := range []string{"之后", "以后", "后"} {
				if m, ok := matchLit(src, q+n, suf); ok {
					return q + n + m
				}
			}
			return p
		}
	}
	return p
}

// zhYearRange returns where the second year of a span written with one
// 年 ends (1913至1915年, 1920-1922年), q standing after the first
// year's digits; q where none follows.
func zhYearRange(src []byte, q int, digits func(q, min, max int) (int, bool)) int {
	for _, c := range []string{"至", "到", "-", "–", "—", "－", "~", "～"} {
		if n, ok := matchLit(src, q, c); ok {
			if r, ok := digits(q+n, 2, 4); ok && bytes.HasPrefix(src[r:], []byte("年")) {
				return r
			}
			break
		}
	}
	return q
}

// skipZhTime passes a Chinese time phrase at p: (于|在)2014年(3月)(5日)(初),
// or a time relative to the one before (次年, 6个月后), digits ASCII or full
// width. It returns p if there is none.
func skipZhTime(src []byte, p int) int {
	q := doc.SkipSpace(src, p)
	from := false
	for _, pre := range []string{"早在", "于", "在", "从", "自"} {
		if n, ok := matchLit(src, q, pre); ok {
			q += n
			from = pre == "从" || pre == "自"
			break
		}
	}
	digits := func(q, min, max int) (int, bool) {
		q = doc.SkipSpace(src, q)
		n := 0
		for q < len(src) && n < max {
			r, w := utf8.DecodeRune(src[q:])
			if !('0' <= r && r <= '9' || '０' <= r && r <= '９') {
				break
			}
			q += w
			n++
		}
		return doc.SkipSpace(src, q), n >= min
	}
	if r := relativeZhTime(src, q); r > q && !from {
		return skipSeason(src, r) // 次年, 同年秋, 6个月后
	}
	q, ok := digits(q, 2, 4)
	if !ok {
		return p
	}
	q = zhYearRange(src, q, digits)
	n, ok := matchLit(src, q, "年")
	if !ok {
		return p
	}
	q += n
	for _, unit := range []string{"月", "日"} {
		if r, ok := digits(q, 1, 2); ok {
			if n, ok := matchLit(src, r, unit); ok {
				q = r + n
			}
		}
	}
	for _, suf := range []string{"初", "底", "末", "中", "起"} {
		if n, ok := matchLit(src, q, suf); ok {
			q += n
			break
		}
	}
	q = skipSeason(src, q) // 1911年春, 1936年秋天
	for _, c := range []string{"和", "与", "、", "及", "至", "到"} {
		// 在2020年和2021年两次投资: two dates joined.
		if n, ok := matchLit(src, q, c); ok && !from {
			if r := skipZhTime(src, q+n); r > q+n {
				return r
			}
		}
	}
	if from {
		// 从2018年开始, 自2015年起: the start of a span; 从 before a
		// year alone says nothing of time.
		if bytes.HasSuffix(src[:q], []byte("起")) {
			return q
		}
		for _, suf := range []string{"开始", "以来"} {
			if n, ok := matchLit(src, q, suf); ok {
				return q + n
			}
		}
		return p
	}
	return q
}

// skipSeason passes a season or half of a year after a year at p (春,
// 秋天, 夏季, 上半年); it returns p if there is none.
func skipSeason(src []byte, p int) int {
	for _, w := range zhSeasons {
		if n, ok := matchLit(src, p, w); ok {
			return p + n
		}
	}
	return p
}

var zhSeasons = []string{"春天", "夏天", "秋天", "冬天", "春季", "夏季", "秋季", "冬季", "上半年", "下半年", "春", "夏", "秋", "冬"}

// zhAdverbs are Chinese adverbs of time and scope that may stand between a
// subject and its verb without changing what the clause states. Words of
// the future (将, 会, 即将) and of coordination (共同, 联合) are not among
// them: the first are guarded, the second are part of triggers.
var zhAdverbs = []string{"目前", "现在", "如今", "当时", "此前", "之前", "早年", "幼年", "幼时", "少年时", "少时", "青年时", "年轻时", "晚年", "后来", "随后", "曾经", "已经", "期间", "其间", "此后", "其后", "不久后", "不久",
	"先后", "分别", "相继", "陆续", "接连", "随即", "旋即", "随之", "一口气", "累计", "多次", "两次", "三次", "率先", "早已", "宣布", "再次", "再度", "仍然", "依然", "依旧", "仍", "正式", "一直", "同时", "原来", "原本", "原先", "曾", "也", "还", "又", "已", "现", "均", "都", "亦", "则", "就", "便"}

// zhSequenceAdverbs place a clause in a sequence of what one person did.
var zhSequenceAdverbs = []string{"后", "先", "再", "遂"}

// zhAdverbAt returns the length of the one of zhAdverbs that starts at q,
// or 0.
func zhAdverbAt(src []byte, q int) int {
	for _, a := range zhAdverbs {
		if string(src[q:min(len(src), q+len(a))]) == a { // compared without a copy
			return len(a)
		}
	}
	return 0
}

// skipZhAdverb passes one of zhAdverbs at p (after white space); it
// returns p if none stands there.
func skipZhAdverb(src []byte, p int) int {
	q := doc.SkipSpace(src, p)
	if n := zhAdverbAt(src, q); n > 0 {
		return q + n
	}
	return p
}

// skipZhAdverbs passes up to two of zhAdverbs at p; it returns p if there
// is none.
func skipZhAdverbs(src []byte, p int) int {
	q := doc.SkipSpace(src, p)
	start := q
	for range 2 {
		n := zhAdverbAt(src, q)
		if n == 0 {
			break
		}
		q += n
	}
	if q == start {
		return p
	}
	return q
}

// descriptorStop holds the words a descriptor before a name may not
// contain: function words, which would let it run across a phrase.
var descriptorStop = wordSet(`a an the of in on at to for with by from as and or but nor after before while when where which who
	whom whose that this these those its his her their our my your into onto over under about than then also not no
	was is were are be been being has had have will would could should may might can must since until during through
	between against without within via per like including such other another some any each every all both either
	neither many much more most few several one two three it he she they we you him them us said says
	built made won led ran wrote sold bought took left met found held began became grew saw got gave went came
	brought sent spent kept set put sat stood told thought knew drew rode flew fell chose broke spoke taught
	makes builds runs leads says sells buys takes leaves meets finds holds becomes grows gives goes comes
	time times moment age request invitation behest urging suggestion expense end start beginning height peak same`)

// capitalTitles are capitalised words of titles, which a descriptor before
// a name may hold ("chief executive Roe", "CEO Roe") and an apposition may
// open ("Roe, President of Beta Labs,").
var capitalTitles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`CEO CTO CFO COO Dr. Prof. Professor President Chairman Chairwoman Chief Director
		Founder Co-founder Head Partner Vice Senior Executive Managing
		Dr Rev. Mr. Mrs. Ms. Sir Dame Lord Lady Rabbi Bishop Col. Colonel Gen. General Lt. Capt. Captain
		Adm. Admiral Sgt. Judge Justice Sen. Senator Gov. Governor Mayor Dean
		Prime Minister Premier Chancellor Secretary Ambassador King Queen Prince Princess Emperor Empress`) {
		capitalTitles[w] = true
	}
}

// parties are the names of political parties that may open a
// descriptor before a name as a demonym does ("Labor Prime Minister Ben
// Chifley").
var parties = wordSet(`Labor Labour Conservative Liberal Tory Whig Federalist Unionist Progressive`)

// skipDescriptor passes an English descriptor that stands before a name
// at p: up to four lower-case words ("search giant", "games designer",
// "electric-car maker"), after an optional article, none a function word
// and none a verb's -ing or -ed form, the first possibly a demonym
// ("American physicist"). It returns p if there is none, or if no name
// could follow it.
func skipDescriptor(src []byte, p int) int {
	if p > 0 && p < len(src) && isASCIILetter(src[p-1]) && isASCIILetter(src[p]) {
		// A gap that ends inside a word ("~1{s}" over "with Roe" stops
		// at "ith Roe"): no word of a descriptor starts there.
		return p
	}
	q := p
	for _, a := range []string{"the ", "a ", "an "} {
		if n, ok := matchLit(src, q, a); ok && n > len(a)-1 {
			q = doc.SkipSpace(src, q+n)
			break
		}
	}
	start := q
	words := 0
	for words < 4 && q-start <= 40 {
		if e := basedEnd(src, q); e > q {
			// "Cairo-based SySDSoft", "the Los Angeles-based North
			// American Aviation", "Johannesburg, South Africa-based X":
			// where a company is based describes it.
			words++
			q = doc.SkipSpace(src, e)
			continue
		}
		e := q
		if e < len(src) && src[e] >= '0' && src[e] <= '9' {
			// "the 300-lawyer Schiff Hardin", "the 150-year-old X": a
			// number joined by a hyphen to the word it counts.
			for e < len(src) && (src[e] >= '0' && src[e] <= '9' || src[e] == ',') {
				e++
			}
			if e < len(src) && src[e] == '-' && e+1 < len(src) && src[e+1] >= 'a' && src[e+1] <= 'z' {
				if f := hyphenWordEnd(src, e+1); f < len(src) && src[f] == ' ' && src[f-1] != '-' {
					words++
					q = doc.SkipSpace(src, f)
					continue
				}
			}
			break
		}
		for e < len(src) && (src[e] >= 'a' && src[e] <= 'z' || src[e] >= 'A' && src[e] <= 'Z' || e > q && (src[e] == '-' || src[e] == '/' || src[e] == '.')) {
			e++
		}
		if e == q || e >= len(src) || src[e] != ' ' {
			break
		}
		w := string(src[q:e])
		lower := w[0] >= 'a' && w[0] <= 'z'
		pe := -1
		if lower && strings.HasSuffix(w, "ly") {
			pe = participleNext(src, doc.SkipSpace(src, e))
		}
		switch {
		case capitalTitles[w]:
		case lower && !descriptorStop[w] && !strings.HasSuffix(w, "ing") && !(strings.HasSuffix(w, "ed") && (!strings.Contains(w, "-") || verbPrefixed(w))) && !strings.HasSuffix(w, "ly"):
		case lower && words > 0 && strings.HasSuffix(w, "ing") && !descriptorStop[w] && nounNext(src, doc.SkipSpace(src, e)):
			// "online shopping site Gilt Groupe": a gerund inside the
			// descriptor, before its noun, not a verb before the name.
		case lower && words == 0 && start > p && strings.HasSuffix(w, "ing") && len(w) > 5 && !descriptorStop[w] && isCapital(src, doc.SkipSpace(src, e)):
			// "bought the struggling Beta", "the leading Gamma": after
			// the article, an -ing word right before a name qualifies it.
		case !lower && words == 0 && (demonym(w) || parties[w]):
			// "American physicist", "Labor Prime Minister".
		case pe > 0:
			// "the privately held Beta", "the newly formed Gamma": an
			// adverb and the participle it qualifies, two words.
			e = pe
			words++
		case acronym(w) && words < 3:
			// "IT automation startup Ansible": an acronym for a field.
		default:
			return descriptorEnd(src, p, start, q, words)
		}
		words++
		q = doc.SkipSpace(src, e)
	}
	return descriptorEnd(src, p, start, q, words)
}

// zhCountries are countries a Chinese text names before an organisation
// of theirs (德国乙大学), in Simplified characters: relate reads a
// Simplified copy.
var zhCountries = []string{"美国", "英国", "法国", "德国", "日本", "苏联", "俄国", "俄罗斯", "意大利", "加拿大", "澳大利亚", "澳洲", "瑞士", "瑞典", "荷兰", "比利时", "奥地利", "丹麦", "挪威", "芬兰", "西班牙", "葡萄牙", "印度", "新加坡", "韩国", "以色列", "新西兰", "爱尔兰", "波兰", "捷克", "匈牙利", "巴西", "墨西哥"}

// zhCountryAt returns the length of a country's name at p, or 0.
func zhCountryAt(src []byte, p int) int {
	for _, c := range zhCountries {
		if bytes.HasPrefix(src[p:], []byte(c)) {
			return len(c)
		}
	}
	return 0
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// basedEnd returns the end of a place's name and "-based" (or
// "-headquartered") at p, followed by a space: up to four capitalised
// words, a comma and a space allowed between them ("Los Angeles-based",
// "Johannesburg, South Africa-based"), or -1.
func basedEnd(src []byte, p int) int {
	q := p
	for n := 0; n < 4; n++ {
		if q >= len(src) || src[q] < 'A' || src[q] > 'Z' {
			return -1
		}
		e := q
		for e < len(src) && (doc.LatinWordRune(rune(src[e])) && src[e] < utf8.RuneSelf || src[e] == '.') {
			e++
		}
		for _, suf := range []string{"-based ", "-headquartered "} {
			if n, ok := matchLit(src, e, suf); ok {
				return e + n
			}
		}
		switch {
		case e < len(src) && src[e] == ' ':
			q = e + 1
		case e+1 < len(src) && src[e] == ',' && src[e+1] == ' ':
			q = e + 2
		default:
			return -1
		}
	}
	return -1
}

// verbPrefixed reports whether w is a verb's form with a prefix joined by
// a hyphen ("co-founded", "re-elected"), not an adjective ("state-owned").
func verbPrefixed(w string) bool {
	return strings.HasPrefix(w, "co-") || strings.HasPrefix(w, "re-")
}

// participleNext returns the end of a past participle that an adverb
// may qualify inside a descriptor ("held", "owned", "formed", "traded"),
// at p and followed by a space, or -1.
func participleNext(src []byte, p int) int {
	w := lowerWordAt(src, p)
	if w == "" || p+len(w) >= len(src) || src[p+len(w)] != ' ' {
		return -1
	}
	if adverbParticiples[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !descriptorStop[w] {
		return p + len(w)
	}
	return -1
}

// adverbParticiples qualify a name after an adverb as -ed participles do:
// "the privately held Beta", "the widely used Gizmo".
var adverbParticiples = wordSet("held used known read built made sold run grown owned")

// isCapital reports whether a Latin capital letter stands at p.
func isCapital(src []byte, p int) bool {
	return p < len(src) && src[p] >= 'A' && src[p] <= 'Z'
}

// nounNext reports whether a lower-case word that may end a descriptor
// stands at p: the descriptor goes on past the word before it.
func nounNext(src []byte, p int) bool {
	w := lowerWordAt(src, p)
	return w != "" && !descriptorStop[w] && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") && p+len(w) < len(src) && src[p+len(w)] == ' '
}

// descriptorEnd returns q, where a name must start, if the descriptor holds
// a word that is no demonym alone; p otherwise.
// nameAsModifier reports whether mention c modifies a noun after an
// indefinite article or "own": "created his own Linux distribution", "was
// founded by a Stanford professor" name a kind of thing, not Linux or
// Stanford.
func nameAsModifier(src []byte, c doc.Mention) bool {
	before := bytes.ToLower(src[max(0, c.Start-4):c.Start])
	if !bytes.HasSuffix(before, []byte(" a ")) && !bytes.HasSuffix(before, []byte(" an ")) && !bytes.HasSuffix(before, []byte("own ")) &&
		!bytes.Equal(before, []byte("a ")) && !bytes.Equal(before, []byte("an ")) {
		return false
	}
	if c.End >= len(src) || src[c.End] != ' ' {
		return false
	}
	w := lowerWordAt(src, c.End+1)
	return w != "" && !descriptorStop[w]
}

// acronym reports whether w is two to four capital letters (IT, AI, EDA).
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func descriptorEnd(src []byte, p, start, q, words int) int {
	if words == 0 || q >= len(src) || src[q] < 'A' || src[q] > 'Z' && src[q] < utf8.RuneSelf {
		return p
	}
	if words == 1 && start == p && demonym(string(bytes.TrimSpace(src[start:q]))) {
		return p // a lone demonym may open a name; after "the" it describes one
	}
	return q
}

// demonym reports whether a capitalised word reads as a people's adjective:
// American, Canadian, Japanese, Swedish, French, Israeli.
func demonym(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || strings.ToLower(w[1:]) != w[1:] {
		return false
	}
	for _, s := range []string{"an", "ese", "ish", "ch", "li", "ni", "ki", "ic"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// afterSpace returns the index of the first element from i on that is not
// a literal of white space alone ("{s} ~~60" has one between its slot and
// its gap).
func (ru *rule) afterSpace(i int) int {
	for ; i < len(ru.elems) && spaceOnly(ru.elems[i]); i++ {
	}
	return i
}

// spaceOnly reports whether e is a literal of white space alone.
func spaceOnly(e dict.Elem) bool {
	return e.Kind == dict.Lit && len(e.Alts) == 1 && strings.TrimSpace(e.Alts[0]) == ""
}

// gapAfter reports whether a gap follows slot ei, past white space.
func (m *sentMatcher) gapAfter(ei int) bool {
	g := m.ru.afterSpace(ei + 1)
	return g < len(m.ru.elems) && m.ru.elems[g].Kind == dict.Gap
}

// modifiesNext reports whether a Chinese modifier ending in 的 follows p
// and a name follows it (所在的甲公司, 创办的甲公司, 的甲公司): the name
// before p is part of what describes that name.
func (m *sentMatcher) modifiesNext(src []byte, p int) bool {
	q := p
	for n := 0; n <= 4 && q < len(src); n++ {
		if k, ok := matchLit(src, q, "的"); ok {
			return m.mentionAt(q+k) >= 0 || m.nameWithin(src, q+k, 6) >= 0
		}
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		q += w
	}
	return false
}

// relativeAfter reports whether an English relative pronoun follows a name
// that ends at p ("Laurie Leshin, who in 2022 became"): the clause it opens
// has the name for its subject.
func relativeAfter(src []byte, p int) bool {
	q := doc.SkipSpace(src, skipEnTime(src, p)) // "Doe in 1762, who"
	if q < len(src) && (src[q] == ',' || src[q] == '(') {
		q = doc.SkipSpace(src, q+1) // "Doe (who later became…)"
	}
	_, ok := matchLit(src, q, "who ")
	return ok
}

// afterPossessive reports whether the text before p ends with an English
// possessive ("Acme's ").
func afterPossessive(src []byte, p int) bool {
	t := bytes.TrimRight(src[:p], " \t\n")
	return bytes.HasSuffix(t, []byte("'s")) || bytes.HasSuffix(t, []byte("’s")) || bytes.HasSuffix(t, []byte("s'"))
}

// prevSlot returns the kind of the last slot before elems[ei], or Lit if
// there is none.
// gapBefore reports whether the element before ei, past spaces, is a
// gap.
func (m *sentMatcher) gapBefore(ei int) bool {
	i := ei - 1
	for i >= 0 && spaceOnly(m.ru.elems[i]) {
		i--
	}
	return i >= 0 && m.ru.elems[i].Kind == dict.Gap
}

// prepositionBefore reports whether an English preposition that places
// or dates ("at", "in", "for", "with", "from", "on", "to", "by") ends right
// before p, with the space after it.
func prepositionBefore(src []byte, p int) bool {
	q := p
	for q > 0 && src[q-1] == ' ' {
		q--
	}
	if q == p {
		return false
	}
	for _, w := range placingPrepositions {
		if q >= len(w) && bytes.EqualFold(src[q-len(w):q], w) {
			return true
		}
	}
	return false
}

var placingPrepositions = [][]byte{[]byte(" at"), []byte(" in"), []byte(" for"), []byte(" with"), []byte(" from"), []byte(" on"), []byte(" to"), []byte(" by")}

func (m *sentMatcher) prevSlot(ei int) dict.ElemKind {
	for i := ei - 1; i >= 0; i-- {
		if k := m.ru.elems[i].Kind; k == dict.Subject || k == dict.Object {
			return k
		}
	}
	return dict.Lit
}

// zhUnits are the nouns of an organisation's parts: its departments,
// schools, laboratories, divisions and regional branches.
var zhUnits = []string{"系", "学院", "研究院", "研究所", "实验室", "事业部", "事业群", "部门", "中心", "分公司", "子公司", "团队", "办公室", "分院", "中国区", "大中华区", "亚太区", "项目组", "工作室"}

// zhTitleUnits are the shorter nouns of units that end a gap before a
// title (企划部主任, 财务处处长, 上海分行行长, 教育科主任, 教研室主任,
// 技术组组长): the title is the unit's.
var zhTitleUnits = []string{"部", "处", "科", "室", "组", "分行", "支行", "分社", "分会", "分校"}

// notUnitBefore holds the characters that make 部 or 处 another word
// (全部, 北部, 总部, 此处, 到处).
const notUnitBefore = "全大内外东西南北中总本干局此到之各住好长一两多某"

// zhTitleModifiers are the words that may stand between a unit and its
// title and say who holds it or when (市场部女总经理, 财务处前处长,
// 研发中心首任主任): the title is still the unit's.
var zhTitleModifiers = []string{"女", "男", "前", "原", "前任", "新任", "现任", "时任", "首位", "首任", "第一任", "代理", "年轻", "新"}

// trimTitleModifiers cuts zhTitleModifiers, any number of them, from the
// end of a gap before a title.
func trimTitleModifiers(gap []byte) []byte {
	for cut := true; cut; {
		cut = false
		for _, w := range zhTitleModifiers {
			if len(gap) > len(w) && bytes.HasSuffix(gap, []byte(w)) {
				gap, cut = gap[:len(gap)-len(w)], true
			}
		}
	}
	return gap
}

// endsWithTitleUnit reports whether a gap before a title ends with one of
// zhTitleUnits after a name of at least one character of its own.
func endsWithTitleUnit(gap []byte) bool {
	gap = trimParenEnd(trimTitleModifiers(bytes.TrimSuffix(gap, []byte("的"))))
	for _, u := range zhTitleUnits {
		if len(gap) <= len(u) || !bytes.HasSuffix(gap, []byte(u)) {
			continue
		}
		r, _ := utf8.DecodeLastRune(gap[:len(gap)-len(u)])
		if utf8.RuneLen(r) > 1 && !strings.ContainsRune(notUnitBefore, r) {
			return true
		}
	}
	return false
}

// endsWithUnit reports whether a gap's text ends with one of zhUnits after
// the unit's own name (计算机系; not 系 alone after 物理系, a name that
// holds its unit), or is a unit of two runes or more (甲公司研究院院长).
func endsWithUnit(gap []byte) bool {
	gap = trimParenEnd(trimTitleModifiers(bytes.TrimSuffix(gap, []byte("的"))))
	for _, u := range zhUnits {
		if (len(gap) > len(u) || len(gap) == len(u) && utf8.RuneCountInString(u) > 1) && bytes.HasSuffix(gap, []byte(u)) {
			return true
		}
	}
	return false
}

// zhLines are the nouns of a company's product lines and businesses that
// stand before 负责人 for the one in charge of that line (华为手机负责人).
var zhLines = []string{"手机", "汽车", "芯片", "电视", "电脑", "终端", "游戏", "音乐", "视频", "支付", "电商", "云"}

// partInCharge reports whether the gap from p to j names a region or a
// product line of the organisation's before 负责人 at j (华为手机负责人,
// 甲公司北美区研发负责人): the one in charge of it is not the organisation's
// head. Other words there say what kind of charge it is (技术负责人,
// 实际负责人) and leave the head of the object itself.
func partInCharge(src []byte, p, j int) bool {
	gap := src[p:j]
	if len(gap) == 0 || !bytes.HasPrefix(src[j:], []byte("负责人")) {
		return false
	}
	if i := bytes.Index(gap, []byte("区")); i > 0 {
		if r, _ := utf8.DecodeLastRune(gap[:i]); utf8.RuneLen(r) > 1 {
			return true // 北美区, 中国区, 华东区
		}
	}
	gap = bytes.TrimSuffix(gap, []byte("的"))
	for _, w := range zhLines {
		if bytes.HasSuffix(gap, []byte(w)) {
			return true
		}
	}
	return false
}

// yearPossessive returns the end of a year in the possessive at p
// ("1995's "), or p.
func yearPossessive(src []byte, p int) int {
	if p+4 > len(src) {
		return p
	}
	for _, c := range src[p : p+4] {
		if c < '0' || c > '9' {
			return p
		}
	}
	if n := possessiveAt(src, p+4); n > 0 {
		return p + 4 + n
	}
	return p
}

// trimParenEnd cuts a parenthesis that ends a gap, so that the unit named
// before it counts (算学系（即后来的数学系）主任).
func trimParenEnd(gap []byte) []byte {
	for _, pr := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if bytes.HasSuffix(gap, []byte(pr[1])) {
			if i := bytes.LastIndex(gap, []byte(pr[0])); i > 0 {
				return gap[:i]
			}
		}
	}
	return gap
}

// holdsUnit reports whether a gap's text holds a unit of two runes or
// more (新石实验室产品, 云计算事业部大数据).
func holdsUnit(gap []byte) bool {
	for _, u := range zhUnits {
		if utf8.RuneCountInString(u) > 1 && bytes.Contains(gap, []byte(u)) {
			return true
		}
	}
	return false
}

// digitsAt returns the end of the ASCII digits at p (p if there are none).
func digitsAt(src []byte, p int) int {
	for p < len(src) && src[p] >= '0' && src[p] <= '9' {
		p++
	}
	return p
}

// zhNamedUnits are the units whose names follow their organisation's:
// 乙大学人工智能实验室, 甲公司研究院.
var zhNamedUnits = []string{"实验室", "研究院", "研究所", "学院", "系", "代表团"}

// unitAfter reports whether the Han characters right after a name that
// ends at p name one of its units (乙大学人工智能实验室, 甲公司研究院):
// up to ten of them, ending with one of zhNamedUnits.
func unitAfter(src []byte, p int) bool {
	q := p
	for n := 0; n < 10 && q < len(src); n++ {
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) || r == '的' {
			break
		}
		q += w
		for _, u := range zhNamedUnits {
			if q-p >= len(u) && bytes.HasSuffix(src[p:q], []byte(u)) {
				return true
			}
		}
	}
	return false
}

// siteAfter reports whether an English noun for a site or a part of a
// company follows p ("built Acme's Gizmo plant", "ran the Acme
// division"): the name then says whose or what kind the site is.
func siteAfter(src []byte, p int) bool {
	if p >= len(src) || src[p] != ' ' {
		return false
	}
	w := lowerWordAt(src, p+1)
	if siteNouns[w] {
		return true
	}
	// "the Acme research lab", "the Acme regional office".
	q := p + 1 + len(w)
	if siteModifiers[w] && q < len(src) && src[q] == ' ' && siteNouns[lowerWordAt(src, q+1)] {
		return true
	}
	if p+1 >= len(src) || src[p+1] < 'a' || src[p+1] > 'z' {
		return false
	}
	// "dean of the Epsilon law school", "head of the Acme board's audit
	// committee": a common noun that qualifies a unit's noun, or owns
	// what follows, after the name.
	if possessiveAt(src, q) > 0 {
		return true
	}
	return q < len(src) && src[q] == ' ' && unitHeads[lowerWordAt(src, q+1)]
}

// unitHeads are nouns of an organisation's units, and of what it
// publishes or gathers, that any word may qualify: "the Epsilon law
// school", "the Acme audit committee", "the Epsilon student newspaper".
// Not "network": "the A&E Networks cable network group" is the company's.
var unitHeads = wordSet(`school schools faculty hospital clinic department departments division divisions committee committees institute
	newspaper newspapers magazine journal association society club union fund foundation program programme
	museum library press`)

// orgPartAfter reports whether a noun for a group of an organisation's
// people or for its brand follows p ("led the Acme delegation", "founded
// the Acme chapter in Springfield", "acquired the Acme brand"); after a
// project's name "brand" names the project ("introduced the Acura
// brand"). "the Acme team" is not among them: it is as often the
// whole company ("led the OpenAI team"), and after a project's name the
// people who make it ("worked on the Harvard Mark I team").
func orgPartAfter(src []byte, p int) bool {
	return p < len(src) && src[p] == ' ' && orgParts[lowerWordAt(src, p+1)]
}

var orgParts = wordSet(`chapter chapters delegation delegations brand brands trademark trademarks`)

// siteModifiers are words that may stand between an organisation's name
// and the noun of its site or part.
var siteModifiers = wordSet(`research development engineering design manufacturing production assembly regional local
	overseas main new flagship retail sales service test branch field`)

var siteNouns = wordSet(`plant plants factory factories facility facilities mill mills works warehouse warehouses
	store stores shop shops outlet outlets dealership dealerships campus building buildings headquarters office offices
	branch branches division divisions subsidiary subsidiaries lab labs laboratory laboratories center centre department
	hospital hospitals clinic clinics newspaper magazine journal museum library`)

// zhSiteAfter reports whether a building or a site of an organisation
// follows p, perhaps new: 甲公司新会所, 乙大学校舍. What is done to it is not
// done to the organisation (筹建甲公司新会所 founds no company).
func zhSiteAfter(src []byte, p int) bool {
	if n, ok := matchLit(src, p, "新"); ok {
		p += n
	}
	return startsWithAny(src[p:], zhBuildings)
}

var zhBuildings = []string{"会所", "大楼", "大厦", "校舍", "新址", "厂房", "厂区", "办公楼", "礼堂", "校园", "园区", "校区", "会馆"}

// lowerWordAt returns the run of lower-case ASCII letters at p.
func lowerWordAt(src []byte, p int) string {
	e := p
	for e < len(src) && src[e] >= 'a' && src[e] <= 'z' {
		e++
	}
	return string(src[p:e])
}

// latinWordAt returns the run of ASCII letters at p.
func latinWordAt(src []byte, p int) string {
	e := p
	for e < len(src) && isASCIILetter(src[e]) {
		e++
	}
	return string(src[p:e])
}

// wordSet makes a set of the words of s.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// skipZhAmount passes one of amountLeads and an amount of money at p
// (以1000万美元, 以18亿元, 斥资数亿元); it returns p if there is none.
func skipZhAmount(src []byte, p int) int {
	q := doc.SkipSpace(src, p)
	n, ok := 0, false
	for _, lead := range amountLeads {
		if n, ok = matchLit(src, q, lead); ok {
			break
		}
	}
	if !ok {
		return p
	}
	if r := skipMoney(src, q+n); r > q+n {
		return r
	}
	return p
}

// skipMoney passes an amount of money at p (1000万美元, 18亿元, 数亿元);
// it returns p if there is none.
func skipMoney(src []byte, p int) int {
	q := p
	digits := 0
	for q < len(src) {
		r, w := utf8.DecodeRune(src[q:])
		if !(r >= '0' && r <= '9' || r == '.' || strings.ContainsRune("数一二两三四五六七八九十百千万亿约近超逾", r)) {
			break
		}
		q += w
		digits++
	}
	if digits == 0 {
		return p
	}
	for _, u := range []string{"美元", "元人民币", "人民币", "元", "欧元", "港元", "港币", "英镑", "日元"} {
		if n, ok := matchLit(src, q, u); ok {
			return q + n
		}
	}
	return p
}

// foundingAt reports whether a Chinese verb of founding stands at p, past
// an amount of money (1亿元建立X).
func foundingAt(src []byte, p int) bool {
	return startsWithAny(src[skipMoney(src, p):], zhFoundingVerbs)
}

// amountLeads are the words that put an amount of money before the verb
// it pays for: 以 (by), 斥资, 出资, 耗资, 花费 (spending).
var amountLeads = []string{"以", "斥资", "出资", "耗资", "花费", "花了", "豪掷", "砸下"}

// clauseVerbs are the words after a name that make it a clause's subject.
var clauseVerbs = []string{"became", "becomes", "was", "is", "were", "are", "has", "had", "have", "said", "says", "announced",
	"joined", "went", "moved", "grew", "remained", "then", "later", "also", "soon", "would", "will"}

// opensClause reports whether the name at p is followed by one of
// clauseVerbs.
func opensClause(m *sentMatcher, p int) bool {
	k := m.mentionAt(p)
	if k < 0 {
		return false
	}
	src := m.d.Src[:m.sent.End]
	q := doc.SkipSpace(src, m.ms[k].End)
	if q == m.ms[k].End {
		return false
	}
	for _, v := range clauseVerbs {
		if n, ok := matchLit(src, q, v+" "); ok && n > len(v) {
			return true
		}
	}
	return false
}

// dashes open and close an English apposition: an em dash, an en dash,
// two hyphens.
var dashes = []string{"—", "–", "--"}

// skipDashed passes an apposition between dashes at p, within 80 bytes of
// one sentence, and returns where the text goes on after it; p if there
// is none.
func skipDashed(src []byte, p int) int {
	for _, d := range dashes {
		if !bytes.HasPrefix(src[p:], []byte(d)) {
			continue
		}
		q := p + len(d)
		end := min(len(src), q+80)
		for _, d2 := range dashes {
			if k := bytes.Index(src[q:end], []byte(d2)); k > 0 {
				return doc.SkipSpace(src, q+k+len(d2))
			}
		}
	}
	return p
}

// headTitles end the title between an organisation and a person that
// makes them one phrase (甲公司前高管张三, 乙大学教授张三).
var headTitles = []string{"高管", "员工", "创始人", "创办人", "总裁", "董事长", "总经理", "合伙人", "教授", "研究员", "工程师",
	"总监", "科学家", "院长", "校长", "主任", "负责人", "首席执行官", "首席技术官", "首席科学家", "CEO", "CTO", "COO", "CFO", "掌门人", "掌舵人", "主管", "经理", "董事", "顾问", "校友", "毕业生", "学生", "博士生", "研究生"}

// personHead returns the person mention that heads the phrase the
// organisation mention at k opens (甲公司前高管张三), or -1: within eight
// Han or Latin characters after it, no punctuation, a title of
// headTitles right before a person's name.
func (m *sentMatcher) personHead(src []byte, k int) int {
	c := m.ms[k]
	if c.Entity.Type != dict.Organization {
		return -1
	}
	q := c.End
	if q < len(src) && src[q] == ' ' {
		return m.describedPerson(src, doc.SkipSpace(src, q), true)
	}
	if n, ok := matchLit(src, q, "的"); ok {
		q += n
	}
	for n := 0; q < len(src) && n <= 8; n++ {
		for _, t := range headTitles {
			if bytes.HasPrefix(src[q:], []byte(t)) {
				p := doc.SkipSpace(src, q+len(t))
				if h := m.mentionAt(p); h >= 0 && m.ms[h].Entity.Type == dict.Person {
					return h
				}
			}
		}
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) || r == '的' {
			return -1
		}
		q += w
	}
	return -1
}

// alumnusHead reports whether c, an organisation, and a noun of its
// students open a person's name (浙高校友蒋夢麟).
func (m *sentMatcher) alumnusHead(src []byte, c doc.Mention) bool {
	for _, w := range []string{"校友", "学生", "毕业生"} {
		if n, ok := matchLit(src, c.End, w); ok {
			if h := m.mentionAt(c.End + n); h >= 0 && m.ms[h].Entity.Type == dict.Person {
				return true
			}
		}
	}
	return false
}

// describedPerson returns the person named at q after one to four
// lower-case words that describe them, no verb or function word among
// them ("former Acme chief executive John Doe", "Acme veteran John
// Doe": the organisation names where the person works, and the phrase's
// head is the person), else -1. Where a clause may go on (no possessive
// before q), a word in -ed is a verb too ("Acme hired Roe").
func (m *sentMatcher) describedPerson(src []byte, q int, clause bool) int {
	for words := 0; words < 4; words++ {
		w := lowerWordAt(src, q)
		if w == "" || descriptorStop[w] || finiteVerbs[w] || strings.HasPrefix(w, "includ") || clause && strings.HasSuffix(w, "ed") {
			return -1
		}
		q = doc.SkipSpace(src, q+len(w))
		if h := m.mentionAt(q); h >= 0 {
			if m.ms[h].Entity.Type == dict.Person {
				return h
			}
			return -1
		}
	}
	return -1
}

// possessiveNext reports whether the pattern's element after ei opens
// with a possessive: the pattern reads the name as the possessor itself
// ("{o}'s doctoral students include {s}").
func (m *sentMatcher) possessiveNext(ei int) bool {
	if ei+1 >= len(m.ru.elems) || m.ru.elems[ei+1].Kind != dict.Lit {
		return false
	}
	for _, a := range m.ru.elems[ei+1].Alts {
		if strings.HasPrefix(a, "'") || strings.HasPrefix(a, "’") {
			return true
		}
	}
	return false
}

// possessedPerson returns the person named after mention k's possessive
// and a few lower-case words ("Roe's next door neighbor John Doe",
// "Acme's former chief engineer John Doe"), else -1.
func (m *sentMatcher) possessedPerson(src []byte, k int) int {
	q := m.ms[k].End
	n := possessiveAt(src, q)
	if n == 0 {
		return -1
	}
	return m.describedPerson(src, q+n, false)
}

// zhOtherParties name, after an organisation, another party it deals
// with.
var zhOtherParties = []string{"的竞争对手", "竞争对手", "的对手", "的竞品", "的竞争者", "的母公司", "母公司", "的供应商", "的合作伙伴", "的合作方", "的关联公司", "的代理商", "的经销商"}

// otherPartyAfter reports whether one of zhOtherParties follows o, or the
// last member of the list that o is in.
func (m *sentMatcher) otherPartyAfter(src []byte, o doc.Mention) bool {
	last := o
	if k := m.mentionAt(o.Start); k >= 0 {
		if g := m.coordinated(k); len(g) > 0 {
			last = g[len(g)-1]
		}
	}
	return startsWithAny(src[doc.SkipSpace(src, last.End):], zhOtherParties)
}

// subsidiaries are the nouns that name an organisation's subsidiary
// between it and the subsidiary's name, longest first.
var subsidiaries = []string{"的全资附属公司", "的全资子公司", "的控股子公司", "的附属公司", "的子公司", "全资附属公司", "全资子公司", "控股子公司", "附属公司", "子公司", "的分公司", "分公司"}

// subsidiaryAfter returns the organisation named right after a noun of
// subsidiary at q (入股甲公司子公司戊科技, 甲公司的全资子公司戊科技: 戊科技;
// 敏华全资附属公司——「敏华荣」, past a dash and an opening mark); else -1.
func (m *sentMatcher) subsidiaryAfter(src []byte, q int) int {
	for _, w := range subsidiaries {
		if n, ok := matchLit(src, q, w); ok {
			// 敏华全资附属公司——敏华荣家具有限公司: the name after a dash.
			if h := m.mentionPastMark(src, skipDashes(src, q+n)); h >= 0 && m.ms[h].Entity.Type == dict.Organization {
				return h
			}
			return -1
		}
	}
	return -1
}

// orgHead returns the organisation that mention k holds, named after
// 旗下 or 下属 and a short descriptor (华为旗下丙资本, 戊科技旗下的子公司丙资本):
// the phrase's head; else -1.
func (m *sentMatcher) orgHead(src []byte, k int) int {
	c := m.ms[k]
	if c.Entity.Type != dict.Organization {
		return -1
	}
	q := c.End
	if h := m.enOrgHead(src, q); h >= 0 {
		return h
	}
	if h := m.subsidiaryAfter(src, q); h >= 0 {
		return h
	}
	n, ok := matchLit(src, q, "旗下")
	if !ok {
		if n, ok = matchLit(src, q, "下属"); !ok {
			if n, ok = matchLit(src, q, "所属"); !ok {
				return -1
			}
		}
	}
	q += n
	if n, ok := matchLit(src, q, "的"); ok {
		q += n
	}
	from := q
	for i := 0; q < len(src) && i <= 8; i++ {
		if h := m.mentionAt(q); h >= 0 {
			// 华为旗下丙资本, 旗下的子公司丙资本: nothing or a noun of its
			// kind between; 旗下基金投资了戊科技 is a clause.
			if m.ms[h].Entity.Type == dict.Organization && (q == from || doc.EndsWithClassNoun(src[from:q])) {
				return h
			}
			return -1
		}
		r, w := utf8.DecodeRune(src[q:])
		if r == '—' && q > from && doc.EndsWithClassNoun(src[from:q]) {
			// 海航集团旗下全资子公司——香港汇海晟: the name after the dash.
			if h := m.mentionAt(skipDashes(src, q)); h >= 0 && m.ms[h].Entity.Type == dict.Organization {
				return h
			}
			return -1
		}
		if !unicode.Is(unicode.Han, r) || r == '的' {
			return -1
		}
		q += w
	}
	return -1
}

// skipDashes passes a run of dashes (—— or ──) at q.
func skipDashes(src []byte, q int) int {
	for {
		switch {
		case bytes.HasPrefix(src[q:], []byte("—")):
			q += len("—")
		case bytes.HasPrefix(src[q:], []byte("─")):
			q += len("─")
		default:
			return q
		}
	}
}

// enOrgHead returns the organisation named right after a part's noun
// that follows an organisation's name ending at p ("Heinz subsidiary,
// Ore-Ida", "Acme's unit Beta"), or -1: the part is the phrase's head.
func (m *sentMatcher) enOrgHead(src []byte, p int) int {
	if n := possessiveAt(src, p); n > 0 {
		p += n
	} else if p < len(src) && src[p] == ' ' {
		p++
	} else {
		return -1
	}
	w := lowerWordAt(src, p)
	if !partNouns[w] {
		return -1
	}
	q := p + len(w)
	if q < len(src) && src[q] == ',' {
		q++
	}
	if q >= len(src) || src[q] != ' ' {
		return -1
	}
	if h := m.mentionAt(q + 1); h >= 0 && m.ms[h].Entity.Type == dict.Organization {
		return h
	}
	return -1
}

var partNouns = wordSet(`subsidiary unit division affiliate arm`)

// zhParts are the nouns of what an organisation holds: a team, a business,
// a department, a branch (甲公司的搜索团队, 甲公司的分店).
var zhParts = []string{"团队", "业务", "部门", "事业部", "事业群", "实验室", "研究院", "分公司", "子公司", "项目", "产品线", "中国区", "分店", "分行", "分厂", "分部", "分社", "分校", "门店"}

// orgWorkAfter reports whether 的 and a part or a line of an
// organisation's work, or an event it holds, follow p: 甲公司的研发团队,
// 甲公司的财务, 甲公司的年会.
func orgWorkAfter(src []byte, p int) bool {
	if zhPartAfter(src, p) {
		return true
	}
	if _, ok := matchLit(src, p, "旗下"); ok {
		return true // 投资了丙资本旗下的基金: one of its funds
	}
	n, ok := matchLit(src, p, "的")
	if !ok {
		return false
	}
	// 主持了甲公司的年会: an event the organisation holds.
	for _, w := range []string{"研发", "财务", "运营", "销售", "市场", "技术", "年会", "会议", "仪式", "典礼", "活动", "发布会", "晚会", "论坛", "峰会", "节目"} {
		if _, ok := matchLit(src, p+n, w); ok {
			return true
		}
	}
	return false
}

// zhPartAfter reports whether 的 and, within eight characters, one of
// zhParts follow a name that ends at p: the name owns what the sentence is
// about (带领甲公司的搜索团队 leads a team, not 甲公司).
func zhPartAfter(src []byte, p int) bool {
	n, ok := matchLit(src, p, "的")
	if !ok {
		return false
	}
	q := p + n
	for k := 0; k <= 8 && q < len(src); k++ {
		for _, w := range zhParts {
			if bytes.HasPrefix(src[q:], []byte(w)) {
				return true
			}
		}
		r, w := utf8.DecodeRune(src[q:])
		if !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) {
			return false
		}
		q += w
	}
	return false
}

// oneOfMany reports whether an English indefinite article stands before a
// title at p, past a few modifiers ("a director of Acme", "an independent
// director"): the title is one of several its holders share, so it says
// nothing of who heads the organisation; relations of parts (worksFor)
// still hold.
func oneOfMany(src []byte, p int) bool {
	q, former := p, false
	for range 3 {
		t := bytes.TrimRight(src[:q], " ")
		// The word is looked for in the last bytes only: a longer one is
		// no article nor modifier, and Chinese prose may hold no space
		// for a whole document.
		lo := max(0, len(t)-maxWordBytes-1)
		k := bytes.LastIndexByte(t[lo:], ' ') + 1 + lo
		if k == lo && lo > 0 {
			return false
		}
		w := string(bytes.ToLower(t[k:]))
		if w == "a" || w == "an" {
			// "a former CEO of Acme": one of the past holders of a post
			// only one holds at a time, who headed it in turn.
			return !former || !startsWithAny(src[p:], soleHeads)
		}
		if w == "" || !isModifier(w) {
			return false
		}
		former = former || w == "former"
		q = k
	}
	return false
}

// soleHeads are titles of a post one person holds at a time.
var soleHeads = []string{"CEO ", "chief executive ", "president ", "President ", "chairman ", "Chairman ", "chairwoman ", "chairperson ", "managing director ", "director-general ", "director general "}

// singular names a plural title ("independent directors") by its
// singular, where the singular is one of the rule's titles too: a fact's
// role is what each holder is.
func (m *sentMatcher) singular(role string) string {
	one, ok := strings.CutSuffix(role, "s")
	if !ok {
		return role
	}
	for _, e := range m.ru.elems {
		if e.Kind == dict.Role && slices.ContainsFunc(e.Alts, func(a string) bool { return strings.HasSuffix(one, a) }) {
			return one
		}
	}
	return role
}

// ownerOfMany reports whether the organisation that stands before the
// title (the object just bound, a few words back) follows an indefinite
// article: "Roe, an Acme director": a title several hold, as oneOfMany.
func (m *sentMatcher) ownerOfMany(src []byte, ei int, b binding) bool {
	if len(b.obj) == 0 || m.prevSlot(ei) != dict.Object {
		return false
	}
	return oneOfMany(src, b.obj[0].Start)
}

// maxWordBytes bounds the bytes of a word that lowers to an article or
// one of isModifier's words: thrice the longest, as a rune of three bytes
// may lower to one (K, the Kelvin sign, to k).
const maxWordBytes = 3 * len("non-executive")

// isModifier reports whether w may stand between an article and a title:
// former, independent, non-executive, senior….
func isModifier(w string) bool {
	switch w {
	case "former", "independent", "non-executive", "senior", "new", "longtime", "long-time", "founding", "board", "outside", "lead":
		return true
	}
	return false
}

// bareApposition reports whether the text at q, after a name and a comma,
// is an apposition without an article ("Roe, president of Beta Labs,
// was elected"): it opens with a lower-case word or a title, and holds no
// verb of a clause before the next comma.
func bareApposition(src []byte, q int) bool {
	if q >= len(src) {
		return false
	}
	if src[q] < 'a' || src[q] > 'z' {
		w := src[q:]
		if k := bytes.IndexByte(w, ' '); k >= 0 {
			w = w[:k]
		}
		if !capitalTitles[string(w)] {
			return false
		}
	}
	end := bytes.IndexByte(src[q:min(len(src), q+80)], ',')
	if end < 0 {
		return false
	}
	words := bytes.Fields(bytes.ToLower(src[q : q+end]))
	// A participle's phrase may be longer: "founded in 1990 by two
	// engineers and backed by Gamma".
	if len(words) == 0 || len(words) > 8 && (len(words) > 12 || !appositionParticiple(string(words[0]))) {
		return false
	}
	for i, w := range words {
		switch string(w) {
		case "and":
			// "Acme, founded in 1990 and backed by Gamma, makes": two
			// participles joined, where "and" in any other apposition
			// may join names of a list.
			if i == 0 || i+1 == len(words) || !appositionParticiple(string(words[0])) || !appositionParticiple(string(words[i+1])) {
				return false
			}
		case "is", "was", "are", "were", "has", "had", "have", "said", "says", "will", "would", "but", "which", "that":
			return false
		}
	}
	return true
}

// appositionParticiple reports whether w is a past participle that may
// open an apposition: "founded", "backed", "based".
func appositionParticiple(w string) bool {
	return participles[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !descriptorStop[w]
}

// postHeldAt reports whether a post named with no organisation in its
// clause (金山任厂长, 唐国安为第一任校长) may be held at o, the organisation
// the context gave, by holder h: o must be the only organisation the
// sentence (or, where o comes from the sentence before, that sentence)
// names before the holder; named in the sentence, it must stand in an
// earlier clause, with no one who appoints the holder between
// (政府委任张三出任董事: the government appoints to a post elsewhere);
// and a head's post must name o's kind (行长 a bank's, 厂长 a works', 院长
// an institute's), where a unit's head (院长 of a college in a
// university) still works for it.
func (m *sentMatcher) postHeldAt(rel, role string, o, h doc.Mention) bool {
	d := m.d
	if o.End <= h.Start && o.Start >= m.sent.Start {
		between := d.Src[o.End:h.Start]
		if containsAnyOf(between, zhAppointers) || containsAnyOf(between, zhSenders) || !bytes.ContainsAny(between, "，,；;") {
			// 乙大学校友张三任校长: an organisation in the holder's own
			// phrase describes the holder.
			return false
		}
	}
	if n := distinctOrgs(m.ms, h.Start); n > 1 || n == 1 && o.Start < m.sent.Start {
		return false
	}
	if o.Start < m.sent.Start && m.si > 0 {
		prev := d.Sentences[m.si-1]
		if distinctOrgs(d.InSentence(prev), prev.End) > 1 {
			return false
		}
	}
	kinds, ok := postKinds[strings.TrimPrefix(role, "副")]
	if !ok || rel != "led" && (role == "院长" || role == "副院长" || role == "所长" || role == "副所长") {
		return true
	}
	return doc.NamedWith(o.Entity, kinds)
}

// distinctOrgs counts the organisations ms names before end.
func distinctOrgs(ms []doc.Mention, end int) int {
	var seen []*dict.Entity
	for _, c := range ms {
		if c.End <= end && c.Entity.Type == dict.Organization && !slices.Contains(seen, c.Entity) {
			seen = append(seen, c.Entity)
		}
	}
	return len(seen)
}

// zhSenders, besides zhAppointers, send or elect someone to a post
// (改派张三为校长, 推举李四为会长).
var zhSenders = []string{"派", "推举", "推选", "选举"}

// postKinds gives, for a head's post, the words one of which names the
// kind of organisation it heads.
var postKinds = map[string][]string{
	"校长":  {"校", "学", "學", "学堂", "學堂", "书院", "書院"},
	"院长":  {"院"},
	"所长":  {"所"},
	"局长":  {"局"},
	"厂长":  {"厂", "廠"},
	"行长":  {"行"},
	"馆长":  {"馆", "館"},
	"社长":  {"社"},
	"会长":  {"会", "會"},
	"理事长": {"会", "會"},
	"堂长":  {"堂"},
	"山长":  {"书院", "書院"},
}

// joinedBefore returns, for a post with no organisation in its sentence
// taken by h, the organisation h joined in the sentence before, in the
// same paragraph (张三于1990年加入甲公司。1995年，张三升任总裁。; "Doe joined
// Acme in 1990. In 1995 he became CEO."): that sentence must be about h
// alone and name one organisation, right after a verb of joining.
func (m *sentMatcher) joinedBefore(h doc.Mention) []doc.Mention {
	d := m.d
	if m.si == 0 || d.NewParagraph(m.si) {
		return nil
	}
	for _, c := range m.ms {
		if c.End <= h.Start && c.Entity.Type == dict.Organization {
			return nil
		}
	}
	prev := d.Sentences[m.si-1]
	var org *doc.Mention
	subject := false
	ms := d.InSentence(prev)
	for i, c := range ms {
		switch c.Entity.Type {
		case dict.Person:
			if c.Entity != h.Entity {
				return nil
			}
			subject = subject || d.ClauseInitial(prev, c) || d.ClauseSubject(prev, c)
		case dict.Organization:
			if org != nil && org.Entity != c.Entity {
				return nil
			}
			if org == nil {
				org = &ms[i]
			}
		}
	}
	if !subject || org == nil {
		return nil
	}
	before := bytes.ToLower(bytes.TrimRight(d.Src[max(prev.Start, org.Start-24):org.Start], " "))
	before = bytes.TrimSuffix(before, []byte(" the"))
	if !endsWithAny(before, joinVerbs) {
		return nil
	}
	return []doc.Mention{{Entity: org.Entity, How: doc.Coref}}
}

// joinVerbs, right before an organisation, say one joined it.
var joinVerbs = []string{"加入", "加入了", "加盟", "加盟了", "进入", "入职", "回到", "回归", "joined", "rejoined", "returned to", "moved to"}

// placeOfPerson returns the end of " of" and a place (and ", " and a
// second place, its region) right after a person's name ending at end,
// or end: "Doe of Springfield, Illinois".
func (m *sentMatcher) placeOfPerson(src []byte, end int) int {
	sp := doc.SkipSpace(src, end)
	l, ok := matchLit(src, sp, "of")
	if !ok || sp == end {
		return end
	}
	k := m.mentionAt(doc.SkipSpace(src, sp+l))
	if k < 0 || m.ms[k].Entity.Type != dict.Place {
		return end
	}
	pe := m.ms[k].End
	if c := doc.SkipSpace(src, pe); c < len(src) && src[c] == ',' {
		if j := m.mentionAt(doc.SkipSpace(src, c+1)); j >= 0 && m.ms[j].Entity.Type == dict.Place {
			pe = m.ms[j].End
		}
	}
	return pe
}

// setAsideOpeners open a phrase that names something only to set it beside
// or apart from the clause after the comma: "Unlike Acme, Beta was founded
// by Roe", "Besides Acme, Gamma invested in Beta", 除了甲公司，丙资本还投资了戊科技.
// Who is so named is compared with the clause's arguments, not one of them.
var setAsideOpeners = []string{"unlike", "like", "besides", "apart from", "aside from", "in addition to", "except for", "as with", "compared with", "compared to", "除了", "除", "不同于", "有别于"}

// setAsideFrames open such a phrase only with a word of comparison after
// the name: 与甲公司不同，和甲公司一样，.
var setAsideFrames = []string{"与", "和", "同", "跟", "像", "就像"}

// setAsideClosers may end such a phrase before its comma.
var setAsideClosers = []string{"之外", "以外", "外", "不同", "一样", "相比", "类似", "相似", "相同"}

// setAside reports the offset just past the comma that closes a phrase
// opening a clause and setting the name at k aside (see setAsideOpeners),
// or -1 when the name is in none. A list of names may stand there ("Besides
// Acme and Beta,", 除了甲公司、戊科技以外，).
func (m *sentMatcher) setAside(k int) int {
	src := m.d.Src[:m.sent.End]
	first, last := k, k
	for first > 0 && m.ms[first-1].Start >= m.sent.Start && m.ms[first-1].End <= m.ms[first].Start && listSeparator(src[m.ms[first-1].End:m.ms[first].Start]) {
		first--
	}
	for last+1 < len(m.ms) && m.ms[last].End <= m.ms[last+1].Start && listSeparator(src[m.ms[last].End:m.ms[last+1].Start]) {
		last++
	}
	lead := bytes.ToLower(bytes.TrimSpace(src[doc.ClauseStart(src, m.sent.Start, m.ms[first].Start):m.ms[first].Start]))
	framed := false
	switch {
	case slices.Contains(setAsideOpeners, string(lead)):
	case slices.Contains(setAsideFrames, string(lead)):
		framed = true
	default:
		return -1
	}
	p := doc.SkipSpace(src, m.ms[last].End)
	closed := false
	for _, w := range setAsideClosers {
		if bytes.HasPrefix(src[p:], []byte(w)) {
			p += len(w)
			closed = true
			break
		}
	}
	if framed && !closed {
		return -1
	}
	for _, c := range []string{",", "，"} {
		if bytes.HasPrefix(src[p:], []byte(c)) {
			return p + len(c)
		}
	}
	return -1
}

// listSeparator reports whether between, the text between two names, only
// joins them in a list.
func listSeparator(between []byte) bool {
	switch string(bytes.ToLower(bytes.TrimSpace(between))) {
	case "、", "和", "与", "及", "以及", "and", "or":
		return true
	}
	return false
}

// dropSetAside leaves out of args the names set aside before a comma (see
// setAside) when the other argument stands past it.
func (m *sentMatcher) dropSetAside(args, other []doc.Mention) []doc.Mention {
	if len(other) == 0 {
		return args
	}
	var kept []doc.Mention
	for i, a := range args {
		k := m.mentionAt(a.Start)
		if k < 0 || m.ms[k].End != a.End {
			if kept != nil {
				kept = append(kept, a)
			}
			continue
		}
		if end := m.setAside(k); end >= 0 && other[0].Start >= end {
			if kept == nil {
				kept = append(make([]doc.Mention, 0, len(args)), args[:i]...)
			}
			continue
		}
		if kept != nil {
			kept = append(kept, a)
		}
	}
	if kept == nil {
		return args
	}
	return kept
}

// firstRune returns the rune b starts with, or utf8.RuneError.
func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

package match

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pattern is one alias to look for.
type Pattern struct {
	Text string // the alias, as written in the dictionary
	// CaseSensitive restricts the pattern to the same letters in the same
	// case, after NFKC: "Le" then matches "Le" and "Ｌｅ" but not "le".
	CaseSensitive bool
	// NoFuzzy keeps the pattern out of typo-tolerant matching.
	NoFuzzy bool
}

// MatcherOptions configures a Matcher. The zero value matches exactly.
type MatcherOptions struct {
	// Fuzzy turns on typo tolerance for long Latin-script patterns; see
	// Matcher.
	Fuzzy bool
	// Fold turns on foldings of written forms; see Fold.
	Fold Fold
}

// Match is one occurrence of a pattern.
type Match struct {
	Start, End int // original byte offsets, half-open
	Pattern    int // index into the patterns given to NewMatcher
	Fuzzy      bool
	// Folded says the match needed folding (see Fold): the text, only
	// normalised, differs from the pattern, only normalised.
	Folded bool
}

// Matcher finds occurrences of many patterns in a text at once.
//
// Patterns and text are compared after Normalize (NFKC, then lower-case),
// so "ＯｐｅｎＡＩ" and "openai" both match the pattern "OpenAI". Spans are
// reported in bytes of the original text and always cover whole
// normalisation segments, so two matches never overlap there either. An
// empty pattern never matches; duplicates are allowed. An invalid UTF-8
// byte reads as U+FFFD, like a U+FFFD in a pattern.
//
// # Candidates
//
// A candidate is an occurrence of a normalised pattern in the normalised
// text that passes these checks:
//
//   - Word boundaries, for scripts written with spaces. A word rune is a
//     letter, digit or mark that is not Han, Hiragana, Katakana or Hangul.
//     If a candidate starts with a word rune, the rune before it must not
//     be one; if it ends with a word rune, the rune after it must not be
//     one, nor a '-' followed by one, unless the word after the hyphen
//     is a compound head (backed, based, owned, led, born…: see
//     compoundHeads). Edges in CJK need no boundary.
//
//     pattern "Le"     text "Level"          no match
//     pattern "Alex"   text "我和AlexNet"      no match
//     pattern "Alex"   text "和Alex聊天"       match "Alex"
//     pattern "GPT"    text "GPT-4"          no match
//     pattern "GPT"    text "GPT, GPT-4"     match the first "GPT"
//     pattern "Sequoia" text "Sequoia-backed" match "Sequoia"
//     pattern "谷歌"    text "谷歌研究员"        match "谷歌"
//
//   - Case, for a CaseSensitive pattern: the NFKC form of the original span,
//     not lower-cased, must equal the NFKC form of the pattern.
//
//   - Capitals, for a pattern written in capitals only (an acronym: it has
//     an upper-case letter and no lower-case one): the original span must
//     have an upper-case letter, so "LED" matches "LED" and "Led" but not
//     the verb "led", and "US" not "us".
//
// Checks come before selection: a longer candidate that fails them never
// hides a shorter one that passes.
//
// # Selection
//
// FindAll reports leftmost-longest, non-overlapping matches: of all
// candidates, it takes the one that starts first, and of those the longest;
// for the same span an exact candidate beats a fuzzy one and then the lowest
// pattern index (dictionary order) wins. It then continues after the end
// of that match.
//
//	patterns "GPT", "GPT-3"              text "GPT-3"        match "GPT-3" (1)
//	patterns "Google", "Google Brain"    text "Google Brain" match "Google Brain" (1)
//	patterns "Brain Team", "Google Brain" text "Google Brain Team" match "Google Brain" (1)
//	patterns "openai", "OpenAI"          text "OpenAI"       match pattern 0
//
// # Fuzzy matching
//
// With MatcherOptions.Fuzzy, a pattern that is not CaseSensitive, NoFuzzy
// or written in capitals only (an acronym needs a capital in the text,
// which a typo's candidate, found in the normalised text, is not checked
// for) and whose normalised form consists only of Latin letters, digits 0-9,
// spaces, '-' and '.', starts with a letter or digit, does not end with a
// space and has at least 7 letters and digits, also yields fuzzy candidates.
// A fuzzy candidate is a span of the normalised text that
//
//   - consists of the same characters, starts with a Latin letter or digit,
//     and ends with one, or with the pattern's own last rune ("Engine." is
//     not a typo of "Engine"),
//   - passes the word-boundary check above,
//   - has as many space-separated words as the pattern,
//   - starts with the same rune as the pattern, and
//   - differs from the pattern by exactly one edit (a substitution,
//     insertion, deletion, or transposition of two adjacent runes) that
//     involves no digit, and
//   - has that edit in no function word of the pattern (the, of, and, de,
//     von…): "then Gamma Capital" is no typo of "The Gamma Capital".
//
// So "Greg Brookman" matches "Greg Brockman" and "AIphaGo" matches
// "AlphaGo", but "Model-124" does not match "Model-123", "Googles" does not
// match "Google" (too short) and "DeepMinds" does not match "DeepMind" at the
// start of "DeepMinds-X" (no boundary). Fuzzy candidates compete with exact
// ones under the selection rule.
//
// # Cost
//
// The patterns are compiled once into an Aho–Corasick automaton over the
// bytes of their normalised forms: a dense transition table for the root
// and sorted sparse transitions in flat arrays for the other states, about
// 25 bytes per state. The selection is made during the scan: only the
// matches still pending are held, never every overlapping candidate, and
// once a match is committed the automaton forgets the text before its end.
// So nested patterns (a, aa, aaa, …) over a run of a's, or many patterns
// sharing a long prefix, cost about one step a byte; in general a scan is
// linear in the text plus the candidates that end where one could still
// be chosen. Fuzzy matching adds work proportional to the Latin-script
// text times the length of the longest fuzzy pattern, and holds the best
// fuzzy candidate for each start. A scan holds 4 bytes per byte of
// normalised text while it runs.
//
// A Matcher is safe for concurrent use by multiple goroutines. The zero
// Matcher is not usable; call NewMatcher.
type Matcher struct {
	root     [256]int32
	states   []state // one more than there are states, for the end of the edges
	edgeByte []byte
	edgeNext []int32

	// A group is a distinct normalised pattern.
	grpLen   []int32
	grpFirst []int32 // patterns of group g are grpIDs[grpFirst[g]:grpFirst[g+1]]
	grpIDs   []int32
	grpCased []bool           // whether some pattern of the group is case-sensitive
	cased    map[int32][]byte // NFKC form of each case-sensitive pattern

	fuzzy *fuzzyIndex

	// depth[s] is the length of the text that leads from the root to
	// state s.
	depth []int32

	fold   Fold
	folded *foldedPatterns // nil without folding

	// wide[s-1] is the edge bitmap of state s, for the first len(wide)
	// states after the root: those with many edges.
	wide []wideRow
	// han[r-0x4E00] is the state after reading Han rune r (U+4E00 to
	// U+9FFF) from the root.
	han []int32
}

// state is a state of the automaton; the root is state 0. Its fields are
// together because a scan needs them together.
type state struct {
	first int32 // edges are edgeByte/edgeNext[first:next state's first]
	fail  int32 // longest proper suffix that is a state
	out   int32 // group that ends here, or -1
	dict  int32 // longest proper suffix that ends a group, or 0
}

// NewMatcher compiles patterns into a Matcher. Match.Pattern refers to the
// index of a pattern in patterns.
func NewMatcher(patterns []Pattern, opt MatcherOptions) *Matcher {
	m := &Matcher{cased: map[int32][]byte{}, fold: opt.Fold}
	if opt.Fold != 0 {
		m.folded = &foldedPatterns{}
	}
	texts := m.group(m.normalizePatterns(patterns))
	m.build(texts)
	if m.folded != nil {
		m.folded.index(m)
	}
	if opt.Fuzzy {
		m.fuzzy = newFuzzyIndex(m, patterns, texts)
	}
	return m
}

// patternText is a pattern's normalised text with its index.
type patternText struct {
	text string
	id   int32
}

// normalizePatterns returns the normalised texts of the non-empty
// patterns, sorted by text and then by index, and records in m.cased the
// NFKC form of each case-sensitive one, and an empty form for each
// acronym.
//
// A gazetteer has millions of patterns: one normalisation's buffers serve
// the next, and the texts share one allocation.
func (m *Matcher) normalizePatterns(patterns []Pattern) []patternText {
	es := make([]patternText, 0, len(patterns))
	var n Normalized
	var src, all []byte
	var ends []int32 // where the text of es[k] ends in all, without folding
	if m.fold == 0 {
		size := 0
		for _, p := range patterns {
			size += len(p.Text) // as long as its normal form, most often
		}
		all = make([]byte, 0, size)
		ends = make([]int32, 0, len(patterns))
	}
	for i, p := range patterns {
		src = append(src[:0], p.Text...)
		t := normalizeInto(&n, src, true).Text
		if len(t) == 0 {
			continue
		}
		if m.fold != 0 {
			for _, v := range m.folded.add(m.fold, int32(i), t) {
				es = append(es, patternText{v, int32(i)})
			}
		} else {
			all = append(all, t...)
			ends = append(ends, int32(len(all)))
			es = append(es, patternText{id: int32(i)})
		}
		if p.CaseSensitive {
			m.cased[int32(i)] = appendNFKC(nil, src)
		} else if acronym(p.Text) {
			m.cased[int32(i)] = []byte{}
		}
	}
	if m.fold == 0 {
		texts, start := string(all), int32(0)
		for k, end := range ends {
			es[k].text = texts[start:end]
			start = end
		}
	}
	slices.SortFunc(es, func(a, b patternText) int {
		if c := strings.Compare(a.text, b.text); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	return es
}

// group makes m's groups of the sorted pattern texts es, one for each
// distinct text, and returns their texts.
func (m *Matcher) group(es []patternText) (texts []string) {
	texts = make([]string, 0, len(es))
	m.grpLen = make([]int32, 0, len(es))
	m.grpFirst = make([]int32, 0, len(es)+1)
	m.grpCased = make([]bool, 0, len(es))
	m.grpIDs = make([]int32, 0, len(es))
	for k := 0; k < len(es); {
		t := es[k].text
		texts = append(texts, t)
		m.grpLen = append(m.grpLen, int32(len(t)))
		m.grpFirst = append(m.grpFirst, int32(len(m.grpIDs)))
		cs := false
		for ; k < len(es) && es[k].text == t; k++ {
			m.grpIDs = append(m.grpIDs, es[k].id)
			if _, ok := m.cased[es[k].id]; ok {
				cs = true
			}
		}
		m.grpCased = append(m.grpCased, cs)
	}
	m.grpFirst = append(m.grpFirst, int32(len(m.grpIDs)))
	return texts
}

// step returns the state after reading c in state s.
func (m *Matcher) step(s int32, c byte) int32 {
	if s = m.follow(s, c); s < 0 {
		return m.root[c]
	}
	return s
}

// follow is step, but returns -1 where step would read c from the root.
func (m *Matcher) follow(s int32, c byte) int32 {
	states, edgeByte, edgeNext := m.states, m.edgeByte, m.edgeNext
	for s != 0 {
		lo, hi := states[s].first, states[s+1].first
		switch {
		case int(s) <= len(m.wide):
			// A bitmap of the bytes with an edge; the edge's place among
			// them is the number of bits set below c's.
			w := &m.wide[s-1]
			if bit := uint64(1) << (c & 63); w.bits[c>>6]&bit != 0 {
				return edgeNext[lo+int32(w.base[c>>6])+int32(bits.OnesCount64(w.bits[c>>6]&(bit-1)))]
			}
		case hi-lo <= maxNarrow:
			// The edge bytes as one word (index pads edgeByte's capacity
			// so that eight bytes can always be read), compared with c
			// all at once: a byte of x is zero where it matches, and the
			// lowest set bit of z marks the first such byte.
			x := binary.LittleEndian.Uint64(edgeByte[lo:lo+8]) ^ uint64(c)*0x0101010101010101
			z := (x - 0x0101010101010101) &^ x & 0x8080808080808080
			if k := int32(bits.TrailingZeros64(z) >> 3); k < hi-lo {
				return edgeNext[lo+k]
			}
		default:
			// Only in a compiled file from an older kg, which did not put
			// the wide states first.
			for lo < hi {
				mid := int32(uint32(lo+hi) >> 1)
				switch b := edgeByte[mid]; {
				case b == c:
					return edgeNext[mid]
				case b < c:
					lo = mid + 1
				default:
					hi = mid
				}
			}
		}
		s = states[s].fail
	}
	return -1
}

// hotDepth is how deep the states are that NewMatcher keeps together near
// the root, breadth first: a scan visits them for almost every byte of
// text (one Han rune is three bytes deep), so they should share the
// processor's cache rather than be spread over the whole automaton.
const hotDepth = 3

// maxNarrow is the most edges a state may have and still be searched
// byte by byte. A wider state gets a bitmap: a search through many edges
// mispredicts a branch at almost every step.
const maxNarrow = 8

// wideRow is the bitmap of a wide state's edges: bit c of bits is set when
// the state has an edge on byte c, and base[k] counts the bits set in
// bits[:k].
type wideRow struct {
	bits [4]uint64
	base [4]uint8
}

// index pads m.edgeByte's capacity for step's word reads and builds
// m.wide for the wide states at the front of m.states (all
// of them, when m was built by NewMatcher). The edges of each state must be
// in byte order without repeats; NewMatcher makes them so and a compiled
// file is checked for it.
func (m *Matcher) index() {
	if cap(m.edgeByte)-len(m.edgeByte) < 8 {
		m.edgeByte = slices.Grow(m.edgeByte, 8)
	}
	m.wide = m.wide[:0]
	for s := 1; s+1 < len(m.states); s++ {
		lo, hi := m.states[s].first, m.states[s+1].first
		if hi-lo <= maxNarrow {
			break
		}
		var w wideRow
		for _, c := range m.edgeByte[lo:hi] {
			w.bits[c>>6] |= 1 << (c & 63)
		}
		for k := 1; k < 4; k++ {
			w.base[k] = w.base[k-1] + uint8(bits.OnesCount64(w.bits[k-1]))
		}
		m.wide = append(m.wide, w)
	}
}

// indexHan builds m.han; the automaton must be complete, failure links
// included.
func (m *Matcher) indexHan() {
	m.han = make([]int32, 0x9FFF-0x4E00+1)
	var b [3]byte
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		utf8.EncodeRune(b[:], r)
		m.han[r-0x4E00] = m.step(m.step(m.root[b[0]], b[1]), b[2])
	}
}

// WithoutFuzzy returns m with typo tolerance off; m is unchanged.
func (m *Matcher) WithoutFuzzy() *Matcher {
	c := *m
	c.fuzzy = nil
	return &c
}

// FindAllBytes is FindAll(Normalize(src)).
func (m *Matcher) FindAllBytes(src []byte) []Match {
	return m.FindAll(Normalize(src))
}

// FindAll returns the leftmost-longest non-overlapping matches in n, in
// order, with spans in bytes of the text n was made from.
func (m *Matcher) FindAll(n *Normalized) []Match {
	// With folding, the scan runs on the folded text, whose offset map
	// leads back to the input of n.
	fn := n
	if m.fold != 0 {
		fn = m.fold.fold(n)
	}
	var sc scan
	if m.fuzzy != nil {
		sc.sel.setFuzzy(m.fuzzy.find(fn, m.folded == nil))
	}
	sc.run(m, fn)
	sc.sel.commit(fn, math.MaxInt32)
	if m.fold != 0 {
		m.markFolded(n, sc.sel.out)
	}
	return sc.sel.out
}

// scan is the state of one FindAll.
type scan struct {
	sel   selector
	cased []byte // NFKC of the current candidate's original span
}

// run scans n.Text from the root and offers every candidate to sc.sel as
// it ends, after committing the pending matches no later candidate can
// displace.
//
// Where the automaton falls back to the root before a Han rune of the
// main block, it takes the state after the whole rune from m.han, one
// lookup instead of three steps through the states of its bytes: most
// Chinese text is read this way. No match ends inside a rune (patterns
// are valid UTF-8, and validEnd refuses such offsets anyway), so the two
// offsets skipped have nothing to offer.
//
// Once a match is committed, nothing that starts before its end can be
// chosen, so the state is cut back to the longest suffix that starts
// there, as if the scan had begun at that offset. The chain of groups a
// state ends then holds no candidate that overlaps a committed match:
// nested patterns (a, aa, aaa, ...) cost one step a byte, not one a
// pattern.
func (sc *scan) run(m *Matcher, n *Normalized) {
	t := n.Text
	sel := &sc.sel
	s := int32(0)
	for i := 0; i < len(t); i++ {
		c := t[i]
		// From the root, which most of a text is read from, follow
		// has nothing to do: no call.
		if s != 0 {
			s = m.follow(s, c)
		} else {
			s = -1
		}
		if s < 0 {
			if i+2 < len(t) && isHan3(t[i:i+3]) {
				s = m.han[hanIndex(t[i:i+3])]
				i += 2
			} else if i > 0 && isWordByte(c) && isWordByte(t[i-1]) {
				s = 0 // no candidate starts inside a word
			} else {
				s = m.root[c]
			}
		}
		end := int32(i + 1)
		if len(sel.queue) > 0 {
			if lo := min(end-m.depth[s], sel.fuzzyFrom()); sel.queue[0].start < lo {
				sel.commit(n, lo)
				for m.depth[s] > end-sel.pos {
					s = m.states[s].fail
				}
			}
		}
		if sel.fz < len(sel.fuzzy) && sel.fuzzy[sel.fz].end <= end {
			sel.offerFuzzy(end)
		}
		if st := &m.states[s]; s != 0 && (st.out >= 0 || st.dict != 0) {
			sc.emit(m, n, s, int(end))
		}
	}
}

// hanIndex is the place in Matcher.han of the Han rune whose three bytes,
// as isHan3 accepts them, are b.
func hanIndex(b []byte) int {
	return (int(b[0]&0x0F)<<12 | int(b[1]&0x3F)<<6 | int(b[2]&0x3F)) - 0x4E00
}

// emit offers the exact candidates that end at end in state s: the group
// of s and those of its dictionary suffixes, longest first. The selector
// is asked first whether a candidate could be kept, so that the checks,
// which cost more, run only for one that could; the first that passes
// them is kept, and the shorter ones after it could never be chosen.
func (sc *scan) emit(m *Matcher, n *Normalized, s int32, end int) {
	o := s
	if m.states[o].out < 0 {
		o = m.states[o].dict
	}
	for ; o != 0; o = m.states[o].dict {
		g := m.states[o].out
		start := end - int(m.grpLen[g])
		k, ok := sc.sel.place(int32(start), int32(end))
		if !ok || !validStart(n, start) || !validEnd(n, end) {
			continue
		}
		ids := m.grpIDs[m.grpFirst[g]:m.grpFirst[g+1]]
		id := ids[0]
		if m.grpCased[g] {
			if id = sc.casedPattern(m, n, ids, start, end); id < 0 {
				continue
			}
		}
		c := candidate{int32(start), int32(end), id, false}
		if m.folded != nil && !m.keepMarked(n, &c) {
			continue
		}
		sc.sel.keep(k, c)
		return
	}
}

// casedPattern returns the first of ids that matches the span [start,
// end) of n with its case, or -1. An empty form in m.cased is an
// acronym's: any span with a capital will do.
func (sc *scan) casedPattern(m *Matcher, n *Normalized, ids []int32, start, end int) int32 {
	sc.cased = sc.cased[:0]
	for _, id := range ids {
		want, ok := m.cased[id]
		if ok {
			if len(sc.cased) == 0 {
				a, b := n.Orig(start, end)
				sc.cased = appendNFKC(sc.cased, n.src[a:b])
			}
			if len(want) == 0 {
				if !hasUpper(sc.cased) {
					continue
				}
			} else if !bytes.Equal(sc.cased, want) {
				continue
			}
		}
		return id
	}
	return -1
}

// selector chooses leftmost-longest matches while the candidates arrive,
// in the order of their ends, without storing them all.
//
// queue holds the pending matches: the choice the selection rule makes
// among the candidates seen so far and not yet committed. They do not
// overlap and are in order. A new candidate, which ends no earlier than any
// of them, either follows them all, or displaces every one from the first
// it overlaps on, if it beats that one (starts earlier, or at the same
// place and is longer or wins the tie), or else can never be chosen: the
// one it overlaps either stays, or gives way to a candidate that covers
// both. The first pending match is committed once no later candidate can
// start at or before it.
//
// Fuzzy candidates are found before the scan, the best one for each
// start, and offered in the order of their ends as the scan reaches them.
type selector struct {
	queue []candidate
	pos   int32   // end of the last committed match
	out   []Match // committed

	fuzzy   []candidate // sorted by end
	fuzzyLo []int32     // fuzzyLo[i]: the smallest start in fuzzy[i:]
	fz      int         // fuzzy[:fz] have been offered
}

type candidate struct {
	start, end int32
	pattern    int32
	fuzzy      bool
}

// beats compares two candidates with the same start.
func (c candidate) beats(old candidate) bool {
	if c.end != old.end {
		return c.end > old.end
	}
	if c.fuzzy != old.fuzzy {
		return !c.fuzzy
	}
	return c.pattern < old.pattern
}

// setFuzzy gives s the fuzzy candidates of the text, at most one a start.
func (s *selector) setFuzzy(cands []candidate) {
	slices.SortFunc(cands, func(a, b candidate) int {
		if c := cmp.Compare(a.end, b.end); c != 0 {
			return c
		}
		return cmp.Compare(a.start, b.start)
	})
	s.fuzzy = cands
	s.fuzzyLo = make([]int32, len(cands)+1)
	s.fuzzyLo[len(cands)] = math.MaxInt32
	for i := len(cands) - 1; i >= 0; i-- {
		s.fuzzyLo[i] = min(cands[i].start, s.fuzzyLo[i+1])
	}
}

// fuzzyFrom is the smallest start of a fuzzy candidate not yet offered.
func (s *selector) fuzzyFrom() int32 {
	if s.fuzzyLo == nil {
		return math.MaxInt32
	}
	return s.fuzzyLo[s.fz]
}

// offerFuzzy offers the fuzzy candidates that end by end.
func (s *selector) offerFuzzy(end int32) {
	for ; s.fz < len(s.fuzzy) && s.fuzzy[s.fz].end <= end; s.fz++ {
		c := s.fuzzy[s.fz]
		if k, ok := s.place(c.start, c.end); ok && (k == len(s.queue) || c.start < s.queue[k].start || c.beats(s.queue[k])) {
			s.keep(k, c)
		}
	}
}

// place returns where a candidate [start, end) would go in the queue, and
// whether it could be kept there: it ends no earlier than the queue's
// matches, and either overlaps none of them or beats the first it
// overlaps, assuming it would win a tie over the same span, as an exact
// candidate does over a fuzzy one (offerFuzzy checks ties itself).
func (s *selector) place(start, end int32) (int, bool) {
	if start < s.pos {
		return 0, false
	}
	k := len(s.queue)
	for k > 0 && s.queue[k-1].end > start {
		k--
	}
	if k == len(s.queue) {
		return k, true
	}
	q := s.queue[k]
	return k, start < q.start || start == q.start && (end > q.end || q.fuzzy)
}

// keep puts c in the queue at k, in place of the matches from k on.
func (s *selector) keep(k int, c candidate) {
	s.queue = append(s.queue[:k], c)
}

// commit moves to s.out the pending matches that start before lo.
func (s *selector) commit(n *Normalized, lo int32) {
	k := 0
	for ; k < len(s.queue) && s.queue[k].start < lo; k++ {
		c := s.queue[k]
		a, b := n.Orig(int(c.start), int(c.end))
		s.out = append(s.out, Match{Start: a, End: b, Pattern: int(c.pattern), Fuzzy: c.fuzzy})
		s.pos = c.end
	}
	s.queue = append(s.queue[:0], s.queue[k:]...)
}

// validStart reports whether a candidate may start at offset i of n.Text.
func validStart(n *Normalized, i int) bool {
	if !n.boundary(i) {
		return false
	}
	if i == 0 || i == len(n.Text) {
		return true
	}
	r, _ := utf8.DecodeRune(n.Text[i:])
	if !isWord(r) {
		return true
	}
	p, _ := utf8.DecodeLastRune(n.Text[:i])
	return !isWord(p)
}

// validEnd reports whether a candidate may end at offset j of n.Text.
func validEnd(n *Normalized, j int) bool {
	t := n.Text
	if !n.boundary(j) {
		return false
	}
	if j == 0 || j == len(t) {
		return true
	}
	r, _ := utf8.DecodeLastRune(t[:j])
	if !isWord(r) {
		return true
	}
	next, size := utf8.DecodeRune(t[j:])
	if isWord(next) {
		return false
	}
	if next == '-' && j+size < len(t) {
		r, _ := utf8.DecodeRune(t[j+size:])
		return !isWord(r) || CompoundHead(t[j+size:]) > 0
	}
	return true
}

// compoundHeads are the words that, after a hyphen, make a name into a
// modifier without being part of it: "Sequoia-backed", "Seattle-based",
// "state-owned". A name goes on after any other ("GPT-4", "Rolls-Royce").
var compoundHeads = []string{"backed", "based", "owned", "funded", "financed", "sponsored", "controlled", "affiliated", "led", "run", "born", "founded", "headquartered", "listed", "made", "built", "designed", "developed", "educated", "trained"}

// CompoundHead returns the length of the word (a run of word runes) t
// opens with, where that word is one of compoundHeads, in any case, and no
// hyphen follows it; otherwise 0.
func CompoundHead(t []byte) int {
	q := 0
	for q < len(t) {
		r, w := utf8.DecodeRune(t[q:])
		if !isWord(r) {
			break
		}
		q += w
	}
	if q == 0 || q < len(t) && t[q] == '-' {
		return 0
	}
	for _, h := range compoundHeads {
		if bytes.EqualFold(t[:q], []byte(h)) {
			return q
		}
	}
	return 0
}

// inWord reports whether x and y, one after the other, are both ASCII
// letters or digits: no candidate starts or ends between them.
func inWord(x, y rune) bool {
	return x < utf8.RuneSelf && y < utf8.RuneSelf && isWordByte(byte(x)) && isWordByte(byte(y))
}

// isWordByte reports whether c is an ASCII letter or digit: a word rune
// of its own, whatever comes before or after it.
func isWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// isWord reports whether r is a letter, digit or mark of a script that
// separates words (anything but Han, Hiragana, Katakana and Hangul).
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 0x4E00 <= r && r <= 0x9FFF {
		return false // the main Han block, most of Chinese text: no table lookups
	}
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !isCJK(r)
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// fuzzyIndex finds fuzzy candidates. It is a deletion neighbourhood
// (SymSpell): every eligible normalised pattern is indexed under the hash of
// itself and of each string made by deleting one rune, and a span of text
// is looked up under the same variants of itself. Two strings one edit
// apart always share a variant; the hits are then checked for real.
//
// Deleting the first rune or a digit is left out on both sides: an edit
// there is not allowed anyway, and deleting either of two equal adjacent
// runes gives the same variant.
type fuzzyIndex struct {
	runes []rune  // entry e is runes[off[e]:off[e+1]]
	off   []int32 //
	words []int32 // space-separated words of each entry
	id    []int32 // lowest eligible pattern of each entry

	keys []uint64 // variant keys, bucket by bucket
	post []int32  // entry of each key
	// filter is a blocked Bloom filter of the keys, two bits a key in one
	// word, that turns most lookups away after one memory access.
	filter []uint64
	fshift uint
	// keys with the same top bits (key>>bshift) are keys[bucket[b]:bucket[b+1]].
	bucket []uint32
	bshift uint

	pow      []uint64 // hashBase**k
	lenOK    [][]bool // [words][runes]: text spans worth a look
	maxRunes int
	maxWords int
	// first runes of entries
	firstASCII [utf8.RuneSelf]bool
	first      map[rune]bool
}

type fuzzyScratch struct {
	prefix, keys []uint64
	cands        []candidate
}

const hashBase = 0x100000001b3

// newFuzzyIndex indexes the groups of m whose texts are eligible for fuzzy
// matching, or returns nil if none is.
func newFuzzyIndex(m *Matcher, patterns []Pattern, texts []string) *fuzzyIndex {
	fz := &fuzzyIndex{off: []int32{0}, first: map[rune]bool{}}
	pairs := fz.addEntries(m, patterns, texts)
	if len(fz.id) == 0 {
		return nil
	}
	fz.buildLookup(pairs)
	fz.indexLengths()
	return fz
}

// variantPair is a variant key of an entry, before the keys are sorted.
type variantPair struct {
	key   uint64
	entry int32
}

// addEntries makes an entry of each group whose text is eligible, and
// returns the variant keys of all entries.
func (fz *fuzzyIndex) addEntries(m *Matcher, patterns []Pattern, texts []string) []variantPair {
	type eligible struct {
		g     int
		id    int32
		words int
	}
	// A first pass finds the eligible texts, so that the arrays are made
	// once: an entry has at most one variant a rune, and its runes are
	// ASCII but for a few Latin letters, so its bytes bound both.
	var es []eligible
	size := 0
	for g, t := range texts {
		id := firstFuzzyPattern(m, patterns, g)
		if id < 0 || m.folded.isMarked(id) {
			continue
		}
		if words, ok := fuzzyShape(t); ok {
			es = append(es, eligible{g, id, words})
			size += len(t)
		}
	}
	pairs := make([]variantPair, 0, size)
	fz.runes = make([]rune, 0, size)
	var prefix, keys []uint64
	for _, x := range es {
		e := int32(len(fz.id))
		rs := fz.addEntry(texts[x.g], x.words, x.id)
		fz.growPow(len(rs) + 1)
		prefix = hashPrefix(prefix[:0], rs)
		keys = fz.appendVariants(keys[:0], rs, prefix)
		for _, k := range keys {
			pairs = append(pairs, variantPair{k, e})
		}
	}
	return pairs
}

// firstFuzzyPattern returns the lowest pattern of group g of m that is
// not NoFuzzy and has no form in m.cased (it is neither CaseSensitive
// nor an acronym), or -1. It is the one a fuzzy match
// of the group reports, as an exact match would report the lowest.
func firstFuzzyPattern(m *Matcher, patterns []Pattern, g int) int32 {
	for _, k := range m.grpIDs[m.grpFirst[g]:m.grpFirst[g+1]] {
		if _, cased := m.cased[k]; !cased && !patterns[k].NoFuzzy {
			return k
		}
	}
	return -1
}

// addEntry appends the entry for text t, of the given number of words, for
// pattern id, and returns its runes.
func (fz *fuzzyIndex) addEntry(t string, words int, id int32) []rune {
	start := len(fz.runes)
	for _, r := range t {
		fz.runes = append(fz.runes, r)
	}
	rs := fz.runes[start:]
	fz.off = append(fz.off, int32(len(fz.runes)))
	fz.words = append(fz.words, int32(words))
	fz.id = append(fz.id, id)
	fz.noteEntry(rs, words)
	return rs
}

// noteEntry records the first rune and the size of an entry with runes rs
// and the given number of words.
func (fz *fuzzyIndex) noteEntry(rs []rune, words int) {
	if rs[0] < utf8.RuneSelf && rs[0] >= 0 {
		fz.firstASCII[rs[0]] = true
	} else {
		fz.first[rs[0]] = true
	}
	fz.maxRunes = max(fz.maxRunes, len(rs))
	fz.maxWords = max(fz.maxWords, words)
}

// buildLookup places the variant keys into fz.keys and fz.post by bucket,
// and builds the filter and the buckets over them. A lookup reads its
// whole bucket, so the keys need no order within one: a counting pass and
// a placing pass do, where sorting them took most of the index's time.
// Within a bucket the keys keep the order of pairs.
func (fz *fuzzyIndex) buildLookup(pairs []variantPair) {
	fz.keys = make([]uint64, len(pairs))
	fz.post = make([]int32, len(pairs))
	words, buckets := 1, 1
	fz.fshift, fz.bshift = 64, 64
	for words*4 < len(pairs) { // 16 bits a key
		words <<= 1
		fz.fshift--
	}
	for buckets*4 < len(pairs) {
		buckets <<= 1
		fz.bshift--
	}
	fz.filter = make([]uint64, words)
	fz.bucket = make([]uint32, buckets+1)
	for _, p := range pairs {
		w, mask := fz.filterBits(p.key)
		fz.filter[w] |= mask
		fz.bucket[bucketOf(p.key, fz.bshift)+1]++
	}
	for b := range buckets {
		fz.bucket[b+1] += fz.bucket[b]
	}
	fill := slices.Clone(fz.bucket[:buckets])
	for _, p := range pairs {
		b := bucketOf(p.key, fz.bshift)
		fz.keys[fill[b]] = p.key
		fz.post[fill[b]] = p.entry
		fill[b]++
	}
}

// indexLengths fills fz.pow and fz.lenOK, which depend only on the
// entries: a span of text is worth a look when some entry with as many
// words is at most one rune longer or shorter.
func (fz *fuzzyIndex) indexLengths() {
	fz.growPow(fz.maxRunes + 2)
	fz.lenOK = make([][]bool, fz.maxWords+1)
	for k := range fz.lenOK {
		fz.lenOK[k] = make([]bool, fz.maxRunes+2)
	}
	for e := range fz.id {
		l := int(fz.off[e+1] - fz.off[e])
		ok := fz.lenOK[fz.words[e]]
		ok[l-1], ok[l], ok[l+1] = true, true, true
	}
}

func (fz *fuzzyIndex) growPow(n int) {
	if len(fz.pow) == 0 {
		fz.pow = append(fz.pow, 1)
	}
	for len(fz.pow) < n {
		fz.pow = append(fz.pow, fz.pow[len(fz.pow)-1]*hashBase)
	}
}

// fuzzyShape reports whether a normalised pattern is eligible for fuzzy
// matching, and its number of words.
func fuzzyShape(t string) (words int, ok bool) {
	alnum := 0
	words = 1
	var prev rune
	for i, r := range t {
		switch {
		case !inAlphabet(r):
			return 0, false
		case i == 0 && !isLatinAlnum(r):
			return 0, false
		case r == ' ':
			if prev != ' ' {
				words++
			}
		case r != '-' && r != '.':
			alnum++
		}
		prev = r
	}
	return words, alnum >= 7 && prev != ' '
}

// inAlphabet reports whether r may appear in a fuzzy pattern.
func inAlphabet(r rune) bool {
	return isLatinAlnum(r) || r == ' ' || r == '-' || r == '.'
}

func isLatinAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 0x2E80 <= r && r <= 0xA6FF {
		return false // CJK, kana, Yi...: no Latin there, and most of Chinese text
	}
	return unicode.Is(unicode.Latin, r) && unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// hashPrefix appends to dst the polynomial hashes of the prefixes of rs,
// from the empty one up to rs itself.
func hashPrefix(dst []uint64, rs []rune) []uint64 {
	h := uint64(0)
	dst = append(dst, h)
	for _, r := range rs {
		h = h*hashBase + runeHash(r)
		dst = append(dst, h)
	}
	return dst
}

func runeHash(r rune) uint64 {
	x := uint64(r) + 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// variantKey finishes the hash h of a string of n runes into a key.
func variantKey(h uint64, n int) uint64 {
	x := h ^ uint64(n)*0xff51afd7ed558ccd
	x = (x ^ x>>33) * 0xc4ceb9fe1a85ec53
	return x ^ x>>33
}

// appendVariants appends to dst the key of rs and of each one-rune
// deletion of rs worth indexing. prefix is hashPrefix(rs).
func (fz *fuzzyIndex) appendVariants(dst []uint64, rs []rune, prefix []uint64) []uint64 {
	n := len(rs)
	dst = append(dst, variantKey(prefix[n], n))
	for i := 1; i < n; i++ {
		if isDigit(rs[i]) || i >= 2 && rs[i] == rs[i-1] {
			continue
		}
		p := fz.pow[n-1-i]
		h := prefix[i]*p + prefix[n] - prefix[i+1]*p
		dst = append(dst, variantKey(h, n-1))
	}
	return dst
}

// find returns the fuzzy candidates in n, the best one for each start, in
// the order of their starts.
//
// With skipExact, a span that is itself the text of an entry yields no
// fuzzy candidate: the automaton finds the same span exactly, and an
// exact candidate beats a fuzzy one over the same span whatever else is
// found (it passes the same boundary checks, and the entry's group has a
// pattern that is not case-sensitive). Every one-rune deletion of such a
// span is a variant of the entry too, so looking them up found that
// entry again and again, for each exact mention of a long Latin name.
// The matcher asks for it unless it folds, where a candidate may still be
// turned away after the scan finds it (see Matcher.keepMarked).
func (fz *fuzzyIndex) find(n *Normalized, skipExact bool) []candidate {
	t := n.Text
	var rs []rune
	var pos []int
	var sc fuzzyScratch
	for i := 0; i <= len(t); {
		var r rune
		in, size := false, 1
		if i < len(t) {
			if c := t[i]; 0xE3 <= c && c <= 0xE9 && i+3 <= len(t) && t[i+1]&0xC0 == 0x80 && t[i+2]&0xC0 == 0x80 {
				size = 3 // U+3000 to U+9FFF, most of Chinese text: not in the alphabet
			} else {
				r, size = utf8.DecodeRune(t[i:])
				in = inAlphabet(r)
			}
		}
		if in {
			rs = append(rs, r)
			pos = append(pos, i)
		} else if len(rs) > 0 {
			pos = append(pos, i)
			fz.run(n, rs, pos, skipExact, &sc)
			rs, pos = rs[:0], pos[:0]
		}
		i += size
	}
	return sc.cands
}

// run finds the fuzzy candidates within a maximal run rs of alphabet
// runes; pos holds their offsets in n.Text and the end of the run.
func (fz *fuzzyIndex) run(n *Normalized, rs []rune, pos []int, skipExact bool, sc *fuzzyScratch) {
	for a, r := range rs {
		// Inside a word of ASCII letters and digits no candidate starts
		// (see validStart), which most of the text is.
		if a > 0 && inWord(rs[a-1], r) {
			continue
		}
		if !fz.isFirst(r) || !validStart(n, pos[a]) {
			continue
		}
		sc.prefix = append(sc.prefix[:0], 0)
		spaces := 0
		for b := a + 1; b <= len(rs) && b-a <= fz.maxRunes+1; b++ {
			r := rs[b-1]
			sc.prefix = append(sc.prefix, sc.prefix[b-1-a]*hashBase+runeHash(r))
			if r == ' ' {
				if rs[b-2] != ' ' {
					spaces++
					if spaces >= fz.maxWords {
						break
					}
				}
				continue
			}
			if !fz.lenOK[spaces+1][b-a] {
				continue
			}
			// Nor does one end inside such a word (see validEnd).
			if b < len(rs) && inWord(r, rs[b]) {
				continue
			}
			if !validEnd(n, pos[b]) {
				continue
			}
			span := rs[a:b]
			sc.keys = fz.appendVariants(sc.keys[:0], span, sc.prefix)
			// sc.keys[0] is the key of span itself.
			if fz.lookup(sc.keys[0], span, spaces+1, pos[a], pos[b], sc) && skipExact {
				continue
			}
			for _, key := range sc.keys[1:] {
				fz.lookup(key, span, spaces+1, pos[a], pos[b], sc)
			}
		}
	}
}

func (fz *fuzzyIndex) isFirst(r rune) bool {
	if r < utf8.RuneSelf {
		return fz.firstASCII[r]
	}
	return fz.first[r]
}

// bucketOf returns the top bits of key, or 0 if shift is 64.
func bucketOf(key uint64, shift uint) uint64 {
	if shift >= 64 {
		return 0
	}
	return key >> shift
}

// filterBits returns the word of the filter for key and the bits to test
// or set in it.
func (fz *fuzzyIndex) filterBits(key uint64) (word int, mask uint64) {
	h := key * 0x9e3779b97f4a7c15
	if fz.fshift < 64 {
		word = int(h >> fz.fshift)
	}
	return word, 1<<(h&63) | 1<<(h>>6&63)
}

// lookup keeps the candidates of the entries that have key among their
// variants and are one edit from span, and reports whether one of those
// entries is span itself.
func (fz *fuzzyIndex) lookup(key uint64, span []rune, words, start, end int, sc *fuzzyScratch) (exact bool) {
	if w, mask := fz.filterBits(key); fz.filter[w]&mask != mask {
		return false
	}
	b := bucketOf(key, fz.bshift)
	for i := fz.bucket[b]; i < fz.bucket[b+1]; i++ {
		if fz.keys[i] != key {
			continue
		}
		e := fz.post[i]
		pr := fz.runes[fz.off[e]:fz.off[e+1]]
		// A candidate that ends in punctuation ends as the pattern does:
		// "Engine." is not a typo of "Engine" but the word and a full stop.
		last := span[len(span)-1]
		if !isLatinAlnum(last) && last != pr[len(pr)-1] {
			continue
		}
		if int(fz.words[e]) != words || pr[0] != span[0] {
			continue
		}
		if oneEdit(span, pr) && !editsFunctionWord(span, pr) && !derivedWord(span, pr) {
			sc.keep(candidate{int32(start), int32(end), fz.id[e], true})
		} else if slices.Equal(span, pr) {
			exact = true
		}
	}
	return exact
}

// keep adds c to the candidates, unless the last one starts at the same
// place and beats it; it then takes that one's place.
func (sc *fuzzyScratch) keep(c candidate) {
	if k := len(sc.cands) - 1; k >= 0 && sc.cands[k].start == c.start {
		if c.beats(sc.cands[k]) {
			sc.cands[k] = c
		}
		return
	}
	sc.cands = append(sc.cands, c)
}

// derivedWord reports whether span is the pattern pr with a letter added
// at its end that makes a word derived from the name: "Austrian" is no
// typo of Austria, nor "Israeli" of Israel (a demonym, an adjective).
func derivedWord(span, pr []rune) bool {
	if len(span) != len(pr)+1 || !slices.Equal(span[:len(pr)], pr) {
		return false
	}
	added, end := span[len(pr)], pr[len(pr)-1]
	return added == 'n' && end == 'a' || added == 'i' && 'a' <= end && end <= 'z' && !strings.ContainsRune("aeiouy", end)
}

// editsFunctionWord reports whether the one edit between span and the
// pattern pr falls in a word of the pattern that is a function word: "then
// Gamma Capital" is no typo of "The Gamma Capital", but the word "then"
// before the name.
func editsFunctionWord(span, pr []rune) bool {
	// Word by word: spaces dropped or doubled between words change
	// neither word ("LE  MONDE" and "le Monde"; "le AMONDE" edits MONDE).
	// Only the pattern's words that differ are looked up.
	i, j := 0, 0
	for {
		ws, we := nextWord(span, i)
		ps, pe := nextWord(pr, j)
		if ps == pe || ws == we {
			return false
		}
		if !slices.Equal(span[ws:we], pr[ps:pe]) && functionWords[strings.ToLower(string(pr[ps:pe]))] {
			return true
		}
		i, j = we, pe
	}
}

// nextWord returns the bounds of the first word of rs at or after i, words
// being runs of runes other than a space; start == end where none is left.
func nextWord(rs []rune, i int) (start, end int) {
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	end = i
	for end < len(rs) && rs[end] != ' ' {
		end++
	}
	return i, end
}

// functionWords are the articles, prepositions and conjunctions a name
// may hold: a typo is never read into one of them.
var functionWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "for": true, "in": true,
	"at": true, "on": true, "to": true, "de": true, "la": true, "le": true, "el": true, "der": true, "die": true, "das": true,
	"von": true, "van": true, "du": true, "des": true, "di": true, "da": true, "del": true}

// oneEdit reports whether a and b differ by exactly one substitution,
// insertion, deletion or transposition of adjacent runes that involves no
// digit.
func oneEdit(a, b []rune) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	switch len(a) - len(b) {
	case 0:
		if i == len(a) || isDigit(a[i]) || isDigit(b[i]) {
			return false
		}
		if slices.Equal(a[i+1:], b[i+1:]) {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && slices.Equal(a[i+2:], b[i+2:])
	case 1:
		// Deleting any rune of the run of a[i]s ending at i gives the same
		// string, so a[i] is the deleted rune.
		return !isDigit(a[i]) && slices.Equal(a[i+1:], b[i:])
	}
	return false
}

// acronym reports whether an alias is written in capitals only: it has an
// upper-case letter and no lower-case one (LED, US, IBM, 3M).
func acronym(text string) bool {
	upper := false
	for _, r := range text {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper = true
		}
	}
	return upper
}

// hasUpper reports whether b, UTF-8, has an upper-case letter.
func hasUpper(b []byte) bool {
	for _, r := range string(b) {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

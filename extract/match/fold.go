package match

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold is a set of foldings of written forms: ways of writing one name
// that the matcher then treats as the same. The zero value folds nothing,
// and a Matcher without folding scans exactly as it always has.
//
// Each folding is applied after Normalize to the patterns and the text
// alike, so that a pattern written in one form matches the others, and
// spans still cover the original bytes (the folded text carries its own
// offset map back to the input):
//
//	FoldHan          Traditional Han characters become Simplified, one
//	                 character for one (OpenCC's table): 辛頓 ≡ 辛顿.
//	FoldDots         the name dots · • ・ ‧ between two letters are
//	                 dropped: 杰弗里·辛顿 ≡ 杰弗里•辛顿 ≡ 杰弗里辛顿.
//	FoldDashes       hyphen and dash variants (‐ ‑ ‒ – — − ﹣) read as
//	                 '-', and a '-' between two letters or digits is
//	                 dropped: co-founder ≡ co‑founder ≡ cofounder.
//	FoldApostrophes  ’ ‘ ʼ ′ ` read as ': O’Reilly ≡ O'Reilly.
//	FoldDiacritics   a Latin letter with marks matches the bare letter,
//	                 for patterns written without marks only: the pattern
//	                 "Jerome" matches "Jérôme", but "Jérôme" does not
//	                 match "Jerome" (whoever wrote the marks meant them).
//	FoldSuffixes     a pattern ending in a company suffix (Inc., Ltd,
//	                 Co., Ltd., Corp., LLC, GmbH, 有限公司, 股份有限公司...)
//	                 also matches without it: "Acme Robotics Inc." finds
//	                 "Acme Robotics".
//	FoldPossessives  a pattern ending in 's also matches without it:
//	                 "McDonald's" finds "McDonald". (A possessive in the
//	                 text needs no folding: "Google" finds "Google" in
//	                 "Google's" or "Google’s", whose apostrophe is no
//	                 letter.)
//	FoldUniversities "University of X" and "X University" match each
//	                 other, for X of one to three words without "of":
//	                 "University of Toronto" finds "Toronto University".
//
// A dropped character belongs to no match: "Jean" in "Jean-Luc" (with
// FoldDashes) would be "jeanluc" and so fails the word boundary, as it
// does without folding.
type Fold uint16

const (
	FoldHan Fold = 1 << iota
	FoldDots
	FoldDashes
	FoldApostrophes
	FoldDiacritics
	FoldSuffixes
	FoldPossessives
	FoldUniversities

	// FoldAll is every folding.
	FoldAll = FoldHan | FoldDots | FoldDashes | FoldApostrophes | FoldDiacritics | FoldSuffixes | FoldPossessives | FoldUniversities
)

// foldNames are the names ParseFold and Fold.String use, in bit order.
var foldNames = []string{"han", "dots", "dashes", "apostrophes", "diacritics", "suffixes", "possessives", "universities"}

// ParseFold reads a comma-separated list of folding names (han, dots,
// dashes, apostrophes, diacritics, suffixes, possessives, universities), or "all" or
// "none". Spaces around names are ignored; an empty string is none.
func ParseFold(s string) (Fold, error) {
	var f Fold
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		switch name {
		case "", "none":
			continue
		case "all":
			f |= FoldAll
			continue
		}
		i := slices.Index(foldNames, name)
		if i < 0 {
			return 0, fmt.Errorf("unknown folding %q (want %s, all or none)", name, strings.Join(foldNames, ", "))
		}
		f |= 1 << i
	}
	return f, nil
}

// String lists the foldings of f by name, comma-separated: "none" for
// the zero value.
func (f Fold) String() string {
	var names []string
	for i, name := range foldNames {
		if f&(1<<i) != 0 {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ",")
}

//go:embed t2s.txt
var t2sData string

// foldTables are built once, on first use, and then only read.
var foldTables = sync.OnceValue(func() *tables {
	t := &tables{han: make([]rune, 0x9FFF-0x3400+1), other: map[rune]rune{}}
	for _, line := range strings.Split(t2sData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		from, n := utf8.DecodeRuneInString(line)
		to, _ := utf8.DecodeRuneInString(line[n:])
		if 0x3400 <= from && from <= 0x9FFF {
			t.han[from-0x3400] = to
		} else {
			t.other[from] = to
		}
	}
	return t
})

type tables struct {
	han   []rune        // U+3400 to U+9FFF: Simplified form, or 0
	other map[rune]rune // the rest of the table
}

func (t *tables) simplified(r rune) (rune, bool) {
	if 0x3400 <= r && r <= 0x9FFF {
		s := t.han[r-0x3400]
		return s, s != 0
	}
	if r < 0x2E80 {
		return 0, false
	}
	s, ok := t.other[r]
	return s, ok
}

// SimplifiedSameWidth returns a copy of src with every Traditional Han
// character whose Simplified form has the same length in UTF-8 replaced by
// it (總經理 becomes 总经理), so that every byte offset stays where it was;
// it returns src and false when nothing changes. Invalid bytes are kept.
func SimplifiedSameWidth(src []byte) ([]byte, bool) {
	tb := foldTables()
	var out []byte
	for i := 0; i < len(src); {
		c := src[i]
		if c < 0xE3 || c > 0xE9 {
			// Han (U+3400 to U+9FFF) starts with E3 to E9 in UTF-8.
			i++
			continue
		}
		r, w := utf8.DecodeRune(src[i:])
		s, ok := tb.simplified(r)
		if !ok || s == r || r < 0x3400 || utf8.RuneLen(s) != w {
			i += w
			continue
		}
		if out == nil {
			out = append([]byte(nil), src...)
		}
		utf8.EncodeRune(out[i:], s)
		i += w
	}
	if out == nil {
		return src, false
	}
	return out, true
}

// bareLatin returns the letter r is with its marks taken off, when r is a
// Latin letter with marks (or one of the few letters with a stroke that
// have no decomposition: ø ł đ ħ ı).
func bareLatin(r rune) (rune, bool) {
	switch r {
	case 'ø':
		return 'o', true
	case 'ł':
		return 'l', true
	case 'đ':
		return 'd', true
	case 'ħ':
		return 'h', true
	case 'ı':
		return 'i', true
	}
	if !(0xC0 <= r && r <= 0x24F || 0x1E00 <= r && r <= 0x1EFF) {
		return 0, false
	}
	var b [utf8.UTFMax]byte
	d := norm.NFD.Bytes(b[:utf8.EncodeRune(b[:], r)])
	base, size := utf8.DecodeRune(d)
	if base >= utf8.RuneSelf || size == len(d) || !unicode.IsLetter(base) {
		return 0, false
	}
	return base, true
}

func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFE58':
		return true
	}
	return false
}

func isNameDot(r rune) bool {
	switch r {
	case '\u00B7', '\u2022', '\u30FB', '\u2027', '\uFF65', '\u2219':
		return true
	}
	return false
}

func isApostrophe(r rune) bool {
	switch r {
	case '\u2019', '\u2018', '\u02BC', '\u2032', '`':
		return true
	}
	return false
}

// letterOrDigit is a letter or digit of any script, Han included.
func letterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// foldRune returns what the rune r of t at i becomes under f: the runes to
// write (none to drop it), and whether it changed. prev is the rune before
// it in t, or -1.
func (f Fold) foldRune(tb *tables, t []byte, i int, r, prev rune) (out rune, drop, changed bool) {
	switch {
	case r < utf8.RuneSelf:
		if f&FoldDashes != 0 && r == '-' && between(t, i, 1, prev) {
			return 0, true, true
		}
		if f&FoldApostrophes != 0 && r == '`' {
			return '\'', false, true
		}
		return r, false, false
	case f&FoldHan != 0:
		if s, ok := tb.simplified(r); ok {
			return s, false, true
		}
	}
	if f&FoldDashes != 0 && isDash(r) {
		if between(t, i, utf8.RuneLen(r), prev) {
			return 0, true, true
		}
		return '-', false, true
	}
	if f&FoldDots != 0 && isNameDot(r) {
		if between(t, i, utf8.RuneLen(r), prev) {
			return 0, true, true
		}
		return '\u00B7', false, r != '\u00B7'
	}
	if f&FoldApostrophes != 0 && isApostrophe(r) {
		return '\'', false, true
	}
	if f&FoldDiacritics != 0 {
		if b, ok := bareLatin(r); ok {
			return b, false, true
		}
	}
	return r, false, false
}

// between reports whether the rune of the given size at t[i:] has a letter
// or digit on each side.
func between(t []byte, i, size int, prev rune) bool {
	if prev < 0 || !letterOrDigit(prev) || i+size >= len(t) {
		return false
	}
	next, _ := utf8.DecodeRune(t[i+size:])
	return letterOrDigit(next)
}

// foldText returns the text of n folded by f (the foldings that act on
// text: not FoldSuffixes or FoldPossessives), and whether it differs.
func (f Fold) foldText(t []byte) ([]byte, bool) {
	tb := foldTables()
	var out []byte
	prev := rune(-1)
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRune(t[i:])
		o, drop, changed := f.foldRune(tb, t, i, r, prev)
		if changed && out == nil {
			out = append(make([]byte, 0, len(t)), t[:i]...)
		}
		if out != nil && !drop {
			out = utf8.AppendRune(out, o)
		}
		prev = r
		i += size
	}
	if out == nil {
		return t, false
	}
	return out, true
}

// fold returns n folded by f, with an offset map to the input of n, or n
// itself when folding changes nothing. Each byte of the result keeps the
// span of the original segment its rune came from; a dropped rune leaves
// no byte, so no match can start or end on it.
func (f Fold) fold(n *Normalized) *Normalized {
	tb := foldTables()
	t := n.Text
	first := -1
	prev := rune(-1)
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRune(t[i:])
		if _, _, changed := f.foldRune(tb, t, i, r, prev); changed {
			first = i
			break
		}
		prev = r
		i += size
	}
	if first < 0 {
		return n
	}
	out := &Normalized{src: n.src, Text: make([]byte, 0, len(t))}
	out.segStart = make([]int32, 0, len(t))
	out.segEnd = make([]int32, 0, len(t))
	prev = -1
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRune(t[i:])
		o, drop, changed := r, false, false
		if i >= first {
			o, drop, changed = f.foldRune(tb, t, i, r, prev)
		}
		prev = r
		if drop {
			i += size
			continue
		}
		a, b := n.Orig(i, i+size)
		if !changed {
			out.Text = append(out.Text, t[i:i+size]...)
			for k := range size {
				// Keep the segment of each byte as it was, for
				// segments that yield several runes.
				s, _ := n.Orig(i+k, i+k)
				out.segStart = append(out.segStart, int32(s))
				out.segEnd = append(out.segEnd, int32(b))
			}
		} else {
			w := len(out.Text)
			out.Text = utf8.AppendRune(out.Text, o)
			for range len(out.Text) - w {
				out.segStart = append(out.segStart, int32(a))
				out.segEnd = append(out.segEnd, int32(b))
			}
		}
		i += size
	}
	return out
}

// companySuffixes are the endings FoldSuffixes makes optional, in their
// normalised form, longest first so that "co., ltd." goes before "ltd.".
var companySuffixes = []string{
	"集团股份有限公司", "股份有限公司", "有限责任公司", "有限公司",
	", co., ltd.", ", co., ltd", " co., ltd.", " co., ltd", " co. ltd.", " co. ltd", " co ltd",
	", inc.", ", inc", " inc.", " inc", ", ltd.", " ltd.", " ltd", " limited",
	" corporation", " corp.", " corp", ", llc", " llc", " gmbh", " plc", " s.a.", " ag", " co.",
}

// variants returns the other normalised texts a pattern with normalised
// text t also matches under f: t without a company suffix, without a
// final 's. A variant must keep at least two runes.
func (f Fold) variants(t string) []string {
	var out []string
	if f&FoldSuffixes != 0 {
		for _, s := range companySuffixes {
			if base, ok := strings.CutSuffix(t, s); ok && utf8.RuneCountInString(strings.TrimSpace(base)) >= 2 {
				out = append(out, strings.TrimRight(base, " ,"))
				break
			}
		}
	}
	if f&FoldPossessives != 0 {
		for _, s := range []string{"'s", "’s"} {
			if base, ok := strings.CutSuffix(t, s); ok && utf8.RuneCountInString(base) >= 2 {
				out = append(out, base)
			}
		}
	}
	if f&FoldUniversities != 0 {
		if x, ok := strings.CutPrefix(t, "university of "); ok && placeWords(x) {
			out = append(out, x+" university")
		} else if x, ok := strings.CutSuffix(t, " university"); ok && placeWords(x) {
			out = append(out, "university of "+x)
		}
	}
	return out
}

// placeWords reports whether x, the rest of a university's name, is one to
// three words with no "of", no "the" and no punctuation: Toronto, New South
// Wales; not "California, Berkeley".
func placeWords(x string) bool {
	ws := strings.Fields(x)
	if len(ws) == 0 || len(ws) > 3 || strings.ContainsAny(x, ",()") {
		return false
	}
	for _, w := range ws {
		if w == "of" || w == "the" || w == "university" {
			return false
		}
	}
	return true
}

// hasMarks reports whether the normalised text t has a Latin letter with
// marks.
func hasMarks(t string) bool {
	for _, r := range t {
		if _, ok := bareLatin(r); ok {
			return true
		}
	}
	return false
}

// foldedPatterns is what a folding Matcher keeps of its patterns besides
// the automaton.
type foldedPatterns struct {
	// plain is the normalised text of each pattern, unfolded: a match whose
	// text differs from it was Folded.
	plain map[int32]string
	// marked holds, for each pattern with Latin marks under
	// FoldDiacritics, its text folded by everything else: the marks a
	// match of it must have.
	marked map[int32]string
	// group of each marked pattern.
	group map[int32]int32
}

// add records pattern id, with normalised text t, and returns the texts to
// put in the automaton for it.
func (fp *foldedPatterns) add(f Fold, id int32, t []byte) []string {
	if fp.plain == nil {
		fp.plain, fp.marked, fp.group = map[int32]string{}, map[int32]string{}, map[int32]int32{}
	}
	fp.plain[id] = string(t)
	ft, _ := f.foldText(t)
	if f&FoldDiacritics != 0 && hasMarks(string(t)) {
		keep, _ := (f &^ FoldDiacritics).foldText(t)
		fp.marked[id] = string(keep)
	}
	return append([]string{string(ft)}, f.variants(string(ft))...)
}

// index finds the group of each marked pattern, once m's groups are built.
func (fp *foldedPatterns) index(m *Matcher) {
	if len(fp.marked) == 0 {
		return
	}
	for g := range m.grpLen {
		for _, id := range m.grpIDs[m.grpFirst[g]:m.grpFirst[g+1]] {
			if _, ok := fp.marked[id]; ok {
				fp.group[id] = int32(g)
			}
		}
	}
}

// markFolded sets Folded on the exact matches ms in n whose text, only
// normalised, is not their pattern's.
func (m *Matcher) markFolded(n *Normalized, ms []Match) {
	for i := range ms {
		x := &ms[i]
		if x.Fuzzy {
			continue
		}
		x.Folded = string(Normalize(n.src[x.Start:x.End]).Text) != m.folded.plain[int32(x.Pattern)]
	}
}

// isMarked reports whether pattern id has Latin marks that FoldDiacritics
// keeps: a typo of it is too far from it, so it has no fuzzy candidates.
// fp may be nil (no folding).
func (fp *foldedPatterns) isMarked(id int32) bool {
	if fp == nil {
		return false
	}
	_, ok := fp.marked[id]
	return ok
}

// keepMarked reports whether candidate c may stand: its pattern has no
// marks, or the text has the same marks. Otherwise it tries, in order, the
// other patterns of the group, and c takes the first that may stand. c is
// exact: a marked pattern has no fuzzy candidates (see isMarked).
func (m *Matcher) keepMarked(fn *Normalized, c *candidate) bool {
	want, ok := m.folded.marked[c.pattern]
	if !ok {
		return true
	}
	a, b := fn.Orig(int(c.start), int(c.end))
	got, _ := (m.fold &^ FoldDiacritics).foldText(Normalize(fn.src[a:b]).Text)
	if string(got) == want {
		return true
	}
	g, ok := m.folded.group[c.pattern]
	if !ok {
		return false
	}
	for _, id := range m.grpIDs[m.grpFirst[g]:m.grpFirst[g+1]] {
		if w, marked := m.folded.marked[id]; !marked || w == string(got) {
			if _, cased := m.cased[id]; cased {
				continue
			}
			c.pattern = id
			return true
		}
	}
	return false
}

// FoldKey returns s normalised and folded in every way that acts on text
// (FoldAll but suffixes and possessives): forms that a Matcher with FoldAll
// takes for one another have the same key.
func FoldKey(s string) string {
	t, _ := FoldAll.foldText(Normalize([]byte(s)).Text)
	return string(t)
}

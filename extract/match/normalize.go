package match

import (
	"encoding/binary"
	"math"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalized is a text prepared for matching, with a map back to the bytes
// it came from.
//
// The transform works one normalisation segment at a time. A segment is
// what norm.NFKC.NextBoundary delimits: a starter and the combining marks
// that follow it, at most about 30 runes. NextBoundary also keeps a Hangul
// compatibility letter (ㄳ, ㅠ) with the rune before it, since its NFKC
// form may join that rune; where it does not (歌ㄳ is 歌ᆪ), the letter
// starts a segment of its own, so that 歌 still maps to its own bytes. Each segment is replaced by its
// NFKC form, and then every rune of that form by its unicode.ToLower (simple
// per-rune lower-casing, not full case folding: "ẞ" becomes "ß", not "ss").
// An invalid UTF-8 byte is a segment of its own and becomes U+FFFD. So
//
//	"ＯｐｅｎＡＩ" (18 bytes)  →  "openai" (6 bytes)
//	"ﬁle"                     →  "file"
//	"A\xffB"                  →  "a\uFFFDb"
//
// Every byte of Text belongs to exactly one segment, and Orig maps a span of
// Text to the span of the original segments it touches. Segments are
// contiguous and in order, so Orig is monotone and spans that do not overlap
// in Text, and start and end on segment boundaries, do not overlap in the
// original either.
//
// Input that is all ASCII is only lower-cased: Text has the same length and
// the offset map is the identity, so it is not stored. Otherwise the map
// costs 4 bytes per byte of Text. Both paths are linear in the input.
//
// Offsets are stored as int32: inputs must be smaller than 2 GiB.
//
// A Normalized keeps a reference to the input, which must not change while
// the Normalized is in use. It is safe for concurrent reads.
type Normalized struct {
	// Text is the NFKC form of the input, lower-cased; valid UTF-8.
	Text []byte

	src []byte
	// segStart[k] is where the segment of src that produced Text[k]
	// starts; it ends where the next segment starts (segments cover src
	// one after another and each yields at least one byte). nil when the
	// map is the identity.
	// Text[k]. Both are nil when the map is the identity.
	segStart []int32
	// segEnd[k], when not nil, is where the segment of Text[k] ends: a
	// folded text (see Fold) drops runes, so a segment need not end where
	// the next one starts.
	segEnd []int32
}

// Normalize returns the normalised form of src with its offset map. It
// accepts any bytes, including invalid UTF-8 and NUL.
func Normalize(src []byte) *Normalized {
	return normalize(src, true)
}

// normalize is Normalize, with the fast paths for ASCII and for runes that
// are segments of their own and already normal turned on or off.
func normalize(src []byte, fast bool) *Normalized {
	return normalizeInto(&Normalized{}, src, fast)
}

// normalizeInto is normalize, reusing the memory of n.
//
// The loop goes one segment, or one run of ASCII, at a time, and tries the
// cheap cases first: a run of ASCII, a Han rune or CJK punctuation mark
// that stands alone (most of Chinese text), a full-width ASCII character
// or another rune that stands alone, and only then a segment through NFKC.
// The cases for Han and full-width runes stay inline here: they run once
// for every rune of CJK text.
func normalizeInto(n *Normalized, src []byte, fast bool) *Normalized {
	if len(src) > math.MaxInt32 {
		panic("extract: Normalize: input larger than 2 GiB")
	}
	n.src = src
	if fast && isASCII(src) {
		n.lowerASCII(src)
		return n
	}
	size := len(src) + len(src)/8
	n.Text = slices.Grow(n.Text[:0], size)
	n.segStart = slices.Grow(n.segStart[:0], size)
	// The iterator goes to the heap (its buffer points into itself), so
	// it is made only for a segment that needs NFKC: text of Han or Latin
	// letters never does, and kg dict compile normalises a million
	// aliases.
	var it *norm.Iter
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if j := asciiRunEnd(src, i); j > i {
				n.appendASCII(src, i, j)
				i = j
				continue
			}
			if fast && (i+1 == len(src) || cjkStart(src[i+1:])) {
				// The last byte of a run of ASCII, before a rune that
				// starts a segment (a Han rune, most often): a segment
				// of its own as well.
				n.appendASCII(src, i, i+1)
				i++
				continue
			}
		}
		if fast && i+3 <= len(src) && isHan3(src[i:]) {
			if j := hanRunEnd(src, i); j > i {
				n.appendSame(src, i, j)
				i = j
				continue
			}
		}
		if fast && i+3 <= len(src) && alone3(src[i:]) {
			n.appendSame(src, i, i+3)
			i += 3
			continue
		}
		if fast && c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(src[i:])
			if 0xFF01 <= r && r <= 0xFF5E && nextStarts(src[i+size:]) {
				// A full-width form of an ASCII character.
				c := byte(r - 0xFEE0)
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				n.Text = append(n.Text, c)
				n.segStart = append(n.segStart, int32(i))
				i += size
				continue
			}
			if size > 1 && alone(src[i:], size) {
				n.Text = utf8.AppendRune(n.Text, unicode.ToLower(r))
				n.mapTail(i)
				i += size
				continue
			}
		}
		if it == nil {
			it = new(norm.Iter)
		}
		i += n.appendSegment(it, src, i)
	}
	return n
}

// lowerASCII sets n.Text to src, which is all ASCII, lower-cased, with the
// identity offset map.
func (n *Normalized) lowerASCII(src []byte) {
	t := slices.Grow(n.Text[:0], len(src))[:len(src)]
	for i, c := range src {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		t[i] = c
	}
	n.Text, n.segStart = t, nil
}

// asciiRunEnd returns the end of the run of ASCII at src[i:], which starts
// with an ASCII byte, less its last byte when a non-ASCII rune follows:
// that rune may be a combining mark, which makes one segment with the
// byte before it.
func asciiRunEnd(src []byte, i int) int {
	j := i + 1
	for j < len(src) && src[j] < utf8.RuneSelf {
		j++
	}
	if j < len(src) {
		j--
	}
	return j
}

// appendASCII appends src[i:j], all ASCII, lower-cased, each byte a
// segment of its own.
func (n *Normalized) appendASCII(src []byte, i, j int) {
	t, seg := len(n.Text), len(n.segStart)
	n.Text = append(n.Text, src[i:j]...)
	for k, c := range n.Text[t:] {
		if 'A' <= c && c <= 'Z' {
			n.Text[t+k] = c + 'a' - 'A'
		}
	}
	n.segStart = slices.Grow(n.segStart, j-i)[:seg+j-i]
	for k := range n.segStart[seg:] {
		n.segStart[seg+k] = int32(i + k)
	}
}

// hanRunEnd returns the end of the run of Han runes of the main block
// (see isHan3) at src[i:], which starts with one, less its last rune
// unless what follows starts a segment (see cjkStart): the runes before
// it are followed by Han, so each stands alone.
func hanRunEnd(src []byte, i int) int {
	j := i + 3
	for j+3 <= len(src) && isHan3(src[j:]) {
		j += 3
	}
	if j < len(src) && !cjkStart(src[j:]) {
		j -= 3
	}
	return j
}

// cjkStart reports whether b, which is not empty, starts with a rune that
// starts a segment, of the kinds Chinese text is made of: ASCII, Han (see
// hanOrASCIIStart), the full-width forms of ASCII (U+FF01 to U+FF5E) and
// the punctuation alone3 knows. None of them combines with what comes
// before it.
func cjkStart(b []byte) bool {
	if hanOrASCIIStart(b) {
		return true
	}
	if len(b) < 3 {
		return false
	}
	switch c0, c1, c2 := b[0], b[1], b[2]; {
	case c0 == 0xEF && c1 == 0xBC:
		return 0x81 <= c2 && c2 <= 0xBF
	case c0 == 0xEF && c1 == 0xBD:
		return 0x80 <= c2 && c2 <= 0x9E
	case c0 == 0xE3 && c1 == 0x80:
		return c2 == 0x81 || c2 == 0x82 || 0x88 <= c2 && c2 <= 0x91
	}
	return false
}

// appendSame appends src[i:j], runes that are segments of their own and
// that normalisation keeps as they are, three bytes each.
func (n *Normalized) appendSame(src []byte, i, j int) {
	n.Text = append(n.Text, src[i:j]...)
	seg := len(n.segStart)
	n.segStart = slices.Grow(n.segStart, j-i)[:seg+j-i]
	m := n.segStart[seg:]
	for k := 0; k+3 <= len(m); k += 3 {
		v := int32(i + k)
		m[k], m[k+1], m[k+2] = v, v, v
	}
}

// appendSegment appends the normalised form of the segment at src[i:],
// through NFKC, and returns the segment's length. it is the caller's, so
// that its buffer is not cleared for every segment.
func (n *Normalized) appendSegment(it *norm.Iter, src []byte, i int) int {
	size, invalid := nextSegment(it, src[i:])
	if invalid {
		n.Text = utf8.AppendRune(n.Text, utf8.RuneError)
	} else {
		for it.Init(norm.NFKC, src[i:i+size]); !it.Done(); {
			for b := it.Next(); len(b) > 0; {
				r, size := utf8.DecodeRune(b)
				n.Text = utf8.AppendRune(n.Text, unicode.ToLower(r))
				b = b[size:]
			}
		}
	}
	n.mapTail(i)
	return size
}

// mapTail maps the bytes of n.Text that have no offset yet to the segment
// that starts at offset i of the input.
func (n *Normalized) mapTail(i int) {
	for range len(n.Text) - len(n.segStart) {
		n.segStart = append(n.segStart, int32(i))
	}
}

// Orig maps the half-open span [i, j) of Text to the smallest half-open span
// of the original input whose segments produced it. An empty span maps to
// an empty span at the start of the segment holding Text[i] (or at the end
// of the input when i == len(Text)). Orig panics if the span is not within
// Text.
func (n *Normalized) Orig(i, j int) (start, end int) {
	if i < 0 || j < i || j > len(n.Text) {
		panic("extract: Normalized.Orig: span out of range")
	}
	if n.segStart == nil {
		return i, j
	}
	if i == j {
		if i == len(n.Text) {
			return len(n.src), len(n.src)
		}
		s := int(n.segStart[i])
		return s, s
	}
	if n.segEnd != nil {
		return int(n.segStart[i]), int(n.segEnd[j-1])
	}
	last := n.segStart[j-1]
	for k := j; k < len(n.segStart); k++ {
		if n.segStart[k] != last {
			return int(n.segStart[i]), int(n.segStart[k])
		}
	}
	return int(n.segStart[i]), len(n.src)
}

// boundary reports whether offset i of Text lies between two segments (or
// at an end), so that a match may start or end there.
func (n *Normalized) boundary(i int) bool {
	return n.segStart == nil || i == 0 || i == len(n.Text) || n.segStart[i] != n.segStart[i-1]
}

// appendNFKC appends to dst the NFKC form of src, segment by segment as in
// Normalize, but without lower-casing. A case-sensitive pattern matches
// where appendNFKC of the original span equals appendNFKC of the pattern.
func appendNFKC(dst, src []byte) []byte {
	var it norm.Iter
	for i := 0; i < len(src); {
		size, invalid := nextSegment(&it, src[i:])
		if invalid {
			dst = utf8.AppendRune(dst, utf8.RuneError)
		} else {
			for it.Init(norm.NFKC, src[i:i+size]); !it.Done(); {
				dst = append(dst, it.Next()...)
			}
		}
		i += size
	}
	return dst
}

// alone reports whether the rune of the given size at the start of b is a
// segment of its own that NFKC leaves as it is: the rune has no
// decomposition and the next one starts a segment that cannot combine
// backwards. This is most Han, kana and Hangul text.
func alone(b []byte, size int) bool {
	return norm.NFKC.Properties(b).Decomposition() == nil && nextStarts(b[size:])
}

// nextStarts reports whether b is empty or starts a segment that cannot
// combine backwards.
func nextStarts(b []byte) bool {
	return len(b) == 0 || hanOrASCIIStart(b) || norm.NFKC.Properties(b).BoundaryBefore() && !jamoJoinsBack(b)
}

// jamoJoinsBack reports whether b starts with a Hangul compatibility letter
// (U+3131 to U+318E, or a half-width one, U+FFA0 to U+FFDC) whose NFKC form
// is a vowel or final jamo. Properties.BoundaryBefore says such a letter
// starts a segment, because the letter itself combines with nothing, but
// its NFKC form joins a syllable or leading jamo before it: 가ㄳ is 갃, one
// rune. NextBoundary knows this, and so must the fast path.
func jamoJoinsBack(b []byte) bool {
	// U+3131 to U+318E is E3 84 B1 to E3 86 8E, U+FFA0 to U+FFDC is
	// EF BE A0 to EF BF 9C: full-width ASCII (EF BC, EF BD) leaves early.
	if len(b) < 3 {
		return false
	}
	switch c0, c1, c2 := b[0], b[1], b[2]; {
	case c0 == 0xE3:
		if c1 == 0x84 && c2 < 0xB1 || c1 < 0x84 || c1 > 0x86 || c1 == 0x86 && c2 > 0x8E {
			return false
		}
	case c0 == 0xEF:
		if c1 == 0xBE && c2 < 0xA0 || c1 < 0xBE || c1 == 0xBF && c2 > 0x9C {
			return false
		}
	default:
		return false
	}
	d := norm.NFKC.Properties(b).Decomposition()
	return d != nil && !norm.NFKC.Properties(d).BoundaryBefore()
}

// alone3 is alone for the runes most of Chinese text is made of, decided
// from their three bytes at the start of b: Han of the main block and the
// punctuation 、。〈〉《》「」『』【】, which NFKC keeps.
func alone3(b []byte) bool {
	if isHan3(b) {
		return len(b) == 3 || hanOrASCIIStart(b[3:])
	}
	return b[0] == 0xE3 && b[1] == 0x80 && (b[2] == 0x81 || b[2] == 0x82 || 0x88 <= b[2] && b[2] <= 0x91) && nextStarts(b[3:])
}

// isHan3 reports whether the three bytes b are the UTF-8 form of a CJK
// unified ideograph of the main block, U+4E00 to U+9FFF.
func isHan3(b []byte) bool {
	c0, c1, c2 := b[0], b[1], b[2]
	return (c0 == 0xE4 && c1 >= 0xB8 || 0xE5 <= c0 && c0 <= 0xE9) && c1&0xC0 == 0x80 && c2&0xC0 == 0x80
}

// hanOrASCIIStart reports whether b, which is not empty, starts with an
// ASCII byte or the first byte of an ideograph as in isHan3 (or with bytes
// that are not UTF-8 at all).
func hanOrASCIIStart(b []byte) bool {
	switch c := b[0]; {
	case c < utf8.RuneSelf || 0xE5 <= c && c <= 0xE9:
		return true
	case c == 0xE4:
		return len(b) < 2 || b[1] >= 0xB8
	}
	return false
}

// nextSegment returns the length of the normalisation segment at the start
// of b, which must not be empty, and whether it is a single invalid byte;
// it is scratch space.
// A segment never contains an invalid byte, so that each invalid byte maps
// to itself alone.
func nextSegment(it *norm.Iter, b []byte) (size int, invalid bool) {
	if r, n := utf8.DecodeRune(b); r == utf8.RuneError && n <= 1 {
		return 1, true
	}
	size = norm.NFKC.NextBoundary(b, true)
	if size <= 0 || size > len(b) {
		size = len(b)
	}
	// The norm tables and package utf8 may disagree about odd sequences;
	// utf8 decides, and the segment stops before the first invalid byte.
	for k := 0; k < size; {
		r, n := utf8.DecodeRune(b[k:size])
		if r == utf8.RuneError && n <= 1 {
			return k, false // k > 0: the first rune is valid
		}
		if k > 0 && jamoJoinsBack(b[k:size]) && !joins(it, b[:size], k) {
			return k, false
		}
		k += n
	}
	return size, false
}

// joins reports whether NFKC joins the end of seg[:k] to seg[k:], which
// starts with a jamo as in jamoJoinsBack: whether the NFKC form of seg is
// shorter than those of its two parts put end to end. Such a jamo can only
// join by Hangul composition, which always shortens. it is scratch space.
func joins(it *norm.Iter, seg []byte, k int) bool {
	return nfkcLen(it, seg) < nfkcLen(it, seg[:k])+nfkcLen(it, seg[k:])
}

// nfkcLen returns the length of the NFKC form of b.
func nfkcLen(it *norm.Iter, b []byte) int {
	n := 0
	for it.Init(norm.NFKC, b); !it.Done(); {
		n += len(it.Next())
	}
	return n
}

func isASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normPool keeps the buffers of Normalized texts between documents: for a
// large document they are several times its size.
var normPool sync.Pool

// NormalizePooled is Normalize into memory reused between calls: for a
// caller that normalises document after document. The caller gives the
// result back with Release and keeps no reference to it afterwards.
func NormalizePooled(src []byte) *Normalized {
	n, _ := normPool.Get().(*Normalized)
	if n == nil {
		n = &Normalized{}
	}
	return normalizeInto(n, src, true)
}

// Release gives n, from NormalizePooled, back for reuse.
func (n *Normalized) Release() {
	if cap(n.Text) > 64<<20 {
		return // an outsized document: let it go
	}
	n.src = nil
	normPool.Put(n)
}

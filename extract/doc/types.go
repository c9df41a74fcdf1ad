package doc

import (
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
)

// Span is a half-open byte range [Start, End) into the original input.
type Span struct {
	Start int
	End   int
}

// Chars is a half-open range of characters, counted as Unicode code
// points: what Python's str indexes and what JavaScript's Array.from(s)
// indexes (not UTF-16 code units). An invalid UTF-8 byte counts as one
// character, as it decodes to one U+FFFD.
type Chars struct {
	CharStart int
	CharEnd   int
}

// How says how a mention was found.
type How string

const (
	Exact How = "exact" // an alias matched after normalisation
	Fuzzy How = "fuzzy" // a long Latin-script alias matched with one typo
	Coref How = "coref" // a pronoun or noun phrase resolved to an entity
)

// Mention is one occurrence of an entity in a document.
type Mention struct {
	Doc string
	Span
	Chars
	Text   string // the exact surface, as in the input
	Entity *dict.Entity
	How    How
	// Antecedent is, for a mention coreference resolved, the entity's
	// last mention before it, named or itself resolved: following
	// antecedents shows the chain. Nil for names.
	Antecedent *Ref
}

// Ref is where another mention stands.
type Ref struct {
	Span
	Chars
}

// Evidence is the sentence that states a fact.
type Evidence struct {
	Doc string
	Span
	Chars
	Text string // the sentence, as in the input
}

// Fact is a typed relation between two entities with its evidence.
type Fact struct {
	Subject  *dict.Entity
	Relation string
	Object   *dict.Entity
	// Role is the position a worksFor fact names ("首席科学家"), if any.
	Role string
	// Time is a time expression the sentence attaches to the fact, if any.
	Time string
	// Rule says which rule made the fact: the relation's pattern, and
	// where it was defined when it is a user's.
	Rule string
	// SubjectHow and ObjectHow say how each argument was found: by name
	// (exact or fuzzy) or by coref, which includes an argument the
	// sentence leaves out and the context supplies.
	SubjectHow How
	ObjectHow  How
	Evidence   Evidence
}

// CharCounter turns byte offsets into src into character offsets. It
// counts from the last offset it was asked about, so offsets asked in
// ascending order, as mentions and sentences come, cost one pass over
// src in all. Going forward it leaves a mark every markStride bytes, so
// an offset asked out of order (an antecedent, or the first fact after
// the last mention) is counted from the nearest mark before it, not
// from where the counter stands. Offsets must fall on the rune
// boundaries the spans kg makes fall on. The zero value is not usable;
// make one with NewCharCounter.
type CharCounter struct {
	src   []byte
	b, c  int        // byte offset and its character offset
	marks []charMark // ascending; marks[i].b is the first rune start at or after i*markStride
}

type charMark struct{ b, c int }

// markStride bounds the bytes counted again for an offset asked out of
// order.
const markStride = 4096

// NewCharCounter returns a counter over src.
func NewCharCounter(src []byte) *CharCounter {
	return &CharCounter{src: src, marks: []charMark{{0, 0}}}
}

// At returns the number of characters in src[:off].
func (k *CharCounter) At(off int) int {
	off = min(max(off, 0), len(k.src))
	if off < k.b {
		// Back to the last mark at or before off.
		i := min(off/markStride, len(k.marks)-1)
		for k.marks[i].b > off {
			i--
		}
		if k.b-off <= off-k.marks[i].b {
			k.c -= utf8.RuneCount(k.src[off:k.b])
			k.b = off
			return k.c
		}
		k.b, k.c = k.marks[i].b, k.marks[i].c
	}
	// Forward, leaving marks on the way.
	for next := len(k.marks) * markStride; next <= off; next = len(k.marks) * markStride {
		if next < k.b {
			next = k.b // a mark is never before where the count stands
		}
		for next < len(k.src) && !utf8.RuneStart(k.src[next]) {
			next++
		}
		if next > off {
			break
		}
		k.c += utf8.RuneCount(k.src[k.b:next])
		k.b = next
		k.marks = append(k.marks, charMark{k.b, k.c})
	}
	k.c += utf8.RuneCount(k.src[k.b:off])
	k.b = off
	return k.c
}

// Of returns the character range of the byte span s.
func (k *CharCounter) Of(s Span) Chars {
	return Chars{CharStart: k.At(s.Start), CharEnd: k.At(s.End)}
}

package relate

import (
	"slices"
	"unicode/utf8"

	"github.com/kg-graph/kg/extract/doc"
)

// keyFinder finds, in one pass over a sentence, which of the rules' keys
// it holds: an Aho-Corasick automaton over the keys' bytes, built once.
type keyFinder struct {
	// delta is the automaton as a table: the state after state s reads
	// a byte of class c is delta[s*classes+c], failure links folded in,
	// so each byte of a sentence costs one lookup. State 0 is the root.
	delta   []int32
	class   [256]uint8 // a byte's class: 0 for bytes no key holds
	classes int
	out     [][]int32 // keys that end at each state, failure chain included
	nkeys   int
}

func newKeyFinder(keys []string) *keyFinder {
	f := &keyFinder{nkeys: len(keys)}
	var used [256]bool
	for _, k := range keys {
		for i := 0; i < len(k); i++ {
			used[k[i]] = true
		}
	}
	f.classes = 1
	for c := range used {
		if used[c] {
			f.class[c] = uint8(f.classes)
			f.classes++
		}
	}
	nc := f.classes
	// The trie's states: the root and one a distinct prefix, counted
	// over the keys in order, each past what it shares with the one
	// before.
	sorted := slices.Sorted(slices.Values(keys))
	states, prev := 1, ""
	for _, k := range sorted {
		n := 0
		for n < len(k) && n < len(prev) && k[n] == prev[n] {
			n++
		}
		states += len(k) - n
		prev = k
	}
	// The trie, as a table of classes a state: 0 is no edge (no edge
	// leads back to the root). The table then becomes the automaton in
	// place.
	tab := make([]int32, nc, nc*states)
	f.out = make([][]int32, 1, states)
	for id, k := range keys {
		s := int32(0)
		for i := 0; i < len(k); i++ {
			e := int(s)*nc + int(f.class[k[i]])
			t := tab[e]
			if t == 0 {
				t = int32(len(f.out))
				tab[e] = t
				tab = tab[:len(tab)+nc] // zero: never written before, and within cap
				f.out = append(f.out, nil)
			}
			s = t
		}
		f.out[s] = append(f.out[s], int32(id))
	}
	// Breadth first, so that a state's failure state (the longest proper
	// suffix of its path that is also a path) is complete before it: its
	// row of the table is the goto function where there is one, and the
	// failure state's row elsewhere. A state's row still holds its goto
	// function when its turn comes: only rows before it have changed.
	fail := make([]int32, len(f.out))
	queue := make([]int32, 0, len(f.out))
	for c := 0; c < nc; c++ {
		if t := tab[c]; t != 0 {
			queue = append(queue, t)
		}
	}
	for qi := 0; qi < len(queue); qi++ {
		s := queue[qi]
		row, frow := tab[int(s)*nc:int(s+1)*nc], tab[int(fail[s])*nc:int(fail[s]+1)*nc]
		for c, t := range row {
			if t == 0 {
				row[c] = frow[c]
				continue
			}
			fail[t] = frow[c]
			f.out[t] = append(f.out[t], f.out[fail[t]]...)
			queue = append(queue, t)
		}
	}
	f.delta = tab
	return f
}

// scan finds the keys that occur in src folded as doc.FoldString folds
// it, folding as it reads, and records each occurrence in k, which must
// be reset: an occurrence's end is the offset in src after it, plus one
// (so that 0 says a key does not occur).
func (f *keyFinder) scan(src []byte, k *keyEnds) {
	s := int32(0)
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			s = f.feed(s, lowerASCII(c), int32(i+1), k)
			continue
		}
		if unfoldedCJK(src[i:]) {
			// U+3000 to U+9FFF (CJK): FoldRune keeps them as they are.
			s = f.feed(s, c, int32(i+4), k)
			s = f.feed(s, src[i+1], int32(i+4), k)
			s = f.feed(s, src[i+2], int32(i+4), k)
			i += 3
			continue
		}
		r, w := utf8.DecodeRune(src[i:])
		i += w
		for _, c := range utf8.AppendRune(buf[:0], doc.FoldRune(r)) {
			s = f.feed(s, c, int32(i+1), k)
		}
	}
}

// feed moves the automaton from state s on byte c, records in k that
// the keys that end there end at end, and returns the new state.
func (f *keyFinder) feed(s int32, c byte, end int32, k *keyEnds) int32 {
	s = f.delta[int(s)*f.classes+int(f.class[c])]
	for _, id := range f.out[s] {
		k.add(id, end)
	}
	return s
}

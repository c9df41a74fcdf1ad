package relate

import (
	"unicode/utf8"

	"github.com/kg-graph/kg/extract/doc"
)

// keyFinder finds, in one pass over a sentence, which of the rules' keys
// it holds: an Aho-Corasick automaton over the keys' bytes, built once.
type keyFinder struct {
	next  []map[byte]int32 // goto function while building; state 0 is the root
	edges [][]edge         // the same, for finding: few per state, so a scan beats a map
	root  [256]int32       // the root's goto function, dense: most bytes are read there
	fail  []int32
	out   [][]int32 // keys that end at each state, failure chain included
	nkeys int
}

// edge is one transition of the automaton: on byte c, to state to.
type edge struct {
	c  byte
	to int32
}

func newKeyFinder(keys []string) *keyFinder {
	f := &keyFinder{next: []map[byte]int32{{}}, fail: []int32{0}, out: [][]int32{nil}, nkeys: len(keys)}
	for id, k := range keys {
		s := int32(0)
		for i := 0; i < len(k); i++ {
			t, ok := f.next[s][k[i]]
			if !ok {
				t = int32(len(f.next))
				f.next = append(f.next, map[byte]int32{})
				f.fail = append(f.fail, 0)
				f.out = append(f.out, nil)
				f.next[s][k[i]] = t
			}
			s = t
		}
		f.out[s] = append(f.out[s], int32(id))
	}
	for c, t := range f.next[0] {
		f.root[c] = t
	}
	// Breadth first: each state's failure link is the longest proper
	// suffix of its path that is also a path.
	queue := []int32{}
	for _, t := range f.next[0] {
		queue = append(queue, t)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for c, t := range f.next[s] {
			queue = append(queue, t)
			r := f.fail[s]
			for {
				if u, ok := f.next[r][c]; ok && u != t {
					f.fail[t] = u
					break
				}
				if r == 0 {
					f.fail[t] = 0
					break
				}
				r = f.fail[r]
			}
			f.out[t] = append(f.out[t], f.out[f.fail[t]]...)
		}
	}
	f.edges = make([][]edge, len(f.next))
	for s, m := range f.next {
		for c, t := range m {
			f.edges[s] = append(f.edges[s], edge{c, t})
		}
	}
	f.next = nil
	return f
}

// step returns the state state s goes to on byte c, or -1.
func (f *keyFinder) step(s int32, c byte) int32 {
	for _, e := range f.edges[s] {
		if e.c == c {
			return e.to
		}
	}
	return -1
}

// findFolded finds the keys that occur in src folded as doc.FoldString
// folds it, folding as it reads: it sets last[id] to the offset in src
// after the last occurrence of key id, plus one (so that 0 says the key
// does not occur).
func (f *keyFinder) findFolded(src []byte, last []int32) {
	s := int32(0)
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			i++
			s = f.feed(s, c, last, int32(i+1))
			continue
		}
		r, w := utf8.DecodeRune(src[i:])
		i += w
		for _, c := range utf8.AppendRune(buf[:0], doc.FoldRune(r)) {
			s = f.feed(s, c, last, int32(i+1))
		}
	}
}

// feed moves the automaton from state s on byte c, sets last[id] = end
// for the keys that end there, and returns the new state.
func (f *keyFinder) feed(s int32, c byte, last []int32, end int32) int32 {
	for s != 0 {
		if t := f.step(s, c); t >= 0 {
			s = t
			break
		}
		s = f.fail[s]
	}
	if s == 0 {
		s = f.root[c]
	}
	for _, id := range f.out[s] {
		last[id] = end
	}
	return s
}

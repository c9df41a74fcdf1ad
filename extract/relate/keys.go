package relate

// keyFinder finds, in one pass over a sentence, which of the rules' keys
// it holds: an Aho-Corasick automaton over the keys' bytes, built once.
type keyFinder struct {
	next  []map[byte]int32 // goto function; state 0 is the root
	root  [256]int32       // the root's goto function, dense: most bytes are read there
	fail  []int32
	out   [][]int32 // keys that end at each state, failure chain included
	nkeys int
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
	return f
}

// find sets held[id] for every key that occurs in text.
func (f *keyFinder) find(text string, held []bool) {
	s := int32(0)
	for i := 0; i < len(text); i++ {
		c := text[i]
		for s != 0 {
			if t, ok := f.next[s][c]; ok {
				s = t
				break
			}
			s = f.fail[s]
		}
		if s == 0 {
			s = f.root[c]
		}
		for _, id := range f.out[s] {
			held[id] = true
		}
	}
}

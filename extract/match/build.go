package match

import (
	"cmp"
	"slices"
)

// build makes the automaton over texts, the distinct normalised texts of
// m's groups in sorted order. A compiled dictionary is loaded through it
// too, so its cost is the cost of loading one.
//
// Sorted texts give the trie without a lookup: each text shares a prefix
// with the one before and adds a state for each byte after it, so the
// states come in preorder and the children of a state in byte order. Two
// walks over the texts lay the trie out: the first counts the edges of
// each state and finds the hot ones (see trieShape), the second writes
// each state and edge at its final place, in arrays made once at their
// final size. The failure links follow, in the order of the states.
func (m *Matcher) build(texts []string) {
	m.layOut(texts, shapeOf(texts))
	m.index()
	m.linkFailures()
	m.indexHan()
}

// trieShape is what the first walk over the texts finds: enough to number
// every state and to know where its edges go.
//
// States are numbered for the cache. After the root come the wide states,
// those with more than maxNarrow edges, breadth first (their number is
// their place in Matcher.wide), then the other states up to hotDepth,
// breadth first: a scan visits these for almost every byte. Those are the
// hot states; the rest keep preorder, so that the states along one pattern
// sit together in memory.
type trieShape struct {
	states int
	// fanout[p] is the number of edges of the state that is p-th in
	// preorder, up to 255: exact for any state that is not hot, since those
	// have at most maxNarrow.
	fanout    []uint8
	rootEdges int32
	hot       []hotState // in preorder
}

// hotState is a state numbered out of preorder.
type hotState struct {
	pre, num     int32 // place in preorder, number
	depth, edges int32
}

// shapeOf walks the sorted texts once for their trie's shape.
func shapeOf(texts []string) trieShape {
	var sh trieShape
	// Shallow states are met in preorder; wide states below hotDepth are
	// known only once their last child is, so in postorder.
	var shallow, deep []hotState
	type frame struct{ pre, edges, shallow int32 }
	path := []frame{{0, 0, -1}}
	// done records the edges of the state at depth d of path, whose
	// children have all been met.
	done := func(d int) {
		f := path[d]
		sh.fanout[f.pre] = uint8(min(f.edges, 255))
		if f.shallow >= 0 {
			shallow[f.shallow].edges = f.edges
		} else if f.edges > maxNarrow {
			deep = append(deep, hotState{pre: f.pre, depth: int32(d), edges: f.edges})
		}
	}
	sh.fanout = append(sh.fanout, 0)
	pre := int32(0)
	prev := ""
	for _, t := range texts {
		l := sharedPrefix(prev, t)
		for d := len(path) - 1; d > l; d-- {
			done(d)
		}
		path = path[:l+1]
		for d := l; d < len(t); d++ {
			path[d].edges++
			pre++
			sh.fanout = append(sh.fanout, 0)
			k := int32(-1)
			if d+1 <= hotDepth {
				k = int32(len(shallow))
				shallow = append(shallow, hotState{pre: pre, depth: int32(d + 1)})
			}
			path = append(path, frame{pre, 0, k})
		}
		prev = t
	}
	for d := len(path) - 1; d > 0; d-- {
		done(d)
	}
	sh.states = int(pre) + 1
	sh.rootEdges = path[0].edges

	// Within one depth, preorder is the order a breadth-first walk meets
	// the states in: both follow the bytes of the path from the root.
	hot := append(shallow, deep...)
	slices.SortFunc(hot, func(a, b hotState) int {
		if aw, bw := a.edges > maxNarrow, b.edges > maxNarrow; aw != bw {
			if aw {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(a.depth, b.depth), cmp.Compare(a.pre, b.pre))
	})
	for i := range hot {
		hot[i].num = int32(i + 1)
	}
	slices.SortFunc(hot, func(a, b hotState) int { return cmp.Compare(a.pre, b.pre) })
	sh.hot = hot
	return sh
}

// sharedPrefix returns the length of the longest common prefix of a and b.
func sharedPrefix(a, b string) int {
	n := min(len(a), len(b))
	l := 0
	for l < n && a[l] == b[l] {
		l++
	}
	return l
}

// numbering hands out the number of each state, in preorder, as sh
// numbers them.
type numbering struct {
	sh        *trieShape
	pre, rest int32
	k         int // sh.hot[k] is the next hot state in preorder
}

func (sh *trieShape) numbering() numbering {
	return numbering{sh: sh, rest: int32(len(sh.hot)) + 1}
}

// next returns the number of the next state in preorder after the root,
// and whether it is hot.
func (nb *numbering) next() (int32, bool) {
	nb.pre++
	if hot := nb.sh.hot; nb.k < len(hot) && hot[nb.k].pre == nb.pre {
		nb.k++
		return hot[nb.k-1].num, true
	}
	nb.rest++
	return nb.rest - 1, false
}

// layOut walks the texts a second time and stores their trie in m.states,
// m.edgeByte, m.edgeNext and m.depth, numbered as sh says. Until
// linkFailures runs, a state's fail field holds ^parent (so it is
// negative) and its dict field the byte of the edge into it, with
// afterWord set when the byte before that one is a word byte.
func (m *Matcher) layOut(texts []string, sh trieShape) {
	n := sh.states
	m.states = make([]state, n+1)
	st := m.states
	// The number of edges of each state, then their running sum: where
	// each state's edges start.
	st[1].first = sh.rootEdges
	nb := sh.numbering()
	for p := 1; p < n; p++ {
		s, hot := nb.next()
		if hot {
			st[s+1].first = sh.hot[nb.k-1].edges
		} else {
			st[s+1].first = int32(sh.fanout[p])
		}
	}
	for s := range n {
		st[s+1].first += st[s].first
	}

	// edgeByte has room for step's word reads past its end (see index).
	m.edgeByte = make([]byte, n-1, n-1+8)
	m.edgeNext = make([]int32, n-1)
	m.depth = make([]int32, n+1)
	type frame struct{ s, edge int32 } // a state and the place of its next edge
	path := []frame{{0, 0}}
	st[0].out = -1
	st[n].out = -1
	nb = sh.numbering()
	prev := ""
	for g, t := range texts {
		l := sharedPrefix(prev, t)
		path = path[:l+1]
		for d := l; d < len(t); d++ {
			v, _ := nb.next()
			u := &path[d]
			m.edgeByte[u.edge] = t[d]
			m.edgeNext[u.edge] = v
			u.edge++
			edge := int32(t[d])
			if d > 0 && isWordByte(t[d-1]) {
				edge |= afterWord
			}
			st[v] = state{first: st[v].first, fail: ^u.s, out: -1, dict: edge}
			m.depth[v] = int32(d + 1)
			path = append(path, frame{v, st[v].first})
		}
		st[path[len(t)].s].out = int32(g)
		prev = t
	}
}

// linkFailures fills m.root and the failure and dictionary links of every
// state, in the order of their numbers: after the hot states, that is
// preorder, so that the states of one pattern, and mostly the states their
// links lead to, are visited one after the other rather than once a level
// as breadth first would, across the whole automaton.
//
// A failure link leads to the longest proper suffix that is a state and
// does not start between two word bytes (ASCII letters and digits): no
// candidate can start there (see validStart), so the scan need not follow
// one. Over Latin text this keeps the scan at the root inside words, where
// the plain links would lead it from state to state through every suffix
// of the word that starts some pattern ("eleased" in "released"). The
// dictionary links, made from the failure links, skip those suffixes'
// patterns as well. A state's links need
// its parent's and its failure target's (see link), which preorder does
// not always give first. m.index must have run, for step.
func (m *Matcher) linkFailures() {
	m.root = [256]int32{}
	for k := m.states[0].first; k < m.states[1].first; k++ {
		m.root[m.edgeByte[k]] = m.edgeNext[k]
	}
	m.states[0].fail, m.states[0].dict = 0, 0
	var stack []int32
	for s := int32(1); int(s) < len(m.states)-1; s++ {
		if m.states[s].fail < 0 {
			stack = m.link(s, stack)
		}
	}
}

// afterWord marks, in the dict field of a state not yet linked, that the
// byte before the one of its edge is a word byte (see layOut).
const afterWord = 1 << 8

// link sets the links of state s, after those of the states they need,
// which it finds by a walk with an explicit stack (a text can be long):
// its parent, whose failure target is where the search for s's starts,
// and its failure target, whose dictionary link s may take. So a linked
// state's whole chain of failure links is linked, as step needs. Each
// state on the stack is shallower than the one below it.
func (m *Matcher) link(s int32, stack []int32) []int32 {
	stack = append(stack[:0], s)
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		st := &m.states[v]
		if st.fail >= 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		f := int32(0)
		if u := ^st.fail; u != 0 {
			if m.states[u].fail < 0 {
				stack = append(stack, u)
				continue
			}
			c := byte(st.dict)
			if f = m.follow(m.states[u].fail, c); f < 0 {
				f = m.root[c]
				if st.dict&afterWord != 0 && isWordByte(c) {
					f = 0 // a suffix that starts inside a word
				}
			}
			if m.states[f].fail < 0 {
				stack = append(stack, f)
				continue
			}
		}
		st.fail = f
		if m.states[f].out >= 0 {
			st.dict = f
		} else {
			st.dict = m.states[f].dict
		}
		stack = stack[:len(stack)-1]
	}
	return stack
}

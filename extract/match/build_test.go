package match

import (
	"math/rand"
	"strings"
	"testing"
)

// TestBuildLinks checks every state of automata built from generated
// aliases and from nested ones against the definitions, found by brute
// force from the text that leads to each state: the failure link is the
// longest proper suffix that is a state and does not start between two
// word bytes, the dictionary link the longest such suffix that ends a
// group, the depth the text's length. It also
// checks the numbering: the root, then the wide states breadth first, then
// the other states up to hotDepth breadth first, then the rest in
// preorder.
func TestBuildLinks(t *testing.T) {
	var nested []Pattern
	for i := 1; i <= 60; i++ {
		nested = append(nested, Pattern{Text: strings.Repeat("一", i)}, Pattern{Text: strings.Repeat("ab", i)})
	}
	for name, ps := range map[string][]Pattern{
		"generated": genAliases(rand.New(rand.NewSource(3)), 20000),
		"nested":    nested,
		"words":     pats("ab", "b", "bc", "abc", "c", "a-b", "-b", "b-", "9x", "x", "é", "aé"),
		"one":       pats("a"),
		"none":      nil,
	} {
		m := NewMatcher(ps, MatcherOptions{})
		checkLinks(t, name, m)
	}
}

func checkLinks(t *testing.T, name string, m *Matcher) {
	t.Helper()
	n := len(m.states) - 1
	path := make([]string, n)
	parent := make([]int, n)
	order := []int{0} // breadth first
	for i := 0; i < len(order); i++ {
		u := order[i]
		for k := m.states[u].first; k < m.states[u+1].first; k++ {
			v := int(m.edgeNext[k])
			path[v] = path[u] + string([]byte{m.edgeByte[k]})
			parent[v] = u
			order = append(order, v)
		}
	}
	if len(order) != n {
		t.Fatalf("%s: %d states reachable of %d", name, len(order), n)
	}
	state := make(map[string]int, n)
	for s, p := range path {
		state[p] = s
	}
	for s := 1; s < n; s++ {
		p := path[s]
		st := m.states[s]
		if int(m.depth[s]) != len(p) {
			t.Fatalf("%s: state %d (%q): depth %d", name, s, p, m.depth[s])
		}
		fail, dict := 0, 0
		for k := len(p) - 1; k > 0; k-- {
			if j := len(p) - k; isWordByte(p[j-1]) && isWordByte(p[j]) {
				continue
			}
			if f, ok := state[p[len(p)-k:]]; ok {
				if fail == 0 {
					fail = f
				}
				if dict == 0 && m.states[f].out >= 0 {
					dict = f
				}
			}
		}
		if int(st.fail) != fail || int(st.dict) != dict {
			t.Fatalf("%s: state %d (%q): fail %d (%q), dict %d, want %d (%q) and %d",
				name, s, p, st.fail, path[st.fail], st.dict, fail, path[fail], dict)
		}
		if g := st.out; g >= 0 && int(m.grpLen[g]) != len(p) {
			t.Fatalf("%s: state %d (%q) ends group %d of length %d", name, s, p, g, m.grpLen[g])
		}
	}

	// The numbering. Breadth-first order, restricted to the wide states
	// and to the other hot ones, is theirs.
	wide := func(s int) bool { return m.states[s+1].first-m.states[s].first > maxNarrow }
	next := 1
	for i, hot := range []func(s int) bool{
		wide,
		func(s int) bool { return !wide(s) && len(path[s]) <= hotDepth },
	} {
		for _, s := range order[1:] {
			if hot(s) {
				if s != next {
					t.Fatalf("%s: state %q is number %d, want %d", name, path[s], s, next)
				}
				next++
			}
		}
		if i == 0 && len(m.wide) != next-1 {
			t.Fatalf("%s: %d wide rows for %d wide states", name, len(m.wide), next-1)
		}
	}
	// The rest in preorder: each state's text sorts after the one before.
	for s := next + 1; s < n; s++ {
		if path[s] <= path[s-1] {
			t.Fatalf("%s: state %d (%q) after %q: not preorder", name, s, path[s], path[s-1])
		}
	}
}

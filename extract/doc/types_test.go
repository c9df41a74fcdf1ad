package doc

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeStarts returns every offset of src where a decoder starts a rune,
// and len(src): the offsets kg's spans fall on.
func runeStarts(src []byte) []int {
	var offs []int
	for i := 0; i < len(src); {
		offs = append(offs, i)
		_, w := utf8.DecodeRune(src[i:])
		i += w
	}
	return append(offs, len(src))
}

// TestCharCounter asks offsets forward, backward and at random, over
// text long enough to leave many marks, with invalid bytes in it, and
// checks each answer against counting from the start.
func TestCharCounter(t *testing.T) {
	piece := "Ilya Sutskever 在多伦多大学读博，导师是 Geoffrey Hinton。\xe4\x41\x80\xff "
	src := []byte(strings.Repeat(piece, 700)) // about 50 KB
	offs := runeStarts(src)
	want := func(off int) int { return utf8.RuneCount(src[:off]) }
	rng := rand.New(rand.NewPCG(1, 2))
	orders := map[string][]int{"ascending": offs}
	var desc, random, jumps []int
	for i := len(offs) - 1; i >= 0; i -= 7 {
		desc = append(desc, offs[i])
	}
	for range 3000 {
		random = append(random, offs[rng.IntN(len(offs))])
	}
	for i := 0; i+1 < len(offs); i += 97 { // a mention, then its antecedent far back
		jumps = append(jumps, offs[i], offs[i/3])
	}
	orders["descending"], orders["random"], orders["jumps"] = desc, random, jumps
	for name, order := range orders {
		k := NewCharCounter(src)
		for _, off := range order {
			if got := k.At(off); got != want(off) {
				t.Fatalf("%s: At(%d) = %d, want %d", name, off, got, want(off))
			}
		}
	}
	k := NewCharCounter(src)
	if got := k.At(len(src) + 10); got != want(len(src)) {
		t.Errorf("At past the end = %d, want %d", got, want(len(src)))
	}
	if got := k.At(-1); got != 0 {
		t.Errorf("At(-1) = %d, want 0", got)
	}
}

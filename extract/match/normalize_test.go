package match

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	// spans lists, for each rune of the expected Text, the original span
	// that produced it, as "start:end".
	tests := []struct {
		name  string
		src   string
		text  string
		spans string
	}{
		// ASCII fast path.
		{"empty", "", "", ""},
		{"ascii", "GPT-3", "gpt-3", "0:1 1:2 2:3 3:4 4:5"},
		{"nul", "a\x00B", "a\x00b", "0:1 1:2 2:3"},
		{"crlf", "A\r\nB", "a\r\nb", "0:1 1:2 2:3 3:4"},

		// Full width and compatibility forms.
		{"full width", "ＯｐｅｎＡＩ", "openai", "0:3 3:6 6:9 9:12 12:15 15:18"},
		{"full width digits", "ＧＰＴ－３", "gpt-3", "0:3 3:6 6:9 9:12 12:15"},
		{"ligature", "ﬁx", "fix", "0:3 0:3 3:4"},
		{"kelvin", "\u212A", "k", "0:3"},
		{"chinese", "谷歌", "谷歌", "0:3 3:6"},
		{"mixed", "我Ａb", "我ab", "0:3 3:6 6:7"},

		// Composition: the segment is the starter with its marks.
		{"compose", "e\u0301x", "éx", "0:3 3:4"},
		{"compose upper", "E\u0301", "é", "0:3"},
		{"uncomposable mark", "x\u0301", "x\u0301", "0:3 0:3"},
		{"hangul jamo", "\u1100\u1161", "가", "0:6"},

		// Hangul compatibility letters: NFKC makes ㄳ a final jamo, which
		// joins a syllable before it but stands apart after anything else.
		{"compat final joins syllable", "가ㄳ", "갃", "0:6"},
		{"half-width final joins syllable", "꾀ﾯ", "꾎", "0:6"},
		{"compat vowel joins leading jamo", "\u1100ㅏ", "가", "0:6"},
		{"compat final after han", "歌ㄳ", "歌\u11AA", "0:3 3:6"},
		{"compat vowel after syllable", "성ㅠㅠ", "성\u1172\u1172", "0:3 3:6 6:9"},
		{"compat final joins, vowel after", "가ㄳㅠ", "갃\u1172", "0:6 6:9"},

		// Case.
		{"greek", "ΑΒΓ", "αβγ", "0:2 2:4 4:6"},
		{"dotted I", "İx", "ix", "0:2 2:3"},
		{"sharp s", "ẞ", "ß", "0:3"},

		// Bytes that are not UTF-8.
		{"invalid", "a\xffb", "a\uFFFDb", "0:1 1:2 2:3"},
		{"invalid only", "\xff\xfe", "\uFFFD\uFFFD", "0:1 1:2"},
		{"truncated rune", "谷\xe6\xad", "谷\uFFFD\uFFFD", "0:3 3:4 4:5"},
		{"surrogate", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD", "0:1 1:2 2:3"},
		{"invalid after mark base", "e\xcc", "e\uFFFD", "0:1 1:2"},
		{"replacement char", "\uFFFD", "\uFFFD", "0:3"},
		{"bom", "\uFEFFA", "\uFEFFa", "0:3 3:4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Normalize([]byte(tt.src))
			if string(n.Text) != tt.text {
				t.Fatalf("Text = %+q, want %+q", n.Text, tt.text)
			}
			var spans []string
			for i := range string(n.Text) {
				_, size := utf8.DecodeRune(n.Text[i:])
				s, e := n.Orig(i, i+size)
				spans = append(spans, fmt.Sprintf("%d:%d", s, e))
			}
			if got := strings.Join(spans, " "); got != tt.spans {
				t.Errorf("spans = %s, want %s", got, tt.spans)
			}
			checkOrig(t, []byte(tt.src), n)
		})
	}
}

func TestNormalizeOrigWhole(t *testing.T) {
	for _, src := range []string{"", "abc", "ＯｐｅｎＡＩ", "a\xffb", "谷歌 Brain"} {
		n := Normalize([]byte(src))
		s, e := n.Orig(0, len(n.Text))
		if s != 0 || e != len(src) {
			t.Errorf("%q: Orig(0, %d) = %d, %d; want 0, %d", src, len(n.Text), s, e, len(src))
		}
		if s, e := n.Orig(len(n.Text), len(n.Text)); s != len(src) || e != len(src) {
			t.Errorf("%q: Orig of the empty span at the end = %d, %d", src, s, e)
		}
	}
}

// TestNormalizeLinear checks that Text, the offset map and the number of
// allocations grow no faster than the input, for input that defeats the
// fast paths. It counts, it does not time.
func TestNormalizeLinear(t *testing.T) {
	units := []string{
		"Ａb谷\u0301\xffe\u0301\uFDFA",        // full width, mark, invalid, long expansion
		"x" + strings.Repeat("\u0301", 100), // a long run of marks
		"plain ascii ",
		"가ㄳㅠ歌ㄳ" + strings.Repeat("ㅠ", 40), // segments cut before compatibility letters
	}
	for _, unit := range units {
		var prevText, prevAllocs float64
		for _, k := range []int{1 << 8, 1 << 10, 1 << 12} {
			src := []byte(strings.Repeat(unit, k))
			n := Normalize(src)
			if n.segStart != nil && len(n.segStart) != len(n.Text) {
				t.Fatalf("%q×%d: map has %d entries for %d bytes of Text", unit, k, len(n.segStart), len(n.Text))
			}
			perByte := float64(len(n.Text)) / float64(len(src))
			if prevText != 0 && perByte != prevText {
				t.Errorf("%q×%d: %v bytes of Text per input byte, was %v", unit, k, perByte, prevText)
			}
			if perByte > 12 {
				t.Errorf("%q×%d: %v bytes of Text per input byte", unit, k, perByte)
			}
			prevText = perByte
			allocs := testing.AllocsPerRun(3, func() { Normalize(src) })
			if prevAllocs != 0 && allocs > prevAllocs+8 {
				t.Errorf("%q×%d: %v allocations, was %v for a quarter of the input", unit, k, allocs, prevAllocs)
			}
			prevAllocs = max(allocs, 1)
		}
	}
}

func TestNormalizeASCIIFastPath(t *testing.T) {
	src := []byte(strings.Repeat("Hello, World! ", 100))
	n := Normalize(src)
	if n.segStart != nil {
		t.Error("ASCII input stored an offset map")
	}
	if allocs := testing.AllocsPerRun(10, func() { Normalize(src) }); allocs > 2 {
		t.Errorf("ASCII input: %v allocations, want at most 2", allocs)
	}
	if !bytes.Equal(n.Text, bytes.ToLower(src)) {
		t.Errorf("Text = %q", n.Text)
	}
}

// checkOrig checks the offset map of n against its source: every rune of
// Text maps within src, monotonically, and spans of whole segments cover
// src without gaps.
func checkOrig(t *testing.T, src []byte, n *Normalized) {
	t.Helper()
	if !utf8.Valid(n.Text) {
		t.Fatalf("Text %q is not valid UTF-8", n.Text)
	}
	prevStart, prevEnd := 0, 0
	for i := 0; i < len(n.Text); i++ {
		s, e := n.Orig(i, i+1)
		if s < 0 || e > len(src) || s >= e {
			t.Fatalf("Orig(%d, %d) = %d, %d: not within %d bytes", i, i+1, s, e, len(src))
		}
		if s < prevStart || e < prevEnd {
			t.Fatalf("Orig(%d, %d) = %d, %d: before %d, %d", i, i+1, s, e, prevStart, prevEnd)
		}
		if n.boundary(i) && s != prevEnd {
			t.Fatalf("segment at Text[%d] starts at %d, previous ended at %d", i, s, prevEnd)
		}
		prevStart, prevEnd = s, e
	}
	if prevEnd != len(src) {
		t.Fatalf("segments end at %d, input has %d bytes", prevEnd, len(src))
	}
	for i := 0; i <= len(n.Text); i++ {
		for j := i; j <= len(n.Text) && j <= i+8; j++ {
			s, e := n.Orig(i, j)
			if s < 0 || s > e || e > len(src) {
				t.Fatalf("Orig(%d, %d) = %d, %d", i, j, s, e)
			}
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "GPT-3", "ＯｐｅｎＡＩ", "a\xffb", "e\u0301", "\uFDFA", "谷歌\x00\r\n", "\uFEFFİ"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		n := Normalize(src)
		checkOrig(t, src, n)
		if utf8.Valid(src) {
			for i := 0; i < len(n.Text); i++ {
				s, e := n.Orig(i, i+1)
				if !utf8.RuneStart(src[s]) || e < len(src) && !utf8.RuneStart(src[e]) {
					t.Fatalf("Orig(%d, %d) = %d, %d: not on rune boundaries", i, i+1, s, e)
				}
			}
		}
		if got := Normalize(n.Text).Text; len(n.Text) > 0 && !utf8.Valid(got) {
			t.Fatalf("normalising Text again gave invalid UTF-8 %q", got)
		}
	})
}

// TestNormalizeFastPath checks the fast paths against the plain
// segment-by-segment transform, for every rune of the BMP alone and after
// a run of ASCII, followed by runes of interesting kinds, and for the runes
// cjkStart accepts after a run of Han.
func TestNormalizeFastPath(t *testing.T) {
	nexts := []string{"", "a", "A", "谷", "\u0301", "\u0308", "\u1161", "\u11A8", "\u3099", "\uFF21", "\xff", "\uFDFA", "가", "\u0345",
		// Hangul compatibility letters: leading (ㄱ), vowel (ㅏ), final
		// (ㄳ), two vowels, a half-width final (ﾯ).
		"ㄱ", "ㅏ", "ㄳ", "ㅠㅠ", "ﾯ"}
	for _, lead := range []string{"", "Ab", "谷歌"} {
		for r := rune(0x80); r < 0x10000; r++ {
			if 0xD800 <= r && r <= 0xDFFF {
				continue
			}
			if lead == "谷歌" && !cjkStart([]byte(string(r))) {
				continue
			}
			for _, next := range nexts {
				checkFastPath(t, []byte(lead+string(r)+next))
			}
		}
	}
}

func checkFastPath(t *testing.T, src []byte) {
	t.Helper()
	fast, slow := normalize(src, true), normalize(src, false)
	if !bytes.Equal(fast.Text, slow.Text) || !slices.Equal(fast.segStart, slow.segStart) {
		t.Fatalf("%q: fast path gives %q %v, slow %q %v", src,
			fast.Text, fast.segStart, slow.Text, slow.segStart)
	}
}

// TestNextStarts checks nextStarts, on which the fast paths rest, against
// norm.NFKC.NextBoundary for every rune after a starter.
func TestNextStarts(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		b := []byte(string(r))
		want := norm.NFKC.NextBoundary(append([]byte("a"), b...), true) == 1
		if got := nextStarts(b); got != want {
			t.Errorf("nextStarts(%U) = %v, NextBoundary says %v", r, got, want)
		}
	}
}

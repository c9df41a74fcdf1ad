package match

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// want is an expected match. Its span is Start and the length of Surface;
// Start -1 means the first occurrence of Surface after the previous match.
type want struct {
	Surface string
	Pattern int
	Fuzzy   bool
	Start   int
}

func w(surface string, pattern int) want       { return want{surface, pattern, false, -1} }
func wf(surface string, pattern int) want      { return want{surface, pattern, true, -1} }
func wAt(surface string, pattern, at int) want { return want{surface, pattern, false, at} }

// pats makes patterns from aliases; a leading "=" marks a case-sensitive
// alias and a leading "!" one with NoFuzzy.
func pats(aliases ...string) []Pattern {
	var ps []Pattern
	for _, a := range aliases {
		var p Pattern
		for {
			if s, ok := strings.CutPrefix(a, "="); ok {
				p.CaseSensitive, a = true, s
			} else if s, ok := strings.CutPrefix(a, "!"); ok {
				p.NoFuzzy, a = true, s
			} else {
				break
			}
		}
		p.Text = a
		ps = append(ps, p)
	}
	return ps
}

type matcherTest struct {
	name     string
	patterns []Pattern
	text     string
	want     []want
}

// Cases that do not depend on fuzzy matching; they run with it on and off.
var matcherTests = []struct {
	group string
	tests []matcherTest
}{
	{"basics", []matcherTest{
		{"single", pats("OpenAI"), "I like OpenAI.", []want{wAt("OpenAI", 0, 7)}},
		{"several", pats("Hinton", "Google"), "Hinton joined Google", []want{wAt("Hinton", 0, 0), wAt("Google", 1, 14)}},
		{"repeated", pats("AI"), "AI and AI", []want{wAt("AI", 0, 0), wAt("AI", 0, 7)}},
		{"case folded", pats("OpenAI"), "OPENAI openai", []want{wAt("OPENAI", 0, 0), wAt("openai", 0, 7)}},
		{"chinese", pats("多伦多大学", "谷歌"), "他在多伦多大学和谷歌", []want{wAt("多伦多大学", 0, 6), wAt("谷歌", 1, 24)}},
		{"chinese with english", pats("谷歌", "Oriol Vinyals", "Quoc Le", "Seq2seq"),
			"他与谷歌研究员Oriol Vinyals和Quoc Le提出了Seq2seq学习",
			[]want{w("谷歌", 0), w("Oriol Vinyals", 1), w("Quoc Le", 2), w("Seq2seq", 3)}},
		{"spaces in pattern", pats("The Robot Brains Podcast"), "on The Robot Brains Podcast today", []want{wAt("The Robot Brains Podcast", 0, 3)}},
		{"no match", pats("OpenAI"), "nothing here", nil},
		{"alexnet exact", pats("AlexNet"), "Alexnet won", []want{wAt("Alexnet", 0, 0)}},
	}},
	{"leftmost-longest", []matcherTest{
		{"longer wins", pats("GPT", "GPT-3"), "GPT-3 and GPT", []want{w("GPT-3", 1), w("GPT", 0)}},
		{"longer wins regardless of order", pats("Google Brain", "Google"), "Google Brain team", []want{w("Google Brain", 0)}},
		{"leftmost beats longer", pats("Brain Team X", "Google Brain"), "Google Brain Team X", []want{w("Google Brain", 1)}},
		{"continue after match", pats("谷歌研", "研究员", "员"), "谷歌研究员", []want{w("谷歌研", 0), w("员", 2)}},
		{"invalid longer does not hide shorter", pats("Google", "Google B"), "Google Brain", []want{w("Google", 0)}},
		{"wrong-case longer does not hide shorter", pats("=LE MONDE", "le"), "Le Monde", []want{w("Le", 1)}},
		{"adjacent", pats("谷歌", "百度"), "谷歌百度", []want{w("谷歌", 0), w("百度", 1)}},
		{"suffix pattern", pats("Brain", "Google Brain Team"), "Google Brain", []want{w("Brain", 0)}},
	}},
	{"tie-break", []matcherTest{
		{"duplicate", pats("OpenAI", "OpenAI"), "OpenAI", []want{w("OpenAI", 0)}},
		{"same normal form", pats("openai", "OpenAI", "ＯｐｅｎＡＩ"), "OpenAI", []want{w("OpenAI", 0)}},
		{"case-sensitive mismatch falls to next", pats("=LE", "le"), "Le", []want{w("Le", 1)}},
		{"case-sensitive match keeps index", pats("=Le", "le"), "Le", []want{w("Le", 0)}},
	}},
	{"capitals", []matcherTest{
		{"an acronym in capitals", pats("LED"), "The LED lit.", []want{w("LED", 0)}},
		{"an acronym opening a sentence", pats("LED"), "Led by Roe.", []want{w("Led", 0)}},
		{"not a word in lower case", pats("LED", "US"), "a group led by us", nil},
		{"full-width capitals", pats("IBM"), "ＩＢＭ and ibm", []want{w("ＩＢＭ", 0)}},
		{"digits and a capital", pats("3M"), "3m of tape from 3M", []want{w("3M", 0)}},
		{"mixed case matches any case", pats("OpenAI"), "openai", []want{w("openai", 0)}},
		{"a lower-case pattern too", pats("led"), "led", []want{w("led", 0)}},
		{"same normal form, the acronym passed over", pats("US", "us"), "us", []want{w("us", 1)}},
		{"han with capitals", pats("IBM中国"), "ibm中国 IBM中国", []want{w("IBM中国", 0)}},
	}},
	{"boundaries", []matcherTest{
		{"not inside a word", pats("Le"), "Level", nil},
		{"not a prefix", pats("Alex"), "AlexNet", nil},
		{"not a prefix in chinese", pats("Alex"), "我和AlexNet", nil},
		{"latin in chinese", pats("Alex"), "和Alex聊天", []want{w("Alex", 0)}},
		{"latin before chinese", pats("Hinton"), "给Hinton留下", []want{w("Hinton", 0)}},
		{"not before hyphen and word", pats("GPT"), "GPT-4", nil},
		{"before hyphen and space", pats("GPT"), "GPT- 4", []want{w("GPT", 0)}},
		{"before final hyphen", pats("GPT"), "GPT-", []want{w("GPT", 0)}},
		{"after hyphen", pats("GPT"), "4-GPT", []want{w("GPT", 0)}},
		{"before hyphen and compound head", pats("Sequoia"), "a Sequoia-backed firm", []want{w("Sequoia", 0)}},
		{"before hyphen and compound head, any case", pats("Seattle"), "Seattle-Based", []want{w("Seattle", 0)}},
		{"compound head that goes on", pats("Acme"), "Acme-based-X", nil},
		{"word that only starts like a head", pats("Acme"), "Acme-backedup", nil},
		{"digit neighbour", pats("GPT"), "GPT3 GPT", []want{wAt("GPT", 0, 5)}},
		{"punctuation", pats("Google"), "(Google)", []want{w("Google", 0)}},
		{"underscore", pats("Google"), "_Google_", []want{w("Google", 0)}},
		{"cyrillic neighbour", pats("Alex"), "Alexд", nil},
		{"greek neighbour", pats("Alex"), "αAlex", nil},
		{"accented neighbour", pats("Alex"), "Alexé", nil},
		{"cjk inside cjk", pats("谷歌"), "谷歌研究员", []want{w("谷歌", 0)}},
		{"cjk between latin", pats("谷歌"), "Google谷歌Brain", []want{w("谷歌", 0)}},
		{"kana", pats("アルファ"), "アルファ碁", []want{w("アルファ", 0)}},
		{"hangul", pats("구글"), "구글에서", []want{w("구글", 0)}},
		{"mixed pattern latin end", pats("谷歌AI"), "谷歌AIX 谷歌AI", []want{wAt("谷歌AI", 0, 10)}},
		{"digit inside identifier", pats("3"), "GPT-3", []want{w("3", 0)}},
		{"pattern ending in punctuation", pats("Inc."), "Inc.x", []want{w("Inc.", 0)}},
		{"full-width neighbour", pats("Alex"), "ＡｌｅｘＮｅｔ", nil},
	}},
	{"case sensitivity", []matcherTest{
		{"same case", pats("=Le"), "Quoc Le", []want{w("Le", 0)}},
		{"lower", pats("=Le"), "le monde", nil},
		{"upper", pats("=Le"), "LE", nil},
		{"full width same case", pats("=Le"), "Ｌｅ", []want{w("Ｌｅ", 0)}},
		{"full width pattern", pats("=ＬＥ"), "LE le", []want{w("LE", 0)}},
		{"chinese", pats("=谷歌"), "谷歌", []want{w("谷歌", 0)}},
	}},
	{"normalisation", []matcherTest{
		{"full width text", pats("OpenAI"), "我爱ＯｐｅｎＡＩ！", []want{wAt("ＯｐｅｎＡＩ", 0, 6)}},
		{"full width pattern", pats("ＧＰＴ"), "Gpt", []want{wAt("Gpt", 0, 0)}},
		{"full width digits", pats("GPT-3"), "用ＧＰＴ－３写", []want{wAt("ＧＰＴ－３", 0, 3)}},
		{"ligature", pats("file"), "a ﬁle", []want{wAt("ﬁle", 0, 2)}},
		{"composed pattern decomposed text", pats("café"), "cafe\u0301 au lait", []want{wAt("cafe\u0301", 0, 0)}},
		{"no match inside a segment", pats("cafe"), "cafe\u0301", nil},
		{"no match on a base with a mark", pats("x"), "x\u0301", nil},
		{"kelvin", pats("Kelvin"), "\u212Aelvin", []want{wAt("\u212Aelvin", 0, 0)}},
		{"not inside one expanded rune", pats("الله"), "\uFDFA", nil},
		{"whole expanded rune", pats("صلى الله عليه وسلم"), "(\uFDFA)", []want{wAt("\uFDFA", 0, 1)}},
	}},
	{"bytes", []matcherTest{
		{"invalid around", pats("AB"), "\xffAB\xfe", []want{wAt("AB", 0, 1)}},
		{"invalid inside", pats("AB"), "A\xffB", nil},
		{"nul", pats("A"), "A\x00A", []want{wAt("A", 0, 0), wAt("A", 0, 2)}},
		{"bom", pats("Google"), "\uFEFFGoogle", []want{wAt("Google", 0, 3)}},
		{"crlf", pats("Google", "Brain"), "Google\r\nBrain\r\n", []want{wAt("Google", 0, 0), wAt("Brain", 1, 8)}},
		{"invalid and chinese", pats("谷歌"), "\xe8谷歌\xe6\xad", []want{wAt("谷歌", 0, 1)}},
	}},
	{"empty", []matcherTest{
		{"empty text", pats("OpenAI"), "", nil},
		{"no patterns", nil, "OpenAI", nil},
		{"empty pattern", pats("", "a"), "a", []want{w("a", 1)}},
		{"only empty pattern", pats(""), "abc", nil},
	}},
}

// Cases for fuzzy matching, run with MatcherOptions.Fuzzy; exact is what
// the matcher finds without it.
var fuzzyTests = []struct {
	matcherTest
	exact []want
}{
	{matcherTest{"substitution", pats("Greg Brockman"), "Greg Brookman", []want{wf("Greg Brookman", 0)}}, nil},
	{matcherTest{"deletion", pats("Pieter Abbeel"), "Piter Abbeel", []want{wf("Piter Abbeel", 0)}}, nil},
	{matcherTest{"insertion", pats("Pieter Abbeel"), "Pieter Abbbeel", []want{wf("Pieter Abbbeel", 0)}}, nil},
	{matcherTest{"transposition", pats("Greg Brockman"), "Greg Brokcman said", []want{wf("Greg Brokcman", 0)}}, nil},
	{matcherTest{"folded I for l", pats("AlphaGo"), "AIphaGo beat Lee", []want{wf("AIphaGo", 0)}}, nil},
	{matcherTest{"in chinese", pats("Greg Brockman"), "他与Greg Brookman见面", []want{wf("Greg Brookman", 0)}}, nil},
	{matcherTest{"accent", pats("Jurgen Schmidhuber"), "Jürgen Schmidhuber", []want{wf("Jürgen Schmidhuber", 0)}}, nil},
	{matcherTest{"exact beats fuzzy", pats("Greg Brockman", "Greg Brokman"), "Greg Brokman", []want{w("Greg Brokman", 1)}}, []want{w("Greg Brokman", 1)}},
	{matcherTest{"exact beats fuzzy of a lower index", pats("Greg Brockman", "Greg Brokman", "Greg Brokmann"), "Greg Brokman", []want{w("Greg Brokman", 1)}}, []want{w("Greg Brokman", 1)}},
	{matcherTest{"exact case-sensitive beats fuzzy", pats("Greg Brockman", "=Greg Brokman"), "Greg Brokman greg brokman", []want{w("Greg Brokman", 1), wf("greg brokman", 0)}}, []want{w("Greg Brokman", 1)}},
	{matcherTest{"exact without typos beats fuzzy", pats("Greg Brockman", "!Greg Brokman"), "Greg Brokman", []want{w("Greg Brokman", 1)}}, []want{w("Greg Brokman", 1)}},
	{matcherTest{"fuzzy longer beats exact", pats("Greg", "Greg Brockman"), "Greg Brookman", []want{wf("Greg Brookman", 1)}}, []want{w("Greg", 0)}},
	{matcherTest{"lowest fuzzy index", pats("Pieter Abbeel", "Pieter Abbeek"), "Pieter Abbeex", []want{wf("Pieter Abbeex", 0)}}, nil},
	{matcherTest{"too short", pats("Google"), "Googles Googel", nil}, nil},
	{matcherTest{"no fuzzy", pats("!Greg Brockman"), "Greg Brookman", nil}, nil},
	{matcherTest{"fuzzy span ends in a letter", pats("Analytical Engine"), "the Analytical Engine.", []want{w("Analytical Engine", 0)}}, []want{w("Analytical Engine", 0)}},
	{matcherTest{"fuzzy span ends in a letter, hyphen", pats("Analytical Engine"), "Analytical Engine-", []want{w("Analytical Engine", 0)}}, []want{w("Analytical Engine", 0)}},
	{matcherTest{"case-sensitive", pats("=Greg Brockman"), "Greg Brookman", nil}, nil},
	{matcherTest{"an acronym takes no typo", pats("SAMSUNG"), "samsnug SAMSNUG SAMSUNG", []want{w("SAMSUNG", 0)}}, []want{w("SAMSUNG", 0)}},
	{matcherTest{"first rune differs", pats("Greg Brockman"), "Kreg Brockman", nil}, nil},
	{matcherTest{"word count differs", pats("Greg Brockman"), "GregBrockman", nil}, nil},
	{matcherTest{"two edits", pats("Greg Brockman"), "Greg Brookmen", nil}, nil},
	{matcherTest{"digit edit", pats("Model-123"), "Model-124 Model-1234", nil}, nil},
	{matcherTest{"letter edit next to digits", pats("Model-123"), "Modle-123", []want{wf("Modle-123", 0)}}, nil},
	{matcherTest{"boundary", pats("AlphaGo"), "AIphaGoZero AIphaGo-X", nil}, nil},
	{matcherTest{"not a chinese script pattern", pats("多伦多大学教授"), "多伦多大学救授", nil}, nil},
	{matcherTest{"exact elsewhere", pats("AlphaGo"), "AlphaGo and AIphaGo", []want{w("AlphaGo", 0), wf("AIphaGo", 0)}}, []want{w("AlphaGo", 0)}},
	{matcherTest{"trailing dot", pats("OpenAI Inc."), "OpenAl Inc. said", []want{wf("OpenAl Inc.", 0)}}, nil},
	{matcherTest{"dot dropped", pats("OpenAI Inc."), "OpenAI Inc said", []want{wf("OpenAI Inc", 0)}}, nil},
	{matcherTest{"no typo in a function word", pats("The Gamma Capital"), "then Gamma Capital rose", nil}, nil},
	{matcherTest{"no typo in a function word, inside", pats("Bank of America"), "Bank or America", nil}, nil},
	{matcherTest{"a typo beside a function word", pats("The Gamma Capital"), "The Gamma Capitel", []want{wf("The Gamma Capitel", 0)}}, nil},
	{matcherTest{"a space dropped between words is no typo of a function word", pats("Le  Monde"), "le Monde", []want{wf("le Monde", 0)}}, nil},
	{matcherTest{"a demonym is no typo of its place", pats("America", "Austria", "Pakistan"), "an American, an Austrian and a Pakistani", nil}, nil},
	{matcherTest{"a letter added elsewhere is a typo", pats("Austria"), "Austriaa and Austrija", []want{wf("Austriaa", 0), wf("Austrija", 0)}}, nil},
}

func runMatcherTest(t *testing.T, tt matcherTest, opt MatcherOptions, wants []want) {
	t.Helper()
	got := NewMatcher(tt.patterns, opt).FindAllBytes([]byte(tt.text))
	var exp []Match
	from := 0
	for _, w := range wants {
		start := w.Start
		if start < 0 {
			k := strings.Index(tt.text[from:], w.Surface)
			if k < 0 {
				t.Fatalf("bad test: %q not in %q after %d", w.Surface, tt.text, from)
			}
			start = from + k
		}
		if tt.text[start:start+len(w.Surface)] != w.Surface {
			t.Fatalf("bad test: %q not at %d in %q", w.Surface, start, tt.text)
		}
		exp = append(exp, Match{Start: start, End: start + len(w.Surface), Pattern: w.Pattern, Fuzzy: w.Fuzzy})
		from = start + len(w.Surface)
	}
	if !slices.Equal(got, exp) {
		t.Errorf("FindAll(%q) = %s\nwant %s", tt.text, showMatches(tt.text, got), showMatches(tt.text, exp))
	}
	if naive := naiveFindAll(tt.patterns, opt, []byte(tt.text)); !slices.Equal(got, naive) {
		t.Errorf("FindAll(%q) = %s\nnaive %s", tt.text, showMatches(tt.text, got), showMatches(tt.text, naive))
	}
}

func TestMatcher(t *testing.T) {
	for _, g := range matcherTests {
		for _, tt := range g.tests {
			for _, opt := range []MatcherOptions{{}, {Fuzzy: true}} {
				t.Run(fmt.Sprintf("%s/%s/fuzzy=%v", g.group, tt.name, opt.Fuzzy), func(t *testing.T) {
					runMatcherTest(t, tt, opt, tt.want)
				})
			}
		}
	}
}

func TestMatcherFuzzy(t *testing.T) {
	for _, tt := range fuzzyTests {
		t.Run(tt.name+"/fuzzy=true", func(t *testing.T) {
			runMatcherTest(t, tt.matcherTest, MatcherOptions{Fuzzy: true}, tt.want)
		})
		t.Run(tt.name+"/fuzzy=false", func(t *testing.T) {
			runMatcherTest(t, tt.matcherTest, MatcherOptions{}, tt.exact)
		})
	}
}

func showMatches(text string, ms []Match) string {
	var b strings.Builder
	b.WriteString("[")
	for i, m := range ms {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%d:%d", m.Start, m.End)
		if 0 <= m.Start && m.Start <= m.End && m.End <= len(text) {
			fmt.Fprintf(&b, "%q", text[m.Start:m.End])
		}
		fmt.Fprintf(&b, "#%d", m.Pattern)
		if m.Fuzzy {
			b.WriteString("~")
		}
	}
	b.WriteString("]")
	return b.String()
}

// naiveFindAll is the reference: every pattern at every offset, every span
// for fuzzy candidates, then the selection rule by sorting.
func naiveFindAll(patterns []Pattern, opt MatcherOptions, src []byte) []Match {
	n := Normalize(src)
	t := n.Text
	segBoundary := func(i int) bool {
		if i == 0 || i == len(t) {
			return true
		}
		a, _ := n.Orig(i-1, i)
		b, _ := n.Orig(i, i+1)
		return a != b
	}
	word := func(r rune) bool {
		return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) &&
			!unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	}
	bounded := func(i, j int) bool {
		if !segBoundary(i) || !segBoundary(j) {
			return false
		}
		rs := []rune(string(t[i:j]))
		before := []rune(string(t[:i]))
		after := []rune(string(t[j:]))
		if word(rs[0]) && len(before) > 0 && word(before[len(before)-1]) {
			return false
		}
		if word(rs[len(rs)-1]) && len(after) > 0 {
			if word(after[0]) {
				return false
			}
			if after[0] == '-' && len(after) > 1 && word(after[1]) {
				// A hyphen goes on with the name unless a compound head
				// follows it ("Acme-backed").
				n := 1
				for n < len(after) && word(after[n]) {
					n++
				}
				head := string(after[1:n])
				if n < len(after) && after[n] == '-' || !slices.ContainsFunc([]string{"backed", "based", "owned", "funded", "financed", "sponsored", "controlled", "affiliated", "led", "run", "born", "founded", "headquartered", "listed", "made", "built", "designed", "developed", "educated", "trained"}, func(h string) bool { return strings.EqualFold(h, head) }) {
					return false
				}
			}
		}
		return true
	}
	latin := func(r rune) bool {
		return '0' <= r && r <= '9' || unicode.Is(unicode.Latin, r) && unicode.IsLetter(r)
	}
	alphabet := func(s []rune) bool {
		for _, r := range s {
			if !latin(r) && r != ' ' && r != '-' && r != '.' {
				return false
			}
		}
		return true
	}
	type cand struct {
		start, end, pattern int
		fuzzy               bool
	}
	var cands []cand
	for pi, p := range patterns {
		np := Normalize([]byte(p.Text)).Text
		if len(np) == 0 {
			continue
		}
		// Written in capitals only: a span needs a capital, and a typo's
		// candidate none is checked for.
		capitals := !strings.ContainsFunc(p.Text, unicode.IsLower) && strings.ContainsFunc(p.Text, unicode.IsUpper)
		for i := 0; i+len(np) <= len(t); i++ {
			if !bytes.Equal(t[i:i+len(np)], np) || !bounded(i, i+len(np)) {
				continue
			}
			if p.CaseSensitive {
				a, b := n.Orig(i, i+len(np))
				if !bytes.Equal(appendNFKC(nil, src[a:b]), appendNFKC(nil, []byte(p.Text))) {
					continue
				}
			} else if capitals {
				a, b := n.Orig(i, i+len(np))
				if span := string(src[a:b]); !strings.ContainsFunc(span, unicode.IsUpper) {
					continue
				}
			}
			cands = append(cands, cand{i, i + len(np), pi, false})
		}
		pr := []rune(string(np))
		alnum := 0
		for _, r := range pr {
			if latin(r) {
				alnum++
			}
		}
		if !opt.Fuzzy || p.CaseSensitive || p.NoFuzzy || capitals || !alphabet(pr) || !latin(pr[0]) || pr[len(pr)-1] == ' ' || alnum < 7 {
			continue
		}
		for i := range string(t) {
			for j := i + 1; j <= len(t); j++ {
				if !utf8.Valid(t[i:j]) || j < len(t) && !utf8.RuneStart(t[j]) {
					continue
				}
				sr := []rune(string(t[i:j]))
				if !alphabet(sr) || !latin(sr[0]) || !latin(sr[len(sr)-1]) && sr[len(sr)-1] != pr[len(pr)-1] || sr[0] != pr[0] ||
					len(strings.Fields(string(sr))) != len(strings.Fields(string(pr))) ||
					!bounded(i, j) || !naiveOneEdit(sr, pr) || naiveFunctionWordEdit(sr, pr) || naiveDemonym(sr, pr) {
					continue
				}
				cands = append(cands, cand{i, j, pi, true})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		if c := cmp.Compare(b.end, a.end); c != 0 {
			return c
		}
		if a.fuzzy != b.fuzzy {
			if a.fuzzy {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.pattern, b.pattern)
	})
	var out []Match
	pos := 0
	for _, c := range cands {
		if c.start < pos {
			continue
		}
		a, b := n.Orig(c.start, c.end)
		out = append(out, Match{Start: a, End: b, Pattern: c.pattern, Fuzzy: c.fuzzy})
		pos = c.end
	}
	return out
}

// naiveFunctionWordEdit reports whether a word of p that s changes is
// one of the function words no typo is read into.
func naiveFunctionWordEdit(s, p []rune) bool {
	sw, pw := strings.Fields(string(s)), strings.Fields(string(p))
	for k := range pw {
		if k < len(sw) && sw[k] != pw[k] && slices.Contains([]string{"the", "a", "an", "of", "and", "for", "in", "at", "on", "to",
			"de", "la", "le", "el", "der", "die", "das", "von", "van", "du", "des", "di", "da", "del"}, strings.ToLower(pw[k])) {
			return true
		}
	}
	return false
}

// naiveOneEdit reports whether s is p after one substitution, insertion,
// deletion or adjacent transposition that involves no digit.
// naiveDemonym reports whether s is p and a demonym's ending: p ending
// in "a" with "n" added, or in a consonant letter with "i" added.
func naiveDemonym(s, p []rune) bool {
	ss, ps := string(s), string(p)
	switch {
	case ss == ps+"n":
		return strings.HasSuffix(ps, "a")
	case ss == ps+"i":
		last := p[len(p)-1]
		return unicode.IsLower(last) && last < utf8.RuneSelf && !strings.ContainsRune("aeiouy", last)
	}
	return false
}

func naiveOneEdit(s, p []rune) bool {
	digit := func(r rune) bool { return '0' <= r && r <= '9' }
	without := func(x []rune, k int) []rune { return slices.Concat(x[:k], x[k+1:]) }
	switch len(s) - len(p) {
	case 0:
		diff := 0
		for k := range s {
			if s[k] != p[k] {
				if digit(s[k]) || digit(p[k]) {
					diff = 2
				}
				diff++
			}
		}
		if diff == 1 {
			return true
		}
		for k := 0; k+1 < len(p); k++ {
			if p[k] != p[k+1] && !digit(p[k]) && !digit(p[k+1]) {
				q := slices.Clone(p)
				q[k], q[k+1] = q[k+1], q[k]
				if slices.Equal(q, s) {
					return true
				}
			}
		}
	case 1:
		for k := range s {
			if !digit(s[k]) && slices.Equal(without(s, k), p) {
				return true
			}
		}
	case -1:
		for k := range p {
			if !digit(p[k]) && slices.Equal(without(p, k), s) {
				return true
			}
		}
	}
	return false
}

// checkMatches checks the invariants of any result: spans within the
// input, in order, not overlapping, on rune boundaries of valid input.
func checkMatches(t *testing.T, src []byte, npat int, ms []Match) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(src) {
			t.Fatalf("match %v out of order or bounds (previous end %d, input %d bytes)", m, prev, len(src))
		}
		if m.Pattern < 0 || m.Pattern >= npat {
			t.Fatalf("match %v: no such pattern", m)
		}
		if utf8.Valid(src) && (!utf8.RuneStart(src[m.Start]) || m.End < len(src) && !utf8.RuneStart(src[m.End])) {
			t.Fatalf("match %v not on rune boundaries of %q", m, src)
		}
		prev = m.End
	}
}

// pieces are the building blocks of generated patterns and texts.
var pieces = []string{
	"a", "b", "A", "ab", "alpha", "go", "Go", "greg", "brock", "man", "Le", "vel", "3", "12",
	" ", " ", "-", ".", ",", "谷", "歌", "研", "Ａ", "ｂ", "é", "e\u0301", "\u0301", "ﬁ",
	"\xff", "\x00", "\uFEFF", "\r\n", "д", "ア", "İ", "x", "LED", "led", "US",
}

func randomString(r *rand.Rand, maxPieces int) string {
	var b strings.Builder
	for range r.Intn(maxPieces + 1) {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// mutate applies one random edit to s, to make near misses for fuzzy
// matching.
func mutate(r *rand.Rand, s string) string {
	rs := []rune(s)
	if len(rs) < 2 {
		return s
	}
	k := r.Intn(len(rs) - 1)
	switch r.Intn(4) {
	case 0:
		rs[k] = 'x'
	case 1:
		rs = slices.Delete(rs, k, k+1)
	case 2:
		rs = slices.Insert(rs, k, 'o')
	default:
		rs[k], rs[k+1] = rs[k+1], rs[k]
	}
	return string(rs)
}

func randomCase(r *rand.Rand) ([]Pattern, []byte) {
	var ps []Pattern
	for range 1 + r.Intn(6) {
		p := Pattern{Text: randomString(r, 5), CaseSensitive: r.Intn(5) == 0, NoFuzzy: r.Intn(5) == 0}
		if r.Intn(3) == 0 {
			p.Text = []string{"Greg Brockman", "AlphaGo", "Model-12", "alpha go-go", "Brock.man"}[r.Intn(5)]
		}
		ps = append(ps, p)
	}
	var text strings.Builder
	for range r.Intn(8) {
		switch r.Intn(3) {
		case 0:
			text.WriteString(randomString(r, 3))
		case 1:
			text.WriteString(ps[r.Intn(len(ps))].Text)
		default:
			text.WriteString(mutate(r, ps[r.Intn(len(ps))].Text))
		}
	}
	return ps, []byte(text.String())
}

func TestMatcherAgreesWithNaive(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	iters := 20000
	if testing.Short() {
		iters = 2000
	}
	for range iters {
		ps, text := randomCase(r)
		for _, opt := range []MatcherOptions{{}, {Fuzzy: true}} {
			got := NewMatcher(ps, opt).FindAllBytes(text)
			checkMatches(t, text, len(ps), got)
			if want := naiveFindAll(ps, opt, text); !slices.Equal(got, want) {
				t.Fatalf("patterns %v fuzzy=%v\ntext %q\ngot   %s\nnaive %s", ps, opt.Fuzzy, text,
					showMatches(string(text), got), showMatches(string(text), want))
			}
		}
	}
}

// FuzzMatcher compares the matcher with naiveFindAll. Patterns are the
// lines of pats; bit i of cs and nofuzzy sets the flags of pattern i (for
// the first 8).
func FuzzMatcher(f *testing.F) {
	f.Add("Le\nLevel", "Level Le", uint8(1), uint8(0), false)
	f.Add("GPT\nGPT-3", "GPT-3 GPT-4 GPT", uint8(0), uint8(0), false)
	f.Add("Alex\nAlexNet", "我和AlexNet和Alex聊天", uint8(0), uint8(0), true)
	f.Add("Greg Brockman\nPieter Abbeel\nAlphaGo", "Greg Brookman, Piter Abbeel and AIphaGo", uint8(0), uint8(0), true)
	f.Add("OpenAI\n谷歌", "ＯｐｅｎＡＩ\xff谷歌\x00", uint8(0), uint8(0), true)
	f.Add("cafe\ncafé", "cafe\u0301 ﬁle", uint8(2), uint8(1), true)
	f.Add("x0\nx1\nx2\nx3\nx4\nx5\nx6\nx7\nx8\nx9\nxx9", "x9 xx9 x5x xx", uint8(0), uint8(0), false)
	f.Add("一\n一一\n一一一\n一一一一", "一一一一一一一一一一", uint8(0), uint8(0), false)
	f.Add("ab\nbcd\nabcdefgh\ncd\nd", "xab abcdefg bcd cd", uint8(0), uint8(0), false)
	f.Add("abcdefgh\nbcdefghij\nefg", "abcdefghij abcdefgX", uint8(0), uint8(0), true)
	f.Fuzz(func(t *testing.T, pats, text string, cs, nofuzzy uint8, fuzzy bool) {
		if len(pats) > 400 || len(text) > 200 {
			t.Skip()
		}
		var ps []Pattern
		for i, line := range strings.Split(pats, "\n") {
			if i >= 32 { // enough for states with more than maxNarrow edges
				break
			}
			ps = append(ps, Pattern{Text: line, CaseSensitive: cs&(1<<i) != 0, NoFuzzy: nofuzzy&(1<<i) != 0})
		}
		opt := MatcherOptions{Fuzzy: fuzzy}
		src := []byte(text)
		m := NewMatcher(ps, opt)
		got := m.FindAllBytes(src)
		checkMatches(t, src, len(ps), got)
		if want := naiveFindAll(ps, opt, src); !slices.Equal(got, want) {
			t.Fatalf("patterns %v fuzzy=%v\ntext %q\ngot   %s\nnaive %s", ps, fuzzy, text,
				showMatches(text, got), showMatches(text, want))
		}
		// The compiled form, rebuilt on load, finds the same.
		if again := roundTrip(t, m, len(ps)).FindAllBytes(src); !slices.Equal(again, got) {
			t.Fatalf("patterns %v fuzzy=%v\ntext %q\nread back %s\noriginal  %s", ps, fuzzy, text,
				showMatches(text, again), showMatches(text, got))
		}
	})
}

// TestMatcherAutomaton checks the shape of the automaton on a dictionary
// with shared prefixes and suffixes.
func TestMatcherAutomaton(t *testing.T) {
	m := NewMatcher(pats("he", "she", "his", "hers", "she"), MatcherOptions{})
	// States: root, h, he, her, hers, hi, his, s, sh, she.
	if got := len(m.states) - 1; got != 10 {
		t.Errorf("%d states, want 10", got)
	}
	if got := len(m.edgeByte); got != 9 {
		t.Errorf("%d edges, want 9", got)
	}
	for s := range len(m.states) - 1 {
		edges := m.edgeByte[m.states[s].first:m.states[s+1].first]
		if !slices.IsSorted(edges) {
			t.Errorf("state %d: edges %q not sorted", s, edges)
		}
	}
	if got := m.grpIDs[m.grpFirst[len(m.grpLen)-1]:]; !slices.Equal(got, []int32{1, 4}) {
		t.Errorf("last group (she) = %v, want [1 4]", got)
	}
}

func TestMatcherConcurrent(t *testing.T) {
	m := NewMatcher(pats("Greg Brockman", "谷歌", "GPT-3"), MatcherOptions{Fuzzy: true})
	text := []byte("Greg Brookman 在谷歌用 GPT-3。")
	want := m.FindAllBytes(text)
	done := make(chan []Match)
	for range 8 {
		go func() { done <- m.FindAllBytes(text) }()
	}
	for range 8 {
		if got := <-done; !slices.Equal(got, want) {
			t.Errorf("concurrent FindAll = %v, want %v", got, want)
		}
	}
}

func ExampleMatcher_FindAll() {
	m := NewMatcher([]Pattern{
		{Text: "Google"},
		{Text: "Google Brain"},
		{Text: "Le", CaseSensitive: true},
		{Text: "AlphaGo"},
		{Text: "谷歌"},
	}, MatcherOptions{Fuzzy: true})
	text := []byte("Quoc Le (Google Brain, 谷歌) built AIphaGo? No. Level: le.")
	for _, m := range m.FindAll(Normalize(text)) {
		fmt.Printf("%d-%d %q pattern=%d fuzzy=%v\n", m.Start, m.End, text[m.Start:m.End], m.Pattern, m.Fuzzy)
	}
	// Output:
	// 5-7 "Le" pattern=2 fuzzy=false
	// 9-21 "Google Brain" pattern=1 fuzzy=false
	// 23-29 "谷歌" pattern=4 fuzzy=false
	// 37-44 "AIphaGo" pattern=3 fuzzy=true
}

func ExampleNormalize() {
	src := []byte("用ＧＰＴ－３")
	n := Normalize(src)
	start, end := n.Orig(3, len(n.Text))
	fmt.Printf("%q %q %q\n", n.Text, n.Text[3:], src[start:end])
	// Output:
	// "用gpt-3" "gpt-3" "ＧＰＴ－３"
}

// TestMatcherWideStates compares the matcher with naiveFindAll on
// dictionaries where states have more than maxNarrow edges, in Latin and in
// Chinese (whose runes share lead bytes), so that the bitmap search is used
// both on a scan's way down and on failure links.
func TestMatcherWideStates(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	var ps []Pattern
	for c := byte('0'); c <= '9'; c++ {
		ps = append(ps, Pattern{Text: "a" + string(c)}, Pattern{Text: "ab" + string(c) + "x"})
	}
	for c := 'a'; c <= 'z'; c++ {
		ps = append(ps, Pattern{Text: "z" + string(c) + "z"})
	}
	for i := range 40 {
		ps = append(ps, Pattern{Text: string(rune(0x4E00+i*7)) + string(rune(0x4E00+i*13))})
	}
	ps = append(ps, Pattern{Text: "AB", CaseSensitive: true})
	m := NewMatcher(ps, MatcherOptions{})
	if len(m.wide) < 3 {
		t.Fatalf("%d wide states, want at least 3", len(m.wide))
	}
	for s := 1; s < len(m.states)-1; s++ {
		if n := m.states[s+1].first - m.states[s].first; (n > maxNarrow) != (s <= len(m.wide)) {
			t.Fatalf("state %d has %d edges, but %d wide states come first", s, n, len(m.wide))
		}
	}
	for range 3000 {
		var text strings.Builder
		for range r.Intn(12) {
			switch r.Intn(4) {
			case 0:
				text.WriteString(ps[r.Intn(len(ps))].Text)
			case 1:
				text.WriteString(mutate(r, ps[r.Intn(len(ps))].Text))
			case 2:
				text.WriteString([]string{" ", "a", "ab", "z", "Ab", "，", string(rune(0x4E00 + r.Intn(300)))}[r.Intn(7)])
			default:
				text.WriteString(randomString(r, 2))
			}
		}
		src := []byte(text.String())
		got := m.FindAllBytes(src)
		if want := naiveFindAll(ps, MatcherOptions{}, src); !slices.Equal(got, want) {
			t.Fatalf("text %q\ngot   %s\nnaive %s", src, showMatches(string(src), got), showMatches(string(src), want))
		}
	}
}

// TestIsWordHanFastPath: the shortcut for the main Han block agrees with
// the definition for every rune in it and around it.
func TestIsWordHanFastPath(t *testing.T) {
	for r := rune(0x4D00); r <= 0xA0FF; r++ {
		want := (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !isCJK(r)
		if got := isWord(r); got != want {
			t.Errorf("isWord(%U) = %v, want %v", r, got, want)
		}
	}
}

// roundTrip writes m as a compiled file does and reads it back.
func roundTrip(t *testing.T, m *Matcher, npat int) *Matcher {
	t.Helper()
	var buf bytes.Buffer
	e := &encoder{w: bufio.NewWriter(&buf)}
	m.encode(e, m.groupTexts())
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if e.err != nil {
		t.Fatal(e.err)
	}
	d := &decoder{r: bufio.NewReader(&buf), h: sha256.New()}
	back := decodeMatcher(d, npat)
	if d.err != nil {
		t.Fatalf("reading back: %v", d.err)
	}
	return back
}

// TestIsLatinAlnumFastPath: the shortcut for CJK and its neighbours agrees
// with the definition for every rune it covers and around it.
func TestIsLatinAlnumFastPath(t *testing.T) {
	for r := rune(0x2D00); r <= 0xA7FF; r++ {
		want := unicode.Is(unicode.Latin, r) && unicode.IsLetter(r)
		if got := isLatinAlnum(r); got != want {
			t.Errorf("isLatinAlnum(%U) = %v, want %v", r, got, want)
		}
	}
}

package suggest

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/match"
)

// trigger is a Chinese verb of the built-in relations whose object is of
// one type: 加入 takes an organisation, 出生于 a place.
type trigger struct {
	word string
	typ  dict.Type
}

// grammar is what Suggest borrows from kg's relation grammar: the Chinese
// verbs that take a name as object, longest first, and the words that
// begin a clause and so end a name (verbs, roles and adverbs).
type grammar struct {
	triggers []trigger
	words    []string
}

// builtinGrammar reads the built-in relations once. Relations whose
// object may be a project are left out: their verbs (推出, 发布, 设计)
// take common nouns as often as names.
var builtinGrammar = sync.OnceValue(func() *grammar {
	g := &grammar{}
	d, err := dict.BuiltinRelations()
	if err != nil {
		return g // the built-in file is tested in package dict
	}
	seen := map[string]bool{}
	addWord := func(w string) {
		if !seen[w] && utf8.RuneCountInString(w) >= 1 && !latin(w) {
			seen[w] = true
			g.words = append(g.words, w)
		}
	}
	for _, r := range d.Relations {
		for class, ws := range r.Triggers {
			if !strings.HasPrefix(class, "zh") {
				continue
			}
			for _, w := range ws {
				addWord(w)
				if class == "zhverb" && len(r.Object) == 1 && r.Object[0] != dict.Project {
					g.triggers = append(g.triggers, trigger{w, r.Object[0]})
				}
			}
		}
	}
	for _, lex := range []string{"zhtake", "zhthen", "zhraise", "zhinvest", "zhbe"} {
		for _, w := range d.Lexicons[lex] {
			addWord(w)
		}
	}
	for _, w := range zhVerbs {
		addWord(w)
	}
	byLen := func(a, b string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b))
	}
	slices.SortFunc(g.words, byLen)
	slices.SortFunc(g.triggers, func(a, b trigger) int {
		return cmp.Or(byLen(a.word, b.word), strings.Compare(string(a.typ), string(b.typ)))
	})
	return g
})

// triggerObjects finds the objects of Chinese relation verbs: 加入腾讯,
// 投资了摩尔线程, 出生于四川. The object runs from the verb (and a 了) to
// the first stop character, punctuation, clause word or known name, and
// holds two to eight characters. Known names are not proposed again.
func triggerObjects(s string, covered []match.Match) []raw {
	g := builtinGrammar()
	var out []raw
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			i += size
			continue
		}
		var t *trigger
		for k := range g.triggers {
			if strings.HasPrefix(s[i:], g.triggers[k].word) {
				t = &g.triggers[k]
				break
			}
		}
		if t == nil || g.longerWord(s[i:], t.word) {
			i += size
			continue
		}
		a := i + len(t.word)
		a += len("了") * boolInt(strings.HasPrefix(s[a:], "了"))
		e := g.clauseEnd(s, a, covered)
		obj := s[a:e]
		if n := utf8.RuneCountInString(obj); n >= 2 && n <= 8 && !startsPhrase(obj) && strings.Count(s, obj) >= 2 {
			out = append(out, raw{start: a, end: e, conf: 0.55, typ: t.typ, why: "trigger"})
		}
		i = a
	}
	return out
}

// longerWord reports whether a longer word of the grammar than w starts
// s: 投资人 and 投资方 are nouns, not the verb 投资.
func (g *grammar) longerWord(s, w string) bool {
	for _, x := range g.words {
		if len(x) > len(w) && strings.HasPrefix(x, w) && strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}

// startsPhrase reports whether s starts with a numeral, a negation or a
// quantifier, which start phrases (成立四年, 创办了一家公司), not names.
func startsPhrase(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(zhPhraseStarts, r)
}

// zhPhraseStarts are characters that start phrases rather than names.
const zhPhraseStarts = "一二三四五六七八九十百千万两几多少不没未仅近约超全整首主该本这那其各每某些"

// clauseEnd returns where a name starting at a ends: at the first
// character that cannot stand in a list item, the first clause word after
// its first two characters, or the start of a known name after a.
func (g *grammar) clauseEnd(s string, a int, covered []match.Match) int {
	e := itemEnd(s, a)
	for _, m := range covered {
		if m.Start > a && m.Start < e {
			e = m.Start
		}
	}
	for j, n := a, 0; j < e; n++ {
		if n >= 2 {
			for _, w := range g.words {
				if strings.HasPrefix(s[j:e], w) {
					return j
				}
			}
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
	}
	return e
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// recurringPersons finds Chinese personal names without a title by their
// shape and repetition: a common surname and two more characters, with a
// boundary on each side (punctuation, a stop character, a word of the
// relation grammar or a title), written the same way at least twice.
// 陈云霁 in "哥哥陈云霁是…" and "出生的陈云霁，" is one.
func recurringPersons(s string) []raw {
	g := builtinGrammar()
	boundaryAfter := func(e int) bool {
		r, _ := utf8.DecodeRuneInString(s[e:])
		if e == len(s) || !isHan(r) || isStop(r) || startsTitle(s[e:]) {
			return true
		}
		for _, w := range g.words {
			if strings.HasPrefix(s[e:], w) {
				return true
			}
		}
		return false
	}
	type seen struct{ n, bounded int }
	names := map[string]*seen{}
	var spans []span
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) || !zhSurnames[string(r)] || !nameStartsAt(s, i) {
			i += size
			continue
		}
		e, n := i+size, 0
		for ; n < 2 && e < len(s); n++ {
			r2, size2 := utf8.DecodeRuneInString(s[e:])
			if !isHan(r2) || isStop(r2) || startsTitle(s[e:]) {
				break
			}
			e += size2
		}
		if n == 2 {
			name := s[i:e]
			if names[name] == nil {
				names[name] = &seen{}
			}
			names[name].n++
			if boundaryAfter(e) {
				names[name].bounded++
				spans = append(spans, span{i, e})
			}
		}
		i += size
	}
	var out []raw
	for _, sp := range spans {
		if x := names[s[sp.start:sp.end]]; x.n >= 2 && x.bounded >= 2 {
			out = append(out, raw{start: sp.start, end: sp.end, conf: 0.5, typ: dict.Person, why: "recurring"})
		}
	}
	return out
}

// zhSayings are verbs whose subject is a person: 张三表示, 李四指出.
var zhSayings = []string{"表示", "认为", "指出", "介绍", "透露", "坦言", "回忆", "告诉", "强调", "解释", "说道", "直言", "感叹"}

// speakers finds Chinese personal names as the subjects of verbs of saying
// and of the grammar's verbs that take an organisation (张三表示, 李四加入了):
// a common surname and one or two more characters, with a boundary
// before them (as recurringPersons has), right before the verb.
func speakers(s string) []raw {
	g := builtinGrammar()
	var verbs []string
	verbs = append(verbs, zhSayings...)
	for _, t := range g.triggers {
		if utf8.RuneCountInString(t.word) >= 2 {
			verbs = append(verbs, t.word)
		}
	}
	var out []raw
	for _, v := range verbs {
		for k := range occurrences(s, v) {
			for _, n := range []int{3, 2} {
				if a := hanRunStart(s, k, n); a >= 0 && hasSurname(s[a:k]) && nameStartsAt(s, a) && !startsTitle(s[a:k]) {
					out = append(out, raw{start: a, end: k, conf: 0.55, typ: dict.Person, why: "subject"})
					break
				}
			}
		}
	}
	return out
}

// zhTranslit are the characters Chinese uses to write foreign names by
// their sound (马斯克, 费米, 斯坦伯格, 纳斯达克); zhTranslitStrong are those
// that rarely stand in a Chinese word.
const (
	zhTranslit       = "阿埃艾奥巴贝比彼波伯布查达德迪蒂杜多厄恩菲费芬弗福盖戈格哈赫亨霍基吉杰卡凯坎柯科克肯库奎拉莱兰朗劳勒雷蕾里莉卢鲁罗洛马玛迈麦曼梅蒙米莫姆穆纳娜奈内尼纽诺帕潘佩皮普奇齐乔琼萨塞桑瑟森沙舍什斯苏索塔泰坦汤特提托瓦韦维温沃乌希谢休亚扬伊尤约泽扎詹兹茨夫"
	zhTranslitStrong = "斯克尔姆伯格尼莱兹茨夫奥娜蒂迪瑟"
)

// transliterated finds foreign names written by sound: three to six
// characters of zhTranslit, one of them of zhTranslitStrong, between
// boundaries, written alike at least twice or once before a title.
func transliterated(s string) []raw {
	type run struct{ start, end int }
	var runs []run
	count := map[string]int{}
	for i := 0; i < len(s); {
		j, n, strong := i, 0, false
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(zhTranslit, r) {
				break
			}
			strong = strong || strings.ContainsRune(zhTranslitStrong, r)
			j += size
			n++
		}
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		after, _ := utf8.DecodeRuneInString(s[j:])
		edges := nameStartsAt(s, i) && (j == len(s) || !isHan(after) || isStop(after) || startsTitle(s[j:]) || followsVerb(s[j:]))
		if n >= 3 && n <= 6 && strong && edges {
			runs = append(runs, run{i, j})
			count[s[i:j]]++
			if startsTitle(s[j:]) {
				count[s[i:j]]++ // a title after it says it is a name
			}
		}
		i = j
	}
	var out []raw
	for _, r := range runs {
		if count[s[r.start:r.end]] >= 2 {
			out = append(out, raw{start: r.start, end: r.end, conf: 0.5, typ: dict.Person, why: "transliterated"})
		}
	}
	return out
}

// followsVerb reports whether s starts with a verb of saying or a word of
// the relation grammar.
func followsVerb(s string) bool {
	for _, w := range zhSayings {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	for _, w := range builtinGrammar().words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// nameStartsAt reports whether a Chinese personal name may start at a: at
// the start, or after a character that is no Han or a stop, a word of the
// relation grammar or a title.
func nameStartsAt(s string, a int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:a])
	if a == 0 || !isHan(r) || isStop(r) {
		return true
	}
	for _, w := range builtinGrammar().words {
		if strings.HasSuffix(s[:a], w) {
			return true
		}
	}
	for _, t := range zhTitles {
		if strings.HasSuffix(s[:a], t) {
			return true
		}
	}
	return false
}

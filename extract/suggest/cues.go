package suggest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/match"
)

// token is a word of Latin script.
type token struct {
	start, end int
	text       string
	lower      string
	cap        bool // starts with a capital, or is a word with digits and capitals
	sentStart  bool // first word of a sentence or line
	afterHan   bool // a CJK character stands right before it
	breakAfter bool // punctuation (not a space) follows before the next word
}

func wordRune(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// tokens splits text into Latin-script words. A word may hold . ' ’ - &
// between letters ("AT&T", "Jean-Luc", "O’Reilly", "U.S") and end in a
// '.' when it is an initial or an abbreviation ("Q.", "Inc.").
func tokens(text []byte) []token {
	var ts []token
	sentStart := true
	afterHan := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if !wordRune(r) {
			switch {
			case r == '\n' || strings.ContainsRune("。！？!?", r):
				sentStart = true
			case r == '.':
				if len(ts) == 0 || ts[len(ts)-1].end != i || !abbreviations[ts[len(ts)-1].lower] {
					sentStart = true
				}
			}
			afterHan = r >= 0x2E80
			if len(ts) > 0 && !unicode.IsSpace(r) {
				ts[len(ts)-1].breakAfter = true
			}
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRune(text[j:])
			if wordRune(r) {
				j += size
				continue
			}
			if strings.ContainsRune(".'’-&", r) && j+size < len(text) {
				if n, _ := utf8.DecodeRune(text[j+size:]); wordRune(n) {
					j += size
					continue
				}
			}
			break
		}
		w := string(text[i:j])
		lw := strings.ToLower(w)
		// An initial or an abbreviation keeps its '.'.
		if j < len(text) && text[j] == '.' && (utf8.RuneCountInString(w) == 1 || abbreviations[lw] || strings.Contains(w, ".")) {
			j++
			w += "."
		}
		first, _ := utf8.DecodeRuneInString(w)
		ts = append(ts, token{start: i, end: j, text: w, lower: strings.TrimSuffix(lw, "."), cap: unicode.IsUpper(first) || hasUpperDigit(w), sentStart: sentStart, afterHan: afterHan})
		sentStart, afterHan = false, false
		i = j
	}
	return ts
}

func hasUpperDigit(w string) bool {
	up, dig := false, false
	for _, r := range w {
		up = up || unicode.IsUpper(r)
		dig = dig || unicode.IsDigit(r)
	}
	if r := []rune(w); len(r) >= 3 && r[0] >= 'a' && r[0] <= 'z' && r[1] >= 'A' && r[1] <= 'Z' && unicode.IsLower(r[2]) {
		return true // a camel-cased brand: iPhone, eBay, iPlanet
	}
	return up && dig
}

// latinNames finds runs of capitalised words.
func latinNames(text []byte) []raw {
	ts := tokens(text)
	var out []raw
	for i := 0; i < len(ts); {
		if !ts[i].cap {
			i++
			continue
		}
		// The run: capitalised words, connectors between them.
		j := i + 1
		for j < len(ts) && !ts[j-1].breakAfter {
			if ts[j].cap && !ts[j].sentStart {
				j++
				continue
			}
			k := j
			for k < len(ts) && joins(ts[k-1], ts[k]) {
				k++
			}
			if k > j && k < len(ts) && ts[k].cap && !ts[k-1].breakAfter {
				j = k + 1
				continue
			}
			break
		}
		// "Netscape 6", "Mozilla 0.6": a version number after the run,
		// not a year.
		if j < len(ts) && !ts[j-1].breakAfter && version(ts[j].text) {
			if r, _ := utf8.DecodeRune(text[ts[j].end:]); !isHan(r) { // not "CUSPEA 40周年"
				j++
			}
		}
		// "14th Air Force", "20th Century Fox": an ordinal right before
		// the run opens it.
		if i > 0 && ordinal(ts[i-1].lower) && !ts[i-1].breakAfter && !ts[i].sentStart {
			i--
		}
		// "NASA's Deep Space Network": a possessive inside the run ends
		// one name, and the next starts after it.
		for k := i; k < j-1; k++ {
			if l := ts[k].lower; strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
				out = append(out, nameRun(text, ts, i, k+1)...)
				i = k + 1
			}
		}
		out = append(out, nameRun(text, ts, i, j)...)
		i = j
	}
	return out
}

// joins reports whether the connector c may continue a name after the
// word prev: "of" only after the head of an organisation, work or place
// ("University of", "Institute of", "Prize of"), so that "Jane Doe of
// Acme" stays two names; "de", "van" and the like after any word.
func joins(prev, c token) bool {
	if !connectors[c.lower] || c.cap || prev.breakAfter {
		return false
	}
	if c.lower == "of" {
		return orgHeads[prev.lower] || orgStarts[prev.lower] || workHeads[prev.lower] || placeHeads[prev.lower]
	}
	return true
}

// nameRun makes a candidate of the capitalised words ts[i:j], less the
// titles and common words at its start and the connectors at its end.
func nameRun(text []byte, ts []token, i, j int) []raw {
	titled := false
	if i > 0 && titles[ts[i-1].lower] && !ts[i-1].breakAfter {
		titled = true
	}
	for i < j && (titles[ts[i].lower] || commonCapitalised[ts[i].lower] && !orgStarts[ts[i].lower]) {
		titled = titled || titles[ts[i].lower]
		i++
	}
	for j > i && (connectors[ts[j-1].lower] || commonCapitalised[ts[j-1].lower]) {
		j--
	}
	// Post-nominal letters after a name: "Geoffrey Hinton CC FRS".
	if words := j - i; words > 2 {
		k := j
		for k > i && isAcronym(ts[k-1].text) {
			k--
		}
		if k-i >= 2 && k < j {
			j = k
		}
	}
	if i >= j {
		return nil
	}
	n := j - i
	first, last := ts[i], ts[j-1]
	r := raw{start: first.start, end: last.end}
	if strings.HasSuffix(last.text, ".") && !strings.HasSuffix(strings.ToLower(last.text), "inc.") && !strings.HasSuffix(strings.ToLower(last.text), "co.") && !strings.HasSuffix(strings.ToLower(last.text), "corp.") && !strings.HasSuffix(strings.ToLower(last.text), "ltd.") {
		if n == 1 {
			return nil // an initial alone
		}
		r.end--
	}
	word := string(text[r.start:r.end])
	lower := make([]string, 0, n)
	for _, t := range ts[i:j] {
		lower = append(lower, t.lower)
	}
	switch {
	case isEnPlace(lower):
		r.conf, r.typ, r.why = 0.45, dict.Place, "place"
	case orgHeads[last.lower] || orgStarts[first.lower]:
		r.conf, r.typ, r.why = 0.85, dict.Organization, "capitalised"
		if n == 1 {
			return nil // "University" alone
		}
	case workHeads[last.lower] && n > 1:
		r.conf, r.typ, r.why = 0.75, dict.Project, "capitalised"
	case placeHeads[last.lower] && n > 1:
		r.conf, r.typ, r.why = 0.8, dict.Place, "capitalised"
	case titled:
		r.conf, r.typ, r.why = 0.9, dict.Person, "title"
	case n == 1 && isAcronym(word):
		r.conf, r.typ, r.why = 0.45, dict.Organization, "acronym"
		if utf8.RuneCountInString(word) < 2 {
			return nil
		}
	case n == 1 && demonyms[first.lower]:
		return nil
	case n == 1:
		r.conf, r.why = 0.45, "capitalised"
		if first.sentStart {
			r.conf = 0.15
		}
		if first.afterHan || hasInnerCapital(word) {
			r.conf = 0.5 // a Latin name inside Chinese text, or CamelCase
		}
	case n <= 3 && (ordinal(first.lower) || version(last.text)):
		// "14th Air Force" (a unit), "Netscape 6" (a release): no person.
		r.conf, r.why = 0.7, "capitalised"
		if ordinal(first.lower) {
			r.typ = dict.Organization
		} else {
			r.typ = dict.Project
		}
	case n <= 3 && !hasConnector(ts[i:j]):
		r.conf, r.typ, r.why = 0.75, dict.Person, "capitalised"
	default:
		r.conf, r.why = 0.7, "capitalised"
	}
	if titled && r.typ == "" {
		r.typ = dict.Person
	}
	return []raw{r}
}

func hasInnerCapital(w string) bool {
	for k, r := range w {
		if k > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func hasConnector(ts []token) bool {
	for _, t := range ts {
		if connectors[t.lower] || t.lower == "&" {
			return true
		}
	}
	return false
}

// isHan reports whether r is a CJK unified ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// chineseNames finds names in Han text by their cues.
func chineseNames(text []byte) []raw {
	s := string(text)
	var out []raw
	out = append(out, dotNames(s)...)
	out = append(out, titledNames(s)...)
	out = append(out, orgNames(s)...)
	out = append(out, quoted(s)...)
	out = append(out, zhPlaceNames(s)...)
	return out
}

// hanRunBefore returns the start of the run of Han characters that ends
// at i, stopping at a character of zhStops.
func hanRunBefore(s string, i, max int) int {
	n := 0
	for i > 0 && n < max {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isHan(r) || isStop(r) {
			break
		}
		i -= size
		n++
	}
	return i
}

// hanRunAfter is hanRunBefore forwards from i.
func hanRunAfter(s string, i, max int) int {
	n := 0
	for i < len(s) && n < max {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) || isStop(r) {
			break
		}
		i += size
		n++
	}
	return i
}

// cutTitle removes a title from the start or end of the Han name s.
func cutTitle(s string) string {
	for _, t := range zhTitles {
		s = strings.TrimPrefix(s, t)
		s = strings.TrimSuffix(s, t)
	}
	return s
}

// dotNames finds transliterated names: 杰弗里·辛顿.
func dotNames(s string) []raw {
	var out []raw
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune("·•・‧", r) {
			i += size
			continue
		}
		a := hanRunBefore(s, i, 6)
		b := i + size
		for {
			e := hanRunAfter(s, b, 6)
			if e == b {
				break
			}
			b = e
			if r2, size2 := utf8.DecodeRuneInString(s[b:]); b < len(s) && strings.ContainsRune("·•・‧", r2) {
				b += size2
				continue
			}
			break
		}
		left, right := cutTitle(s[a:i]), s[i+size:b]
		a = i - len(left)
		if t := cutTitle(right); t != right {
			b -= len(right) - len(t)
			right = t
		}
		if utf8.RuneCountInString(left) >= 1 && utf8.RuneCountInString(left) <= 4 && utf8.RuneCountInString(right) >= 1 && utf8.RuneCountInString(right) <= 5 {
			out = append(out, raw{start: a, end: b, conf: 0.85, typ: dict.Person, why: "name-dot"})
		}
		i = max(b, i+size)
	}
	return out
}

// titledNames finds a surname and given name next to a title: 首席科学家张三,
// 张三教授.
func titledNames(s string) []raw {
	var out []raw
	for _, t := range zhTitles {
		for k := range occurrences(s, t) {
			if partOfLongerTitle(s, k, t) {
				continue
			}
			// After the title.
			if a, b, ok := personAt(s, k+len(t)); ok {
				b = preferShorter(s, a, b)
				out = append(out, raw{start: a, end: b, conf: 0.75, typ: dict.Person, why: "title"})
			}
			// Before it: two or three Han characters, a surname first, and
			// a stop or no Han before them.
			for _, n := range []int{3, 2} {
				a := hanRunStart(s, k, n)
				if a < 0 {
					continue
				}
				if p, _ := utf8.DecodeLastRuneInString(s[:a]); a > 0 && isHan(p) && !strings.ContainsRune(zhStops, p) {
					continue
				}
				if _, _, ok := personAt(s, a); ok && hasSurname(s[a:k]) {
					out = append(out, raw{start: a, end: k, conf: 0.6, typ: dict.Person, why: "title"})
					break
				}
			}
		}
	}
	return out
}

func hasSurname(name string) bool {
	_, size := utf8.DecodeRuneInString(name)
	return zhSurnames[name[:size]] || len(name) >= 6 && zhSurnames[name[:6]]
}

// personAt reads a Chinese personal name at s[i:]: a surname, then one or
// two characters, two unless the second is a stop or starts a title.
func personAt(s string, i int) (int, int, bool) {
	j := i
	switch {
	case i+6 <= len(s) && zhSurnames[s[i:i+6]]:
		j = i + 6
	case i+3 <= len(s) && zhSurnames[s[i:i+3]]:
		j = i + 3
	default:
		return 0, 0, false
	}
	end := j
	for n := 0; n < 2 && end < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !isHan(r) || strings.ContainsRune(zhStops, r) || startsTitle(s[end:]) {
			break
		}
		end += size
	}
	if end == j {
		return 0, 0, false
	}
	return i, end, true
}

func startsTitle(s string) bool {
	for _, t := range zhTitles {
		if strings.HasPrefix(s, t) {
			return true
		}
	}
	return false
}

// orgNames finds organisations by head noun: 清华大学, 深度求索公司.
func orgNames(s string) []raw {
	var out []raw
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			i += size
			continue
		}
		head := ""
		for _, h := range zhOrgHeads {
			if strings.HasPrefix(s[i:], h) {
				head = h
				break
			}
		}
		if head == "" {
			i += size
			continue
		}
		a := hanRunBefore(s, i, 7)
		a = afterVerb(s, a, i)
		a = afterOrgLead(s, a, i)
		// A Latin name right before the Han part: "DeepMind实验室".
		if n := utf8.RuneCountInString(s[a:i]); n >= 2 && n <= 6 {
			name := s[a : i+len(head)]
			if t := cutTitle(name); t == name && !startsTitle(name) && !described(s, a, i) && !generic(s[a:i]) {
				out = append(out, raw{start: a, end: i + len(head), conf: 0.7, typ: dict.Organization, why: "org-head"})
			}
		}
		i += len(head)
	}
	return out
}

// quoted finds titles of works: 《深度学习》.
func quoted(s string) []raw {
	var out []raw
	for off := 0; ; {
		k := strings.Index(s[off:], "《")
		if k < 0 {
			break
		}
		a := off + k + len("《")
		e := strings.Index(s[a:], "》")
		if e < 0 {
			break
		}
		if n := utf8.RuneCountInString(s[a : a+e]); n >= 2 && n <= 30 && !strings.ContainsAny(s[a:a+e], "\n《") {
			out = append(out, raw{start: a, end: a + e, conf: 0.7, typ: dict.Project, why: "quoted"})
		}
		off = a + e
	}
	return out
}

// partOfLongerTitle reports whether the title t at s[k:] is the end or
// the start of a longer title there (科学家 in 首席科学家).
func partOfLongerTitle(s string, k int, t string) bool {
	for _, t2 := range zhTitles {
		if len(t2) > len(t) && (strings.HasSuffix(t2, t) && strings.HasSuffix(s[:k+len(t)], t2) || strings.HasPrefix(t2, t) && strings.HasPrefix(s[k:], t2)) {
			return true
		}
	}
	return false
}

// preferShorter cuts the name s[a:b] by its last character when the
// shorter name recurs in s more often than the longer: 韩旭 in 韩旭成立.
func preferShorter(s string, a, b int) int {
	if utf8.RuneCountInString(s[a:b]) < 3 {
		return b
	}
	_, size := utf8.DecodeLastRuneInString(s[a:b])
	if strings.Count(s, s[a:b-size]) > strings.Count(s, s[a:b]) {
		return b - size
	}
	return b
}

// zhVerbs start no organisation name: a name after them begins later.
var zhVerbs = append([]string{"担任", "出任", "创业", "来自", "包括", "作为", "旗下", "通过", "获得", "完成"}, zhTriggers...)

// afterVerb moves a, the start of a name ending at i, past the words
// that cannot start one: a verb or another word of the relation grammar
// (加入俄罗斯基金 → 俄罗斯基金, 投资飞步科技 → 飞步科技), "former" (前滴滴研究院)
// or a measure word (一家自动驾驶公司).
func afterVerb(s string, a, i int) int {
	words := builtinGrammar().words
	for moved := true; moved; {
		moved = false
		for _, v := range zhNameOpeners {
			if strings.HasPrefix(s[a:i], v) {
				a += len(v)
				moved = true
			}
		}
		for _, v := range words {
			if len(v) < i-a && strings.HasPrefix(s[a:i], v) {
				a += len(v)
				moved = true
				break
			}
		}
	}
	return a
}

// zhNameOpeners stand before a name and are not part of it: former and
// current (前, 原, 现), measure words (一家, 多家).
var zhNameOpeners = []string{"该", "前", "原", "现"}

// described reports whether the noun phrase s[a:i] follows or starts
// with a measure word, or follows 的, which make it a description
// (一家自动驾驶公司, 最大的游戏公司), not a name: a name stands without them.
func described(s string, a, i int) bool {
	if strings.HasSuffix(s[:a], "的") {
		return true
	}
	for a < i {
		r, size := utf8.DecodeRuneInString(s[a:])
		if !strings.ContainsRune(zhNumerals, r) {
			break
		}
		a += size
	}
	for _, m := range zhMeasures {
		if strings.HasSuffix(s[:a], m) || strings.HasPrefix(s[a:i], m) {
			return true
		}
	}
	return false
}

// zhNumerals count and point: 一家, 两所, 这家, 多家.
const zhNumerals = "一二三四五六七八九十百千两几多这那每某各"

// zhMeasures are the measure words of organisations and groups.
var zhMeasures = []string{"家", "所", "个", "支", "只", "间", "座", "位", "名", "款", "批"}

// isStop reports whether r, or its Simplified form, is in zhStops.
func isStop(r rune) bool {
	if strings.ContainsRune(zhStops, r) {
		return true
	}
	s, _ := utf8.DecodeRuneInString(match.FoldKey(string(r)))
	return s != r && strings.ContainsRune(zhStops, s)
}

// zhOrgLeads are verbs and connectives that stand before an organisation's
// name and are no part of it (鼓励北京大学, 进行科技): a name starts after
// the last one inside the characters before its head noun.
var zhOrgLeads = []string{"鼓励", "进行", "培养", "开始", "支持", "推动", "邀请", "访问", "参观", "选择", "离开", "不乏", "涵盖", "拥有",
	"包括", "以及", "还有", "其中", "通过", "作为", "属于", "携手", "联手", "来到", "前往", "回到", "进入", "考入",
	"就读", "任职", "担任", "创办", "创立", "成立", "加入", "建立", "发展", "推出", "成为", "来自", "位于"}

// afterOrgLead moves a, the start of the Han characters before a head
// noun at i, past the last of zhOrgLeads among them, and then to a place
// name of the gazetteer that starts inside them (…北京大学 is 北京大学).
func afterOrgLead(s string, a, i int) int {
	for _, v := range zhOrgLeads {
		if k := strings.LastIndex(s[a:i], v); k >= 0 {
			a += k + len(v)
		}
	}
	// 北京一家老牌科技公司: a count and a measure word inside describe.
	for k := a; k < i; {
		if e := countAt(s[:i], k); e > k {
			a = e
		}
		_, size := utf8.DecodeRuneInString(s[k:])
		k += size
	}
	// A place name inside starts the name, unless one covers what is
	// before it whole (中国北京…).
	for k := a; k < i; {
		if k > a && placeEnd(s[:i], k) > k && !zhPlaces[s[a:k]] {
			return k
		}
		_, size := utf8.DecodeRuneInString(s[k:])
		k += size
	}
	return a
}

// countAt returns the end of a count at k, a numeral and a measure word
// (一家, 两位, 三名), or k if there is none.
func countAt(s string, k int) int {
	r, size := utf8.DecodeRuneInString(s[k:])
	if !strings.ContainsRune(zhNumerals, r) || k+size >= len(s) {
		return k
	}
	m, msize := utf8.DecodeRuneInString(s[k+size:])
	if !slices.Contains(zhMeasures, string(m)) {
		return k
	}
	return k + size + msize
}

// hanRunStart returns where the n characters that end at k start, if all
// are Han and none is a stop character; else -1.
func hanRunStart(s string, k, n int) int {
	a := k
	for range n {
		r, size := utf8.DecodeLastRuneInString(s[:a])
		if !isHan(r) || isStop(r) {
			return -1
		}
		a -= size
	}
	return a
}

// ordinal reports whether w is a number with an English ordinal suffix:
// 1st, 22nd, 3rd, 14th.
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// zhGenericModifiers are words that class an organisation without naming
// it: 游戏公司, 上市公司, 自动驾驶公司, 知名创业公司.
var zhGenericModifiers = []string{"风险投资", "自动驾驶", "人工智能", "互联网", "新能源", "云计算", "硬科技", "独角兽", "半导体",
	"游戏", "上市", "创业", "初创", "科技", "投资", "芯片", "软件", "硬件", "数字", "产业", "知名", "老牌", "头部", "国内", "国外",
	"海外", "全球", "大型", "小型", "新兴", "上游", "下游", "合资", "外资", "民营", "国有", "私营", "咨询", "金融", "保险", "医药",
	"生物", "医疗", "电商", "汽车", "能源", "智能", "母", "子", "新"}

// generic reports whether the characters before a head noun are generic
// modifiers only, and so describe an organisation instead of naming it.
func generic(s string) bool {
	for s != "" {
		found := false
		for _, w := range zhGenericModifiers {
			if strings.HasPrefix(s, w) {
				s, found = s[len(w):], true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// version reports whether w reads as a version number: digits with at
// most one or two dots, up to five characters, not a four-digit year.
func version(w string) bool {
	if len(w) == 0 || len(w) > 5 || len(w) == 4 && !strings.Contains(w, ".") {
		return false
	}
	for i, r := range w {
		if !(r >= '0' && r <= '9' || r == '.' && i > 0 && i < len(w)-1) {
			return false
		}
	}
	return true
}

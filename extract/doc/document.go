package doc

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
)

// Document is one document as the stages see it: its bytes, its
// sentences, its interview turns and its mentions. The matching stage makes
// it (New); coreference adds mentions to it; the relation stage reads it.
type Document struct {
	Name      string
	Src       []byte
	Mentions  []Mention // sorted by start, then end
	Sentences []Span
	Turns     []Turn
	Labels    map[int]bool // mention starts that are turn labels
	// Interviewee is the speaker with the most text, if there are turns.
	Interviewee *dict.Entity
	// FocusPerson and FocusOrg are the person and the organization the
	// document names most often (by name, before coreference).
	FocusPerson, FocusOrg *dict.Entity
	// Whole, when not nil, counts the names of the whole document this
	// one is a block of (SetCounts).
	Whole *Counts
}

// New makes the Document of src, named name, from the mentions the
// dictionary matched in it (sorted by start): it splits the sentences,
// finds the interview turns and the entities the document is about.
func New(name string, src []byte, mentions []Mention) *Document {
	d := &Document{Name: name, Src: src, Mentions: mentions}
	d.Sentences = joinNames(src, SplitSentences(src), mentions)
	d.findTurns()
	d.FocusPerson = d.MostNamed(dict.Person)
	d.FocusOrg = d.MostNamed(dict.Organization)
	return d
}

// joinNames joins the sentences a name runs across, where the sentence's
// end is a mark the name holds: "!" or "?" ("Yahoo! Japan", "Yahoo!奇摩")
// or the full stop of an initial ("采用H. S. Thompson所作"). A full stop
// after a longer word stays an end, even where a typo-tolerant match ran
// across it ("Pierre-Antoine. Cousteau completed"). sents and mentions are
// sorted by start.
func joinNames(src []byte, sents []Span, mentions []Mention) []Span {
	out := sents[:0]
	mi, reach, from := 0, 0, 0 // reach: the furthest end of a mention begun so far, from its start
	for _, s := range sents {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			for mi < len(mentions) && mentions[mi].Start < prev.End {
				if mentions[mi].End > reach {
					reach, from = mentions[mi].End, mentions[mi].Start
				}
				mi++
			}
			if reach > prev.End && nameMark(src[from:prev.End]) {
				prev.End = s.End
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// nameMark reports whether the sentence end that closes b, the start of a
// name, belongs to the name: "!" or "?", or the full stop of an initial.
func nameMark(b []byte) bool {
	r, w := utf8.DecodeLastRune(b)
	switch r {
	case '!', '?', '！', '？':
		return true
	case '.':
		b = b[:len(b)-w]
		c, w := utf8.DecodeLastRune(b)
		p, _ := utf8.DecodeLastRune(b[:len(b)-w])
		return unicode.IsUpper(c) && (len(b) == w || !unicode.IsLetter(p) || cjkRune(p))
	}
	return false
}

// Turn is one speaker's part of an interview: from a line that starts with
// "Name:" to the next such line. Addressee is the speaker of the turn before
// or after, if another person.
type Turn struct {
	Span
	Speaker   *dict.Entity
	Addressee *dict.Entity
}

func (d *Document) findTurns() {
	d.Labels = map[int]bool{}
	for _, m := range d.Mentions {
		if m.Entity.Type != dict.Person || !lineStart(d.Src, m.Start) {
			continue
		}
		rest := d.Src[m.End:]
		rest = rest[len(rest)-len(trimLeftSpace(rest)):]
		if r, _ := utf8.DecodeRune(rest); r != ':' && r != '：' {
			continue
		}
		if captionLine(rest) {
			continue // 冯佳时：豆包大模型视觉基础团队负责人: a heading, not speech
		}
		if n := len(d.Turns); n > 0 {
			d.Turns[n-1].End = m.Start
		}
		d.Turns = append(d.Turns, Turn{Span: Span{m.Start, len(d.Src)}, Speaker: m.Entity})
		d.Labels[m.Start] = true
	}
	size := map[*dict.Entity]int{}
	for _, t := range d.Turns {
		size[t.Speaker] += t.End - t.Start
		if d.Interviewee == nil || size[t.Speaker] > size[d.Interviewee] {
			d.Interviewee = t.Speaker
		}
	}
	for i := range d.Turns {
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(d.Turns) && d.Turns[j].Speaker != d.Turns[i].Speaker {
				d.Turns[i].Addressee = d.Turns[j].Speaker
				break
			}
		}
	}
}

// captionLine reports whether the rest of a line after a name, from its
// colon, is a caption rather than speech: short, and without a full stop
// or question mark at its end (a title or a list item of a roster).
func captionLine(rest []byte) bool {
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	rest = bytes.TrimRightFunc(rest, unicode.IsSpace)
	if utf8.RuneCount(rest) >= 60 {
		return false
	}
	r, _ := utf8.DecodeLastRune(rest)
	return !strings.ContainsRune("。！？.!?…”\"」』)）", r)
}

// TurnAt returns the turn that holds offset off, or nil.
func (d *Document) TurnAt(off int) *Turn {
	i := sort.Search(len(d.Turns), func(i int) bool { return d.Turns[i].End > off })
	if i < len(d.Turns) && d.Turns[i].Start <= off {
		return &d.Turns[i]
	}
	return nil
}

// SentenceAt returns the index of the sentence that holds off, or -1.
func (d *Document) SentenceAt(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// InSentence returns the mentions inside sentence s. A mention that
// straddles its end (where an overlong sentence was cut) is left out.
func (d *Document) InSentence(s Span) []Mention {
	lo := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= s.Start })
	hi := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= s.End })
	for hi > lo && d.Mentions[hi-1].End > s.End {
		hi--
	}
	return d.Mentions[lo:hi]
}

func lineStart(src []byte, off int) bool {
	for i := off; i > 0; {
		r, w := utf8.DecodeLastRune(src[:i])
		if r == '\n' {
			return true
		}
		if r != ' ' && r != '\t' && r != '\r' && r != '\u3000' && r != '\ufeff' && r != '\u00a0' {
			return false
		}
		i -= w
	}
	return true
}

func trimLeftSpace(b []byte) []byte {
	for len(b) > 0 {
		r, w := utf8.DecodeRune(b)
		if r != ' ' && r != '\t' && r != '\u3000' && r != '\u00a0' {
			break
		}
		b = b[w:]
	}
	return b
}

// ClauseStart returns the offset where the clause holding off begins,
// not before lo: after clause punctuation, or at lo, past a list item's
// bullet there ("- In 1970, Acme acquired …").
func ClauseStart(src []byte, lo, off int) int {
	for i := off; i > lo; {
		r, w := utf8.DecodeLastRune(src[lo:i])
		if IsClausePunct(r) && !ThousandsComma(src, i-w) {
			return i
		}
		i -= w
	}
	return SkipBullet(src[:off], lo)
}

// ClauseInitial reports whether m opens its clause (a likely subject).
func (d *Document) ClauseInitial(sent Span, m Mention) bool {
	s := d.clauseLead(sent, m)
	// An opening quotation mark before the name ("\"Widget\" was
	// published by", 「甲公司」宣布) leaves it first in its clause.
	return s == m.Start || len(bytes.Trim(d.Src[s:m.Start], OpeningMarks)) == 0
}

// OpeningMarks are the quotation marks that may open a clause before a
// name.
const OpeningMarks = "「“《\"'‘『"

// ClosingMarks are the quotation marks that close what OpeningMarks open.
const ClosingMarks = "」”》\"'’』"

// clauseLead is where the text of m's clause starts, white space left
// out: m.Start when m opens it.
func (d *Document) clauseLead(sent Span, m Mention) int {
	s, _ := TrimSpace(d.Src, ClauseStart(d.Src, sent.Start, m.Start), m.Start)
	return s
}

// NewParagraph reports whether sentence i starts a paragraph: a line
// break stands between it and the sentence before. The first sentence
// starts one.
func (d *Document) NewParagraph(i int) bool {
	if i <= 0 || i >= len(d.Sentences) {
		return true
	}
	return bytes.IndexByte(d.Src[d.Sentences[i-1].End:d.Sentences[i].Start], '\n') >= 0
}

// ClauseSubject reports whether m opens its clause, or stands after no
// more than a short Chinese modifier that names no one, ending in 的
// (年仅29岁的何晓飞, 1967年出生的潘建岳) or in a class noun the name is
// one of (存储技术公司「昕原半导体」): either way m is the clause's
// subject.
func (d *Document) ClauseSubject(sent Span, m Mention) bool {
	s := d.clauseLead(sent, m)
	if s == m.Start {
		return true
	}
	pre := bytes.TrimRight(d.Src[s:m.Start], OpeningMarks+"—：:")
	if zhDate(pre) {
		return true // 1953年张三创办甲公司: a date opens the clause
	}
	if slices.Contains(zhClauseConjunctions, string(bytes.TrimSpace(pre))) {
		return true // 所以梁思成出生於日本東京: a conjunction opens it
	}
	if lead := bytes.TrimSpace(d.Src[s:m.Start]); (bytes.HasSuffix(lead, []byte("：")) || bytes.HasSuffix(lead, []byte(":"))) && zhLabel(bytes.TrimSpace(pre)) {
		return true // 儿子：褚一斌，早年在…: a short label and a colon before the name
	}
	if utf8.RuneCount(pre) <= 4 && NamedAfter(d.Src, m.Start) && bytes.HasPrefix(d.Src[m.End:], []byte("的")) {
		return true // 一个叫张三的广告人创业: the one the clause names is its subject
	}
	if !bytes.HasSuffix(pre, []byte("的")) && !EndsWithClassNoun(pre) && !(m.Entity != nil && m.Entity.Type == dict.Person && endsWithAny(pre, personTitles)) || utf8.RuneCount(pre) > 16 {
		return false
	}
	k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= s })
	return k == len(d.Mentions) || d.Mentions[k].Start >= m.Start
}

// zhLabel reports whether b is a short Chinese label, one to four Han
// characters and nothing else (儿子, 长女, 董事长), such as opens an item of
// a list before a colon and the name it is about.
func zhLabel(b []byte) bool {
	n := 0
	for _, r := range string(b) {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}

// zhClauseConjunctions open a clause before its subject: 所以张三….
var zhClauseConjunctions = []string{"所以", "因此", "因而", "于是", "於是", "但", "但是", "然而", "不过", "不過", "而", "后来", "後來", "随后", "隨後", "此后", "此後", "其后", "其後", "同时", "同時", "并且", "並且"}

// zhDate reports whether b is a Chinese date and nothing else: digits
// with 年, 月 and 日 (1953年, 2010年5月, 1920年代), perhaps with 初, 底, 末
// or 间 after it.
func zhDate(b []byte) bool {
	s := string(bytes.TrimSpace(b))
	if s == "" || !strings.ContainsAny(s, "年月") {
		return false
	}
	digits := false
	for _, r := range s {
		switch {
		case '0' <= r && r <= '9' || '０' <= r && r <= '９':
			digits = true
		case strings.ContainsRune("年月日号代初底末间中", r):
		default:
			return false
		}
	}
	return digits
}

func SortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End < ms[j].End
	})
}

// SkipSpace returns the offset of the first rune at or after p that is not white space.
func SkipSpace(src []byte, p int) int {
	for p < len(src) {
		r, w := utf8.DecodeRune(src[p:])
		if !unicode.IsSpace(r) {
			break
		}
		p += w
	}
	return p
}

// SkipBullet returns the offset after a list item's bullet ("- ",
// "* ", "• ", "· ", "– ") and the space after it, when the text at p,
// past white space, opens with one; otherwise p. A line of a list
// starts where its words start.
func SkipBullet(src []byte, p int) int {
	q := SkipSpace(src, p)
	r, w := utf8.DecodeRune(src[q:])
	switch r {
	case '-', '*', '•', '·', '–':
	default:
		return p
	}
	if s := SkipSpace(src, q+w); s > q+w {
		return s
	}
	return p
}

func FoldString(s string) string {
	return strings.Map(FoldRune, s)
}

// InParens reports whether off lies inside parentheses opened after lo.
func InParens(src []byte, lo, off int) bool {
	depth := 0
	for i := lo; i < off; {
		r, w := utf8.DecodeRune(src[i:])
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			depth = max(0, depth-1)
		}
		i += w
	}
	return depth > 0
}

// Counts are how often a whole document names each entity, for a
// Document that is one block of it, and the order of their first
// mentions (First: 0 for the first entity named).
type Counts struct {
	Named map[*dict.Entity]int
	First map[*dict.Entity]int
	// order holds the entities named, most named first, then by first
	// mention (see Sort); MostNamedOf reads it when set.
	order []*dict.Entity
}

// Sort prepares c for MostNamedOf: it orders the entities named once, so
// that a query reads them from the most named down and stops at the
// second it accepts, rather than reading them all. A Counts shared by
// blocks extracted in parallel must be sorted before they read it.
func (c *Counts) Sort() {
	c.order = c.order[:0]
	for e, n := range c.Named {
		if n > 0 {
			c.order = append(c.order, e)
		}
	}
	slices.SortFunc(c.order, func(a, b *dict.Entity) int {
		if d := c.Named[b] - c.Named[a]; d != 0 {
			return d
		}
		return c.First[a] - c.First[b]
	})
}

// SetCounts makes the document's main person and organization those of the
// whole document c describes: the most named of each type, the first
// named on a tie. Coreference reads c too (see Whole).
func (d *Document) SetCounts(c Counts) {
	d.Whole = &c
	d.FocusPerson = c.MostNamed(dict.Person, false)
	d.FocusOrg = c.MostNamed(dict.Organization, false)
}

// CountNames counts the names among ms (resolved mentions left out), in
// the form a block's Whole has.
func CountNames(ms []Mention) Counts {
	c := Counts{Named: map[*dict.Entity]int{}, First: map[*dict.Entity]int{}}
	for _, m := range ms {
		if m.How == Coref {
			continue
		}
		if c.Named[m.Entity] == 0 {
			c.First[m.Entity] = len(c.First)
		}
		c.Named[m.Entity]++
	}
	c.Sort()
	return c
}

// MostNamed returns the entity of type t named most often; on a tie the
// first named, or nil if strict.
func (c *Counts) MostNamed(t dict.Type, strict bool) *dict.Entity {
	return c.MostNamedOf(func(e *dict.Entity) bool { return e.Type == t }, strict)
}

// MostNamedOf is MostNamed over the entities ok accepts.
func (c *Counts) MostNamedOf(ok func(*dict.Entity) bool, strict bool) *dict.Entity {
	if c.order != nil {
		var best *dict.Entity
		for _, e := range c.order {
			if !ok(e) {
				continue
			}
			if best == nil {
				best = e
				continue
			}
			if strict && c.Named[e] == c.Named[best] {
				return nil // a tie
			}
			break
		}
		return best
	}
	var best *dict.Entity
	tie := false
	for e, n := range c.Named {
		if n == 0 || !ok(e) {
			continue
		}
		switch {
		case best == nil || n > c.Named[best]:
			best, tie = e, false
		case n == c.Named[best]:
			tie = true
			if c.First[e] < c.First[best] {
				best = e
			}
		}
	}
	if strict && tie {
		return nil
	}
	return best
}

// MostNamed returns the entity of type t that the document names most
// often (the first to reach the most on a tie), or nil; resolved mentions
// do not count.
func (d *Document) MostNamed(t dict.Type) *dict.Entity {
	count := map[*dict.Entity]int{}
	var best *dict.Entity
	for _, m := range d.Mentions {
		if m.Entity.Type != t || m.How == Coref {
			continue
		}
		count[m.Entity]++
		if best == nil || count[m.Entity] > count[best] {
			best = m.Entity
		}
	}
	return best
}

// EndsWithClassNoun reports whether a Chinese descriptor ends with a noun
// of the kind of organisation a name after it is (服务商「Glints」).
func EndsWithClassNoun(pre []byte) bool { return endsWithAny(pre, classNouns) }

// namingVerbs name one of a kind before 的 and the kind's noun (一个叫张三的
// 广告人, 名叫张三的工程师); 叫 with no measure word before it is no naming.
var namingVerbs = [][]byte{[]byte("个叫"), []byte("位叫"), []byte("家叫"), []byte("名叫"), []byte("名为")}

// NamedAfter reports whether a verb of naming ends right before p (一个叫
// before 张三的广告人).
func NamedAfter(src []byte, p int) bool { return endsWithAny(src[:p], namingVerbs) }

// personTitles are titles that may stand before a person's name at the
// start of a clause (创始人张三为…, CTO李四曾任…).
var personTitles = [][]byte{[]byte("创始人"), []byte("创办人"), []byte("董事长"), []byte("总裁"), []byte("总经理"), []byte("首席执行官"),
	[]byte("首席技术官"), []byte("CEO"), []byte("CTO"), []byte("COO"), []byte("CFO"), []byte("院长"), []byte("校长"), []byte("教授"),
	[]byte("博士"), []byte("主席"), []byte("负责人"), []byte("合伙人")}

func endsWithAny(b []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

var classNouns = [][]byte{[]byte("公司"), []byte("服务商"), []byte("提供商"), []byte("供应商"), []byte("运营商"), []byte("企业"), []byte("平台"), []byte("品牌"), []byte("厂商"), []byte("机构"), []byte("集团"), []byte("实验室"), []byte("研究院"), []byte("大学"), []byte("基金"), []byte("股东"), []byte("投资方"), []byte("投资人"), []byte("投资者"), []byte("生产商"), []byte("制造商"), []byte("开发商"),
	[]byte("网站"), []byte("电商"), []byte("零售商"), []byte("经销商"), []byte("银行"), []byte("工作室"), []byte("研究所"), []byte("出版社"), []byte("独角兽"),
	// Short nouns of a kind (物流创企甲公司, 德国车企乙, 医药巨头丙) and
	// institutions that are no company (医学院, 交易所, 事务所, 基金会).
	[]byte("创企"), []byte("车企"), []byte("药企"), []byte("房企"), []byte("巨头"), []byte("学院"), []byte("学校"), []byte("医院"),
	[]byte("交易所"), []byte("事务所"), []byte("基金会"), []byte("协会"), []byte("学会"), []byte("电视台"), []byte("报社"), []byte("杂志社"), []byte("通讯社"), []byte("酒店")}

// newsWords follow a news source at the start of a report: 36氪获悉,
// 新华社讯, 据X消息.
var newsWords = [][]byte{[]byte("获悉"), []byte("讯"), []byte("消息"), []byte("报道"), []byte("了解到"), []byte("援引"), []byte("首发"), []byte("披露"), []byte("专访")}

// exclusive marks a report as a source's own (36氪独家获悉, "36氪独家 |"),
// but also an investor's sole part in a round (丙资本独家投资).
var exclusive = []byte("独家")

// NewsSource reports whether a word of news reporting follows a name that
// ends at p: the name is the report's source, neither an argument of what
// the report states nor what its pronouns and noun phrases name.
func NewsSource(src []byte, p int) bool {
	if bytes.HasPrefix(src[p:], exclusive) {
		p += len(exclusive)
		if r, _ := utf8.DecodeRune(src[p:]); !unicode.Is(unicode.Han, r) {
			return true // 36氪独家 | …
		}
	}
	for _, w := range newsWords {
		if bytes.HasPrefix(src[p:], w) {
			return true
		}
	}
	return false
}

// ZhPossessorAt reports whether 的 and a Han character follow p: the name
// before owns what follows (甲公司的竞争对手, 张三的导师).
func ZhPossessorAt(src []byte, p int) bool {
	if !bytes.HasPrefix(src[p:], []byte("的")) {
		return false
	}
	r, _ := utf8.DecodeRune(src[p+len("的"):])
	return unicode.Is(unicode.Han, r)
}

// NamedWith reports whether a form of e holds one of words: a Latin word
// as a whole word, in any case; Han characters anywhere.
func NamedWith(e *dict.Entity, words []string) bool {
	for _, a := range e.Forms() {
		t := strings.ToLower(a.Text)
		for _, w := range words {
			for from := 0; ; {
				i := strings.Index(t[from:], w)
				if i < 0 {
					break
				}
				i += from
				if w[0] >= utf8.RuneSelf {
					return true
				}
				before, _ := utf8.DecodeLastRuneInString(t[:i])
				after, _ := utf8.DecodeRuneInString(t[i+len(w):])
				if !LatinWordRune(before) && !LatinWordRune(after) {
					return true
				}
				from = i + len(w)
			}
		}
	}
	return false
}

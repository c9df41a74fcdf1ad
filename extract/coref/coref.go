package coref

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
)

// referent is the kind of thing an anaphor points to.
type referent int

const (
	third        referent = iota // 他, 她, he, she: a person other than the speakers
	plural                       // 他们, they: people just listed, else an organization
	speaker                      // 我, I: the speaker of the interview turn
	listener                     // 你, you: the one the speaker talks to
	nounPhrase                   // 这家公司, the lab: the most salient entity its head noun fits
	group                        // 二人, both, all three: a list of people just named
	thing                        // it: an organization, as the subject of its clause
	possessiveIt                 // its: an organization, whose noun follows
	former                       // the former, 前者: the first of two just named
	latter                       // the latter, 后者: the second of two just named
	self                         // our, 本公司: the organization the document speaks for
	founded                      // 新公司, the new company: the organization just founded
)

type anaphor struct {
	text string
	kind referent
	// size is how many people a group anaphor names (三人: 3), or 0.
	size int
}

// anaphors are tried longest first at each position. Latin ones must stand
// as whole words.
var anaphors = []anaphor{
	{"他们", plural, 0}, {"她们", plural, 0},
	{"二人", group, 2}, {"两人", group, 2}, {"俩人", group, 2}, {"两个人", group, 2}, {"三人", group, 3}, {"四人", group, 4},
	{"他", third, 0}, {"她", third, 0}, {"前者", former, 0}, {"后者", latter, 0},
	{"我", speaker, 0}, {"你", listener, 0}, {"您", listener, 0},
	{"they", plural, 0}, {"them", plural, 0}, {"their", plural, 0},
	{"both of them", group, 2}, {"the two", group, 2}, {"all three", group, 3}, {"the three", group, 3}, {"all four", group, 4}, {"the four", group, 4},
	{"the pair", group, 2}, {"the duo", group, 2}, {"the couple", group, 2}, {"the trio", group, 3},
	{"both men", group, 2}, {"both women", group, 2}, {"the two men", group, 2}, {"the two women", group, 2},
	{"he", third, 0}, {"she", third, 0}, {"him", third, 0}, {"his", third, 0}, {"her", third, 0},
	{"it", thing, 0}, {"its", possessiveIt, 0}, {"the former", former, 0}, {"the latter", latter, 0},
	{"i", speaker, 0}, {"me", speaker, 0}, {"my", speaker, 0},
	{"our", self, 0}, {"本公司", self, 0}, {"本集团", self, 0},
	{"新公司", founded, 0}, {"新集团", founded, 0}, {"the new company", founded, 0}, {"the new firm", founded, 0},
	{"you", listener, 0}, {"your", listener, 0},
}

// notAnaphors are words that contain a pronoun character without being one.
var notAnaphors = []string{"其他", "其它", "他人", "吉他", "利他", "排他", "我们", "你们", "自我学习", "自我监督", "自我对弈", "自我博弈", "忘我",
	"我国", "我校", "我院", "我所", "我司", "我市", "我省", "我区", "我军", "我方"}

// resolver is the state of Resolve over one document.
type resolver struct {
	*doc.Document
	sal salience
	// mainPerson and mainOrg are the person and the organization the
	// document names most often, if one is named more often than any
	// other of its type: on a tie there is none.
	mainPerson, mainOrg *dict.Entity
	// topicOrg is mainOrg when the document names it at least three times
	// as often as any other organization: what a company's history is
	// about.
	topicOrg *dict.Entity
	// nouns are the head nouns a noun phrase can end with here: those of
	// the entity types and those the document's entities add.
	nouns map[string]bool
	// gender records, for a person a third-person pronoun has named, that
	// pronoun's gender ('m' or 'f').
	gender map[*dict.Entity]byte
	// lastThird is, by gender, the person the last he or she named.
	lastThird map[byte]pronounRef
	// named is the gender each person's given name or a title says (see
	// genderOf), made on first use.
	named map[*dict.Entity]byte
	// counts are the names the document counts (its Whole's, if a block),
	// and firstAt where this text first names each entity; both are
	// filled on first use.
	counts  *doc.Counts
	firstAt map[*dict.Entity]int
}

// Resolve adds to d.Mentions a mention with How doc.Coref for every pronoun
// and noun phrase it can resolve, keeping d.Mentions sorted. One that
// stands for a group of people gets a mention per member, all with its
// span, in the order the members were named. Unresolved ones are left
// out: a guess would put a wrong edge in the graph.
func Resolve(d *doc.Document) {
	r := &resolver{Document: d, nouns: documentNouns(d.Mentions)}
	r.sal = newSalience(d)
	r.mainPerson, r.mainOrg = mainEntity(d.Mentions, dict.Person), mainEntity(d.Mentions, dict.Organization)
	if w := d.Whole; w != nil {
		// One block of a larger document: its main entities are the
		// whole document's.
		r.mainPerson, r.mainOrg = w.MostNamed(dict.Person, true), w.MostNamed(dict.Organization, true)
	}
	r.topicOrg = r.dominant(r.mainOrg)
	r.resolve()
}

// dominant returns main if the document names it by name at least three
// times as often as any other entity of its type, else nil.
func (d *resolver) dominant(main *dict.Entity) *dict.Entity {
	if main == nil {
		return nil
	}
	c := d.nameCounts()
	n := c.Named[main]
	for e, k := range c.Named {
		if e != main && e.Type == main.Type && 3*k > n {
			return nil
		}
	}
	return main
}

func (d *resolver) resolve() {
	var added []doc.Mention
	named := d.Mentions
	ni := 0 // named[:ni] start before the current position
	src := d.Src
	last := map[*dict.Entity]doc.Span{} // each entity's last mention so far
	for i := 0; i < len(src); {
		for ni < len(named) && named[ni].Start <= i {
			last[named[ni].Entity] = named[ni].Span
			ni++
		}
		if ni > 0 && named[ni-1].End > i {
			i = named[ni-1].End // inside a name
			continue
		}
		var end int
		var a anaphor
		ok := mayStartAnaphor(src, i)
		if ok {
			end, a, ok = d.anaphorAt(i)
		}
		if !ok {
			i++
			if c := src[i-1]; c < utf8.RuneSelf && asciiLetter(c) {
				// No anaphor starts in the rest of this word.
				for i < len(src) && asciiLetter(src[i]) {
					i++
				}
			} else {
				// Nor in the continuation bytes of this rune.
				for k := 0; k < 3 && i < len(src) && src[i]&0xC0 == 0x80; k++ {
					i++
				}
			}
			continue
		}
		start := i
		if ni < len(named) && named[ni].Start < end {
			k := d.describedPerson(named[ni:], a, i, end)
			if k < 0 {
				i = named[ni].Start
				continue
			}
			start = k
		}
		g := pronounGender(src[i:end])
		es := d.antecedent(i, end, a, g)
		if len(es) == 0 && d.orgAnaphor(a, i, end) {
			if si := d.SentenceAt(i); si >= 0 && d.opensAfterTime(doc.ClauseStart(src, d.Sentences[si].Start, i), i) {
				d.sal.markBlind(si)
			}
		}
		if start > i {
			// The mention is the head noun after the names: they stay
			// mentions of their own.
			i = start
		}
		if len(es) == 1 && a.kind == third && g != 0 {
			if d.gender == nil {
				d.gender, d.lastThird = map[*dict.Entity]byte{}, map[byte]pronounRef{}
			}
			if d.gender[es[0]] == 0 {
				d.gender[es[0]] = g
			}
			d.lastThird[g] = pronounRef{es[0], d.SentenceAt(i)}
		}
		for _, e := range es {
			m := doc.Mention{Doc: d.Name, Span: doc.Span{Start: i, End: end}, Text: string(src[i:end]), Entity: e, How: doc.Coref}
			if s, ok := last[e]; ok {
				m.Antecedent = &doc.Ref{Span: s}
			}
			last[e] = m.Span
			added = append(added, m)
			d.sal.add(m, a.kind != nounPhrase) // a candidate for the anaphors after it
		}
		i = end
	}
	d.Mentions = append(d.Mentions, added...)
	doc.SortMentions(d.Mentions)
}

// enumerated reports whether m is a member of a list joined by 、: the
// comma before a later member opens no clause (与钱学森、林家翘一起，…，他),
// and he names no one of such a list.
func (d *resolver) enumerated(m doc.Mention) bool {
	_, p := doc.TrimSpace(d.Src, 0, m.Start)
	q := doc.SkipSpace(d.Src, m.End)
	return bytes.HasSuffix(d.Src[:p], []byte("、")) || bytes.HasPrefix(d.Src[q:], []byte("、"))
}

// opensAfterTime reports whether what stands between the clause start c
// and off is white space, opening quotation marks or an English time
// phrase ("Later that year it bought", "In March 1998 the company").
func (d *resolver) opensAfterTime(c, off int) bool {
	s, _ := doc.TrimSpace(d.Src, c, off)
	lead := bytes.Trim(d.Src[s:off], doc.OpeningMarks)
	if len(lead) == 0 {
		return true
	}
	if len(lead) > 40 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(string(lead))) {
		if !timeLead[w] && strings.Trim(w, "0123456789s'’") != "" {
			return false
		}
	}
	return true
}

// timeLead holds the words of an English time phrase, and the
// conjunctions, that may open a clause before its subject ("until 1986,
// when it was bought by Activision", "and it was sold").
var timeLead = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`later that this the same following next year month week day decade soon after afterwards afterward
		shortly then subsequently eventually early late in on by during around about mid- spring summer autumn fall winter
		january february march april may june july august september october november december
		when whereupon until till before while since because although though once and but`) {
		timeLead[w] = true
	}
}

// orgAnaphor reports whether the anaphor a at [i, end) names an
// organisation: it, or a noun phrase whose head is an organisation's.
func (d *resolver) orgAnaphor(a anaphor, i, end int) bool {
	switch a.kind {
	case thing:
		return true
	case nounPhrase:
		return typeOfNoun(headNoun(d.Src[i:end], d.nouns)) == dict.Organization
	}
	return false
}

// describedPerson returns where the head of a noun phrase for a person at
// [i, end) starts when the names inside it (named, from the first that
// starts there) are organisations or places that describe the person
// (这位前华为工程师, "the former Acme engineer"), or -1.
func (d *resolver) describedPerson(named []doc.Mention, a anaphor, i, end int) int {
	if a.kind != nounPhrase || typeOfNoun(headNoun(d.Src[i:end], d.nouns)) != dict.Person {
		return -1
	}
	last := -1
	for _, m := range named {
		if m.Start >= end {
			break
		}
		if m.End > end || m.Entity.Type != dict.Organization && m.Entity.Type != dict.Place {
			return -1
		}
		last = m.End
	}
	if last < 0 {
		return -1
	}
	k := doc.SkipSpace(d.Src, last)
	if headNoun(d.Src[k:end], d.nouns) == "" {
		return -1
	}
	return k
}

// mayStartAnaphor is a cheap test that rejects most offsets at which
// anaphorAt finds nothing: all but ASCII letters that start a Latin
// anaphor and the few runes that start a Chinese one. resolve calls it for
// much of the text, so it must stay small enough to inline.
func mayStartAnaphor(src []byte, i int) bool {
	c := src[i]
	if c < utf8.RuneSelf {
		return anaphorInitial[c]
	}
	return anaphorLead[c] && i+3 <= len(src) && anaphorSecond[src[i+1]&0x3f] && cjkAnaphorRune(src[i:i+3])
}

func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// anaphorInitial holds the first letters of Latin anaphors, in both cases;
// anaphorLead the first bytes of cjkAnaphorStarts, and anaphorSecond the
// low six bits of their second bytes.
var anaphorInitial, anaphorLead, anaphorSecond = func() (initial, lead [256]bool, second [64]bool) {
	for w := range latinAnaphors {
		initial[w[0]], initial[w[0]&^0x20] = true, true
	}
	for _, r := range cjkAnaphorRunes {
		lead[r>>16], second[r>>8&0x3f] = true, true
	}
	return
}()

// cjkAnaphorStarts are the runes a Chinese anaphor starts with, all of
// three bytes; TestAnaphorStarts keeps them in step with anaphors.
const cjkAnaphorStarts = "他她我你您该这那此二两三四前后俩本公新"

// cjkAnaphorRunes are the UTF-8 bytes of cjkAnaphorStarts, as numbers.
var cjkAnaphorRunes = func() (out [len(cjkAnaphorStarts) / 3]uint32) {
	for i := range out {
		b := cjkAnaphorStarts[3*i:]
		out[i] = uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])
	}
	return
}()

// cjkAnaphorRune reports whether the three bytes b are one of
// cjkAnaphorStarts.
func cjkAnaphorRune(b []byte) bool {
	k := uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])
	for _, r := range cjkAnaphorRunes {
		if r == k {
			return true
		}
	}
	return false
}

// latinAnaphors are the Latin-script anaphors by their first word, lower
// case, each list longest first ("the two men" before "the two").
var latinAnaphors = func() map[string][]anaphor {
	set := map[string][]anaphor{}
	for _, a := range anaphors {
		if a.text[0] < utf8.RuneSelf {
			w := strings.Fields(a.text)[0]
			set[w] = append(set[w], a)
		}
	}
	for _, l := range set {
		slices.SortStableFunc(l, func(a, b anaphor) int { return len(b.text) - len(a.text) })
	}
	return set
}()

// mainEntity returns the entity of type t that the named mentions ms name
// more often than any other of t, or nil. It is cautious: once another
// entity has drawn level with the leader, the leader is no main entity
// until some entity overtakes it, even if it then pulls ahead again (a
// plain maximum, tried, made three more wrong edges on the held-back
// texts, where two people share a story).
func mainEntity(ms []doc.Mention, t dict.Type) *dict.Entity {
	count := map[*dict.Entity]int{}
	var best *dict.Entity
	tie := false
	for _, m := range ms {
		if m.Entity.Type != t || m.How == doc.Coref {
			continue
		}
		count[m.Entity]++
		switch n := count[m.Entity]; {
		case best == nil || n > count[best]:
			best, tie = m.Entity, false
		case m.Entity != best && n == count[best]:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// anaphorAt reports the anaphor starting at offset i, if any.
func (d *resolver) anaphorAt(i int) (end int, a anaphor, ok bool) {
	src := d.Src
	if c := src[i]; c < utf8.RuneSelf {
		// A Latin anaphor is a whole word: look the word up once.
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') || doc.LatinWordBefore(src, i) {
			return 0, a, false
		}
		j := i
		for j < len(src) && j-i < 8 && ('a' <= src[j] && src[j] <= 'z' || 'A' <= src[j] && src[j] <= 'Z') {
			j++
		}
		var buf [8]byte
		w := buf[:0]
		for _, b := range src[i:j] {
			w = append(w, b|0x20)
		}
		if np := d.latinNounPhrase(i, string(w)); np > i {
			return np, anaphor{kind: nounPhrase}, true
		}
		if string(w) == "both" && d.clauseOpening(i) && !d.nameFollows(j) {
			return j, anaphor{text: "both", kind: group, size: 2}, true
		}
		end, a, ok := latinAnaphorAt(src, i, latinAnaphors[string(w)])
		if ok && a.kind == group && a.text != "both of them" && pluralNounAfter(src, end) {
			return 0, a, false // "the two companies", "all three labs"
		}
		return end, a, ok
	} else if len(src)-i < 3 || !cjkAnaphorRune(src[i:i+3]) {
		return 0, a, false
	}
	rest := src[i:]
	for _, w := range notAnaphors {
		if len(rest) >= len(w) && string(rest[:len(w)]) == w {
			return 0, a, false
		}
	}
	// 他 in 其他 starts mid-word.
	if prev, _ := utf8.DecodeLastRune(src[:i]); prev == '其' || prev == '吉' {
		return 0, a, false
	}
	if np, n := demonstrativeGroup(rest); np > 0 {
		return i + np, anaphor{kind: group, size: n}, true
	}
	if np := d.demonstrative(i); np > i {
		return np, anaphor{kind: nounPhrase}, true
	}
	if np := d.bareCompany(i); np > i {
		return np, anaphor{kind: nounPhrase}, true
	}
	for _, a := range anaphors {
		if a.text[0] < utf8.RuneSelf || len(rest) < len(a.text) || string(rest[:len(a.text)]) != a.text {
			continue
		}
		if a.kind == group && !d.groupWord(i, i+len(a.text)) {
			continue
		}
		return i + len(a.text), a, true
	}
	return 0, a, false
}

// latinAnaphorAt reports the first of cands, the Latin anaphors whose
// first word starts at src[i:], that stands there as whole words.
func latinAnaphorAt(src []byte, i int, cands []anaphor) (end int, a anaphor, ok bool) {
	rest := src[i:]
	for _, a := range cands {
		if len(rest) < len(a.text) || !bytes.EqualFold(rest[:len(a.text)], []byte(a.text)) {
			continue
		}
		before, _ := utf8.DecodeLastRune(src[:i])
		after, _ := utf8.DecodeRune(rest[len(a.text):])
		if doc.LatinWordRune(before) || doc.LatinWordRune(after) || after == '\'' {
			continue
		}
		// "I" must be upper case; "i" is a letter in a list or a variable.
		if a.text == "i" && rest[0] != 'I' {
			continue
		}
		return i + len(a.text), a, true
	}
	return 0, anaphor{}, false
}

// pluralNounAfter reports whether the word after end ends in s: a plural
// noun the number counts ("the two companies"), where a verb would follow
// a group of people ("all three founded", "the two were").
func pluralNounAfter(src []byte, end int) bool {
	p := doc.SkipSpace(src, end)
	q := p
	for q < len(src) && asciiLetter(src[q]) {
		q++
	}
	return q > p+2 && src[q-1]|0x20 == 's' && string(src[p:q]) != "was" && string(src[p:q]) != "has"
}

// latinNounPhrase matches "the lab", "this company" at i, whose first word
// (lower case) is w, and returns its end, or i. The noun must be one of
// d.nouns and end the word.
func (d *resolver) latinNounPhrase(i int, w string) int {
	if w != "the" && w != "this" && w != "that" {
		return i
	}
	src := d.Src
	j := i + len(w)
	if j >= len(src) || src[j] != ' ' {
		return i
	}
	j++
	word := func(j int) int {
		k := j
		for k < len(src) && k-j < 16 && (asciiLetter(src[k]) || src[k] == '-' && k > j) {
			k++
		}
		if k == j || k < len(src) && (doc.LatinWordAt(src, k) || src[k] == '-') {
			return j
		}
		return k
	}
	k := word(j)
	if k == j {
		return i
	}
	head := strings.ToLower(string(src[j:k]))
	modified := false
	for n := 0; !d.nouns[head] && n < 4 && k < len(src) && src[k] == ' ' && (personModifiers[head] || 'A' <= src[j] && src[j] <= 'Z'); n++ {
		// "the former Acme engineer", "the British physicist": words
		// that describe a person before the noun.
		if next := word(k + 1); next > k+1 {
			j, k, modified = k+1, next, true
			head = strings.ToLower(string(src[j:k]))
			continue
		}
		return i
	}
	if !d.nouns[head] || modified && typeOfNoun(head) != dict.Person {
		return i
	}
	if typeOfNoun(head) == dict.Person {
		// "the professor at Beta", "the engineer who built it": a
		// complement says which one; it is not the one named before.
		p := doc.SkipSpace(src, k)
		q := p
		for q < len(src) && asciiLetter(src[q]) {
			q++
		}
		switch strings.ToLower(string(src[p:q])) {
		case "of", "at", "in", "for", "from", "with", "who", "whom", "whose", "that", "which":
			return i
		}
	}
	return k
}

// personModifiers may stand between "the" and a noun for a person.
var personModifiers = map[string]bool{"former": true, "then": true, "late": true, "young": true, "veteran": true,
	"retired": true, "longtime": true, "current": true, "serial": true, "famed": true, "renowned": true, "celebrated": true}

// demonstratives open a Chinese noun phrase that ends with a head noun
// within a few characters: 这家只有三个人的创业公司, 这所大学.
var demonstratives = []string{"这家", "这个", "那家", "这所", "这座", "这位", "那位", "该", "此"}

// demonstrative matches a Chinese noun phrase at i, a demonstrative then
// up to 12 runes (no punctuation; none after 该 and 此) then a head noun,
// and returns its end, or i.
func (d *resolver) demonstrative(i int) int {
	rest := d.Src[i:]
	var after []byte
	gap := 12
	person := false // 这位, 那位 count people: the head is a noun for one
	for _, p := range demonstratives {
		if len(rest) >= len(p) && string(rest[:len(p)]) == p {
			after = rest[len(p):]
			if p == "该" || p == "此" {
				gap = 0
			}
			person = strings.HasSuffix(p, "位")
			break
		}
	}
	if after == nil {
		return i
	}
	best := -1
	for n, j := 0, 0; n <= gap && j <= len(after); n++ {
		for k := j + 3; k <= len(after) && k-j <= 12; k += 3 {
			// A project noun only right after the demonstrative (该项目,
			// 这个项目): 这个方向…的项目 names work of its own.
			if d.nouns[string(after[j:k])] && (j == 0 || typeOfNoun(string(after[j:k])) != dict.Project) && (!person || typeOfNoun(string(after[j:k])) == dict.Person) {
				best = k // the longest noun: 创业公司 before 公司
			}
		}
		if best >= 0 || j == len(after) {
			break
		}
		r, w := utf8.DecodeRune(after[j:])
		if doc.IsClausePunct(r) {
			break
		}
		j += w
	}
	if best < 0 {
		return i
	}
	return i + len(rest) - len(after) + best
}

// bareCompany matches 公司 with no demonstrative at i, where Chinese
// business prose uses it for the company it is about: opening a clause,
// and followed by one of its titles (公司创始人、董事长张三; 公司法定代表人为
// 张三) or by 由 (公司由张三创立). Elsewhere a bare 公司 is a common noun
// (公司注册资本, 一家公司) and is left alone. It returns the end of 公司, or
// i.
func (d *resolver) bareCompany(i int) int {
	const w = "公司"
	rest := d.Src[i:]
	if !bytes.HasPrefix(rest, []byte(w)) {
		return i
	}
	after := rest[len(w):]
	opening := d.clauseOpening(i)
	if !opening {
		// 接替张三出任公司新总裁: after a verb of taking a post, 公司 and
		// a title (新 or 的 between) name the company too.
		post := false
		for _, v := range postVerbs {
			post = post || bytes.HasSuffix(d.Src[:i], []byte(v))
		}
		if !post {
			return i
		}
		for _, p := range []string{"新", "的"} {
			after = bytes.TrimPrefix(after, []byte(p))
		}
	}
	for _, t := range companyTitles {
		if (opening || t != "由") && bytes.HasPrefix(after, []byte(t)) {
			return i + len(w)
		}
	}
	return i
}

// postVerbs take a post: 公司 after them and before a title is the
// company the text is about.
var postVerbs = []string{"出任", "担任", "接任", "就任", "升任", "兼任", "擔任", "升為", "升为"}

// companyTitles are what may follow a bare 公司 that names the company
// the text is about: its titles, and 由 of a passive.
var companyTitles = []string{"创始人", "联合创始人", "创办人", "董事长", "董事会主席", "总经理", "总裁", "首席", "CEO", "CTO", "COO", "CFO",
	"法定代表人", "实际控制人", "实控人", "执行董事", "副总裁", "副总经理", "由"}

// demonstrativeGroup matches 这三位, 这两位, 二位 (a number of people) at
// the start of b and returns its length and the number, or 0.
func demonstrativeGroup(b []byte) (int, int) {
	p := 0
	for _, d := range []string{"这", "那"} {
		if bytes.HasPrefix(b, []byte(d)) {
			p = len(d)
		}
	}
	if p == 0 {
		return 0, 0
	}
	for n, num := range []string{"", "", "两", "三", "四"} {
		if num != "" && bytes.HasPrefix(b[p:], []byte(num+"位")) {
			return p + len(num+"位"), n
		}
	}
	if bytes.HasPrefix(b[p:], []byte("二位")) {
		return p + len("二位"), 2
	}
	return 0, 0
}

// groupWord reports whether 二人, 三人 at src[i:end] stands alone: not in
// 第二人, 三人行 or 两人工智能.
func (d *resolver) groupWord(i, end int) bool {
	prev, _ := utf8.DecodeLastRune(d.Src[:i])
	next, _ := utf8.DecodeRune(d.Src[end:])
	if prev == '第' || prev == '这' || prev == '那' {
		return false
	}
	switch next {
	case '行', '工', '员', '口', '次', '组', '份', '间', '民':
		return false
	}
	return true
}

// clauseOpening reports whether offset i opens its clause.
func (d *resolver) clauseOpening(i int) bool {
	si := d.SentenceAt(i)
	if si < 0 {
		return false
	}
	c := doc.ClauseStart(d.Src, d.Sentences[si].Start, i)
	s, _ := doc.TrimSpace(d.Src, c, i)
	return s == i
}

// nameFollows reports whether a named mention starts right after offset
// j: "both Acme and Beta" is a list, not an anaphor.
func (d *resolver) nameFollows(j int) bool {
	return d.namedAt(doc.SkipSpace(d.Src, j)) >= 0
}

// namedAt returns the index in d.Mentions of the named mention that
// starts at p, or -1.
func (d *resolver) namedAt(p int) int {
	k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= p })
	if k < len(d.Mentions) && d.Mentions[k].Start == p {
		return k
	}
	return -1
}

// antecedent picks the entities the anaphor a at src[off:end] refers to:
// one, several for a group, or none.
func (d *resolver) antecedent(off, end int, a anaphor, g byte) []*dict.Entity {
	t := d.TurnAt(off)
	si := d.SentenceAt(off)
	if si < 0 {
		return nil
	}
	one := func(e *dict.Entity) []*dict.Entity {
		if e == nil {
			return nil
		}
		return []*dict.Entity{e}
	}
	switch a.kind {
	case speaker:
		if t != nil {
			return one(t.Speaker)
		}
		return one(d.quoteSpeaker(off))
	case listener:
		// You is resolved in the interviewer's questions only: in answers
		// it is mostly the generic you (你可以训练神经网络).
		if t != nil && t.Speaker != d.Interviewee {
			return one(t.Addressee)
		}
	case nounPhrase:
		return one(d.nounPhraseAntecedent(off, end, si))
	case group:
		return d.groupAntecedent(off, si, a.size)
	case plural:
		if g := d.groupAntecedent(off, si, 0); g != nil {
			return g
		}
		return one(d.pluralAntecedent(off, si))
	case third:
		e := d.thirdAntecedent(off, si, t, g)
		if t == nil {
			if s := d.adjunctSubject(off, si, g); s != nil && e == nil {
				return one(s) // "After his doctorate, Smith…", no one before
			} else if s != nil && s != e {
				// "In his book X, Sarris wrote…": his may be Sarris, who
				// opens the main clause, or the person before; as they
				// differ, neither is taken.
				return nil
			}
		}
		return one(e)
	case thing:
		return one(d.itAntecedent(off, end, si))
	case possessiveIt:
		return one(d.itsAntecedent(off, si))
	case former, latter:
		return one(d.pairMember(off, si, a.kind == latter))
	case founded:
		return one(d.foundedAntecedent(off, si))
	case self:
		// "Roe has served as our Chief Executive Officer": outside an
		// interview and outside quotation marks, the document speaks
		// for the organization it names most.
		if t == nil && openQuote(d.Src, max(bytes.LastIndexByte(d.Src[:off], '\n')+1, off-4096), off) < 0 {
			return one(d.mainOrg)
		}
	}
	return nil
}

// foundedAntecedent resolves 新公司 or "the new company": the organization
// that a verb of founding took as its object last, in the sentence or the
// one before (甲公司宣布成立戊科技，并任命李四担任新公司CEO: 戊科技), a
// class noun or two between them (成立子公司戊科技, "set up a subsidiary,
// Beta"). With no such verb it names nothing: the new company may be one
// the text never names.
func (d *resolver) foundedAntecedent(off, si int) *dict.Entity {
	lo := d.Sentences[max(0, si-1)].Start
	before := d.sal.between(lo, off)
	for k := len(before) - 1; k >= 0; k-- {
		if m := before[k]; d.founded(m, lo) {
			return m.Entity
		}
	}
	return nil
}

// founded reports whether m, a named organization, is the object of a
// verb of founding that stands before it, after lo.
func (d *resolver) founded(m doc.Mention, lo int) bool {
	return m.Entity.Type == dict.Organization && (m.How == doc.Exact || m.How == doc.Fuzzy) && foundingBefore(d.Src, max(lo, m.Start-60), m.Start)
}

// justFounded resolves a noun phrase after a clause that founded an
// organization, in the same sentence: the new organization, not its
// founder (丙资本成立甲公司，李四出任该公司总经理: 甲公司; "Acme set up
// Beta in 1990, and the company grew": Beta). It is the last mention
// before c that fits, or nothing.
func (d *resolver) justFounded(lo, c int, fits func(*dict.Entity) bool) *dict.Entity {
	before := d.sal.between(lo, c)
	for k := len(before) - 1; k >= 0; k-- {
		m := before[k]
		if !fits(m.Entity) {
			continue
		}
		if d.founded(m, lo) {
			return m.Entity
		}
		return nil
	}
	return nil
}

// foundingVerbs are the verbs of founding a foundedAntecedent looks for.
var foundingVerbs = []string{"成立", "创立", "创办", "创建", "组建", "设立", "注册", "founded", "formed", "established", "set up", "created", "launched", "incorporated",
	// "merged to form X", "with the formation of X", "creating X".
	"form", "forming", "formation of", "create", "creating", "creation of", "establishing", "establishment of"}

// foundingBefore reports whether a verb of founding stands in src[lo:p]
// with at most 20 bytes after it and no clause punctuation but one comma
// (了 and a class noun: 成立了合资公司, "set up a new subsidiary,").
func foundingBefore(src []byte, lo, p int) bool {
	tail := src[lo:p]
	for _, v := range foundingVerbs {
		i := bytes.LastIndex(tail, []byte(v))
		if i < 0 || v[0] < utf8.RuneSelf && (i > 0 && asciiLetter(tail[i-1]) || i+len(v) < len(tail) && asciiLetter(tail[i+len(v)])) {
			continue // a word, not part of one ("platform", "formerly")
		}
		rest := tail[i+len(v):]
		if len(rest) > 20 || bytes.ContainsAny(rest, "。；;.") || bytes.Contains(rest, []byte("，")) || bytes.Count(rest, []byte(",")) > 1 {
			continue
		}
		return true
	}
	return false
}

// itAntecedent resolves it where it opens its clause and a verb follows
// that is no copula of a generic it ("it is", "it seems"): the most
// salient organization in the clauses before it and the two sentences
// before ("Sony grew fast. In 1975, it released the Betamax"). Anything
// else it names (a product, a year, the weather) is left alone.
func (d *resolver) itAntecedent(off, end, si int) *dict.Entity {
	sent := d.Sentences[si]
	c := doc.ClauseStart(d.Src, sent.Start, off)
	if !d.opensAfterTime(c, off) {
		return d.objectIt(off, si, c)
	}
	rest := strings.ToLower(string(d.Src[end:min(len(d.Src), end+12)]))
	for _, w := range []string{" is ", " is,", "'s ", "’s ", " seems", " appears", " takes ", " makes ", " was not", " is not", " would", " will", " may ", " might", " can "} {
		if strings.HasPrefix(rest, w) {
			return nil
		}
	}
	isOrg := func(e *dict.Entity) bool { return e.Type == dict.Organization }
	return d.sal.best(si, c, 2, isOrg, d.mainOrg)
}

// itsAntecedent resolves its ("Acme said that Roe had joined its board"):
// the organization named last before it in its sentence; else the most
// salient organization of the two sentences before. An organization that
// only qualifies a person's title ("Beta appointed the Acme executive Roe
// as its CEO") gives way to another the sentence names before it.
func (d *resolver) itsAntecedent(off, si int) *dict.Entity {
	sent := d.Sentences[si]
	cs := d.sal.candidates(sent.Start, off)
	var attributive *dict.Entity
	for i := len(cs) - 1; i >= 0; i-- {
		if c := cs[i]; c.Entity.Type == dict.Organization && c.How != doc.Coref {
			if i+1 < len(cs) && cs[i+1].Entity.Type == dict.Person && cs[i+1].Start < off && titledBy(d.Src, c.Mention, cs[i+1].Mention) {
				if attributive == nil {
					attributive = c.Entity
				}
				continue
			}
			return c.Entity
		}
	}
	if attributive != nil {
		return attributive
	}
	isOrg := func(e *dict.Entity) bool { return e.Type == dict.Organization }
	return d.sal.best(si, sent.Start, 2, isOrg, d.mainOrg)
}

// titledBy reports whether only a title of a few lower-case words lies
// between an organization and the person named after it ("the Acme
// executive Roe", "Acme engineer Roe"): the organization qualifies the
// person's title.
func titledBy(src []byte, org, person doc.Mention) bool {
	f := strings.Fields(string(src[org.End:person.Start]))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		if strings.ContainsFunc(w, func(r rune) bool { return (r < 'a' || r > 'z') && r != '-' }) || titleStops[w] {
			return false
		}
	}
	return true
}

// pairMember resolves the former / the latter (前者 / 后者): of the named
// entities in its sentence before it, else in that and the sentence
// before, the type with exactly two distinct ones gives the pair, in the
// order they were named. Where no type, or more than one, has exactly two,
// it resolves nothing.
func (d *resolver) pairMember(off, si int, second bool) *dict.Entity {
	own := d.sal.candidates(d.Sentences[si].Start, off)
	if e := d.coordinatedPair(own, second); e != nil {
		return e // 马东敏和柳青，前者…，后者…: the two named together
	}
	if e := pairOf(own, second); e != nil {
		return e // 甲公司获得丙资本的投资，后者…: the pair just named
	}
	prev := d.sal.candidates(d.Sentences[max(0, si-1)].Start, off)
	if e := d.coordinatedPair(prev, second); e != nil && pairsIn(d.Src, prev) == 1 {
		// "… home to the University of Mainz and the Gutenberg Museum.
		// The latter publishes …": the two the sentence before names
		// together, whatever else it names, where it names no other two
		// together ("Smith and Brown left Acme and Beta. The former…").
		return e
	}
	return pairOf(prev, second)
}

// pairsIn counts the names of cs that follow another in a list.
func pairsIn(src []byte, cs []candidate) int {
	n := 0
	var last *doc.Mention
	for i := range cs {
		if cs[i].How == doc.Coref {
			continue
		}
		if last != nil && coordinatedPairOf(src, *last, cs[i].Mention) {
			n++
		}
		last = &cs[i].Mention
	}
	return n
}

// coordinatedPairOf reports whether b follows a in a list, as coordinated
// does, "the" after "and" allowed: "the University and the Museum".
func coordinatedPairOf(src []byte, a, b doc.Mention) bool {
	return joinedBy(src, a, b, pairCoordinators)
}

// pairCoordinators are coordinators, and "and the" for the former and the
// latter.
var pairCoordinators = append(slices.Clip(coordinators), "and the", ", and the")

// coordinatedPair returns the first or second of the last two names of
// cs joined by a coordinator (A和B, "A and B"), where they are a list of
// two, not the end of a longer one, and either the last names of cs or a
// topic that clause punctuation closes; else nil.
func (d *resolver) coordinatedPair(cs []candidate, second bool) *dict.Entity {
	var named []candidate
	for _, c := range cs {
		if c.How != doc.Coref {
			named = append(named, c)
		}
	}
	for i := len(named) - 2; i >= 0; i-- {
		a, b := named[i].Mention, named[i+1].Mention
		if !coordinatedPairOf(d.Src, a, b) || a.Entity == b.Entity {
			continue
		}
		if i > 0 && coordinatedPairOf(d.Src, named[i-1].Mention, a) || i+2 < len(named) && coordinatedPairOf(d.Src, b, named[i+2].Mention) {
			return nil // a list of three or more: which two?
		}
		if r, _ := utf8.DecodeRune(d.Src[doc.SkipSpace(d.Src, b.End):]); i+2 < len(named) && !doc.IsClausePunct(r) {
			// 李华、王强发起的甲公司是乙公司的金主，后者: the two named
			// inside a clause, others after them, are not the pair;
			// 马东敏和柳青，前者…，后者… stand as the clause's topic.
			return nil
		}
		if second {
			return b.Entity
		}
		return a.Entity
	}
	return nil
}

// pairOf is pairMember's count of types over the named entities of cs.
func pairOf(cs []candidate, second bool) *dict.Entity {
	byType := map[dict.Type][]*dict.Entity{}
	for _, c := range cs {
		if c.How == doc.Coref {
			continue
		}
		if es := byType[c.Entity.Type]; !slices.Contains(es, c.Entity) {
			byType[c.Entity.Type] = append(es, c.Entity)
		}
	}
	var pair []*dict.Entity
	for _, t := range []dict.Type{dict.Person, dict.Organization, dict.Project, dict.Place} {
		if len(byType[t]) == 2 {
			if pair != nil {
				return nil
			}
			pair = byType[t]
		}
	}
	if pair == nil {
		return nil
	}
	if second {
		return pair[1]
	}
	return pair[0]
}

// objectIt resolves it (它) inside its clause, an object ("founded Beta
// and sold it to Acme", 甲公司收购了它): the organization or project named
// last before it in its sentence, the clause's own subject left out;
// else the only one the sentence before names. Two different ones there
// resolve nothing.
func (d *resolver) objectIt(off, si, clause int) *dict.Entity {
	fits := func(e *dict.Entity) bool { return e.Type == dict.Organization || e.Type == dict.Project }
	sent := d.Sentences[si]
	cs := d.sal.candidates(sent.Start, off)
	for i := len(cs) - 1; i >= 0; i-- {
		c := cs[i]
		if !fits(c.Entity) || c.How == doc.Coref {
			continue
		}
		if c.Start >= clause && d.ClauseInitial(sent, c.Mention) {
			continue // the clause's subject does something to it
		}
		if relativeSubject(d.Src[c.End:off]) {
			continue // "Acme, which sold it to Beta": Acme is who sells
		}
		return c.Entity
	}
	if si == 0 {
		return nil
	}
	var only *dict.Entity
	for _, c := range d.sal.candidates(d.Sentences[si-1].Start, sent.Start) {
		if !fits(c.Entity) {
			continue
		}
		if only != nil && only != c.Entity {
			return nil
		}
		only = c.Entity
	}
	return only
}

// relativeSubject reports whether text, between a name and a pronoun,
// opens a relative clause on the name that runs on to the pronoun
// (", which within three years sold it"): the name is that clause's
// subject, so not what its object pronoun names.
func relativeSubject(text []byte) bool {
	t := bytes.TrimLeft(text, " ,")
	rest, ok := bytes.CutPrefix(t, []byte("which "))
	if !ok {
		return false
	}
	return !bytes.ContainsAny(rest, ",;:()")
}

// nounPhraseAntecedent resolves a noun phrase (这家公司, the lab, 该校)
// whose head noun ends at end: within its sentence, the subject before a
// reporting verb ("Acme said that the company…"); else the most salient
// entity its head noun fits, in the clauses before it and the two
// sentences before; a Chinese 这家… noun phrase is the one named last in
// its sentence (他加入了DNNResearch，这家创业公司…).
func (d *resolver) nounPhraseAntecedent(off, end, si int) *dict.Entity {
	head := headNoun(d.Src[off:end], d.nouns)
	fits := func(e *dict.Entity) bool { return fitsNoun(head, e) }
	if partNouns[head] {
		fits = func(e *dict.Entity) bool { return fitsNoun(head, e) && d.calledBy(e, head, off) }
	}
	// "moved to the company Legend Entertainment": a noun phrase right
	// before a name that fits it describes that name; it points back to
	// nothing.
	p := doc.SkipSpace(d.Src, end)
	if k := d.namedAt(p); k >= 0 && fits(d.Mentions[k].Entity) {
		return nil
	}
	sent := d.Sentences[si]
	c := doc.ClauseStart(d.Src, sent.Start, off)
	if e := d.reporter(sent, off, fits); e != nil {
		return e
	}
	if e := d.justFounded(sent.Start, c, fits); e != nil {
		return e
	}
	if bytes.HasPrefix(d.Src[off:], []byte("这")) || bytes.HasPrefix(d.Src[off:], []byte("那")) {
		var last *dict.Entity
		for _, m := range d.sal.between(sent.Start, c) {
			if fits(m.Entity) && !doc.InParens(d.Src, sent.Start, m.Start) {
				last = m.Entity
			}
		}
		if last != nil {
			return last
		}
	}
	if f := d.topicOrg; f != nil && fits(f) && d.NewParagraph(si) && !d.namesBefore(sent.Start, c, fits) && d.namedBefore(f, sent.Start) {
		// A paragraph that opens on "the company" with no candidate of
		// its own goes back to what the document is about, if one
		// organisation clearly is, not to what the last paragraph named
		// last.
		return f
	}
	return d.sal.best(si, c, 2, fits, d.focus(head))
}

// namesBefore reports whether src[lo:hi] holds a mention whose entity fits
// accepts.
func (d *resolver) namesBefore(lo, hi int, fits func(*dict.Entity) bool) bool {
	for _, m := range d.sal.between(lo, hi) {
		if fits(m.Entity) {
			return true
		}
	}
	return false
}

// focus is the document's main entity of the type a head noun names, or
// nil.
func (d *resolver) focus(head string) *dict.Entity {
	switch typeOfNoun(head) {
	case dict.Organization:
		return d.mainOrg
	case dict.Person:
		return d.mainPerson
	}
	return nil
}

// reportingVerbs join a subject to the clause it reports: "Acme said that
// the company…", 甲公司表示，该公司….
var reportingVerbs = []string{"said that", "says that", "announced that", "announces that", "stated that", "confirmed that", "reported that",
	"added that", "noted that", "said", "announced", "表示", "宣布", "称", "透露", "指出"}

// reporter returns the entity whose named mention in sent is followed,
// before off, only by a reporting verb (and a comma), if fits accepts it.
func (d *resolver) reporter(sent doc.Span, off int, fits func(*dict.Entity) bool) *dict.Entity {
	ms := d.sal.between(sent.Start, off)
	if len(ms) == 0 {
		return nil
	}
	m := ms[len(ms)-1]
	if !fits(m.Entity) {
		return nil
	}
	gap := strings.ToLower(strings.TrimSpace(string(d.Src[m.End:off])))
	gap = strings.TrimSpace(strings.TrimRight(gap, ",，:："))
	if slices.Contains(reportingVerbs, gap) {
		return m.Entity
	}
	return nil
}

// pluralAntecedent resolves they that names no group of people: in the
// articles kg reads, most often an organization, the first one the
// sentence (or the one before) names outside parentheses.
func (d *resolver) pluralAntecedent(off, si int) *dict.Entity {
	sent := d.Sentences[si]
	lo := sent.Start
	if si > 0 {
		lo = d.Sentences[si-1].Start
	}
	for _, s := range []int{sent.Start, lo} {
		for _, m := range d.sal.between(s, off) {
			if m.Entity.Type != dict.Organization || doc.InParens(d.Src, s, m.Start) {
				continue
			}
			if m.Start < sent.Start && !d.ClauseSubject(d.Sentences[si-1], m) {
				// …的陈天石，大学所读的也是中科大少年班…。后来，他们…:
				// in the sentence before, only an organization that is a
				// clause's subject; one it names inside a clause is
				// rather where the people it is about were.
				continue
			}
			return m.Entity
		}
	}
	return nil
}

// groupAntecedent resolves 他们, 三人, both, all three: the most salient
// coordinated list of people (of size n, if n > 0) in the sentence before
// off or the one before it. Two lists equally salient resolve nothing.
func (d *resolver) groupAntecedent(off, si, n int) []*dict.Entity {
	return d.sal.bestGroup(si, off, n)
}

// thirdAntecedent resolves he or she (of gender g, 0 when unknown) at off,
// in interview turn t if any.
func (d *resolver) thirdAntecedent(off, si int, t *doc.Turn, g byte) *dict.Entity {
	sent := d.Sentences[si]
	// A person an earlier pronoun of the other gender named is not a
	// candidate: after 她 has meant Fei-Fei Li, 他 means someone else.
	// Nor is the person coordinated with the pronoun ("He and Brown
	// founded Beta", 他和陈明创办了…): that is someone else.
	partner := d.coordinatedWith(off)
	self := d.verbSubject(off, sent.Start)
	fits := func(e *dict.Entity) bool {
		return e.Type == dict.Person && (g == 0 || d.genderOf(e) == 0 || d.genderOf(e) == g) && e != partner && e != self
	}
	before := d.sal.between(d.Sentences[max(0, si-3)].Start, off)
	if t != nil {
		// In an interview turn he is neither the speaker nor the one
		// spoken to: the last other person named, a few sentences back.
		return recent(before, func(m doc.Mention) bool {
			return fits(m.Entity) && m.Entity != t.Speaker && m.Entity != t.Addressee && !d.Labels[m.Start]
		})
	}
	// A person that opens an earlier clause of the sentence, or closes
	// the clause just before (2011年图灵奖得主为Judea Pearl，他开发的…).
	_, w := utf8.DecodeRune(d.Src[off:])
	possPronoun := possessorAt(d.Src, off+w)
	// "with Hall as his adviser": the name before "as" is what the
	// possessive's noun is, not whose it is.
	enPoss := bytes.HasPrefix(d.Src[off:], []byte("his ")) || bytes.HasPrefix(d.Src[off:], []byte("her "))
	if k := len(before) - 1; enPoss && k >= 0 && before[k].Start >= sent.Start && fits(before[k].Entity) && comparedSubject(d.Src, before[k], off) {
		return before[k].Entity // "…, as did Dennett in his 1995 book": Dennett's
	}
	for k := len(before) - 1; k >= 0 && before[k].Start >= sent.Start; k-- {
		if m := before[k]; fits(m.Entity) && !d.enumerated(m) && !(enPoss && asBefore(d.Src, m.End, off)) && !d.companionPhrase(sent, m, off) && !opinionOf(d.Src, m.End, off) && (d.ClauseInitial(sent, m) || d.sal.titledSubjectAt(m) || d.clauseFinal(m, off)) {
			return m.Entity
		}
	}
	// Else the one person the sentence names before it, wherever it
	// stands, unless as a possessor ("Acme hired Jones after he left
	// Beta"; not 在王强的指导下，他…). A possessive pronoun does not take
	// a name of its own clause this way: in 深度学习三巨头之一的Geoffrey
	// Hinton就成了他的导师 his advisor is someone else's.
	clause := doc.ClauseStart(d.Src, sent.Start, off)
	var only *dict.Entity
	rival := false
	for k := len(before) - 1; k >= 0 && before[k].Start >= sent.Start; k-- {
		m := before[k]
		if m.Entity.Type != dict.Person {
			continue
		}
		if enPoss && asBefore(d.Src, m.End, off) || d.companionPhrase(sent, m, off) || opinionOf(d.Src, m.End, off) {
			continue
		}
		if g != 0 && d.genderOf(m.Entity) != 0 && d.genderOf(m.Entity) != g {
			// "He produced Gizmo by singer Mary Major for her album":
			// a person of the other gender is no candidate, and leaves
			// the one that is the only one.
			continue
		}
		if only != nil && only != m.Entity || !fits(m.Entity) || d.Labels[m.Start] || possessorAt(d.Src, m.End) || possPronoun && m.Start >= clause {
			rival = only != nil && only != m.Entity && fits(m.Entity)
			only = nil
			break
		}
		only = m.Entity
	}
	if only != nil {
		return only
	}
	if rival {
		return nil
	}
	// Else the most salient person of the sentences before, the one the
	// document is about winning a near tie.
	focus := d.mainPerson
	if focus != nil && !fits(focus) {
		focus = nil
	}
	if e := d.previousOpener(off, si, fits); e != nil {
		return e
	}
	if e, found := d.sal.bestPerson(si, fits, focus); found {
		return e
	}
	if focus != nil && d.sal.anyBefore(off) {
		return focus
	}
	// The person the document is about has the other gender: he goes on
	// meaning whom the last he meant, a few sentences back.
	if last, ok := d.lastThird[g]; ok && si-last.si <= 3 {
		return last.e
	}
	// Else the person of that gender the document names most, named
	// before: an article about her mentions him too, further back.
	if d.mainPerson != nil && g != 0 && d.genderOf(d.mainPerson) != 0 && d.genderOf(d.mainPerson) != g {
		if e := d.mostNamedBefore(off, fits); e != nil {
			return e
		}
	}
	return nil
}

// adjunctOpeners open a phrase or clause set before the main clause of a
// sentence, whose subject a pronoun inside it may anticipate: "In his book
// X, Sarris wrote", "After her doctorate, Roe joined Acme", "When he was
// twenty, Doe…", 在他的回忆录中，张三写道. "Under" and "as" are left out,
// and so is 在…指导下 (see underWords): in "Under his guidance, Roe wrote
// her thesis", "As his successor, Roe…" and 在他的指导下，张三… his is
// someone else.
var adjunctOpeners = []string{"in ", "during ", "after ", "before ", "since ", "while ", "when ", "upon ", "on ", "at ", "throughout ", "following ", "through ", "from ", "until ", "once ", "although ", "though ", "because ",
	"在", "当", "自从", "从", "随着", "经过"}

// adjunctSubject returns the person that opens the main clause of
// sentence si when the pronoun at off stands in a phrase set before that
// clause (one of adjunctOpeners opens the sentence and no clause mark lies
// between it and the pronoun), and that person's gender does not differ
// from g; else nil.
func (d *resolver) adjunctSubject(off, si int, g byte) *dict.Entity {
	sent := d.Sentences[si]
	lead := doc.SkipSpace(d.Src, sent.Start)
	if doc.ClauseStart(d.Src, sent.Start, off) != sent.Start || lead >= off {
		return nil
	}
	opens := false
	for _, w := range adjunctOpeners {
		if off-lead >= len(w) && bytes.EqualFold(d.Src[lead:lead+len(w)], []byte(w)) {
			opens = true
			break
		}
	}
	if !opens || datedMainClause(d.Src[lead:off]) {
		return nil
	}
	p := off
	for p < sent.End {
		r, w := utf8.DecodeRune(d.Src[p:])
		p += w
		if doc.IsClausePunct(r) {
			if doc.IsSentenceEnd(r) || r != ',' && r != '，' {
				return nil
			}
			break
		}
	}
	if underPhrase(d.Src[lead:p]) {
		return nil
	}
	k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= p })
	if k == len(d.Mentions) || d.Mentions[k].Start >= sent.End {
		return nil
	}
	m := d.Mentions[k]
	if m.Entity.Type != dict.Person || m.How == doc.Coref || !d.ClauseInitial(sent, m) {
		return nil
	}
	if g != 0 && d.genderOf(m.Entity) != 0 && d.genderOf(m.Entity) != g {
		return nil
	}
	return m.Entity
}

// datedMainClause reports whether the opener before a pronoun ends in a
// year or a month with no comma ("In 1973 he created X, Doe being its
// first president"): the phrase is only a time, and the pronoun is the
// main clause's subject, not a word inside the phrase.
func datedMainClause(t []byte) bool {
	f := strings.Fields(string(t))
	if len(f) < 2 {
		return false
	}
	w := strings.TrimSuffix(f[len(f)-1], "s") // "In the 1970s"
	if len(w) == 4 && strings.Trim(w, "0123456789") == "" {
		return true
	}
	for _, m := range doc.Months {
		if strings.EqualFold(w, m) {
			return true
		}
	}
	return false
}

// mostNamedBefore returns the person fits accepts, other than the main
// person, that the document names most often by name (none on a tie), if
// this text names it before off; else nil.
func (d *resolver) mostNamedBefore(off int, fits func(*dict.Entity) bool) *dict.Entity {
	e := d.nameCounts().MostNamedOf(func(e *dict.Entity) bool { return e != d.mainPerson && fits(e) }, true)
	if e == nil || !d.namedBefore(e, off) {
		return nil
	}
	return e
}

// nameCounts returns d.counts, filling it and d.firstAt on first use.
func (d *resolver) nameCounts() *doc.Counts {
	if d.counts == nil {
		c := d.Whole
		if c == nil {
			own := doc.CountNames(d.Mentions)
			c = &own
		}
		d.counts = c
		d.firstAt = map[*dict.Entity]int{}
		for _, m := range slices.Backward(d.Mentions) {
			if m.How != doc.Coref {
				d.firstAt[m.Entity] = m.Start
			}
		}
	}
	return d.counts
}

// namedBefore reports whether this text names e by name before offset off.
func (d *resolver) namedBefore(e *dict.Entity, off int) bool {
	d.nameCounts()
	at, ok := d.firstAt[e]
	return ok && at < off
}

// recent returns the entity of the last mention in before that ok
// accepts, or nil.
func recent(before []doc.Mention, ok func(doc.Mention) bool) *dict.Entity {
	for k := len(before) - 1; k >= 0; k-- {
		if ok(before[k]) {
			return before[k].Entity
		}
	}
	return nil
}

// verbSubject returns the person named right before the verb whose
// object the pronoun "him" at off is, with at most an adverb between
// ("Doe hired him", "Doe later asked him"), or nil: that person would be
// "himself", so him is someone else. Past a word that opens a phrase or
// clause of its own ("Doe asked Roe to hire him", "Doe took it with
// him") nothing is ruled out.
func (d *resolver) verbSubject(off, lo int) *dict.Entity {
	if !bytes.HasPrefix(d.Src[off:], []byte("him")) || off+3 < len(d.Src) && asciiLetter(d.Src[off+3]) {
		return nil
	}
	k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= off }) - 1
	if k < 0 || d.Mentions[k].Start < lo || d.Mentions[k].Entity.Type != dict.Person {
		return nil
	}
	words := strings.Fields(string(d.Src[d.Mentions[k].End:off]))
	if len(words) == 0 || len(words) > 2 {
		return nil
	}
	for _, w := range words {
		if w != strings.ToLower(w) || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || notVerbWords[w] {
			return nil
		}
	}
	return d.Mentions[k].Entity
}

// notVerbWords open a phrase or clause of their own between a subject and
// "him": the pronoun may be the subject's there.
var notVerbWords = map[string]bool{"to": true, "that": true, "and": true, "or": true, "but": true, "with": true, "for": true, "by": true, "from": true, "of": true,
	"in": true, "on": true, "at": true, "as": true, "who": true, "whom": true, "which": true, "when": true, "after": true, "before": true, "than": true, "like": true,
	"about": true, "behind": true, "beside": true, "near": true, "around": true, "toward": true, "towards": true, "against": true, "upon": true, "under": true, "over": true,
	"said": true, "says": true, "told": true, "believed": true, "thought": true, "felt": true, "knew": true, "if": true, "whether": true, "because": true, "while": true}

// coordinatedWith returns the person named right after the pronoun at
// off and a coordinator (he and Brown, 他和陈明), or right before the
// coordinator that precedes it (Brown and he), or nil. Possessives are
// left alone: in "Sabat and his wife" his is Sabat.
func (d *resolver) coordinatedWith(off int) *dict.Entity {
	src := d.Src
	end := off
	for end < len(src) && asciiLetter(src[end]) {
		end++
	}
	if end == off {
		_, w := utf8.DecodeRune(src[off:])
		end = off + w
	} else if w := src[off:end]; !bytes.EqualFold(w, []byte("he")) && !bytes.EqualFold(w, []byte("she")) && !bytes.EqualFold(w, []byte("him")) {
		return nil // his wife, her husband: the possessor may be the partner
	}
	p := doc.SkipSpace(src, end)
	for _, c := range []string{"and ", "和", "与", "同", "跟", "及"} {
		if bytes.HasPrefix(src[p:], []byte(c)) {
			if k := d.namedAt(doc.SkipSpace(src, p+len(c))); k >= 0 && d.Mentions[k].Entity.Type == dict.Person {
				return d.Mentions[k].Entity
			}
		}
	}
	if b := off - len(" and "); bytes.HasSuffix(src[:off], []byte(" and ")) {
		k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= b })
		if k > 0 && d.Mentions[k-1].End == b && d.Mentions[k-1].Entity.Type == dict.Person {
			return d.Mentions[k-1].Entity
		}
	}
	return nil
}

// companionWords open a phrase whose name is someone other than the
// subject of the clause after it: "With director Steven Spielberg, he
// created…", "Unlike Roe, she…", "According to Doe, he…", "Thanks to Roe,
// he…", "On the advice of Doe, she…", 据张三介绍，他….
var companionWords = []string{"with ", "along with ", "together with ", "alongside ", "unlike ", "like ", "besides ", "according to ", "apart from ", "except for ", "instead of ", "rather than ",
	"thanks to ", "through ", "despite ", "in spite of ", "owing to ", "due to ", "under ",
	"on the advice of ", "on the recommendation of ", "at the invitation of ", "at the suggestion of ", "据", "与", "同", "跟"}

// underWords end a Chinese phrase 在X…下 ("under X's…"), whose X is someone
// other than the subject: 在冯教授指导下从事研究，他….
var underWords = []string{"指导下", "领导下", "带领下", "帮助下", "支持下", "推荐下", "邀请下", "影响下", "主持下", "率领下"}

// opinionVerbs say what one thinks another should do or is: a pronoun
// right after them is someone else, since Chinese says 自己 of oneself
// there (钱穆认为他应该继续学习: he is not 钱穆).
var opinionVerbs = []string{"认为", "認為", "觉得", "覺得", "建议", "建議", "劝", "勸", "劝说", "勸說", "鼓励", "鼓勵", "要求", "希望", "说服", "說服", "相信"}

// opinionOf reports whether the text from end (a name's end) to off (a
// pronoun) is one of opinionVerbs, after an adverb or two (也, 则, 一直).
func opinionOf(src []byte, end, off int) bool {
	if off <= end || off-end > 24 {
		return false
	}
	b := bytes.TrimSpace(src[end:off])
	for trimmed := true; trimmed; {
		trimmed = false
		for _, a := range opinionAdverbs {
			if c, ok := bytes.CutPrefix(b, []byte(a)); ok {
				b, trimmed = c, true
			}
		}
	}
	return slices.ContainsFunc(opinionVerbs, func(v string) bool { return string(b) == v })
}

// opinionAdverbs may stand between a name and a verb of opinion, in any
// order (一直也认为).
var opinionAdverbs = []string{"也", "则", "則", "还", "還", "便", "就", "更", "一直", "始终", "始終", "当时", "當時"}

// companionPhrase reports whether m stands in a phrase of an earlier
// clause of the sentence that opens with one of companionWords.
func (d *resolver) companionPhrase(sent doc.Span, m doc.Mention, off int) bool {
	c := doc.ClauseStart(d.Src, sent.Start, m.Start)
	if doc.ClauseStart(d.Src, sent.Start, off) == c {
		return false // the pronoun's own clause: "with Roe he founded"
	}
	// A list member after 、 stands in the phrase the list's first opens.
	for c > sent.Start && bytes.HasSuffix(d.Src[sent.Start:c], []byte("、")) {
		c = doc.ClauseStart(d.Src, sent.Start, c-len("、"))
	}
	c = doc.SkipSpace(d.Src, c)
	for _, w := range companionWords {
		if len(d.Src)-c >= len(w) && bytes.EqualFold(d.Src[c:c+len(w)], []byte(w)) {
			return true
		}
	}
	if bytes.HasPrefix(d.Src[c:], []byte("在")) {
		// 在X教授指导下: the phrase's end lies a few words after the name.
		tail := d.Src[m.End:min(len(d.Src), m.End+30)]
		if e := bytes.IndexFunc(tail, doc.IsClausePunct); e >= 0 {
			tail = tail[:e]
		}
		return underPhrase(tail)
	}
	return false
}

// underPhrase reports whether b holds one of underWords.
func underPhrase(b []byte) bool {
	for _, w := range underWords {
		if bytes.Contains(b, []byte(w)) {
			return true
		}
	}
	return false
}

// clauseFinal reports whether m ends the clause before offset off: only
// white space and one clause mark lie between them.
func (d *resolver) clauseFinal(m doc.Mention, off int) bool {
	p := doc.SkipSpace(d.Src[:off], m.End)
	r, w := utf8.DecodeRune(d.Src[p:off])
	if !doc.IsClausePunct(r) || doc.IsSentenceEnd(r) {
		return false
	}
	return doc.SkipSpace(d.Src[:off], p+w) == off
}

// pronounRef is the person a pronoun named, and in which sentence.
type pronounRef struct {
	e  *dict.Entity
	si int
}

// pronounGender is 'm' for he, him, his and 他, 'f' for she, her and 她,
// and 0 for any other anaphor.
func pronounGender(b []byte) byte {
	switch strings.ToLower(string(b)) {
	case "他", "he", "him", "his":
		return 'm'
	case "她", "she", "her":
		return 'f'
	}
	return 0
}

// asBefore reports whether only "as" stands between a name ending at end
// and a possessive pronoun at off ("with Hall as his adviser"): the name
// is what the pronoun's noun is, not whose it is.
func asBefore(src []byte, end, off int) bool {
	return end <= off && strings.TrimSpace(string(src[end:off])) == "as"
}

// comparedSubject reports whether m is the subject of a comparison's
// elided verb ("as did Dennett", "as had Roe") and only a preposition
// lies between it and the pronoun at off: "as did Dennett in his book".
func comparedSubject(src []byte, m doc.Mention, off int) bool {
	between := strings.TrimSpace(string(src[m.End:off]))
	if !slices.Contains([]string{"in", "with", "on", "at", "through", "for"}, between) {
		return false
	}
	lead := strings.ToLower(string(src[max(0, m.Start-12):m.Start]))
	for _, v := range []string{"as did ", "as does ", "as do ", "as had ", "as has ", "as have ", "as would ", "as was ", "as were "} {
		if strings.HasSuffix(lead, v) {
			return true
		}
	}
	return false
}

// previousOpener returns, for a pronoun that opens sentence si, the person
// that opens the sentence before in the same paragraph, if fits accepts
// it and no other person is coordinated with it: the subject the text goes
// on about. "Wright led Acme. His assistant survived him. Doe was vice
// president when Wright died. He…" is Doe, though Wright, named or meant
// in each sentence before, is the more salient. Else nil.
func (d *resolver) previousOpener(off, si int, fits func(*dict.Entity) bool) *dict.Entity {
	if si == 0 || doc.SkipSpace(d.Src, d.Sentences[si].Start) != off || d.sal.para[si-1] != d.sal.para[si] {
		return nil
	}
	prev := d.Sentences[si-1]
	lead := doc.SkipSpace(d.Src, prev.Start)
	ms := d.sal.between(prev.Start, prev.End)
	for k, m := range ms {
		if m.Start != lead || !fits(m.Entity) || d.enumerated(m) {
			continue
		}
		if possessorAt(d.Src, m.End) || slices.Contains(enPossessives, strings.ToLower(string(d.Src[m.Start:m.End]))) {
			return nil // "Smith's mentor was Brown.", "His son Paul…": a possessor
		}
		if k+1 < len(ms) && ms[k+1].Entity.Type == dict.Person && ms[k+1].Entity != m.Entity && coordinated(d.Src, m, ms[k+1]) {
			return nil // 张三与李四在甲公司相识。他…: either of the two
		}
		return m.Entity
	}
	return nil
}

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
	third    referent = iota // 他, 她, he, she: a person other than the speakers
	plural                   // 他们, they: in kg's use, an organization
	speaker                  // 我, I: the speaker of the interview turn
	listener                 // 你, you: the one the speaker talks to
	orgNP                    // 这家公司, the company: the organization just named
)

type anaphor struct {
	text string
	kind referent
}

// anaphors are tried longest first at each position. Latin ones must stand
// as whole words.
var anaphors = []anaphor{
	{"他们", plural}, {"她们", plural},
	{"他", third}, {"她", third},
	{"我", speaker}, {"你", listener}, {"您", listener},
	{"该公司", orgNP}, {"该机构", orgNP}, {"该实验室", orgNP},
	{"they", plural}, {"them", plural}, {"their", plural},
	{"he", third}, {"she", third}, {"him", third}, {"his", third}, {"her", third},
	{"i", speaker}, {"me", speaker}, {"my", speaker},
	{"you", listener}, {"your", listener},
	{"the company", orgNP}, {"this company", orgNP}, {"the startup", orgNP}, {"the firm", orgNP},
}

// notAnaphors are words that contain a pronoun character without being one.
var notAnaphors = []string{"其他", "其它", "他人", "吉他", "利他", "排他", "我们", "你们", "自我学习", "自我监督", "自我对弈", "自我博弈", "忘我"}

// orgNouns end a demonstrative noun phrase such as 这家只有三个人的创业公司.
var orgNouns = []string{"创业公司", "公司", "企业", "机构", "实验室", "初创公司", "中心", "研究院", "研究所", "学院"}

// resolver is the state of Resolve over one document.
type resolver struct {
	*doc.Document
	// orgRefs are the organizations resolved so far, as antecedents.
	orgRefs []doc.Mention
	// gender records, for a person a third-person pronoun has named, that
	// pronoun's gender ('m' or 'f').
	gender map[*dict.Entity]byte
	// lastThird is, by gender, the person the last he or she named.
	lastThird map[byte]pronounRef
}

// Resolve adds to d.Mentions a mention with How doc.Coref for every pronoun
// and demonstrative noun phrase it can resolve, keeping d.Mentions sorted.
// Unresolved ones are left out: a guess would put a wrong edge in the
// graph.
func Resolve(d *doc.Document) {
	(&resolver{Document: d}).resolve()
}

func (d *resolver) resolve() {
	focus := d.FocusPerson
	var added []doc.Mention
	named := d.Mentions
	ni := 0 // named[:ni] start before the current position
	src := d.Src
	for i := 0; i < len(src); {
		for ni < len(named) && named[ni].Start <= i {
			ni++
		}
		if ni > 0 && named[ni-1].End > i {
			i = named[ni-1].End // inside a name
			continue
		}
		var end int
		var kind referent
		ok := mayStartAnaphor(src, i)
		if ok {
			end, kind, ok = d.anaphorAt(i)
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
		if ni < len(named) && named[ni].Start < end {
			i = named[ni].Start
			continue
		}
		g := pronounGender(src[i:end])
		if e := d.antecedent(i, kind, g, named[:ni], focus); e != nil {
			if kind == third && g != 0 {
				if d.gender == nil {
					d.gender, d.lastThird = map[*dict.Entity]byte{}, map[byte]pronounRef{}
				}
				if d.gender[e] == 0 {
					d.gender[e] = g
				}
				d.lastThird[g] = pronounRef{e, d.SentenceAt(i)}
			}
			m := doc.Mention{Doc: d.Name, Span: doc.Span{Start: i, End: end}, Text: string(src[i:end]), Entity: e, How: doc.Coref}
			added = append(added, m)
			if e.Type == dict.Organization {
				d.orgRefs = append(d.orgRefs, m) // "the company" again later
			}
		}
		i = end
	}
	d.Mentions = append(d.Mentions, added...)
	doc.SortMentions(d.Mentions)
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
const cjkAnaphorStarts = "他她我你您该这那"

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
// case, each list in the order of anaphors.
var latinAnaphors = func() map[string][]anaphor {
	set := map[string][]anaphor{}
	for _, a := range anaphors {
		if a.text[0] < utf8.RuneSelf {
			w := strings.Fields(a.text)[0]
			set[w] = append(set[w], a)
		}
	}
	return set
}()

// anaphorAt reports the anaphor starting at offset i, if any.
func (d *resolver) anaphorAt(i int) (end int, kind referent, ok bool) {
	src := d.Src
	if c := src[i]; c < utf8.RuneSelf {
		// A Latin anaphor is a whole word: look the word up once.
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') || i > 0 && doc.LatinWordRune(rune(src[i-1])) {
			return 0, 0, false
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
		return latinAnaphorAt(src, i, latinAnaphors[string(w)])
	} else if len(src)-i < 3 || !cjkAnaphorRune(src[i:i+3]) {
		return 0, 0, false
	}
	rest := src[i:]
	for _, w := range notAnaphors {
		if len(rest) >= len(w) && string(rest[:len(w)]) == w {
			return 0, 0, false
		}
	}
	// 他 in 其他 starts mid-word.
	if prev, _ := utf8.DecodeLastRune(src[:i]); prev == '其' || prev == '吉' {
		return 0, 0, false
	}
	if np := d.demonstrative(i); np > i {
		return np, orgNP, true
	}
	for _, a := range anaphors {
		if a.text[0] < utf8.RuneSelf || len(rest) < len(a.text) || string(rest[:len(a.text)]) != a.text {
			continue
		}
		return i + len(a.text), a.kind, true
	}
	return 0, 0, false
}

// latinAnaphorAt reports the first of cands, the Latin anaphors whose
// first word starts at src[i:], that stands there as whole words.
func latinAnaphorAt(src []byte, i int, cands []anaphor) (end int, kind referent, ok bool) {
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
		return i + len(a.text), a.kind, true
	}
	return 0, 0, false
}

// demonstrative matches 这家…公司 / 这个…实验室 (up to 12 runes between,
// no punctuation) at i and returns its end, or i.
func (d *resolver) demonstrative(i int) int {
	rest := d.Src[i:]
	var after []byte
	for _, p := range []string{"这家", "这个", "那家"} {
		if len(rest) >= len(p) && string(rest[:len(p)]) == p {
			after = rest[len(p):]
			break
		}
	}
	if after == nil {
		return i
	}
	best := -1
	for n, j := 0, 0; n <= 12 && j <= len(after); n++ {
		for _, noun := range orgNouns {
			if bytes.HasPrefix(after[j:], []byte(noun)) {
				best = j + len(noun)
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

// antecedent picks the entity an anaphor at off refers to, or nil.
func (d *resolver) antecedent(off int, kind referent, g byte, before []doc.Mention, focus *dict.Entity) *dict.Entity {
	t := d.TurnAt(off)
	si := d.SentenceAt(off)
	if si < 0 {
		return nil
	}
	switch kind {
	case speaker:
		if t != nil {
			return t.Speaker
		}
	case listener:
		// You is resolved in the interviewer's questions only: in answers
		// it is mostly the generic you (你可以训练神经网络).
		if t != nil && t.Speaker != d.Interviewee {
			return t.Addressee
		}
	case orgNP:
		return d.orgNPAntecedent(off, si, before)
	case plural:
		return d.pluralAntecedent(si, before)
	case third:
		return d.thirdAntecedent(off, si, t, g, before, focus)
	}
	return nil
}

// orgNPAntecedent resolves a demonstrative noun phrase (这家公司, the
// company): the organization named last before the noun phrase's clause.
func (d *resolver) orgNPAntecedent(off, si int, before []doc.Mention) *dict.Entity {
	sent := d.Sentences[si]
	c := doc.ClauseStart(d.Src, sent.Start, off)
	company := companyNP(d.Src[off:])
	lo := d.Sentences[max(0, si-2)].Start
	var cands []doc.Mention
	for _, m := range slices.Concat(from(before, lo), from(d.orgRefs, lo)) {
		if m.Entity.Type == dict.Organization && m.Start < c && !(company && academic(m.Entity)) {
			cands = append(cands, m)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	doc.SortMentions(cands)
	if d.Src[off] < utf8.RuneSelf {
		// "the company" in English prose is most often the one the
		// text is about; 这家公司 is the one just named.
		top := d.FocusOrg
		for _, m := range cands {
			if m.Entity == top {
				return top
			}
		}
	}
	return cands[len(cands)-1].Entity
}

// from returns the mentions of ms, sorted by start, that start at lo or
// later. The resolver looks back a few sentences only, and must not walk
// the whole document for each anaphor: that made it quadratic.
func from(ms []doc.Mention, lo int) []doc.Mention {
	return ms[sort.Search(len(ms), func(k int) bool { return ms[k].Start >= lo }):]
}

// pluralAntecedent resolves they: in the articles kg reads, most often an
// organization, the first one the sentence (or the one before) names
// outside parentheses.
func (d *resolver) pluralAntecedent(si int, before []doc.Mention) *dict.Entity {
	sent := d.Sentences[si]
	lo := sent.Start
	if si > 0 {
		lo = d.Sentences[si-1].Start
	}
	for _, s := range []int{sent.Start, lo} {
		for _, m := range from(before, s) {
			if m.Start >= s && m.Entity.Type == dict.Organization && !doc.InParens(d.Src, s, m.Start) {
				return m.Entity
			}
		}
	}
	return nil
}

// thirdAntecedent resolves he or she (of gender g, 0 when unknown) at off,
// in interview turn t if any.
func (d *resolver) thirdAntecedent(off, si int, t *doc.Turn, g byte, before []doc.Mention, focus *dict.Entity) *dict.Entity {
	sent := d.Sentences[si]
	// A person an earlier pronoun of the other gender named is not a
	// candidate: after 她 has meant Fei-Fei Li, 他 means someone else.
	fits := func(e *dict.Entity) bool { return g == 0 || d.gender[e] == 0 || d.gender[e] == g }
	if t != nil {
		// In an interview turn he is neither the speaker nor the one
		// spoken to: the last other person named, a few sentences back.
		return d.recent(before, si, 3, func(m doc.Mention) bool {
			return m.Entity.Type == dict.Person && m.Entity != t.Speaker && m.Entity != t.Addressee && !d.Labels[m.Start] && fits(m.Entity)
		})
	}
	// A person that opens an earlier clause of the sentence, or closes
	// the clause just before (2011年图灵奖得主为Judea Pearl，他开发的…).
	for k := len(before) - 1; k >= 0 && before[k].Start >= sent.Start; k-- {
		if m := before[k]; m.Entity.Type == dict.Person && (d.ClauseInitial(sent, m) || d.clauseFinal(m, off)) && fits(m.Entity) {
			return m.Entity
		}
	}
	if focus != nil && len(before) > 0 {
		if fits(focus) {
			return focus
		}
		// The person the document is about has the other gender: he goes
		// on meaning whom the last he meant, a few sentences back.
		if last, ok := d.lastThird[g]; ok && si-last.si <= 3 {
			return last.e
		}
	}
	return d.recent(before, si, 2, func(m doc.Mention) bool { return m.Entity.Type == dict.Person && fits(m.Entity) })
}

// recent returns the entity of the last mention in before that ok accepts,
// looking back at most back sentences from sentence si.
func (d *resolver) recent(before []doc.Mention, si, back int, ok func(doc.Mention) bool) *dict.Entity {
	lo := d.Sentences[max(0, si-back)].Start
	for k := len(before) - 1; k >= 0 && before[k].Start >= lo; k-- {
		if ok(before[k]) {
			return before[k].Entity
		}
	}
	return nil
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

// companyNP reports whether the noun phrase at the start of b names a
// business: "the company", 该公司, 这家创业公司.
func companyNP(b []byte) bool {
	np := bytes.ToLower(b[:min(len(b), 40)])
	for _, w := range []string{"company", "startup", "firm", "公司", "企业"} {
		if bytes.Contains(np, []byte(w)) {
			return true
		}
	}
	return false
}

// academic reports whether an organization's name says it is a university,
// college, school or institute: never what "the company" refers to.
func academic(e *dict.Entity) bool {
	for _, a := range e.Forms() {
		t := strings.ToLower(a.Text)
		for _, w := range []string{"university", "college", "school", "institute", "大学", "学院", "学校", "研究所", "研究院"} {
			if strings.Contains(t, w) {
				return true
			}
		}
	}
	return false
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

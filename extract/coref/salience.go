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

// How prominent a mention is in its sentence: the subject of a clause
// (a mention that opens it, and those coordinated with it) first, then
// the objects and others, then what stands in parentheses.
const (
	rankSource  = 0 // a news source (36氪获悉): no candidate at all
	rankAside   = 1
	rankObject  = 2
	rankSubject = 4
	// rankFormed is an organisation a merger or a change forms ("merged
	// with Beta to form Gamma"): what the text goes on about, above the
	// subject that formed it.
	rankFormed = 6
)

// A candidate's weight halves with each sentence between it and the
// anaphor, and once more across a paragraph break. The best candidate
// must outweigh the next by margin, or the anaphor is left unresolved.
// The document's main entity of a type gains focusBonus when the window
// holds it.
const (
	margin     = 1.25
	focusBonus = 1.0
	// maxCandidates bounds the mentions looked at per source (named,
	// resolved) for one anaphor, so that resolution stays linear however
	// many names a sentence holds.
	maxCandidates = 64
)

// salience holds what the sentences before an anaphor offer it: every
// named mention with its rank, and the mentions resolved so far.
type salience struct {
	d                    *doc.Document
	named, added         []doc.Mention
	namedRank, addedRank []int
	// para is the paragraph of each sentence (see doc.NewParagraph).
	para []int
	// blind holds the sentences whose clause opens with an anaphor of an
	// organisation left unresolved: what they are about is unknown, and
	// no other organisation of theirs is the topic for the next ones.
	blind map[int]bool
}

// candidate is a mention an anaphor may refer back to.
type candidate struct {
	doc.Mention
	rank int
	si   int // its sentence
}

func newSalience(d *doc.Document) salience {
	s := salience{d: d, named: d.Mentions, namedRank: make([]int, len(d.Mentions))}
	s.para = make([]int, len(d.Sentences))
	for i := 1; i < len(d.Sentences); i++ {
		s.para[i] = s.para[i-1]
		if d.NewParagraph(i) {
			s.para[i]++
		}
	}
	s.rankNamed()
	return s
}

// rankNamed ranks every named mention in one pass over the text: a
// mention inside parentheses is an aside; one coordinated with the mention
// before it shares its rank; one that opens a clause is a subject.
func (s *salience) rankNamed() {
	src := s.d.Src
	k := 0
	for _, sent := range s.d.Sentences {
		for k < len(s.named) && s.named[k].Start < sent.Start {
			s.namedRank[k] = rankObject
			k++
		}
		// A list item's clause starts after its bullet ("- Roe joined …").
		depth, clause, pos, prev := 0, doc.SkipBullet(src[:sent.End], sent.Start), sent.Start, -1
		relative := false // inside ", who …," or ", with whom …,"
		for ; k < len(s.named) && s.named[k].Start < sent.End; k++ {
			m := s.named[k]
			for pos < m.Start {
				r, w := utf8.DecodeRune(src[pos:m.Start])
				switch r {
				case '(', '（':
					depth++
				case ')', '）':
					depth = max(0, depth-1)
				}
				if doc.IsClausePunct(r) {
					clause = pos + w
					relative = r == ',' && relativeOpens(src, pos+w)
				}
				pos += w
			}
			rank := rankObject
			switch {
			case doc.NewsSource(src, m.End):
				rank = rankSource
			case depth > 0 || relative:
				rank = rankAside
			case prev >= 0 && coordinated(src, s.named[prev], m):
				rank = s.namedRank[prev]
			case possessorAt(src, m.End):
				// "Smith's mentor was Jones", 张三的导师是李四: the
				// possessor is not what the clause is about.
			case m.Entity.Type == dict.Organization && formedAt(src, sent.Start, m.Start):
				rank = rankFormed
			case opens(src, clause, m.Start) || possessedHead(src, clause, m.Start) || titledSubject(src, clause, m):
				rank = rankSubject
			}
			s.namedRank[k] = rank
			prev = k
			pos = max(pos, m.End)
		}
	}
	for ; k < len(s.named); k++ {
		s.namedRank[k] = rankObject
	}
}

// formedWords end the text before a name that a merger or a change
// forms: "merged with Beta to form Gamma", "forming Gamma", 合并成立丙.
var formedWords = []string{"to form", "forming", "to become", "merged into", "renamed", "was renamed", "合并成立", "合并为", "合并组成", "更名为", "改名为"}

// formedAt reports whether the sentence text before off ends with one of
// formedWords and perhaps "the" or "a".
func formedAt(src []byte, start, off int) bool {
	t := bytes.TrimRight(src[start:off], " ")
	for _, a := range []string{"the", "a", "an"} {
		if u, ok := bytes.CutSuffix(t, []byte(" "+a)); ok {
			t = bytes.TrimRight(u, " ")
			break
		}
	}
	for _, w := range formedWords {
		if bytes.HasSuffix(t, []byte(w)) && (len(t) == len(w) || w[0] >= 0x80 || t[len(t)-len(w)-1] == ' ') {
			return true
		}
	}
	return false
}

// relativeOpens reports whether an English relative clause set off by a
// comma opens at p: ", with whom Roe had worked at Beta," says something
// aside about the name before the comma; the sentence is not about Beta.
func relativeOpens(src []byte, p int) bool {
	p = doc.SkipSpace(src, p)
	for _, w := range relativeWords {
		if n := len(w); len(src)-p > n && bytes.EqualFold(src[p:p+n], []byte(w)) && src[p+n] == ' ' {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause with a subject of its own (", with
// whom Roe had worked at Beta,", ", where Roe studied,"); one that opens
// with who or which ("Roe, who founded Acme,") tells of the name before
// the comma, and its names keep their rank.
var relativeWords = []string{"whom", "whose", "where", "with whom", "for whom", "under whom", "in which", "at which", "for which", "by which", "to which"}

// possessorAt reports whether a possessive ending follows a name at p:
// 's, ’s, or 的 before a noun.
func possessorAt(src []byte, p int) bool {
	for _, e := range []string{"'s ", "’s ", "' ", "’ "} {
		if bytes.HasPrefix(src[p:], []byte(e)) {
			return true
		}
	}
	return doc.ZhPossessorAt(src, p)
}

// enPossessives are the English possessive pronouns that open a noun
// phrase.
var enPossessives = []string{"his", "her", "its", "their"}

// possessedHead reports whether what lies between a clause start and off
// is a possessive pronoun and a noun or two ("His son Bob Jones", "Her
// younger brother", 他的儿子): the name at off heads the clause's subject.
func possessedHead(src []byte, clause, off int) bool {
	st, en := doc.TrimSpace(src, clause, off)
	t := string(src[st:en])
	for _, p := range []string{"他的", "她的", "其"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			n := utf8.RuneCountInString(rest)
			return n >= 1 && n <= 4 && hanOnly(rest)
		}
	}
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	if !slices.Contains(enPossessives, strings.ToLower(f[0])) {
		return false
	}
	for _, w := range f[1:] {
		if strings.ContainsFunc(w, func(r rune) bool { return (r < 'a' || r > 'z') && r != '-' }) {
			return false
		}
	}
	return true
}

// titledSubject reports whether a person's name m, after nothing in its
// clause but a title of a few words ("the physicist Roe", "long-time
// Acme employee Roe", "Princeton librarian Roe"), goes on with a verb in
// the past or a form of be or have: the name is the clause's subject.
func titledSubject(src []byte, clause int, m doc.Mention) bool {
	if m.Entity == nil || m.Entity.Type != dict.Person {
		return false
	}
	st, en := doc.TrimSpace(src, clause, m.Start)
	f := strings.Fields(string(src[st:en]))
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		if strings.ContainsFunc(w, func(r rune) bool {
			return (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && r != '-' && r != '.' && r != '&'
		}) || titleStops[strings.ToLower(w)] {
			return false
		}
	}
	last := f[len(f)-1]
	if last[0] < 'a' || last[0] > 'z' || strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "ly") {
		return false // a verb or an adverb before the name: it is no title
	}
	rest := src[m.End:]
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	rest = rest[1:]
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	v := string(rest[:n])
	return n > 2 && strings.HasSuffix(v, "ed") || subjectVerbs[v]
}

// titleStops are words that no title before a name holds: prepositions,
// conjunctions, pronouns and verbs that take the name as their object.
var titleStops = map[string]bool{
	"in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true, "to": true, "of": true,
	"after": true, "before": true, "when": true, "while": true, "since": true, "until": true, "as": true, "than": true,
	"and": true, "or": true, "but": true, "nor": true, "that": true, "which": true, "who": true, "whom": true, "whose": true,
	"where": true, "if": true, "because": true, "although": true, "though": true, "under": true, "about": true,
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true, "his": true, "her": true,
	"their": true, "its": true, "him": true, "them": true, "was": true, "is": true, "were": true, "are": true,
	"be": true, "been": true, "has": true, "had": true, "have": true, "said": true, "says": true, "told": true,
	"met": true, "saw": true, "made": true, "became": true, "left": true, "like": true, "including": true,
	"between": true, "among": true, "against": true, "during": true, "without": true, "via": true, "per": true,
	"not": true, "also": true, "then": true, "later": true, "there": true, "this": true, "these": true, "those": true,
}

// subjectVerbs are forms of be and have and verbs in the past tense not
// ending in -ed that may follow a clause's subject.
var subjectVerbs = map[string]bool{
	"was": true, "is": true, "were": true, "are": true, "has": true, "had": true, "became": true, "wrote": true,
	"won": true, "took": true, "made": true, "led": true, "left": true, "ran": true, "built": true, "began": true,
	"went": true, "gave": true, "told": true, "said": true, "met": true, "brought": true, "bought": true, "sold": true,
	"grew": true, "set": true, "found": true, "held": true, "kept": true, "taught": true, "drew": true,
	"thought": true, "saw": true, "came": true, "spent": true, "sought": true, "chose": true, "got": true,
	"paid": true, "sent": true, "lost": true, "caught": true, "fought": true, "rose": true, "fell": true,
	"flew": true, "drove": true, "stood": true, "felt": true, "heard": true, "lent": true, "sang": true,
	"threw": true, "wore": true, "hid": true, "laid": true, "sat": true, "overcame": true, "oversaw": true,
	"undertook": true, "withdrew": true, "forgave": true, "spoke": true, "struck": true, "meant": true,
}

func hanOnly(s string) bool {
	for _, r := range s {
		if r < 0x3400 || r > 0x9FFF {
			return false
		}
	}
	return true
}

// opens reports whether only white space lies between a clause start and
// off.
func opens(src []byte, clause, off int) bool {
	st, _ := doc.TrimSpace(src, clause, off)
	return st == off
}

// coordinators join the members of a list: "A, B and C", "A、B和C".
var coordinators = []string{",", "，", "、", "和", "与", "及", "以及", "and", ", and", "&", "as well as"}

// coordinated reports whether b follows a in a list: same type, and only a
// coordinator between them.
func coordinated(src []byte, a, b doc.Mention) bool {
	return joinedBy(src, a, b, coordinators)
}

// joinedBy reports whether a and b have one type and only one of words
// between them.
func joinedBy(src []byte, a, b doc.Mention, words []string) bool {
	if a.Entity.Type != b.Entity.Type || b.Start < a.End {
		return false
	}
	return slices.Contains(words, strings.TrimSpace(string(src[a.End:b.Start])))
}

// add makes a resolved mention a candidate for the anaphors after it,
// ranked as a named one would be; a pronoun ranks as a subject wherever
// it stands, for what a text keeps referring to by pronoun is its topic
// (他的导师, his thesis).
func (s *salience) add(m doc.Mention, pronoun bool) {
	rank := rankObject
	if si := s.d.SentenceAt(m.Start); si >= 0 {
		sent := s.d.Sentences[si]
		if n := len(s.added); n > 0 && s.added[n-1].Span == m.Span {
			rank = s.addedRank[n-1] // another member of one group
		} else if doc.InParens(s.d.Src, doc.ClauseStart(s.d.Src, sent.Start, m.Start), m.Start) {
			rank = rankAside
		} else if pronoun && s.possessorOfName(m) {
			rank = rankObject // "His son Bob Jones": Bob Jones is the subject
		} else if pronoun || s.d.ClauseInitial(sent, m) {
			rank = rankSubject
		}
	}
	s.added = append(s.added, m)
	s.addedRank = append(s.addedRank, rank)
}

// titledSubjectAt reports whether m is a named mention that a title
// opens its clause with ("the composer Jean Roe paid …"): the clause's
// subject, though not its first word.
func (s *salience) titledSubjectAt(m doc.Mention) bool {
	k := sort.Search(len(s.named), func(k int) bool { return s.named[k].Start >= m.Start })
	if k == len(s.named) || s.named[k].Span != m.Span || s.namedRank[k] != rankSubject {
		return false
	}
	si := s.d.SentenceAt(m.Start)
	return si >= 0 && titledSubject(s.d.Src, doc.ClauseStart(s.d.Src, s.d.Sentences[si].Start, m.Start), m)
}

// possessorOfName reports whether the possessive pronoun m opens a noun
// phrase whose head is a name: a named mention starts after it with only
// a noun or two between, which possessedHead accepts.
func (s *salience) possessorOfName(m doc.Mention) bool {
	k := sort.Search(len(s.named), func(k int) bool { return s.named[k].Start >= m.End })
	return k < len(s.named) && s.named[k].Start-m.End <= 40 && possessedHead(s.d.Src, m.Start, s.named[k].Start)
}

// anyBefore reports whether any entity is named before off.
func (s *salience) anyBefore(off int) bool {
	return len(s.named) > 0 && s.named[0].Start < off
}

// candidates returns the mentions, named and resolved, that start in
// [lo, hi), in text order, at most maxCandidates of each kind (the last).
func (s *salience) candidates(lo, hi int) []candidate {
	window := func(ms []doc.Mention) (int, int) {
		a := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= lo })
		b := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= hi })
		return max(a, b-maxCandidates), b
	}
	na, nb := window(s.named)
	aa, ab := window(s.added)
	out := make([]candidate, 0, nb-na+ab-aa)
	for na < nb || aa < ab {
		var c candidate
		if aa == ab || na < nb && s.named[na].Start <= s.added[aa].Start {
			c = candidate{s.named[na], s.namedRank[na], 0}
			na++
		} else {
			c = candidate{s.added[aa], s.addedRank[aa], 0}
			aa++
		}
		if c.rank == rankSource {
			continue
		}
		c.si = s.d.SentenceAt(c.Start)
		out = append(out, c)
	}
	return out
}

// between returns the mentions of candidates(lo, hi).
func (s *salience) between(lo, hi int) []doc.Mention {
	cs := s.candidates(lo, hi)
	out := make([]doc.Mention, len(cs))
	for i, c := range cs {
		out[i] = c.Mention
	}
	return out
}

// weight is a candidate's salience for an anaphor in sentence si.
func (s *salience) weight(c candidate, si int) float64 {
	w := float64(c.rank)
	for k := c.si; k < si && w > 0; k++ {
		w /= 2
	}
	if c.si >= 0 && s.para[c.si] != s.para[si] {
		w /= 2
	}
	return w
}

// pick returns the entity of cs that fits with the highest salience for
// an anaphor in sentence si, focus gaining focusBonus; found is false when
// no candidate fits, and e is nil when two are about equally salient.
func (s *salience) pick(cs []candidate, si int, fits func(*dict.Entity) bool, focus *dict.Entity) (e *dict.Entity, found bool) {
	return s.pickFrom(cs, si, -1, fits, focus)
}

// pickFrom is pick where the sentences from from on may be blind: an
// unresolved organisation that opens a clause there weighs as a subject
// against every organisation, and wins as a restraint.
func (s *salience) pickFrom(cs []candidate, si, from int, fits func(*dict.Entity) bool, focus *dict.Entity) (e *dict.Entity, found bool) {
	type key struct {
		e  *dict.Entity
		si int
	}
	inSentence := map[key]float64{}
	var order []*dict.Entity
	seen := map[*dict.Entity]bool{}
	for _, c := range cs {
		if !fits(c.Entity) {
			continue
		}
		k := key{c.Entity, c.si}
		inSentence[k] = max(inSentence[k], s.weight(c, si))
		if !seen[c.Entity] {
			seen[c.Entity] = true
			order = append(order, c.Entity)
		}
	}
	// An entity's salience is its best weight in each sentence, summed
	// over the sentences that name it.
	score := map[*dict.Entity]float64{}
	for k, w := range inSentence {
		score[k.e] += w
	}
	if len(order) == 0 {
		return nil, false
	}
	if _, ok := score[focus]; ok && focus != nil {
		score[focus] += focusBonus
	}
	var best, second float64
	for _, x := range order {
		switch w := score[x]; {
		case w > best:
			e, best, second = x, w, best
		case w > second:
			second = w
		}
	}
	if second > 0 && best < margin*second {
		return nil, true // restraint: no clear antecedent
	}
	if from >= 0 && e.Type == dict.Organization {
		for k := max(0, from); k < si; k++ {
			if s.blind[k] && best < margin*s.weight(candidate{rank: rankSubject, si: k}, si) {
				return nil, true // "Later it bought Rutz. The company…": it was unknown
			}
		}
	}
	return e, true
}

// markBlind records that sentence si opens a clause with an anaphor of an
// organisation that was left unresolved.
func (s *salience) markBlind(si int) {
	if s.blind == nil {
		s.blind = map[int]bool{}
	}
	s.blind[si] = true
}

// best resolves a noun phrase in sentence si before clause start c: the
// entity fits accepts that is most salient in the clauses before and the
// back sentences before, or nil. An entity the window names only aside in
// si itself (in a parenthesis, or a relative clause with a subject of its
// own) is not enough: "Doe, with whom Roe had worked at Beta, had founded
// the company" is about some other company.
func (s *salience) best(si, c, back int, fits func(*dict.Entity) bool, focus *dict.Entity) *dict.Entity {
	cs := s.candidates(s.d.Sentences[max(0, si-back)].Start, c)
	e, _ := s.pickFrom(cs, si, si-back, fits, focus)
	if e == nil || e == focus {
		return e
	}
	for _, c := range cs {
		if c.Entity == e && (c.rank > rankAside || c.si != si) {
			return e
		}
	}
	return nil
}

// bestPerson resolves he or she by the three sentences before sentence
// si; found is false when they name no person fits accepts.
func (s *salience) bestPerson(si int, fits func(*dict.Entity) bool, focus *dict.Entity) (*dict.Entity, bool) {
	return s.pick(s.candidates(s.d.Sentences[max(0, si-3)].Start, s.d.Sentences[si].Start), si, fits, focus)
}

// bestGroup returns the members of the most salient list of people (of n
// members, if n > 0) named before off in sentence si or the one before
// (the three before for a counted group: 这三位, all three). A list is
// coordinated names ("A, B and C", "A、B和C") or a group resolved
// earlier. For they (n = 0) only a list that is a clause's subject
// counts: they after "Acme hired A and B" is as likely Acme; and none
// before an organization named earlier in the anaphor's own sentence
// (A与B创立了OpenAI，…，他们开发了…: they are OpenAI). Two lists equally
// salient resolve nothing. With no list, a group that opens its sentence
// may be the people the sentence before names (see below).
func (s *salience) bestGroup(si, off, n int) []*dict.Entity {
	back := 1
	if n > 0 {
		back = 3
	}
	cs := s.candidates(s.d.Sentences[max(0, si-back)].Start, off)
	var best, second float64
	var members []*dict.Entity
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].si == cs[i].si && cs[j].Entity.Type == dict.Person &&
			(cs[j].Span == cs[j-1].Span || coordinated(s.d.Src, cs[j-1].Mention, cs[j].Mention)) {
			j++
		}
		list := distinct(cs[i:j])
		ok := cs[i].Entity.Type == dict.Person && len(list) >= 2 && (n == 0 || len(list) == n) && (n > 0 || cs[i].rank == rankSubject)
		if ok && n == 0 {
			for _, c := range cs[j:] {
				if c.si == si && c.Entity.Type == dict.Organization {
					ok = false
				}
			}
		}
		if ok {
			switch w := s.weight(cs[i], si); {
			case w > best:
				members, best, second = list, w, best
			case w > second:
				second = w
			}
		}
		i = j
	}
	if second > 0 && best < margin*second {
		return nil
	}
	if members == nil && n == 2 {
		// "Roe met Doe at Beta, and the two founded Acme": with no list,
		// a pair is the two people, and only two, named in the sentence.
		var people []candidate
		for _, c := range cs {
			if c.si == si && c.Entity.Type == dict.Person {
				people = append(people, c)
			}
		}
		if pair := distinct(people); len(pair) == 2 {
			return pair
		}
	}
	if members == nil && si > 0 && !s.d.NewParagraph(si) && (n >= 2 && !s.personBefore(si, off) || n == 0 && onlyPeopleBefore(cs, si)) {
		// 张三邀请李四加入甲公司。二人后来创办了戊科技。: with no list, and
		// no one named before it in its own sentence, a group of n is
		// the n people, and only those, the sentence before names, if
		// none of them is named for a relative of theirs. A they (n 0)
		// is so a pair, where nothing but people and places is named
		// since the sentence before ("Roe married Doe in 1860. They
		// also published X").
		var people []candidate
		for _, c := range cs {
			if c.si == si-1 && c.Entity.Type == dict.Person {
				people = append(people, c)
			}
		}
		prev := s.d.Sentences[si-1]
		if g := distinct(people); len(g) == max(n, 2) && !namesKin(s.d.Src[prev.Start:prev.End]) {
			return g
		}
	}
	return members
}

// onlyPeopleBefore reports whether cs, the candidates from the sentence
// before si on, are people and places of that sentence only.
func onlyPeopleBefore(cs []candidate, si int) bool {
	for _, c := range cs {
		if c.si == si || c.Entity.Type != dict.Person && c.Entity.Type != dict.Place {
			return false
		}
	}
	return true
}

// personBefore reports whether sentence si names a person before off.
func (s *salience) personBefore(si, off int) bool {
	for _, c := range s.candidates(s.d.Sentences[si].Start, off) {
		if c.si == si && c.Entity.Type == dict.Person {
			return true
		}
	}
	return false
}

// namesKin reports whether text holds a noun of kinship ("his wife",
// 的父亲): a relative may be one of the people a group counts.
func namesKin(text []byte) bool {
	for w := range kinNouns {
		if w[0] >= utf8.RuneSelf {
			if bytes.Contains(text, []byte(w)) {
				return true
			}
			continue
		}
		for _, f := range []string{" " + w + " ", " " + w + ",", " " + w + "."} {
			if bytes.Contains(text, []byte(f)) {
				return true
			}
		}
	}
	return false
}

// distinct returns the entities of cs, each once, in order.
func distinct(cs []candidate) []*dict.Entity {
	var out []*dict.Entity
	for _, c := range cs {
		dup := false
		for _, e := range out {
			dup = dup || e == c.Entity
		}
		if !dup {
			out = append(out, c.Entity)
		}
	}
	return out
}

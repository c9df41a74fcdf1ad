package coref

import (
	"strings"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
)

// genderOf is the gender a third-person pronoun may take for person e:
// the one an earlier pronoun gave e, else the one e's given name or a
// title before a mention of e says (see nameGender, titleGender), else 0.
func (d *resolver) genderOf(e *dict.Entity) byte {
	if g := d.gender[e]; g != 0 {
		return g
	}
	if d.named == nil {
		d.named = map[*dict.Entity]byte{}
		for _, m := range d.Mentions {
			if m.How == doc.Coref || m.Entity.Type != dict.Person {
				continue
			}
			if _, ok := d.named[m.Entity]; !ok {
				d.named[m.Entity] = nameGender(m.Entity)
			}
			if g := titleGender(d.Src, m.Start, m.End); g != 0 && d.named[m.Entity] == 0 {
				d.named[m.Entity] = g
			}
		}
	}
	return d.named[e]
}

// nameGender is 'm' or 'f' where the first word of e's name (or of a
// Latin alias, if the name is in another script) is a given name of
// givenNames or a title of titles, else 0. A name given to both is in
// neither list.
func nameGender(e *dict.Entity) byte {
	for _, f := range e.Forms() {
		w, _, _ := strings.Cut(strings.TrimSpace(f.Text), " ")
		w = strings.ToLower(strings.TrimSuffix(w, "."))
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if g := givenNames[w]; g != 0 {
			return g
		}
		if g := titles[w]; g != 0 {
			return g
		}
	}
	return 0
}

// titleGender is the gender a title right before a name at [p, end) says
// ("Mr. Roe", "Ms Roe", "Sir John"), or a Chinese one right after it
// (张三先生, 李四女士).
func titleGender(src []byte, p, end int) byte {
	for t, g := range zhTitles {
		if strings.HasPrefix(string(src[end:min(len(src), end+len(t))]), t) {
			return g
		}
	}
	before := strings.TrimRight(string(src[max(0, p-24):p]), " ,")
	for w, g := range kinNouns {
		if strings.HasSuffix(before, w) {
			if r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(before, w)); w[0] >= utf8.RuneSelf || !doc.LatinWordRune(r) {
				return g // "his wife Ayesha", 他的妻子李华
			}
		}
	}
	q := p
	for q > 0 && src[q-1] == ' ' {
		q--
	}
	if q == p {
		return 0
	}
	k := q
	for k > 0 && (src[k-1] >= 'a' && src[k-1] <= 'z' || src[k-1] >= 'A' && src[k-1] <= 'Z' || src[k-1] == '.') {
		k--
	}
	if doc.LatinWordBefore(src, k) {
		return 0
	}
	return titles[strings.ToLower(strings.TrimSuffix(string(src[k:q]), "."))]
}

// kinNouns say the gender of the person they name right before the name:
// "his wife Ayesha", "her husband, Raj", 他的妻子李华.
var kinNouns = map[string]byte{"wife": 'f', "mother": 'f', "daughter": 'f', "sister": 'f', "widow": 'f',
	"husband": 'm', "father": 'm', "son": 'm', "brother": 'm', "widower": 'm',
	"妻子": 'f', "夫人": 'f', "太太": 'f', "母亲": 'f', "女儿": 'f', "姐姐": 'f', "妹妹": 'f',
	"丈夫": 'm', "父亲": 'm', "儿子": 'm', "哥哥": 'm', "弟弟": 'm'}

// zhTitles say a person's gender after the name.
var zhTitles = map[string]byte{"先生": 'm', "女士": 'f', "小姐": 'f'}

// titles say a person's gender before the name.
var titles = map[string]byte{"mr": 'm', "sir": 'm', "lord": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "madam": 'f', "dame": 'f', "lady": 'f'}

// givenNames holds common given names, mostly English and European, that
// are given to men ('m') or to women ('f') and seldom to both. It lets
// "he" skip Jane Roe for John Doe where no pronoun has yet said which is
// which; a name missing here leaves the choice to salience.
var givenNames = func() map[string]byte {
	out := map[string]byte{}
	for g, names := range map[byte]string{
		'm': `aaron adam adrian ahmed alan albert alexander alfred ali allen alvin andrew andy angus anthony antonio arnold arthur
			barry ben benjamin bernard bill billy bob bobby boris brad bradley brandon brendan brian bruce bryan carl carlos charles
			charlie chris christopher claude clifford colin craig dan daniel danny darren dave david dennis derek dick dmitri don
			donald doug douglas duncan dwight earl eddie edgar edmund eduard edward edwin elon emil eric erik ernest eugene evan
			felix fernando francis francisco frank franklin fred frederick gary gavin geoff geoffrey george gerald gerard giovanni
			glen glenn gordon graham greg gregory gustav guy hans harold harry harvey hassan hector henry herbert howard hugh hugo
			ian igor isaac ivan jack jacob jake james jason jean-pierre jeff jeffrey jeremy jerome jerry jim jimmy joe joel johann
			john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin klaus larry
			lawrence leo leon leonard lewis louis luca lucas luis luke marc marcus mario mark martin marvin matt matthew
			maurice max michael michel miguel mike mikhail mohammed muhammad mustafa nathan neil nicholas nick nigel noah norman
			oliver omar oscar otto patrick paul pedro peter phil philip pierre rafael ralph randy raymond reed reid richard rick
			robert roberto roger ron ronald ross roy rudolf russell ryan salvatore sam samuel scott sean sebastian sergei
			sergey seth simon stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd tom tony travis
			victor vincent vladimir walter warren wayne werner wilhelm will william wolfgang yuri zachary`,
		'f': `abigail ada agnes alice alicia alison amanda amelia amy ana angela anita ann anna anne annie barbara beatrice
			betty beverly brenda bridget carla carmen carol caroline carolyn catherine cathy charlotte cheryl christina christine
			cindy claire clara claudia cynthia dana daniela deborah debra denise diana diane donna doris dorothy edith eleanor
			elena elisabeth elizabeth ella ellen emily emma erica esther eva evelyn fatima fiona florence frances gabriela gail
			grace hannah heather helen helena ingrid irene isabel isabella jacqueline jane janet janice jennifer jessica
			jill joan joanna josephine joyce judith judy julia julie karen katherine kathleen kathryn kathy katie kelly laura
			lauren linda lisa lois louise lucy lydia madeleine margaret maria marie marilyn marissa martha mary megan melanie
			melinda melissa michelle monica nancy natalia natalie nicole nina olga olivia pamela patricia paula pauline penny
			rachel rebecca regina rita rosa rose ruth sally samantha sandra sara sarah sharon sheila sheryl shirley sofia sonia
			sophia sophie stephanie susan suzanne sylvia tamara teresa theresa tina tracy ursula valerie vanessa veronica
			victoria virginia vivian wendy yvonne zoe`,
	} {
		for _, n := range strings.Fields(names) {
			out[n] = g
		}
	}
	return out
}()

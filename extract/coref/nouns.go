package coref

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
)

// typeNouns are the generic head nouns of each entity type: "the company"
// and 该公司 may name any organization, "the city" any place. Projects
// have none: "the project" and 这个项目 name work that is seldom in the
// dictionary, and 这个方向…的项目 would take a wrong one.
var typeNouns = map[string]dict.Type{
	"company": dict.Organization, "firm": dict.Organization, "startup": dict.Organization, "start-up": dict.Organization,
	"corporation": dict.Organization, "organization": dict.Organization, "organisation": dict.Organization,
	"公司": dict.Organization, "企业": dict.Organization, "机构": dict.Organization, "创业公司": dict.Organization,
	"初创公司": dict.Organization, "集团": dict.Organization, "网站": dict.Organization,
	// What business news calls a company it has named: "the chipmaker",
	// "the giant", 这家巨头, 该车企.
	"chipmaker": dict.Organization, "automaker": dict.Organization, "carmaker": dict.Organization,
	"retailer": dict.Organization, "lender": dict.Organization, "insurer": dict.Organization,
	"conglomerate": dict.Organization, "giant": dict.Organization, "manufacturer": dict.Organization,
	"巨头": dict.Organization, "厂商": dict.Organization, "车企": dict.Organization, "药企": dict.Organization,
	// What a company is to another or by its trade: "the division
	// designed", "the studio released", 该子公司.
	"subsidiary": dict.Organization, "division": dict.Organization, "studio": dict.Organization,
	"publisher": dict.Organization, "子公司": dict.Organization,
	"city": dict.Place, "town": dict.Place, "市": dict.Place, "城市": dict.Place,
	// A project right after the demonstrative: "the project", 该项目.
	"project": dict.Project, "项目": dict.Project,
	// People by what they do: "the physicist", 这位80后科学家. Titles
	// (founder, CEO, president) are left out: "the founder of Acme"
	// names someone by the title, not by an anaphor.
	"scientist": dict.Person, "physicist": dict.Person, "chemist": dict.Person, "biologist": dict.Person,
	"mathematician": dict.Person, "economist": dict.Person, "researcher": dict.Person, "professor": dict.Person,
	"entrepreneur": dict.Person, "engineer": dict.Person, "inventor": dict.Person, "programmer": dict.Person,
	"billionaire": dict.Person, "businessman": dict.Person, "businesswoman": dict.Person,
	"科学家": dict.Person, "物理学家": dict.Person, "化学家": dict.Person, "数学家": dict.Person, "经济学家": dict.Person,
	"学者": dict.Person, "教授": dict.Person, "企业家": dict.Person, "创业者": dict.Person, "工程师": dict.Person,
	"研究员": dict.Person, "发明家": dict.Person, "程序员": dict.Person, "投资人": dict.Person, "博士": dict.Person,
	"院士": dict.Person, "年轻人": dict.Person,
}

// businessNouns name a business: never a university or an institute.
var businessNouns = map[string]bool{"company": true, "firm": true, "startup": true, "start-up": true, "corporation": true,
	"公司": true, "企业": true, "创业公司": true, "初创公司": true, "集团": true,
	"chipmaker": true, "automaker": true, "carmaker": true, "retailer": true, "lender": true, "insurer": true,
	"conglomerate": true, "giant": true, "manufacturer": true, "巨头": true, "厂商": true, "车企": true, "药企": true,
	"subsidiary": true, "division": true, "studio": true, "publisher": true, "子公司": true}

// kindNouns name a kind of organization, and list the words whose presence
// in an entity's name says it is one: "the lab" is an organization named
// … Laboratory or …实验室, or one whose dictionary entry has nouns: [lab].
var kindNouns = map[string][]string{
	"lab": labWords, "laboratory": labWords, "实验室": labWords,
	"university": {"university", "大学"}, "大学": {"university", "大学"},
	"college": {"college", "学院"}, "学院": {"college", "学院"},
	"institute": {"institute", "研究所", "研究院"}, "研究所": {"institute", "研究所"}, "研究院": {"institute", "研究院"},
	"school": schoolWords, "校": schoolWords,
	"center": centerWords, "centre": centerWords, "中心": centerWords,
	"agency": {"agency", "administration"},
	"fund":   fundWords, "基金": fundWords,
	"bank": {"bank", "银行"}, "银行": {"bank", "银行"},
	"hospital": {"hospital", "医院"}, "医院": {"hospital", "医院"},
	"academy": {"academy", "科学院", "研究院"}, "科学院": {"academy", "科学院"},
	"院校": schoolWords,
	// "the club", "the society": an organisation so named.
	"club": clubWords, "俱乐部": clubWords,
	"society": {"society", "学会", "协会"}, "foundation": {"foundation", "基金会"}, "基金会": {"foundation", "基金会"},
	"museum": {"museum", "博物馆"}, "博物馆": {"museum", "博物馆"},
	// "the consortium's first president", 该委员会: a body so named.
	"consortium": {"consortium"}, "committee": {"committee", "委员会"}, "委员会": {"committee", "委员会"},
	"association": {"association", "协会"}, "协会": {"association", "协会"}, "council": {"council"},
	"commission": {"commission"}, "league": {"league", "联盟"}, "联盟": {"league", "联盟"},
	"federation": {"federation", "联合会"}, "联合会": {"federation", "联合会"}, "orchestra": {"orchestra", "乐团"}, "乐团": {"orchestra", "乐团"},
}

var (
	labWords    = []string{"lab", "labs", "laboratory", "laboratories", "实验室"}
	schoolWords = []string{"school", "university", "college", "学校", "大学", "学院"}
	centerWords = []string{"center", "centre", "中心"}
	fundWords   = []string{"fund", "capital", "ventures", "partners", "基金", "资本", "创投"}
	clubWords   = []string{"club", "f.c.", "fc", "a.f.c.", "afc", "俱乐部"}
)

// documentNouns returns the head nouns a noun phrase may end with in a
// document with the named mentions ms: the generic and kind nouns, and
// those the dictionary gives the entities named.
func documentNouns(ms []doc.Mention) map[string]bool {
	out := make(map[string]bool, len(typeNouns)+len(kindNouns))
	for n := range typeNouns {
		out[n] = true
	}
	for n := range kindNouns {
		out[n] = true
	}
	seen := map[*dict.Entity]bool{}
	for _, m := range ms {
		if len(m.Entity.Nouns) > 0 && !seen[m.Entity] {
			seen[m.Entity] = true
			for _, n := range m.Entity.Nouns {
				out[n] = true
			}
		}
	}
	return out
}

// headNoun returns the longest noun of nouns that ends the noun phrase
// np: "lab" for "the lab", 创业公司 for 这家只有三个人的创业公司.
func headNoun(np []byte, nouns map[string]bool) string {
	s := strings.ToLower(string(np))
	for i := 0; i < len(s); {
		if nouns[s[i:]] && (i == 0 || s[i-1] == ' ' || s[i] >= utf8.RuneSelf) {
			return s[i:]
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return ""
}

// typeOfNoun is the entity type a head noun names, or "" where it depends
// on the entity (a kind noun or a dictionary's own).
func typeOfNoun(head string) dict.Type {
	if t, ok := typeNouns[head]; ok {
		return t
	}
	if _, ok := kindNouns[head]; ok {
		return dict.Organization
	}
	return ""
}

// fitsNoun reports whether a noun phrase with this head noun may name e:
// the dictionary gives e the noun, or e's name says it is of that kind,
// or the noun is generic for e's type (and a business noun never names
// an academic institution).
func fitsNoun(head string, e *dict.Entity) bool {
	for _, n := range e.Nouns {
		if n == head {
			return true
		}
	}
	if words, ok := kindNouns[head]; ok {
		return e.Type == dict.Organization && doc.NamedWith(e, words)
	}
	t, ok := typeNouns[head]
	if !ok || t != e.Type {
		return false
	}
	return !businessNouns[head] || !academic(e)
}

// academic reports whether an organization's name says it is a university,
// college, school or institute: never what "the company" refers to.
func academic(e *dict.Entity) bool {
	return doc.NamedWith(e, []string{"university", "college", "school", "institute", "大学", "学院", "学校", "研究所", "研究院"})
}

// partNouns name an organisation by what it is to another: "the
// subsidiary", "the division", 该子公司. The company that set it up or
// bought it is as salient as it is, and is never what the noun names;
// such a noun phrase takes only an organisation the text has called by
// the noun (see calledBy).
var partNouns = map[string]bool{"subsidiary": true, "division": true, "子公司": true}

// calledBy reports whether one of e's names holds the noun head, or the
// text before off calls e by it beside one of its names: right before it
// ("its subsidiary Beta", "a computing division, Beta", 子公司Beta) or
// after it ("Beta, a subsidiary of Acme,", "Beta was set up as a
// division of Acme", Beta是Acme的子公司).
func (d *resolver) calledBy(e *dict.Entity, head string, off int) bool {
	if doc.NamedWith(e, []string{head}) {
		return true // "the Intel Scientific Computers division"
	}
	for _, m := range d.Mentions {
		if m.Start >= off {
			break
		}
		if m.Entity != e || m.How == doc.Coref {
			continue
		}
		before := bytes.ToLower(bytes.TrimRight(d.Src[max(0, m.Start-40):m.Start], " ,，"))
		if n := len(before) - len(head); n >= 0 && bytes.HasSuffix(before, []byte(head)) && (head[0] >= utf8.RuneSelf || n == 0 || !asciiLetter(before[n-1])) {
			return true // not "a subdivision, Beta"
		}
		after := d.Src[m.End:min(len(d.Src), m.End+60)]
		if i := bytes.IndexAny(after, ".;。；"); i >= 0 {
			after = after[:i]
		}
		if head[0] < utf8.RuneSelf {
			if calledAfter(bytes.ToLower(after), head) {
				return true
			}
			continue
		}
		if i := bytes.IndexAny(after, "，,"); i >= 0 {
			after = after[:i]
		}
		if bytes.Contains(after, []byte("的"+head)) {
			return true // 乙公司是甲公司的子公司
		}
	}
	return false
}

// calledAfter reports whether the words after a name call it by the noun
// head, with at most one word before the noun: "Beta, a subsidiary of
// Acme,", "Beta was set up as a division of Acme", "Beta is a software
// subsidiary". "Acme, which had a division in Texas," does not.
func calledAfter(after []byte, head string) bool {
	for _, intro := range []string{", a ", ", an ", ", the ", " as a ", " as an ", " as the ", " is a ", " is an ", " was a ", " was an ", " became a ", " became an "} {
		i := bytes.Index(after, []byte(intro))
		if i < 0 || i > 0 && intro[0] == ',' {
			continue // an apposition right after the name only
		}
		rest := after[i+len(intro):]
		if j := bytes.IndexByte(rest, ' '); j >= 0 && !bytes.HasPrefix(rest, []byte(head)) {
			rest = rest[j+1:]
		}
		if bytes.HasPrefix(rest, []byte(head)) && (len(rest) == len(head) || !asciiLetter(rest[len(head)])) {
			return true
		}
	}
	return false
}

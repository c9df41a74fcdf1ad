package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
)

// testDict is a small entity list used with the built-in relation rules.
const testDict = `entities:
  - {name: Geoffrey Hinton, type: Person, aliases: [Hinton, 辛顿]}
  - {name: Ilya Sutskever, type: Person, aliases: [Sutskever, {text: Ilya, short: true}]}
  - {name: Alex Krizhevsky, type: Person, aliases: [{text: Alex, short: true}]}
  - {name: Greg Brockman, type: Person}
  - {name: Sam Altman, type: Person}
  - {name: Elon Musk, type: Person}
  - {name: Reid Hoffman, type: Person}
  - {name: Pieter Abbeel, type: Person}
  - {name: Demis Hassabis, type: Person, aliases: [哈萨比斯]}
  - {name: Fei-Fei Li, type: Person, aliases: [李飞飞]}
  - {name: OpenAI, type: Organization}
  - {name: Google, type: Organization, aliases: [谷歌]}
  - {name: Google Brain, type: Organization}
  - {name: DeepMind, type: Organization}
  - {name: DNNResearch, type: Organization}
  - {name: LinkedIn, type: Organization}
  - {name: University of Toronto, type: Organization, aliases: [多伦多大学]}
  - {name: Stanford University, type: Organization, aliases: [斯坦福大学, Stanford]}
  - {name: AlexNet, type: Project}
  - {name: AlphaGo, type: Project}
  - {name: ImageNet, type: Project}
  - {name: TensorFlow, type: Project}
  - {name: GPT-3, type: Project}
  - {name: The Robot Brains Podcast, type: Project}
  - {name: Russia, type: Place, aliases: [俄罗斯]}
  - {name: London, type: Place, aliases: [伦敦]}
`

func testExtractor(t testing.TB, opt Options) (*Extractor, *dict.Dictionary) {
	t.Helper()
	d := withBuiltinRules(t, "test.yaml", []byte(testDict))
	return New(d, opt), d
}

// withBuiltinRules loads an entity dictionary and adds the built-in
// relation rules, as kg --no-builtin --dict FILE does.
func withBuiltinRules(t testing.TB, name string, data []byte) *dict.Dictionary {
	t.Helper()
	ents, err := dict.Load(name, data)
	if err != nil {
		t.Fatal(err)
	}
	rels, err := dict.BuiltinRelations()
	if err != nil {
		t.Fatal(err)
	}
	d, err := dict.Merge(rels, ents)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// factStrings renders facts as "Subject relation Object", sorted.
func factStrings(fs []Fact) []string {
	var out []string
	for _, f := range fs {
		s := f.Subject.Name + " " + f.Relation + " " + f.Object.Name
		if f.Role != "" {
			s += " [" + f.Role + "]"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// TestRelationRules runs the built-in rules on one sentence each, in
// Chinese and English, including sentences that must give nothing.
func TestRelationRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// advisor
		{"advisor zh became", "Geoffrey Hinton就成了Ilya Sutskever的导师。", []string{"Ilya Sutskever advisor Geoffrey Hinton"}},
		{"advisor zh guidance list", "在Hinton的指导下,Sutskever和Alex Krizhevsky设计了AlexNet。",
			[]string{"Alex Krizhevsky advisor Geoffrey Hinton", "Alex Krizhevsky authored AlexNet", "Ilya Sutskever advisor Geoffrey Hinton", "Ilya Sutskever authored AlexNet"}},
		{"advisor en", "Ilya Sutskever studied under Geoffrey Hinton.", []string{"Ilya Sutskever advisor Geoffrey Hinton"}},
		{"advisor en possessive", "Sutskever's doctoral advisor was Geoffrey Hinton.", []string{"Ilya Sutskever advisor Geoffrey Hinton"}},
		// educatedAt
		{"educated zh zero subject", "Sutskever很早就开始研究AI。在多伦多大学读博期间,他遇到了很多人。", []string{"Ilya Sutskever educatedAt University of Toronto"}},
		{"educated zh graduated", "李飞飞毕业于斯坦福大学。", []string{"Fei-Fei Li educatedAt Stanford University"}},
		{"educated en", "Ilya Sutskever received his PhD in computer science from the University of Toronto.", []string{"Ilya Sutskever educatedAt University of Toronto"}},
		// cofounded, founded
		{"cofounded zh coordinated", "Sutskever与Greg Brockman共同创立OpenAI。", []string{"Greg Brockman cofounded OpenAI", "Ilya Sutskever cofounded OpenAI"}},
		{"cofounded zh apposition", "OpenAI联合创始人兼首席科学家Ilya Sutskever接受了采访。",
			[]string{"Ilya Sutskever cofounded OpenAI", "Ilya Sutskever worksFor OpenAI [首席科学家]"}},
		{"cofounded en", "Greg Brockman and Ilya Sutskever co-founded OpenAI in 2015.", []string{"Greg Brockman cofounded OpenAI", "Ilya Sutskever cofounded OpenAI"}},
		{"cofounded en apposition", "OpenAI co-founder Ilya Sutskever spoke.", []string{"Ilya Sutskever cofounded OpenAI"}},
		{"founded zh apposition", "LinkedIn创始人Reid Hoffman也在场。", []string{"Reid Hoffman founded LinkedIn"}},
		{"founded zh possessive", "他加入了Hinton的新研究公司DNNResearch。", []string{"Geoffrey Hinton founded DNNResearch"}},
		{"founded en passive", "DeepMind was founded by Demis Hassabis.", []string{"Demis Hassabis founded DeepMind"}},
		// authored, contributedTo, developed
		{"authored en", "Alex Krizhevsky designed AlexNet.", []string{"Alex Krizhevsky authored AlexNet"}},
		{"authored en passive", "AlexNet was designed by Alex Krizhevsky.", []string{"Alex Krizhevsky authored AlexNet"}},
		{"contributed zh", "Sutskever还参与开发了机器学习框架TensorFlow。", []string{"Ilya Sutskever contributedTo TensorFlow"}},
		{"developed zh possessive", "他研究了DeepMind的AlphaGo。", []string{"DeepMind developed AlphaGo"}},
		{"developed en", "OpenAI released GPT-3 in 2020.", []string{"OpenAI developed GPT-3"}},
		{"developed type check", "Ilya Sutskever的AlphaGo论文。", nil},
		// worksFor
		{"works zh role", "Sutskever担任Google Brain的研究科学家。", []string{"Ilya Sutskever worksFor Google Brain [研究科学家]"}},
		{"works zh parenthesis", "饭局上有Sam Altman(Y Combinator前总裁)和Greg Brockman(现OpenAI首席技术官)。", []string{"Greg Brockman worksFor OpenAI [首席技术官]"}},
		{"works zh list apposition", "他与谷歌研究员Greg Brockman和Sam Altman聊天。", []string{"Greg Brockman worksFor Google [研究员]", "Sam Altman worksFor Google [研究员]"}},
		{"works en", "Ilya Sutskever joined Google in 2013.", []string{"Ilya Sutskever worksFor Google"}},
		{"works en role", "Greg Brockman, the chief technology officer of OpenAI, said so.", []string{"Greg Brockman worksFor OpenAI [chief technology officer]"}},
		// acquired, investedIn
		{"acquired zh passive", "DNNResearch被谷歌收购。", []string{"Google acquired DNNResearch"}},
		{"acquired zh", "与此同时,谷歌收购了DeepMind。", []string{"Google acquired DeepMind"}},
		{"acquired en passive", "DeepMind was acquired by Google in 2014.", []string{"Google acquired DeepMind"}},
		{"acquired zh demonstrative", "他加入了DNNResearch。2013年3月,这家只有三个人的创业公司被谷歌收购。", []string{"Google acquired DNNResearch"}},
		{"invested zh list", "OpenAI成立后,获得了Elon Musk,Sam Altman和LinkedIn创始人Reid Hoffman等人的私人投资。",
			[]string{"Elon Musk investedIn OpenAI", "Reid Hoffman founded LinkedIn", "Reid Hoffman investedIn OpenAI", "Sam Altman investedIn OpenAI"}},
		{"invested en", "Elon Musk invested $1 billion in OpenAI.", []string{"Elon Musk investedIn OpenAI"}},
		// led, hosts, bornIn
		{"led en", "Greg Brockman led the OpenAI team.", []string{"Greg Brockman led OpenAI", "Greg Brockman worksFor OpenAI"}},
		{"hosts zh", "在Pieter Abbeel主持的The Robot Brains Podcast节目中。", []string{"Pieter Abbeel hosts The Robot Brains Podcast"}},
		{"hosts en", "The Robot Brains Podcast, hosted by Pieter Abbeel, is new.", []string{"Pieter Abbeel hosts The Robot Brains Podcast"}},
		{"born zh", "Ilya Sutskever在俄罗斯出生。", []string{"Ilya Sutskever bornIn Russia"}},
		{"born en", "Demis Hassabis was born in London.", []string{"Demis Hassabis bornIn London"}},
		// precision guards
		{"negation zh", "谷歌并没有收购了DeepMind。", nil},
		{"negation en", "Ilya Sutskever never worked for Google.", nil},
		{"negation en did not", "Elon Musk did not invest in DeepMind.", nil},
		{"hypothetical zh", "如果谷歌收购了OpenAI,情况会不同。", nil},
		{"no cross-sentence", "Hinton很有名。Sutskever的导师", nil},
		{"word boundary in trigger", "Greg Brockman ledger OpenAI.", nil},
		{"wrong types", "谷歌的导师Hinton。", nil},
	}
	x, _ := testExtractor(t, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := factStrings(x.Extract("t", []byte(tt.text)).Facts)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFactEvidence(t *testing.T) {
	x, _ := testExtractor(t, Options{})
	text := "导言。\n2013年3月,DNNResearch被谷歌收购。后来的事。"
	fs := x.Extract("doc-1", []byte(text)).Facts
	if len(fs) != 1 {
		t.Fatalf("facts = %v", factStrings(fs))
	}
	f := fs[0]
	want := "2013年3月,DNNResearch被谷歌收购。"
	if f.Evidence.Text != want || text[f.Evidence.Start:f.Evidence.End] != want || f.Evidence.Doc != "doc-1" {
		t.Errorf("evidence = %+v", f.Evidence)
	}
	if f.Time != "2013年3月" {
		t.Errorf("time = %q", f.Time)
	}
}

func TestCoref(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "surface=Entity" of coref mentions, in order
	}{
		// The main person is the one named most often: Sutskever three
		// times, Hinton twice (on a tie there is none, and 他 stays
		// unresolved: TestSalience).
		{"narrative he is the focus", "Ilya Sutskever生于俄罗斯,Sutskever后来去了加拿大。Hinton一开始给Sutskever一个项目。在Hinton的指导下,他设计了AlexNet。",
			[]string{"他=Ilya Sutskever"}},
		{"he after a clause subject", "Sutskever很忙。Hinton讲述了往事,他很高兴。", []string{"他=Geoffrey Hinton"}},
		{"interview turns", "Pieter Abbeel:你为什么研究神经网络?\nIlya Sutskever:我相信它。Hinton说他也相信。\n",
			[]string{"你=Ilya Sutskever", "我=Ilya Sutskever", "他=Geoffrey Hinton"}},
		{"generic you in answers is left alone", "Pieter Abbeel:问题很长很长很长?\nIlya Sutskever:你可以训练它,你知道的,这是很长很长很长的回答。\n", nil},
		{"not a pronoun", "其他人和吉他。", nil},
		{"english he", "Greg Brockman spoke. Sam Altman listened, and he agreed. ", []string{"he=Sam Altman"}},
		// "him" after a verb is never the verb's own subject (that would be
		// "himself"); after "to" it may be ("asked Brockman to hire him").
		{"him is not its verb's subject", "Greg Brockman spoke. Sam Altman hired him. ", []string{"him=Greg Brockman"}},
		{"him after an infinitive", "Sam Altman asked Greg Brockman to hire him. ", []string{"him=Sam Altman"}},
		// "In 2012 he founded…": a phrase of time with no comma is no
		// phrase set before the clause; he is its subject, not the name
		// after the comma.
		{"he after a dated opener", "Geoffrey Hinton was born in 1947. In 2012 he founded DNNResearch, Ilya Sutskever being its first employee. ", []string{"he=Geoffrey Hinton", "its=DNNResearch"}},
		{"demonstrative", "他加入了DNNResearch,这家只有三个人的创业公司很小。", []string{"这家只有三个人的创业公司=DNNResearch"}},
		{"they is an organization", "DeepMind付出了很多努力,他们执行得很出色。", []string{"他们=DeepMind"}},
	}
	x, _ := testExtractor(t, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range x.Extract("t", []byte(tt.text)).Mentions {
				if m.How == Coref {
					got = append(got, m.Text+"="+m.Entity.Name)
					if tt.text[m.Start:m.End] != m.Text {
						t.Errorf("span %d-%d is %q, text %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
					}
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShortAliasNeedsSupport(t *testing.T) {
	x, _ := testExtractor(t, Options{})
	names := func(text string) string {
		var out []string
		for _, m := range x.Extract("t", []byte(text)).Mentions {
			out = append(out, m.Text)
		}
		return strings.Join(out, "|")
	}
	if got := names("Alex和Ilya聊天。"); got != "" {
		t.Errorf("unsupported short aliases matched: %q", got)
	}
	if got := names("Alex Krizhevsky说,Alex和AlexNet。"); got != "Alex Krizhevsky|Alex|AlexNet" {
		t.Errorf("got %q", got)
	}
}

func TestNoCorefNoFuzzy(t *testing.T) {
	x, _ := testExtractor(t, Options{NoCoref: true, NoFuzzy: true})
	for _, m := range x.Extract("t", []byte("Greg Brookman说他很忙。")).Mentions {
		t.Errorf("unexpected mention %+v", m)
	}
	x, _ = testExtractor(t, Options{})
	ms := x.Extract("t", []byte("Greg Brookman说。")).Mentions
	if len(ms) != 1 || ms[0].How != Fuzzy || ms[0].Entity.Name != "Greg Brockman" {
		t.Errorf("mentions = %+v", ms)
	}
}

// generalDict names the entities of TestRelationRulesGeneral.
const generalDict = `entities:
  - {name: Andrew Ng, type: Person, aliases: [Ng, 吴恩达]}
  - {name: Satya Nadella, type: Person, aliases: [Nadella]}
  - {name: Yann LeCun, type: Person, aliases: [LeCun, 杨立昆]}
  - {name: Jensen Huang, type: Person, aliases: [Huang, 黄仁勋]}
  - {name: Chris Malachowsky, type: Person}
  - {name: Curtis Priem, type: Person}
  - {name: Sundar Pichai, type: Person, aliases: [Pichai]}
  - {name: Fei-Fei Li, type: Person, aliases: [李飞飞]}
  - {name: Daphne Koller, type: Person}
  - {name: Sam Altman, type: Person, aliases: [Altman]}
  - {name: Greg Brockman, type: Person, aliases: [Brockman]}
  - {name: Elon Musk, type: Person, aliases: [Musk]}
  - {name: Demis Hassabis, type: Person, aliases: [Hassabis]}
  - {name: Geoffrey Hinton, type: Person, aliases: [Hinton]}
  - {name: Reid Hoffman, type: Person}
  - {name: Landing AI, type: Organization}
  - {name: Baidu, type: Organization, aliases: [百度]}
  - {name: Microsoft, type: Organization, aliases: [微软]}
  - {name: Microsoft Research Asia, type: Organization, aliases: [微软亚洲研究院]}
  - {name: Meta, type: Organization}
  - {name: Nvidia, type: Organization}
  - {name: Google, type: Organization, aliases: [谷歌]}
  - {name: Google Brain, type: Organization}
  - {name: DeepMind, type: Organization}
  - {name: LinkedIn, type: Organization}
  - {name: Facebook, type: Organization}
  - {name: Stripe, type: Organization}
  - {name: OpenAI, type: Organization}
  - {name: Y Combinator, type: Organization}
  - {name: Coursera, type: Organization}
  - {name: Bell Labs, type: Organization}
  - {name: NEC, type: Organization}
  - {name: New York University, type: Organization}
  - {name: Microsoft Research, type: Organization}
  - {name: Princeton University, type: Organization, aliases: [普林斯顿大学]}
  - {name: California Institute of Technology, type: Organization, aliases: [加州理工学院]}
  - {name: Stanford University, type: Organization, aliases: [斯坦福大学, Stanford]}
  - {name: Stanford Artificial Intelligence Lab, type: Organization, aliases: [斯坦福人工智能实验室]}
  - {name: "University of California, Berkeley", type: Organization}
  - {name: Carnegie Mellon University, type: Organization}
  - {name: University of Toronto, type: Organization}
  - {name: "Queens' College, Cambridge", type: Organization}
  - {name: Deep Learning, type: Project}
  - {name: The Worlds I See, type: Project}
  - {name: Tainan, type: Place, aliases: [台南]}
  - {name: Paris, type: Place}
  - {name: Pietro Perona, type: Person}
  - {name: Nvidia Corp, type: Organization, aliases: [英伟达]}
  - {name: Ilya Sutskever, type: Person}
`

// TestRelationRulesGeneral runs the built-in rules on sentences written for
// this test in the style of encyclopaedia and news text: the constructions
// such text uses for each relation (adverbs, appositions and relative
// clauses between the subject and the verb, time phrases, coordinated
// roles, "X co-founded Y with Z"), and the precision guards around them. They
// are not taken from the evaluation corpus.
func TestRelationRulesGeneral(t *testing.T) {
	x := New(withBuiltinRules(t, "general.yaml", []byte(generalDict)), Options{})
	tests := []struct {
		text string
		want []string
	}{
		{"Andrew Ng is currently the chief executive officer of Landing AI.", []string{"Andrew Ng led Landing AI [chief executive officer]", "Andrew Ng worksFor Landing AI [chief executive officer]"}},
		{"Andrew Ng is a computer scientist. He was previously the chief scientist at Baidu.", []string{"Andrew Ng worksFor Baidu [chief scientist]"}},
		{"Satya Nadella is the chairman and CEO of Microsoft.", []string{"Satya Nadella led Microsoft [CEO]", "Satya Nadella worksFor Microsoft [chairman]"}},
		{"Yann LeCun is a French computer scientist. He is the chief AI scientist at Meta.", []string{"Yann LeCun worksFor Meta [scientist]"}},
		{"Jensen Huang co-founded Nvidia in 1993.", []string{"Jensen Huang cofounded Nvidia"}},
		{"Fei-Fei Li received her bachelor's degree in physics from Princeton University.", []string{"Fei-Fei Li educatedAt Princeton University"}},
		{"Andrew Ng earned his PhD from the University of California, Berkeley.", []string{"Andrew Ng educatedAt University of California, Berkeley"}},
		{"Andrew Ng is a computer scientist. He graduated from Carnegie Mellon University with a degree in computer science.", []string{"Andrew Ng educatedAt Carnegie Mellon University"}},
		{"Jensen Huang was born in Tainan.", []string{"Jensen Huang bornIn Tainan"}},
		{"Yann LeCun worked at Bell Labs and NEC before joining New York University.", []string{"Yann LeCun worksFor Bell Labs", "Yann LeCun worksFor NEC", "Yann LeCun worksFor New York University"}},
		{"Andrew Ng was the founding lead of Google Brain.", []string{"Andrew Ng led Google Brain"}},
		{"Andrew Ng is an adjunct professor at Stanford University.", []string{"Andrew Ng worksFor Stanford University [professor]"}},
		{"Fei-Fei Li served as the director of the Stanford Artificial Intelligence Lab.", []string{"Fei-Fei Li led Stanford Artificial Intelligence Lab [director]", "Fei-Fei Li worksFor Stanford Artificial Intelligence Lab [director]"}},
		{"Fei-Fei Li wrote the book The Worlds I See.", []string{"Fei-Fei Li authored The Worlds I See"}},
		{"Sam Altman was president of Y Combinator from 2014 to 2019.", []string{"Sam Altman led Y Combinator [president]", "Sam Altman worksFor Y Combinator [president]"}},
		{"Elon Musk, who co-founded OpenAI, left its board in 2018.", []string{"Elon Musk cofounded OpenAI", "Elon Musk worksFor OpenAI"}},
		{"Greg Brockman, who had been CTO of Stripe, joined OpenAI.", []string{"Greg Brockman worksFor OpenAI", "Greg Brockman worksFor Stripe [CTO]"}},
		{"Demis Hassabis, a British AI researcher, co-founded DeepMind.", []string{"Demis Hassabis cofounded DeepMind"}},
		{"Demis Hassabis studied computer science at Queens' College, Cambridge.", []string{"Demis Hassabis educatedAt Queens' College, Cambridge"}},
		{"Sundar Pichai holds a master's degree from Stanford University.", []string{"Sundar Pichai educatedAt Stanford University"}},
		{"Greg Brockman left Stripe in 2015 to co-found OpenAI.", []string{"Greg Brockman cofounded OpenAI", "Greg Brockman worksFor Stripe"}},
		{"Nvidia was founded in 1993 by Jensen Huang, Chris Malachowsky and Curtis Priem.", []string{"Chris Malachowsky founded Nvidia", "Curtis Priem founded Nvidia", "Jensen Huang founded Nvidia"}},
		{"Google Brain, a research team led by Andrew Ng, grew quickly.", []string{"Andrew Ng led Google Brain"}},
		{"In 2014, Google acquired DeepMind for a reported 400 million pounds.", []string{"Google acquired DeepMind"}},
		{"DeepMind was acquired by Google in 2014.", []string{"Google acquired DeepMind"}},
		{"Andrew Ng co-founded Coursera with Daphne Koller.", []string{"Andrew Ng cofounded Coursera", "Daphne Koller cofounded Coursera"}},
		{"Yann LeCun is a computer scientist. He joined Facebook in 2013, where he founded the research lab.", []string{"Yann LeCun worksFor Facebook"}},
		{"Satya Nadella is an engineer. He has been the chief executive officer of Microsoft since 2014.", []string{"Satya Nadella led Microsoft [chief executive officer]", "Satya Nadella worksFor Microsoft [chief executive officer]"}},
		{"Sam Altman, the chief executive of OpenAI, spoke.", []string{"Sam Altman led OpenAI [chief executive]", "Sam Altman worksFor OpenAI [chief executive]"}},
		{"Sam Altman became the CEO of OpenAI in 2019.", []string{"Sam Altman led OpenAI [CEO]", "Sam Altman worksFor OpenAI [CEO]"}},
		{"Reid Hoffman is the co-founder and executive chairman of LinkedIn.", []string{"Reid Hoffman cofounded LinkedIn", "Reid Hoffman worksFor LinkedIn [executive chairman]"}},
		{"Andrew Ng is the founder and CEO of Landing AI.", []string{"Andrew Ng founded Landing AI", "Andrew Ng led Landing AI [CEO]", "Andrew Ng worksFor Landing AI [CEO]"}},
		{"Sundar Pichai is an executive. He is the CEO of Google and its parent company.", []string{"Sundar Pichai led Google [CEO]", "Sundar Pichai worksFor Google [CEO]"}},
		{"Yann LeCun is a professor at New York University and chief AI scientist at Meta.", []string{"Yann LeCun worksFor Meta [scientist]", "Yann LeCun worksFor New York University [professor]"}},
		{"Geoffrey Hinton is a cognitive psychologist and computer scientist. From 2013 to 2023, he divided his time working for Google and the University of Toronto.", []string{"Geoffrey Hinton worksFor Google", "Geoffrey Hinton worksFor University of Toronto"}},
		{"Satya Nadella is an engineer. He graduated from Stanford University and later received an MBA from Carnegie Mellon University.", []string{"Satya Nadella educatedAt Carnegie Mellon University", "Satya Nadella educatedAt Stanford University"}},
		{"Sundar Pichai was the head of product at Google.", []string{"Sundar Pichai worksFor Google [head]"}},
		{"LinkedIn, a company Reid Hoffman co-founded, grew.", []string{"Reid Hoffman cofounded LinkedIn"}},
		{"Greg Brockman left Stripe in 2015 to join OpenAI.", []string{"Greg Brockman worksFor OpenAI", "Greg Brockman worksFor Stripe"}},
		{"Andrew Ng was the founding director of Google Brain and chief scientist at Baidu.", []string{"Andrew Ng led Google Brain [director]", "Andrew Ng worksFor Baidu [chief scientist]", "Andrew Ng worksFor Google Brain [director]"}},
		{"Sam Altman is an investor. He has been an executive at OpenAI.", []string{"Sam Altman worksFor OpenAI [executive]"}},
		{"Geoffrey Hinton met the president of Google.", nil},
		{"Geoffrey Hinton declined an offer to join Meta.", nil},
		{"Andrew Ng held senior positions at Baidu and Google.", []string{"Andrew Ng worksFor Baidu", "Andrew Ng worksFor Google"}},
		{"李飞飞现任斯坦福大学教授。", []string{"Fei-Fei Li worksFor Stanford University [教授]"}},
		{"吴恩达曾任百度首席科学家。", []string{"Andrew Ng worksFor Baidu [首席科学家]"}},
		{"吴恩达是计算机科学家。他于2014年加入百度，担任首席科学家。", []string{"Andrew Ng worksFor Baidu [首席科学家]"}},
		{"黄仁勋出生于台南。", []string{"Jensen Huang bornIn Tainan"}},
		{"李飞飞本科毕业于普林斯顿大学，博士毕业于加州理工学院。", []string{"Fei-Fei Li educatedAt California Institute of Technology", "Fei-Fei Li educatedAt Princeton University"}},
		{"2014年，谷歌以4亿英镑收购了DeepMind。", []string{"Google acquired DeepMind"}},
		{"DeepMind于2014年被谷歌收购。", []string{"Google acquired DeepMind"}},
		{"吴恩达与Daphne Koller共同创办了Coursera。", []string{"Andrew Ng cofounded Coursera", "Daphne Koller cofounded Coursera"}},
		{"吴恩达是计算机科学家。他在谷歌工作了8年。", []string{"Andrew Ng worksFor Google"}},
		{"李飞飞领导的斯坦福人工智能实验室发表了论文。", []string{"Fei-Fei Li led Stanford Artificial Intelligence Lab", "Fei-Fei Li worksFor Stanford Artificial Intelligence Lab"}},
		{"杨立昆目前担任Meta首席AI科学家。", []string{"Yann LeCun worksFor Meta [首席 AI 科学家]"}},
		{"杨立昆是计算机科学家。他曾在微软亚洲研究院担任研究员。", []string{"Yann LeCun worksFor Microsoft Research Asia [研究员]", "Yann LeCun worksFor Microsoft [研究员]"}},
		{"吴恩达是Coursera的联合创始人。", []string{"Andrew Ng cofounded Coursera"}},
		{"吴恩达和Daphne Koller二人共同创立了Coursera。", []string{"Andrew Ng cofounded Coursera", "Daphne Koller cofounded Coursera"}},
		{"李飞飞曾担任斯坦福人工智能实验室主任。", []string{"Fei-Fei Li led Stanford Artificial Intelligence Lab [主任]", "Fei-Fei Li worksFor Stanford Artificial Intelligence Lab [主任]"}},
		{"黄仁勋于1993年与Chris Malachowsky和Curtis Priem共同创立了Nvidia。", []string{"Chris Malachowsky cofounded Nvidia", "Curtis Priem cofounded Nvidia", "Jensen Huang cofounded Nvidia"}},
		{"杨立昆于2013年加入Facebook。", []string{"Yann LeCun worksFor Facebook"}},
		{"吴恩达是斯坦福大学的兼职教授。", []string{"Andrew Ng worksFor Stanford University [教授]"}},
		{"Geoffrey Hinton 与他的学生 Andrew Ng 和 Yann LeCun 加入了 Google。", []string{"Andrew Ng advisor Geoffrey Hinton", "Andrew Ng worksFor Google", "Geoffrey Hinton worksFor Google", "Yann LeCun advisor Geoffrey Hinton", "Yann LeCun worksFor Google"}},
		{"2017年初，李飞飞和吴恩达这对师生组合，正式加入谷歌。", []string{"Andrew Ng worksFor Google", "Fei-Fei Li worksFor Google"}},
		{"Demis Hassabis studied at Stanford University. Games designer Sam Altman had recently founded the company.", []string{"Demis Hassabis educatedAt Stanford University"}},
		{"吴恩达被任命为百度首席科学家。", []string{"Andrew Ng worksFor Baidu [首席科学家]"}},
		{"百度任命吴恩达为首席科学家。", []string{"Andrew Ng worksFor Baidu [首席科学家]"}},
		{"吴恩达出任百度首席科学家。", []string{"Andrew Ng worksFor Baidu [首席科学家]"}},
		{"李飞飞师从Pietro Perona。", []string{"Fei-Fei Li advisor Pietro Perona"}},
		{"李飞飞在斯坦福大学任教。", []string{"Fei-Fei Li worksFor Stanford University"}},
		{"李飞飞于2009年加入斯坦福大学。", []string{"Fei-Fei Li worksFor Stanford University"}},
		{"杨立昆是New York University教授。", []string{"Yann LeCun worksFor New York University [教授]"}},
		{"黄仁勋是英伟达的创始人兼CEO。", []string{"Jensen Huang founded Nvidia Corp", "Jensen Huang led Nvidia Corp [CEO]", "Jensen Huang worksFor Nvidia Corp [CEO]"}},
		{"Hinton的学生Ilya Sutskever发表了论文。", []string{"Ilya Sutskever advisor Geoffrey Hinton"}},
		{"吴恩达创办了Coursera。", []string{"Andrew Ng founded Coursera"}},
		{"谷歌于2014年以4亿英镑的价格收购了DeepMind。", []string{"Google acquired DeepMind"}},
		{"Microsoft投资了OpenAI。", []string{"Microsoft investedIn OpenAI"}},
		{"斯坦福大学教授李飞飞发表了演讲。", []string{"Fei-Fei Li worksFor Stanford University [教授]"}},
		{"吴恩达曾在百度担任首席科学家。", []string{"Andrew Ng worksFor Baidu [首席科学家]"}},
		{"李飞飞是斯坦福人工智能实验室的主任。", []string{"Fei-Fei Li led Stanford Artificial Intelligence Lab [主任]", "Fei-Fei Li worksFor Stanford Artificial Intelligence Lab [主任]"}},
		{"李飞飞，斯坦福大学教授，发表了演讲。", []string{"Fei-Fei Li worksFor Stanford University [教授]"}},
		{"吴恩达领导了Google Brain项目。", []string{"Andrew Ng led Google Brain"}},
		{"黄仁勋生于台南。", []string{"Jensen Huang bornIn Tainan"}},
		{"李飞飞获得加州理工学院博士学位。", []string{"Fei-Fei Li educatedAt California Institute of Technology"}},
		{"吴恩达在Carnegie Mellon University获得学士学位。", []string{"Andrew Ng educatedAt Carnegie Mellon University"}},
		{"李飞飞目前是斯坦福大学的教授。", []string{"Fei-Fei Li worksFor Stanford University [教授]"}},
		{"吴恩达于2011年创立了Google Brain。", []string{"Andrew Ng founded Google Brain"}},
		{"李飞飞和吴恩达都曾在斯坦福大学任教。", []string{"Andrew Ng worksFor Stanford University", "Fei-Fei Li worksFor Stanford University"}},
		{"李飞飞没有加入百度。", nil},
		{"如果吴恩达加入谷歌，他会很高兴。", nil},
		{"Andrew Ng was appointed chief scientist of Baidu in 2014.", []string{"Andrew Ng worksFor Baidu [chief scientist]"}},
		{"Baidu appointed Andrew Ng as chief scientist.", []string{"Andrew Ng worksFor Baidu [chief scientist]"}},
		{"Baidu hired Andrew Ng in 2014.", []string{"Andrew Ng worksFor Baidu"}},
		{"Fei-Fei Li is a professor of computer science at Stanford University.", []string{"Fei-Fei Li worksFor Stanford University [professor]"}},
		{"Fei-Fei Li completed her PhD at the California Institute of Technology.", []string{"Fei-Fei Li educatedAt California Institute of Technology"}},
		{"Andrew Ng taught at Stanford University.", []string{"Andrew Ng worksFor Stanford University"}},
		{"Jensen Huang is the president and chief executive officer of Nvidia Corp.", []string{"Jensen Huang led Nvidia Corp [chief executive officer]", "Jensen Huang worksFor Nvidia Corp [chief executive officer]"}},
		{"Microsoft invested $1 billion in OpenAI in 2019.", []string{"Microsoft investedIn OpenAI"}},
		{"Ilya Sutskever was a student of Geoffrey Hinton.", []string{"Ilya Sutskever advisor Geoffrey Hinton"}},
		{"Greg Brockman is a co-founder of OpenAI.", []string{"Greg Brockman cofounded OpenAI"}},
		{"Sam Altman, OpenAI's chief executive, spoke.", []string{"Sam Altman led OpenAI [chief executive]", "Sam Altman worksFor OpenAI [chief executive]"}},
		{"Geoffrey Hinton, a professor at the University of Toronto, joined Google in 2013.", []string{"Geoffrey Hinton worksFor Google", "Geoffrey Hinton worksFor University of Toronto [professor]"}},
		{"Nvidia Corp is led by Jensen Huang.", []string{"Jensen Huang led Nvidia Corp", "Jensen Huang worksFor Nvidia Corp"}},
		// Guards: nothing here states a relation.
		{"Geoffrey Hinton, a friend of Sam Altman, spoke.", nil},
		{"Geoffrey Hinton never worked for Meta.", nil},
		{"Satya Nadella was not the CEO of Google.", nil},
		{"Sam Altman, a friend of Elon Musk, joined OpenAI.", []string{"Sam Altman worksFor OpenAI"}},
		// A negation anywhere in the text a match spans, even in a clause
		// it passes over, withholds the fact: precision first.
		{"Elon Musk, who did not join Google, co-founded OpenAI.", nil},
		{"吴恩达没有加入百度。", nil},
	}
	for _, tt := range tests {
		got := factStrings(x.Extract("t", []byte(tt.text)).Facts)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestPronounGender: once 她 has named a person, 他 does not, and goes on
// naming whom the last 他 named.
func TestPronounGender(t *testing.T) {
	x := New(withBuiltinRules(t, "general.yaml", []byte(generalDict)), Options{})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"李飞飞是斯坦福大学教授。她曾在谷歌工作。李飞飞很忙。吴恩达也在。他鼓励我来百度。他自己之前在百度工作。",
			[]string{"Andrew Ng worksFor Baidu", "Fei-Fei Li worksFor Google", "Fei-Fei Li worksFor Stanford University [教授]"}},
		{"Fei-Fei Li is a professor at Stanford University. She joined Google. Fei-Fei Li left. Andrew Ng spoke. He later joined Baidu.",
			[]string{"Andrew Ng worksFor Baidu", "Fei-Fei Li worksFor Google", "Fei-Fei Li worksFor Stanford University [professor]"}},
	} {
		got := factStrings(x.Extract("t", []byte(tt.text)).Facts)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

const constructionDict = `entities:
  - {name: Jane Roe, type: Person, aliases: [Roe]}
  - {name: John Doe, type: Person, aliases: [Doe]}
  - {name: 张三, type: Person}
  - {name: 李四, type: Person}
  - {name: Acme Robotics, type: Organization, aliases: [Acme]}
  - {name: Beta Labs, type: Organization}
  - {name: 甲公司, type: Organization}
  - {name: 乙大学, type: Organization}
  - {name: Widget OS, type: Project}
  - {name: 星火系统, type: Project}
  - {name: Springfield, type: Place}
  - {name: 杭州, type: Place}
`

// TestConstructions: each construction of the built-in grammar, with
// triggers of several relations, on sentences written for it (names
// invented), and the guards that keep plans and bystanders out.
func TestConstructions(t *testing.T) {
	x := New(withBuiltinRules(t, "c.yaml", []byte(constructionDict)), Options{})
	checkFactCases(t, x, []factCase{
		// en-active, en-passive
		{"Jane Roe established Acme Robotics in 2001.", []string{"Jane Roe founded Acme Robotics"}},
		{"Acme Robotics purchased Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Beta Labs was bought in 2019 by Acme Robotics.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Widget OS, designed by Jane Roe, shipped in 2003.", []string{"Jane Roe authored Widget OS"}},
		{"Jane Roe left Beta Labs and later co-founded Acme Robotics.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Acme Robotics was run by John Doe.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Jane Roe graduated from Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		// en-agent-noun, en-role
		{"Jane Roe, the original creator of Widget OS, retired.", []string{"Jane Roe authored Widget OS"}},
		{"Acme co-founder John Doe spoke.", []string{"John Doe cofounded Acme Robotics"}},
		{"John Doe is an early investor in Acme Robotics.", []string{"John Doe investedIn Acme Robotics"}},
		{"Beta Labs named Jane Roe as its new chief financial officer.", []string{"Jane Roe worksFor Beta Labs [chief financial officer]"}},
		{"Acme's chief engineer, John Doe, left.", []string{"John Doe worksFor Acme Robotics [chief engineer]"}},
		// zh
		{"张三于2001年创办了甲公司。", []string{"张三 founded 甲公司"}},
		{"甲公司由张三和李四联合创立。", []string{"李四 cofounded 甲公司", "张三 cofounded 甲公司"}},
		{"甲公司创始人张三表示。", []string{"张三 founded 甲公司"}},
		{"张三出任甲公司首席技术官。", []string{"张三 worksFor 甲公司 [首席技术官]"}},
		{"张三是乙大学的校友。", []string{"张三 educatedAt 乙大学"}},
		{"甲公司推出了星火系统。", []string{"甲公司 developed 星火系统"}},
		{"张三生于杭州。", []string{"张三 bornIn 杭州"}},
		// guards: plans, a clause with its own subject, the more specific relation
		{"Jane Roe will join Acme Robotics next year.", nil},
		{"Acme Robotics is expected to acquire Beta Labs.", nil},
		{"甲公司即将收购乙大学。", nil},
		{"张三联合创办了甲公司。", []string{"张三 cofounded 甲公司"}},
		{"张三参与开发了星火系统。", []string{"张三 contributedTo 星火系统"}},
	})
}

// TestRelationByTriggers is the README's worked example: a user's relation
// given by its triggers alone gets every built-in construction, in English
// and Chinese.
func TestRelationByTriggers(t *testing.T) {
	user := []byte(`entities:
  - {name: Jane Roe, type: Person}
  - {name: John Doe, type: Person}
  - {name: 张三, type: Person}
  - {name: 李四, type: Person}
relations:
  - name: mentored
    subject: [Person]
    object: [Person]
    triggers:
      verb: [mentored, coached, trained]
      pp: [mentored, coached, trained]
      noun: [mentor, coach]
      zhverb: [指导, 带]
      zhnoun: [导师, 恩师]
`)
	x := New(withBuiltinRules(t, "mentor.yaml", user), Options{})
	for _, text := range []string{
		"Jane Roe mentored John Doe.", "John Doe was coached by Jane Roe.", "Jane Roe, the mentor of John Doe, spoke.",
		"张三指导了李四。", "李四的导师张三来了。", "张三是李四的导师。",
	} {
		var got []string // the built-in advisor rules may fire too
		for _, f := range factStrings(x.Extract("t", []byte(text)).Facts) {
			if strings.Contains(f, " mentored ") {
				got = append(got, f)
			}
		}
		want := "Jane Roe mentored John Doe"
		if strings.ContainsRune(text, '张') {
			want = "张三 mentored 李四"
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: got %q, want %q", text, got, want)
		}
	}
}

// TestWordAcrossName: a name's last character that starts a word with the
// next one (校长, 校友, 院长) is left to that word when the name without
// it is a form of the same entity; elsewhere the longer form stands.
func TestWordAcrossName(t *testing.T) {
	d, err := dict.Load("t.yaml", []byte(`entities:
  - {name: 己大学, type: Organization, aliases: [己大学校]}
  - {name: 庚书院, type: Organization}
  - {name: 张三, type: Person}
`))
	if err != nil {
		t.Fatal(err)
	}
	x := New(d, Options{NoCoref: true})
	for _, tt := range []struct{ text, want string }{
		{"张三任己大学校长。", "张三|己大学"},
		{"张三是己大学校友。", "张三|己大学"},
		{"己大学校成立于1912年。", "己大学校"},
		{"己大学校园很大。", "己大学"},
		{"己大学校址在北京。", "己大学校"},
		{"庚书院长张三。", "庚书院|张三"}, // 庚书 is no form of 庚书院
	} {
		var out []string
		for _, m := range x.Extract("t", []byte(tt.text)).Mentions {
			out = append(out, m.Text)
		}
		if got := strings.Join(out, "|"); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

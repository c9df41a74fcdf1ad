package extract

import (
	"os"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"kg/dict"
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
		{"led en", "Greg Brockman led the OpenAI team.", []string{"Greg Brockman led OpenAI"}},
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

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"他来了。她走了！真的？", []string{"他来了。", "她走了！", "真的？"}},
		{"He said “yes.” Then he left.", []string{"He said “yes.” Then he left."}},
		{"Hinton left. Sutskever stayed.\nNew line", []string{"Hinton left.", "Sutskever stayed.", "New line"}},
		{"Quoc V. Le and Dr. Smith met in 2.0 times", []string{"Quoc V. Le and Dr. Smith met in 2.0 times"}},
		{"  \n\n ", nil},
		{"a\xffb。c", []string{"a\xffb。", "c"}},
		{"说:“你好。”然后", []string{"说:“你好。”", "然后"}},
		{strings.Repeat("abc ", 600), []string{strings.TrimSpace(strings.Repeat("abc ", 512)), strings.TrimSpace(strings.Repeat("abc ", 88))}},
		{strings.Repeat("中", 1000), []string{strings.Repeat("中", 683), strings.Repeat("中", 317)}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range splitSentences([]byte(tt.in)) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCoref(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "surface=Entity" of coref mentions, in order
	}{
		{"narrative he is the focus", "Ilya Sutskever生于俄罗斯。Hinton一开始给Sutskever一个项目。在Hinton的指导下,他设计了AlexNet。",
			[]string{"他=Ilya Sutskever"}},
		{"he after a clause subject", "Sutskever很忙。Hinton讲述了往事,他很高兴。", []string{"他=Geoffrey Hinton"}},
		{"interview turns", "Pieter Abbeel:你为什么研究神经网络?\nIlya Sutskever:我相信它。Hinton说他也相信。\n",
			[]string{"你=Ilya Sutskever", "我=Ilya Sutskever", "他=Geoffrey Hinton"}},
		{"generic you in answers is left alone", "Pieter Abbeel:问题很长很长很长?\nIlya Sutskever:你可以训练它,你知道的,这是很长很长很长的回答。\n", nil},
		{"not a pronoun", "其他人和吉他。", nil},
		{"english he", "Greg Brockman spoke. Sam Altman listened, and he agreed. ", []string{"he=Sam Altman"}},
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

func TestAnaphorStarts(t *testing.T) {
	for _, a := range anaphors {
		if r, n := utf8.DecodeRuneInString(a.text); r >= utf8.RuneSelf && (n != 3 || !cjkAnaphorStart(a.text[:3])) {
			t.Errorf("cjkAnaphorStart misses %q", a.text)
		}
	}
}

// TestMayStartAnaphor checks that the prefilter in resolve never turns
// away an offset at which anaphorAt finds an anaphor, on the article and on
// every anaphor in Latin and Chinese contexts.
func TestMayStartAnaphor(t *testing.T) {
	article, err := os.ReadFile(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	texts := [][]byte{article, []byte("\xff他\xe4\xbb")}
	for _, a := range anaphors {
		texts = append(texts, []byte("x "+a.text+" y"), []byte("的"+a.text+"说"), []byte(strings.ToUpper(a.text)+"."))
	}
	found := 0
	for _, src := range texts {
		d := &document{src: src}
		for i := range src {
			if _, _, ok := d.anaphorAt(i); ok {
				found++
				if !mayStartAnaphor(src, i) {
					t.Errorf("mayStartAnaphor(%q, %d) = false, but anaphorAt finds an anaphor", src[max(0, i-6):min(len(src), i+9)], i)
				}
			}
		}
	}
	if found < len(anaphors)*2 {
		t.Errorf("only %d anaphors found: the test text does not exercise the filter", found)
	}
}

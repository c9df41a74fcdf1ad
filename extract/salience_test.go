package extract

import (
	"slices"
	"strings"
	"testing"
)

// salienceDict names invented people and organizations for the
// coreference tables; Gamma Works is a laboratory only by its nouns.
const salienceDict = `entities:
  - {name: John Smith, type: Person, aliases: [Smith]}
  - {name: Mary Jones, type: Person, aliases: [Jones]}
  - {name: Paul Brown, type: Person, aliases: [Brown]}
  - {name: 陈明, type: Person}
  - {name: 王强, type: Person}
  - {name: 李华, type: Person}
  - {name: Acme, type: Organization}
  - {name: Beta Corp, type: Organization, aliases: [Beta]}
  - {name: Delta University, type: Organization}
  - {name: Gamma Works, type: Organization, nouns: [lab, laboratory, 实验室]}
  - {name: Zeta Systems, type: Organization}
  - {name: 甲公司, type: Organization}
  - {name: 乙公司, type: Organization}
  - {name: 丙大学, type: Organization}
  - {name: 丁研究中心, type: Organization}
  - {name: Springfield, type: Place}
  - {name: Omega Capital, type: Organization}
  - {name: Kappa F.C., type: Organization, aliases: [Kappa]}
  - {name: 戊资本, type: Organization}
  - {name: 星火系统, type: Project}
  - {name: Widget, type: Project}
`

// TestSalience: what each kind of anaphor resolves to, and where two
// candidates are equally salient, that it resolves to nothing. Every text
// is written for the case it names.
func TestSalience(t *testing.T) {
	x := New(withBuiltinRules(t, "salience.yaml", []byte(salienceDict)), Options{})
	tests := []struct {
		name  string
		text  string
		coref []string // "surface=Entity" of the coref mentions, in order
		facts []string // some of the facts, "Subject relation Object"; "-…" one that must not be made
	}{
		// a relative clause with a subject of its own speaks aside
		{"a company named in a relative clause with its own subject is no antecedent over the last sentence's subject",
			"Beta was a new studio. Paul Brown, with whom Smith had worked at Acme, had recently founded the company.",
			[]string{"the company=Beta Corp"}, nil},
		{"named only there, and something else named before, the company is left alone",
			"In 1997 Smith joined Beta. Paul Brown, with whom Smith had worked at Acme, had recently founded the company.",
			nil, nil},
		{"a relative clause on the subject itself keeps its names' rank",
			"Beta was a big firm. Mary Jones, who founded Acme in 2001, sold the company in 2010.",
			[]string{"the company=Acme"}, nil},
		// a paragraph that opens on the company
		{"a paragraph opening on the company with no candidate of its own is about the organisation the document is about",
			"Acme was founded in 1990. Acme makes robots. In 1995 Acme opened a plant.\n\nIn 2000 Smith bought Beta. Smith retired in 2005.\n\nThe company is now led by Paul Brown.",
			[]string{"The company=Acme"}, []string{"Paul Brown led Acme", "-Paul Brown led Beta Corp"}},
		{"with no organisation named three times as often as any other, a paragraph's opening company keeps the salience reading",
			"Acme was founded in 1990. Acme makes robots. Zeta Systems bought a plant.\n\nIn 2000 Smith bought Beta. Smith retired in 2005.\n\nThe company is now led by Paul Brown.",
			[]string{"The company=Beta Corp"}, []string{"-Paul Brown led Acme"}},
		// the former and the latter
		{"the former and the latter are the two named together as the clause's topic, whatever is named between",
			"陈明和王强，前者是甲公司董事长李华的妻子，后者是丙大学教授。",
			[]string{"前者=陈明", "后者=王强"}, []string{"王强 worksFor 丙大学 [教授]"}},
		{"two named inside a clause, with others after them, are no pair; two pairs leave the latter alone",
			"李华、王强发起的甲公司是乙公司的金主之一，后者投资了丙大学。",
			nil, nil},
		{"the pair just named in the sentence comes before the sentence before",
			"陈明和王强创办了丙大学。2010年，甲公司获得乙公司的投资，后者持股20%。",
			[]string{"后者=乙公司"}, nil},
		// nouns of what a company is to another
		{"the division is the organisation the sentence before set up as one, its subject",
			"Beta Corp was set up in 1984 as a division of Acme. The division designed the Widget.",
			[]string{"The division=Beta Corp"}, []string{"Beta Corp developed Widget"}},
		// salience across sentences
		{"he is the last subject, not the main person named long before",
			"Mary Jones founded Acme. Mary Jones hired Smith. Acme grew. Acme moved to Springfield. Paul Brown studied at Delta University. He then joined Beta.",
			[]string{"He=Paul Brown"}, []string{"Paul Brown worksFor Beta Corp"}},
		{"he is not a woman by her given name, though she is the subject",
			"Mary Jones met John Smith in 2001. He later joined Beta.",
			[]string{"He=John Smith"}, []string{"John Smith worksFor Beta Corp"}},
		{"her is not the man he named, and he leaves the one other person of the sentence",
			"John Smith met 王强. He produced the single Widget by singer 陈明 for her album.",
			[]string{"He=John Smith", "her=陈明"}, nil},
		{"two other people of the sentence before it, either of them the one meant, leave her alone",
			"John Smith met 王强. He produced the single Widget by singers 陈明 and 李华 for her album.",
			[]string{"He=John Smith"}, nil},
		{"two people named in the sentence, neither its subject, leave his alone though one is the main person",
			"John Smith founded Acme. Smith ran Acme. The dispute between Paul Brown and Smith was told by writer 王强 in his book Widget.",
			nil, []string{"-John Smith authored Widget"}},
		{"a possessive before the main clause may be its subject's: with someone else before, it is left alone",
			"John Smith founded Acme in 1990. In his book Widget, Paul Brown wrote about the war.",
			nil, []string{"Paul Brown authored Widget", "-John Smith authored Widget"}},
		{"with the same person before, it is that person",
			"John Smith founded Acme in 1990. In his book Widget, Smith wrote about the war.",
			[]string{"his=John Smith"}, []string{"John Smith authored Widget"}},
		{"在…指导下 opens no such phrase: his guidance is someone else's",
			"陈明创办了甲公司。在他的指导下，王强研制了星火系统。",
			[]string{"他=陈明"}, []string{"王强 authored 星火系统"}},
		{"with no one before, it is the main clause's subject",
			"Acme was founded in 1990. During his years at Delta University, Paul Brown designed the Widget.",
			[]string{"his=Paul Brown"}, nil},
		{"在…下 and 与 before names open phrases of someone other than the subject, list members included",
			"王强生于北京。1990年在甲公司做博士后研究，与陈明、李华一起，在丙大学校长指导下从事研究，他和同事们研制了星火系统。",
			[]string{"他=王强"}, []string{"王强 authored 星火系统"}},
		{"a name in a phrase of company before the clause is someone else",
			"John Smith joined Acme. With director Paul Brown, he created Widget.",
			[]string{"he=John Smith"}, nil},
		{"nor is the source a clause is according to",
			"John Smith joined Acme. According to Paul Brown, he later founded Beta.",
			[]string{"he=John Smith"}, []string{"John Smith founded Beta Corp"}},
		{"nor is the one thanks to whom, or under whom, the clause came about",
			"John Smith grew up in Springfield. Thanks to the liberal policy of president Paul Brown, he enrolled at Delta University.",
			[]string{"he=John Smith"}, []string{"John Smith educatedAt Delta University"}},
		{"on someone's advice",
			"John Smith joined Acme. On the advice of Paul Brown, he later founded Beta.",
			[]string{"he=John Smith"}, []string{"John Smith founded Beta Corp"}},
		{"据 before a name says whose account it is",
			"王强加入了甲公司。据陈明介绍，他后来创办了乙公司。",
			[]string{"他=王强"}, []string{"王强 founded 乙公司"}},
		{"but in the pronoun's own clause the name may be the antecedent",
			"Paul Brown met Mary Jones. With Acme behind him, Brown founded Beta.",
			[]string{"him=Paul Brown"}, nil},
		{"a pronoun coordinated with a name is someone else",
			"John Smith joined Acme in 1990 with Paul Brown. He and Brown founded Beta in 1995.",
			[]string{"He=John Smith"}, []string{"John Smith founded Beta Corp", "Paul Brown founded Beta Corp"}},
		{"the same with the name first",
			"John Smith joined Acme in 1990 with Paul Brown. Brown and he founded Beta in 1995.",
			[]string{"he=John Smith"}, []string{"John Smith founded Beta Corp"}},
		{"他和 before a name",
			"陈明和王强于1990年加入甲公司。他和陈明创办了乙公司。",
			[]string{"他=王强"}, []string{"王强 founded 乙公司"}},
		{"she is the subject a woman's given name allows",
			"Mary Jones met John Smith in 2001. She later joined Beta.",
			[]string{"She=Mary Jones"}, []string{"Mary Jones worksFor Beta Corp"}},
		{"女士 after a name says the gender",
			"陈明女士与王强相识多年。他后来加入了乙公司。",
			[]string{"他=王强"}, []string{"王强 worksFor 乙公司"}},
		{"妻子 before a name says the gender",
			"王强和他的妻子李华搬到了北京。她后来加入了乙公司。",
			[]string{"他=王强", "她=李华"}, []string{"李华 worksFor 乙公司"}},
		{"a title before a name says the gender",
			"Mary Jones met Mr. Brown in 2001. He later joined Beta.",
			[]string{"He=Paul Brown"}, []string{"Paul Brown worksFor Beta Corp"}},
		{"with a name as his adviser, his and he are someone else",
			"John Smith was born in 1938.\n\nIn 1963, with Paul Brown as his adviser, he earned a PhD from Delta University.",
			[]string{"his=John Smith", "he=John Smith"}, []string{"John Smith advisor Paul Brown", "John Smith educatedAt Delta University"}},
		{"he is the subject, not the object",
			"After his doctorate, Smith worked at Acme with Paul Brown. He then joined Beta.",
			[]string{"his=John Smith", "He=John Smith"}, []string{"John Smith worksFor Beta Corp"}},
		{"she is the main person, over an object",
			"Mary Jones founded Acme. Jones hired Smith. The firm grew. She then joined Beta.",
			[]string{"The firm=Acme", "She=Mary Jones"}, []string{"Mary Jones worksFor Beta Corp"}},
		{"他 is the subject of the sentence before",
			"李华创立了甲公司。王强毕业于丙大学。他后来加入了乙公司。",
			[]string{"他=王强"}, []string{"王强 worksFor 乙公司"}},
		{"the company’s, with a curly apostrophe, is the company",
			"Acme makes robots. The company’s first product, 星火系统, appeared in 1949.",
			[]string{"The company=Acme"}, []string{"Acme developed 星火系统"}},
		{"the company is the subject of the sentence before",
			"Acme bought Zeta Systems last year. The company then hired Paul Brown.",
			[]string{"The company=Acme"}, nil},
		{"what business news calls a company: the chipmaker, 这家巨头",
			"Acme makes chips. In 2001, the chipmaker acquired Beta Corp. 甲公司发展迅速。2020年，这家巨头收购了乙公司。",
			[]string{"the chipmaker=Acme", "这家巨头=甲公司"}, []string{"Acme acquired Beta Corp", "甲公司 acquired 乙公司"}},
		{"该公司 is the subject of the sentence before",
			"甲公司收购了乙公司。该公司随后聘请了王强。",
			[]string{"该公司=甲公司"}, nil},
		{"after a reporting verb the company is the one reporting",
			"Acme announced that the company had acquired Beta.",
			[]string{"the company=Acme"}, []string{"Acme acquired Beta Corp"}},
		{"表示 names the one reporting",
			"乙公司表示，该公司已收购甲公司。",
			[]string{"该公司=乙公司"}, []string{"乙公司 acquired 甲公司"}},
		{"这家 names the organization just named",
			"王强加入了乙公司，这家只有五个人的创业公司很小。",
			[]string{"这家只有五个人的创业公司=乙公司"}, nil},
		{"a noun phrase for a person with a company in it: the head noun is the mention",
			"王强是一名工程师。这位前甲公司工程师于2015年创立了乙公司。",
			[]string{"工程师=王强"}, []string{"王强 founded 乙公司"}},
		{"the former Acme engineer: words before the noun for a person",
			"Paul Brown is a roboticist. The former Acme engineer founded Beta in 2015.",
			[]string{"engineer=Paul Brown"}, []string{"Paul Brown founded Beta Corp"}},
		{"the British scientist",
			"Paul Brown is a roboticist. The British scientist founded Beta in 2015.",
			[]string{"The British scientist=Paul Brown"}, []string{"Paul Brown founded Beta Corp"}},
		{"no noun phrase for a person ends with a team",
			"Paul Brown is a roboticist. The Acme team founded Beta in 2015.",
			nil, nil},

		// it as an object
		{"it after a verb is the organization named last before it",
			"Mary Jones founded Beta in 1990 and sold it to Acme in 1999.",
			[]string{"it=Beta Corp"}, []string{"Acme acquired Beta Corp", "Mary Jones founded Beta Corp"}},
		{"it is not its own clause's subject",
			"Mary Jones founded Beta in 1990. Acme acquired it in 1999.",
			[]string{"it=Beta Corp"}, []string{"Acme acquired Beta Corp"}},
		{"a noun phrase right before a name that fits it describes the name",
			"Acme grew fast. In 1990 Paul Brown joined the company Beta.",
			nil, []string{"Paul Brown worksFor Beta Corp"}},
		{"it after a conjunction is a subject: the sentence's subject, not the organisation named last",
			"Beta was founded in 1979 by staff of Delta University, and lasted until 1986, when it was bought by Acme.",
			[]string{"it=Beta Corp"}, []string{"Acme acquired Beta Corp"}},
		{"it after and opens a clause of its own",
			"Beta was founded by staff of Delta University in 1979, and it was bought by Acme in 1986.",
			[]string{"it=Beta Corp"}, []string{"Acme acquired Beta Corp"}},
		{"it with two candidates in the sentence before resolves nothing",
			"Mary Jones left Beta to found Zeta Systems. Acme acquired it in 1999.",
			nil, nil},

		{"a news source is no candidate",
			"Acme获悉，乙公司完成了融资。该公司的股东包括甲公司。",
			[]string{"该公司=乙公司"}, []string{"甲公司 investedIn 乙公司"}},

		{"a sentence that names no one continues the subject of the one before",
			"陈明创立了甲公司。陈明聘请了王强。王强毕业于丙大学。后加入乙公司。",
			nil, []string{"王强 worksFor 乙公司"}},

		// its
		{"its is the organization named before it in the sentence",
			"Acme announced that Mary Jones had joined its board.",
			[]string{"its=Acme"}, []string{"Mary Jones worksFor Acme [board]"}},
		{"its before a title and a name",
			"Acme said its chief executive, Mary Jones, would retire.",
			[]string{"its=Acme"}, []string{"Mary Jones led Acme [chief executive]", "Mary Jones worksFor Acme [chief executive]"}},
		{"its with no organization named resolves nothing",
			"Mary Jones sold its shares.",
			nil, nil},

		// the former, the latter
		{"the latter is the second of the two people just named",
			"Smith and Paul Brown met at Acme. The latter later founded Beta.",
			[]string{"The latter=Paul Brown"}, []string{"Paul Brown founded Beta Corp"}},
		{"后者 is the second of two",
			"陈明找来了王强，后者即乙公司的联合创始人。",
			[]string{"后者=王强"}, []string{"王强 cofounded 乙公司"}},
		{"the former with two people and two organizations resolves nothing",
			"Smith and Paul Brown left Acme and Beta. The former later founded Zeta Systems.",
			nil, nil},

		// head nouns
		{"the lab is the organization the dictionary calls a lab",
			"Smith left Acme and Gamma Works early. The lab later hired Paul Brown.",
			[]string{"The lab=Gamma Works"}, nil},
		{"the university is the one named a university",
			"Mary Jones met Smith at Acme and at Delta University. The university later hired her.",
			[]string{"The university=Delta University", "her=Mary Jones"}, nil},
		{"该实验室 by nouns",
			"陈明离开了甲公司和Gamma Works。该实验室后来聘请了王强。",
			[]string{"该实验室=Gamma Works"}, nil},
		{"该校 is the organization named a university",
			"陈明先后在甲公司和丙大学工作。该校后来聘请了王强。",
			[]string{"该校=丙大学"}, nil},
		{"这家中心 is named a center",
			"王强去过甲公司和丁研究中心，这家研究中心很小。",
			[]string{"这家研究中心=丁研究中心"}, nil},
		{"the company is never a university",
			"Smith studied at Delta University. The company grew.",
			nil, nil},
		{"the city is a place",
			"Acme moved to Springfield. The city grew.",
			[]string{"The city=Springfield"}, nil},

		// groups
		{"they after a list of people",
			"John Smith, Mary Jones and Paul Brown met at Delta University. They founded Acme in 2010.",
			[]string{"They=John Smith", "They=Mary Jones", "They=Paul Brown"},
			[]string{"John Smith founded Acme", "Mary Jones founded Acme", "Paul Brown founded Acme"}},
		{"all three",
			"Smith, Jones and Brown studied at Delta University. In 2010, all three founded Acme.",
			[]string{"all three=John Smith", "all three=Mary Jones", "all three=Paul Brown"},
			[]string{"John Smith founded Acme", "Mary Jones founded Acme", "Paul Brown founded Acme"}},
		{"both",
			"Smith and Jones studied at Delta University. Both joined Acme in 2012.",
			[]string{"Both=John Smith", "Both=Mary Jones"},
			[]string{"John Smith worksFor Acme", "Mary Jones worksFor Acme"}},
		{"二人",
			"陈明和王强在丙大学相识。二人后来创立了甲公司。",
			[]string{"二人=陈明", "二人=王强"}, []string{"王强 founded 甲公司", "陈明 founded 甲公司"}},
		{"the two people of one sentence, no list",
			"Smith met Jones at Delta University, and the two founded Acme.",
			[]string{"the two=John Smith", "the two=Mary Jones"}, []string{"John Smith founded Acme", "Mary Jones founded Acme"}},
		{"两人 after a sentence of two people",
			"陈明在丙大学结识了王强，两人后来共同创立了甲公司。",
			[]string{"两人=陈明", "两人=王强"}, []string{"王强 cofounded 甲公司", "陈明 cofounded 甲公司"}},
		{"the two with three people named and no list",
			"Smith met Jones at Delta University, where Brown taught, and the two founded Acme.",
			nil, nil},
		{"三人 after a list of three",
			"陈明、王强和李华都毕业于丙大学。2015年，三人创立了甲公司。",
			[]string{"三人=陈明", "三人=王强", "三人=李华"},
			[]string{"李华 founded 甲公司", "王强 founded 甲公司", "陈明 founded 甲公司"}},
		{"他们 after a list of people",
			"陈明与王强是同学。他们后来创立了乙公司。",
			[]string{"他们=陈明", "他们=王强"}, []string{"王强 founded 乙公司", "陈明 founded 乙公司"}},
		{"这三位 then 他们",
			"陈明、王强和李华都在甲公司工作过。这三位目前仍是朋友，他们共同创立了乙公司。",
			[]string{"这三位=陈明", "这三位=王强", "这三位=李华", "他们=陈明", "他们=王强", "他们=李华"},
			[]string{"李华 cofounded 乙公司", "王强 cofounded 乙公司", "陈明 cofounded 乙公司"}},
		{"they is still an organization",
			"Acme hired many engineers, and they built Zeta Systems.",
			[]string{"they=Acme"}, nil},
		{"他们 after an organization in the same sentence",
			"陈明与王强创立了甲公司，在五年时间里，他们开发了很多产品。",
			[]string{"他们=甲公司"}, nil},
		{"他们 is no organization named inside a clause of the sentence before",
			"陈明与哥哥王强是一对兄弟。而陈明读的也是丙大学少年班，后来成为丁研究中心研究员。后来，他们创立了乙公司。",
			nil, nil},
		{"他们 is an organization that opens the sentence before",
			"甲公司在北京设立了研究院。后来，他们又创立了乙公司。",
			[]string{"他们=甲公司"}, nil},

		// a possessed head and a possessor
		{"the name a possessive pronoun and a noun open is the subject; he is no one's when the main person is its possessor",
			"John Smith founded Acme. His son Paul Brown joined the firm in 1890. He served as its president.",
			[]string{"His=John Smith", "the firm=Acme", "its=Acme"}, []string{"Paul Brown worksFor Acme"}},
		{"a possessor opening a clause is not its subject",
			"Smith's mentor was Brown. He taught at Acme for decades.",
			nil, nil},
		{"他的 and a noun before a name: the name heads the subject",
			"陈明创办了甲公司。他的儿子王强后来加入了乙公司。他担任了乙公司的总经理。",
			[]string{"他=陈明"}, []string{"王强 worksFor 乙公司"}},

		// restraint
		{"he after two people equally salient",
			"Smith and Brown studied at Delta University. He then joined Beta.",
			nil, nil},
		{"他 after two people equally salient",
			"陈明和王强毕业于丙大学。他后来加入了乙公司。",
			nil, nil},
		{"the company after two companies equally salient",
			"Acme and Beta merged last year. The company then hired Paul Brown.",
			nil, nil},
		{"该公司 after two companies equally salient",
			"甲公司与乙公司合并了。该公司随后聘请了王强。",
			nil, nil},
		{"他 is not a later member of a list joined by 、",
			"陈明生于杭州。1942年，他在丁研究中心做研究，与王强、李华一起从事航空研究工作，他和同事们研究火箭。",
			[]string{"他=陈明", "他=陈明"}, nil},
		{"he is the one person named before it in its sentence, wherever he stands",
			"Smith founded Acme. Acme hired Brown after he left Beta Corp.",
			[]string{"he=Paul Brown"}, nil},
		{"他 is the one person named before it in its sentence",
			"陈明创办了甲公司。甲公司聘请了王强，因为他曾在乙公司工作。",
			[]string{"他=王强"}, []string{"王强 worksFor 乙公司"}},
		{"a possessive 他 takes no name of its own clause as the one person named before it",
			"陈明生于杭州。在丙大学读本科时，著名学者王强就成了他的导师。",
			[]string{"他=陈明"}, []string{"陈明 advisor 王强"}},
		{"a name and a caption on a line is no speaker's turn",
			"陈明：视觉团队负责人\n\n陈明2019年加入甲公司。\n\n王强：音频团队负责人\n\n王强毕业于丙大学。\n\n他后来加入了乙公司。",
			[]string{"他=王强"}, []string{"王强 worksFor 乙公司"}},
		{"the company after a sentence whose it was left unresolved",
			"Acme and Beta merged last year. It then bought Zeta Systems. The company later hired Paul Brown.",
			nil, nil},
		{"it after a time phrase opens its clause",
			"Acme grew fast in the 1990s. Later that year it bought Zeta Systems.",
			[]string{"it=Acme"}, []string{"Acme acquired Zeta Systems"}},
		{"two people named as often: no main person to prefer",
			"陈明生于杭州。王强一开始给陈明一个项目。在王强的指导下，他设计了系统。",
			nil, nil},
		{"three people named, two wanted",
			"Smith, Jones and Brown met at Acme. Both then joined Beta.",
			nil, nil},
		{"三人 with no list of three",
			"陈明和王强毕业于丙大学。三人后来创立了乙公司。",
			nil, nil},
		{"the two before a plural noun is no anaphor",
			"Smith and Jones advised Acme and Beta. The two companies merged.",
			nil, nil},
		{"the two",
			"Smith and Jones studied at Delta University. In 2001 the two founded Acme.",
			[]string{"the two=John Smith", "the two=Mary Jones"}, []string{"John Smith founded Acme", "Mary Jones founded Acme"}},
		{"the two men, longest first",
			"Smith and Jones studied at Delta University. In 2001 the two men founded Acme.",
			[]string{"the two men=John Smith", "the two men=Mary Jones"}, []string{"John Smith founded Acme", "Mary Jones founded Acme"}},
		{"the pair",
			"Smith and Jones studied at Delta University. The pair later founded Acme.",
			[]string{"The pair=John Smith", "The pair=Mary Jones"}, []string{"John Smith founded Acme", "Mary Jones founded Acme"}},
		{"俩人",
			"陈明和王强毕业于丙大学。俩人后来创立了乙公司。",
			[]string{"俩人=陈明", "俩人=王强"}, []string{"王强 founded 乙公司", "陈明 founded 乙公司"}},
		{"the fund is an organisation named Capital",
			"Acme hired Smith. Omega Capital was founded in 1990. Jones later joined the fund.",
			[]string{"the fund=Omega Capital"}, []string{"John Smith worksFor Acme", "Mary Jones worksFor Omega Capital"}},
		{"该基金 is an organisation named 资本",
			"甲公司成立于2000年。戊资本成立于2010年。陈明随后加入了该基金。",
			[]string{"该基金=戊资本"}, []string{"陈明 worksFor 戊资本"}},
		{"both before a list is no anaphor",
			"Both Acme and Beta hired Smith.",
			nil, nil},

		// Chinese zero subject after a first clause whose subject is a person
		{"zero subject after 毕业于",
			"陈明毕业于丙大学，后加入甲公司。",
			nil, []string{"陈明 educatedAt 丙大学", "陈明 worksFor 甲公司"}},
		{"zero subject after a time",
			"王强出生于1970年，2001年创办了乙公司。",
			nil, []string{"王强 founded 乙公司"}},
		{"zero subject is the first clause's, not an object's",
			"李华曾在甲公司与陈明共事，后创办了乙公司。",
			nil, []string{"李华 founded 乙公司"}},

		// he in an article about a woman: the man it names most, even
		// far back; none where two men are named as often.
		{"he is the man the document names most when she is the main person",
			"Mary Jones met John Smith at Delta University. Smith was then a student. Smith later left. Mary Jones founded Acme. Jones hired many engineers. Jones grew the firm. She moved to Springfield. She retired in 2010. He joined Beta.",
			[]string{"the firm=Acme", "She=Mary Jones", "She=Mary Jones", "He=John Smith"}, []string{"John Smith worksFor Beta Corp"}},
		{"he is left alone when two men are named as often",
			"Mary Jones met John Smith and Paul Brown at Delta University. Smith and Brown were students. Mary Jones founded Acme. Jones hired many engineers. Jones grew the firm. She moved to Springfield. She retired in 2010. He joined Beta.",
			[]string{"the firm=Acme", "She=Mary Jones", "She=Mary Jones"}, nil},
		// A project right after the demonstrative: "the project", 该项目
		{"该项目 is the project of the sentence before",
			"陈明开发了星火系统。王强后来也参与了该项目。",
			[]string{"该项目=星火系统"}, []string{"王强 contributedTo 星火系统"}},
		{"the project is the project of the sentence before",
			"Mary Jones wrote Widget in 1990. Paul Brown was a member of the project.",
			[]string{"the project=Widget"}, []string{"Paul Brown contributedTo Widget"}},
		{"a project noun after other words is left alone",
			"陈明开发了星火系统。这个方向上的项目很多。",
			nil, nil},
		// People named by what they do: "the physicist", 这位…科学家, 该教授
		{"the physicist is the person of the sentence before",
			"Paul Brown grew up in Springfield. The physicist joined Acme in 1990.",
			[]string{"The physicist=Paul Brown"}, []string{"Paul Brown worksFor Acme"}},
		{"这位80后科学家 is the person of the sentence before",
			"陈明出生于1985年。这位80后科学家后来创办了甲公司。",
			[]string{"这位80后科学家=陈明"}, []string{"陈明 founded 甲公司"}},
		{"a person noun with a complement is left alone",
			"Paul Brown grew up in Springfield. The professor at Delta University joined Acme.",
			nil, nil},
		{"a person noun between two people as salient is left alone",
			"Smith and Brown studied at Delta University. The engineer joined Acme.",
			nil, nil},
		// I inside a quotation attributed to a person, before or after it
		{"我 in a quotation a person introduces",
			"陈明在内部信中写道：“我于2010年加入甲公司。后来我创办了乙公司。”",
			[]string{"我=陈明", "我=陈明"}, []string{"陈明 worksFor 甲公司", "陈明 founded 乙公司"}},
		{"我 in a quotation, the speaker named after it",
			"“我于2010年加入甲公司。”王强说。",
			[]string{"我=王强"}, []string{"王强 worksFor 甲公司"}},
		{"I in a quotation, the speaker named after it",
			"\"I joined Acme in 2010,\" Paul Brown, the chief executive of Beta, said.",
			[]string{"I=Paul Brown"}, []string{"Paul Brown worksFor Acme"}},
		{"I in a quotation, said before the speaker",
			"“I founded Acme in 2010,” said Mary Jones.",
			[]string{"I=Mary Jones"}, []string{"Mary Jones founded Acme"}},
		{"the one spoken to is not the speaker",
			"陈明对王强说：“我创办了乙公司。”",
			[]string{"我=陈明"}, []string{"陈明 founded 乙公司"}},
		{"I in an unattributed quotation is left alone",
			"Acme was busy. \"I joined Acme in 2010.\"",
			nil, nil},
		{"I outside quotation marks is left alone",
			"Paul Brown spoke at Delta University. I joined Acme in 2010.",
			nil, nil},
		{"我国 is no speaker",
			"陈明说：“我国的甲公司发展很快。”",
			nil, nil},
		// our and 本公司: the organization the document names most, outside
		// quotation marks; none where two are named as often.
		{"our is the organization the document speaks for",
			"Acme makes robots. Acme was founded in 1990.\n\nMary Jones has served as our Chief Executive Officer since 2012. Previously, she worked at Beta.",
			[]string{"our=Acme", "she=Mary Jones"}, []string{"Mary Jones led Acme [chief executive officer]", "Mary Jones worksFor Beta Corp"}},
		{"our inside quotation marks is the speaker's",
			"Acme makes robots. Acme was founded in 1990.\n\n\"We love our customers,\" said Paul Brown of Beta.",
			nil, []string{"Paul Brown worksFor Beta Corp"}},
		{"our with no main organization",
			"Acme and Beta make robots.\n\nMary Jones has served as our Chief Executive Officer since 2012.",
			nil, nil},
		{"本公司 in an announcement",
			"甲公司公告。甲公司成立于2001年。\n\n王强自2015年起担任本公司董事长。",
			[]string{"本公司=甲公司"}, []string{"王强 led 甲公司 [董事长]"}},
		// "The club" is an organisation named a club (F.C., 俱乐部).
		{"the club is the club named before, not another organisation",
			"Kappa F.C. was founded in 1892 at Acme's ground.\n\nAs the founder of Kappa, John Smith was the club's first chairman. In the 1970s Paul Brown led the club to titles.",
			[]string{"the club=Kappa F.C.", "the club=Kappa F.C."}, []string{"John Smith led Kappa F.C. [chairman]", "Paul Brown led Kappa F.C."}},
		{"the club with no club named resolves to nothing",
			"Acme was founded in 1892.\n\nJohn Smith was the club's first chairman.",
			nil, nil},
		// A bare 公司 opening a clause before one of the company's titles,
		// or before 由, is the company the text is about; elsewhere it is
		// a common noun.
		{"公司 before a title names the company of the clause before",
			"2013年，成立“甲公司”，公司注册资本5000万元，公司法定代表人及董事长为王强。",
			[]string{"公司=甲公司"}, []string{"王强 led 甲公司 [董事长]"}},
		{"公司 before 由 names the company of the sentence before",
			"甲公司是一家机器人企业。公司由王强和李华于2015年创立。",
			[]string{"公司=甲公司"}, []string{"王强 founded 甲公司", "李华 founded 甲公司"}},
		{"公司 after a verb of taking a post and before a title names the company",
			"2006年9月5日，甲公司宣布，王强已接替李华出任公司新总裁。",
			[]string{"公司=甲公司"}, []string{"王强 led 甲公司 [总裁]"}},
		{"公司 after another verb is a common noun",
			"甲公司是一家机器人企业。王强参观了公司总部。",
			nil, nil},
		{"公司 inside a clause is a common noun",
			"甲公司是一家机器人企业。王强说公司董事长很忙。",
			nil, nil},
		{"公司 before no title is a common noun",
			"甲公司是一家机器人企业。公司注册资本为5000万元。",
			nil, nil},
		// the new company: what was just founded
		{"新公司 is what a verb of founding just took, not the sentence's subject",
			"2008年7月，甲公司宣布成立乙公司，并任命王强担任新公司CEO。",
			[]string{"新公司=乙公司"}, []string{"王强 led 乙公司 [CEO]", "甲公司 founded 乙公司"}},
		{"新公司 after a class noun and a sentence later",
			"甲公司注册成立子公司乙公司。新公司将于2015年开始营运，王强出任新公司CEO。",
			[]string{"新公司=乙公司", "新公司=乙公司"}, []string{"王强 led 乙公司 [CEO]"}},
		{"新公司 after a purchase names nothing",
			"甲公司收购了乙公司，王强出任新公司CEO。",
			nil, nil},
		// 该公司, the company after a clause of founding: the new one.
		{"该公司 after a clause of founding is what was founded, not the founder",
			"1928年9月，甲公司成立乙公司，王强出任该公司总经理。",
			[]string{"该公司=乙公司"}, []string{"甲公司 founded 乙公司", "王强 led 乙公司 [总经理]", "王强 worksFor 乙公司 [总经理]"}},
		{"the company after a clause of founding is what was founded",
			"In 1990 Acme set up Beta, and Smith became the company's president.",
			[]string{"the company=Beta Corp"}, []string{"Acme founded Beta Corp", "John Smith led Beta Corp [president]", "John Smith worksFor Beta Corp [president]"}},
		{"该公司 after a purchase keeps the salience reading: the subject",
			"1928年9月，甲公司收购乙公司，王强出任该公司总经理。",
			[]string{"该公司=甲公司"}, []string{"甲公司 acquired 乙公司", "王强 led 甲公司 [总经理]", "王强 worksFor 甲公司 [总经理]"}},
		{"the new company is the subsidiary just set up",
			"In 2001, Acme set up a subsidiary, Beta, and named Smith president of the new company.",
			[]string{"the new company=Beta Corp"}, []string{"John Smith led Beta Corp [president]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract("t", []byte(tt.text))
			var got []string
			for _, m := range res.Mentions {
				if m.How == Coref {
					got = append(got, m.Text+"="+m.Entity.Name)
					if tt.text[m.Start:m.End] != m.Text {
						t.Errorf("span %d-%d is %q, text %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
					}
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.coref, "|") {
				t.Errorf("coref\n got  %q\n want %q", got, tt.coref)
			}
			facts := factStrings(res.Facts)
			for _, f := range tt.facts {
				if no, ok := strings.CutPrefix(f, "-"); ok {
					if slices.Contains(facts, no) {
						t.Errorf("fact %q made; facts: %q", no, facts)
					}
				} else if !slices.Contains(facts, f) {
					t.Errorf("fact %q missing; facts: %q", f, facts)
				}
			}
		})
	}
}

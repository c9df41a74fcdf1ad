package extract

import (
	"sort"
	"strings"
	"testing"
)

const grammarDict = `entities:
  - {name: Jane Roe, type: Person, aliases: [Roe]}
  - {name: John Doe, type: Person, aliases: [Doe]}
  - {name: Mary Major, type: Person, aliases: [Major]}
  - {name: 张三, type: Person}
  - {name: 李四, type: Person}
  - {name: 王五, type: Person}
  - {name: Acme Robotics, type: Organization, aliases: [Acme]}
  - {name: Beta Labs, type: Organization}
  - {name: Gamma Capital, type: Organization}
  - {name: The Gamma Capital, type: Organization, aliases: [TGC]}
  - {name: Delta Ventures, type: Organization}
  - {name: Delta University, type: Organization}
  - {name: Epsilon, type: Organization, aliases: [Epsilon College]}
  - {name: 甲公司, type: Organization}
  - {name: 乙大学, type: Organization}
  - {name: 丙资本, type: Organization}
  - {name: 丁创投, type: Organization}
  - {name: 戊科技, type: Organization}
  - {name: 戊大学, type: Organization}
  - {name: 己资本, type: Organization}
  - {name: 庚厂, type: Organization}
  - {name: Widget OS, type: Project}
  - {name: Gizmo, type: Project}
  - {name: 星火系统, type: Project}
  - {name: Springfield, type: Place}
  - {name: 中国, type: Place}
  - {name: 美国, type: Place}
  - {name: 华为云, type: Organization}
  - {name: 华为, type: Organization}
  - {name: Zeta Institute, type: Organization}
  - {name: Will Wright, type: Person}
  - {name: 未来资本, type: Organization}
  - {name: Never Let Me Go, type: Project}
  - {name: 辛局, type: Organization}
  - {name: 壬市委, type: Organization}
`

// TestGrammar: constructions and guards of the relation grammar on
// sentences written for them (names invented): funding rounds, relative
// clauses, class nouns before a name, lists after a time phrase, and the
// guards that keep a farther candidate or a possessive out.
func TestGrammar(t *testing.T) {
	x := New(withBuiltinRules(t, "g.yaml", []byte(grammarDict)), Options{})
	checkFactCases(t, x, []factCase{
		// Funding rounds: the company that raises, the funds that invest.
		{"甲公司完成了数亿元B轮融资，由丙资本领投，丁创投跟投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司宣布完成A轮融资，丙资本、丁创投参投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司获得丙资本领投、丁创投跟投的数千万美元投资。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司拿到了丙资本领投的数亿元融资。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本投资了甲公司、戊科技等多家公司。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"Acme Robotics raised $20 million in a Series B round led by Gamma Capital, with participation from Delta Ventures.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics has raised $5 million from Gamma Capital and Delta Ventures.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"The round in Acme Robotics was led by Gamma Capital.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"丙资本计划投资甲公司。", nil},
		{"Acme Robotics raised $10 million from investors including Gamma Capital and Delta Ventures.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics closed a $20 million Series A led by Gamma Capital.", []string{"Gamma Capital investedIn Acme Robotics"}},
		// Investors listed with a slash, as 资方 or 出资方, as 老股东, and
		// joined by 及 to a shareholder's name: no possession there.
		{"甲公司完成B轮融资，投资方为丙资本/丁创投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司获B轮融资，出资方包括丙资本、丁创投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司完成B轮融资，本轮由丙资本领投，丁创投、戊科技等老股东跟投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"甲公司获得B轮融资，丙资本领投，丁创投及老股东戊科技跟投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		// Coordinated founders: an adverb before 与, and what the second
		// is to the first between 和 and the name.
		{"张三曾与李四共同创立甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"张三和大学同学李四创立了甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"甲公司创始人张三、戊科技创始人李四出席了会议。", []string{"张三 founded 甲公司", "李四 founded 戊科技"}},
		{"丙资本独家投资甲公司。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本独家获悉，甲公司完成了B轮融资。", nil},
		{"丙资本已投企业甲公司近日完成B轮融资。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司完成B轮融资，由丙资本领投，老股东丁创投继续加码。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"Gamma Capital led Acme Robotics's Series A.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Gamma Capital owns 20% of Acme Robotics.", []string{"Gamma Capital investedIn Acme Robotics"}},
		// Coordinated titles: the first is the one kept, and the second is
		// a title, not a clause.
		{"Roe served as President and Chief Operating Officer of Acme Robotics from 2001 to 2005.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [chief operating officer]"}},
		{"Roe was president and Doe was chief executive of Acme Robotics.", []string{"John Doe led Acme Robotics [chief executive]", "John Doe worksFor Acme Robotics [chief executive]"}},
		{"Roe is a member of the board of directors of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [board of directors]"}},
		{"In 1990 Roe moved to Acme Robotics, where she became head of research.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"The founding of Acme Robotics by Roe in 1990 changed the field.", []string{"Jane Roe founded Acme Robotics"}},
		{"Roe was also the president of Acme Robotics.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		// The title first, the holder after the copula; not a holder's
		// relative.
		{"The first president of Acme Robotics was Roe.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"The first director of research at Beta Labs was Roe, who stayed there until 1940.", []string{"Jane Roe led Beta Labs [director]", "Jane Roe worksFor Beta Labs [director]"}},
		{"The president of Acme Robotics was Roe's father.", nil},
		// Lists: a member whose name opens with "The", a member's own
		// abbreviation, and a lone comma before a clause.
		{"Roe founded Acme Robotics, The Gamma Capital (TGC) and the Beta Labs (BL), where she serves as CEO.", []string{"Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs", "Jane Roe founded The Gamma Capital"}},
		{"Shortly before its sale to Beta Labs, Acme Robotics released its code and created Gamma Capital.", []string{"Acme Robotics founded Gamma Capital"}},
		{"In 2005, Roe joined Acme Robotics as president of Beta Labs.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs [president]"}},
		// What a person is may stand between the article and the title:
		// nationality, sex, seniority.
		{"Roe was also the third Japanese chairman of Beta Labs.", []string{"Jane Roe led Beta Labs [chairman]", "Jane Roe worksFor Beta Labs [chairman]"}},
		{"Roe, a Japanese engineer at Acme Robotics, said.", []string{"Jane Roe worksFor Acme Robotics [engineer]"}},
		{"Roe was named Acme Robotics's first female chief executive.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Roe is an American physicist, and Doe is a professor at Beta Labs.", []string{"John Doe worksFor Beta Labs [professor]"}},
		// A title several hold: after an indefinite article, before the
		// organisation or the title; plural titles for plural subjects.
		{"Roe, an Acme Robotics director since 2003, said.", []string{"Jane Roe worksFor Acme Robotics [director]"}},
		{"Roe and Doe are independent directors of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [independent director]", "John Doe worksFor Acme Robotics [independent director]"}},
		// Leading in other words: helmed, running, boss, then-CEO.
		{"Roe helmed Acme Robotics until 2001.", []string{"Jane Roe led Acme Robotics"}},
		{"Roe has been running Acme Robotics since 2001.", []string{"Jane Roe led Acme Robotics"}},
		{"Roe, Acme Robotics's boss, said.", []string{"Jane Roe led Acme Robotics [boss]", "Jane Roe worksFor Acme Robotics [boss]"}},
		{"Acme Robotics's then-CEO Roe said.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Acme Robotics chief scientist Roe said.", []string{"Jane Roe worksFor Acme Robotics [chief scientist]"}},
		{"Roe co-founded Acme Robotics.", []string{"Jane Roe cofounded Acme Robotics"}},
		// What an organisation's staff build, it develops; a list after a
		// counted class noun may end in the class's noun.
		{"Acme Robotics engineers designed and operated Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics engineers said Gizmo works.", nil},
		{"甲公司的研发团队开发了星火系统。", []string{"甲公司 developed 星火系统"}},
		{"Acme Robotics developed two deployed weapon systems, the Widget OS and Gizmo missiles.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme Robotics also developed a number of other prototypes, such as the Gizmo system.", []string{"Acme Robotics developed Gizmo"}},
		// A date may open a clause before a pattern's start; a department
		// between the university and 毕业.
		{"2002年从乙大学毕业后，张三加入甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"张三2002年从乙大学计算机系毕业。", []string{"张三 educatedAt 乙大学"}},
		{"张三保送乙大学。", []string{"张三 educatedAt 乙大学"}},
		// 其 + a noun of the relation: the organisation the context gives,
		// unless it gives two.
		{"甲公司发展很快。其创始人张三毕业于乙大学。", []string{"张三 educatedAt 乙大学", "张三 founded 甲公司"}},
		{"甲公司和戊科技合并，其创始人张三表示。", nil},
		// A unit of up to ten characters between the organisation and the
		// title.
		{"时任甲公司自动驾驶事业部总经理的张三创立了戊科技。", []string{"张三 founded 戊科技", "张三 worksFor 甲公司 [总经理]"}},
		// An organisation, or what a person is to it, in parentheses
		// after the person.
		{"Speakers included Roe (Acme Robotics) and Doe (Beta Labs).", []string{"Jane Roe worksFor Acme Robotics", "John Doe worksFor Beta Labs"}},
		{"张三（甲公司创始人）表示。", []string{"张三 founded 甲公司"}},
		{"Roe, from Acme Robotics, said the deal was done.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Gizmo (Acme Robotics) was released.", nil},
		// The perfect.
		{"Roe has written two books, including Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Roe had written Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Roe had written the book Gizmo.", []string{"Jane Roe authored Gizmo"}},
		// The infinitive after a verb that states the act; not after one
		// of wishing.
		{"Roe left Acme Robotics in 2001 to lead Beta Labs.", []string{"Jane Roe led Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"Acme Robotics went on to acquire Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Roe was elected to lead Beta Labs.", []string{"Jane Roe led Beta Labs"}},
		{"Roe hoped to lead Beta Labs.", nil},
		{"Roe went on to purchase Acme Robotics.", nil}, // a person acquires no company
		// A book of the person's, named.
		{"Roe's second book was titled Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Roe's father's book was titled Gizmo.", nil},
		// A list of titled people after an organisation: past a second
		// organisation, the titles are that one's.
		{"甲公司CEO张三、CTO李四和首席科学家王五出席了会议。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]", "李四 worksFor 甲公司 [CTO]", "王五 worksFor 甲公司 [首席科学家]"}},
		{"出席会议的有甲公司CEO张三、戊科技CTO李四。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]", "李四 worksFor 戊科技 [CTO]"}},
		// A singular English title before a list is the first member's;
		// a plural one, everyone's.
		{"Acme Robotics's CEO Roe and Doe attended.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Acme Robotics's directors Roe and Doe attended.", []string{"Jane Roe worksFor Acme Robotics [director]", "John Doe worksFor Acme Robotics [director]"}},
		{"Acme Robotics's boss Roe and Doe attended.", []string{"Jane Roe led Acme Robotics [boss]", "Jane Roe worksFor Acme Robotics [boss]"}}, // boss is no plural
		// Attempts, refusals, hopes and rumours state no fact.
		{"Acme Robotics tried to acquire Beta Labs.", nil},
		{"Roe declined to join Acme Robotics.", nil},
		{"Roe hoped to join Acme Robotics.", nil},
		{"甲公司有望收购戊科技。", nil},
		{"张三差点加入甲公司。", nil},
		{"Roe spent nearly 20 years at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// hosts, a relation given by its triggers: the constructions come
		// with them.
		{"Roe is the host of Gizmo.", []string{"Jane Roe hosts Gizmo"}},
		{"Gizmo is hosted by Roe and Doe.", []string{"Jane Roe hosts Gizmo", "John Doe hosts Gizmo"}},
		{"星火系统的联合主持人张三说。", []string{"张三 hosts 星火系统"}},
		{"Acme Robotics hosted Gizmo.", nil}, // an organisation hosts nothing here
		// Advisors in Chinese: following one for a degree, taking one as
		// teacher, one who guides a thesis.
		{"张三跟随李四攻读博士学位。", []string{"张三 advisor 李四"}},
		{"张三拜李四为师。", []string{"张三 advisor 李四"}},
		{"李四指导张三完成了博士论文。", []string{"张三 advisor 李四"}},
		// A unit named through the organisation's possessive.
		{"Roe, who leads Acme Robotics's robotics team, said.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe is a principal engineer on Acme Robotics's cloud team.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe served as Acme Robotics's chief of staff.", []string{"Jane Roe worksFor Acme Robotics [chief of staff]"}},
		// Taking part in a project.
		{"Roe was involved in the development of Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe played a key role in the development of Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe joined the Gizmo project in 1990.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe was one of the original authors of Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"张三曾是甲公司的一员。", []string{"张三 worksFor 甲公司"}},
		{"张三作为甲公司代表出席了会议。", []string{"张三 worksFor 甲公司"}},
		{"张三推动建立了甲公司。", nil}, // helping to found is not founding
		// Works in Chinese: 首创, 出版, 编著, 张三的著作《X》.
		{"张三出版了《星火系统》一书。", []string{"张三 authored 星火系统"}},
		{"张三的代表作《星火系统》。", []string{"张三 authored 星火系统"}},
		{"张三的书架上有《星火系统》。", nil},
		{"Roe holds a joint appointment at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe is affiliated with Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe practices law at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// Co-agents between commas after a clause's subject; not members
		// of a described list.
		{"Roe, along with Doe, co-founded Acme Robotics.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Beta Labs students Roe and Doe, along with Major, built Gizmo.", []string{"Jane Roe authored Gizmo", "Jane Roe educatedAt Beta Labs", "John Doe authored Gizmo", "John Doe educatedAt Beta Labs", "Mary Major authored Gizmo"}},
		// What someone says has a subject of its own.
		{"Roe said Acme Robotics founded Beta Labs.", []string{"Acme Robotics founded Beta Labs"}},
		{"张三表示，甲公司创立了戊科技。", []string{"甲公司 founded 戊科技"}},
		{"In 1946, Roe and Doe founded the company that became Acme Robotics.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"Roe founded what would become Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		{"Roe incorporated Acme Robotics in 1990.", []string{"Jane Roe founded Acme Robotics"}},
		{"张三等人于2010年联合创立了甲公司。", []string{"张三 cofounded 甲公司"}},
		// A biography's clauses: a list of titles after the organisation,
		// a post held earlier, a degree taken abroad.
		{"张三，甲公司创始人、董事长兼首席执行官。", []string{"张三 founded 甲公司", "张三 led 甲公司 [首席执行官]", "张三 worksFor 甲公司 [首席执行官]"}},
		{"李四现任甲公司首席医学官，此前曾在华为担任高级总监。", []string{"李四 worksFor 华为 [高级总监]", "李四 worksFor 甲公司 [首席医学官]"}},
		{"张三高中毕业后赴美深造，获得乙大学生物化学博士学位。", []string{"张三 educatedAt 乙大学"}},
		{"Beta Labs, which Roe co-founded with Doe, grew.", []string{"Jane Roe cofounded Beta Labs", "John Doe cofounded Beta Labs"}},
		{"Acme Robotics, under Roe, expanded into Asia.", []string{"Jane Roe led Acme Robotics"}},
		{"Roe assumed leadership of Acme Robotics.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		{"Roe took the top job at Acme Robotics.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		{"Acme Robotics's $2 billion takeover of Beta Labs closed.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme Robotics's proposed $2 billion takeover of Beta Labs collapsed.", nil},
		{"张三毕业于乙大学，是甲公司的联合创始人。", []string{"张三 cofounded 甲公司", "张三 educatedAt 乙大学"}},
		{"张三曾担任甲公司首席架构师，是星火系统首位成员。", []string{"张三 contributedTo 星火系统", "张三 worksFor 甲公司 [首席架构师]"}},
		// A second predicate of the subject: "and is the co-founder of X",
		// "and later became an investor in X".
		{"Roe studied at Beta Labs and is the co-founder of Acme Robotics.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe educatedAt Beta Labs"}},
		{"Roe grew up in Springfield and later became an investor in Acme Robotics.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"Roe left Acme Robotics in 2001 and is now a partner at Gamma Capital.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Gamma Capital [partner]"}},
		{"Roe met Doe, and Doe is the founder of Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		{"Roe joined Acme Robotics in 1990 and would later become its president.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		// Fronted descriptions of the subject.
		{"Having worked at Acme Robotics for a decade, Roe founded Beta Labs.", []string{"Jane Roe founded Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"A former Acme Robotics engineer, Roe founded Beta Labs.", []string{"Jane Roe founded Beta Labs", "Jane Roe worksFor Acme Robotics [engineer]"}},
		{"An Acme Robotics director, Roe said.", []string{"Jane Roe worksFor Acme Robotics [director]"}},
		// A raw pattern that opens with its subject and a verb also reads
		// a second verb of that subject.
		{"Roe retired in 2001 and served on the board of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [board]"}},
		{"Roe moved to Springfield and took a job at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe met Doe and took a job at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// Employment named by its time there.
		{"Roe rose through the ranks at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"During her long tenure at Beta Labs, Roe built Gizmo.", []string{"Jane Roe authored Gizmo", "Jane Roe worksFor Beta Labs"}},
		{"During her years at Beta Labs, Roe met Doe.", nil},
		// The head of a unit works for the organisation and leads only
		// the unit; "with" ties an analyst to a firm.
		{"Roe, Acme Robotics's head of research, said.", []string{"Jane Roe worksFor Acme Robotics [head]"}},
		{"Acme Robotics's new head of AI, Roe, said.", []string{"Jane Roe worksFor Acme Robotics [head]"}},
		{"Roe, Acme Robotics's head, said.", []string{"Jane Roe led Acme Robotics [head]", "Jane Roe worksFor Acme Robotics [head]"}},
		{"Roe, an analyst with Gamma Capital, said.", []string{"Jane Roe worksFor Gamma Capital [analyst]"}},
		// A deputy works for the organisation under the whole title, and
		// leads nothing.
		{"Roe worked as a clergyman and as the associate superintendent of Beta Labs.", []string{"Jane Roe worksFor Beta Labs [associate superintendent]"}},
		// "X, where Y worked": the relative clause of a place.
		{"Acme Robotics, where Roe worked for ten years, grew fast.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe moved to Beta Labs, where she studied physics.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Acme Robotics, where Roe's father worked, grew fast.", nil},
		{"Roe is credited with founding Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		// A passive participle in parentheses, and a portfolio company.
		{"Acme Robotics (acquired by Beta Labs in 2001) grew.", []string{"Beta Labs acquired Acme Robotics"}},
		{"Acme Robotics (backed by Gamma Capital) raised more.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics, a Gamma Capital portfolio company, raised more.", []string{"Gamma Capital investedIn Acme Robotics"}},
		// A partner after "with", past a class noun before the object.
		{"Roe co-authored the 1991 book Gizmo with politician Doe.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"Roe wrote the book Gizmo with a pen.", []string{"Jane Roe authored Gizmo"}},
		// Other fields: clubs, hospitals, books.
		{"Roe played for Acme Robotics from 2001 to 2005.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe signed with Beta Labs in 2010.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe signed with a pen.", nil},
		{"Roe is an attending physician at Beta Labs.", []string{"Jane Roe worksFor Beta Labs [attending physician]"}},
		{"Gizmo is a 1999 novel by Roe.", []string{"Jane Roe authored Gizmo"}},
		{"张三，甲公司主任医师。", []string{"张三 worksFor 甲公司 [主任医师]"}},
		{"张三是戊科技的产品经理。", []string{"张三 worksFor 戊科技 [产品经理]"}},
		// Academia and the news convention "Name, of Organisation, said".
		{"Roe was a research associate at Beta Labs.", []string{"Jane Roe worksFor Beta Labs [research associate]"}},
		{"Roe received tenure at Beta Labs in 1995.", []string{"Jane Roe worksFor Beta Labs"}},
		{"\"It works,\" said Roe, of Acme Robotics, on Monday.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe is a Beta Labs graduate.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Doe supervised Roe's thesis at Beta Labs.", []string{"Jane Roe advisor John Doe"}},
		// Elected, appointed, succeeding: the one succeeded is no subject.
		{"张三当选乙大学校长。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		{"张三接替李四出任甲公司CEO。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"张三在乙大学执教多年。", []string{"张三 worksFor 乙大学"}},
		// ", and then" continues a long first clause's subject.
		{"Roe earned a Ph.D. from Beta Labs, where her thesis on speech recognition won an award, and then joined Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"Roe earned a Ph.D. from Beta Labs, where her thesis on speech recognition impressed Doe, and Doe then joined Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "John Doe worksFor Acme Robotics"}},
		// Degrees, however written, and the school that gave them.
		{"Roe received her B.A. from Acme Robotics and her J.D. from Beta Labs.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe educatedAt Beta Labs"}},
		{"Roe graduated with a degree in computer science from Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe earned both her undergraduate and graduate degrees at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe was awarded a Ph.D. in physics by Beta Labs in 1990.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe (M.Sc., Beta Labs) joined Acme Robotics in 2001.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		// A list keeps its members past names the dictionary does not
		// know; a Chinese comma joins clauses, not names.
		{"甲公司的投资方包括丙资本、吉林省国有资本、丁创投和戊科技等十余家机构。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"2020年，甲公司获得丙资本、某某基金、丁创投等机构的投资。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"Acme Robotics raised money from Gamma Capital, Foo Bar Partners, Baz Fund and Delta Ventures.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics was founded by Roe, Mary Smith and Doe.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"戊科技，刚刚完成B轮融资，投资方包括丙资本、丁创投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		// A Chinese relative clause before its head: the verb's agent is
		// the name after 的.
		{"曾投资甲公司的丙资本近日又领投了戊科技。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"创办了戊科技的张三今天发言。", []string{"张三 founded 戊科技"}},
		{"投资甲公司的回报让丙资本很满意。", nil},
		// Funding nouns with a modifier, or after a round.
		{"甲公司引入了丙资本、丁创投等战略投资者。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司本轮融资的投资方为丙资本和丁创投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司的早期投资人包括丙资本。", []string{"丙资本 investedIn 甲公司"}},
		// A unit's name between the organisation and the title.
		{"甲公司人工智能实验室主任张三出席。", []string{"张三 worksFor 甲公司 [主任]"}},
		// Degrees in apposition and before 毕业.
		{"张三，乙大学博士，曾任甲公司总监。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司 [总监]"}},
		{"乙大学博士毕业的张三加入了甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"张三乙大学硕士毕业后加入甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"张三在乙大学完成本科学业。", []string{"张三 educatedAt 乙大学"}},
		// Posts held, said without a title.
		{"张三曾任职甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三曾在甲公司担任多个要职。", []string{"张三 worksFor 甲公司"}},
		{"作为甲公司的第一批员工，张三见证了它的成长。", []string{"张三 worksFor 甲公司 [员工]"}},
		{"作为甲公司的创始人之一，张三参与了早期融资。", []string{"张三 founded 甲公司"}},
		// Leaving one organisation to found another; a later clause's
		// own subject is no gap's filler.
		{"张三2018年离开甲公司创立戊科技，获丙资本天使投资。", []string{"丙资本 investedIn 戊科技", "张三 founded 戊科技", "张三 worksFor 甲公司"}},
		{"张三离开甲公司，李四随后创立了戊科技。", []string{"张三 worksFor 甲公司", "李四 founded 戊科技"}},
		// A list member's own descriptor, up to a noun of its kind.
		{"丙资本相继投资了芯片公司甲公司和测试工具供应商戊科技。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"甲公司的投资方阵容豪华：丙资本、丁创投、戊科技。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"丙资本在甲公司天使轮时就已入局。", []string{"丙资本 investedIn 甲公司"}},
		// Acquisitions said with an idiom; a share bought is no company.
		{"戊科技后来被甲公司以5亿美元收入囊中。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司将戊科技收入麾下。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司用5亿美元将戊科技7%的股份收入囊中。", nil},
		{"Acme Robotics plans to acquire Beta Labs.", nil},
		{"戊科技（由张三于2015年创办）近日完成融资。", []string{"张三 founded 戊科技"}},
		// Investors in parentheses after the round, or a fund's own.
		{"甲公司已完成三轮融资（投资方包括丙资本、丁创投）。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司已获多家机构投资（丙资本、丁创投等）。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"丙资本（甲公司的投资方）表示看好。", []string{"丙资本 investedIn 甲公司"}},
		// Respectively: members paired by their place in the lists, or,
		// where the lists differ in length, no pair at all.
		{"丙资本和丁创投分别投资了甲公司和戊科技。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"丙资本和丁创投分别投资了甲公司、戊科技和乙大学。", nil},
		{"张三和李四分别加入了甲公司。", []string{"张三 worksFor 甲公司", "李四 worksFor 甲公司"}},
		// An apposition after a parenthesis, and a quote closed after
		// the apposition's comma (American style).
		{"Jane Roe (born 1950), the daughter of a farmer, joined Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{`Jane Roe (1927–1990), nicknamed "the Mayor," was a physicist who co-founded Acme Robotics in 1957 and Beta Labs in 1968.`, []string{"Jane Roe cofounded Acme Robotics", "Jane Roe cofounded Beta Labs"}},
		// A later member's own descriptor: lower-case words in English,
		// up to twenty Han characters ending in a noun of its kind.
		{"Acme Robotics bought Beta Labs in 1984 and French robot maker Gamma Capital in 1987.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Gamma Capital"}},
		{"In 1972 Acme Robotics launched Gizmo, followed by Widget OS in 1976.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"丙资本相继投资了芯片公司甲公司和国产芯片测试研发协同流程化工具供应商戊科技。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		// The second of two nouns in apposition or after the copula.
		{"Jane Roe, a director of Acme Robotics and an early investor in Beta Labs, said it.", []string{"Jane Roe investedIn Beta Labs", "Jane Roe worksFor Acme Robotics [director]"}},
		{"Jane Roe, a professor at Beta Labs and co-founder of Acme Robotics, said it.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe worksFor Beta Labs [professor]"}},
		{"Jane Roe met a friend of John Doe and the founder of Acme Robotics.", nil},
		// Coordinated verbs share their object.
		{"Jane Roe founded and directed Beta Labs.", []string{"Jane Roe founded Beta Labs", "Jane Roe led Beta Labs"}},
		{"Jane Roe invested in and advised Beta Labs.", []string{"Jane Roe investedIn Beta Labs"}},
		// Leading a project's development (主导, 牵头); a person's team,
		// lab or students act for the person, but not a title before
		// another name.
		{"张三主导了星火系统的开发。", []string{"张三 led 星火系统"}},
		{"张三牵头研制了星火系统。", []string{"张三 authored 星火系统", "张三 led 星火系统"}},
		{"张三的团队推出了星火系统。", []string{"张三 authored 星火系统"}},
		{"由张三团队研发的星火系统已经开源。", []string{"张三 authored 星火系统"}},
		{"Jane Roe's lab built Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Gizmo, developed by Jane Roe's group, is popular.", []string{"Jane Roe authored Gizmo"}},
		{"Jane Roe's father founded Acme Robotics.", nil},
		{"Jane Roe's students John Doe and Mary Major founded Acme Robotics.", []string{"John Doe advisor Jane Roe", "John Doe founded Acme Robotics", "Mary Major advisor Jane Roe", "Mary Major founded Acme Robotics"}},
		{"张三的学生李四创办了甲公司。", []string{"李四 advisor 张三", "李四 founded 甲公司"}},
		// What a company's people make, the company makes; not what they
		// found.
		{"Gizmo, developed by Acme Robotics's engineers, is popular.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics's researchers founded Beta Labs.", nil},
		{"Jane Roe's students founded Acme Robotics.", nil},
		{"张三的学生创办了甲公司。", nil},
		// Shareholders in a prospectus's words, and a round named again
		// under a title line.
		{"丙资本、丁创投分别持有甲公司10%、8%的股份。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司前十大股东中，丙资本持股10%。", []string{"丙资本 investedIn 甲公司"}},
		{"截至目前，丙资本仍持有甲公司约5%的股份。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本通过旗下基金持有甲公司5%股份。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司的A轮融资吸引了丙资本和丁创投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司完成B轮融资\n本轮融资由丙资本领投，丁创投跟投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司完成B轮融资。\n本轮融资由丙资本领投，丁创投跟投。", nil},
		// Board appointments a company announces, and an object named
		// right after a pattern that would take it from context.
		{"Acme Robotics announced that Jane Roe and John Doe have been appointed to the board.", []string{"Jane Roe worksFor Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Acme Robotics said Jane Roe was elected to the board of Beta Labs.", []string{"Jane Roe worksFor Beta Labs [board]"}},
		// Leading named by a noun: leadership, tenure; the perfect in a
		// relative clause; "at the time" before a title.
		{"Jane Roe, who has run Acme Robotics since 2001, said it.", []string{"Jane Roe led Acme Robotics"}},
		{"Acme Robotics, under Jane Roe's leadership, grew fast.", []string{"Jane Roe led Acme Robotics"}},
		{"Jane Roe's leadership of Acme Robotics ended in 2001.", []string{"Jane Roe led Acme Robotics"}},
		{"During Jane Roe's tenure as CEO, Acme Robotics grew.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Jane Roe, at the time president of Acme Robotics, said it.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		// A list member described by an organisation and a title.
		{"张三和前华为同事李四一起创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// Where a person comes from: 出身, 出自, 老兵; doing the work there.
		{"张三出身华为。", []string{"张三 worksFor 华为"}},
		{"张三早年在华为做研发。", []string{"张三 worksFor 华为"}},
		{"华为老兵张三创办了甲公司。", []string{"张三 founded 甲公司", "张三 worksFor 华为 [老兵]"}},
		{"张三晋升为华为云总裁。", []string{"张三 led 华为云 [总裁]", "张三 worksFor 华为云 [总裁]"}},
		{"张三被调往华为云。", []string{"张三 worksFor 华为云"}},
		{"丙资本参与了甲公司的增资扩股。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本对甲公司增资1亿元。", []string{"丙资本 investedIn 甲公司"}},
		{"张三对星火系统的发展做出了重要贡献。", []string{"张三 contributedTo 星火系统"}},
		// Work on a project with others, in its team, on a part of it.
		{"张三与团队共同研发了星火系统。", []string{"张三 contributedTo 星火系统"}},
		{"张三曾在星火系统团队工作。", []string{"张三 contributedTo 星火系统"}},
		{"张三负责星火系统中的算法部分。", []string{"张三 contributedTo 星火系统"}},
		{"张三为星火系统编写了大量代码。", []string{"张三 contributedTo 星火系统"}},
		{"张三与李四共同开发了星火系统。", []string{"张三 authored 星火系统", "李四 authored 星火系统"}},
		{"Jane Roe was among the contributors to Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Jane Roe was on the team that developed Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		// A founder named by "whose", a joint venture's parents, and an
		// agent noun someone is regarded as.
		{"Acme Robotics, whose founder Jane Roe died in 2001, makes robots.", []string{"Jane Roe founded Acme Robotics"}},
		{"Acme Robotics was founded in 1990 as a joint venture of Beta Labs and Gamma Capital.", []string{"Beta Labs founded Acme Robotics", "Gamma Capital founded Acme Robotics"}},
		{"Jane Roe is widely regarded as the father of Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Jane Roe founded a venture firm called Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		{"Acme Robotics acquired a small startup named Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		// The round's investors named after it in other words.
		{"甲公司完成B轮融资，参与本轮融资的还有丙资本、丁创投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司完成B轮融资，参投机构包括丙资本。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司近日完成了一轮融资，丙资本是领投方。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司宣布完成B轮融资，中国的丙资本和美国的丁创投共同领投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		// A résumé's degree clause; a postdoc is work.
		{"张三，男，1970年生，乙大学博士，曾任甲公司总裁。", []string{"张三 educatedAt 乙大学", "张三 led 甲公司 [总裁]", "张三 worksFor 甲公司 [总裁]"}},
		{"张三，乙大学博士后，现任甲公司CTO。", []string{"张三 worksFor 乙大学 [博士后]", "张三 worksFor 甲公司 [CTO]"}},
		{"张三以华为云总裁的身份出席了会议。", []string{"张三 led 华为云 [总裁]", "张三 worksFor 华为云 [总裁]"}},
		// Taking over and running the whole of a company is leading it.
		{"张三入主甲公司。", []string{"张三 led 甲公司"}},
		{"张三负责甲公司的全面工作。", []string{"张三 led 甲公司"}},
		{"甲公司接管了戊科技。", nil},
		// A company's product: 旗下, 自研, 出自…之手, its developer named.
		{"甲公司旗下的星火系统很受欢迎。", []string{"甲公司 developed 星火系统"}},
		{"星火系统出自甲公司之手。", []string{"甲公司 developed 星火系统"}},
		{"星火系统的开发商是甲公司。", []string{"甲公司 developed 星火系统"}},
		{"甲公司旗下的丁创投投资了戊科技。", []string{"丁创投 investedIn 戊科技"}},
		// A bare title after a comma: the company the sentence named.
		{"甲公司于11月4日发布内部邮件，CEO 张三亲自听取汇报。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"甲公司与戊科技达成合作，CEO张三表示很高兴。", nil},
		{"甲公司收购了戊科技，CEO张三表示很高兴。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]", "甲公司 acquired 戊科技"}},
		// A project or company followed by a noun for its people is a
		// modifier: 星火系统同学 are people, not the project.
		{"据乙大学的星火系统同学说，邮筒经常满了。", nil},
		// A name a preposition in the gap governs is not the verb's
		// object: heading research at Acme is not heading Acme.
		{"Jane Roe, who heads research at Acme Robotics, said it.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe oversees research at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe led the development of Gizmo.", []string{"Jane Roe led Gizmo"}},
		{"Jane Roe is the editor-in-chief of Acme Robotics.", []string{"Jane Roe led Acme Robotics [editor-in-chief]", "Jane Roe worksFor Acme Robotics [editor-in-chief]"}},
		// Plans, attempts and abandoned deals state nothing.
		{"张三曾考虑加入甲公司。", nil},
		{"甲公司收购戊科技的计划失败了。", nil},
		{"甲公司放弃收购戊科技。", nil},
		{"甲公司收购戊科技的交易已经完成。", []string{"甲公司 acquired 戊科技"}},
		{"Acme Robotics was in talks to acquire Beta Labs.", nil},
		{"Acme Robotics's bid to acquire Beta Labs failed.", nil},
		// Money for a company, an investment made, and a Chinese
		// descriptor before a name inside a pattern.
		{"甲公司获得了知名天使投资人张三的投资。", []string{"张三 investedIn 甲公司"}},
		{"张三为甲公司提供了种子资金。", []string{"张三 investedIn 甲公司"}},
		{"Jane Roe made an early investment in Acme Robotics.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"Jane Roe provided seed funding for Acme Robotics.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"张三与连续创业者李四共同创立了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// A descriptor ending in a noun for a person; 由 before it makes
		// the person an agent, not a title holder at the object.
		{"甲公司由华人科学家张三创办。", []string{"张三 founded 甲公司"}},
		{"张三与斯坦福校友李四共同创立了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"甲公司的新一轮融资由中国的丙资本领投。", []string{"丙资本 investedIn 甲公司"}},
		{"此外，这个班还出了甲公司的CEO张三，戊科技COO李四。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]", "李四 worksFor 戊科技 [COO]"}},
		{"Acme Robotics's Jane Roe built Gizmo.", []string{"Jane Roe authored Gizmo", "Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe jumped ship to Beta Labs in 2001.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Jane Roe got a job with Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe consulted for Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe served in various capacities at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Jane Roe brings more than 20 years of experience at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe and Doe founded Acme Robotics and Beta Labs, respectively.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Beta Labs"}},
		{"丙资本和丁创投都投资了甲公司和戊科技。", []string{"丁创投 investedIn 戊科技", "丁创投 investedIn 甲公司", "丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		// After a Chinese comma a name that a verb follows opens a clause:
		// it is no object of the verb before.
		{"丙资本投资了甲公司，丁创投投资了戊科技。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"丙资本投资了甲公司，戊科技，丁创投则投资了乙大学。", []string{"丁创投 investedIn 乙大学", "丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		// The round named again in the next sentence of the paragraph: the
		// company is the subject of the sentence before.
		{"戊科技宣布完成数千万元天使轮融资。本轮融资由丙资本领投，丁创投跟投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"36氪获悉，戊科技已于近日完成A轮融资。投资方为丙资本、丁创投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"Acme Robotics raised $5 million in seed funding. The round was led by Gamma Capital, with participation from Delta Ventures.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics has raised $12 million. Gamma Capital led the round.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics raised $12 million. Existing investors Gamma Capital and Delta Ventures also participated.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics raised $12 million.\n\nThe round was led by Gamma Capital.", nil}, // another paragraph
		{"本轮融资由丙资本领投，丁创投跟投。公司早前曾获戊科技投资。", nil},                                            // the sentence before has no subject
		// Chinese careers: internships, where a career began, posts
		// without a title, a unit's head.
		{"张三曾在甲公司实习。", []string{"张三 worksFor 甲公司"}},
		{"张三的职业生涯始于甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三曾在甲公司和戊科技担任要职。", []string{"张三 worksFor 戊科技", "张三 worksFor 甲公司"}},
		{"张三拥有乙大学博士学位，曾任甲公司研究院院长。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司 [院长]"}},
		// Founding teams, founding members, taking part in a founding; a
		// name a verb governs is no subject.
		{"张三离开甲公司后创立了戊科技。", []string{"张三 founded 戊科技", "张三 worksFor 甲公司"}},
		{"张三在乙大学获得博士学位后，加入了甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"张三参与创办了戊科技。", []string{"张三 cofounded 戊科技"}},
		{"张三作为联合创始人加入戊科技。", []string{"张三 cofounded 戊科技", "张三 worksFor 戊科技"}},
		{"戊科技的创始团队包括张三和李四。", []string{"张三 cofounded 戊科技", "李四 cofounded 戊科技"}},
		{"张三是戊科技的创始成员之一。", []string{"张三 cofounded 戊科技"}},
		// Refusing is no joining.
		{"张三拒绝加入甲公司。", nil},
		{"张三拒绝了乙大学的邀请，加入了甲公司。", []string{"张三 worksFor 甲公司"}},
		// A clause that opens with a verb is no apposition.
		{"张三接棒李四，成为甲公司CEO。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"李四，美国甲公司CEO，表示。", []string{"李四 led 甲公司 [CEO]", "李四 worksFor 甲公司 [CEO]"}},
		// Chinese schooling and the posts that follow it.
		{"从乙大学毕业后，张三加入了甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"张三毕业于乙大学，毕业后留校任教。", []string{"张三 educatedAt 乙大学", "张三 worksFor 乙大学"}},
		{"张三曾赴乙大学访学。", []string{"张三 worksFor 乙大学"}},
		{"张三被乙大学录取。", []string{"张三 educatedAt 乙大学"}},
		{"张三被甲公司录用。", []string{"张三 worksFor 甲公司"}},
		// Where a founder worked before.
		{"来自甲公司的张三创办了戊科技。", []string{"张三 founded 戊科技", "张三 worksFor 甲公司"}},
		{"出身甲公司的张三于2018年创立戊科技。", []string{"张三 founded 戊科技", "张三 worksFor 甲公司"}},
		{"从甲公司离职后，张三创立了戊科技。", []string{"张三 founded 戊科技", "张三 worksFor 甲公司"}},
		{"戊科技由前甲公司高管张三、李四联合创立。", []string{"张三 cofounded 戊科技", "张三 worksFor 甲公司 [高管]", "李四 cofounded 戊科技", "李四 worksFor 甲公司 [高管]"}},
		// A student noun that is the head of a longer word (博士生导师).
		{"李四是张三的博士生导师。", []string{"张三 advisor 李四"}},
		{"张三是李四的博士生，研究机器学习。", []string{"张三 advisor 李四"}},
		// Members of a project's team contribute to it.
		{"张三是星火系统项目的核心成员。", []string{"张三 contributedTo 星火系统"}},
		{"张三加入星火系统项目组。", []string{"张三 contributedTo 星火系统"}},
		{"张三在星火系统项目中负责算法设计。", []string{"张三 contributedTo 星火系统"}},
		{"张三为星火系统贡献了大量代码。", []string{"张三 contributedTo 星火系统"}},
		{"张三所在的团队开发了星火系统。", []string{"张三 contributedTo 星火系统"}},
		{"星火系统的研发团队由张三领导。", []string{"张三 led 星火系统"}},
		{"星火系统的主要研发者包括张三和李四。", []string{"张三 contributedTo 星火系统", "李四 contributedTo 星火系统"}},
		{"Jane Roe was a member of the Widget OS team.", []string{"Jane Roe contributedTo Widget OS"}},
		{"Jane Roe was one of the developers of Widget OS.", []string{"Jane Roe contributedTo Widget OS"}},
		{"Jane Roe contributed code to Widget OS.", []string{"Jane Roe contributedTo Widget OS"}},
		// 主持 hosts a programme but leads a development.
		{"张三主持研制了星火系统。", []string{"张三 authored 星火系统", "张三 led 星火系统"}},
		{"在张三主持的星火系统节目中，李四分享了经历。", []string{"张三 hosts 星火系统"}},
		{"张三是星火系统的主要贡献者之一。", []string{"张三 contributedTo 星火系统"}},
		// More ways Chinese news states an investment.
		{"丙资本所投的戊科技近日上市。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技完成三轮融资，丙资本、丁创投等机构鼎力支持。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"戊科技的背后站着丙资本、丁创投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"丙资本在戊科技的天使轮中就已投资。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技的投资人名单中有丙资本。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本连续三轮加注戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"作为戊科技的投资方，丙资本表示看好。", []string{"丙资本 investedIn 戊科技"}},
		{"作为乙大学的校友，张三表示。", []string{"张三 educatedAt 乙大学"}},
		{"戊科技引入了丙资本作为战略投资者。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技获丙资本数亿元战略投资。", []string{"丙资本 investedIn 戊科技"}},
		{"在戊科技的B轮融资中，丙资本领投。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技获得来自丙资本、丁创投的数亿元投资。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"戊科技背后有丙资本、丁创投等机构。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"丙资本早在天使轮就入局戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本的被投企业中，戊科技最受关注。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技的投资方中，丙资本最早入局。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技完成A轮融资。投资方：丙资本、丁创投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"丙资本的投资版图里有戊科技、甲公司。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"丙资本曾投出戊科技等明星项目。", []string{"丙资本 investedIn 戊科技"}},
		// Where both arguments may be organisations, the company is the
		// name that opens its clause, not the investor named last.
		{"36氪获悉，机器人服务商「戊科技」宣布获2000万美元融资，由丙资本领投，跟投方包括老股东丁创投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"这是一家机器人公司——戊科技，刚刚完成B轮融资，投资方包括丙资本、丁创投等机构。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		// Relative clauses.
		{"Jane Roe was an American engineer who co-founded Acme Robotics in 1990.", []string{"Jane Roe cofounded Acme Robotics"}},
		{"Jane Roe met John Doe, who founded Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		{"Jane Roe is a friend of John Doe who founded Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		{"张三创立的甲公司于2010年上市。", []string{"张三 founded 甲公司"}},
		// A class noun between the trigger and the name.
		{"John Doe and Jane Roe created the computer operating system Widget OS.", []string{"Jane Roe authored Widget OS", "John Doe authored Widget OS"}},
		{"Acme Robotics acquired the web directory site Beta Labs for $1 million.", []string{"Acme Robotics acquired Beta Labs"}},
		// Lists whose members carry a time phrase.
		{"Jane Roe co-founded Acme Robotics in 1990 and Beta Labs in 1998.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe cofounded Beta Labs"}},
		// A name after a preposition is no clause's subject; one with an
		// apposition is still described by it.
		{"Jane Roe studied at Beta Labs, worked at Acme Robotics and later founded Gamma Capital.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe founded Gamma Capital", "Jane Roe worksFor Acme Robotics"}},
		{"Mary Major worked with John Doe, the founder of Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		// Careers stated by light verbs, stays and news affiliations.
		{"Jane Roe worked as an engineer at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [engineer]"}},
		{"Jane Roe went on to work at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe left Beta Labs in 2001 to work for Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Jane Roe, now at Acme Robotics, disagreed.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe interned at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe was with Acme Robotics for ten years.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe remained at Acme Robotics until 2010.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe is on the board of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [board]"}},
		{"Jane Roe was a member of the technical staff at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Acme's Jane Roe said the robot works.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe, an Acme spokeswoman, said the robot works.", []string{"Jane Roe worksFor Acme Robotics [spokeswoman]"}},
		{"Jane Roe has a degree in engineering from Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Educated at Beta Labs, Jane Roe joined Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"After studying at Beta Labs, Jane Roe joined Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe (PhD, Beta Labs) joined Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe went to graduate school at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe did her undergraduate work at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe did her postdoctoral work at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		// A title of "its", and an organisation before a title.
		{"Acme Robotics hired Jane Roe in 1990. She later became its chief executive.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe is Acme Robotics chief executive.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe founded Acme Robotics in 1990 and served as its chief executive until 2000.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Acme Robotics was founded in 1990. Its founder, Jane Roe, studied at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe founded Acme Robotics"}},
		{"Acme Robotics was founded in 1990. Its first investor was Gamma Capital.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"甲公司成立于2010年，其现任CEO张三表示。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		// More English careers: where-clauses of work, hirings, careers'
		// starts, divisions, positions.
		{"Jane Roe moved to Acme Robotics, where she led the robotics group.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe went to Beta Labs, where she studied physics.", []string{"Jane Roe educatedAt Beta Labs"}}, // studying is no work
		{"Jane Roe was hired as a researcher by Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe started her career as an engineer at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe worked for a decade at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe worked in Acme Robotics's research division.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe accepted a professorship at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Jane Roe was offered a job at Acme Robotics.", nil},
		// A name in apposition before its clause's verb.
		{"Her father, John Doe, was an engineer at Acme Robotics.", []string{"John Doe worksFor Acme Robotics [engineer]"}},
		{"She worked at Acme Robotics, Beta Labs, and Gamma Capital.", nil},
		// A company that became another's part; a subsidiary since its start
		// says nothing of a purchase.
		{"Beta Labs, now part of Acme Robotics, makes chips.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Beta Labs became a subsidiary of Acme Robotics in 2010.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Beta Labs, a subsidiary of Acme Robotics, makes chips.", nil},
		{"2015年，戊科技成为甲公司的全资子公司。", []string{"甲公司 acquired 戊科技"}},
		{"戊科技被甲公司纳入旗下。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司以10亿美元拿下戊科技。", []string{"甲公司 acquired 戊科技"}},
		{"戊科技成为甲公司的合作伙伴。", nil},
		// Board members who do not run the company; venture firms.
		{"Jane Roe serves as lead independent director of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [lead independent director]"}},
		{"Jane Roe is an independent director of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [independent director]"}},
		{"Jane Roe, a member of Acme Robotics's board since 2010, resigned.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe is a venture capitalist at Gamma Capital.", []string{"Jane Roe worksFor Gamma Capital [venture capitalist]"}},
		// Founding, said many ways; a list that holds its own object.
		{"Acme Robotics was the brainchild of Jane Roe.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe was among the founders of Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe helped found Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe created Acme Robotics in 1990.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe launched her own company, Acme Robotics, in 1990.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe left Beta Labs to start Acme Robotics.", []string{"Jane Roe founded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Jane Roe wanted to start Acme Robotics.", nil},
		{"In 1967 Acme Robotics, Beta Labs and Gamma Capital merged and created a new Acme Robotics.", nil},
		// Openers that name the subject's past.
		{"Formerly chief executive of Beta Labs, Jane Roe now advises Acme Robotics.", []string{"Jane Roe led Beta Labs [chief executive]", "Jane Roe worksFor Beta Labs [chief executive]"}},
		{"Before founding Acme Robotics in 1990, Jane Roe worked at Beta Labs.", []string{"Jane Roe founded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"After co-founding Acme Robotics, Jane Roe joined Beta Labs.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		// Birthplaces in openers, appositions and natives.
		{"Born in Springfield in 1950, Jane Roe studied physics.", []string{"Jane Roe bornIn Springfield"}},
		{"Jane Roe, a Springfield native, studied physics.", []string{"Jane Roe bornIn Springfield"}},
		{"A native of Springfield, Jane Roe studied physics.", []string{"Jane Roe bornIn Springfield"}},
		{"张三，1950年出生于Springfield，毕业于乙大学。", []string{"张三 bornIn Springfield", "张三 educatedAt 乙大学"}},
		{"Jane Roe grew up in Springfield.", nil},
		// Veterans, stints, former staff.
		{"Jane Roe, a 20-year veteran of Acme Robotics, said it.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe, who has been at Acme Robotics since 2001, said it.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe, an ex-Acme Robotics engineer, said it.", []string{"Jane Roe worksFor Acme Robotics [engineer]"}},
		{"Jane Roe had stints at Acme Robotics and Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		// Professions at an organisation.
		{"Jane Roe, an economist at Beta Labs, said it.", []string{"Jane Roe worksFor Beta Labs [economist]"}},
		{"Acme Robotics software engineer Jane Roe said it.", []string{"Jane Roe worksFor Acme Robotics [software engineer]"}},
		{"Jane Roe, a reporter for Gamma Capital, wrote it.", []string{"Jane Roe worksFor Gamma Capital [reporter]"}},
		// Taking charge.
		{"Jane Roe was put in charge of Acme Robotics.", []string{"Jane Roe led Acme Robotics"}},
		{"Jane Roe took the reins at Acme Robotics.", []string{"Jane Roe led Acme Robotics"}},
		{"Jane Roe succeeded John Doe at the helm of Acme Robotics.", []string{"Jane Roe led Acme Robotics"}},
		{"Jane Roe replaced John Doe as Acme Robotics's chief executive.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe was tapped to run Acme Robotics.", []string{"Jane Roe led Acme Robotics"}},
		// Boards and appointments as companies announce them.
		{"Acme Robotics announced the appointment of Jane Roe to its board.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Acme Robotics announced the appointment of Jane Roe as chief executive.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"The Acme board currently consists of Jane Roe, John Doe and Mary Major.", []string{"Jane Roe worksFor Acme Robotics", "John Doe worksFor Acme Robotics", "Mary Major worksFor Acme Robotics"}},
		{"Prior to joining Acme Robotics in 2010, Jane Roe was president of Beta Labs.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs [president]"}},
		{"Jane Roe was elected chairman of the board of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chairman of the board]", "Jane Roe worksFor Acme Robotics [chairman of the board]"}},
		{"Acme Robotics named a new chairman. Jane Roe joined the board in 2005.", []string{"Jane Roe worksFor Acme Robotics [board]"}},
		{"Jane Roe will join the Acme Robotics board.", nil},
		// Schooling by light verbs and admissions; NAME, an ORG noun.
		{"Jane Roe completed her undergraduate studies at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe pursued graduate studies at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe was admitted to Beta Labs in 1980.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe, a Beta Labs alumna, joined Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe, an Acme Robotics co-founder, spoke.", []string{"Jane Roe cofounded Acme Robotics"}},
		// A person of an organisation; a position of a field at one.
		{"The language Gizmo was designed by Jane Roe, John Doe, and Mary Major of Beta Labs.", []string{"Jane Roe authored Gizmo", "Jane Roe worksFor Beta Labs", "John Doe authored Gizmo", "John Doe worksFor Beta Labs", "Mary Major authored Gizmo", "Mary Major worksFor Beta Labs"}},
		{"From 2011 until 2015 Jane Roe was vice president of platform engineering at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [vice president]"}},
		{"Jane Roe was working for Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A list whose members each have an abbreviation in parentheses.
		{"Jane Roe founded Acme Robotics, Beta Labs (BL) and Gamma Capital (GC), where she is CEO.", []string{"Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs", "Jane Roe founded Gamma Capital"}},
		{"After graduating, Jane Roe took a job as a research engineer at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [research engineer]"}},
		{"Jane Roe was the first director of personnel for Acme Robotics and the first vice president of sales for Beta Labs.", []string{"Jane Roe worksFor Acme Robotics [director]", "Jane Roe worksFor Beta Labs [vice president]"}},
		{"At Acme Robotics, Jane Roe oversaw the design of Widget OS.", []string{"Jane Roe led Widget OS", "Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe stepped down as chief executive of Acme Robotics in 2019.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe retired from Acme Robotics in 2019.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe spent twelve years at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe holds a bachelor's degree in mathematics from Beta Labs and a master's degree in physics from Acme Robotics.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe educatedAt Beta Labs"}},
		{"张三曾在甲公司从事芯片研发。", []string{"张三 worksFor 甲公司"}},
		{"担任过乙大学物理系主任的张三来到了杭州。", []string{"张三 worksFor 乙大学 [主任]"}},
		{"Jane Roe, a former Acme engineer, joined Beta Labs.", []string{"Jane Roe worksFor Acme Robotics [engineer]", "Jane Roe worksFor Beta Labs"}},
		{"Jane Roe, co-founder and chief executive of Acme Robotics, spoke.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"In 2012 Jane Roe became Acme's first chief executive.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe was appointed to the board of directors of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [board of directors]"}},
		{"Jane Roe joined Acme's board in 2010.", []string{"Jane Roe worksFor Acme Robotics [board]"}},
		{"Beta Labs, which Acme Robotics acquired in 2014, makes chips.", []string{"Acme Robotics acquired Beta Labs"}},
		{"In 2014 Gamma Capital sold Beta Labs to Acme Robotics.", []string{"Acme Robotics acquired Beta Labs"}},
		{"丙资本将戊科技出售给甲公司。", []string{"甲公司 acquired 戊科技"}},
		{"张三加入甲公司董事会。", []string{"张三 worksFor 甲公司 [董事]"}},
		{"Jane Roe dropped out of Beta Labs to found Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe founded Acme Robotics"}},
		{"甲公司宣布，公司刚刚完成了近亿元A轮融资，丙资本领投，丁创投跟投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司宣布完成1亿元A轮融资，由丙资本、丁创投和戊科技共同投资。", []string{"丁创投 investedIn 甲公司", "戊科技 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司完成B轮融资，跟投方包括老股东丙资本、丁创投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"本轮融资由丙资本领投。甲公司完成了A轮融资，丙资本、丁创投等基金跟投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"张三是新加坡人，23岁毕业于名校乙大学，随即加入顶级投行甲公司；两年后，辞职攻读乙大学MBA。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 乙大学", "张三 worksFor 甲公司"}}, // ；ends a sentence: two statements
		{"李四当年的博士生张三教授说。", []string{"张三 advisor 李四"}},
		{"李四与乙大学的同事张三讨论。", []string{"张三 worksFor 乙大学"}},
		{"乙大学物理系张三教授认为。", []string{"张三 worksFor 乙大学 [教授]"}},
		{"当时在乙大学任职的张三读了文章。", []string{"张三 worksFor 乙大学"}},
		{"张三于1980年成为乙大学研究生。", []string{"张三 educatedAt 乙大学"}},
		{"张三接受甲公司老总李四邀请。", []string{"李四 led 甲公司 [老总]", "李四 worksFor 甲公司 [老总]"}},
		{"星火系统的联合设计师张三已加入甲公司。", []string{"张三 authored 星火系统", "张三 worksFor 甲公司"}},
		{"Jane Roe invented the computer animation language Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"In 1947, Gizmo, probably the most important invention developed by Acme Robotics, was invented by Jane Roe and John Doe.", []string{"Acme Robotics developed Gizmo", "Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"Beta Labs graduate students Jane Roe and John Doe tested a motor.", []string{"Jane Roe educatedAt Beta Labs", "John Doe educatedAt Beta Labs"}},
		{"Jane Roe wrote Widget OS while working for Acme Robotics.", []string{"Jane Roe authored Widget OS", "Jane Roe worksFor Acme Robotics"}},
		{"He then became employed full-time by Acme Robotics.", nil},
		{"Jane Roe then became employed full-time by Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe stepped down as Acme chairman in 1994.", []string{"Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		{"Jane Roe was the third chairman of Beta Labs.", []string{"Jane Roe led Beta Labs [chairman]", "Jane Roe worksFor Beta Labs [chairman]"}},
		{"Jane Roe’s thesis advisor was John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Jane Roe holds a master’s degree from Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Acme's co-founder and chief executive Jane Roe spoke.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Acme Robotics' purchase of Beta Labs closed in May.", []string{"Acme Robotics acquired Beta Labs"}},
		{"The takeover of Beta Labs by Acme Robotics closed in May.", []string{"Acme Robotics acquired Beta Labs"}},
		{"The development of Widget OS by Acme Robotics took ten years.", []string{"Acme Robotics developed Widget OS"}},
		{"Gamma Capital's investment in Acme Robotics paid off.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"张三主导了丙资本对甲公司、戊科技的投资。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"甲公司对戊科技的收购已经完成。", []string{"甲公司 acquired 戊科技"}},
		{"星火系统背后是甲公司，其CEO张三曾担任乙大学首席架构师。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 乙大学 [首席架构师]", "张三 worksFor 甲公司 [CEO]"}},
		{"丙资本创始合伙人张三表示。", []string{"张三 founded 丙资本", "张三 worksFor 丙资本 [创始合伙人]"}},
		{"张三是甲公司的联合创始人兼CTO。", []string{"张三 cofounded 甲公司", "张三 worksFor 甲公司 [CTO]"}},
		{"张三说，在乙大学读书期间，他拿到了一个奖。", []string{"张三 educatedAt 乙大学"}},
		{"张三获得了乙大学的计算机硕士学位，以及丙资本电子工程博士学位。", []string{"张三 educatedAt 丙资本", "张三 educatedAt 乙大学"}},
		{"2003年，张三从乙大学考入戊科技。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊科技"}},
		{"张三博士毕业后，便担任甲公司研究员及博士生导师。", []string{"张三 worksFor 甲公司 [研究员]"}},
		{"张三在乙大学任教多年，后来创办了甲公司。", []string{"张三 founded 甲公司", "张三 worksFor 乙大学"}},
		{"甲公司获悉，随后担任乙大学教授。", nil}, // an organisation opening the sentence is no continuing subject
		{"In 2014 Jane Roe succeeded John Doe as chief executive of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]", "John Doe led Acme Robotics [chief executive]", "John Doe worksFor Acme Robotics [chief executive]"}},
		{"Under Jane Roe's leadership, Acme Robotics bought Beta Labs.", []string{"Acme Robotics acquired Beta Labs", "Jane Roe led Acme Robotics"}},
		{"Acme Robotics grew quickly under the leadership of Jane Roe.", []string{"Jane Roe led Acme Robotics"}},
		{"Beta Labs was sold to Acme Robotics in 2001.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Gamma Capital bought a minority stake in Acme Robotics.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Jane Roe (born 12 May 1950 in Springfield) is an engineer.", []string{"Jane Roe bornIn Springfield"}},
		{"Jane Roe was an engineer, known for being the founder of Acme Robotics and Beta Labs.", []string{"Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs"}},
		{"While a student, Jane Roe founded Acme Robotics in 1993, and wrote Widget OS in 1994.", []string{"Jane Roe authored Widget OS", "Jane Roe founded Acme Robotics"}},
		{"In 2006, Jane Roe was appointed chief technology officer of Acme Robotics and elected chair of Beta Labs.", []string{"Jane Roe led Beta Labs [chair]", "Jane Roe worksFor Acme Robotics [chief technology officer]", "Jane Roe worksFor Beta Labs [chair]"}},
		{"Jane Roe also served as vice president of Acme Robotics and as director of Beta Labs.", []string{"Jane Roe led Beta Labs [director]", "Jane Roe worksFor Acme Robotics [vice president]", "Jane Roe worksFor Beta Labs [director]"}},
		{"Jane Roe continued as chief executive of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"John Doe, a major investor in Acme Robotics, spoke.", []string{"John Doe investedIn Acme Robotics"}},
		{"Jane Roe served as the project manager of the Widget OS mission.", []string{"Jane Roe led Widget OS [project manager]"}},
		{"Jane Roe was director for Beta Labs.", []string{"Jane Roe led Beta Labs [director]", "Jane Roe worksFor Beta Labs [director]"}},
		{"Jane Roe left Beta Labs in 1998 to found Acme Robotics.", []string{"Jane Roe founded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"后来，年仅29岁的张三成为乙大学最年轻的教授之一，最后创立了甲公司。", []string{"张三 founded 甲公司", "张三 worksFor 乙大学 [教授]"}},
		{"1967年出生的张三毕业于乙大学，曾担任全球最大的芯片公司美国甲公司中国区总裁。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司 [总裁]"}},
		{"甲公司的投资方包括丙资本和丁创投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"Investors in Acme Robotics include Gamma Capital and Delta Ventures.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics announced that it had acquired Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Founded by Jane Roe in 2001, Acme Robotics makes robots.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe has been with Acme Robotics since 2010.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe heads the robotics group at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Widget OS is a system developed at Acme Robotics.", []string{"Acme Robotics developed Widget OS"}},
		{"甲公司是张三创办的一家机器人公司。", []string{"张三 founded 甲公司"}},
		{"甲公司完成对戊科技的收购。", []string{"甲公司 acquired 戊科技"}},
		{"张三是甲公司的投资人。", []string{"张三 investedIn 甲公司"}},
		{"星火系统的设计师张三离开了。", []string{"张三 authored 星火系统"}},
		{"Acme Robotics appoints Jane Roe as chief financial officer.", []string{"Jane Roe worksFor Acme Robotics [chief financial officer]"}},
		{"Jane Roe has been named president of Acme Robotics.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Jane Roe takes over as chief executive of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe was promoted to vice president at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [vice president]"}},
		{"Jane Roe, Acme Robotics' founder, spoke.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe, Acme Robotics founder and CEO, spoke.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Acme Robotics, the startup Jane Roe founded in 2015, raised money.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe joined the faculty of Beta Labs in 1990.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Jane Roe taught physics at Beta Labs for 20 years.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Jane Roe received her education at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe holds degrees from Beta Labs and Acme Robotics.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe educatedAt Beta Labs"}},
		{"Acme Robotics snapped up Beta Labs for $1 billion.", []string{"Acme Robotics acquired Beta Labs"}},
		// An English possessive says whose a project is, not who made it
		// ("NASA's SpaceX Demo-2 mission").
		{"Acme Robotics' Widget OS shipped in 2001.", nil},
		{"Acme Robotics's Gizmo sold well.", nil},
		{"Jane Roe led the development of Widget OS.", []string{"Jane Roe led Widget OS"}},
		{"Jane Roe contributed to the development of Widget OS.", []string{"Jane Roe contributedTo Widget OS"}},
		{"Jane Roe was part of the team that developed Widget OS.", []string{"Jane Roe contributedTo Widget OS"}},
		{"Jane Roe did her doctoral work under John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Jane Roe was John Doe's student at Beta Labs.", []string{"Jane Roe advisor John Doe"}},
		{"张三辞去甲公司CEO职务。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"甲公司成立于2010年，创始人是张三。", []string{"张三 founded 甲公司"}},
		{"张三拥有乙大学博士学位。", []string{"张三 educatedAt 乙大学"}},
		{"张三本科毕业于乙大学，后赴戊科技攻读博士。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊科技"}},
		{"张三在李四门下攻读博士学位。", []string{"张三 advisor 李四"}},
		{"戊科技已被甲公司收购。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司将戊科技收入囊中。", []string{"甲公司 acquired 戊科技"}},
		{"丙资本持有甲公司20%的股份。", []string{"丙资本 investedIn 甲公司"}},
		{"张三负责星火系统的开发。", []string{"张三 led 星火系统"}},
		{"Jane Roe was president of Acme Robotics' research laboratories.", []string{"Jane Roe worksFor Acme Robotics [president]"}},
		{"Jane Roe, previously at Beta Labs, joined Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Jane Roe returned to Acme Robotics as chief executive.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe was elected to Acme Robotics' board of directors.", []string{"Jane Roe worksFor Acme Robotics [board of directors]"}},
		{"Acme Robotics's board named Jane Roe chief executive.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe founded Acme Robotics together with John Doe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Acme Robotics acquired Beta Labs with Gamma Capital's backing.", []string{"Acme Robotics acquired Beta Labs"}},
		{"The Widget OS project was led by Jane Roe.", []string{"Jane Roe led Widget OS"}},
		{"Jane Roe was the chief architect of Widget OS.", []string{"Jane Roe authored Widget OS"}},
		{"Jane Roe was a postdoctoral fellow at Beta Labs.", []string{"Jane Roe worksFor Beta Labs [postdoctoral fellow]"}},
		{"Jane Roe did postdoctoral research at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Acme Robotics counts Gamma Capital among its investors.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Gamma Capital put $5 million into Acme Robotics.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"张三是甲公司副总裁。", []string{"张三 worksFor 甲公司 [副总裁]"}},
		{"Jane Roe was the deputy director of Beta Labs.", []string{"Jane Roe worksFor Beta Labs [deputy director]"}},
		{"2010年，丙资本从戊科技手中收购甲公司。", []string{"丙资本 acquired 甲公司"}},
		{"张三的公司投资了甲公司。", nil},
		{"张三成立了风险投资基金丙资本。", []string{"张三 founded 丙资本"}},
		{"这家成立不足1年的甲公司完成了融资。", nil},
		{"In 1998, Jane Roe moved to Acme Robotics, where she founded Beta Labs Research Asia.", nil},
		{"Jane Roe joined Beta Labs Research in 2001.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Acme Robotics released the Gizmo in 1972 and Widget OS in March 1976.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		// 联合, 携手 before a name join two agents; 联合创始人 is a title.
		{"丙资本联合丁创投投资了甲公司。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司"}},
		{"张三携手李四创立了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// An organisation before a title and a name describes the person,
		// who is the list's member.
		{"华为云获得融资，跟投方包括丁创投、 戊科技，以及印度电商甲公司联合创始人张三等。", []string{"张三 cofounded 甲公司", "丁创投 investedIn 华为云", "戊科技 investedIn 华为云", "张三 investedIn 华为云"}},
		// A title written before the first of a list is not the others'
		// where they bear their own; an enumeration with 、 goes on from
		// funds to people, and "，以及" goes on with it.
		{"华为联合创始人张三、前乙大学教授李四出席。", []string{"张三 cofounded 华为", "李四 worksFor 乙大学 [教授]"}},
		{"华为联合创始人张三、李四和王五出席。", []string{"张三 cofounded 华为", "李四 cofounded 华为", "王五 cofounded 华为"}},
		{"甲公司宣布获1亿元融资，跟投方包括丁创投、戊科技以及张三。", []string{"丁创投 investedIn 甲公司", "戊科技 investedIn 甲公司", "张三 investedIn 甲公司"}},
		{"甲公司宣布获1亿元融资，跟投方包括丁创投、戊科技，以及前华为高管张三、乙大学教授李四等。", []string{"丁创投 investedIn 甲公司", "戊科技 investedIn 甲公司", "张三 investedIn 甲公司", "李四 investedIn 甲公司", "张三 worksFor 华为 [高管]", "李四 worksFor 乙大学 [教授]"}},
		{"三家公司分别是由张三创立的甲公司、李四创立的戊科技。", []string{"张三 founded 甲公司", "李四 founded 戊科技"}},
		// A parenthesis after a list that ends the pattern describes the
		// last member, who stays in the list; straight quotes around a
		// name; "published by" a person; graduate school; overseeing the
		// development of a project.
		{"Widget OS was invented by John Doe, Jane Roe, and Mary Major (who later shared a prize).", []string{"Jane Roe authored Widget OS", "John Doe authored Widget OS", "Mary Major authored Widget OS"}},
		{"In 1948, \"Widget OS\" was published by Jane Roe in a journal.", []string{"Jane Roe authored Widget OS"}},
		{"Widget OS was published by Acme Robotics in 1999.", []string{"Acme Robotics developed Widget OS"}},
		{"While in graduate school at Beta Labs, Jane Roe studied linguistics.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe studied linguistics while in graduate school at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe continues to oversee further development of Widget OS.", []string{"Jane Roe led Widget OS"}},
		// Whose work a clause states: the person's wife's, a relative
		// clause's on the name after it, and a 时 clause that names the
		// worker first.
		{"张三的妻子在甲公司工作。", nil},
		{"张三和在甲公司工作的李四是同学。", []string{"李四 worksFor 甲公司"}},
		{"张三在甲公司工作的同事李四。", []string{"李四 worksFor 甲公司"}},
		{"张三在甲公司工作的那几年很快乐。", []string{"张三 worksFor 甲公司"}},
		{"李四在甲公司工作时认识了张三。", []string{"李四 worksFor 甲公司"}},
		{"张三执教于乙大学。", []string{"张三 worksFor 乙大学"}},
		// A singular apposition after a list is the last member's; a
		// whose clause that the match does not leave is about its noun.
		{"Jane Roe and John Doe, an engineer at Acme Robotics, met.", []string{"John Doe worksFor Acme Robotics [engineer]"}},
		{"Jane Roe and John Doe, the co-founders of Acme Robotics, met.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Jane Roe, whose brother works at Acme Robotics, declined to comment.", nil},
		{"Jane Roe, whose brother is a doctor, works at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A project's team and its members; a span from a year (从2018年开始)
		// between a subject and its verb; in a verb's short gap, 了 closes
		// another verb whose object the name is.
		{"星火系统的研发团队包括张三、李四等人。", []string{"张三 contributedTo 星火系统", "李四 contributedTo 星火系统"}},
		{"星火系统项目组成员张三说。", []string{"张三 contributedTo 星火系统"}},
		{"张三负责星火系统的架构设计。", []string{"张三 contributedTo 星火系统"}},
		{"张三从2018年开始参与星火系统的研发，主要负责前端。", []string{"张三 contributedTo 星火系统"}},
		{"张三带领团队参与了星火系统的研制。", []string{"张三 contributedTo 星火系统"}},
		{"张三带领团队研发了星火系统。", []string{"张三 authored 星火系统"}},
		{"张三带领甲公司走出困境。", []string{"张三 led 甲公司"}},
		// 其 and an investor noun; a round a fund led, after 获得 with the
		// company from context; no list member past a Chinese comma and a
		// clause.
		{"甲公司成立于2015年，其投资方包括丙资本。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司成立于2015年。2018年，公司获得丙资本领投的B轮融资。", []string{"丙资本 investedIn 甲公司"}},
		{"张三创立了甲公司，其投资人包括丙资本。", []string{"丙资本 investedIn 甲公司", "张三 founded 甲公司"}},
		// 包括…在内的 investors; an investor named as such in a round; the
		// companies an investor's portfolio holds.
		{"Acme Robotics获得了包括丙资本、Gamma Capital在内的多家机构的投资。", []string{"Gamma Capital investedIn Acme Robotics", "丙资本 investedIn Acme Robotics"}},
		{"在Acme Robotics的B轮融资中，丙资本是唯一的中国投资方。", []string{"丙资本 investedIn Acme Robotics"}},
		{"丙资本投资的美国公司包括Acme Robotics和Beta Labs。", []string{"丙资本 investedIn Acme Robotics", "丙资本 investedIn Beta Labs"}},
		{"丙资本在甲公司中持股10%。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司在2019年获得丙资本500万美元的天使投资。", []string{"丙资本 investedIn 甲公司"}},
		// A board's members, three more ways; 创办者.
		{"Jane Roe, a member of the Acme Robotics board, voted against.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"The Acme Robotics board, which includes Jane Roe and John Doe, met.", []string{"Jane Roe worksFor Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Acme Robotics said Jane Roe would join its board.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"张三是甲公司的创办者。", []string{"张三 founded 甲公司"}},
		{"Jane Roe, then at Acme Robotics, wrote the paper.", []string{"Jane Roe worksFor Acme Robotics"}},
		// "and then" goes on with a list where a name follows and ends
		// its item; a school named as one after "went to"; a year
		// between "graduated" and "with a degree".
		{"Jane Roe attended Acme Robotics and then Beta Labs.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe educatedAt Beta Labs"}},
		{"Acme Robotics acquired Beta Labs and then Delta Ventures acquired Acme Robotics.", []string{"Acme Robotics acquired Beta Labs", "Delta Ventures acquired Acme Robotics"}},
		{"Jane Roe went to Beta Labs, a state school in Springfield.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe went to Beta Labs, a company in Springfield.", nil},
		{"Jane Roe graduated in 1990 with a degree in physics from Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		// A company's product named after a comma, with a curly
		// apostrophe; another possessive in the gap names another owner.
		{"Acme Robotics’s first product, Gizmo, appeared in 1949.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics's rival's product, Gizmo, appeared.", nil},
		// An organisation followed by 的 and one of its parts owns what
		// the sentence is about; 牵头负责 a project is leading it.
		{"张三掌管甲公司的财务。", []string{"张三 worksFor 甲公司"}},
		{"张三牵头负责甲公司的研发。", []string{"张三 worksFor 甲公司"}},
		{"甲公司收购了戊科技的研发团队。", nil},
		{"张三牵头负责星火系统。", []string{"张三 led 星火系统"}},
		// A company's rival, and a fund of an investment firm, are not
		// the company and the firm; a round of the company is its own.
		{"甲公司的竞争对手获得了丙资本的投资。", nil},
		{"甲公司的B轮融资获得了丙资本的投资。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司投资了丙资本旗下的基金。", nil},
		// The object of a relative clause is no subject after it; a
		// relative clause and an adverb before the main verb; a
		// participle after a comma is the name's before it.
		{"Gamma Capital, which backed Beta Labs, also invested in Acme Robotics.", []string{"Gamma Capital investedIn Acme Robotics", "Gamma Capital investedIn Beta Labs"}},
		{"Gamma Capital, which is based in Springfield, also invested in Acme Robotics.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics, founded by Jane Roe, acquired Beta Labs, founded by John Doe.", []string{"Acme Robotics acquired Beta Labs", "Jane Roe founded Acme Robotics", "John Doe founded Beta Labs"}},
		// A work developed at an organisation, or by its people.
		{"Gizmo was developed at Beta Labs.", []string{"Beta Labs developed Gizmo"}},
		{"Gizmo, developed by a team at Beta Labs, shipped.", []string{"Beta Labs developed Gizmo"}},
		{"Engineers at Acme Robotics developed Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo was created by researchers at Beta Labs.", []string{"Beta Labs developed Gizmo"}},
		// A project's leader after its kind and a comma; spearheaded.
		{"The Gizmo project, led by Jane Roe, ended in 2001.", []string{"Jane Roe led Gizmo"}},
		{"Jane Roe spearheaded Gizmo.", []string{"Jane Roe led Gizmo"}},
		// A title mark before a name inside a pattern; a work named as
		// someone's best-known one; 写下.
		{"由张三编写的《星火系统》广受欢迎。", []string{"张三 authored 星火系统"}},
		{"《星火系统》是张三的代表作。", []string{"张三 authored 星火系统"}},
		{"星火系统是张三最喜欢的作品。", nil},
		{"张三写下了《星火系统》。", []string{"张三 authored 星火系统"}},
		// Two titles before a name, either first; a title and "and"
		// before another name are no title of that name.
		{"Acme Robotics CEO and co-founder Jane Roe said.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Acme Robotics co-founder and chief executive, Jane Roe, said.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"The Acme Robotics CEO and John Doe met.", nil},
		{"Acme Robotics co-founder and John Doe met.", nil},
		// An advisor named in an apposition, with a curly apostrophe;
		// work in a company's division.
		{"John Doe, Jane Roe’s doctoral advisor, said.", []string{"Jane Roe advisor John Doe"}},
		{"Jane Roe’s advisor was John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Jane Roe worked for years in Acme Robotics’s research division.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A title after a name in the gap before it is that name's.
		{"张三师从乙大学的李四教授。", []string{"张三 advisor 李四", "李四 worksFor 乙大学 [教授]"}},
		// The perfect of "serve as", a deputy chief, a civil servant.
		{"Roe has served as Acme Robotics manager since 2020.", []string{"Jane Roe worksFor Acme Robotics [manager]"}},
		{"Roe served as deputy chief of Acme Robotics from 2012 through 2014.", []string{"Jane Roe worksFor Acme Robotics [deputy chief]"}},
		{"Roe became an Acme Robotics civil servant in August 1998.", []string{"Jane Roe worksFor Acme Robotics [civil servant]"}},
		// Selected as the title of an organisation named before it; a
		// career summed up by "including as".
		{"Acme Robotics has selected Roe as the Beta Labs manager, based in Springfield.", []string{"Jane Roe worksFor Beta Labs [manager]"}},
		{"Acme Robotics selected Roe as its manager.", []string{"Jane Roe worksFor Acme Robotics [manager]"}},
		{"Roe has served in several positions at Beta Labs, including as the manager of Acme Robotics from 2014 to 2021.", []string{"Jane Roe worksFor Acme Robotics [manager]", "Jane Roe worksFor Beta Labs"}},
		// A passive agent described and counted, then named.
		{"Beta Labs was founded in 1849 by two recent immigrants to Springfield, Jane Roe and John Doe.", []string{"Jane Roe founded Beta Labs", "John Doe founded Beta Labs"}},
		{"Beta Labs was founded in 1849 by two firms, Acme Robotics and Delta Ventures.", []string{"Acme Robotics founded Beta Labs", "Delta Ventures founded Beta Labs"}},
		// Posted to an organisation or a unit named after it.
		{"Doe, Beta Labs's CEO, was appointed to the Acme Robotics division in October 2009.", []string{"John Doe led Beta Labs [CEO]", "John Doe worksFor Acme Robotics", "John Doe worksFor Beta Labs [CEO]"}},
		{"Doe was transferred to Acme Robotics in 2009.", []string{"John Doe worksFor Acme Robotics"}},
		{"Doe was appointed to the post of chairman.", nil},
		// Acquisitions by a verb of eating up, listed with their years.
		{"Acme Robotics has embarked on a series of mergers, gobbling up Beta Labs in 2000, Gamma Capital and Delta Ventures in 2002.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Delta Ventures", "Acme Robotics acquired Gamma Capital"}},
		// Chinese: founding together a company described by its kind; a
		// unit of a university described; studies completed there; work
		// at two places in turn; titles listed before 等职位的.
		{"张三和李四一起创立了科技巨头甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"张三和李四在乙大学不同的部门工作。", []string{"张三 worksFor 乙大学", "李四 worksFor 乙大学"}},
		{"张三就完成了他在乙大学的本科学习。", []string{"张三 educatedAt 乙大学"}},
		{"张三获得了乙大学的数学博士学位，并先后到戊大学和甲公司任教。", []string{"张三 educatedAt 乙大学", "张三 worksFor 戊大学", "张三 worksFor 甲公司"}},
		{"历任甲公司总经理、董事总经理、董事局主席等职位的张三，早已是业内名人。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"历任甲公司常务副总经理、董事局主席等职位的张三，早已是业内名人。", []string{"张三 led 甲公司 [董事局主席]", "张三 worksFor 甲公司 [副总经理]"}}, // the first title and the last
		// A verb that modifies a noun is no verb: an investment firm.
		{"张三正式离开学术界，创办了投资公司甲公司。", []string{"张三 founded 甲公司"}},
		// A Chinese title before a list: right before its first member it
		// is that member's; in a fronted phrase, all of theirs.
		{"作为甲公司的负责人，张三和李四出席了会议。", []string{"张三 led 甲公司 [负责人]", "张三 worksFor 甲公司 [负责人]", "李四 led 甲公司 [负责人]", "李四 worksFor 甲公司 [负责人]"}},
		{"作为甲公司业务的实际负责人，张三和李四从戊科技辞职。", []string{"张三 led 甲公司 [负责人]", "张三 worksFor 戊科技", "张三 worksFor 甲公司 [负责人]", "李四 led 甲公司 [负责人]", "李四 worksFor 戊科技", "李四 worksFor 甲公司 [负责人]"}},
		{"甲公司董事长张三和李四出席了会议。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// An apposition with an abbreviation, opened by "through".
		{"The Delta Ventures, through the Gizmo program (GZ), invested $12.5 billion in Acme Robotics.", []string{"Delta Ventures investedIn Acme Robotics"}},
		// A position for an organisation its class noun owns.
		{"Doe succeeds Roe, who has accepted a position as deputy administrator for the agency's Acme Robotics in Washington.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A year after "and"; a name that opens the clause after it is
		// that clause's subject.
		{"Acme Robotics grew fast and in 1990 acquired Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Roe studied at Beta Labs, and in March 2001 founded Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe founded Acme Robotics"}},
		{"Roe met Doe, and in 1990 Doe founded Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		// A title states its fact beside an investment in the same pair.
		{"Acme Robotics grew. Roe, the chairman of Acme Robotics's board and a major investor in the company, said so.", []string{"Jane Roe investedIn Acme Robotics", "Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		// A name after "a" or "own" that modifies a noun names a kind of
		// thing; what is named after "which he named" is the thing.
		{"In 1994, Roe created his own Widget OS distribution.", nil},
		{"In 1994, Roe created his own operating system, which he named Widget OS.", []string{"Jane Roe authored Widget OS"}},
		{"Beta Labs was founded by a Acme Robotics professor.", nil},
		// A title held in a "with" phrase after the organisation.
		{"Roe bought Doe's business in 1995, and the two merged to become Acme Robotics, with Roe serving as chief executive officer (CEO).", []string{"Jane Roe led Acme Robotics [chief executive officer]", "Jane Roe worksFor Acme Robotics [chief executive officer]"}},
		// Infinitives of what was done: a described company, a means used.
		{"Roe went on to found the online print on demand and self-publishing company, Acme Robotics in 2002.", []string{"Jane Roe founded Acme Robotics"}},
		{"Roe utilized the windfall to found a company called Acme Robotics that used new technology.", []string{"Jane Roe founded Acme Robotics"}},
		{"Roe hoped to use the windfall to found Acme Robotics.", nil},
		// Stakes each of a list took; a career begun at a described firm;
		// a member of a company's team; an acronym in a descriptor.
		{"The next year, Gamma Capital and Delta Ventures each acquired undisclosed minority stakes in Acme Robotics.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"Roe started his career in financial services in 1966 at the now-defunct Wall Street investment bank Acme Robotics, where he worked.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe, a member of Acme Robotics's legal team, attributes the success to it.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"On October 16, 2015, Acme Robotics announced its acquisition of IT automation startup Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"One of the founders of Beta Labs, John Doe, became the chief technical officer of Acme Robotics.", []string{"John Doe founded Beta Labs", "John Doe worksFor Acme Robotics [chief technical officer]"}},
		// Service biographies: rank and service, roles of one of many,
		// "served in the X as", "served X as", a possessive title.
		{"Roe, colonel, Acme Robotics, is a native of Springfield.", []string{"Jane Roe worksFor Acme Robotics [colonel]"}},
		{"Roe worked as an aerospace engineer for the Acme Robotics in Springfield and as a helicopter pilot for the Beta Labs.", []string{"Jane Roe worksFor Acme Robotics [aerospace engineer]", "Jane Roe worksFor Beta Labs [helicopter pilot]"}},
		{"Roe served in the Acme Robotics as a naval architect.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Prior to that, Roe served Acme Robotics as the crew flight surgeon.", []string{"Jane Roe worksFor Acme Robotics [crew flight surgeon]"}},
		{"Roe was Acme Robotics’s first flight surgeon, helping to launch it.", []string{"Jane Roe worksFor Acme Robotics [flight surgeon]"}},
		// Degrees: a long field before "from", the next of a list, a
		// semester; a second predicate ends the gap after the degree.
		{"Roe earned a master’s degree in Computational and Applied Mathematics from Beta Labs in Houston.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe earned a bachelor’s degree in Law in 2015 and an executive master’s in Public Administration from the Beta Labs in 2021.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe completed a semester at Beta Labs in Finland.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe earned a degree in physics and worked at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe earned a degree in science and engineering at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		// Chinese biographies: graduating before the subject is named, a
		// postdoc somewhere, studies completed and a degree won there, an
		// advisor described at length or named with 弟子, a degree held.
		{"在乙大学本科毕业之后，张三便去戊大学攻读博士。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊大学"}},
		{"张三到戊大学做了几个月博士后，再之后就正式加入了甲公司。", []string{"张三 worksFor 戊大学 [博士后]", "张三 worksFor 甲公司"}},
		{"张三这边，乙大学完成本科学业后，2018年又在戊大学拿下博士学位。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊大学"}},
		{"张三就读于乙大学，导师是理论计算机科学家、两届哥德尔奖得主李四教授。", []string{"张三 advisor 李四", "张三 educatedAt 乙大学"}},
		{"星火系统是李四弟子张三之前工作的延续。", []string{"张三 advisor 李四"}},
		{"张三是乙大学数学系和计算机系学士，以及戊大学计算机系硕士和博士学位。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊大学"}},
		// Posts: before joining, a list of them, a term in one.
		{"加入甲公司前，张三曾经担任乙大学教授、戊科技研究员和华为副院长。", []string{"张三 worksFor 乙大学 [教授]", "张三 worksFor 华为 [副院长]", "张三 worksFor 戊科技 [研究员]", "张三 worksFor 甲公司"}},
		{"2018年，张三教授在甲公司的主任职位的任期已满。", []string{"张三 led 甲公司 [主任]", "张三 worksFor 甲公司 [主任]"}},
		// Projects: a team's members, what an organisation made, described.
		{"星火系统团队中就有乙大学物理系校友张三。", []string{"张三 contributedTo 星火系统", "张三 educatedAt 乙大学"}},
		{"甲公司提出的策略协作型AI「星火系统」首次露面。", []string{"甲公司 developed 星火系统"}},
		// A quoted name after what it is; a degree passed into; a
		// registered company; a title between a name and 是.
		{"张三不但是一名标准的女学霸，还是初代国产手机“甲公司”的创始人。", []string{"张三 founded 甲公司"}},
		{"不过离职之后，张三先到北京考取了乙大学的MBA。", []string{"张三 educatedAt 乙大学"}},
		{"2002年，张三注册了甲公司。", []string{"张三 founded 甲公司"}},
		{"张三为甲公司注册资本1000万元。", nil},
		{"张三博士是美国乙大学数学系和计算机系学士。", []string{"张三 educatedAt 乙大学"}},
		// A name in apposition before the passive; participles sharing
		// the agent; a longer counted class before "such as".
		{"The all-transistor car radio, Gizmo, was developed and produced by Acme Robotics and Beta Labs, and it was an option.", []string{"Acme Robotics developed Gizmo", "Beta Labs developed Gizmo"}},
		{"Gizmo was developed and produced by Acme Robotics and Beta Labs.", []string{"Acme Robotics developed Gizmo", "Beta Labs developed Gizmo"}},
		{"Acme Robotics also developed a number of other weapons system prototypes, such as the Gizmo anti-aircraft missile system.", []string{"Acme Robotics developed Gizmo"}},
		// A place before 的 is the slot where the slot takes a place.
		{"出生于美国的张三，从小就在经商的家庭环境中长大。", []string{"张三 bornIn 美国"}},
		{"甲公司获得了由中国的丙资本领投的融资。", []string{"丙资本 investedIn 甲公司"}},
		// A name after "under" and a title or a noun marks a time, not
		// the subject of the apposition after it; after a verb it is the
		// person served.
		{"Roe, Chief of Staff under President John Doe, President of Acme Robotics, Beta Labs Senior Advisor from 2003 to the present.", nil},
		{"Mary Major, former Director of the Beta Labs under John Doe, Senior Advisor and Managing Director of Acme Robotics from 1993.", []string{"Mary Major led Acme Robotics [managing director]", "Mary Major led Beta Labs [director]", "Mary Major worksFor Acme Robotics [managing director]", "Mary Major worksFor Beta Labs [director]"}},
		{"Roe studied under John Doe, the founder of Acme Robotics.", []string{"Jane Roe advisor John Doe", "John Doe founded Acme Robotics"}},
		// A list of people, one a line, with a dash; a possessive title
		// before the copula.
		{"John Doe - Chairman of the Acme Robotics", []string{"John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [chairman]"}},
		{"Acme Robotics's current chairman is John Doe.", []string{"John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [chairman]"}},
		// An organisation that takes a post itself employs nobody from
		// context.
		{"甲公司完成B轮融资，丙资本担任独家财务顾问。", nil},
		// "X of Y" is one phrase, whatever governs it.
		{"The patent went to Lévy, and one each to John Doe of Acme Robotics and Jane Roe of Beta Labs.", []string{"Jane Roe worksFor Beta Labs", "John Doe worksFor Acme Robotics"}},
		// Agreeing to be bought; born in a district of a city; an
		// appointment received; a founding member; a laboratory at a
		// university; a graduation.
		{"In February 2013, Acme Robotics agreed to be purchased by Beta Labs and the Brazilian Gamma Capital for $23 billion.", []string{"Beta Labs acquired Acme Robotics", "Gamma Capital acquired Acme Robotics"}},
		{"Roe was born in the Chelsea district of Springfield, the oldest of three children.", []string{"Jane Roe bornIn Springfield"}},
		{"In 1934, Roe filled the vacancy, receiving an appointment as a Professor of Electrical Engineering at Acme Robotics, a position he held.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Doe, founding member of the public relations firm Acme Robotics, ran a campaign.", []string{"John Doe founded Acme Robotics"}},
		{"Roe worked in her uncle's radio laboratory at Acme Robotics for several years following her graduation from Beta Labs in 1943.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		// Chinese investors: a fund's LP, a bet won, the money taken, the
		// rounds taken part in.
		{"丙资本是甲公司的LP。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本押中了甲公司。", []string{"丙资本 investedIn 甲公司"}},
		{"张三投中了甲公司和戊科技。", []string{"张三 investedIn 戊科技", "张三 investedIn 甲公司"}},
		{"甲公司拿到了丙资本的钱。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本曾在甲公司的A轮和B轮中出手。", []string{"丙资本 investedIn 甲公司"}},
		{"明星张三加持甲公司的新品发布会。", nil},
		{"投资甲公司的机构有丙资本、丁创投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"被丙资本投资的甲公司近日上市。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本对甲公司的持股比例为10%。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本的被投企业甲公司近日上市。", []string{"丙资本 investedIn 甲公司"}},
		// Employment by the career's stints, leave, dismissal, "both",
		// and a part of the organisation to run.
		{"Roe's career includes stints at Acme Robotics and Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe was tapped to lead Acme Robotics's cloud business.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe is on leave from Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe was laid off by Acme Robotics in 2009.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe has worked for both Acme Robotics and Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"星火系统的研发团队由张三、李四等人组成。", []string{"张三 contributedTo 星火系统", "李四 contributedTo 星火系统"}},
		// Founding as a venture of one's own, and with one's team.
		{"张三创业做了甲公司。", []string{"张三 founded 甲公司"}},
		{"张三的创业项目甲公司获得了融资。", []string{"张三 founded 甲公司"}},
		{"张三和团队于2016年创办甲公司。", []string{"张三 founded 甲公司"}},
		{"张三投资的创业公司甲公司。", []string{"张三 investedIn 甲公司"}},
		// Taking a post: installed, made, re-elected, a role assumed, a
		// naming in a relative clause.
		{"Roe was installed as president of Acme Robotics.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Roe was re-elected chairman of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		{"Roe assumed the role of CEO at Acme Robotics.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Roe, whom Acme Robotics named its CEO in 2010, spoke.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Roe was made aware of Acme Robotics's plans.", nil},
		// Works: a paper named with the work it founded, a book and its
		// author, a work published by a person (not by a firm).
		{"Roe was also the founder of modern cryptography with her 1949 paper Widget OS.", []string{"Jane Roe authored Widget OS"}},
		{"In the book Widget OS, author Jane Roe states that it works.", []string{"Jane Roe authored Widget OS"}},
		{"\"Widget OS\", one of the founding works in information theory, was published by Jane Roe in the journal.", []string{"Jane Roe authored Widget OS"}},
		{"Widget OS was published by Acme Robotics in 1990.", []string{"Acme Robotics developed Widget OS"}},
		// Education begun somewhere; degrees listed; a degree held in a
		// relative clause.
		{"Roe began her college education at a community college, Beta Labs in California, and later transferred to Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe grew up in Springfield before starting higher education at Beta Labs in 1976.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe earned a bachelor’s degree in Mechanical Engineering from the Acme Robotics, a master’s degree in Naval Architecture and Marine Engineering from the Beta Labs in Ann Arbor.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe educatedAt Beta Labs"}},
		{"Roe is a test pilot who holds a bachelor’s degree in Mechanical Engineering from the Beta Labs in Cambridge.", []string{"Jane Roe educatedAt Beta Labs"}},
		// A time or an age after the subject's comma; a name after the
		// time is another subject.
		{"自小成绩优异的张三，在16岁就考入了乙大学的机械学院。", []string{"张三 educatedAt 乙大学"}},
		{"甲公司，在2010年丙资本投资了戊科技。", []string{"丙资本 investedIn 戊科技"}},
		// Absorbed into, owned by (an organisation; a person's ownership
		// is no acquisition).
		{"Beta Labs was absorbed into Acme Robotics.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Beta Labs is now owned by Acme Robotics.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Beta Labs is owned by Jane Roe.", nil},
		// A fund that invested in a list is no company the list invested
		// in: 包括 after 投资了 lists what it bought into.
		{"天眼查显示，丙资本对外投资了包括丁创投、戊科技等近15家投资机构。", []string{"丙资本 investedIn 丁创投", "丙资本 investedIn 戊科技"}},
		{"甲公司吸引了丙资本、丁创投等投资机构。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		// A group, including a member; a founder named after "founder and
		// president of X"; succeeding someone as president; a share in a
		// company; forming works; giving money to start one; enlisting;
		// a post held "while director of X".
		{"On 7 October 1919, eight Dutch businessmen, including John Doe, founded Acme Robotics as one of the first airlines.", []string{"John Doe founded Acme Robotics"}},
		{"On 31 December 1953, the founder and president of Acme Robotics, John Doe, died at the age of 64.", []string{"John Doe founded Acme Robotics", "John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		{"Roe was appointed to succeed John Doe as president of Acme Robotics in 1963.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]", "John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		{"In January 1996, Acme Robotics acquired a 26% share in Beta Labs, the flag-carrier.", []string{"Acme Robotics investedIn Beta Labs"}},
		{"Roe worked to develop several ironworks, eventually forming the Acme Robotics and the Beta Labs, in Pittsburgh.", []string{"Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs"}},
		{"In 1900, Roe gave $2 million to start the Acme Robotics at Pittsburgh.", []string{"Jane Roe founded Acme Robotics"}},
		{"In 1961, Roe enlisted in the Acme Robotics, and served for two years.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe oversaw a staff of 16 while director of the Acme Robotics.", []string{"Jane Roe led Acme Robotics [director]", "Jane Roe worksFor Acme Robotics [director]"}},
		{"Several investors, including Roe, said Acme Robotics acquired Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		// The company a partner's fund invested in is not the partner's.
		{"丙资本负责健康方向，投过甲公司的合伙人级别投资人张三，并未参与投资戊科技。", nil},
		{"加入甲公司的CTO张三表示。", []string{"张三 worksFor 甲公司 [CTO]"}},
		// Chinese: more titles (CMO, 老板); what one is, listed in
		// parentheses; a fund's many LPs; a company built by one's own
		// hand; birth in a described place; a secondment; quoted list
		// members.
		{"近日，据多位人士透露，甲公司现任CMO张三疑似正在出局。", []string{"张三 worksFor 甲公司 [CMO]"}},
		{"最终负责投资戊科技的人，是丙资本老板张三和专注物流方向的投资人李四。", []string{"张三 led 丙资本 [老板]", "张三 worksFor 丙资本 [老板]"}},
		{"其父亲张三（甲公司创始人，戊科技创始人）是一位老企业家。", []string{"张三 founded 戊科技", "张三 founded 甲公司"}},
		{"张三本人是丙资本、丁创投、戊科技等超10家投资机构的出资人。", []string{"张三 investedIn 丁创投", "张三 investedIn 丙资本", "张三 investedIn 戊科技"}},
		{"张三在50岁那年毅然决然将一手创办的甲公司卖与他人。", []string{"张三 founded 甲公司"}},
		{"1960年，祖籍浙江的张三在江南小城中国出生。", []string{"张三 bornIn 中国"}},
		{"张三后来又到甲公司挂职。", []string{"张三 worksFor 甲公司"}},
		{"丙资本投资了“甲公司”和“戊科技”。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		// A Chinese place name right before a list member.
		{"张三毕业于乙大学和美国戊大学，1983年获得博士学位。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊大学"}},
		{"甲公司奔赴IPO，离不开其背后的掌舵者——张三。", []string{"张三 led 甲公司 [掌舵者]", "张三 worksFor 甲公司 [掌舵者]"}},
		// A government's stake in a company; money put in by one made
		// able to; a company formed and then named; a companion with a
		// word of what he is.
		{"By 1966, the stake of the Gamma Capital in Acme Robotics was reduced to a minority stake of 49.5%.", []string{"The Gamma Capital investedIn Acme Robotics"}},
		{"In 1855, Doe made it possible for Roe to invest $500 in the Acme Robotics, which contracted with Beta.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"In 1871, Roe, together with friend John Doe, formed a shared company from it and called it Acme Robotics (in Swedish).", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		// Titles listed with 、 before a name are that name's, not the
		// context's subject's.
		{"张三也不是甲公司引入的第一位外援，今年5月份的时候，甲公司还宣布前华为中国区副总裁、前戊科技总裁李四加盟。", []string{"李四 led 戊科技 [总裁]", "李四 worksFor 华为 [副总裁]", "李四 worksFor 戊科技 [总裁]"}},
		{"张三曾任华为副总裁、戊科技总裁。", []string{"张三 led 戊科技 [总裁]", "张三 worksFor 华为 [副总裁]", "张三 worksFor 戊科技 [总裁]"}},
		// A relative of the name: the grandfather named after it is the
		// clause's subject; an unnamed mother is no one's.
		{"张三的爷爷李四出生于中国，毕业于乙大学农学系。", []string{"李四 bornIn 中国", "李四 educatedAt 乙大学"}},
		{"张三母亲来自中国，后考入乙大学。", nil},
		{"张三的父亲创办了甲公司。", nil},
		{"张三出生于中国，毕业于乙大学。", []string{"张三 bornIn 中国", "张三 educatedAt 乙大学"}},
		// Led to found; a worker named with his employer; stepping down
		// as a company's CEO; buying the remaining shares.
		{"The prices of Bell equipment led John Doe to form an independent telephone company called Acme Robotics in 1883.", []string{"John Doe founded Acme Robotics"}},
		{"In 1884, a technician named John Doe at Acme Robotics combined the earpiece and the mouthpiece.", []string{"John Doe worksFor Acme Robotics"}},
		{"In July 2016, John Doe stepped down as Acme Robotics's CEO after heading the company for six years.", []string{"John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		{"In September 2001, Acme Robotics purchased the remaining shares in Beta Labs from Gamma Capital.", []string{"Acme Robotics acquired Beta Labs"}},
		// A clause that opens with an organisation, a title and a person
		// has the person as subject for what follows its comma; a head's
		// title that goes on to a longer title is no head's.
		{"甲公司CTO张三，是计算机行业专家，曾任华为、戊科技高级架构师，还曾担任丙资本主任研发架构师。", []string{"张三 worksFor 丙资本 [主任研发架构师]", "张三 worksFor 华为 [架构师]", "张三 worksFor 戊科技 [架构师]", "张三 worksFor 甲公司 [CTO]"}},
		{"甲公司收购了戊科技，曾任华为高管。", []string{"甲公司 acquired 戊科技"}},
		{"张三是甲公司主任医师。", []string{"张三 worksFor 甲公司 [主任医师]"}},
		{"张三担任甲公司董事长一职。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// A successor after a comma; trade words before a title.
		{"2016年4月，李四卸任甲公司院长，由张三接任。", []string{"张三 led 甲公司 [院长]", "张三 worksFor 甲公司 [院长]", "李四 led 甲公司 [院长]", "李四 worksFor 甲公司 [院长]"}},
		{"Doe later became the locomotive engineer of the Acme Robotics.", []string{"John Doe worksFor Acme Robotics [locomotive engineer]"}},
		// A fellow of a society holds an honour, not a post; the holder of
		// a stake bought is not bought; a name governed by 对 after a verb
		// is not its object; a person's subordinate company is the
		// clause's subject.
		{"He is a fellow of the Acme Robotics, the Beta Labs and the Gamma Capital.", nil},
		{"Roe is a research fellow at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [research fellow]"}},
		{"张三以27.55亿元收购戊科技所持的甲公司29%股权。", []string{"张三 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"但在丙资本买下对甲公司有优先收购权的戊科技后希望破灭。", nil},
		{"丙资本收购了对手甲公司。", []string{"丙资本 acquired 甲公司"}},
		{"2009年，张三下属的丙资本以27亿元入股，成为甲公司的第三大股东。", []string{"丙资本 investedIn 甲公司"}},
		// A team led by someone; work found; a rank in a service; an
		// advisor after a long clause; a company described before its
		// name; a unit's assets sold; promoted president.
		{"Roe began her computing career in 1944 when she worked on the Gizmo team led by John Doe.", []string{"Jane Roe contributedTo Gizmo", "John Doe led Gizmo"}},
		{"Roe found work as a consultant for the Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [consultant]"}},
		{"Her great-grandfather, John Doe, an admiral in the Acme Robotics, fought in the battle.", []string{"John Doe worksFor Acme Robotics [admiral]"}},
		{"In 1934, Roe earned a Ph.D. in mathematics from Beta Labs under the direction of John Doe.", []string{"Jane Roe advisor John Doe", "Jane Roe educatedAt Beta Labs"}},
		{"In 1971, Roe and Doe founded a small engineering company, Acme Robotics, that designed games.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"The Acme Robotics properties were in turn sold to Beta Labs, which then renamed itself.", []string{"Beta Labs acquired Acme Robotics"}},
		{"Gamma Capital also sold the Acme Robotics division to Beta Labs.", []string{"Beta Labs acquired Acme Robotics"}},
		{"Doe's management led to him being promoted president of Acme Robotics that same year.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		// Sent to a school; 率队; an internship; moving to a fund; a post
		// at what one invested in; a company described before its name;
		// a doctorate in progress; returning home to found.
		{"1984年，16岁的张三被父母送往乙大学学习了两年的烹饪。", []string{"张三 educatedAt 乙大学"}},
		{"张三率队甲公司一路走来。", []string{"张三 led 甲公司"}},
		{"张三在1992年进入甲公司实习。", []string{"张三 worksFor 甲公司"}},
		{"1998年，张三转入丙资本，任中国区董事总经理。", []string{"张三 worksFor 丙资本"}},
		{"一年后，张三个人天使投资甲公司并担任董事长。", []string{"张三 investedIn 甲公司", "张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"1997年，张三离开华尔街，前往硅谷的搜索引擎公司甲公司任职工程师。", []string{"张三 worksFor 甲公司"}},
		{"当时张三在美国乙大学生物系攻读博士。", []string{"张三 educatedAt 乙大学"}},
		{"张三和李四回到中国创建甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		// A name after "to", "for" or "about" in the gap before an
		// object is another word's; a site's noun after a name; a
		// periodical published; a name between a verb of asking and an
		// infinitive is the infinitive's subject.
		{"In 1886 Roe created a new division to make Gizmo.", nil},
		{"Roe wrote a book about Gizmo.", nil},
		{"Roe wrote the foreword to Gizmo.", nil},
		{"Roe built Acme's Gizmo plant in Springfield.", nil},
		{"Roe ran the Acme division in Springfield.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe worked at the Acme plant in Springfield.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe published Gizmo, a weekly magazine, from 1950 until 1962.", nil},
		{"Roe published the magazine Gizmo.", nil},
		{"Roe published Gizmo, her first novel, in 1950.", []string{"Jane Roe authored Gizmo"}},
		{"Roe persuaded Doe to found Acme.", nil},
		{"Roe asked Doe to lead Acme.", nil},
		{"Roe left Acme to found Beta Labs.", []string{"Jane Roe founded Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		// The investor named first, the round after, in a later sentence.
		{"甲公司近日宣布完成数千万元A轮融资。此次融资资金将主要用于研发。丙资本为本轮唯一投资方。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司完成A轮融资。丙资本、丁创投为本轮投资方。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		// The company after a clause of investment that ends in 外 or 后;
		// the investors behind it; a relative named by a pronoun; a name
		// after a verb of location; an honorary degree; a pronoun before
		// a name and its affiliation; an exchange before a ticker.
		{"除获丙资本投资外，甲公司背后还有丁创投、戊科技等的投资支持。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"戊科技完成A轮融资。除获丙资本投资外，甲公司背后还有丁创投等的投资支持。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"获得丙资本投资后，甲公司迅速扩张。", []string{"丙资本 investedIn 甲公司"}},
		{"张三在她父亲为女童创办的甲公司接受教育。", nil},
		{"张三在1999年创办了甲公司。", []string{"张三 founded 甲公司"}},
		{"张三加入了位于乙大学的星火系统实验室。", []string{"张三 worksFor 乙大学"}},
		{"The Gizmo lab, located at Acme, was founded by Roe.", nil},
		{"1958年，张三成为首位获得乙大学名誉博士学位的女性。", nil},
		{"In 1958 Roe received an honorary doctorate from Beta Labs.", nil},
		{"Roe joined Beta Labs. She and Doe of Acme unveiled Gizmo in 1983.", []string{"Jane Roe worksFor Beta Labs", "John Doe worksFor Acme Robotics"}},
		{"Roe and Doe of Acme unveiled Gizmo in 1983.", []string{"Jane Roe worksFor Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"In 2001, Beta Labs was acquired by Acme Robotics (Gamma Capital: ACR).", []string{"Acme Robotics acquired Beta Labs"}},
		// Titles in a list after the copula, from a place of work, in
		// apposition after "the director of X"; a post taken on after
		// founding or joining; an organisation, an agent noun and a
		// title before a name; a participle clause of founding; products
		// "such as"; jobs, stints and divisions; newspapers worked on;
		// books in apposition; a controlling interest; work begun on a
		// product; a role in a development; born into a family.
		{"Roe is co-founder of Acme, chairman of Beta Labs, and founder of Gamma Capital.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe founded Gamma Capital", "Jane Roe led Beta Labs [chairman]", "Jane Roe worksFor Beta Labs [chairman]"}},
		{"Roe was influenced by studies authored by John Doe, a former president of Acme, who noted it.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		{"Roe, a professor from Acme, wanted to establish an institution.", []string{"Jane Roe worksFor Acme Robotics [professor]"}},
		{"Doe and the director of Acme, Dr. Jane Roe, jointly hosted a conference.", []string{"Jane Roe led Acme Robotics [director]", "Jane Roe worksFor Acme Robotics [director]"}},
		{"In 1994, Roe founded Acme and became Chairman.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		{"Acme alumnus and faculty member John Doe played a central role.", []string{"John Doe educatedAt Acme Robotics", "John Doe worksFor Acme Robotics [faculty member]"}},
		{"Acme co-founder and Technical Director John Doe resigned.", []string{"John Doe cofounded Acme Robotics", "John Doe worksFor Acme Robotics [technical director]"}},
		{"Having created Beta Labs in 1960, Roe founded Acme in 1972.", []string{"Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs"}},
		{"Acme has manufactured numerous instruments that have had impacts, such as the Gizmo synthesizer.", []string{"Acme Robotics developed Gizmo"}},
		{"Through his professors, Roe landed a summer job at Acme, an old-line bank, in 1969.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"From 1959–1970, Roe mostly worked as lead engineer in the Space Division of Acme (near Seattle).", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe had a stint in the Military Products Group at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"During two periods in the 1950s, Roe worked on the Acme Robotics as a reporter.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Supporters, like John Doe in his book, Gizmo (2000), state that.", []string{"John Doe authored Gizmo"}},
		{"Roe wrote many books. Her second book, Gizmo, was published in 2017.", []string{"Jane Roe authored Gizmo"}},
		{"Following Acme's purchase of a controlling interest in Beta Labs, products were rebranded.", []string{"Acme Robotics acquired Beta Labs"}},
		{"After its success, Acme began working on Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme played a key role in the development of Gizmo, a standard.", []string{"Acme Robotics developed Gizmo"}},
		{"Roe was born into a middle-class Jewish family in Springfield.", []string{"Jane Roe bornIn Springfield"}},
		// Chinese: a birthplace after its province, past a date; one of a
		// class; a partner in founding; a thesis by title; investors
		// taking part in a round; brands invested in, listed; a business
		// someone is fully in charge of; a company and its speaker; staff
		// listed with 等; a project taken part in; a return; 教员; 管理者.
		{"张三在1969年12月16日出生于中国湖北省美国。", []string{"张三 bornIn 中国", "张三 bornIn 美国"}},
		{"丙资本收购了中国最大的电商平台之一甲公司。", []string{"丙资本 acquired 甲公司"}},
		{"在大学期间与朋友李四合作成立甲公司。", []string{"李四 cofounded 甲公司"}},
		{"1934年，张三完成了一篇题为《星火系统》的毕业论文。", []string{"张三 authored 星火系统"}},
		{"今年1月，甲公司又完成了丙资本和丁创投共同参与的pre-ipo轮融资。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"丙资本就已经在全球投资了多个运动健身品牌，包括运动女装 甲公司、戊科技等十几个品牌。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"甲公司都由张三全权负责。", []string{"张三 led 甲公司"}},
		{"新加坡丙资本张三表示，看好甲公司。", []string{"张三 worksFor 丙资本"}},
		{"与张三、李四等甲公司的男性高层相比，王五更像守护者。", []string{"张三 worksFor 甲公司", "李四 worksFor 甲公司"}},
		{"张三是物理学家。在星火系统中，她参与研究了如何分离铀。", []string{"张三 contributedTo 星火系统"}},
		{"2017年，张三回归甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三成为了乙大学的教员。", []string{"张三 worksFor 乙大学 [教员]"}},
		{"甲公司的实际管理者张三。", []string{"张三 led 甲公司 [实际管理者]", "张三 worksFor 甲公司 [实际管理者]"}},
		{"张三还编撰了《星火系统》一书。", []string{"张三 authored 星火系统"}},
		// A later clause goes on with the sentence's subject, not a
		// relative's.
		{"张三开发了多款软件，同时还编撰了《星火系统》一书。", []string{"张三 authored 星火系统"}},
		{"张三的父亲李四生于美国，生长于中国等地，毕业于乙大学。", []string{"李四 bornIn 美国", "李四 educatedAt 乙大学"}},
		// A later title of a Chinese list of titles.
		{"张三担任甲公司董事、总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [董事]"}},
		{"张三担任甲公司董事、总经理助理。", []string{"张三 worksFor 甲公司 [董事]"}},
		// A partner in cofounding after "along with"; a board chaired; an
		// author's works listed; a novel named before its author.
		{"Roe was a co-founder of Acme along with Doe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Roe chaired the board of Acme.", []string{"Jane Roe led Acme Robotics"}},
		{"Roe is the author of several books, including Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Gizmo, Roe's first novel, was published in 1950.", []string{"Jane Roe authored Gizmo"}},
		// Control taken, a sale to, a first acquisition; a title of a
		// place's organisation; a title after "who went on to become";
		// an apposition between the subject and its title; an ordinal
		// before a title; administered by.
		{"From 1963 through 1969, Acme increased its existing stakes to take full control of the French Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"It was part of Gamma Capital, despite Beta Labs's sale to Acme in 1986.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme's first big acquisition involved Beta Labs, a German company.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Roe, former chairman of Springfield's Acme, retired.", []string{"Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		{"Roe, a graduate who went on to become a distinguished physicist and chancellor of Acme, was named the 18th president of Beta Labs by the regents.",
			[]string{"Jane Roe led Acme Robotics [chancellor]", "Jane Roe led Beta Labs [president]", "Jane Roe worksFor Acme Robotics [chancellor]", "Jane Roe worksFor Beta Labs [president]"}},
		{"Roe, whose father, John Doe, was president of Acme, studied law.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		{"Gizmo (administered by Roe) failed.", []string{"Jane Roe led Gizmo"}},
		// A head's title after a unit named anywhere in the gap is the
		// unit's; a presenter works for the broadcaster.
		{"6月18日，有消息称甲公司新石实验室产品负责人张三离职。", []string{"张三 worksFor 甲公司 [负责人]"}},
		{"甲公司研究院院长张三表示。", []string{"张三 worksFor 甲公司 [院长]"}},
		{"甲公司董事长张三表示。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"前甲公司资深主持人张三于2019年加入戊科技。", []string{"张三 worksFor 戊科技", "张三 worksFor 甲公司 [主持人]"}},
		// A subjectless clause whose relation takes an organisation: the
		// organisation that opens the sentence, not the main person.
		{"张三是甲公司创始人。2018年，甲公司开始在芯片领域布局，并且在2017年之际就成立了戊科技。", []string{"张三 founded 甲公司", "甲公司 founded 戊科技"}},
		// From the new tuning texts: a title after an apposition with
		// "in"; matriculated from; a degree after "receiving"; a thesis
		// by title; an advisor to; "opened his X"; organized by a
		// description and a name; "The new company A and B founded, X,";
		// made by someone's company; sold to someone's company; a
		// company's shows "such as".
		{"His father, John Doe, was a minister in the Acme Robotics.", []string{"John Doe worksFor Acme Robotics [minister]"}},
		{"Roe matriculated from the Acme Robotics in 1940.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"Roe completed his master's degree, receiving Master of Medicine in 1953 from the Acme Robotics.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"Roe studied hard. In the same year she obtained a doctorate from Acme for a dissertation titled \"Gizmo\".", []string{"Jane Roe authored Gizmo", "Jane Roe educatedAt Acme Robotics"}},
		{"Roe also spent time as a research advisor to the Acme Robotics, in Switzerland.", []string{"Jane Roe worksFor Acme Robotics [research advisor]"}},
		{"That same year, Roe opened his Acme Robotics with money borrowed from Doe.", []string{"Jane Roe founded Acme Robotics"}},
		{"Both released films through Acme Robotics, organized early that year by a Utah theatre owner, John Doe, who had bought firms.", []string{"John Doe founded Acme Robotics"}},
		{"The new company Roe and Doe founded, Acme Robotics, grew quickly.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"In 1928, Acme began releasing Gizmo, animated cartoons produced by Max and Dave Fleischer's Beta Labs in New York.", []string{"Beta Labs developed Gizmo"}},
		{"In 1966, Acme was sold to Charles Bluhdorn's industrial conglomerate, Beta Labs.", []string{"Beta Labs acquired Acme Robotics"}},
		{"Using some of Acme's established shows such as Gizmo, the studio grew.", []string{"Acme Robotics developed Gizmo"}},
		// A later clause goes on with the organisation that opens the
		// sentence, where its verb has an adverb or an aspect; a noun
		// right before a person's name is that person's.
		{"资料显示，丙资本是中国最活跃的投资团队之一，曾投中了甲公司、戊科技等。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"甲公司完成B轮融资，参投机构包括丙资本。", []string{"丙资本 investedIn 甲公司"}},
		{"当戊科技还在与甲公司等品牌的竞争中挣扎时，47岁的张三已经投向了新的行业，并创办了丙资本。", []string{"张三 founded 丙资本"}},
		{"丙资本拿到了领投份额，是因为甲公司创始人张三看中其品牌价值。", []string{"张三 founded 甲公司"}},
		// A teacher before his pupil; a school one graduated from before
		// the name; a company one has been at, or was poached from; a
		// company's products listed; its own chip; a producer; a
		// researcher; a fund one helms.
		{"师出李四的张三，早年学会了商业套路。", []string{"张三 advisor 李四"}},
		{"从乙大学电子物理技术专业毕业的张三对产品要求苛刻。", []string{"张三 educatedAt 乙大学"}},
		{"2018年5月，王五启用了曾在甲公司待过的张三为营销掌门人。", []string{"张三 worksFor 甲公司"}},
		{"它先是从芯片供应商甲公司那里挖来了包括张三在内的多位高管。", []string{"张三 worksFor 甲公司"}},
		{"1940年代，甲公司继续在各个领域开发新产品，其中包括抗风湿药物星火系统。", []string{"甲公司 developed 星火系统"}},
		{"2017年甲公司带来了第一款自研芯片星火系统。", []string{"甲公司 developed 星火系统"}},
		{"2002年11月，甲公司收购斯洛文尼亚非专利药生产商戊科技公司。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司的研究人员张三获得诺贝尔奖。", []string{"张三 worksFor 甲公司 [研究人员]"}},
		{"清华学霸张三所执掌的丙资本已经成为典型代表。", []string{"张三 led 丙资本", "张三 worksFor 丙资本"}},
		// A subsidiary created in an -ing clause; a competitor spawned; a
		// think tank launched and named; cofounders announcing their
		// company.
		{"In 1998, Acme acquired all related properties from Gamma Capital, creating a new subsidiary, Beta Labs.", []string{"Acme Robotics founded Beta Labs"}},
		{"In 1973, Acme spawned a competitor called Beta Labs.", []string{"Acme Robotics founded Beta Labs"}},
		{"In 2003, Roe launched a Washington, D.C.-based think tank called Acme, which seeks efficiency.", []string{"Jane Roe founded Acme Robotics"}},
		{"Co-founders John Doe and Jane Roe announced the formation of Acme Robotics.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		// A short word of a literal with its space matches a whole word
		// only ("a " is not the "a" of "at"); a date with its commas
		// between a passive verb and its agent.
		{"Roe started at Acme in 1990.", nil},
		{"Roe started Acme in 1990.", []string{"Jane Roe founded Acme Robotics"}},
		{"Acme was founded on February 24, 1982, by Roe, Doe and Major.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics", "Mary Major founded Acme Robotics"}},
		{"Beta Labs was acquired on May 3, 2001, by Acme.", []string{"Acme Robotics acquired Beta Labs"}},
		// A participle in an apposition after a comma is the name's
		// before it, not the sentence's subject's.
		{"Acme bought Beta Labs, a company founded in 1990 by Doe.", []string{"Acme Robotics acquired Beta Labs", "John Doe founded Beta Labs"}},
		{"Acme bought Beta Labs, an American software firm founded in Springfield by Doe and Roe.", []string{"Acme Robotics acquired Beta Labs", "Jane Roe founded Beta Labs", "John Doe founded Beta Labs"}},
		{"Acme was founded in 1990 by Doe.", []string{"John Doe founded Acme Robotics"}},
		// Teams, boards, chairs and services; a lab named after a
		// possessor is no product of the possessor's.
		{"Roe was drafted by Acme in the first round.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe coached Acme from 1990 to 1995.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe is a member of the Acme board of directors.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe holds the Gizmo Chair at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe served in the Acme from 1942 to 1945.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe was a researcher at Acme's Gizmo lab.", []string{"Jane Roe worksFor Acme Robotics [researcher]"}},
		{"Roe was hired as an assistant at Acme.", []string{"Jane Roe worksFor Acme Robotics [assistant]"}},
		// Clubs signed with, transferred to and coached; a company taken
		// into one's bag.
		{"张三于2005年签约甲公司，随后转会戊科技。", []string{"张三 worksFor 戊科技", "张三 worksFor 甲公司"}},
		{"张三执教甲公司三年。", []string{"张三 worksFor 甲公司"}},
		{"甲公司以10亿元的价格将戊科技收入囊中。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司与戊科技签约。", nil},
		// A person who introduces a product markets it; one a product
		// was introduced by may have made it.
		{"Roe introduced the Gizmo in 1921.", nil},
		{"Gizmo was introduced by Roe in 1986.", []string{"Jane Roe authored Gizmo"}},
		// Investors in the clause after the round; a round's name with
		// Latin letters; institutions behind a company, not a person.
		{"甲公司 A 轮融资由丙资本领投，丁创投跟投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司的 Pre-IPO 轮投资方包括丙资本。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司的背后，是丙资本、丁创投等一线机构。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"站在甲公司背后，是一位教授——张三。", nil},
		// Chosen by a company to run a unit; years with the company one
		// leaves.
		{"Roe was tapped by Acme to run its cloud unit.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe left Acme in 2001 after 20 years with the company.", []string{"Jane Roe worksFor Acme Robotics"}},
		// The company behind a product; rolled out; a computer in
		// apposition; brought to market.
		{"Acme, the company behind Gizmo, raised money.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme rolled out Gizmo in 2010.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo, Acme's first computer, sold well.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme brought Gizmo to market in 1990.", []string{"Acme Robotics developed Gizmo"}},
		// A product named as the company's; a launch to come is no fact.
		{"星火系统是甲公司的产品。", []string{"甲公司 developed 星火系统"}},
		{"作为甲公司的核心产品，星火系统贡献了大部分收入。", []string{"甲公司 developed 星火系统"}},
		{"甲公司还将推出星火系统。", nil},
		// From the latest tuning texts: service before a clause's
		// subject; a possessed school lectured at; a unit headed; where
		// one is now; a former student; a doctorate with a professor; a
		// senior thesis; a transfer to a college; a spin-off; a CEO of a
		// journal called X; chairman of what one helped found; a
		// president then; a country's president is no one's head.
		{"After serving in the Acme for three years, Roe mounted a campaign.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"In early 1977 Roe briefly lectured at Beta Labs's Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe headed the Acme Robotics.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		{"Doe joined Beta Labs and is now at Acme.", []string{"John Doe worksFor Acme Robotics", "John Doe worksFor Beta Labs"}},
		{"Roe's former student and mentee, John Doe, argued the case.", []string{"John Doe advisor Jane Roe"}},
		{"Roe received his Doctor of Philosophy (Ph.D.) from Acme in 1973 with Prof. John Doe.", []string{"Jane Roe advisor John Doe", "Jane Roe educatedAt Acme Robotics"}},
		{"Roe studied there. His Acme senior thesis was titled \"Gizmo\".", []string{"Jane Roe authored Gizmo"}},
		{"Roe attended Beta Labs for two years before transferring to the Acme Robotics where he received his Bachelor of Science in 1965.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe educatedAt Beta Labs"}},
		{"Roe spun off his work into a company, Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		{"Roe eventually became CEO of a trade journal for farm implements called Acme Robotics.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Doe persuaded the administration of Acme Robotics under then-president Jane Roe to create a center.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"John Doe, Chairman of the Acme Robotics under President Jane Roe, left.", []string{"John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [chairman]"}},
		// From the latest Chinese tuning texts: a subsidiary bought; a
		// product series listed; cofounders of a society; founding taken
		// part in; a story published; a paper by title; a school entered
		// at an age; titles listed; fellow editors.
		{"2015年，甲公司收购戊科技旗下的丙资本。", []string{"甲公司 acquired 丙资本"}},
		{"2005年，甲公司推出了新的品牌系列，包括主机星火系统。", []string{"甲公司 developed 星火系统"}},
		// 发起组织 founds: the first partner, whom the cofounding rule does
		// not reach past 与 and a list, gets founded.
		{"1921年，张三与李四、王五等人发起组织“甲公司”。", []string{"张三 founded 甲公司", "李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		{"张三同时还参加发起成立“甲公司”。", []string{"张三 founded 甲公司"}},
		{"1918年，张三在杂志上发表他的第一篇白话小说《星火系统》。", []string{"张三 authored 星火系统"}},
		{"张三的第一篇关于儿童文学的学术论文题作《星火系统》。", []string{"张三 authored 星火系统"}},
		{"张三12岁入苏州乙大学时，取了一个字。", []string{"张三 educatedAt 乙大学"}},
		{"张三和其他《甲公司》的编辑们激烈批评社会。", []string{"张三 worksFor 甲公司"}},
		// Traditional characters mixed into a text read as Simplified
		// ones; the counterparty after 向 is no buyer; an award's title
		// is no post.
		{"李四擔任甲公司總經理。", []string{"李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		{"1936年，李四創辦了甲公司。", []string{"李四 founded 甲公司"}},
		{"2016年，甲公司向丙资本收购戊科技9.9%股权。", []string{"甲公司 investedIn 戊科技"}},
		{"1974年，张三被甲公司选为年度科学家。", nil},
		// A clause of its own after the subject's first clause, past a
		// date and adverbs; the subject opens its clause after a
		// connective or as the topic of 以…为例; a later member of a list
		// opens no clause.
		{"甲公司也杀入了EDA赛道，一口气投资了丙资本、丁创投以及戊科技等多家公司。", []string{"甲公司 investedIn 丁创投", "甲公司 investedIn 丙资本", "甲公司 investedIn 戊科技"}},
		{"以甲公司为例，2021年陆续投资了丙资本、丁创投等多家机器人公司。", []string{"甲公司 investedIn 丁创投", "甲公司 investedIn 丙资本"}},
		{"而甲公司早已深入硬科技腹地，先后投资了丙资本。", []string{"甲公司 investedIn 丙资本"}},
		// Investors that act one after another on the sentence's company.
		{"瞄准年轻人，甲公司被视为新物种，深受VC/PE追捧，丙资本、丁创投、戊科技纷纷出手。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"丙资本和丁创投纷纷出手。", nil},
		// A member's own descriptor may hold Latin letters (AI芯片公司); a
		// person's does not become one this way.
		{"此外，甲公司还活跃在芯片赛道，出手了GPU赛道新晋独角兽丙资本、AI芯片公司丁创投。", []string{"甲公司 investedIn 丁创投", "甲公司 investedIn 丙资本"}},
		{"乙大学实验室主任张三、AI领域著名华人学者李四等三名教授担任甲公司的学术顾问。", []string{"张三 worksFor 乙大学 [主任]", "李四 worksFor 甲公司 [顾问]"}},
		{"根据丙资本的数据，过去十余年间，甲公司作为LP累计出手超60次，投资了丁创投。", []string{"甲公司 investedIn 丁创投"}},
		{"2010年，当甲公司还在与乙大学、戊科技的竞争中挣扎时，47岁的张三已经将目光投向了新的行业，并创办了丙资本。", []string{"张三 founded 丙资本"}},
		{"2010年，当甲公司还在与乙大学、戊科技的竞争中挣扎时，已经将目光投向了新的行业，并创办了丙资本。", nil},
		// Shares bought are an investment; 宣布 before the amount; a
		// sentence that opens with a post; a post before 的 and a name is
		// that name's; another company named after the verb; hired later.
		{"8月8日，丙资本以每股8.93元人民币增持甲公司1.43亿股，交易总代价约为2.1亿美元。", []string{"丙资本 investedIn 甲公司"}},
		{"2018年1月，丙资本及丁创投收购甲公司香港H股退市时引入的投资人持有的约14%股份。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"丙资本以27亿元收购戊科技所持的甲公司29%股权。", []string{"丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"2014年3月10日丙资本宣布以2.14亿美元入股甲公司。", []string{"丙资本 investedIn 甲公司"}},
		{"张三生于杭州。1990年任甲公司会长。", []string{"张三 led 甲公司 [会长]", "张三 worksFor 甲公司 [会长]"}},
		{"王五生于杭州。1953年秋天，担任过甲公司系主任的李四把张三招进乙大学。", []string{"李四 led 甲公司 [主任]", "李四 worksFor 甲公司 [主任]"}},
		{"Roe founded another company, Beta Labs, with his brother.", []string{"Jane Roe founded Beta Labs"}},
		{"Doe studied at Beta Labs. He was later hired by Acme Robotics to service their engines.", []string{"John Doe educatedAt Beta Labs", "John Doe worksFor Acme Robotics"}},
		{"张三生于杭州。他是甲公司的创立人之一，终身致力于出版。", []string{"张三 founded 甲公司"}},
		{"张三是乙大学的创校人。", []string{"张三 founded 乙大学"}},
		// A sentence with no subject in a roster of people: the person
		// that opens a clause in the sentences just before, not the one
		// the document names most, who is not named there.
		{"张三：视觉团队负责人\n\n张三，2019年加入甲公司。张三毕业于乙大学。张三曾任丙资本顾问。\n\n李四毕业于戊大学。博士期间，李四对语音感兴趣。丁创投学术被引数9000+。\n\n在去年加入甲公司之前，曾在戊科技工作了6年。",
			[]string{"张三 educatedAt 乙大学", "张三 worksFor 丙资本 [顾问]", "张三 worksFor 甲公司", "李四 educatedAt 戊大学", "李四 worksFor 戊科技", "李四 worksFor 甲公司"}},
		// A subsidiary named after 旗下 is the phrase's head, in a slot,
		// in a list and as the subject a pattern leaves out.
		{"2018年7月12日，甲公司宣布签署B轮融资协议，投资方包括华为旗下丙资本、戊大学旗下丁创投和戊科技。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"此外，戊科技旗下的子公司丙资本，获得甲公司1亿美元的现金投资。", []string{"甲公司 investedIn 丙资本"}},
		{"甲公司收购了戊科技旗下的丙资本。", []string{"甲公司 acquired 丙资本"}},
		{"张三投资了丙资本旗下的基金。", nil},
		// "and" repeats the object's preposition: the verb goes on with
		// a second object, past adverbs and an aside; another verb does
		// not.
		{"Doe worked at Acme Robotics and later, after a year abroad, at Beta Labs and Gamma Capital.", []string{"John Doe worksFor Acme Robotics", "John Doe worksFor Beta Labs", "John Doe worksFor Gamma Capital"}},
		{"Roe served as president of Acme Robotics and later of Beta Labs.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe led Beta Labs [president]", "Jane Roe worksFor Acme Robotics [president]", "Jane Roe worksFor Beta Labs [president]"}},
		{"Roe invested in Acme Robotics and, in 2010, in Beta Labs.", []string{"Jane Roe investedIn Acme Robotics", "Jane Roe investedIn Beta Labs"}},
		{"Roe was born in Springfield and raised in Shelbyville.", []string{"Jane Roe bornIn Springfield"}},
		{"Roe worked at Acme Robotics and at Beta Labs she met Doe.", []string{"Jane Roe worksFor Acme Robotics"}},
		// Plans, hopes and denials are not facts.
		{"张三曾计划加入甲公司，但最终没有成行。", nil},
		{"张三希望加入甲公司。", nil},
		{"甲公司否认收购戊科技。", nil},
		{"Acme denied that it had acquired Beta Labs.", nil},
		// A short gap before the object does not open with "about", "to"
		// or "for": what follows is a topic or a beneficiary.
		{"Roe wrote about Widget OS in her blog.", nil},
		{"Roe wrote the Widget OS kernel.", []string{"Jane Roe authored Widget OS"}},
		// Occupations are titles too.
		{"In 1990, Roe was a ranger at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [ranger]"}},
		{"Doe worked as a machinist for Beta Labs.", []string{"John Doe worksFor Beta Labs [machinist]"}},
		{"其中张三在甲公司当编辑，每月有40块钱的工资。", []string{"张三 worksFor 甲公司 [编辑]"}},
		{"张三是甲公司的老师。", []string{"张三 worksFor 甲公司 [老师]"}},
		// A title before a name at a clause's start; posts taken over
		// (由…接任), at what was just founded, entered as (进入…做); more
		// posts (秘书长, 常务理事, 专家, 柜员, 行长).
		{"创始人张三为原甲公司及戊科技产品专家，还曾于丙资本担任人工智能高级工程师。", []string{"张三 worksFor 丙资本 [工程师]", "张三 worksFor 戊科技 [产品专家]", "张三 worksFor 甲公司 [产品专家]"}},
		{"1956年1月，甲公司成立，张三任副所长。", []string{"张三 worksFor 甲公司 [副所长]"}},
		{"1935年4月，甲公司进行增资改组，李四宣布由张三接任甲公司董事长和总经理。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"张三进入甲公司做柜员。", []string{"张三 worksFor 甲公司 [柜员]"}},
		{"张三是甲公司秘书长、乙大学常务理事。", []string{"张三 worksFor 乙大学 [常务理事]", "张三 worksFor 甲公司 [秘书长]"}},
		{"张三是甲公司行长。", []string{"张三 led 甲公司 [行长]", "张三 worksFor 甲公司 [行长]"}},
		// A noun phrase set off after the copula's complement is the
		// subject's, unless a name stands before its comma.
		{"Roe was an American industrialist and a business magnate, the founder of the Acme Robotics, and the sponsor of the development.", []string{"Jane Roe founded Acme Robotics"}},
		{"Roe was a friend of John Doe, the founder of Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		{"Roe was a director at Beta Labs, the largest shareholder of Acme Robotics.", []string{"Beta Labs investedIn Acme Robotics", "Jane Roe worksFor Beta Labs [director]"}},
		{"Roe is co-founder of the Beta Labs, chairman of the Acme Robotics, and founder of Gamma Capital.", []string{"Jane Roe cofounded Beta Labs", "Jane Roe founded Gamma Capital", "Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		// "helped found" is founding, as "to help found".
		{"Doe left Beta Labs in 1988 to help found Acme Robotics.", []string{"John Doe founded Acme Robotics", "John Doe worksFor Beta Labs"}},
		// An event named after a person gives no subject.
		{"张三也发布内部信表示，李四事件后，全集团开展了反思，并在集团层面成立了甲公司。", nil},
		// A name after a preposition and "the" opens no clause.
		{"Roe resigned from the Acme Robotics and founded the Beta Labs on August 5, 1899.", []string{"Jane Roe founded Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"Roe and other stockholders in the Acme Robotics formed the Beta Labs in 1901.", nil},
		// More adverbs of founding together.
		{"张三与好友李四合伙成立了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"张三与李四一同创建了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"张三与李四携手创立甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// Whom the subject succeeds stands between it and its verb.
		{"张三于2019年接替李四出任甲公司CEO。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"丙资本投资了甲公司、戊科技，以及华为CEO张三。", []string{"丙资本 investedIn 甲公司", "丙资本 investedIn 戊科技", "张三 led 华为 [CEO]", "张三 worksFor 华为 [CEO]"}},
		// A possessive pronoun owns the noun after it, as a possessor does.
		{"Acme Robotics grew. Roe was recruited by Acme in 1990 to lead its lab.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Acme Robotics grew. Roe was named to lead its board.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		// A description that ends in a class noun before the object; a
		// fronted clause of working somewhere, then the subject.
		{"随后，在进入甲公司工作了两年之后，张三又联合创立了全美最大的户外数字媒体公司戊科技，并于2011年上市。", []string{"张三 worksFor 甲公司", "张三 cofounded 戊科技"}},
		{"丙资本投资了一家做芯片的初创公司戊科技。", []string{"丙资本 investedIn 戊科技"}},
		// A relative clause before a noun of what the person is, then the name.
		{"毕业于乙大学的博士李四加入了甲公司。", []string{"李四 educatedAt 乙大学", "李四 worksFor 甲公司"}},
		{"创办了甲公司的连续创业者李四", []string{"李四 founded 甲公司"}},
		// Rounds named by their letter: who follows, who leads the next.
		{"丙资本领投了甲公司的A轮，丁创投跟投。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司"}},
		{"甲公司的A轮投资方是丙资本，B轮则由丁创投领投。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司"}},
		{"甲公司天使轮由丙资本投资。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司背后的资本包括丙资本、丁创投。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司"}},
		// Founding with a partner; 一手打造.
		{"Roe teamed up with Doe to found Acme.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"张三一手打造了甲公司。", []string{"张三 founded 甲公司"}},
		// Leading: under someone's leadership, in charge of, 主持工作.
		{"甲公司在张三的带领下收购了戊科技。", []string{"张三 led 甲公司", "甲公司 acquired 戊科技"}},
		{"在张三的领导下，甲公司发展迅速。", []string{"张三 led 甲公司"}},
		{"张三主持甲公司工作。", []string{"张三 led 甲公司"}},
		{"Roe is in charge of Acme.", []string{"Jane Roe led Acme Robotics"}},
		{"Roe is in charge of Acme's robotics division.", nil},
		// Postdocs, interns and supervisors work where they are.
		{"张三曾在甲公司做博士后。", []string{"张三 worksFor 甲公司 [博士后]"}},
		{"张三曾担任甲公司监事。", []string{"张三 worksFor 甲公司 [监事]"}},
		// Schools and studies; where a member is does not end a list.
		{"Roe went to school at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe went on to study philosophy and theology at Beta Labs, but dropped out at 19.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe was a pupil at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe received her undergraduate education at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe attended Beta Labs in Springfield and Gamma Capital.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe educatedAt Gamma Capital"}},
		{"Roe joined Acme, studying the market at Beta Labs.", []string{"Jane Roe worksFor Acme Robotics"}},
		// An -ing clause after a comma continues its sentence's subject.
		{"Roe left Acme in 2001, joining Beta Labs as chief technology officer.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Acme Robotics grew fast in the 1990s, acquiring Beta Labs in 1998.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Doe met Roe in 1990, founding Acme a year later.", []string{"John Doe founded Acme Robotics"}},
		// A name a preposition governs, then a comma and a verb, ends its
		// clause; before a gap an apposition does not make it a subject.
		{"Roe graduated from Beta Labs, worked at Acme for ten years, and then founded Gamma Capital.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics", "Jane Roe founded Gamma Capital"}},
		{"Doe worked with Roe, the founder of Acme, and later founded Beta Labs.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Beta Labs"}},
		{"Roe, who studied at Beta Labs, worked at Acme before founding Gamma Capital.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics", "Jane Roe founded Gamma Capital"}},
		// The object of a verb before a wide gap is no subject after it.
		{"Acme Robotics hired Roe in 2001 and later founded Beta Labs.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Doe met Roe, who founded Beta Labs.", []string{"Jane Roe founded Beta Labs"}},
		// A counted class noun, then its members: "acquired two
		// companies, X and Y", "several firms, including X", 多家公司，包括X.
		{"Acme Robotics acquired two companies, Beta Labs and Gamma Capital.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Gamma Capital"}},
		{"Acme Robotics acquired several firms, including Beta Labs and Gamma Capital.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Gamma Capital"}},
		{"Roe wrote several books, including Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"丙资本投资了多家公司，包括甲公司、戊科技。", []string{"丙资本 investedIn 甲公司", "丙资本 investedIn 戊科技"}},
		{"Acme Robotics acquired two companies, Beta Labs said on Monday.", nil},
		{"Roe founded Acme in 1957, Beta Labs in 1968 and Gamma Capital in 1970.", []string{"Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs", "Jane Roe founded Gamma Capital"}},
		{"Acme Robotics was incorporated in 1948 by Jane Roe.", []string{"Jane Roe founded Acme Robotics"}},
		{"Acme Robotics began producing Widget OS in 1959.", []string{"Acme Robotics developed Widget OS"}},
		{"The board of directors of Acme Robotics includes Jane Roe and John Doe.", []string{"Jane Roe worksFor Acme Robotics [board of directors]", "John Doe worksFor Acme Robotics [board of directors]"}},
		{"Acme Robotics added Jane Roe to its board of directors.", []string{"Jane Roe worksFor Acme Robotics [board of directors]"}},
		{"Jane Roe and John Doe co-founded Acme Robotics, which Beta Labs acquired in 2014.", []string{"Beta Labs acquired Acme Robotics", "Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"华为云CEO由张三接任。", []string{"张三 led 华为云 [CEO]", "张三 worksFor 华为云 [CEO]"}},
		{"华为云CEO将由张三接任。", nil},
		{"原华为云总裁张三调任甲公司董事长。", []string{"张三 led 华为云 [总裁]", "张三 led 甲公司 [董事长]", "张三 worksFor 华为云 [总裁]", "张三 worksFor 甲公司 [董事长]"}},
		{"张三自2019年起担任华为云CEO。", []string{"张三 led 华为云 [CEO]", "张三 worksFor 华为云 [CEO]"}},
		{"张三（华为云CEO）表示。", []string{"张三 led 华为云 [CEO]", "张三 worksFor 华为云 [CEO]"}},
		{"张三于2000年加入华为，历任华为云总裁、甲公司董事长等职。", []string{"张三 led 华为云 [总裁]", "张三 led 甲公司 [董事长]", "张三 worksFor 华为", "张三 worksFor 华为云 [总裁]", "张三 worksFor 甲公司 [董事长]"}},
		{"李四与时任乙大学校长张三深谈。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		{"Jane Roe and her partner John Doe ran Acme Robotics.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics", "John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Acme Robotics unveiled its first car, the Widget OS, in 1963.", []string{"Acme Robotics developed Widget OS"}},
		{"Acme Robotics' first car was the Widget OS.", []string{"Acme Robotics developed Widget OS"}},
		{"The Widget OS was Acme Robotics' best-selling product.", []string{"Acme Robotics developed Widget OS"}},
		{"Acme Robotics began production of the Widget OS in 1963.", []string{"Acme Robotics developed Widget OS"}},
		{"In 1959, Acme Robotics opened Beta Labs in Los Angeles.", []string{"Acme Robotics founded Beta Labs"}},
		{"Acme Robotics appointed Jane Roe to its board of directors in 2012.", []string{"Jane Roe worksFor Acme Robotics [board of directors]"}},
		{"Jane Roe joins Acme Robotics board.", []string{"Jane Roe worksFor Acme Robotics [board]"}},
		{"Jane Roe was elected as an independent director of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [independent director]"}},
		{"Jane Roe stepped down from the board of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [board]"}},
		{"Jane Roe spent a decade at Beta Labs before joining Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"张三从甲公司离职后创办了戊科技。", []string{"张三 founded 戊科技", "张三 worksFor 甲公司"}},
		{"甲公司的第一大股东是丙资本。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司由乙大学控股。", []string{"乙大学 investedIn 甲公司"}},
		{"乙大学持股甲公司30%。", []string{"乙大学 investedIn 甲公司"}},
		// it opening its clause is the most salient organisation.
		{"Acme Robotics grew fast. In 1975, it released Widget OS.", []string{"Acme Robotics developed Widget OS"}},
		{"Acme Robotics grew fast. It is clear that John Doe founded Beta Labs.", []string{"John Doe founded Beta Labs"}},
		{"Jane Roe met John Doe. It also developed Widget OS.", nil},
		{"成立第一年，甲公司完成了4轮融资，不乏丙资本、丁创投等一众知名投资机构。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司完成B轮融资，吸引了丙资本、丁创投等机构。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"They stayed, and Jane Roe, instead joined Acme Robotics after she finished school.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"In 2006, Jane Roe was appointed Chief Technology Officer of the Free Standards Group and elected chair of Beta Labs.", []string{"Jane Roe led Beta Labs [chair]", "Jane Roe worksFor Beta Labs [chair]"}},
		{"Acme Robotics is credited with creating the Widget OS programming language.", []string{"Acme Robotics developed Widget OS"}},
		{"She currently serves as Chair of the Board and the founding trustee of Beta Labs.", nil},
		{"Jane Roe currently serves as chair of the board and the founding trustee of Beta Labs.", []string{"Jane Roe led Beta Labs [chair of the board]", "Jane Roe worksFor Beta Labs [trustee]"}},
		{"Jane Roe graduated from Beta Labs in 1945 and joined Acme Robotics in the fall.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"John Doe serves under Jane Roe, who in May 2022 became the first woman to lead Acme Robotics.", []string{"Jane Roe led Acme Robotics"}},
		{"Jane Roe joined Acme Robotics in 2007 to lead Widget OS.", []string{"Jane Roe led Widget OS", "Jane Roe worksFor Acme Robotics"}},
		{"Since then, Acme Robotics has managed such historic missions as Widget OS, Gizmo, and many more.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme Robotics acquired many companies including television maker Beta Labs in 1984.", []string{"Acme Robotics acquired Beta Labs"}},
		{"甲公司宣布完成B轮融资，领投方为丙资本，跟投方为丁创投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		// Chinese role lists before a name.
		{"甲公司联席首席投资官、合伙人张三在致辞中表示。", []string{"张三 worksFor 甲公司 [首席投资官]"}},
		// Guards: the nearer candidate is the argument; a possessive is
		// no subject.
		{"乙大学教授张三创立的甲公司上市了。", []string{"张三 founded 甲公司", "张三 worksFor 乙大学 [教授]"}},
		{"John Doe was born in Springfield. His father graduated from Beta Labs.", []string{"John Doe bornIn Springfield"}},
		{"Acme co-founder John Doe later founded Beta Labs.", []string{"John Doe cofounded Acme Robotics", "John Doe founded Beta Labs"}},
		{"张三主导投资了甲公司、戊科技等企业。", []string{"张三 investedIn 戊科技", "张三 investedIn 甲公司"}},
		// A descriptor before a name inside a pattern: an occupation, a
		// kind of company, a demonym; not a phrase with a function word.
		{"Jane Roe studied under biochemist John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Acme Robotics, led by chief executive Jane Roe, makes robots.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		{"Acme Robotics acquired French television maker Beta Labs in 1987.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Jane Roe joined the search giant Acme Robotics in 2001.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe founded the company after leaving Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe joined forces with Acme Robotics.", nil},
		// A named possessor is no subject before a gap.
		{"Jane Roe left after issues with John Doe's style, and co-founded the influential Beta Labs.", []string{"Jane Roe cofounded Beta Labs"}},
		{"John Doe's colleague later joined Acme Robotics.", nil},
		// Chinese adverbs between the subject and its verb.
		{"张三目前是丙资本的合伙人。", []string{"张三 worksFor 丙资本 [合伙人]"}},
		{"张三曾是甲公司软件副总裁。", []string{"张三 worksFor 甲公司 [副总裁]"}},
		// Triggers of this round: funding, contributors, tenures.
		{"Gamma Capital was an early backer of Acme Robotics.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Gamma Capital led Acme Robotics's Series B round.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Jane Roe was a key contributor to Widget OS.", []string{"Jane Roe contributedTo Widget OS"}},
		{"After eight years at Beta Labs, Jane Roe left to start Acme Robotics.", []string{"Jane Roe founded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Jane Roe spent two years as a postdoc at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Jane Roe, one of Acme Robotics's founders, left in 2010.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe has run Acme Robotics since 2010.", []string{"Jane Roe led Acme Robotics"}},
		{"John Doe wrote his thesis under Jane Roe at Beta Labs.", []string{"John Doe advisor Jane Roe"}},
		{"Jane Roe is best known for creating Widget OS.", []string{"Jane Roe authored Widget OS"}},
		{"甲公司TMT中国主管兼合伙人张三出席。", []string{"张三 worksFor 甲公司 [主管]"}},
		{"在张三的带领下，甲公司发展迅速。", []string{"张三 led 甲公司"}},
		{"Acme Robotics's engineers founded Beta Labs.", nil},
		{"Acme Robotics's engineers built Widget OS.", []string{"Acme Robotics developed Widget OS"}}, // what its staff build, an organisation develops
		// Board news: a title after "a" names one of several (no
		// leadership); appositions without an article; boards that
		// include someone; dismissals; "its title, Name".
		{"Jane Roe has been a director of Acme Robotics since 2008.", []string{"Jane Roe worksFor Acme Robotics [director]"}},
		{"Jane Roe is the director of Acme Robotics.", []string{"Jane Roe led Acme Robotics [director]", "Jane Roe worksFor Acme Robotics [director]"}},
		{"Jane Roe, president of Beta Labs, was elected to Acme Robotics's board.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Acme Robotics [board]", "Jane Roe worksFor Beta Labs [president]"}},
		{"Acme Robotics's board now includes Jane Roe.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Acme Robotics's directors include Jane Roe and John Doe.", []string{"Jane Roe worksFor Acme Robotics [director]", "John Doe worksFor Acme Robotics [director]"}},
		{"Jane Roe was fired as chief executive of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Acme Robotics announced the resignation of its chief executive, Jane Roe.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		// Biographies: a parenthesis after the name, a second clause
		// with a title, departments chaired, named chairs.
		{"Jane Roe (born 1940) is an American scientist and former executive of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [executive]"}},
		{"Jane Roe left Acme Robotics in 2002 and became a senior fellow at Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs [fellow]"}},
		{"Jane Roe chaired the department of medicine at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Jane Roe is the Mary Major Professor of Medicine at Beta Labs.", []string{"Jane Roe worksFor Beta Labs [professor]"}},
		// An organisation, a title and a person: the person heads the
		// phrase. A team or business of an organisation is not it.
		{"戊科技由甲公司前高管张三创立。", []string{"张三 founded 戊科技", "张三 worksFor 甲公司 [高管]"}},
		{"张三曾带领甲公司的搜索团队。", []string{"张三 worksFor 甲公司"}},
		{"张三曾负责甲公司的云计算业务。", []string{"张三 worksFor 甲公司"}},
		{"丙资本投资了甲公司的A轮融资。", []string{"丙资本 investedIn 甲公司"}},
		// Dashes: an apposition between them, a name after one.
		{"Jane Roe — a former Beta Labs engineer — founded Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		{"甲公司的掌舵者——张三表示。", []string{"张三 led 甲公司 [掌舵者]", "张三 worksFor 甲公司 [掌舵者]"}},
		// Products in company histories.
		{"Acme Robotics's first product, Widget OS, was released in 1958.", []string{"Acme Robotics developed Widget OS"}},
		{"Acme Robotics started selling Widget OS in 1958.", []string{"Acme Robotics developed Widget OS"}},
		{"Widget OS was developed under Jane Roe's leadership.", []string{"Jane Roe led Widget OS"}},
		{"Acme Robotics took control of Beta Labs in 1999.", []string{"Acme Robotics acquired Beta Labs"}},
		// ", and" after one name before a verb joins clauses; a head of a
		// unit of the organisation is no head of it.
		{"By the end of that year, Jane Roe established Beta Labs, and Acme Robotics became a part of it.", []string{"Jane Roe founded Beta Labs"}},
		{"Jane Roe founded Beta Labs, Gamma Capital, and Acme Robotics.", []string{"Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs", "Jane Roe founded Gamma Capital"}},
		{"张三身兼数职：甲公司出行平台核心引擎负责人。", []string{"张三 worksFor 甲公司 [负责人]"}},
		{"张三是甲公司的负责人。", []string{"张三 led 甲公司 [负责人]", "张三 worksFor 甲公司 [负责人]"}},
		// A degree before the clause of its holder; an English time phrase
		// after a slot.
		{"After graduating from Beta Labs, Jane Roe worked at Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"After earning her PhD in physics at Beta Labs in 1990, Jane Roe joined Acme Robotics.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		// Chinese careers: 在X担任, 出身, 跳槽, 辞去…职务, X的现任总裁为.
		{"张三曾在甲公司担任技术总监。", []string{"张三 worksFor 甲公司 [技术总监]"}},
		{"张三是甲公司出身的创业者。", []string{"张三 worksFor 甲公司"}},
		{"张三从甲公司跳槽到乙大学。", []string{"张三 worksFor 乙大学", "张三 worksFor 甲公司"}},
		{"张三辞去甲公司的职务，加入乙大学。", []string{"张三 worksFor 乙大学", "张三 worksFor 甲公司"}},
		{"甲公司现任总裁为张三。", []string{"张三 led 甲公司 [总裁]", "张三 worksFor 甲公司 [总裁]"}},
		{"张三拥有十年甲公司工作经验。", []string{"张三 worksFor 甲公司"}},
		{"张三将不再担任甲公司CEO。", nil},
		// Chinese funding news: an amount after the investor, 对X进行了投资,
		// becoming a shareholder, a round's lead investor, 获…投资, a
		// time phrase with 早在 and an adverb after it.
		{"丙资本以1000万美元领投戊科技的A轮融资。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本对戊科技进行了战略投资。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本成为戊科技的股东。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技的投资人中有丙资本。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技曾获丙资本投资。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技此前获得过丙资本、丁创投等机构的投资。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"戊科技A轮融资的领投方为丙资本。", []string{"丙资本 investedIn 戊科技"}},
		{"戊科技的C轮融资由丙资本和丁创投共同领投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"丙资本早在2018年就投资了戊科技。", []string{"丙资本 investedIn 戊科技"}},
		// A name with 's after a list member is no member.
		{"Jane Roe was named president of Beta Labs, Acme Robotics's research arm.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Beta Labs [president]"}},
		{"Jane Roe then moved to Acme Robotics as corporate vice president.", []string{"Jane Roe worksFor Acme Robotics [corporate vice president]"}},
		{"Jane Roe received her MD from Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe was a member of the faculty at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		// Investors listed with 等 and an investor noun; a purchase from
		// a seller; a product of a company.
		{"在这一轮融资中，戊科技引来了丙资本、丁创投等知名VC。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"2010年，甲公司以18亿美元从乙大学手中收购戊科技。", []string{"甲公司 acquired 戊科技"}},
		{"星火系统是甲公司旗下的一款免费软件。", []string{"甲公司 developed 星火系统"}},
		{"Jane Roe started her career at Acme Robotics as an engineer.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe is a Professor of Linguistics and of Computer Science at Beta Labs.", []string{"Jane Roe worksFor Beta Labs [professor]"}},
		{"Jane Roe's doctoral students include John Doe and Mary Major.", []string{"John Doe advisor Jane Roe", "Mary Major advisor Jane Roe"}},
		{"John Doe, a former student of Jane Roe, founded Acme Robotics.", []string{"John Doe advisor Jane Roe", "John Doe founded Acme Robotics"}},
		{"Jane Roe served on the boards of Acme Robotics and Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Jane Roe moved from Acme Robotics to Beta Labs in 1995.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Jane Roe was one of the first employees of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [employee]"}},
		{"Jane Roe was the lead developer of Widget OS.", []string{"Jane Roe authored Widget OS"}},
		{"Jane Roe's 2001 book, Gizmo, was a best-seller.", []string{"Jane Roe authored Gizmo"}},
		// A unit named after its organisation is not the organisation.
		{"张三创立了乙大学人工智能实验室。", nil},
		{"张三是乙大学人工智能实验室的负责人。", []string{"张三 worksFor 乙大学 [负责人]"}},
		{"张三创立了戊科技。", []string{"张三 founded 戊科技"}},
		// Students and advisors in Chinese; a title in 《》.
		{"张三的学生包括李四和王五。", []string{"李四 advisor 张三", "王五 advisor 张三"}},
		{"李四曾是张三的学生。", []string{"李四 advisor 张三"}},
		{"张三带出了李四、王五等知名学者。", []string{"李四 advisor 张三", "王五 advisor 张三"}},
		{"《星火系统》由张三撰写。", []string{"张三 authored 星火系统"}},
		{"Jane Roe, 54, is chief executive of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"The founders of Acme Robotics, Jane Roe and John Doe, met at Beta Labs.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"Jane Roe went on to become chief executive of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Acme Robotics, the maker of Widget OS, was founded in 1990.", []string{"Acme Robotics developed Widget OS"}},
		{"Widget OS, Acme Robotics's flagship product, was launched in 2001.", []string{"Acme Robotics developed Widget OS"}},
		// The person right before a pattern without a subject is its
		// subject; 由 marks an agent and 获悉 a news source, neither an
		// argument of what follows.
		{"李四是张三在乙大学读博时的导师。", []string{"张三 educatedAt 乙大学"}},
		{"1988年，王五由李四推荐回到乙大学工作。", []string{"王五 worksFor 乙大学"}},
		{"甲公司获悉，戊科技完成A轮融资，由丙资本和丁创投共同投资。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		// A clause that continues with 由 names the first clause's subject.
		{"戊科技成立于2018年，由张三创立。", []string{"张三 founded 戊科技"}},
		// Appositions between commas; going to work somewhere.
		{"张三，甲公司创始人，1970年出生于春田。", []string{"张三 founded 甲公司"}},
		{"张三，男，1970年生，现任甲公司总裁。", []string{"张三 led 甲公司 [总裁]", "张三 worksFor 甲公司 [总裁]"}},
		{"张三本科毕业于乙大学，后赴甲公司工作。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		// The head of a unit does not lead the whole organisation.
		{"张三教授是乙大学计算机系主任。", []string{"张三 worksFor 乙大学 [主任]"}},
		{"乙大学计算机学院院长张三表示。", []string{"张三 worksFor 乙大学 [院长]"}},
		{"乙大学院长张三表示。", []string{"张三 led 乙大学 [院长]", "张三 worksFor 乙大学 [院长]"}},
		// Investment verbs of the press.
		{"丙资本再度加码戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本参与了戊科技的B轮融资。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本的投资组合包括戊科技和甲公司。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"Jane Roe was succeeded as chief executive of Acme Robotics by John Doe.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]", "John Doe led Acme Robotics [chief executive]", "John Doe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe left Acme Robotics to start her own company, Beta Labs.", []string{"Jane Roe founded Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"Gizmo, a book by Jane Roe, was published in 2001.", []string{"Jane Roe authored Gizmo"}},
		{"Jane Roe's book Gizmo was published in 2001.", []string{"Jane Roe authored Gizmo"}},
		{"Jane Roe has been a member of Acme Robotics's board since 2010.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe was poached by Acme Robotics from Beta Labs.", []string{"Jane Roe worksFor Acme Robotics"}},
		// Shares of a company bought are an investment in it, not the
		// company; money spent (斥资) before the verb is passed over.
		{"丙资本以5000万美元收购甲公司20%的股份。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本收购了甲公司的部分股权。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本斥资5000万美元收购甲公司。", []string{"丙资本 acquired 甲公司"}},
		{"丙资本斥资5000万美元入股甲公司。", []string{"丙资本 investedIn 甲公司"}},
		{"Gamma Capital acquired 20% of Acme Robotics.", []string{"Gamma Capital investedIn Acme Robotics"}},
		// Investors that take part in the round the sentence has named,
		// and one that is the round's lead.
		{"生物技术公司Beta Labs宣布完成1.2亿美元C轮融资，丙资本和丁创投参与了本轮融资。", []string{"丁创投 investedIn Beta Labs", "丙资本 investedIn Beta Labs"}},
		{"丙资本是甲公司A轮融资的领投方。", []string{"丙资本 investedIn 甲公司"}},
		// Careers and students in academia: a postdoc or a chair at a
		// place, a thesis supervised, one of someone's students.
		{"Jane Roe completed a postdoc with John Doe at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe was appointed to a chair at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Jane Roe studied economics at Beta Labs before earning an MBA from Acme Robotics.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe's thesis, supervised by John Doe, won a prize.", []string{"Jane Roe advisor John Doe"}},
		{"John Doe supervised Jane Roe's PhD.", []string{"Jane Roe advisor John Doe"}},
		{"Jane Roe was one of John Doe's students.", []string{"Jane Roe advisor John Doe"}},
		// A doctorate done under, with or in the lab of an advisor.
		{"Jane Roe earned her PhD under John Doe at Beta Labs.", []string{"Jane Roe advisor John Doe", "Jane Roe educatedAt Beta Labs"}},
		{"Jane Roe was a graduate student in John Doe's lab.", []string{"Jane Roe advisor John Doe"}},
		{"张三在李四的实验室攻读博士学位。", []string{"张三 advisor 李四"}},
		// Investors in the round's line-up; 分别 pairs lists member by
		// member, also where one argument comes from context.
		{"甲公司的投资方阵容中有丙资本。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司、戊科技分别获得丙资本、丁创投的投资。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"张三、李四分别毕业于乙大学和戊大学。", []string{"张三 educatedAt 乙大学", "李四 educatedAt 戊大学"}},
		{"张三和李四分别加入了甲公司。", []string{"张三 worksFor 甲公司", "李四 worksFor 甲公司"}},
		// A list member who bears a title of a company, after where the
		// company is from or after 前.
		{"华为云获得融资，跟投方包括丁创投，以及中国电商甲公司联合创始人张三、前华为合伙人李四等。", []string{"丁创投 investedIn 华为云", "张三 cofounded 甲公司", "张三 investedIn 华为云", "李四 investedIn 华为云", "李四 worksFor 华为 [合伙人]"}},
		// The price or the means between the subject and the verb.
		{"2018年2月，丙资本、丁创投等多家机构以25亿美元（约195亿港元）入股戊科技。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"张三以第一名的成绩考入乙大学。", []string{"张三 educatedAt 乙大学"}},
		// Holdings of a company's stock, counted or not, after a date
		// that opens the clause; all of its stock bought is the company
		// bought; a name in the modifier of the subject is not it.
		{"此前丙资本拥有甲公司超7%股权。", []string{"丙资本 investedIn 甲公司"}},
		{"2015年12月6日丙资本及其一致行动人丁创投合计持有甲公司A股股票2,211,038,918股。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"2016年8月4日丙资本斥资91.1亿元人民币在股票市场上购入约5.17亿股甲公司A股。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司以10亿元收购戊科技100%股权。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司收购了戊科技的全部股份。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司收购戊科技51%股权。", []string{"甲公司 acquired 戊科技"}},
		{"张三所在的甲公司购入约5亿股戊科技A股。", nil},
		// A Chinese verb series before the object; 主持 an organisation
		// leads it, not its events; the post at what the clause before
		// founded.
		{"张三创建、主持甲公司。", []string{"张三 founded 甲公司", "张三 led 甲公司"}},
		{"丙资本投资、控股甲公司。", []string{"丙资本 investedIn 甲公司"}},
		{"张三创办并领导甲公司。", []string{"张三 founded 甲公司", "张三 led 甲公司"}},
		{"张三主持了甲公司的年会。", nil},
		{"1956年，张三与李四、王五等创建甲公司，张三任首任所长。", []string{"张三 founded 甲公司", "张三 led 甲公司 [所长]", "张三 worksFor 甲公司 [所长]", "李四 founded 甲公司", "王五 founded 甲公司"}},
		// A later clause with a class noun right before the title, no
		// aspect marker; a document drafted is authored.
		{"张三加入甲公司，发表论文《星火系统》。", []string{"张三 authored 星火系统", "张三 worksFor 甲公司"}},
		{"张三起草了《星火系统》并提交给李四。", []string{"张三 authored 星火系统"}},
		// Titles listed before one person; a title after another
		// description in parentheses.
		{"李四将文件批给甲公司秘书长、戊科技副部长张三。", []string{"张三 worksFor 戊科技 [副部长]", "张三 worksFor 甲公司 [秘书长]"}},
		{"甲公司CEO张三、戊科技CTO李四出席了会议。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]", "李四 worksFor 戊科技 [CTO]"}},
		{"从事联络工作的张三（中共党员、乙大学教授）给李四写了封信。", []string{"张三 worksFor 乙大学 [教授]"}},
		// A word that says which kind of title, before the title; a
		// deputy's word there makes a deputy; a preposition is no such
		// word.
		{"The book was edited by John Doe, former financial editor of Beta Labs.", []string{"John Doe worksFor Beta Labs [financial editor]"}},
		{"Jane Roe, Permanent Secretary of Acme Robotics, wrote the preface.", []string{"Jane Roe worksFor Acme Robotics [permanent secretary]"}},
		{"John Doe was a deputy managing director of Acme Robotics.", []string{"John Doe worksFor Acme Robotics [deputy managing director]"}},
		{"Jane Roe, chairman of Beta Labs under President John Doe, spoke.", []string{"Jane Roe led Beta Labs [chairman]", "Jane Roe worksFor Beta Labs [chairman]"}},
		// A part of an organisation joined, or the firm of its name; a
		// participle right after a name with its agent.
		{"At age 16, John Doe joined the London branch of Acme Robotics.", []string{"John Doe worksFor Acme Robotics"}},
		{"In 1920, John Doe joined the merchant banking firm of Beta Labs.", []string{"John Doe worksFor Beta Labs"}},
		{"John Doe used the resources of the Beta Labs created by Jane Roe the previous year.", []string{"Jane Roe founded Beta Labs"}},
		{"John Doe, a friend of Jane Roe, and the president of Beta Labs met.", nil},
		// A list member's place does not end the list.
		{"During two periods, Roe worked on the Acme Robotics, the Beta Labs in Springfield and the Delta Ventures in London.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs", "Jane Roe worksFor Delta Ventures"}},
		// 把 makes a person the one the rest of the clause is about.
		{"1953年秋天，李四把年仅27岁的张三招进乙大学做教授。", []string{"张三 worksFor 乙大学 [教授]"}},
		{"张三和李四是同学。他们把王五招进乙大学做教授。", []string{"王五 worksFor 乙大学 [教授]"}},
		// Advisors named in more English shapes; an advisor to someone
		// in office is no teacher.
		{"John Doe taught at Acme. Among his students were Jane Roe and Mary Major.", []string{"Jane Roe advisor John Doe", "John Doe worksFor Acme Robotics", "Mary Major advisor John Doe"}},
		{"Jane Roe was mentored by John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Jane Roe, a protégé of John Doe, spoke.", []string{"Jane Roe advisor John Doe"}},
		{"John Doe supervised the doctoral work of Jane Roe.", []string{"Jane Roe advisor John Doe"}},
		{"John Doe, whose students included Jane Roe, retired.", []string{"Jane Roe advisor John Doe"}},
		{"John Doe was the doctoral advisor of Jane Roe.", []string{"Jane Roe advisor John Doe"}},
		{"John Doe was an advisor to Jane Roe.", nil},
		// A round's lead named before the round is an investor, not the
		// company; old shareholders that invest again; investors that
		// take part in the round named again.
		{"戊科技获得由丙资本领投的数亿元B轮融资，丁创投、己资本跟投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技", "己资本 investedIn 戊科技"}},
		{"戊科技完成B轮融资。本轮融资由丙资本领投，老股东丁创投继续追投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"戊科技完成A轮融资。丙资本、丁创投等知名投资机构参与了本轮融资。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		// An organisation's fund acts for it (and is no subsidiary
		// named after 旗下); two dates joined before the verb.
		{"丙资本旗下基金投资了戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本在2020年和2021年两次投资戊科技。", []string{"丙资本 investedIn 戊科技"}},
		// Kinship nouns: an apposition says whose relative the subject
		// is; a relative named after one is the list member.
		{"王五，张三堂侄，神经生物学家，乙大学教授", []string{"王五 worksFor 乙大学 [教授]"}},
		{"王五，张三的儿子，后考入乙大学。", nil},
		{"王五和张三的儿子李四创办了甲公司。", []string{"李四 founded 甲公司", "王五 founded 甲公司"}},
		// Founders joined in founding, and named as the founders.
		{"Jane Roe joined John Doe in founding Acme Robotics.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"The founders of Acme Robotics were Jane Roe and John Doe.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"The founder of Acme Robotics was a friend of John Doe.", nil},
		// Founding with a partner (联合, 联手, 携手) is co-founding.
		{"张三联合李四创立了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"2015年，张三携手李四成立了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// The post taken on joining, after a comma or none.
		{"张三离开甲公司后，加盟戊科技出任CTO。", []string{"张三 worksFor 戊科技 [CTO]", "张三 worksFor 甲公司"}},
		{"张三回归甲公司，重新担任CEO。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"李四加入甲公司，张三任CEO。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]", "李四 worksFor 甲公司"}},
		// A title "with" an organisation.
		{"Roe was a researcher with Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [researcher]"}},
		{"Roe, a partner with Gamma Capital, spoke.", []string{"Jane Roe worksFor Gamma Capital [partner]"}},
		// Founding with a partner named after the object (or the agent)
		// is co-founding, for both; money or help is no partner.
		{"Jane Roe founded Acme Robotics with John Doe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"In 1990 Jane Roe founded Acme Robotics with her brother John Doe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Acme Robotics was founded in 1990 by Jane Roe together with her husband John Doe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Jane Roe founded Acme Robotics with the help of John Doe.", []string{"Jane Roe founded Acme Robotics"}},
		{"Acme Robotics was founded by Jane Roe with funding from John Doe.", []string{"Jane Roe founded Acme Robotics", "John Doe investedIn Acme Robotics"}},
		// An office of an organisation held; sought is not held.
		{"Roe assumed the presidency of Acme Robotics.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		{"Roe sought the presidency of Acme Robotics.", nil},
		// A relative clause before the object; a verb's own subject right
		// before it is no relative clause's; an organisation that owns
		// the next is no object.
		{"张三加入了李四创办的甲公司。", []string{"李四 founded 甲公司", "张三 worksFor 甲公司"}},
		{"甲公司推出为乡镇家庭用户设计的星火系统。", []string{"甲公司 developed 星火系统"}},
		{"丙资本投资了甲公司的戊科技。", nil},
		{"2018年5月，李四启用了曾在甲公司待过的张三为营销掌门人。", []string{"张三 worksFor 甲公司"}},
		// A subsidiary named after 旗下 as a list member after a person;
		// an earlier round's investor that follows on.
		{"戊科技完成A轮融资，投资方包括丙资本、知名天使投资人张三、华为旗下的丁创投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技", "张三 investedIn 戊科技"}},
		{"戊科技的A轮融资由丙资本领投，天使轮投资方丁创投继续跟投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		// Time at an organisation as a student is study, not work.
		{"Roe spent two years at Beta Labs as a student.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe spent ten years at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// Many spaces after the organisation: the check reads past them
		// (it once sliced a fixed width and crashed).
		{"Roe spent two years at Beta Labs" + strings.Repeat(" ", 60) + "as a PhD student.", []string{"Jane Roe educatedAt Beta Labs"}},
		// A company taken in or sold to another; shares held and sold
		// on: both held them.
		{"甲公司将戊科技并入旗下。", []string{"甲公司 acquired 戊科技"}},
		{"丙资本将戊科技出售给甲公司。", []string{"甲公司 acquired 戊科技"}},
		{"戊科技的芯片卖给了甲公司。", nil},
		{"丙资本以每股22元的价格，将所持15.31%的戊科技股权协议转让给甲公司。", []string{"丙资本 investedIn 戊科技", "甲公司 investedIn 戊科技"}},
		// 随即 before 与 and a partner; 一道 for together.
		{"张三随即与李四一道创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// A partner in a firm; a career at an organisation.
		{"Roe became a partner in Beta Labs.", []string{"Jane Roe worksFor Beta Labs [partner]"}},
		{"Roe's career at Beta Labs spanned 30 years.", []string{"Jane Roe worksFor Beta Labs"}},
		// Shares bought in a company, or a stake it sells.
		{"Gamma Capital bought shares in Acme Robotics.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics sold a 30% stake to Gamma Capital.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Acme Robotics sold its stake in Beta Labs to Gamma Capital.", []string{"Acme Robotics investedIn Beta Labs", "Gamma Capital investedIn Beta Labs"}},
		// An engineer on a project; a preposition of the pattern's own
		// before a gap of no width; a company that produces a product.
		{"Roe was the lead engineer on Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Acme Robotics produces Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		// Admitted to a school; entering it to study; a visit is no study.
		{"张三考上了乙大学。", []string{"张三 educatedAt 乙大学"}},
		{"张三于1990年进入乙大学学习。", []string{"张三 educatedAt 乙大学"}},
		{"张三到乙大学访问。", nil},
		// Schooling in more English shapes; a postdoc is work.
		{"Roe was schooled at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe did postgraduate work at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe took courses at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe trained as an engineer at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe did postdoctoral research at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		// "and at B" after the time the first object's clause gives.
		{"Roe worked at Acme from 1990 to 1995 and at Beta Labs from 1995.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe was a professor at Acme between 1990 and 1995, and later at Beta Labs.", []string{"Jane Roe worksFor Acme Robotics [professor]", "Jane Roe worksFor Beta Labs [professor]"}},
		{"Roe worked at Acme for ten years and at Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe studied at Acme (1990–1994) and at Beta Labs.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe educatedAt Beta Labs"}},
		{"Roe worked at Acme until 1995 and at Beta Labs she met Doe.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A relative clause is about the name before its pronoun, or the
		// copula's subject; a name after "and" with a verb of its own
		// opens a second clause.
		{"Roe hired Doe, who had studied at Acme.", []string{"John Doe educatedAt Acme Robotics"}},
		{"Roe hired a man who had studied at Acme.", nil},
		{"Roe is a native of Springfield who graduated from Acme in 2011.", []string{"Jane Roe bornIn Springfield", "Jane Roe educatedAt Acme Robotics"}},
		{"Roe, a major, is a native of Springfield who graduated from Acme in 2011.", []string{"Jane Roe bornIn Springfield", "Jane Roe educatedAt Acme Robotics"}},
		{"Roe joined Acme in 1990 and Doe later founded Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "John Doe founded Beta Labs"}},
		{"Acme bought Beta Labs and Gamma Capital acquired Delta Ventures.", []string{"Acme Robotics acquired Beta Labs", "Gamma Capital acquired Delta Ventures"}},
		{"In 2001 Acme and Beta Labs founded Gamma Capital.", []string{"Acme Robotics founded Gamma Capital", "Beta Labs founded Gamma Capital"}},
		{"Acme acquired Beta Labs, which was founded by Roe in 1990.", []string{"Acme Robotics acquired Beta Labs", "Jane Roe founded Beta Labs"}},
		// 其 that opens a word (其间, 其后) names no owner.
		{"张三赴乙大学，其间结识作家李四。", nil},
		// A zero subject after a sentence whose first person follows 与:
		// the companion is no subject; the document's person is.
		{"张三生于中国。1920年赴美国。1925年回国。1931年1月，与李四、王五等创办乙大学。1931年2月，任戊大学教授。", []string{"张三 bornIn 中国", "张三 founded 乙大学", "张三 worksFor 戊大学 [教授]", "李四 founded 乙大学", "王五 founded 乙大学"}},
		// A member of the subject's own list is no object of it.
		{"Financed by Acme, Beta Labs, and others, the film opened in 2016.", nil},
		{"Financed by Acme, Beta Labs opened in 2016.", []string{"Acme Robotics investedIn Beta Labs"}},
		// A participle after a name that qualifies another organisation
		// is about that one.
		{"Roe joined Beta Labs at Acme (headed by Doe), where she spent the war.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		// A chronology of clauses without a subject: entering a school
		// (with its department or a verb of study), taking a teacher,
		// holding a post with 兼, founding with companions after 与.
		{"张三生于中国。1919年9月（22岁）入乙大学经济系。", []string{"张三 bornIn 中国", "张三 educatedAt 乙大学"}},
		{"张三生于中国。1922年3月，与李四离婚，入乙大学学习。", []string{"张三 bornIn 中国", "张三 educatedAt 乙大学"}},
		{"张三生于中国。入乙大学物理系预科学习。", []string{"张三 bornIn 中国", "张三 educatedAt 乙大学"}},
		{"张三生于中国。1918年6月，拜李四为师。", []string{"张三 bornIn 中国", "张三 advisor 李四"}},
		{"张三生于中国。同年，兼甲公司、戊科技编辑。", []string{"张三 bornIn 中国", "张三 worksFor 甲公司 [编辑]", "张三 worksFor 戊科技 [编辑]"}},
		{"张三生于中国。10日，与李四、王五等创办甲公司。", []string{"张三 bornIn 中国", "张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		// 转入 alone may be a move to a school or to a firm.
		{"张三生于中国。1930年，转入甲公司，主办杂志。", []string{"张三 bornIn 中国"}},
		{"张三从师李四。", []string{"张三 advisor 李四"}},
		{"张三生于中国。1931年，与李四等成立甲公司。", []string{"张三 bornIn 中国", "张三 founded 甲公司", "李四 founded 甲公司"}},
		// A colon that introduces the object after its class noun.
		{"张三与李四于1923年创建新的文学团体：甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		// A work's class noun after a member of a list; a time phrase
		// after "and"; a name with a verb of its own after an object
		// opens a clause.
		{"Acme created several other games, including Gizmo sequels, the Widget OS series, and 星火系统.", []string{"Acme Robotics developed 星火系统", "Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme created several games, including Gizmo, and in 2004 the game Widget OS.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme bought Beta Labs in 1990 and in 1995 Gamma Capital bought Delta Ventures.", []string{"Acme Robotics acquired Beta Labs", "Gamma Capital acquired Delta Ventures"}},
		{"Roe, Doe and Major founded Acme.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics", "Mary Major founded Acme Robotics"}},
		// Work in more English shapes; a maker's title "on" a work.
		{"Roe began employment with Acme in 1937.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe spent the 1945–1946 academic year teaching at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe was replaced by Doe, the executive producer on Gizmo.", []string{"John Doe contributedTo Gizmo"}},
		{"Roe was born in Springfield. Her support for robots led her to found Beta Labs.", []string{"Jane Roe bornIn Springfield", "Jane Roe founded Beta Labs"}},
		{"During the 1960s, Roe and Doe worked on the Widget OS operating system at Acme.", []string{"Jane Roe contributedTo Widget OS", "Jane Roe worksFor Acme Robotics", "John Doe contributedTo Widget OS", "John Doe worksFor Acme Robotics"}},
		{"Roe worked on Gizmo at the request of Acme.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe was on Acme as a cadet journalist.", []string{"Jane Roe worksFor Acme Robotics [cadet journalist]"}},
		{"Roe was on Acme's board as a director.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe worked for two years as an engineer at Acme.", []string{"Jane Roe worksFor Acme Robotics [engineer]"}},
		// Founding in more English shapes: ", as well as" after a time,
		// "started another company", "founding partners", founders
		// listed each with a post.
		{"Roe and her brother Doe founded Acme in 1996, as well as Beta Labs.", []string{"Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs", "John Doe founded Acme Robotics", "John Doe founded Beta Labs"}},
		{"Roe started another company, Beta Labs, in 1990.", []string{"Jane Roe founded Beta Labs"}},
		{"Roe was one of the founding partners of Acme.", []string{"Jane Roe founded Acme Robotics", "Jane Roe worksFor Acme Robotics [partner]"}},
		{"Acme was founded in 1932 by Roe as president, his wife Major as secretary, and Doe as vice president.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]", "John Doe founded Acme Robotics", "John Doe worksFor Acme Robotics [vice president]", "Mary Major founded Acme Robotics", "Mary Major worksFor Acme Robotics [secretary]"}},
		{"Roe started work at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A person named after another name's possessive and a few
		// words is the slot's: "by Roe's brother John Doe".
		{"Beta Labs was founded by Roe's brother John Doe.", []string{"John Doe founded Beta Labs"}},
		{"Beta Labs was headed by Acme's former chief engineer John Doe.", []string{"John Doe led Beta Labs", "John Doe worksFor Acme Robotics [chief engineer]", "John Doe worksFor Beta Labs"}},
		{"Roe's brother founded Beta Labs.", nil},
		// A list of posts in a sentence with no subject at all; the
		// later posts of a list before the name.
		{"张三生于中国。1988年任甲公司副总裁、戊科技会长。", []string{"张三 bornIn 中国", "张三 led 戊科技 [会长]", "张三 worksFor 戊科技 [会长]", "张三 worksFor 甲公司 [副总裁]"}},
		{"张三生于中国。2014年甲公司宣布入股戊科技，成为戊科技第三大股东。", []string{"张三 bornIn 中国", "甲公司 investedIn 戊科技"}},
		{"1949年，时任甲公司行长、戊科技董事长的张三宣布。", []string{"张三 led 戊科技 [董事长]", "张三 led 甲公司 [行长]", "张三 worksFor 戊科技 [董事长]", "张三 worksFor 甲公司 [行长]"}},
		// A negation inside a parenthesis denies nothing of the clause.
		{"Gamma Capital (not related to Delta Ventures) was sold to Acme in 1989.", []string{"Acme Robotics acquired Gamma Capital"}},
		{"Gamma Capital was not sold to Acme (in 1989).", nil},
		// A list summed up by its class goes on after 和; old
		// shareholders who follow on; a descriptor that ends in 网站.
		{"华为先后投资了戊科技、甲公司等一批机器人公司和己资本、丁创投等汽车公司。", []string{"华为 investedIn 丁创投", "华为 investedIn 己资本", "华为 investedIn 戊科技", "华为 investedIn 甲公司"}},
		{"戊科技收获了来自丙资本领投，丁创投等老股东跟投的新一轮融资。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"丙资本宣布入股内地B2C网站戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"Roe and Doe, both professors at Acme, spoke.", []string{"Jane Roe worksFor Acme Robotics [professor]", "John Doe worksFor Acme Robotics [professor]"}},
		// A person's works named after a possessive.
		{"Roe was born in Springfield. Her books include Gizmo (1941), and Widget OS (1971).", []string{"Jane Roe authored Gizmo", "Jane Roe authored Widget OS", "Jane Roe bornIn Springfield"}},
		{"Roe's 1985 paper entitled \"Gizmo\", published with colleagues, won a prize.", []string{"Jane Roe authored Gizmo"}},
		{"Roe's dissertation, \"Gizmo\", was published that same year.", []string{"Jane Roe authored Gizmo"}},
		{"Acme's book Gizmo sold well.", nil},
		// Making something over time is making it; acquiring is not yet
		// having acquired.
		{"Acme announced the acquisition of Beta Labs, a video game developer which had been developing Gizmo.", []string{"Acme Robotics acquired Beta Labs", "Beta Labs developed Gizmo"}},
		{"Beta Labs, which was acquiring Gamma Capital, failed.", nil},
		// 执行总裁 serves under the head.
		{"甲公司执行总裁张三宣布。", []string{"张三 worksFor 甲公司 [执行总裁]"}},
		{"甲公司总裁张三宣布。", []string{"张三 led 甲公司 [总裁]", "张三 worksFor 甲公司 [总裁]"}},
		// Work done while studying is no post; an honorary degree is no
		// study.
		{"Roe received her Ph.D. from Acme, where she worked with Doe.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"Roe graduated from Acme, where she later taught.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		{"Roe received an honorary Ph.D. from Acme.", nil},
		// The group a person holds goes on as the subject; a stake
		// another holder sold; second lists of investors; 收到 a round.
		{"2009年，张三下属的丙资本以27.55亿元收购乙大学所持的戊科技29%股权，成为戊科技的第三大股东。", []string{"丙资本 investedIn 戊科技", "乙大学 investedIn 戊科技"}},
		{"在这一轮融资中，戊科技不仅引来了丙资本、丁创投等知名VC，还有华为旗下己资本、甲公司等产业资本的身影，阵容豪华。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技", "己资本 investedIn 戊科技", "甲公司 investedIn 戊科技"}},
		{"2021年3月，戊科技收到一笔5亿美元的战略融资，这笔资金的背后除了丙资本、丁创投外，还多了一位新面孔——己资本。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技", "己资本 investedIn 戊科技"}},
		// Teaching or working at a place in a clause without a subject.
		{"张三生于中国。1937年在乙大学任教近一年。", []string{"张三 bornIn 中国", "张三 worksFor 乙大学"}},
		{"张三生于中国。1939年赴美国在乙大学讲授热力学。", []string{"张三 bornIn 中国", "张三 worksFor 乙大学"}},
		// A name after a verb of location is where the object is, not
		// the object; playing or working for a side.
		{"1944年张三加入了位于乙大学的甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三曾任职于位于乙大学的甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三加入了位于乙大学的星火系统下属的甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三曾为甲公司效力长达22年。", []string{"张三 worksFor 甲公司"}},
		// A possessive pronoun is the name and its "'s" at once.
		{"Acme was founded in 1990. Its first president was Jane Roe.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Acme grew. Jane Roe, its chief executive, left.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Roe was born in 1950. Her doctoral students included Doe.", []string{"John Doe advisor Jane Roe"}},
		{"Acme grew. Its engineers, among them Roe, built Gizmo.", []string{"Jane Roe worksFor Acme Robotics [engineers]"}},
		// Each member's parenthesis names its own organisation, however
		// short the name; a title and an organisation right before a name
		// are that name's.
		{"Alumni include Jane Roe (TGC), John Doe (Acme), and Mary Major (Beta Labs).", []string{"Jane Roe worksFor The Gamma Capital", "John Doe worksFor Acme Robotics", "Mary Major worksFor Beta Labs"}},
		{"Beta Labs (BL) and Gamma Capital (GC), where Roe worked, grew.", []string{"Jane Roe worksFor Beta Labs", "Jane Roe worksFor Gamma Capital"}},
		{"Educators include founding president of Acme John Doe, founder and first president of Beta Labs Jane Roe, and president of Gamma Capital Mary Major.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Beta Labs [president]", "John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]", "Mary Major led Gamma Capital [president]", "Mary Major worksFor Gamma Capital [president]"}},
		{"As president of Acme Jane Roe oversaw the merger.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		// "by" after a work names whose it is; a name a preposition
		// governs is no subject of the passive after it.
		{"In 1995, Roe wrote the foreword to the book Gizmo by John Doe and Mary Major.", []string{"John Doe authored Gizmo", "Mary Major authored Gizmo"}},
		{"Roe published Gizmo by herself.", []string{"Jane Roe authored Gizmo"}},
		{"Around that time, Widget OS, the package based on Gizmo, was first developed by Jane Roe.", []string{"Jane Roe authored Widget OS"}},
		{"Beta Labs, the package based on Gizmo, was first developed by Jane Roe.", nil},
		// 投资成立X: the money went into founding X, not into a stake.
		{"2004年10月，甲公司投资成立戊科技，面向市场推出服务。", []string{"甲公司 founded 戊科技"}},
		{"甲公司于2003年5月投资1亿元人民币建立网上购物平台戊科技。", []string{"甲公司 founded 戊科技"}},
		{"丙资本以1亿元投资戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本投资了新成立的戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"张三开始组建团队正式成立甲公司。", []string{"张三 founded 甲公司"}},
		// Studies, supervisors and employment in the shapes of a
		// biography: a participle clause before the subject, a possessive
		// pronoun for the pupil, "the book X by Y", "what is now X".
		{"While studying physics at Acme, Roe was introduced to the IBM 650.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"After completing his clinical education at the prominent Acme medical school in Springfield in 1886, Doe traveled to Egypt.", []string{"John Doe educatedAt Acme Robotics"}},
		{"After completing the merger at Acme, Roe left.", nil},
		{"Doe was born in 1854. He retained that interest during his subsequent medical studies at Acme and Beta Labs.", []string{"John Doe educatedAt Acme Robotics", "John Doe educatedAt Beta Labs"}},
		{"During his studies in Springfield under the anatomist Jane Roe, Doe continued the research.", []string{"John Doe advisor Jane Roe"}},
		{"In 1878 Doe followed his dissertation supervisor Jane Roe to Springfield.", []string{"John Doe advisor Jane Roe"}},
		{"Doe was born in 1938. In 1963, with mathematician Jane Roe as his adviser, he earned a PhD in mathematics from Acme.", []string{"John Doe advisor Jane Roe", "John Doe educatedAt Acme Robotics"}},
		{"Roe left Beta Labs to accept employment with Acme.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe was the founder and first director of what is now known as Acme.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [director]", "Jane Roe worksFor Acme Robotics [director]"}},
		{"During his time at Acme, Doe became influenced by two professors.", nil},
		// A college's alumni listed; studying under a teacher; a relative
		// clause after a name and a time phrase.
		{"Acme alumni in academia include John Doe and Jane Roe, both recipients of fellowships.", []string{"Jane Roe educatedAt Acme Robotics", "John Doe educatedAt Acme Robotics"}},
		{"Acme has also graduated three Nobel Prize winners: John Doe (Physics, 1959), Jane Roe (Chemistry, 2001), and Mary Major (Medicine, 1980).", []string{"Jane Roe educatedAt Acme Robotics", "John Doe educatedAt Acme Robotics", "Mary Major educatedAt Acme Robotics"}},
		{"Doe became a minister after studying under Roe from 1743 to 1747.", []string{"John Doe advisor Jane Roe"}},
		{"The first major donation was given by Dr. John Doe in 1762, who would go on to found Acme.", []string{"John Doe founded Acme Robotics"}},
		{"Roe hired a man in 1990, who went on to found Acme.", nil},
		// A comma between digits groups a number; it ends no clause.
		{"甲公司出资8,000万美元（约6.24亿港元）收购戊科技。", []string{"甲公司 acquired 戊科技"}},
		{"2013年，甲公司以1,250万美元收购戊科技。", []string{"甲公司 acquired 戊科技"}},
		// Investing and buying named as nouns, with their amounts; the
		// company a group owns (旗下) is the one meant; a company's
		// assets bought are not the company.
		{"2013年12月9日，甲公司宣布与丙资本达成战略合作，对戊科技进行总额为28.22亿元的投资。", []string{"甲公司 investedIn 戊科技"}},
		{"甲公司也进行了对戊科技的收购。", []string{"甲公司 acquired 戊科技"}},
		{"2014年2月17日，甲公司确认与丙资本等合作，向全球最大英语学习机构戊科技作出共1亿美元的投资。", []string{"甲公司 investedIn 戊科技"}},
		{"甲公司斥资12亿人民币，入股丙资本（SMG）旗下的戊科技。", []string{"甲公司 investedIn 戊科技"}},
		{"目前张三在李四旗下的丙资本挂职。", []string{"张三 worksFor 丙资本"}},
		{"而后不到一个月，丙资本也成为了戊科技的战投方。", []string{"丙资本 investedIn 戊科技"}},
		{"甲公司斥资160亿美元，收购英国同业戊科技（GSK）的癌症药物资产。", nil},
		// Staying on at the school just named; a company's works listed
		// after its class noun; a maker issuing or producing its product.
		{"张三毕业于乙大学，获博士学位，后留校任教。", []string{"张三 educatedAt 乙大学", "张三 worksFor 乙大学"}},
		{"张三1985年从乙大学博士毕业后留校任教。", []string{"张三 educatedAt 乙大学", "张三 worksFor 乙大学"}},
		{"在李四的带领下，甲公司陆续推出了优质的原创作品，包括电影《星火系统》。", []string{"李四 led 甲公司", "甲公司 developed 星火系统"}},
		{"1908年，甲公司开始发行星火系统。", []string{"甲公司 developed 星火系统"}},
		// A post named after an organisation in a second clause; a
		// person's employer named by its noun.
		{"Doe began his career at Beta Labs in June 1988 and became an Acme civil servant in August 1998.", []string{"John Doe worksFor Acme Robotics [civil servant]", "John Doe worksFor Beta Labs"}},
		{"Doe was born in Springfield. Photos of the prototype were submitted to his first employer, Acme, in 1957.", []string{"John Doe bornIn Springfield", "John Doe worksFor Acme Robotics"}},
		// Directing a film is a contribution, not leading (where it is
		// also written, contributedTo, the more specific reading, is
		// kept); a name after 在 in an aside is no apposition; a post held
		// there, before the name.
		{"Roe directed the short film Gizmo, which won a prize.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe wrote and directed Gizmo (1971), based on a short.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe directed the Gizmo program at NASA.", []string{"Jane Roe contributedTo Gizmo", "Jane Roe led Gizmo"}},
		{"2012 年，正在甲公司担任博士后研究员的张三，在乙大学主任、导师李四教授的支持下毅然回国。", []string{"张三 advisor 李四", "张三 worksFor 甲公司 [博士后研究员]", "李四 led 乙大学 [主任]", "李四 worksFor 乙大学 [主任]"}},
		{"甲公司另一位副总裁是张三，也是甲公司老员工。", []string{"张三 worksFor 甲公司 [老员工]"}},
		// A word of a title of several words says which kind of title
		// follows ("a research engineer"); the name a possessive heads
		// is an object too.
		{"As a research engineer at Acme, Roe cut costs.", []string{"Jane Roe worksFor Acme Robotics [research engineer]"}},
		{"Roe, a research engineer at Acme, cut costs.", []string{"Jane Roe worksFor Acme Robotics [research engineer]"}},
		{"Roe is an astrophysicist at Acme's Beta Labs in Greenbelt.", []string{"Jane Roe worksFor Acme Robotics [astrophysicist]", "Jane Roe worksFor Beta Labs [astrophysicist]"}},
		{"Gamma Capital acquired Acme's Beta Labs unit.", []string{"Gamma Capital acquired Beta Labs"}},
		// Selling a company to another; a chain's stores bought; titles in
		// a parenthesis after the name; a governor sits on a board.
		{"He served as chairman of Acme before selling it to Beta Labs in 2012.", []string{"Beta Labs acquired Acme Robotics"}},
		{"Also in 1978, Beta Labs department stores were acquired by Acme.", []string{"Acme Robotics acquired Beta Labs"}},
		{"The post reported that John Doe (owner of Beta Labs and governor of Acme) had dissolved it.", []string{"John Doe worksFor Acme Robotics [governor]"}},
		{"John Doe (president of Acme) said.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		// An investor's portfolio listed after 投了 or its projects; an LP
		// joining a fund invests in it; a verb and its object before 的 and
		// a person are that person's relative clause.
		{"丙资本是一家天使投资机构，成立至今投了甲公司、戊科技、己资本等。", []string{"丙资本 investedIn 己资本", "丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"目前，丙资本共计管理5支基金，公开投资项目达56个，包括甲公司、戊科技。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"2017年，张三以LP身份加入丙资本。", []string{"张三 investedIn 丙资本"}},
		{"张三表示，加入甲公司的李四很优秀。", []string{"李四 worksFor 甲公司"}},
		{"丙资本负责健康方向，投过戊科技的合伙人级别投资人张三，并未参与投资。", nil},
		{"丙资本投了戊科技的A轮。", []string{"丙资本 investedIn 戊科技"}},
		// A round's money named as coming from investors; a fund founded
		// together, named before its founders.
		{"2016年，戊科技拿到丙资本和丁创投的1亿美金融资。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"最广为熟知的是丙资本，一家由影视明星张三、李四、王五于2014年7月共同出资组建的明星基金。", []string{"张三 cofounded 丙资本", "李四 cofounded 丙资本", "王五 cofounded 丙资本"}},
		{"丙资本是张三、李四联合发起的第一家私募股权公司。", []string{"张三 cofounded 丙资本", "李四 cofounded 丙资本"}},
		// Kin before the members of a list of people; a class's year
		// before a school's noun of its students.
		{"1925年，邵氏三兄弟长子张三、次子李四、三子王五在上海创办甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		{"张三是乙大学电子工程系95级校友。", []string{"张三 educatedAt 乙大学"}},
		{"张三生于1970年，是乙大学2006届毕业生。", []string{"张三 educatedAt 乙大学"}},
		// "known for creating X and founding A, B and C".
		{"Roe is known for creating the Gizmo franchise and founding Acme, Beta Labs and Gamma Capital.", []string{"Jane Roe authored Gizmo", "Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs", "Jane Roe founded Gamma Capital"}},
		// An organisation hiring someone, into a post or not; the name
		// after 从 is where the person came from, not where the post is.
		{"甲公司请来张三出任首席科学家。", []string{"张三 worksFor 甲公司 [首席科学家]"}},
		{"甲公司招募张三加入。", []string{"张三 worksFor 甲公司"}},
		{"甲公司挖来了张三，负责自动驾驶。", []string{"张三 worksFor 甲公司"}},
		{"甲公司从戊科技挖来张三担任CTO。", nil},
		// A holding by its share; shares bought with 入股 and sold from
		// a holding; money put into a company with 向…出资.
		{"丙资本持甲公司34.4%股份。", []string{"丙资本 investedIn 甲公司"}},
		{"张三持甲公司约8.9%。", []string{"张三 investedIn 甲公司"}},
		{"张三支持甲公司的发展。", nil},
		{"丙资本2.94亿美元投资入股甲公司约28%股份。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本以1.37亿美元出售所持甲公司9.1%股份。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本在天使轮向甲公司出资600万美元。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本完成对甲公司的新股认购，成为第一大股东。", []string{"丙资本 investedIn 甲公司"}},
		// A plan in a relative clause that 的 closes is not the plan of
		// the post after it.
		{"接任者是一周前宣布即将离职的前甲公司院长张三。", []string{"张三 led 甲公司 [院长]", "张三 worksFor 甲公司 [院长]"}},
		{"即将加入甲公司的张三。", nil},
		{"张三即将出任甲公司的院长。", nil},
		// 原来是 as a copula; 司令 as a head's title.
		{"张三原来是甲公司副总经理。", []string{"张三 worksFor 甲公司 [副总经理]"}},
		{"张三曾任甲公司司令。", []string{"张三 led 甲公司 [司令]", "张三 worksFor 甲公司 [司令]"}},
		// Honorifics before a name; "with whom"; an employer named by
		// one of its people; handing over the presidency; verb phrases
		// of one subject; "having previously been".
		{"George attended Acme, which was run by Rev. Dr. John Doe.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"In 1997 Roe joined Beta Labs. Games designer John Doe, with whom Roe had worked at Acme, had recently founded the company.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs", "John Doe worksFor Acme Robotics"}},
		{"Beta Labs was a new studio. Games designer John Doe, with whom Roe had worked at Acme, had recently founded the company.", []string{"Jane Roe worksFor Acme Robotics", "John Doe founded Beta Labs", "John Doe worksFor Acme Robotics"}},
		{"Thomas Scott of Acme employed Roe as a telegraph operator.", []string{"Jane Roe worksFor Acme Robotics [telegraph operator]"}},
		{"Roe turned the presidency of Acme over to his son John Doe in December 1918.", []string{"John Doe led Acme Robotics"}},
		{"Roe was appointed CEO in 1994, Doe having previously been a director at Beta Labs.", []string{"John Doe worksFor Beta Labs [director]"}},
		{"Roe served as the project manager of Gizmo, was director for Acme, and most recently served as associate director for Beta Labs.", []string{"Jane Roe led Acme Robotics [director]", "Jane Roe led Gizmo [project manager]", "Jane Roe worksFor Acme Robotics [director]", "Jane Roe worksFor Beta Labs [associate director]"}},
		{"It was announced that Roe had been appointed as co-chair of Acme.", []string{"Jane Roe led Acme Robotics [co-chair]", "Jane Roe worksFor Acme Robotics [co-chair]"}},
		// A title the clause's end closes still opens a list of titles
		// that a name ends; a trade names no employer.
		{"丙资本局长张三，甲公司主席、党委书记李四。", []string{"张三 led 丙资本 [局长]", "张三 worksFor 丙资本 [局长]", "李四 led 甲公司 [主席]", "李四 worksFor 甲公司 [主席]"}},
		{"张三，甲公司董事长、乙大学教授。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]", "张三 worksFor 乙大学 [教授]"}},
		{"乙大学的校友有剧作家张三，画家李四。", []string{"张三 educatedAt 乙大学"}},
		{"甲公司驻场作家张三。", []string{"张三 worksFor 甲公司 [驻场作家]"}},
		// Who nominates is not who takes the post; a place after 在 is
		// not who founds; 之外 excludes.
		{"张三获李四提名担任甲公司院长。", []string{"张三 led 甲公司", "张三 worksFor 甲公司 [院长]"}},
		{"1991年，张三应邀在乙大学创办甲公司。", []string{"张三 founded 甲公司"}},
		{"此外，张三还是甲公司四大创始人之外少数持股的高管之一。", nil},
		{"Acme was acquired by Beta Labs and Delta Ventures by Gamma Capital.", []string{"Beta Labs acquired Acme Robotics"}},
		// A second verb after ", then"; participles and degrees; a book
		// its author argues in; careers begun and posts accepted.
		{"Roe worked with his father for two years, then attended Acme, studying under John Doe, his father's associate.", []string{"Jane Roe advisor John Doe", "Jane Roe educatedAt Acme Robotics"}},
		{"Roe met Doe, then president of Acme.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		{"Roe attended grammar school at the Acme in Darmstadt.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"Roe's doctorate from Acme was conferred on 23 June 1823.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"Roe earned a Bachelor of Arts and a Juris Doctor, both from Acme.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"In his Gizmo (1847) Roe argued that eating meat was important.", []string{"Jane Roe authored Gizmo"}},
		{"Roe was commissioned in England to write Gizmo for the company.", []string{"Jane Roe authored Gizmo"}},
		{"In 1852, Roe accepted an appointment from King Max of Bavaria to the Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe then began a career in private equity, initially at Acme in Silicon Valley.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe had been a managing partner from 2002, having joined Acme in 1987 after leaving Beta Labs.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"From 2011 to 2014, Roe served as commissioner of the Acme.", []string{"Jane Roe led Acme Robotics [commissioner]", "Jane Roe worksFor Acme Robotics [commissioner]"}},
		{"Acme is a London-based firm founded in 1973 by a pair of London stockbrokers, Jane Roe and John Doe.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		// A round's investors after its clause; ages that go on with the
		// subject; the founder after a clause about the company; products
		// listed after a colon.
		{"甲公司这轮融资中，丙资本、丁创投等国家队背景基金入股，老股东也参与跟投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"张三1983年出生，14岁考入乙大学少年班，19岁进入戊大学硕博连读。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊大学"}},
		{"张三以甲公司创始人身份行事。", []string{"张三 founded 甲公司"}},
		{"2018年，甲公司于港股上市，创始人张三的身家飙升。", []string{"张三 founded 甲公司"}},
		{"甲公司还发布了面向云端的高性能产品线：星火系统。", []string{"甲公司 developed 星火系统"}},
		// A descriptor of a trade before the founder; founding on a basis;
		// the post at what was just founded; lectures; party titles.
		{"甲公司由著名教育家张三、李四于天津创办。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"1904年，张三在其私塾的基础上建立了戊大学，李四担任校长。", []string{"张三 founded 戊大学", "李四 led 戊大学 [校长]", "李四 worksFor 戊大学 [校长]"}},
		{"同年9月起，张三受邀到乙大学讲授中国文化史。", []string{"张三 worksFor 乙大学"}},
		{"2016年9月，张三在担任乙大学党委书记长达14年后去职。", []string{"张三 led 乙大学 [党委书记]", "张三 worksFor 乙大学 [党委书记]"}},
		{"甲公司党委副书记张三。", []string{"张三 worksFor 甲公司 [副书记]"}},
		{"甲公司总干事张三。", []string{"张三 led 甲公司 [总干事]", "张三 worksFor 甲公司 [总干事]"}},
		{"张三曾在乙大学短暂学习。", []string{"张三 educatedAt 乙大学"}},
		// Founding together: 合资成立, a list and a gap before 联合创办,
		// the subject past what it did first, 联同; a title right after
		// the second of two organisations is not the first's.
		{"张三与李四合资成立甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"张三与李四、王五六人煮了一锅粥就联合创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		{"张三利用卖股票的钱与李四一起创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"张三，在2015年底与李四共同成立甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"丙资本联同丁创投投资了甲公司。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"张三与甲公司及「星火」负责人李四公布计划。", nil},
		// "head coach" is a compound that heads nothing; 当时 is no 当
		// (serve as).
		{"Roe became the Acme head coach and Doe became the general manager.", []string{"Jane Roe worksFor Acme Robotics [head coach]"}},
		{"Roe became the head of Acme.", []string{"Jane Roe led Acme Robotics [head]", "Jane Roe worksFor Acme Robotics [head]"}},
		{"张三说，当时乙大学所长允许李四使用资源。", nil},
		{"张三回忆，当时乙大学所长是王五。", []string{"王五 led 乙大学 [所长]", "王五 worksFor 乙大学 [所长]"}},
		{"张三当时担任甲公司所长。", []string{"张三 led 甲公司 [所长]", "张三 worksFor 甲公司 [所长]"}},
		// Directing, staging and playing in works; writing in a clause
		// with no subject of its own; 编导 and 编剧.
		{"同年，张三返回香港，为正在香港的甲公司导演《星火系统》、《Gizmo》等剧目。", []string{"张三 contributedTo Gizmo", "张三 contributedTo 星火系统"}},
		{"1926年，张三进入电影界，两年内先后为甲公司编写了《星火系统》、《Gizmo》。", []string{"张三 authored Gizmo", "张三 authored 星火系统"}},
		{"张三创作的第一部有声电影为《星火系统》。", []string{"张三 authored 星火系统"}},
		{"著名导演张三执导了《星火系统》。", []string{"张三 contributedTo 星火系统"}},
		{"《星火系统》的导演张三说。", []string{"张三 contributedTo 星火系统"}},
		{"张三是《星火系统》的编剧。", []string{"张三 authored 星火系统"}},
		{"张三与李四等人共同组织甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"张三出任甲公司编导。", []string{"张三 worksFor 甲公司 [编导]"}},
		// Births with commas before the place; partners forming a firm
		// after a date that no comma closes; entering as a student; hired
		// to coach (whom one replaced held the post only by implication);
		// an interest bought; partners on an exhibit.
		{"Roe was born in Burgundy, France, in the city of Springfield, the first child.", []string{"Jane Roe bornIn Springfield"}},
		{"Roe was born Jane Roe, on February 25, 1895, in Springfield to John Doe.", []string{"Jane Roe bornIn Springfield"}},
		{"On 6 October 1868 Doe entered into partnership with Jane Roe, forming the company Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		{"In the spring of 1927 Roe joined Beta Labs, and later founded Acme.", []string{"Jane Roe founded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe entered Acme in the fall of 1914 as an English major and joined a club.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"When John Doe was hired to coach Acme for the 1933 season, Doe chose to hire his own assistants.", []string{"John Doe worksFor Acme Robotics"}},
		{"Austerity measures forced him to supplant John Doe as head coach of the Acme.", []string{"John Doe worksFor Acme Robotics [head coach]"}},
		{"In 1940, Roe acquired half of Doe's interest in the Acme.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"In 2012 Acme partnered with Beta Labs for the exhibit Gizmo, which was hosted at a museum.", []string{"Acme Robotics developed Gizmo", "Beta Labs developed Gizmo"}},
		{"John Doe, a young graduate of Acme, was engaged.", []string{"John Doe educatedAt Acme Robotics"}},
		// A gerund inside a descriptor before its noun; acquisitions
		// listed after a colon; acquired along with another by a company
		// called X; "at the time" is no descriptor.
		{"Acme bought Beta Labs in 2013, German department store chain Gamma Capital in 2015, online shopping site Delta Ventures in 2015, and 20 sites in 2015.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Delta Ventures", "Acme Robotics acquired Gamma Capital"}},
		{"Roe founded Acme, running Beta Labs.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Beta Labs"}},
		{"Acme made the most acquisitions in 2000 with five: Beta Labs, Gamma Capital, and Delta Ventures.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Delta Ventures", "Acme Robotics acquired Gamma Capital"}},
		{"Beta Labs was acquired along with Gamma Capital by a company called Acme in 1996.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Gamma Capital"}},
		{"Roe was CEO of Beta Labs in 1990 at the time Acme was sold.", []string{"Jane Roe led Beta Labs [CEO]", "Jane Roe worksFor Beta Labs [CEO]"}},
		{"In 1904, Roe received a full position of honorary professor from the Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"On 24 March 1882, Roe was present when John Doe, working since 1880 at the Acme in Berlin, presented the lecture.", []string{"John Doe worksFor Acme Robotics"}},
		// A longer title before 的 and a name is that name's; a site
		// after 在 founds nothing; a clause whose subject is 他们 is left
		// to a reader who knows the group.
		{"张三回忆，时任甲公司代秘书长的李四对此一无所知。", []string{"李四 worksFor 甲公司 [秘书长]"}},
		{"1998年，经张三等人组织，老校友联名建议在乙大学旧址建立一所甲公司。", nil},
		{"张三创办了乙大学。他们另外亦在1942年创办甲公司。", []string{"张三 founded 乙大学"}},
		// Books by their possessor ("her debut cookbook, X", "Roe's second
		// book, X", "Her last book was X", "a book entitled X"); shows
		// starred in; an organisation's employee after "also"; studies
		// while attending; a department taken over; an infusion of cash;
		// a clause opened by a subordinator.
		{"Roe's second book, Gizmo, was a collection of recipes.", []string{"Jane Roe authored Gizmo"}},
		{"Roe is known for her debut cookbook, Gizmo, and her programs.", []string{"Jane Roe authored Gizmo"}},
		{"Roe wrote many books. Her last book was the autobiographical Gizmo, published in 2006.", []string{"Jane Roe authored Gizmo"}},
		{"In 1989, Roe published what she considered her magnum opus, a book and video series collectively entitled Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"In the 1970s, Roe was the star of numerous television programs, including Gizmo and Widget OS.", []string{"Jane Roe hosts Gizmo", "Jane Roe hosts Widget OS"}},
		{"Roe starred in four more series in the 1990s that featured guest chefs: Gizmo, Widget OS.", []string{"Jane Roe hosts Gizmo", "Jane Roe hosts Widget OS"}},
		{"In Kunming, she met John Doe, also an Acme employee.", []string{"John Doe worksFor Acme Robotics [employee]"}},
		{"Roe continued to play sports while attending Acme, from which she graduated.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"Once Roe had taken over engineering at Acme, he convinced Doe.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Acme obtained an infusion of cash from Gamma Capital, which Doe used.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"When Roe joined Acme, Doe founded Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "John Doe founded Beta Labs"}},
		// Works listed after 包括： and what a company made itself, then
		// an example.
		{"甲公司用其名义再制作电影，包括：Gizmo、Widget OS。", []string{"甲公司 developed Gizmo", "甲公司 developed Widget OS"}},
		{"在甲公司的手机上，已经开始使用甲公司自己研发的芯片，例如Gizmo，就成为首个芯片。", []string{"甲公司 developed Gizmo"}},
		// Registered capital subscribed; rounds listed before one
		// investor.
		{"丙资本以5000万元认购甲公司新增注册资本。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司的天使轮、A轮均由丙资本领投。", []string{"丙资本 investedIn 甲公司"}},
		// A work co-developed with someone; a part of a work written.
		{"Roe co-developed Gizmo with Doe.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"Roe wrote the code for Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe composed the music for Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		// A founding by several after a date and a comma; shares sold
		// (both the seller and the buyer held them); 各自持有的 and 转让于;
		// 由A向B注资; shareholders counted; 主理.
		{"甲公司是一间香港商业银行，于1933年3月3日由张三、李四及王五创立，曾为香港主要银行之一。", []string{"张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		{"2006年，丙资本将之前受让的甲公司股权全部卖给了张三，转让价格为每股2.8元。", []string{"丙资本 investedIn 甲公司", "张三 investedIn 甲公司"}},
		{"同时，张三、李四将各自持有的甲公司5%股权以每股35.70元转让于王五。", []string{"张三 investedIn 甲公司", "李四 investedIn 甲公司", "王五 investedIn 甲公司"}},
		{"1986年5月，丙资本与丁创投达成协议，由丙资本向丁创投注资1.76亿港元。", []string{"丙资本 investedIn 丁创投"}},
		{"乙大学将其资产置换张三、李四等20名甲公司股东持有的甲公司100%股权。", []string{"张三 investedIn 甲公司", "李四 investedIn 甲公司"}},
		{"由张三主理的乙大学珠宝，得力于丁创投的资助。", []string{"张三 led 乙大学", "张三 worksFor 乙大学"}},
		// A name a preposition governs in a phrase before the clause is
		// not what the clause is about; a relative clause after it is.
		{"After graduating from the Acme in 1967, Roe co-founded Beta Labs.", []string{"Jane Roe cofounded Beta Labs", "Jane Roe educatedAt Acme Robotics"}},
		{"For 33 years, Roe was vice president of Acme, which she co-founded.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe worksFor Acme Robotics [vice president]"}},
		// A title in a parenthesis before the name; "headed up".
		{"Another inspiration was the Serbian montagist (and dean of the Acme) John Doe, a theoretician.", []string{"John Doe led Acme Robotics [dean]", "John Doe worksFor Acme Robotics [dean]"}},
		{"Roe headed up the Acme.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		// A list of one person's titles after the company.
		{"甲公司创始人、董事长张三毕业于乙大学。", []string{"张三 founded 甲公司", "张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]", "张三 educatedAt 乙大学"}},
		{"甲公司创始人李四、乙大学教授张三出席。", []string{"李四 founded 甲公司", "张三 worksFor 乙大学 [教授]"}},
		// A plural possessive: the name after "Ventures'" is owned.
		{"Doe was head of Delta Ventures' Beta Labs imprint.", []string{"John Doe led Beta Labs [head]", "John Doe worksFor Beta Labs [head]", "John Doe worksFor Delta Ventures [head]"}},
		// Pupils listed after "including".
		{"Several of Roe's former doctoral students subsequently became notable in their own right including, John Doe and Mary Major.", []string{"John Doe advisor Jane Roe", "Mary Major advisor Jane Roe"}},
		{"Besides numerous PhD students, Roe also supervised postdoctoral students and other interns including John Doe, Mary Major (postdoc).", []string{"John Doe advisor Jane Roe", "Mary Major advisor Jane Roe"}},
		{"Roe trained engineers at Acme, including John Doe.", nil},
		// Schools named after the kind attended.
		{"Doe grew up on the south side of Springfield and attended public schools, including Acme and Beta Labs.", []string{"John Doe educatedAt Acme Robotics", "John Doe educatedAt Beta Labs"}},
		// The progressive of making, also after "and".
		{"Acme is developing Widget OS.", []string{"Acme Robotics developed Widget OS"}},
		{"Acme was founded in 2014, and as of 2016 was developing Widget OS as an add-on treatment.", []string{"Acme Robotics developed Widget OS"}},
		{"He left Beta Labs in 2018 and Doe set up his own label, Acme, in 2019.", []string{"John Doe founded Acme Robotics"}},
		// Investors listed after 来自, then what kind they are.
		{"甲公司截至目前已经获得了来自丙资本、丁创投、己资本等多家公司和机构的融资，总金额至少近百亿元人民币。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司", "己资本 investedIn 甲公司"}},
		// A subject set off by a comma, then an adverb opening its predicate.
		{"离开甲公司的这四年时间里，转身天使投资人的张三，至今已投资了戊科技、华为等10多家互联网公司。", []string{"张三 investedIn 戊科技", "张三 investedIn 华为"}},
		// Who held a post, in parentheses after the organisation.
		{"回國後在瀋陽乙大学（张三时任校长）任教。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		// A province named short before the birthplace; a relative's birth
		// is not the subject's.
		{"张三，1969年生于湖北Springfield。", []string{"张三 bornIn Springfield"}},
		{"张三，其父生于Springfield。", nil},
		{"张三，父亲生于Springfield。", nil},
		{"张三生于书香门第。", nil},
		// Posts of government service; books written out.
		{"不料被北洋政府甲公司次长张三的轿车撞倒。", []string{"张三 worksFor 甲公司 [次长]"}},
		{"张三以英文寫成《星火系统》。", []string{"张三 authored 星火系统"}},
		// Sole control is ownership; a shareholder alone is not.
		{"5月11日左右，戊科技发生商业变更，甲公司成为其100%控股大股东。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司成为戊科技的100%控股股东。", []string{"甲公司 acquired 戊科技", "甲公司 investedIn 戊科技"}},
		{"丙资本成为其第一大股东。", nil},
		// What the object is, before it: a rival, a subsidiary, a school.
		{"2017年11月，甲公司收购了北美有力竞争对手 戊科技。", []string{"甲公司 acquired 戊科技"}},
		// A resignation announced: the post is held until then.
		{"On 20 February 2013, Acme announced that John Doe would resign as president and CEO of Acme on 1 July 2013.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		// The post at what was founded, after "with".
		{"Roe and other stockholders formed Acme on November 30, 1901, with Doe as chief engineer.", []string{"John Doe worksFor Acme Robotics [chief engineer]"}},
		{"Roe formed Acme, with Doe as chief engineer.", []string{"Jane Roe founded Acme Robotics", "John Doe worksFor Acme Robotics [chief engineer]"}},
		// A post in a department.
		{"Doe became a professor in Acme.", []string{"John Doe worksFor Acme Robotics [professor]"}},
		{"Doe was CEO in Springfield.", nil},
		// Founding: at a place, with money put in, announced after a
		// comma, by a founder named with a title; jointly, both parties.
		{"时间回到2000年，张三在江苏省白蒲镇组建了甲公司，开启了在通信行业探索之路。", []string{"张三 founded 甲公司"}},
		{"繼成立平台阿里巴巴後，甲公司於2003年5月投資1億元人民幣建立網上購物平台丙资本。", []string{"甲公司 founded 丙资本"}},
		{"2009年9月，甲公司慶祝創立十週年，同時宣布成立另一家子公司丙资本。", []string{"甲公司 founded 丙资本"}},
		{"甲公司在大陸與戊科技合資組建了丙资本，總部位于重慶。", []string{"甲公司 founded 丙资本", "戊科技 founded 丙资本"}},
		{"其中，复旦教授李四创立的甲公司和行业老兵张三组建的戊科技成立不到2年。", []string{"李四 founded 甲公司", "张三 founded 戊科技"}},
		{"1958年，张三与甲公司同事共同倡议并参与创建乙大学。", nil},
		// "both of which X founded"; "its inaugural president" after a
		// phrase naming the organisation.
		{"Acme and Beta Labs, both of which John Doe founded, are active.", []string{"John Doe founded Acme Robotics", "John Doe founded Beta Labs"}},
		{"Doe was involved in the creation of Acme and served as its inaugural president from 1959 to 1973.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		// A title before 的 describes the names up to the first comma; the
		// verb after the list is every name's.
		{"1902年，時任乙大学院長的张三，以及李四、王五先后加入甲公司。", []string{"张三 led 乙大学 [院长]", "张三 worksFor 乙大学 [院长]", "张三 worksFor 甲公司", "李四 worksFor 甲公司", "王五 worksFor 甲公司"}},
		// A clause with no subject goes on with the organisation that
		// acted in the clause before, not with a person.
		{"张三创办了甲公司。1920年代，甲公司出版了《星火系统》，推出了《Gizmo》。", []string{"张三 founded 甲公司", "甲公司 developed Gizmo", "甲公司 developed 星火系统"}},
		// An honorary title leads nothing.
		{"张三也是甲公司的榮譽會長。", []string{"张三 worksFor 甲公司 [荣誉会长]"}},
		{"Doe was the honorary president of Acme.", []string{"John Doe worksFor Acme Robotics [honorary president]"}},
		// Joint founding verbs (合组), founding by 开设, a company handed
		// over to be run, a founding with others unnamed.
		{"张三與李四、王五等人合組甲公司於1962年開始在尖沙咀興建星光行。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		{"1953年张三創辦甲公司，再開設戊科技及丙资本。", []string{"张三 founded 甲公司", "张三 founded 戊科技", "张三 founded 丙资本"}},
		{"1981年李四逝世，甲公司交予张三打理。", []string{"张三 led 甲公司", "张三 worksFor 甲公司"}},
		{"1978年，张三联同其他亚洲和非洲国家成立甲公司，并以自己的公司作总部。", []string{"张三 cofounded 甲公司"}},
		{"In the autumn of 1966, Doe began graduate school at the Acme.", []string{"John Doe educatedAt Acme Robotics"}},
		// The comma after a subject: not after an object.
		{"张三创办甲公司，又创办戊科技。", []string{"张三 founded 甲公司", "张三 founded 戊科技"}},
		// New shareholders in a register change; the company a relative
		// clause says one holds.
		{"1月24日，甲公司发生工商变更，新增丙资本、丁创投等多名股东。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司"}},
		{"甲公司发生工商变更，新增法定代表人张三。", nil},
		{"一切源于一则公告：丙资本参股的甲公司拟实施境外上市计划。", []string{"丙资本 investedIn 甲公司"}},
		// "both A and B" after a verb or a noun of founding; an adverb of
		// the past before a later verb of the subject.
		{"Doe founded both Acme and Beta Labs.", []string{"John Doe founded Acme Robotics", "John Doe founded Beta Labs"}},
		{"Roe was the cofounder of both Acme and Beta Labs.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe cofounded Beta Labs"}},
		{"Doe founded both.", nil},
		{"Doe also is a member of the Springfield Academy, and formerly chaired both Acme and Beta Labs.", []string{"John Doe led Acme Robotics", "John Doe led Beta Labs"}},
		// Serving an organisation (为X效力); 受聘 and the organisation.
		{"有趣的是，张三曾为甲公司效力长达22年。", []string{"张三 worksFor 甲公司"}},
		{"2014年2月，法国前总理张三受聘乙大学国际关系与全球治理首席教授。", []string{"张三 worksFor 乙大学"}},
		// A post in a phrase after the subject's verb; a post at an
		// organisation named after "called"; the office named by its
		// organisation.
		{"Mary Major currently continues her husband's work as the head of Acme and Beta Labs.", []string{"Mary Major led Acme Robotics [head]", "Mary Major worksFor Acme Robotics [head]", "Mary Major led Beta Labs [head]", "Mary Major worksFor Beta Labs [head]"}},
		{"He succeeds John Doe, who is retiring from the Acme presidency after eight years.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		// Two who found something together: one joined by the other, one
		// working with the other, to found it.
		{"On 7 May 1946, Doe was joined by Jane Roe to establish a company called Acme.", []string{"John Doe founded Acme Robotics", "Jane Roe founded Acme Robotics"}},
		{"In May 1984 Doe worked with Beta Labs to create \"Acme\" (an acronym).", []string{"John Doe founded Acme Robotics", "Beta Labs founded Acme Robotics"}},
		// Counsel given to an organisation is a post there; to a person it
		// is no fact.
		{"Roe is a senior advisor to Beta Labs.", []string{"Jane Roe worksFor Beta Labs [advisor]"}},
		{"Roe, a technical consultant to Acme, said so.", []string{"Jane Roe worksFor Acme Robotics [technical consultant]"}},
		{"Roe was an advisor to Doe.", nil},
		{"Roe was employed at Acme in 1990.", []string{"Jane Roe worksFor Acme Robotics"}},
		// Two of different kinds who act together (共同, 联合) are one list.
		{"戊科技获得1亿元融资，由丙资本和张三共同投资。", []string{"丙资本 investedIn 戊科技", "张三 investedIn 戊科技"}},
		{"丙资本与张三共同投资了戊科技。", []string{"丙资本 investedIn 戊科技", "张三 investedIn 戊科技"}},
		// A post named with no organisation after it is held at an
		// organisation from context, never at a work named before (this
		// once read the text backwards and crashed).
		{"1941年因在壁报上写讽刺训导主任的文章《星火系统》被其开除，校长张三介绍他转学去了中国。", nil},
		{"张三写了文章《星火系统》，校长李四介绍他去了中国。", []string{"张三 authored 星火系统"}},
		{"甲公司推出了星火系统，总裁李四表示满意。", []string{"李四 led 甲公司 [总裁]", "李四 worksFor 甲公司 [总裁]", "甲公司 developed 星火系统"}},
		// A career begun studying is study, not a post; a school attended
		// before the subject; a teacher named after the place of study.
		{"After attending school at the Acme, Roe began her career studying law at Beta Labs under the Austrian capital theorist Mary Major, taking her PhD in 1906.", []string{"Jane Roe educatedAt Acme Robotics", "Jane Roe educatedAt Beta Labs", "Jane Roe advisor Mary Major"}},
		{"Roe began his career in 1990 as an engineer at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe began a career in private equity at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe began his long career at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe studied physics at Beta Labs under John Doe.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe advisor John Doe"}},
		// A list of posts before a name, at the organisation from context;
		// only posts may stand in the list (an unknown organisation's name
		// there is no post of the one from context).
		{"甲公司创立于2013年初，联合创始人、CEO张三毕业于乙大学。", []string{"张三 cofounded 甲公司", "张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]", "张三 educatedAt 乙大学"}},
		{"甲公司创立于2013年初，CEO、联合创始人张三毕业于乙大学。", []string{"张三 cofounded 甲公司", "张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]", "张三 educatedAt 乙大学"}},
		{"甲公司创立于2013年初，创始人、CEO张三毕业于乙大学。", []string{"张三 founded 甲公司", "张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]", "张三 educatedAt 乙大学"}},
		{"乙大学的校友有，天狮集团董事长兼总裁李四。", nil},
		// Investors' favour, a round from them, money from them.
		{"甲公司先后拿到丙资本、丁创投等机构青睐。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司"}},
		{"甲公司迎来了丙资本的C轮融资。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司同年又完成了来自丙资本、丁创投的融资。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司"}},
		{"甲公司获得了银行的支持。", nil},
		// The host of a programme, named as the agent; a staff member.
		{"王五接受由张三主持的《星火系统》节目的采访。", []string{"张三 hosts 星火系统"}},
		{"李四是甲公司的工作人员。", []string{"李四 worksFor 甲公司 [工作人员]"}},
		// "and his wife, Mary," is a member; plural founders after "both";
		// a subjectless sentence that opens with the participle; a post
		// accepted; an office taken up; composing is authoring.
		{"Acme was founded by Roe and his wife, Mary Major, both also founders of Beta Labs.", []string{"Jane Roe founded Acme Robotics", "Mary Major founded Acme Robotics", "Jane Roe founded Beta Labs", "Mary Major founded Beta Labs"}},
		{"Roe and his wife, Mary Major, founded Acme.", []string{"Jane Roe founded Acme Robotics", "Mary Major founded Acme Robotics"}},
		{"Roe and his company, Acme, grew.", nil},
		{"Founded as the Acme Robotics in 1833 by a pair of Presbyterian ministers, John Doe and Jane Roe.", []string{"John Doe founded Acme Robotics", "Jane Roe founded Acme Robotics"}},
		{"Roe accepted the position as first President of the Acme Robotics in 1835.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Roe left in 2017, moving on to assume the presidency of Beta Labs.", []string{"Jane Roe led Beta Labs", "Jane Roe worksFor Beta Labs"}},
		{"Doe had been a representative of Acme, selling records.", []string{"John Doe worksFor Acme Robotics [representative]"}},
		{"Roe began working at a Acme, then became a top salesman for Beta Labs in Miami.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs [salesman]"}},
		{"In 1952, Roe invested in a single, \"Gizmo\", composed by John Doe, which did well.", []string{"John Doe authored Gizmo"}},
		{"Steered from 1947 by John Doe, Acme became famous.", []string{"John Doe led Acme Robotics"}},
		// A place or an occasion after 在, then the verb with its aspect;
		// a name of the subject's kind there is the verb's nearer subject.
		{"华为在德国柏林消费电子展发布了星火系统芯片。", []string{"华为 developed 星火系统"}},
		{"张三在李四创办了甲公司后加入乙大学。", []string{"张三 worksFor 乙大学"}},
		{"张三曾在乙大学创办了甲公司。", []string{"张三 founded 甲公司"}},
		// The object's kind noun before 由, 在被…前; study abroad; a book
		// written to the end; a doctor's post.
		{"星火系统平台由甲公司研发，系统2006年上线。", []string{"甲公司 developed 星火系统"}},
		{"戊科技在被甲公司全额收购前，已经开始兴建工厂。", []string{"甲公司 acquired 戊科技"}},
		{"张三到英国乙大学和戊大学进修深造。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊大学"}},
		{"张三坚持写完了《星火系统》一书。", []string{"张三 authored 星火系统"}},
		{"张三被聘为甲公司妇产科大夫。", []string{"张三 worksFor 甲公司 [大夫]"}},
		// Works listed after a count; a thesis; a post after a place; 部
		// and 长 of 部长 written once.
		{"张三以笔名创作多部武侠小说，包括《星火系统》等。", []string{"张三 authored 星火系统"}},
		{"2010年，张三完成博士论文《星火系统》，取得乙大学博士学位。", []string{"张三 authored 星火系统", "张三 educatedAt 乙大学"}},
		{"张三进入上海《甲公司》任国际电讯翻译。", []string{"张三 worksFor 甲公司 [翻译]"}},
		{"甲公司长张三在1963年提出了新方针。", []string{"张三 led 甲公司", "张三 worksFor 甲公司"}},
		// Pupils after "including" and an aside; a dissertation written
		// under a teacher; born, raised and educated somewhere.
		{"John Doe taught there. Among his 69 Ph.D. students in Springfield were many who later became famous, including (with date of thesis): Jane Roe (1898), Mary Major (1901).", []string{"Jane Roe advisor John Doe", "Mary Major advisor John Doe"}},
		{"Doe obtained his doctorate in 1885, with a dissertation, written under Jane Roe, titled Gizmo.", []string{"John Doe advisor Jane Roe"}},
		{"Roe was born, raised, and educated in a Jewish family in Springfield.", []string{"Jane Roe bornIn Springfield"}},
		// The post at what an organisation became; a merger is no
		// acquisition.
		{"1930年农林科改为甲公司，李四任院长。", []string{"李四 led 甲公司 [院长]", "李四 worksFor 甲公司 [院长]"}},
		{"1970年，甲公司和戊科技合并成为己资本。", nil},
		// Investment given to a company; a brand newly created; a board
		// secretary and a minister of old as posts.
		{"丙资本向戊科技给予了亿元级别投资。", []string{"丙资本 investedIn 戊科技"}},
		{"张三在瑞幸咖啡之后，新创了一个小面品牌“戊科技”。", []string{"张三 founded 戊科技"}},
		{"李四曾是甲公司董秘。", []string{"李四 worksFor 甲公司 [董秘]"}},
		{"甲公司尚书李四上书。", []string{"李四 led 甲公司 [尚书]", "李四 worksFor 甲公司 [尚书]"}},
		// An organisation's people by their plural title, then named;
		// posts taken; where people worked, in parentheses.
		{"Other Acme scientists, including Jane Roe and John Doe, were placed on projects.", []string{"Jane Roe worksFor Acme Robotics [scientists]", "John Doe worksFor Acme Robotics [scientists]"}},
		{"Two of these, Jane Roe and John Doe, took positions at the Beta Labs.", []string{"Jane Roe worksFor Beta Labs", "John Doe worksFor Beta Labs"}},
		{"Mary Major, the director of the Beta Labs (where Roe and Doe worked), spoke.", []string{"Mary Major led Beta Labs [director]", "Mary Major worksFor Beta Labs [director]", "Jane Roe worksFor Beta Labs", "John Doe worksFor Beta Labs"}},
		{"Roe is a senior adviser for Beta Labs.", []string{"Jane Roe worksFor Beta Labs [adviser]"}},
		// A clause that opens with a time relative to the one before
		// (次年, 三年后) goes on as one that opens with a date.
		{"甲公司收购了戊科技；次年又收购了己资本。", []string{"甲公司 acquired 戊科技", "甲公司 acquired 己资本"}},
		{"张三毕业于乙大学。三年后加入甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"去年7月，戊科技完成新一轮过亿元融资，由丙资本领投，丁创投跟投，老股东己资本和天使投资人张三继续加持。", []string{"丙资本 investedIn 戊科技", "丁创投 investedIn 戊科技", "己资本 investedIn 戊科技", "张三 investedIn 戊科技"}},
		{"Roe is currently at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"张三于2010年进入甲公司，历任工程师、总监。", []string{"张三 worksFor 甲公司 [工程师]"}},
		{"张三领衔的甲公司近日上市。", []string{"张三 led 甲公司"}},
		// Occupations in an apposition name the employer after at or
		// with; a post at a possessed journal is not its owner's.
		{"Jane Roe, an oceanographer at Acme Robotics, said so.", []string{"Jane Roe worksFor Acme Robotics [oceanographer]"}},
		{"Roe was born to John Doe, a flautist with the Acme Robotics, and Mary Major.", []string{"John Doe worksFor Acme Robotics [flautist]"}},
		{"Jane Roe, a senior lecturer at Beta Labs, spoke.", []string{"Jane Roe worksFor Beta Labs [lecturer]"}},
		{"Roe was one of the founding editors of Acme Robotics's Gizmo, which won an award.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe was an engineer at Acme Robotics's Beta Labs.", []string{"Jane Roe worksFor Acme Robotics [engineer]", "Jane Roe worksFor Beta Labs [engineer]"}},
		// A sole title before a list is its first member's, unless the
		// post passed from one to the next (先后); names given as
		// examples (如：) are no later clause's subject.
		{"当时任甲公司主任的张三与李四、王五等约请编辑人员。", []string{"张三 led 甲公司 [主任]", "张三 worksFor 甲公司 [主任]"}},
		{"甲公司主任张三与李四出席了会议。", []string{"张三 led 甲公司 [主任]", "张三 worksFor 甲公司 [主任]"}},
		{"以及先后出任甲公司所长的张三、李四等院士。", []string{"李四 led 甲公司 [所长]", "李四 worksFor 甲公司 [所长]", "张三 led 甲公司 [所长]", "张三 worksFor 甲公司 [所长]"}},
		{"乙大学教授张三、李四出席。", []string{"张三 worksFor 乙大学 [教授]", "李四 worksFor 乙大学 [教授]"}},
		{"当时，甲公司云集了一大批专家学者，如：张三、李四、王五等，出版了《星火系统》。", []string{"甲公司 developed 星火系统"}},
		// A student of a teacher, a post one is made to hold, a
		// company's purchase of another, founding in partnership with
		// someone, staying employed where one worked.
		{"Roe returned to Springfield where she became a student of John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"In 1933, John Doe made Jane Roe chairman of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		{"Roe supported the Acme Robotics, administrated by John Doe, who used it.", []string{"John Doe led Acme Robotics"}},
		{"Roe was also involved with the purchase by Acme Robotics of Beta Labs in 1914.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Roe established a new firm, Acme Robotics, in partnership with John Doe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Roe founded Acme Robotics, together with John Doe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Roe founded Acme Robotics, with John Doe as its chief executive.", []string{"Jane Roe founded Acme Robotics", "John Doe led Acme Robotics [chief executive]", "John Doe worksFor Acme Robotics [chief executive]"}},
		{"Roe sold Beta Labs to Acme Robotics, where she remained employed as a designer until 1977.", []string{"Acme Robotics acquired Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		// Chinese founding: a description before the name after 由, a
		// place after the verb, 所办; a bare 公司 opening the sentence,
		// backers (在…支持下) and a title before 的 and another name are
		// no clause's subject.
		{"甲公司是由德国移民张三于1869年创立的。", []string{"张三 founded 甲公司"}},
		{"1912年1月1日，甲公司成立，由张三、李四、王五等集资创办于上海。", []string{"张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		{"1930年秋，张三所辦甲公司開學。", []string{"张三 founded 甲公司"}},
		{"在李四、王五等大力支持下，于同年9月成立了甲公司，张三任院长。", []string{"张三 led 甲公司 [院长]", "张三 worksFor 甲公司 [院长]"}},
		{"李四建议已是甲公司主席的张三，建立研究中心。", []string{"张三 led 甲公司 [主席]", "张三 worksFor 甲公司 [主席]"}},
		{"张三是甲公司的创始人。公司成为了先锋，并于1896年加入了乙大学。", []string{"张三 founded 甲公司"}},
		{"张三是甲公司的创始人。后加入了乙大学。", []string{"张三 founded 甲公司", "张三 worksFor 乙大学"}},
		// 行政总裁, Hong Kong's word for a chief executive.
		{"甲公司行政总裁张三表示。", []string{"张三 led 甲公司 [行政总裁]", "张三 worksFor 甲公司 [行政总裁]"}},
		// A Chinese birthplace names its places from the largest down:
		// each of the chain, past a place the dictionary lacks (浙江海宁)
		// or 的; a clause after it is no part of the chain.
		{"张三生于美国Springfield。", []string{"张三 bornIn Springfield", "张三 bornIn 美国"}},
		{"1938年4月，张三出生于美国的Springfield，他的父亲是经理。", []string{"张三 bornIn Springfield", "张三 bornIn 美国"}},
		{"张三出生于浙江海宁中国一个富裕家庭。", []string{"张三 bornIn 中国"}},
		{"张三生于中国并在美国长大。", []string{"张三 bornIn 中国"}},
		{"张三生于中国，长于美国。", []string{"张三 bornIn 中国"}},
		// Chinese study: 就学, 进修 and 深造 after a school, a
		// department's graduate in a description, 转读; the subject a
		// clause goes on with: a name after a conjunction (所以), a
		// person before 从, and the subject of a clause of time (…后，).
		{"张三在乙大学繼續進修研究生阶段的物理学课程。", []string{"张三 educatedAt 乙大学"}},
		{"张三，乙大学（今戊大学）轮机科毕业，曾任甲公司工程师。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司 [工程师]"}},
		{"张三于1926年转读戊大学。", []string{"张三 educatedAt 戊大学"}},
		{"李四的父亲王五是商人，所以李四出生于美国，回国后，曾在乙大学就学。", []string{"李四 bornIn 美国", "李四 educatedAt 乙大学"}},
		{"但李四并不允许子女进入甲公司，于是就有了张三从乙大学研究生毕业后，在众多求职者中脱颖而出，成功加入戊科技的经历。", []string{"张三 educatedAt 乙大学", "张三 worksFor 戊科技"}},
		// One's own firm set up, a stake owned, a post taken over, and
		// the organisation named after a description of it.
		{"Roe left Beta Labs in 2018 and set up her own label, Acme Robotics, in 2019.", []string{"Jane Roe founded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe worked there for seven years before establishing his own independent design firm, Acme Robotics, in 1955.", []string{"Jane Roe founded Acme Robotics"}},
		{"Gamma Capital owns a stake in Acme Robotics.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Roe was elected president of the university's drama group, Beta Labs, and its club.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Beta Labs [president]"}},
		{"John Doe took over the role as Director of Acme Robotics.", []string{"John Doe led Acme Robotics [director]", "John Doe worksFor Acme Robotics [director]"}},
		// A unit's staff listed after it, teaching at a school, coming
		// back to work somewhere, a head's post filled by someone.
		{"1934年，乙大学成立甲公司，导师有张三、李四、王五等人。", []string{"乙大学 founded 甲公司", "张三 worksFor 甲公司", "李四 worksFor 甲公司", "王五 worksFor 甲公司"}},
		{"1939年张三赴昆明在乙大学讲授热力学。", []string{"张三 worksFor 乙大学"}},
		{"1988年秋，张三由李四推荐回到了甲公司工作。", []string{"张三 worksFor 甲公司"}},
		{"甲公司所长便由张三直接担任。", []string{"张三 led 甲公司 [所长]", "张三 worksFor 甲公司 [所长]"}},
		// The one who invited (受…之邀, 应…邀请) is not the one who went.
		{"1931年受张三之邀再次回国出任甲公司局长。", nil},
		{"张三应李四之邀出任甲公司董事长。", []string{"张三 worksFor 甲公司 [董事长]"}},
		// 出版 with no subject of its own: a publisher's list goes on
		// with the publisher, not the person of the sentence before; a
		// person's 出版了 after 了 still is the person's.
		{"张三创办了甲公司。1954年，甲公司的一部分迁至北京，现主要编纂出版工具书，出版《星火系统》、《Gizmo》。", []string{"张三 founded 甲公司"}},
		{"张三是作家。后来出版了《星火系统》。", []string{"张三 authored 星火系统"}},
		// Clauses after a relative's go on with the relative, named or
		// not (父亲王义全曾是军人，曾任…): no fact for the person before.
		{"张三，1954年出生于美国，父亲王义全曾是军人，曾任甲公司副局长、乙大学副校长。", []string{"张三 bornIn 美国"}},
		{"张三，1954年出生于美国，曾任甲公司副局长。", []string{"张三 bornIn 美国", "张三 worksFor 甲公司 [副局长]"}},
		// A post counted for several (几个…负责人) is no one person's.
		{"张三是戊科技的创始人。而截止现在，到位的几个甲公司关键负责人，都是传统汽车工业出身。", []string{"张三 founded 戊科技"}},
		// A work its possessor owns is not the subject's: 出版王五的
		// 《星火系统》, "the publication of John Doe's Gizmo". It is the
		// possessor's, whom Chinese names before the title marks.
		{"张三也直言刊物是和文革对着干，具体展现在纪录李四功绩、出版王五的《星火系统》剧本。", []string{"王五 authored 星火系统"}},
		{"Roe also played a direct role in the German publication of John Doe's Gizmo.", []string{"John Doe authored Gizmo"}},
		{"张三出版了自己的《星火系统》。", []string{"张三 authored 星火系统"}},
		// A company's staff, one asked to act, and 成立 said of the
		// subject itself are no founding.
		{"于1953年在台北与部分甲公司员工开设戊科技。", nil},
		{"张三是建筑师。日本人邀请他组建甲公司，张三意识到，必须立即离开。", nil},
		{"1978年，甲公司正式成立并取代戊科技的上市地位。", nil},
		{"甲公司成立后收购了戊科技。", []string{"甲公司 acquired 戊科技"}},
		// A film directed by someone is made (a contribution), not led; a
		// town's resident and a railway's developer hold no post there.
		{"They brought him back to re-cut a German film titled Gizmo directed by John Doe.", []string{"John Doe contributedTo Gizmo"}},
		{"Two men, along with another Acme Robotics resident, Jane Roe, took part.", nil},
		{"Other principals include Jane Roe, developer of the Acme Robotics and resort cities.", nil},
		{"Jane Roe, a developer at Acme Robotics, said so.", []string{"Jane Roe worksFor Acme Robotics [developer]"}},
		// Making a product: beginning to build it, an organisation's
		// projects that include it, a class noun before its participle.
		{"Acme Robotics began to build the classic Gizmo series of cars.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics makes games. Their most recent projects include Gizmo, the online game Widget OS, and others.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"One of the Gizmo locomotives built by Acme Robotics was named after the company.", []string{"Acme Robotics developed Gizmo"}},
		// Working with others to make something is contributing to it.
		{"In December 1995, while still at Beta Labs, Roe collaborated with many others to start the open source Gizmo version of Widget OS.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe worked with Doe to build Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		// A part in the making of a work: involved with its development,
		// continuing to contribute to it, responsible for its construction;
		// not responsible for a collapse, not merely involved with it.
		{"Doe was also involved with the development of Widget OS and Gizmo.", []string{"John Doe contributedTo Gizmo", "John Doe contributedTo Widget OS"}},
		{"Roe continued to contribute to the development of Widget OS and Gizmo for many years.", []string{"Jane Roe contributedTo Gizmo", "Jane Roe contributedTo Widget OS"}},
		{"Doe was responsible for the construction of Gizmo.", []string{"John Doe contributedTo Gizmo"}},
		{"Doe was responsible for the collapse of Gizmo.", nil},
		{"Roe was involved with Gizmo.", nil},
		{"Roe has also been dean and professor at Acme.", []string{"Jane Roe led Acme Robotics [dean]", "Jane Roe worksFor Acme Robotics [professor]"}},
		// The possessor's agent noun after the copula, and a title after it;
		// a relative clause with "of which" after a name a preposition
		// governs; a list's posts and schooling in "all of whom"; a later
		// post at the same organisation; a job found as a copywriter.
		{"Roe is Acme's founder.", []string{"Jane Roe founded Acme Robotics"}},
		{"Roe is Acme's founder's wife.", nil},
		{"Roe is Acme's founder and current music director.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [music director]", "Jane Roe worksFor Acme Robotics [music director]"}},
		{"In June 1939, Roe left England on a tour of the mining interests of the Acme, of which she was the president.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Acme was founded in 2015 by Roe, Doe, and Major, all of whom were students at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe founded Acme Robotics", "John Doe educatedAt Beta Labs", "John Doe founded Acme Robotics", "Mary Major educatedAt Beta Labs", "Mary Major founded Acme Robotics"}},
		{"Roe and Doe, both of whom were engineers at Acme, left.", []string{"Jane Roe worksFor Acme Robotics [engineers]", "John Doe worksFor Acme Robotics [engineers]"}},
		{"Doe worked as a bookkeeper before getting a job as a copywriter for Acme, where he stayed for 18 years.", []string{"John Doe worksFor Acme Robotics"}},
		{"Roe entered the workforce as a reporter for Acme.", []string{"Jane Roe worksFor Acme Robotics [reporter]"}},
		{"Doe became a director of Acme in 1922 and chairman in March 1933, succeeding Roe.", []string{"John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [director]"}},
		{"Doe became a director of Acme in 1922 and chairman of Beta Labs in 1933.", []string{"John Doe led Beta Labs [chairman]", "John Doe worksFor Acme Robotics [director]", "John Doe worksFor Beta Labs [chairman]"}},
		{"His grandson was Sir John Doe, group chief executive of Acme from 1978 to 1989.", []string{"John Doe led Acme Robotics [chief executive]", "John Doe worksFor Acme Robotics [chief executive]"}},
		// Chinese shapes of new tuning texts: a shop opened under a name, a
		// work built under one's charge, a maker's product approved, a stake
		// raised or placed, all the shares bought, 兴办 and 购并, entering a
		// school to study there, a post at what the sentence is about; a
		// great-grandfather's deed is not the great-grandson's.
		{"张三在广州开了一家名为“甲公司”的小茶行。", []string{"张三 founded 甲公司"}},
		{"张三曾祖父、婺源人李四在广州开了一家名为“甲公司”的小茶行。", nil},
		{"张三負責修建星火系统等工程。", []string{"张三 contributedTo 星火系统"}},
		{"甲公司星火系统已获批用于治疗高胆固醇血症。", []string{"甲公司 developed 星火系统"}},
		{"戊科技1类新药星火系统获批上市。", []string{"戊科技 developed 星火系统"}},
		{"丙资本投资的星火系统获批上市。", nil},
		{"2013年，丙资本增加對甲公司的持股，持股比例从20%增加至24.99%。", []string{"丙资本 investedIn 甲公司"}},
		{"2015年甲公司以毎股2.8元向丙资本配售22億股新股。", []string{"丙资本 investedIn 甲公司"}},
		{"2010年甲公司收購戊科技100%股權。", []string{"甲公司 acquired 戊科技"}},
		{"2008年甲公司購併戊科技。", []string{"甲公司 acquired 戊科技"}},
		{"转入由张三、李四興辦的甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"1878年，张三以優異成績進入乙大学，修讀土木工程。", []string{"张三 educatedAt 乙大学"}},
		{"张三进入甲公司，学习管理。", nil},
		{"甲公司於1988年成立，現任董事長兼首席執行官為张三。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"甲公司成立于1988年，董事长为张三。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// All of a company's shares bought is its acquisition; one that
		// approved a founding did not found.
		{"Acme acquired a 100% stake in Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme acquired a 30% stake in Beta Labs.", []string{"Acme Robotics investedIn Beta Labs"}},
		{"2001年5月，甲公司向丙资本以及中国合营伙伴收购戊科技的所有股本权益。", []string{"甲公司 acquired 戊科技"}},
		{"三天后，张三批准設立甲公司。", nil},
		{"三天后，张三设立甲公司。", []string{"张三 founded 甲公司"}},
		// English shapes of new tuning texts: a post at an office of the
		// organisation, "assumed presidency of", serving an organisation as
		// a title, graduates and investments listed after "including" or
		// "such as", a buyer in apposition, a majority stake, a co-founder
		// "with" a partner, acquiring "by acquiring" or "after purchasing",
		// an organisation's product line, funding provided, the creation
		// or formation of an organisation.
		{"said Roe, managing partner of the Chicago office of Acme.", []string{"Jane Roe worksFor Acme Robotics [managing partner]"}},
		{"In 1932, Doe assumed presidency of Acme.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Doe served Acme as vice-chairman from 1932.", []string{"John Doe worksFor Acme Robotics [vice-chairman]"}},
		{"Twenty-three Acme graduates have gone on to become astronauts, including Roe (one of the originals), Doe, and Major.", []string{"Jane Roe educatedAt Acme Robotics", "John Doe educatedAt Acme Robotics", "Mary Major educatedAt Acme Robotics"}},
		{"Doe also invested large sums in enterprises such as Acme, Beta Labs and Gamma Capital.", []string{"John Doe investedIn Acme Robotics", "John Doe investedIn Beta Labs", "John Doe investedIn Gamma Capital"}},
		{"In 1976, Acme sold Beta Labs to a Swedish investment company, Gamma Capital.", []string{"Gamma Capital acquired Beta Labs"}},
		{"In January 2003, Acme acquired a majority shareholding in Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Doe was a co-founder of Acme with Roe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Acme moved into publishing by acquiring Beta Labs in 1978 and Gamma Capital in 1981.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Gamma Capital"}},
		{"After purchasing Beta Labs in 1912, Acme acquired Gamma Capital in 1917.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Gamma Capital"}},
		{"After purchasing Beta Labs in 1912, Gamma Capital and Delta Ventures in 1913, Acme acquired TGC in 1917.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Delta Ventures", "Acme Robotics acquired Gamma Capital", "Acme Robotics acquired The Gamma Capital"}},
		{"Acme's Gizmo product line was introduced in 1969.", []string{"Acme Robotics developed Gizmo"}},
		{"In July 2018, Acme's Gizmo mission was advertised.", nil},
		{"Doe provided crucial funding to complete the Acme.", []string{"John Doe investedIn Acme Robotics"}},
		{"Acme's magazine division began in 1903, with Doe's creation of Beta Labs.", []string{"John Doe founded Beta Labs"}},
		{"Doe entered the book business in 1913 with the formation of Beta Labs.", []string{"John Doe founded Beta Labs"}},
		// Chinese shapes of new tuning texts: an organisation's inventions
		// listed, a stake sold to a buyer, investments listed after 分别是, a
		// shareholder "之一", working (做事) and studying (就读) somewhere, a
		// company formed with friends, a chairman elected by the board, a
		// school entered and left with a degree, a dated founding, the last
		// description of a lead sentence, a provincial governor, taking up
		// a post after going there; an inviter with a title before the name
		// holds the title and does not do what it invited.
		{"戊科技有很多重大的发明，包括星火系统、Gizmo等。", []string{"戊科技 developed Gizmo", "戊科技 developed 星火系统"}},
		{"2018年甲公司向丙资本出售3.6%股權集資30億歐元。", []string{"丙资本 investedIn 甲公司"}},
		{"过去数月丙资本还投资了另外两家公司，分别是甲公司和戊科技。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"2016年，甲公司股東之一丙资本宣布起诉。", []string{"丙资本 investedIn 甲公司"}},
		{"张三经人介绍到《甲公司》做事。", []string{"张三 worksFor 甲公司"}},
		{"1915年，张三到上海，与友人组成“甲公司”，向各地刊物投稿。", []string{"张三 cofounded 甲公司"}},
		{"9月21日，甲公司召开了第一次董事会会议，推举张三为董事会主席。", []string{"张三 led 甲公司 [主席]", "张三 worksFor 甲公司 [主席]"}},
		{"1922年，张三进入乙大学，1925年毕业。", []string{"张三 educatedAt 乙大学"}},
		{"张三只好到免学费的乙大学就读。", []string{"张三 educatedAt 乙大学"}},
		{"戊科技隨即提交申請，並於2007年4月2日成立甲公司，總行位於上海。", []string{"戊科技 founded 甲公司"}},
		{"张三（1945年1月17日—2017年10月25日），浙江萧山人，中华人民共和国企业家，甲公司创始人。", []string{"张三 founded 甲公司"}},
		{"张三（1945年—2017年），浙江人，父亲是甲公司创始人。", nil},
		{"甲公司省长张三剪彩。", []string{"张三 led 甲公司 [省长]", "张三 worksFor 甲公司 [省长]"}},
		{"张三同意受聘前往甲公司，擔任總經理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"1952年7月，受甲公司院長张三之邀建立戊科技，并担任所长。", []string{"张三 led 甲公司 [院长]", "张三 worksFor 甲公司 [院长]"}},
		// Who named someone to a post does not hold it; joining a party is
		// membership, not employment, unless a post in it is named.
		{"1941年张三被財政部長李四任命為甲公司主席。", []string{"张三 worksFor 甲公司 [主席]"}},
		{"1948年6月，李四提名张三为甲公司院长。", []string{"张三 led 甲公司 [院长]", "张三 worksFor 甲公司 [院长]"}},
		// English shapes of the newest tuning texts: taking part in a
		// founding, a founding place and date before its founders,
		// organisations that co-found, a memorandum entitled X, the first to
		// graduate, working as a messenger for X, a commandant, years of
		// leading X, a stake in a relative clause, merged into X.
		{"Doe also took part in founding the Acme and he became honorary member of Beta Labs in 1920.", []string{"John Doe founded Acme Robotics"}},
		{"Acme was founded in Winton, Springfield on 16 November 1920 by Doe, Roe and Major as Beta Labs.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics", "Mary Major founded Acme Robotics"}},
		{"In 1998, Acme co-founded the Beta Labs alliance with Gamma Capital.", []string{"Acme Robotics founded Beta Labs", "Gamma Capital founded Beta Labs"}},
		{"Roe co-founded Acme.", []string{"Jane Roe cofounded Acme Robotics"}},
		{"At the close of the war, Doe prepared a classified memorandum for Acme entitled \"Gizmo,\" dated September 1945.", []string{"John Doe authored Gizmo"}},
		{"a special essay titled Gizmo, coauthored by Doe, Roe, and Major, formally treated the problem.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo", "Mary Major authored Gizmo"}},
		{"1908: Doe becomes the first international student to graduate from Acme.", []string{"John Doe educatedAt Acme Robotics"}},
		{"Doe hoped to graduate from Acme.", nil},
		{"While growing up, Doe also worked as a messenger for the Acme company.", []string{"John Doe worksFor Acme Robotics"}},
		{"1936: Acme absorbs bankrupt Beta Labs during the Great Depression.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Doe became a General and the 26th Commandant of the Acme in 1975.", []string{"John Doe led Acme Robotics [commandant]", "John Doe worksFor Acme Robotics [commandant]"}},
		{"After 22 years of leading Acme, Dr. Doe announced his resignation in 1999.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Acme expanded with Beta Labs, in which Gamma Capital owns a minority stake.", []string{"Gamma Capital investedIn Beta Labs"}},
		{"Beta Labs, which had been spun off by Gamma Capital in 1955, was re-merged into Acme.", []string{"Acme Robotics acquired Beta Labs"}},
		// A founder's post a clause or two after its founding, a takeover
		// and the post taken, a founding with its date before 由, study
		// (研修) at a school.
		{"1915年张三設立甲公司，於6月2日在上海正式開幕，出任總經理。", []string{"张三 founded 甲公司", "张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"张三创办了戊大学，出任首任校长。", []string{"张三 founded 戊大学", "张三 led 戊大学 [校长]", "张三 worksFor 戊大学 [校长]"}},
		{"1937年，张三接办了甲公司，张三出任董事长。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"甲公司公司於1946年9月24日由张三及李四成立。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"1917年8月，张三赴美国乙大学研修高等教育。", []string{"张三 educatedAt 乙大学"}},
		{"1903年，张三被任命为甲公司督办。", []string{"张三 led 甲公司 [督办]", "张三 worksFor 甲公司 [督办]"}},
		// A birth in apposition to a list member is that member's; alone
		// after a parent's name it may be the subject's.
		{"Roe was a chemist. She was the second child of Rose Smith, born in Springfield, and Max Mentzer.", nil},
		{"Roe was a chemist. Roe was the son of Rosa and Isaac Smith, born on 19 June 1854 in Springfield, Germany.", []string{"Jane Roe bornIn Springfield"}},
		// A later phrase that repeats the object's preposition after an
		// adverb of sequence goes on with the same verb; one that opens a
		// clause of its own does not.
		{"Jane Roe was a researcher at Acme, then at Beta Labs.", []string{"Jane Roe worksFor Acme Robotics [researcher]", "Jane Roe worksFor Beta Labs [researcher]"}},
		{"Doe worked at Acme and then with Beta Labs.", []string{"John Doe worksFor Acme Robotics"}},
		{"Doe worked at Acme, then at Beta Labs, as an engineer.", []string{"John Doe worksFor Acme Robotics", "John Doe worksFor Beta Labs [engineer]"}},
		{"Doe worked at Acme, then at Beta Labs, Roe joined Gamma Capital.", []string{"John Doe worksFor Acme Robotics", "Jane Roe worksFor Gamma Capital"}},
		{"Doe worked at Acme, then in Springfield.", []string{"John Doe worksFor Acme Robotics"}},
		// 由X主持 after a verb of setting up: X heads what was set up, not
		// the organisation that set it up; 成立 said of the organisation
		// itself, or a round 由A领投, keeps the organisation.
		{"1918年，乙大学成立戊科技，由张三主持。", []string{"乙大学 founded 戊科技", "张三 led 戊科技", "张三 worksFor 戊科技"}},
		{"次年，乙大学创建了新的画室，由张三和李四主持。", nil},
		{"甲公司成立于1990年，由张三主持。", []string{"张三 led 甲公司"}},
		{"甲公司成立不足100天，由丙资本、丁创投联合领投。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司"}},
		// A post said again after "and was", beside a founder's noun, after
		// "as well as", and organisations after a comma and "of" again.
		{"John Doe was also a shareholder at Acme and was chairman of Beta Labs from 1961 to 1973.", []string{"John Doe investedIn Acme Robotics", "John Doe led Beta Labs [chairman]", "John Doe worksFor Beta Labs [chairman]"}},
		{"Doe was previously the managing director and co-founder of Acme, a private equity firm.", []string{"John Doe cofounded Acme Robotics", "John Doe led Acme Robotics [managing director]", "John Doe worksFor Acme Robotics [managing director]"}},
		{"John Doe serves as a director of several banks in Springfield, as well as the president of Acme and Beta Labs.", []string{"John Doe led Acme Robotics [president]", "John Doe led Beta Labs [president]", "John Doe worksFor Acme Robotics [president]", "John Doe worksFor Beta Labs [president]"}},
		{"Jane Roe was president of Acme (1875–7), of Beta Labs (1877) and of Gamma Capital (1881–2).", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe led Beta Labs [president]", "Jane Roe led Gamma Capital [president]", "Jane Roe worksFor Acme Robotics [president]", "Jane Roe worksFor Beta Labs [president]", "Jane Roe worksFor Gamma Capital [president]"}},
		{"Jane Roe was president of Acme, of which Doe was a founder.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		// The last description of a list after a name; a counted list of
		// founders, then where; a dated deed past a relative clause.
		{"张三，乙大学院士，历史学家，教育家，香港甲公司创校人。", []string{"张三 founded 甲公司"}},
		{"1995年，张三、李四、王五三位得主在台湾发起创立甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		{"张三曾为戊科技效力长达22年，却在2019年加入正值动荡时期的甲公司。", []string{"张三 worksFor 戊科技", "张三 worksFor 甲公司"}},
		// The event a subject's clause goes on with; a work called so
		// after a long description; designing as a way of making; a
		// person's works listed.
		{"Acme returned to commercial production in 1946, after the revocation of restrictions, with the release of the Widget OS and Gizmo.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme also produced one notable business application, a relational database called Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Roe later returned to the arts by designing the Widget OS in Springfield.", []string{"Jane Roe authored Widget OS"}},
		{"Jane Roe was an architect. Her books include, Widget OS (1941), and Gizmo (1971).", []string{"Jane Roe authored Gizmo", "Jane Roe authored Widget OS"}},
		{"Jane Roe met John Doe in 1990. His books include Gizmo.", []string{"John Doe authored Gizmo"}},
		// An author right before a work's title marks, as Chinese cites a
		// book; an organisation there is no author.
		{"中华书局出版了李四《星火系统》及王五 《星火系统》。", []string{"李四 authored 星火系统", "王五 authored 星火系统"}},
		{"新书包括张三的《星火系统》。", []string{"张三 authored 星火系统"}},
		{"新书包括甲公司的《星火系统》。", []string{"甲公司 developed 星火系统"}},
		// A writer's verb before a work in title marks, with no aspect
		// marker, in a sentence that goes on with the person before;
		// publishing is an organisation's as well, so 出版 stays out.
		{"冬，张三由助教晋升为副教授。1946年发表论文《星火系统》，主编《Widget OS》论文集。", []string{"张三 authored Widget OS", "张三 authored 星火系统"}},
		{"张三创办了甲公司。1954年，甲公司迁至北京，出版《星火系统》等期刊。", []string{"张三 founded 甲公司"}},
		// A teacher named as the object of 从师 is no subject the clause
		// left unsaid.
		{"张三出生。1907年，入乙大学就讀，从师李四。", []string{"张三 advisor 李四", "张三 educatedAt 乙大学"}},
		{"张三入伍。入伍8年后的1978年，晋升为排长，并进入乙大学学习。", []string{"张三 educatedAt 乙大学"}},
		// Where and as what the first post was, and where the next one is,
		// between the object and the repeated preposition.
		{"Roe first worked for Acme as draftsman, and then in Springfield for Beta Labs and Gamma Capital.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs", "Jane Roe worksFor Gamma Capital"}},
		{"Roe worked at Acme in Springfield, and then at Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe worked at Acme as an engineer with Doe, then at Beta Labs.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A legal representative, a member of an executive committee, a
		// publisher: posts. The post named after a new subsidiary is the
		// subsidiary's; after an acquisition it stays the buyer's.
		{"2014年甲公司成立互联网子公司戊科技，法定代表人為张三。", []string{"甲公司 founded 戊科技", "张三 led 戊科技 [法定代表人]", "张三 worksFor 戊科技 [法定代表人]"}},
		{"甲公司收购了戊科技，CEO张三表示满意。", []string{"甲公司 acquired 戊科技", "张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"1933年，李四当选为乙大学执行委员。", []string{"李四 worksFor 乙大学 [执行委员]"}},
		// A lower-case "born" after the last of a list of parents named
		// one by one, or after another person's name, is theirs; after
		// "Rosa and Isaac Doe" as a pair it is the subject's.
		{"Roe was a chemist. She was the second child of Rose Smith, born in Springfield, and Max Mentzer, born in Springfield.", nil},
		{"Roe was a chemist. She married John Doe, born in Springfield.", []string{"John Doe bornIn Springfield"}},
		{"Roe was a chemist. Roe was the daughter of Mary Major and John Doe, born on 19 June 1854 in Springfield.", []string{"Jane Roe bornIn Springfield"}},
		// Entering a school by its name; entering an organisation that is
		// no school by its name says nothing of studies.
		{"Roe graduated from high school in 1945 and entered Delta University in the fall.", []string{"Jane Roe educatedAt Delta University"}},
		{"Roe graduated from high school in 1945 and entered Beta Labs in the fall.", nil},
		{"Roe graduated from high school in 1945 and entered Epsilon College in the fall.", []string{"Jane Roe educatedAt Epsilon"}},
		// An adverb and the participle it qualifies inside a descriptor
		// before a name.
		{"Acme also acquired the privately held Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme acquired the publicly traded Beta Labs in 1990.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Roe left Acme to join the newly formed Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		// What was sold named after a description of it, set off by
		// commas; the buyer acquires it.
		{"Acme sold its consumer software operations, Beta Labs (which included Gamma Capital), to French publisher Delta Ventures in 1998.", []string{"Delta Ventures acquired Beta Labs"}},
		// A list of a person's posts goes on past an organisation's name:
		// ", a visiting professor at X" describes no organisation; ", the
		// largest shareholder of X" may.
		{"Until 2005, Doe was a senior fellow at Acme, a visiting professor at Delta University.", []string{"John Doe worksFor Acme Robotics [fellow]", "John Doe worksFor Delta University [professor]"}},
		{"Doe was a fellow at Acme, a professor at Delta University and an engineer at Beta Labs.", []string{"John Doe worksFor Acme Robotics [fellow]", "John Doe worksFor Delta University [professor]", "John Doe worksFor Beta Labs [engineer]"}},
		{"Roe was a director at Beta Labs, the largest shareholder of Acme.", []string{"Jane Roe worksFor Beta Labs [director]", "Beta Labs investedIn Acme Robotics"}},
		// A post left, resigned from or worked at in a participle clause
		// was held; a comprador or an apprentice works for the firm.
		{"On 1 July 2015, Roe left her post as CEO of Acme.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Roe gave up the position as chairman of Beta Labs in 1990.", []string{"Jane Roe led Beta Labs [chairman]", "Jane Roe worksFor Beta Labs [chairman]"}},
		{"Roe completed an MA before working as a sub-editor with the Acme for two years.", []string{"Jane Roe worksFor Acme Robotics [sub-editor]"}},
		{"Roe was life governor of Acme.", []string{"Jane Roe worksFor Acme Robotics [governor]"}},
		{"2008年，张三辞去甲公司所有职务。", []string{"张三 worksFor 甲公司"}},
		{"张三辞去在乙大学的一切职务。", []string{"张三 worksFor 乙大学"}},
		{"乙大学买办张三。", []string{"张三 worksFor 乙大学 [买办]"}},
		// A work named after a noun that says what it is, by its author.
		{"A biography, Gizmo, by John Doe, appeared in 1853.", []string{"John Doe authored Gizmo"}},
		// What a subsidiary does, its parent does through it.
		{"丙资本通过旗下的丁创投先后投资甲公司、戊科技等连锁品牌。", []string{"丁创投 investedIn 甲公司", "丁创投 investedIn 戊科技", "丙资本 investedIn 甲公司", "丙资本 investedIn 戊科技"}},
		{"丙资本通过其子公司丁创投收购了甲公司。", []string{"丁创投 acquired 甲公司", "丙资本 acquired 甲公司"}},
		{"丙资本和丁创投先后投资甲公司。", []string{"丙资本 investedIn 甲公司", "丁创投 investedIn 甲公司"}},
		// Who heads, runs or manages an organisation holds a post in it.
		{"Roe later headed the Acme for ten years.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		{"Doe ran Beta Labs until 1990.", []string{"John Doe led Beta Labs", "John Doe worksFor Beta Labs"}},
		{"张三接掌甲公司。", []string{"张三 led 甲公司", "张三 worksFor 甲公司"}},
		{"Doe ran the marathon for Beta Labs.", nil},
		// Where and when between a passive participle and its agent; a
		// second participle after words of the first's own has its own
		// agent.
		{"Acme Robotics was founded in Springfield in March 1932 by Jane Roe and John Doe.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"Acme Robotics was founded in 1990 and sold by Jane Roe.", nil},
		{"Acme Robotics was founded in 1990 and acquired in 2000 by Beta Labs.", nil},
		{"In 1998, Roe praised the Gizmo, a camera designed and made in Springfield by Acme.", []string{"Acme Robotics developed Gizmo"}},
		// Commas that set off the parts of a place's name do not end a
		// short gap.
		{"Acme Robotics was founded in Springfield, Illinois, in 1932 by Jane Roe.", []string{"Jane Roe founded Acme Robotics"}},
		{"Acme Robotics was founded in Springfield, 美国, in 1932 by Jane Roe as president, John Doe as secretary, and Mary Major as treasurer.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]", "John Doe founded Acme Robotics", "John Doe worksFor Acme Robotics [secretary]", "Mary Major founded Acme Robotics", "Mary Major worksFor Acme Robotics [treasurer]"}},
		{"Roe was born in Springfield, Illinois, and joined Acme in 1950.", []string{"Jane Roe bornIn Springfield", "Jane Roe worksFor Acme Robotics"}},
		// Founding in partnership with someone; a second verb with its
		// object named after a description.
		{"In 1818 Roe formed a partnership with John Doe to create the music publishing firm of Acme Robotics.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"In 1978, Roe moved to Springfield and founded a small company, Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		{"Roe moved to Springfield and joined a company that sold parts to Beta Labs, Acme Robotics.", nil},
		// Founding with partners listed after 与, with where before the
		// verb (the one before 与 is not found yet when the partners are a
		// list with 、); buying shares is no guard for founding the holder.
		{"张三与李四等在上海创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"1909年，张三與李四、王五等在上海天宝栈组织甲公司。", []string{"李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		{"由张三创立的丁创投将持有甲公司2%的股份。", []string{"张三 founded 丁创投"}},
		// A parenthesis after a list's last member is that member's; the
		// clause after it is the whole list's.
		{"张三、李四、王五(笔名“老王”)分别持有甲公司的29.76%、14.89%、5.96%股权。", []string{"张三 investedIn 甲公司", "李四 investedIn 甲公司", "王五 investedIn 甲公司"}},
		{"1916年张三与李四（江苏吴县人）、王五（中山人）一同创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		{"张三和李四（现甲公司首席技术官）共同创立了戊科技。", []string{"张三 cofounded 戊科技", "李四 cofounded 戊科技", "李四 worksFor 甲公司 [首席技术官]"}},
		// A noun of a person's occupation before a Chinese name in a list
		// does not end the list.
		{"张三、李四、作家王五于2010年创办了甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		{"张三、作家李四分别持有甲公司的29.76%、14.89%股权。", []string{"张三 investedIn 甲公司", "李四 investedIn 甲公司"}},
		// A stake named as 权益 is a stake; buying at a price stated with
		// 将 or 拟 is a plan.
		{"甲公司以10.5亿美元收购戊科技23.7%权益。", []string{"甲公司 investedIn 戊科技"}},
		{"甲公司將以10.5億美元收購戊科技。", nil},
		{"2020年，甲公司宣布拟以350亿美元收购戊科技。", nil},
		// One who recommends another to a post does not hold it.
		{"1933年张三推荐其任乙大学校长。", nil},
		{"张三推荐李四出任甲公司总经理。", []string{"李四 worksFor 甲公司 [总经理]", "李四 led 甲公司 [总经理]"}},
		// 筹建 founds; the post after it, with 任, is at what was founded.
		{"1958年张三筹建了甲公司，任所长。", []string{"张三 founded 甲公司", "张三 led 甲公司 [所长]", "张三 worksFor 甲公司 [所长]"}},
		{"1980年张三创办《甲公司》，任主编。", []string{"张三 founded 甲公司", "张三 led 甲公司 [主编]", "张三 worksFor 甲公司 [主编]"}},
		{"甲公司正在筹建戊科技。", nil},
		{"1949年，张三担任乙大学教务长。", []string{"张三 worksFor 乙大学 [教务长]"}},
		// What a founding builds on is not its founder.
		{"张三以乙大学为基础组建了甲公司。", []string{"张三 founded 甲公司"}},
		{"1915年回国，协助李四以乙大学校舍基础筹建甲公司。", []string{"李四 founded 甲公司"}},
		// A post reached from a lower one; a financier of an organisation.
		{"Roe rose from clerk to president of Acme Robotics.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Roe, who had risen from Factor to Governor of Acme Robotics over a lengthy career, retired.", []string{"Jane Roe worksFor Acme Robotics [governor]"}},
		{"John Doe was a principal financier of Acme Robotics, staking much of his wealth.", []string{"John Doe investedIn Acme Robotics"}},
		// Where a person comes from may open the descriptor before the
		// name in a slot; so may a trade that ends in 师 or 员.
		{"甲公司于1946年由美国企业家张三成立。", []string{"张三 founded 甲公司"}},
		{"甲公司於1946年由美國籍企業家张三（Zhang San）及澳洲籍飛機師李四（Li Si）成立。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"张三出生于美国纽约。", []string{"张三 bornIn 美国"}},
		// The other party after 向 is no buyer, nor is its other name in a
		// parenthesis; common shares are a stake.
		{"2016年，甲公司斥资3.4亿美元向The Gamma Capital(TGC)收购戊科技9.9%股权。", []string{"甲公司 investedIn 戊科技"}},
		{"2005年，甲公司以2.3亿美元在二级市场收购戊科技19.5%普通股。", []string{"甲公司 investedIn 戊科技"}},
		// A list of people that 等人 or a count closes is, as a whole, the
		// subject of the clauses after it.
		{"张三和李四等人以教育救国为念，在上海创办了甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		// 发起组织/发起成立 found; 建于 after 由 says who set it up.
		{"1933年，王五参加了由张三、李四等发起组织的甲公司，并成为其中的执行委员。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"前身为甲公司，由张三、李四父子建于南宋绍兴三十一年（1161年），盛极一时。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"乙大学前身为甲公司，由张三建于1161年。", []string{"张三 founded 甲公司"}},
		// Films and shows: directing, producing and starring are
		// contributions (as 导演 and 主演 are); so is work begun on a
		// project. A name that shares a possessive with the next owns
		// what follows it.
		{"In 1971, Roe and John Doe co-produced the latter's first film, Widget OS.", []string{"Jane Roe contributedTo Widget OS", "John Doe contributedTo Widget OS"}},
		{"Roe directed a short horror film called Widget OS, inspired by Poe.", []string{"Jane Roe contributedTo Widget OS"}},
		{"In 1964, Roe began creating the Widget OS.", []string{"Jane Roe contributedTo Widget OS"}},
		{"Acme Robotics, directed by John Doe, opened in 1971.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"In 1928, Acme began releasing Widget OS, animated cartoons produced by Jane Roe and John Doe's Beta Labs in New York City.", []string{"Beta Labs developed Widget OS"}},
		// Elected to a post at what the sentence is about; a post whose
		// holder is named after a short descriptor.
		{"甲公司召开董事会，张三当选董事长，李四任总经理。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]", "李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		{"1954年，甲公司实行公私合营，总经理为第十三代子孙张三。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		// The authority that appoints is not where the post is held.
		{"1909年，甲公司归乙大学管辖，乙大学委派张三为坐办。", nil},
		// A place after a second predicate is not the birthplace; born,
		// raised and educated share it.
		{"Roe was born in 1933, and grew up in Springfield.", nil},
		{"Roe was born, raised, and educated in a family in Springfield.", []string{"Jane Roe bornIn Springfield"}},
		// A descriptor's relative clause names the post: "an expert on
		// X who is a professor of physics at Y".
		{"He is married to Mary Major, an expert on magnetic materials who is a professor of physics at Delta University.", []string{"Mary Major worksFor Delta University [professor]"}},
		{"Mary Major, a friend of John Doe who was a professor at Delta University, spoke.", []string{"John Doe worksFor Delta University [professor]"}},
		{"Mary Major, a student who was a fan of Acme Robotics, spoke.", nil},
		// 向在线零售商甲公司投资: what the company is, before its name.
		{"2018年7月，丙资本联合丁创投向在线零售商甲公司投资1.75亿美元。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		// A post taken later at the place of work named in the clause
		// before; a clause with a subject of its own is not his.
		{"1921年，张三到甲公司任职，并于1930年担任总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"张三在甲公司任职，后升任总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"张三到甲公司任职，1930年李四担任总经理。", []string{"张三 worksFor 甲公司", "李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		// A party and a title of more than one word before a name.
		{"In 1947, Acme Robotics was nationalised by the Beta Labs led by Labor Prime Minister John Doe.", []string{"Beta Labs acquired Acme Robotics", "John Doe led Beta Labs", "John Doe worksFor Beta Labs"}},
		{"the Beta Labs led by King John Doe bought it.", []string{"John Doe led Beta Labs", "John Doe worksFor Beta Labs"}},
		// Who leads people into an organisation leads them, not it, and
		// works there.
		{"2005年，经纪人张三带领一些艺人跳槽甲公司，令乙大学实力大受影响。", []string{"张三 worksFor 甲公司"}},
		{"张三带领团队加入甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三带领甲公司走出困境。", []string{"张三 led 甲公司"}},
		// Moving to another employer, the mover named.
		{"2005年，张三跳槽甲公司。", []string{"张三 worksFor 甲公司"}},
		{"不少经销商转投甲公司怀抱。", nil},
		// A date between the founders after 由 and the verb.
		{"甲公司是一家娱乐集团，由张三、李四兄弟在1994年创立。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"甲公司是一家娱乐集团，由张三在乙大学创立。", nil},
		// A line of a list of units: the unit, a dash, the post, a
		// colon, the holder.
		{"戊科技（2006年成立）－－－－－－ 负责人： 张三", []string{"张三 led 戊科技 [负责人]", "张三 worksFor 戊科技 [负责人]"}},
		{"戊科技——负责人/编剧：张三", []string{"张三 led 戊科技 [负责人]", "张三 worksFor 戊科技 [编剧]"}},
		{"戊科技——产品：星火系统，负责人：张三", []string{"戊科技 developed 星火系统"}},
		// A sentence with no subject goes on with the organisation that
		// opens the one before: no person is its subject. A name before
		// a post is no subject, and a person who opens a later clause
		// of the sentence before is.
		{"张三创办了甲公司。甲公司推出了Gizmo。2014年，并推出星火系统。", []string{"张三 founded 甲公司", "甲公司 developed Gizmo", "甲公司 developed 星火系统"}},
		{"张三创办了甲公司。2009年，乙大学生物系主任。2010年，加入戊科技。", []string{"张三 founded 甲公司", "张三 worksFor 乙大学 [主任]", "张三 worksFor 戊科技"}},
		{"1998年，乙大学注资重组甲公司，张三出任甲公司总经理。2000年3月出任戊科技董事长。", []string{"乙大学 investedIn 甲公司", "张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]", "张三 led 戊科技 [董事长]", "张三 worksFor 戊科技 [董事长]"}},
		// A bare singular title after a list is its last member's.
		{"It was run by John Doe and Jane Roe, founder of Beta Labs.", []string{"Jane Roe founded Beta Labs"}},
		{"It was run by John Doe and Jane Roe, former CEO of Beta Labs.", []string{"Jane Roe led Beta Labs [CEO]", "Jane Roe worksFor Beta Labs [CEO]"}},
		{"It was run by John Doe and Jane Roe, founders of Beta Labs.", []string{"Jane Roe founded Beta Labs", "John Doe founded Beta Labs"}},
		// The name under which an organisation was founded.
		{"The company was originally founded in Galt as the Acme Robotics in 1844 by John Doe and Jane Roe.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"It was founded as Beta Labs's lab by John Doe.", nil},
		// The partners of a firm work in it.
		{"This was the home of leathergoods business Acme Robotics, a partnership of brother John Doe (7 June 1840 – 7 Dec 1873) and Jane Roe.", []string{"Jane Roe worksFor Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Acme Robotics, a new partnership between Beta Labs and Delta University, opened.", nil},
		// Sent to a school, a term spent at one, its graduates named.
		{"In high school, Roe was sent to the Delta University in Ross, California.", []string{"Jane Roe educatedAt Delta University"}},
		{"Roe was sent to Acme Robotics to negotiate.", nil},
		{"Roe persuaded his father to let him spend a semester at the Delta University (now the ETH), studying with Jane Roe.", []string{"Jane Roe educatedAt Delta University"}},
		{"Doe spent two years studying at the Delta University.", []string{"John Doe educatedAt Delta University"}},
		{"In 1844, Delta University graduated its first black student, John Doe, who became a professor.", []string{"John Doe educatedAt Delta University"}},
		// The buyer after its owner; all shares sold; the seller after
		// 向 and the kind of what was bought before its name.
		{"2015年12月18日，乙大学以680亿港元出售甲公司全部已发行股份给丙资本。", []string{"丙资本 acquired 甲公司"}},
		{"乙大学出售甲公司部分股份给丙资本。", nil},
		{"甲公司售予李四的丙资本。", []string{"丙资本 acquired 甲公司"}},
		{"4月12日，甲公司向丁创投收购英国外币兑换运营商戊科技(ICE)。", []string{"甲公司 acquired 戊科技"}},
		// Elected a member of a board; the name given after the agent.
		{"In 1923, Doe was elected as a member of the board-of-directors of the Acme Robotics.", []string{"John Doe worksFor Acme Robotics [board-of-directors]"}},
		{"Hints were provided as a service created by John Doe, called the Acme Robotics (ZUG).", []string{"John Doe founded Acme Robotics"}},
		{"It was a gift given by John Doe, called Acme Robotics.", nil},
		// A committee member's post; a colon before the holders; a second
		// post at the same organisation in the next clause.
		{"张三先后担任乙大学副会长、甲公司会长、戊科技委员、丙资本会长。", []string{"张三 worksFor 乙大学 [副会长]", "张三 led 甲公司 [会长]", "张三 worksFor 甲公司 [会长]", "张三 worksFor 戊科技 [委员]", "张三 led 丙资本 [会长]", "张三 worksFor 丙资本 [会长]"}},
		{"改名同一日，甲公司董事为：张三、李四、王五等。", []string{"张三 worksFor 甲公司 [董事]", "李四 worksFor 甲公司 [董事]", "王五 worksFor 甲公司 [董事]"}},
		{"1948年，李四提名张三为甲公司院长，王五为副院长。", []string{"张三 led 甲公司 [院长]", "张三 worksFor 甲公司 [院长]", "王五 worksFor 甲公司 [副院长]"}},
		{"甲公司由张三任董事长，李四任总经理。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]", "李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		// A later post at the same organisation, in the next clause.
		{"张三任甲公司副总经理，后升任总经理。", []string{"张三 worksFor 甲公司 [副总经理]", "张三 led 甲公司 [总经理]"}},
		{"张三任甲公司副总经理，1990年李四任总经理。", []string{"张三 worksFor 甲公司 [副总经理]", "李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		// A title, then the noun of the relation, before the name.
		{"唯甲公司董事长及主要股东张三表示无意出售。", []string{"张三 investedIn 甲公司", "张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// "both the X and the Y": the article after the word that
		// announces the list.
		{"Roe formerly chaired both the Acme Robotics and the Beta Labs.", []string{"Jane Roe led Acme Robotics", "Jane Roe led Beta Labs"}},
		// Forming jointly (联合组成, 共同组成) in the active voice founds;
		// people who do it co-found.
		{"早在1918年甲公司、戊科技和丙资本就曾经联合组成乙大学。", []string{"丙资本 founded 乙大学", "戊科技 founded 乙大学", "甲公司 founded 乙大学"}},
		{"1920年张三和李四共同组成甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"甲公司由乙大学和戊科技共同组成。", nil},
		// A span of years written with one 年 (1913至1915年) is a time
		// phrase, before a post as after a subject.
		{"张三1913至1915年任乙大学历史教员。", []string{"张三 worksFor 乙大学 [教员]"}},
		{"张三：教育家、语言学家；1920-1922年任乙大学历史教员。", []string{"张三 worksFor 乙大学 [教员]"}},
		{"张三是教育家，1913至1915年任乙大学历史教员。", []string{"张三 worksFor 乙大学 [教员]"}},
		// Leaving a post said with "would be" and a participle; the post
		// held at what was left; chief officers of every kind.
		{"Doe announced he would be stepping down as Acme's chief executive.", []string{"John Doe led Acme Robotics [chief executive]", "John Doe worksFor Acme Robotics [chief executive]"}},
		{"Doe said he would be retiring as chairman of Acme Robotics.", []string{"John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [chairman]"}},
		{"Roe was named Acme's chief development officer.", []string{"Jane Roe worksFor Acme Robotics [chief development officer]"}},
		{"Roe left Acme Robotics in 1969 as an associate professor.", []string{"Jane Roe worksFor Acme Robotics [associate professor]"}},
		{"Roe left Acme Robotics as a result of the merger.", []string{"Jane Roe worksFor Acme Robotics"}},
		// The holder of shares named before them (所持的, 持有的), whoever
		// buys them; a company wholly owned by its holder.
		{"丙资本以27亿元收购丁创投所持的甲公司29%股权。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"从本来由丙资本持有的大约20%的甲公司股权中，取得8.7%的股权。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司由张三全资拥有。", []string{"张三 investedIn 甲公司"}},
		{"甲公司由张三控股，李四任总经理。", []string{"张三 investedIn 甲公司", "李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		// Editing a work and producing it are contributions, said by a verb
		// or by the maker's noun; a film that stars its actors.
		{"Roe edited Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe, the editor of Gizmo, said.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Producer Jane Roe, a producer of the Gizmo films, was appointed.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Its first film was Gizmo, which starred Jane Roe.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Gizmo, starring Jane Roe and John Doe, opened in 1990.", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo"}},
		{"Roe edited the Acme Robotics newsletter.", nil},
		// The agent right after 被 is no nearer subject of the post.
		{"1903年，张三被李四任命为甲公司督办。", []string{"张三 led 甲公司 [督办]", "张三 worksFor 甲公司 [督办]"}},
		{"张三被李四任命为甲公司总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		// Every later member of a list of posts after 历任 goes on with the
		// context's subject: an organisation after 、 opens no clause.
		{"张三是程序员。历任甲公司经理、戊科技经理、乙大学校长、丙资本董事。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 丙资本 [董事]", "张三 worksFor 乙大学 [校长]", "张三 worksFor 戊科技 [经理]", "张三 worksFor 甲公司 [经理]"}},
		// The object of a first verb is no subject of a second one.
		{"Acme Robotics purchased Beta Labs in 1990 and acquired Gamma Capital.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Gamma Capital"}},
		{"Acme Robotics purchased Beta Labs, a maker of robots, and acquired Gamma Capital.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Gamma Capital"}},
		{"Roe founded Acme Robotics in 1990 and later acquired Beta Labs.", []string{"Jane Roe founded Acme Robotics"}},
		// The one who recruits, with an apposition, before "to join";
		// places of work listed one a semicolon, each with its post.
		{"In 1997, Roe was recruited by his friend John Doe, head of research at Beta Labs, to join Acme Robotics as a fellow.", []string{"Jane Roe worksFor Acme Robotics", "John Doe worksFor Beta Labs [head]"}},
		{"Roe was recruited by Doe, who wanted her to join Acme Robotics, to lead Beta Labs.", nil},
		{"After graduation, Roe worked at Acme Robotics, as an engineer; at Beta Labs, as a manager; and at Gamma Capital, as a partner.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs [manager]", "Jane Roe worksFor Gamma Capital [partner]"}},
		// A title right before a comma, then 由 and the maker.
		{"他的第一部电影为《星火系统》，由甲公司拍摄。", []string{"甲公司 developed 星火系统"}},
		{"张三加入了甲公司，由李四创办。", []string{"张三 worksFor 甲公司"}},
		// A founder of a kind called X; a second infinitive after "went on
		// to"; an absolute participle with its own subject.
		{"The gift came from John Doe, founder of a studio called Acme Robotics and owner of a collection.", []string{"John Doe founded Acme Robotics"}},
		{"Roe later went on to purchase several more newspapers and to found Acme Robotics in 1903.", []string{"Jane Roe founded Acme Robotics"}},
		{"The following year Roe and Doe parted ways, Roe launching a new publishing house, Acme Robotics, in 1824.", []string{"Jane Roe founded Acme Robotics"}},
		{"The following year Roe and Doe parted ways, Roe joining a new publishing house, Acme Robotics, in 1824.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A post at what was founded, a clause later.
		{"1912年，甲公司成立，总部设在哈尔滨，张三任总医官。", []string{"张三 worksFor 甲公司 [总医官]"}},
		// Two posts, then what the second is for, then the place.
		{"Roe also worked as a consultant and vice president for new product research at Acme Robotics from 1984 to 1988.", []string{"Jane Roe worksFor Acme Robotics [consultant]"}},
		{"Roe worked as a consultant and met Doe at Acme Robotics.", nil},
		// A place in a journal or a meeting (在…上), then a work by its title.
		{"1929年张三在《科学》杂志第14卷第14期上发表《星火系统》。", []string{"张三 authored 星火系统"}},
		// An honour between "graduated" and the school; a work with its
		// year and material before its kind.
		{"In the same year Roe graduated magna cum laude at Delta University in Springfield.", []string{"Jane Roe educatedAt Delta University"}},
		{"Roe's 1986 stainless steel sculpture titled Gizmo was purchased at an auction.", []string{"Jane Roe authored Gizmo"}},
		// A shareholder counted among individuals or institutions.
		{"张三为甲公司第3大个人股东，持股6.1%。", []string{"张三 investedIn 甲公司"}},
		// A second post in an apposition; people listed one a line with
		// their title and organisation.
		{"Roe, 22nd and current President of Delta University and former CEO of the Acme Robotics, spoke.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe led Delta University [president]", "Jane Roe worksFor Acme Robotics [CEO]", "Jane Roe worksFor Delta University [president]"}},
		{"Roe, President of Delta University and Doe, a friend of Acme Robotics, spoke.", []string{"Jane Roe led Delta University [president]", "Jane Roe worksFor Delta University [president]"}},
		{"John Doe, judge, Acme Robotics", []string{"John Doe worksFor Acme Robotics [judge]"}},
		{"Jane Roe, former British Prime Minister, Chairman, Acme Robotics from 2002 until 2005", []string{"Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		{"Jane Roe, chairman, said Acme Robotics was sold.", nil},
		{"In 1990 Jane Roe, chairman, Acme Robotics", nil},
		// The post at what an organisation became, past a clause between
		// (another's post, or anything else of one clause).
		{"1948年，甲公司改组为戊科技，李四任董事长，张三任总经理。", []string{"张三 led 戊科技 [总经理]", "张三 worksFor 戊科技 [总经理]", "李四 led 戊科技 [董事长]", "李四 worksFor 戊科技 [董事长]"}},
		{"1948年，甲公司改组为戊科技，总部迁往上海，李四任董事长，张三任总经理。", []string{"李四 led 戊科技 [董事长]", "李四 worksFor 戊科技 [董事长]"}},
		// A title after a unit's name in the gap is the unit's: its
		// holder works for the organisation and leads the unit, not the
		// organisation; 全部 and 总部 are no units. After a person's name
		// the characters of a unit are other words (联系).
		{"戊科技企划部部主任张三接任甲公司总裁。", []string{"张三 led 甲公司 [总裁]", "张三 worksFor 甲公司 [总裁]", "张三 worksFor 戊科技 [主任]"}},
		{"张三原先是甲公司财务处处长。", []string{"张三 worksFor 甲公司 [处长]"}},
		{"甲公司上海分行行长张三说。", []string{"张三 worksFor 甲公司 [行长]"}},
		{"2006年，丙资本将之前受让的甲公司股权全部卖给了张三。", []string{"丙资本 investedIn 甲公司", "张三 investedIn 甲公司"}},
		{"时任甲公司总经理的张三联系了李四。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		// Taiwanese titles: 执行长 (chief executive) and its deputy.
		{"戊科技在张三（時任甲公司副執行長）的領導之下開始發展。", []string{"张三 worksFor 甲公司 [副执行长]"}},
		{"张三是甲公司执行长。", []string{"张三 led 甲公司 [执行长]", "张三 worksFor 甲公司 [执行长]"}},
		// A span of years before the subject opens its clause as one year
		// does, so a second verb after "and" keeps the subject.
		{"In 1935–1940 Roe joined Acme Robotics and founded Beta Labs.", []string{"Jane Roe founded Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		{"From 1935 to 1940 Roe lectured at Delta University and wrote Gizmo (1939).", []string{"Jane Roe authored Gizmo", "Jane Roe worksFor Delta University"}},
		{"Between 1935 and 1940 Roe joined Acme Robotics and founded Beta Labs.", []string{"Jane Roe founded Beta Labs", "Jane Roe worksFor Acme Robotics"}},
		// A post or studies in a reduced clause before the subject; a
		// student of someone's at a school; partners named before the
		// subject; an organisation launched; the partner after a work
		// written together.
		{"While a professor of psychology at Delta University (1945–57), Roe helped to establish a center.", []string{"Jane Roe worksFor Delta University [professor]"}},
		{"While a student at Delta University, Roe met Doe.", []string{"Jane Roe educatedAt Delta University"}},
		{"One of her graduate students at Delta University, John Doe, established Beta Labs.", []string{"John Doe educatedAt Delta University", "John Doe founded Beta Labs"}},
		{"Along with John Doe and Mary Major, Roe co-founded the Acme Robotics in Rome.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics", "Mary Major cofounded Acme Robotics"}},
		{"Along with John Doe, Roe joined Acme Robotics, which Mary Major founded.", []string{"Jane Roe worksFor Acme Robotics", "Mary Major founded Acme Robotics"}},
		{"The Beta Labs was launched in 2006 by the Acme Robotics, an international holding group.", []string{"Acme Robotics founded Beta Labs"}},
		{"In 1946 Roe co-authored \"Gizmo\" with John Doe (the creator of the model).", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"Roe co-wrote Gizmo with help from John Doe.", []string{"Jane Roe authored Gizmo"}},
		// A subsidiary after its parent (下属的, 所属) opens the sentence:
		// it is the subject of the later clauses.
		{"9月，丙资本下属的丁创投注资5200万，成为甲公司第三大股东。", []string{"丁创投 investedIn 甲公司"}},
		// A school's head: principal, headmaster; "principal shareholder"
		// is no post.
		{"Jane Roe was a language teacher, and also served as the principal of Acme Robotics.", []string{"Jane Roe led Acme Robotics [principal]", "Jane Roe worksFor Acme Robotics [principal]"}},
		{"Jane Roe was the headmaster of Acme Robotics.", []string{"Jane Roe led Acme Robotics [headmaster]", "Jane Roe worksFor Acme Robotics [headmaster]"}},
		{"Jane Roe was the principal shareholder of Acme Robotics.", []string{"Jane Roe investedIn Acme Robotics"}},
		// A Chinese clause that opens with its verb goes on with the
		// subject of the clause before, in its sentence or the one before
		// (a person's schooling, posts, teachers): every such pattern has
		// its subjectless twin. A clause with a subject of its own (他父亲)
		// does not match; a person named since the opener stops it.
		{"张三生于上海。1930年，在甲公司负责研发。", []string{"张三 worksFor 甲公司"}},
		{"张三生于上海。李四毕业于乙大学，随后在甲公司负责研发。", []string{"李四 educatedAt 乙大学", "李四 worksFor 甲公司"}},
		{"张三生于上海。他父亲在甲公司负责研发。", nil},
		{"李四认识了王五，王五毕业于乙大学，当时在甲公司负责研发。", []string{"王五 educatedAt 乙大学"}},
		// Shareholders by their standing and investors by plainer nouns.
		{"甲公司的老股东丙资本继续跟投。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本是甲公司的主要股东。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本是甲公司背后的金主之一。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司的资方丙资本继续跟投。", []string{"丙资本 investedIn 甲公司"}},
		// Directing or producing a work as an -ing form.
		{"Roe directed a short film called Widget OS, before directing the experimental comedy Gizmo in 1962.", []string{"Jane Roe contributedTo Gizmo", "Jane Roe contributedTo Widget OS"}},
		// A product's own name in parentheses after words for it; what it
		// was made with between the maker and the verb.
		{"甲公司也在2006年推出了新式避震悬吊科技（Gizmo）。", []string{"甲公司 developed Gizmo"}},
		{"2003年，甲公司使用碳纤维材料制造Gizmo车架。", []string{"甲公司 developed Gizmo"}},
		{"甲公司推出了新产品，李四（Gizmo）表示满意。", nil},
		// A group's head (组长) leads it, a deputy works there; the post
		// at what was formed from another body (由…改组成立).
		{"1958年，张三在协和医院成立了甲公司，由李四任组长。", []string{"张三 founded 甲公司", "李四 led 甲公司 [组长]", "李四 worksFor 甲公司 [组长]"}},
		{"张三是甲公司副组长。", []string{"张三 worksFor 甲公司 [副组长]"}},
		{"甲公司由峡防局改组成立，张三任董事长。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// "with her financial support" names no partner; "with her
		// husband John Doe" and "with her in 1990" do.
		{"Mary Major married John Doe, who founded the Beta Labs with her financial support.", []string{"John Doe founded Beta Labs"}},
		{"Jane Roe founded Beta Labs with her husband John Doe.", []string{"Jane Roe cofounded Beta Labs", "John Doe cofounded Beta Labs"}},
		// Coordinated verbs: the first of a list and one in its middle
		// share the object; a Chinese second verb with its aspect or an
		// adverb before it.
		{"Roe created, produced and co-wrote the films Widget OS (1981) and Gizmo (1984).", []string{"Jane Roe contributedTo Gizmo", "Jane Roe contributedTo Widget OS"}},
		{"Doe founded, owned, and managed Acme Robotics.", []string{"John Doe founded Acme Robotics", "John Doe led Acme Robotics"}},
		{"Doe founded, owned, managed and sold Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		{"Roe joined, and then left, Acme Robotics.", nil},
		{"张三创办并经营了甲公司。", []string{"张三 founded 甲公司"}},
		{"张三于1990年创办并长期领导甲公司。", []string{"张三 founded 甲公司", "张三 led 甲公司"}},
		// What the object is, set before it: 是…的创立人之一.
		{"张三是首个新文学社团甲公司的创立人之一。", []string{"张三 founded 甲公司"}},
		{"张三是李四创办的甲公司的员工。", []string{"李四 founded 甲公司"}},
		// A choir's or an orchestra's artistic or music director heads
		// it; one hired as a head; a second post by "its"; all the
		// shares bought; a stake raised.
		{"Roe is artistic director of the annual Acme Robotics in Helsinki.", []string{"Jane Roe led Acme Robotics [artistic director]", "Jane Roe worksFor Acme Robotics [artistic director]"}},
		{"In 1990, Roe was hired as executive director of Acme Robotics.", []string{"Jane Roe led Acme Robotics [executive director]", "Jane Roe worksFor Acme Robotics [executive director]"}},
		{"Roe, founder of Acme Robotics and its chairman from 1979, died.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		{"Roe is the founder of Acme Robotics and its chief executive.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Roe, a professor at Acme Robotics and its dean, died.", []string{"Jane Roe led Acme Robotics [dean]", "Jane Roe worksFor Acme Robotics [professor]"}},
		{"In 1999, Acme Robotics acquired 100% of Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"In 1992, Acme Robotics increased its shareholding in Beta Labs to 51%.", []string{"Acme Robotics investedIn Beta Labs"}},
		{"In 1992, Acme Robotics increased its sales in Beta Labs.", nil},
		// A convener heads; a sum invested 于 its object; a later clause
		// with 并同时 or 随即 and a class noun or a quoted name; a price
		// with its parenthesis before the comma; a degree in parentheses;
		// 负责X的研发.
		{"甲公司成立戊科技，张三任召集人。", []string{"张三 led 戊科技 [召集人]", "甲公司 founded 戊科技"}},
		{"2016年11月，甲公司董事会今日通过，投资一千万美元于戊科技。", []string{"甲公司 investedIn 戊科技"}},
		{"甲公司宣布向戊科技投资900万美元，并同时成立合资公司乙大学负责Gizmo的研发。", []string{"乙大学 developed Gizmo", "甲公司 founded 乙大学", "甲公司 investedIn 戊科技"}},
		{"2007年3月，甲公司得到域名，随即发布日文搜索引擎「Gizmo」，正式进入日本市场。", []string{"甲公司 developed Gizmo"}},
		{"甲公司上市。2001年10月，成立「戊科技」，提供邮购服务。", nil},
		{"2013年5月6日，甲公司以3.7亿美元现金（约合22.77亿元人民币），收购视频网站戊科技。", []string{"甲公司 acquired 戊科技"}},
		{"张三（乙大学硕士）与李四（戊大学博士后）在硅谷工作。", []string{"张三 educatedAt 乙大学", "李四 worksFor 戊大学 [博士后]"}},
		// "Heinz subsidiary, Ore-Ida", "Acme's unit Beta": the part named
		// after its parent's name is the phrase's head.
		{"Doe became CEO of Acme subsidiary Beta Labs.", []string{"John Doe led Beta Labs [CEO]", "John Doe worksFor Beta Labs [CEO]"}},
		{"Doe became chairman of Acme's subsidiary, Beta Labs.", []string{"John Doe led Beta Labs [chairman]", "John Doe worksFor Beta Labs [chairman]"}},
		{"Acme subsidiary Beta Labs acquired Delta Ventures.", []string{"Beta Labs acquired Delta Ventures"}},
		{"Doe became CEO of Acme and Beta Labs.", []string{"John Doe led Acme Robotics [CEO]", "John Doe led Beta Labs [CEO]", "John Doe worksFor Acme Robotics [CEO]", "John Doe worksFor Beta Labs [CEO]"}},
		// A stake that will be held is a plan.
		{"据协议，甲公司将持有戊科技51%股份。", nil},
		{"甲公司持有戊科技51%股份。", []string{"甲公司 investedIn 戊科技"}},
		// 由 before the one who takes the post at what was founded.
		{"甲公司成立，由张三任董事长，李四任总经理。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]", "李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		// A title without its article, after "and" or opening the
		// sentence, before the organisation and the name.
		{"Former chairman of Acme Robotics, John Doe, spoke.", []string{"John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [chairman]"}},
		{"The students include Mary Major and former chairman of the Acme Robotics, John Doe.", []string{"John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [chairman]"}},
		{"Roe and chairman of Acme Robotics, John Doe, met.", nil},
		// Founding members listed; a programme at a school; to attend it.
		{"The founders of Acme Robotics were Jane Roe and John Doe.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"Roe enrolled in the landscape architecture program at Delta University.", []string{"Jane Roe educatedAt Delta University"}},
		{"Roe arranged to attend Delta University for the summer semester of 1887.", []string{"Jane Roe educatedAt Delta University"}},
		{"Roe arranged to attend a meeting at Delta University.", nil},
		// One an organisation announces as joining, nothing named after.
		{"甲公司宣布张三加入。", []string{"张三 worksFor 甲公司"}},
		{"甲公司宣布，张三正式加盟，出任CTO。", []string{"张三 worksFor 甲公司"}},
		{"甲公司宣布张三加入乙大学。", []string{"张三 worksFor 乙大学"}},
		{"甲公司宣布张三将加入。", nil},
		// What a maker is, with its nationality; authors after a work's
		// year in parentheses; a book and its title in parentheses.
		{"In 1993, Acme merged with Beta Labs, the Italian producer of Gizmo and sparkling wines.", []string{"Beta Labs developed Gizmo"}},
		{"Doe, the American founder of Acme Robotics, died.", []string{"John Doe founded Acme Robotics"}},
		{"The adventures are told in the two books Widget OS (1953, by Roe and Doe) and Gizmo (1954, by Mary Major).", []string{"Jane Roe authored Widget OS", "John Doe authored Widget OS", "Mary Major authored Gizmo"}},
		{"Roe wrote a book on the history of the method in 1996 (entitled Gizmo) in which she discussed it.", []string{"Jane Roe authored Gizmo"}},
		// A relative clause after a name, in a parenthesis or with an adverb, and
		// "would eventually become": the name is its subject.
		{"Acme Robotics hired John Doe, who later became president of Beta Labs.", []string{"John Doe led Beta Labs [president]", "John Doe worksFor Acme Robotics", "John Doe worksFor Beta Labs [president]"}},
		{"We met John Doe (who later became president of Beta Labs) in 1990.", []string{"John Doe led Beta Labs [president]", "John Doe worksFor Beta Labs [president]"}},
		{"Acme Robotics gained the services of John Doe (who would eventually become Beta Labs's president in 1936).", []string{"John Doe led Beta Labs [president]", "John Doe worksFor Beta Labs [president]"}},
		{"Roe would go on to become president of Beta Labs.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Beta Labs [president]"}},
		{"We met John Doe (born in 1950) and founded Beta Labs.", nil},
		// A name governed by a verb, its dates in a parenthesis, then its
		// apposition; an employer's "employed X as"; "began her career as … for".
		{"He was apprenticed to John Doe (1745–1815), a surgeon at Beta Labs, London.", []string{"John Doe worksFor Beta Labs [surgeon]"}},
		{"Roe met Doe (1745–1815), founded Beta Labs and left.", []string{"Jane Roe founded Beta Labs"}},
		{"Acme Robotics employed Doe as a secretary.", []string{"John Doe worksFor Acme Robotics [secretary]"}},
		{"Doe began his career as a writer for Beta Labs.", []string{"John Doe worksFor Beta Labs"}},
		// "with Roe in charge of X": an absolute phrase.
		{"The firm was sold, with Roe in charge of Beta Labs.", []string{"Jane Roe led Beta Labs"}},
		// 不再 denies the post of the one who leaves it, not of the one 由
		// names as taking it over; 如果 still supposes both.
		{"李四不再担任甲公司CEO，由张三接任。", []string{"张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"2016年4月，不再担任甲公司院长，由张三接任。", []string{"张三 led 甲公司 [院长]", "张三 worksFor 甲公司 [院长]"}},
		{"李四不再担任甲公司CEO。", nil},
		{"如果李四卸任甲公司CEO，由张三接任。", nil},
		// Who leads people into an employer moves there too.
		{"2005年，金牌经纪人张三带领一些艺人跳槽甲公司。", []string{"张三 worksFor 甲公司"}},
		// Shares bought by their percentage; the investors of the rounds just
		// named; the money a company was set up with; a subsidiary after a dash
		// heads its phrase, and opens the clause its parent opens.
		{"丙资本在1994年投资13.5亿美元换取一家公司甲公司28%的股份。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本获得甲公司10%的股份。", nil},
		{"成立至今，甲公司累计完成6轮融资，投资团队星光熠熠，成员包括丙资本、丁创投等顶级投行。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司完成融资，投资团队离开了，有丙资本。", nil},
		{"甲公司成立于1984年，由丙资本投资20万元人民币创办。", []string{"丙资本 investedIn 甲公司"}},
		{"4月27日，华为旗下全资子公司——丙资本以2亿美元购得全球最大零售商甲公司16.79%的股份。", []string{"丙资本 investedIn 甲公司"}},
		// All of a company's shares bought is no stake in it, past the name's
		// parenthesis ("acquired 100% of X" is pinned above).
		{"丙资本以51亿元收购化妆品生产商戊科技（Wu Tech）100%股权。", []string{"丙资本 acquired 戊科技"}},
		{"Gamma Capital acquired 10% of Beta Labs.", []string{"Gamma Capital investedIn Beta Labs"}},
		// A list closed by its count, then a comma: the clause after it is the
		// list's.
		{"张三、李四、王五三人，集资创立甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		{"张三和李四二人，分别加入了甲公司和乙大学。", []string{"张三 worksFor 甲公司", "李四 worksFor 乙大学"}},
		// A part in a work: one of a crew on it, a role played in it.
		{"In 1969, Roe was one of the camera operators on the classic concert film Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"John Doe, actor who played Radar on the TV series Gizmo", []string{"John Doe contributedTo Gizmo"}},
		{"Roe played football in Springfield.", nil},
		// Among a group's leaders; a second post at the organisation a
		// possessive named, when no other organisation follows the title.
		{"Doe and Roe were among the leaders of this new Acme Robotics, an important movement.", []string{"Jane Roe led Acme Robotics", "John Doe led Acme Robotics"}},
		{"Professor Jane Roe was Acme Robotics’s first faculty member and served as acting president between 1890 and 1892.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [faculty member]"}},
		{"Roe was Acme Robotics's first engineer and later became president.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [engineer]"}},
		{"Roe was Acme Robotics's first engineer and served as president of Beta Labs.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Acme Robotics [engineer]", "Jane Roe worksFor Beta Labs [president]"}},
		// A timeline in the present tense: "jointly form".
		{"Gamma Capital and Delta Ventures jointly form Acme Robotics to build plants.", []string{"Delta Ventures founded Acme Robotics", "Gamma Capital founded Acme Robotics"}},
		// A first of its kind described at length before its name; a maker,
		// then its product in quotation marks, then that it came out.
		{"1980年，甲公司推出台湾与全球第一个自行设计星火系统，荣获大奖。", []string{"甲公司 developed 星火系统"}},
		{"成立半年多，甲公司在2021年10月推出国内第一款拥有自主知识产权的商用级数字验证仿真器星火系统（简称UVS）。", []string{"甲公司 developed 星火系统"}},
		{"2008年：甲公司“星火系统”百万亿次高效能计算机系统研制成功。", []string{"甲公司 developed 星火系统"}},
		{"甲公司“星火系统”的用户突破一亿。", nil},
		// A work of the kind a composer, a poet or a scholar makes, by its
		// maker's possessive or after "by"; one of a writer's books named; the
		// script of a film.
		{"Roe's composition Gizmo is a collection of six sonatinas.", []string{"Jane Roe authored Gizmo"}},
		{"Doe staged Roe's play Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"In his thesis, Doe analyzes the oratorio Gizmo by Roe.", []string{"Jane Roe authored Gizmo"}},
		{"Roe wrote one of her best-known books, Gizmo (1961).", []string{"Jane Roe authored Gizmo"}},
		{"In between, Roe co-wrote the scripts for Gizmo (1966) and Widget OS (1966).", []string{"Jane Roe authored Gizmo", "Jane Roe authored Widget OS"}},
		{"It had been inspired by Roe's Gizmo (first edition 1728).", []string{"Jane Roe authored Gizmo"}},
		// Who joins what was just set up; board members counted after 的; the
		// one an organisation's board recruits into a post, past a comma.
		{"1924年，王五在新加坡成立甲公司，后来张三加入参与经营多间戏院。", []string{"张三 worksFor 甲公司", "王五 founded 甲公司"}},
		{"此外，甲公司的两位董事成员张三和李四也将加入乙大学董事会。", []string{"张三 worksFor 甲公司", "李四 worksFor 甲公司"}},
		{"2013年12月，甲公司董事会通过延揽张三，出任全球总裁暨执行长。", []string{"张三 led 甲公司 [总裁]", "张三 worksFor 甲公司 [总裁]"}},
		{"甲公司董事会延揽乙大学副总裁张三，出任全球总裁。", []string{"张三 led 甲公司 [总裁]", "张三 worksFor 乙大学 [副总裁]", "张三 worksFor 甲公司 [总裁]"}},
		// Years spent writing for an employer; the firm a person's "whose"
		// names; money put into a founding others shared.
		{"Next, Doe spent four years writing for Beta Labs, which was the largest agency.", []string{"John Doe worksFor Beta Labs"}},
		{"And John Doe, whose firm, Beta Labs, has 27 lawyers, thinks being small is a big advantage.", []string{"John Doe worksFor Beta Labs"}},
		{"丙资本出资参与创办了甲公司。", []string{"丙资本 founded 甲公司", "丙资本 investedIn 甲公司"}},
		// A diploma from a school's programme; a course taken at a school.
		{"In 2010 Doe obtained a diploma from the Global Health Delivery Project at Delta University, in Boston.", []string{"John Doe educatedAt Delta University"}},
		{"In 1958, Roe took a jewellery and silversmith course at Delta University, then known as X.", []string{"Jane Roe educatedAt Delta University"}},
		{"Roe taught a course at Delta University.", []string{"Jane Roe worksFor Delta University"}},
		// Sales told from the seller's side or by the new owners; a purchase in
		// a dashed list entry.
		{"Beta Labs – an established airline bought by Acme Robotics in 2001; ceased operations.", []string{"Acme Robotics acquired Beta Labs"}},
		{"In 1996, Beta Labs was sold, with the new owners being Gamma Capital, Delta Ventures, and the management.", []string{"Delta Ventures acquired Beta Labs", "Gamma Capital acquired Beta Labs"}},
		{"In 2006, the Company sold Beta Labs, its flavours and fragrances business, to Gamma Capital, for £1.2 billion.", []string{"Gamma Capital acquired Beta Labs"}},
		// Chinese purchases: one of a kind then its name, a name after a dash,
		// all of its shares obtained, 收入囊中 before the name, one company
		// absorbing another (a merger of equals is not one).
		{"一个月后，丙资本收购了中国最大的连锁健身房之一甲公司。", []string{"丙资本 acquired 甲公司"}},
		{"2018年4月20日，丙资本宣布，全资收购中国大陆自主嵌入式CPU IP Core公司——甲公司。", []string{"丙资本 acquired 甲公司"}},
		{"1965年，丙资本取得甲公司全部股权，易名为戊科技。", []string{"丙资本 acquired 甲公司"}},
		{"就是之前被丙资本收入囊中的甲公司。", []string{"丙资本 acquired 甲公司"}},
		{"1967年，丙资本合并了生产阿华田等营养食品的甲公司。", []string{"丙资本 acquired 甲公司"}},
		{"丙资本与甲公司合并。", nil},
		// Chinese foundings: 合组 and 办起 as verbs of founding; partners named
		// at length before 合作 and the verb; a spin-off set up; the name a
		// company was registered under.
		{"2013年1月23日，丙资本和丁创投合组公司甲公司，投得项目。", []string{"丁创投 founded 甲公司", "丙资本 founded 甲公司"}},
		{"1906年，丙资本与其他五个教会合作开办了甲公司。", []string{"丙资本 founded 甲公司"}},
		{"张三与李四合作开发了星火系统。", []string{"张三 authored 星火系统", "李四 authored 星火系统"}},
		{"1928年，张三利用捐赠的书，办起了甲公司。", []string{"张三 founded 甲公司"}},
		{"2000年11月，丙资本将自己旗下的农药业务剥离，成立甲公司。", []string{"丙资本 founded 甲公司"}},
		{"2004年，张三委托中介机构在百慕大以“甲公司”为名注册成立有限公司。", []string{"张三 founded 甲公司"}},
		// The last post of a list before 等职位的; 接办 (take over running).
		{"历任甲公司常务副总经理、董事总经理、董事局主席等职位的张三，一手缔造商业地产体系。", []string{"张三 led 甲公司 [董事局主席]", "张三 worksFor 甲公司 [副总经理]"}},
		{"历任甲公司常务副总经理、乙大学教授等职位的张三。", []string{"张三 worksFor 甲公司 [副总经理]"}},
		{"1937年，张三接办了位于四川省的甲公司，张三出任董事长。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// The post at what was just set up, given to the one appointed after
		// the comma (past a parenthesis after the name).
		{"1928年3月26日，李四创办了甲公司（后改名），聘任张三出任院长兼教授。", []string{"张三 led 甲公司 [院长]", "张三 worksFor 甲公司 [院长]", "李四 founded 甲公司"}},
		{"李四创办了甲公司，聘请张三担任总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]", "李四 founded 甲公司"}},
		// Study at a list of universities; study as the purpose of a move.
		{"John Doe studied successively at the universities of Delta University, Acme Robotics, and Beta Labs.", []string{"John Doe educatedAt Acme Robotics", "John Doe educatedAt Beta Labs", "John Doe educatedAt Delta University"}},
		{"John Doe went to the capital to study law at Delta University, but ended up also taking classes.", []string{"John Doe educatedAt Delta University"}},
		{"John Doe wanted to study law at Delta University.", nil},
		// The last of a list of what one is; the post of a keeper; "with X as
		// its head" after what was named; "The director for X".
		{"John Doe was a Russian art critic, patron, ballet impresario and founder of the Acme Robotics, from which many dancers would arise.", []string{"John Doe founded Acme Robotics"}},
		{"John Doe was the son of Jane Roe, a banker, patron and founder of Acme Robotics.", nil},
		{"He went to visit the Acme Robotics and its keeper, John Doe.", []string{"John Doe led Acme Robotics [keeper]", "John Doe worksFor Acme Robotics [keeper]"}},
		{"The lectures led to the founding, in 1847, of Acme Robotics, with John Doe as its head.", []string{"John Doe led Acme Robotics [head]", "John Doe worksFor Acme Robotics [head]"}},
		{"The lectures led to the founding of the Acme Robotics at Delta University, with John Doe as its head.", nil},
		{"The artistic director for the Acme Robotics was John Doe.", []string{"John Doe led Acme Robotics [artistic director]", "John Doe worksFor Acme Robotics [artistic director]"}},
		// Heads by verbs: "to head its X" in a list of what one went on to do;
		// an office taken over; a command.
		{"John Doe went on to become professor of zoology at Delta University, to head its Acme Robotics, and to found its Beta Labs.", []string{"John Doe led Acme Robotics", "John Doe worksFor Delta University [professor]"}},
		{"In 1899, Mary Major became special assistant to John Doe, who had recently taken over directorship of all Acme Robotics.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"He made a second excursion, known as the Widget OS under the command of Commander John Doe, visiting South America.", []string{"John Doe led Widget OS"}},
		// Teachers: tutelage and tutoring given.
		{"Moving to Paris, John Doe came under the tutelage of Jane Roe.", []string{"John Doe advisor Jane Roe"}},
		{"Until December, Jane Roe gave John Doe private tutoring in medicine.", []string{"John Doe advisor Jane Roe"}},
		// Work found as a post.
		{"Jane Roe helped John Doe get work as a physician at the Acme Robotics.", []string{"John Doe worksFor Acme Robotics [physician]"}},
		// A name in an aside of the sentence before is not the subject the next
		// one goes on with (…教科书（李四校）): the document's person is.
		{"张三是地理学家。1920年入学。1923年毕业。毕业后编的教科书《星火系统》（李四校），成为当时的通用教材。1927年起在乙大学任教。", []string{"张三 worksFor 乙大学"}},
		// An organisation in a list of posts is no subject of the clause after
		// it.
		{"1949年随丙资本到台湾，曾任甲公司秘书组主任、乙大学宣传部部长、戊大学主席等职，又创办了丁创投。", nil},
		{"张三是个好人。1949年，曾任甲公司秘书组主任、乙大学部长、戊大学主席等职，又创办了丁创投。", []string{"张三 founded 丁创投", "张三 led 乙大学 [部长]", "张三 led 戊大学 [主席]", "张三 worksFor 乙大学 [部长]", "张三 worksFor 戊大学 [主席]", "张三 worksFor 甲公司 [主任]"}},
		// 控股股东 is one noun (no verb 控股 before the name); the one bought
		// from (向…收购) is the seller, but 向 before 出售 names the buyer.
		{"甲公司控股股东丙资本将其持有的股份卖了。", []string{"丙资本 investedIn 甲公司"}},
		{"甲公司控股丙资本。", []string{"甲公司 investedIn 丙资本"}},
		{"美的以12亿欧元向德国工业集团丙资本收购甲公司25.1%股权。", nil},
		{"美的以12億歐元向德國工業集團丙资本收購甲公司25.1%股權。", nil},
		{"丁创投以12亿欧元向丙资本收购甲公司。", []string{"丁创投 acquired 甲公司"}},
		{"2018年甲公司向丙资本出售3.6%股权。", []string{"丙资本 investedIn 甲公司"}},
		{"丁创投向甲公司控股股东丙资本购买5亿股股份。", []string{"丙资本 investedIn 甲公司"}},
		// 吸收合并 (a merger by absorption); a society set up by the one who
		// initiated it (由…发起).
		{"丙资本以换股方式吸收合并甲公司。", []string{"丙资本 acquired 甲公司"}},
		{"甲公司，是由上海实业界人士张三在1920年代末发起。", []string{"张三 founded 甲公司"}},
		{"甲公司发起了对乙大学的诉讼。", nil},
		// The head of an organisation works there, told by a participle or a
		// passive ("headed by", "led by") or by 由…带领的/…领导的.
		{"In 1973, Atari spawned a competitor called Acme Robotics, headed by neighbor John Doe.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"In 1947, Beta Labs was nationalised by the Acme Robotics led by Labor Prime Minister John Doe.", []string{"Acme Robotics acquired Beta Labs", "John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Acme Robotics was led by John Doe from 1990.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"据称王五出走后，由张三带领的甲公司将延续此做法。", []string{"张三 led 甲公司", "张三 worksFor 甲公司"}},
		{"他仍对张三领导的甲公司抱有期望。", []string{"张三 led 甲公司", "张三 worksFor 甲公司"}},
		{"The Widget OS project, led by John Doe, shipped.", []string{"John Doe led Widget OS"}},
		// Investments counted, then named after the comma (除了A之外，还有B、C).
		{"2020年以来华为已经投资了6个餐饮品牌，除了甲公司之外，还有丁创投、戊科技和己资本。", []string{"华为 investedIn 丁创投", "华为 investedIn 己资本", "华为 investedIn 戊科技", "华为 investedIn 甲公司"}},
		{"华为投资了3个项目，比如甲公司和丁创投。", []string{"华为 investedIn 丁创投", "华为 investedIn 甲公司"}},
		{"华为投资了3个项目，有人说丁创投也在其中。", nil},
		{"华为投资了3家公司，甲公司则投资了丁创投。", []string{"甲公司 investedIn 丁创投"}},
		// Where it was done, between the subject and the verb, also with no
		// aspect after the verb (past an organisation there, only 成立了 with
		// a person before 在: 林巧稚在协和医院妇产科成立了绒毛膜癌研究组).
		{"2000年，丙资本在香港荃湾广场开设丁创投专门店。", []string{"丙资本 founded 丁创投"}},
		{"张三在抗战期间的四川宜宾李庄以英文写成《星火系统》。", []string{"张三 authored 星火系统"}},
		{"张三在乙大学成立了甲公司。", []string{"张三 founded 甲公司"}},
		{"张三在乙大学成立甲公司。", nil},
		// Lexicon entries: "was also appointed" (a post named after an adverb),
		// "was being directed by" (a passive in progress), plural and founding
		// editors.
		{"In 2011, John Doe was also appointed artistic director of the Acme Robotics, as well as the Beta Labs, a choir.", []string{"John Doe led Acme Robotics [artistic director]", "John Doe led Beta Labs [artistic director]", "John Doe worksFor Acme Robotics [artistic director]", "John Doe worksFor Beta Labs [artistic director]"}},
		{"John Doe was also named chief executive of Acme Robotics.", []string{"John Doe led Acme Robotics [chief executive]", "John Doe worksFor Acme Robotics [chief executive]"}},
		{"The film was Widget OS, which was being directed by John Doe.", []string{"John Doe contributedTo Widget OS"}},
		{"John Doe was one of the founding editors of Widget OS, which won a national award.", []string{"John Doe contributedTo Widget OS"}},
		{"John Doe was one of the editors of Widget OS.", []string{"John Doe contributedTo Widget OS"}},
		// Who is put in charge of a unit named alone at the end of the clause
		// (引入…王珏，负责旷视美国研究院), also with the subject from context; a
		// task after the unit is no post there.
		{"今年8月甲公司引入丙资本首席科学家张三，负责戊科技。", []string{"张三 led 戊科技", "张三 worksFor 丙资本 [首席科学家]", "张三 worksFor 戊科技", "张三 worksFor 甲公司"}},
		{"张三加入甲公司，负责戊科技。", []string{"张三 led 戊科技", "张三 worksFor 甲公司"}},
		{"甲公司聘请张三，负责乙大学的合作。", nil},
		{"张三说，李四负责戊科技。", nil},
		// Who runs what was just set up works there (设立X，由卜凯主持).
		{"1921年设立甲公司，由张三（C. W. Woodworth）主持。", []string{"张三 led 甲公司", "张三 worksFor 甲公司"}},
		{"1918年成立甲公司，由李四领导。", []string{"李四 led 甲公司", "李四 worksFor 甲公司"}},
		// The teacher named after 师从, even behind a title in a list
		// (师从诺贝尔奖得主、校长李四), is not the subject the next sentences
		// go on with; the biography's person is.
		{"张三是物理学家。他出生于Springfield。1920年考入乙大学。1925年毕业。1927年赴美国留学，师从诺贝尔奖得主、校长李四，1931年获博士学位。1931年赴德国在甲公司从事研究工作。", []string{"张三 advisor 李四", "张三 bornIn Springfield", "张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		// A name after 在 that follows the clause's subject is where it was
		// done; not so in a relative clause, a time clause, or with no subject
		// named (the university may set up its own unit).
		{"甲公司在乙大学建立了戊科技。", nil},
		{"1982年，甲公司在乙大学沿線各站開設多間戊科技分店。", nil},
		{"在甲公司收购戊科技之后，张三离职。", []string{"甲公司 acquired 戊科技"}},
		{"在甲公司收购戊科技时，张三离职。", []string{"甲公司 acquired 戊科技"}},
		{"在甲公司收購戊科技之後，张三离职。", []string{"甲公司 acquired 戊科技"}},
		{"1932年回国后，在乙大学建立了戊科技。", []string{"乙大学 founded 戊科技"}},
		// Works counted, then named; a title with its year and its author.
		{"Books by John Doe on the Orient include Gizmo (1891) and Widget OS (1894).", []string{"John Doe authored Gizmo", "John Doe authored Widget OS"}},
		{"John Doe published his views in three books: Gizmo (1895) and Widget OS (1906).", []string{"John Doe authored Gizmo", "John Doe authored Widget OS"}},
		{"The canals figure prominently in Gizmo by John Doe (1949) and Widget OS by Jane Roe (1950).", []string{"Jane Roe authored Widget OS", "John Doe authored Gizmo"}},
		{"The canals heavily influence Gizmo (1918) by John Doe as well as other books.", []string{"John Doe authored Gizmo"}},
		{"Gizmo (2010) by Acme Robotics sold well.", nil},
		// A phrase set off after "and" before the subject's second verb.
		{"John Doe continued to write columns and, after encouragement from his son Arthur and publisher Mary Major, founded Acme Robotics in 1885.", []string{"John Doe founded Acme Robotics"}},
		{"John Doe wrote columns and, with help from Beta Labs, founded Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		{"John Doe met Jane Roe and, in 1990, Roe founded Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		// Investing as the means before the verb (投资12.5亿美元入股), and 增持
		// (raising a stake) as a verb of investing.
		{"2016年4月13日，甲公司投资12.5亿美元入股戊科技。", []string{"甲公司 investedIn 戊科技"}},
		{"2017年4月，甲公司和丙资本又进一步增持了戊科技。", []string{"丙资本 investedIn 戊科技", "甲公司 investedIn 戊科技"}},
		{"张三投资1亿元创办了甲公司。", []string{"张三 founded 甲公司"}},
		// What one opposed did not happen by one's hand: 反对政府增持.
		{"然而，当时张三强烈反对政府增持甲公司。", nil},
		{"张三反对甲公司收购戊科技。", nil},
		{"John Doe opposed Acme Robotics's acquisition of Beta Labs.", nil},
		// 启动 a platform: launching it.
		{"2015年6月，甲公司启动食材供应平台“星火系统”。", []string{"甲公司 developed 星火系统"}},
		// A group formed with partners counted by 等 (与…等发起, 与…等人组成).
		{"张三并与李四、王五等发起“甲公司”，商讨抗日救亡事宜。", []string{"李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		{"1921年12月与李四等人组成甲公司。", []string{"李四 cofounded 甲公司"}},
		// The unit whose work one heads (主管…的工作); a section chief's post.
		{"张三得以恢复工作，担任副所长并主管甲公司的工作。", []string{"张三 led 甲公司"}},
		{"1928年，张三出任甲公司教育科科长。", []string{"张三 worksFor 甲公司 [科长]"}},
		// The successor in the same post ("Noyce was Intel's CEO at its
		// founding, followed by co-founder Moore"), not whatever follows.
		{"Jane Roe was Acme Robotics's CEO at its founding in 1968, followed by co-founder John Doe in 1975.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]", "John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		{"Jane Roe was Acme Robotics's CEO until 1990, followed by a long decline under John Doe.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		// A member, or a key figure, of the team that made the work.
		{"Engineers John Doe and Jane Roe were key figures on the core team that invented the Gizmo.", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo"}},
		{"John Doe was one of the members of the small group that designed Widget OS.", []string{"John Doe contributedTo Widget OS"}},
		// Studies with a list of subjects before the school.
		{"John Doe studied Philosophy, Politics and Economics at Delta University, Oxford in England.", []string{"John Doe educatedAt Delta University"}},
		// Teachers: the students of one's listed; an apprenticeship.
		{"Other outstanding students of Jane Roe's include the economists John Doe and Mary Major.", []string{"John Doe advisor Jane Roe", "Mary Major advisor Jane Roe"}},
		{"Educated at Delta University, John Doe was apprenticed in 1779 to Sir Mary Major (1745–1815), a surgeon.", []string{"John Doe advisor Mary Major", "John Doe educatedAt Delta University"}},
		{"John Doe was apprenticed to Mary Major.", []string{"John Doe advisor Mary Major"}},
		// 主编 (editor-in-chief) heads a journal; a founding director's title.
		{"另外，张三还任《甲公司》主编、《戊科技》编委。", []string{"张三 led 甲公司 [主编]", "张三 worksFor 甲公司 [主编]"}},
		{"李四是甲公司主编。", []string{"李四 led 甲公司 [主编]", "李四 worksFor 甲公司 [主编]"}},
		// Acting in one's post (以X创始人及CEO身份行事).
		{"张三以甲公司创始人及CEO身份出席。", []string{"张三 founded 甲公司", "张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"张三更外向，以甲公司董事长身份行事。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// The founder and partners counted (由马云与另外18名人士在1999年创立).
		{"甲公司是戊科技的旗艦業務，由张三與另外18名人士在1999年創立，主要經營B2B。", []string{"张三 founded 甲公司"}},
		// Who recommended or invited the one a pronoun names (陈建功推荐其任…)
		// is not the subject that the next sentence goes on with.
		{"张三是数学家。他生于Springfield。1920年考入乙大学。1924年毕业。1933年李四推荐其任乙大学数学系主任。1935年任甲公司主编。", []string{"张三 bornIn Springfield", "张三 educatedAt 乙大学", "张三 led 甲公司 [主编]", "张三 worksFor 甲公司 [主编]"}},
		{"张三是数学家。他生于Springfield。1920年考入乙大学。1924年毕业。1933年李四加入乙大学。1935年任甲公司主编。", []string{"张三 bornIn Springfield", "张三 educatedAt 乙大学", "李四 led 甲公司 [主编]", "李四 worksFor 乙大学", "李四 worksFor 甲公司 [主编]"}},
		// The last of a list of posts after the copula; a post to an
		// institution ("appointed lecturer in anatomy to the Royal College").
		{"Until mid-2005, John Doe was a senior fellow at Acme Robotics, a visiting professor at Beta Labs, and an adjunct professor at Delta University.", []string{"John Doe worksFor Acme Robotics [fellow]", "John Doe worksFor Beta Labs [professor]", "John Doe worksFor Delta University [professor]"}},
		{"John Doe was a critic, and an adjunct professor at Delta University.", []string{"John Doe worksFor Delta University [professor]"}},
		{"John Doe was a fellow at Acme Robotics, and Jane Roe was president of Beta Labs.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Beta Labs [president]", "John Doe worksFor Acme Robotics [fellow]"}},
		{"John Doe was appointed lecturer in anatomy to the Acme Robotics.", []string{"John Doe worksFor Acme Robotics [lecturer]"}},
		{"John Doe was appointed surgeon to Acme Robotics.", []string{"John Doe worksFor Acme Robotics [surgeon]"}},
		{"John Doe was appointed physician to Jane Roe.", nil},
		// A contributor, often or now and then, of things to a work.
		{"John Doe is also an occasional contributor of language puzzles to Gizmo.", []string{"John Doe contributedTo Gizmo"}},
		{"John Doe was a regular contributor to Gizmo and Widget OS.", []string{"John Doe contributedTo Gizmo", "John Doe contributedTo Widget OS"}},
		{"John Doe was a contributor of funds to Acme Robotics.", nil},
		// The writer of a work named with it: 所著的《X》, 在《X》一书中, lyrics.
		{"据美国学者张三所著的《星火系统》，1949年前毕业生很多。", []string{"张三 authored 星火系统"}},
		{"张三在《星火系统》一书中将李四等人归为一派。", []string{"张三 authored 星火系统"}},
		{"《Gizmo》，张三作词，李四作曲。", []string{"张三 authored Gizmo"}},
		{"《星火系统》由张三作词。", []string{"张三 authored 星火系统"}},
		{"张三所在的甲公司很有名。", nil},
		// Kinds of product before a name: a phone, a chip, an operating system.
		{"甲公司發布全球最薄四核智能機星火系统。", []string{"甲公司 developed 星火系统"}},
		{"甲公司推出了自研芯片星火系统。", []string{"甲公司 developed 星火系统"}},
		// A member named by the organisation and 的 alone, after a clause's start or 是, 为, 与, 以及; not after a verb (a relative clause), a list member or a student's noun.
		{"最早看上戊科技的是甲公司的张三。", []string{"张三 worksFor 甲公司"}},
		{"1986年8月25日，甲公司的张三发出了一封Email。", []string{"张三 worksFor 甲公司"}},
		{"法定代表人由李四变更为甲公司的张三。", []string{"张三 worksFor 甲公司"}},
		{"1903年与甲公司的张三合作。", []string{"张三 worksFor 甲公司"}},
		{"乙大学的张三、李四承担该书的翻译任务。", []string{"张三 worksFor 乙大学", "李四 worksFor 乙大学"}},
		{"创办甲公司的张三后来去了美国。", []string{"张三 founded 甲公司"}},
		{"早在2018年4月，投资过乙大学、甲公司、戊科技的张三就进入了董事会。", []string{"张三 investedIn 乙大学", "张三 investedIn 戊科技", "张三 investedIn 甲公司"}},
		{"2016年，乙大学的大四学生张三发表了一篇文章。", []string{"张三 educatedAt 乙大学"}},
		{"李四、任乙大学教员。", []string{"李四 worksFor 乙大学 [教员]"}}, // a verb after a name and 、 still starts a clause
		// A later post after "and" in an "of which" clause; an organisation formed with its head named.
		{"John Doe collected antiquities for Acme Robotics, of which he was first curator from 1874 to 1885 and then director until his death.", []string{"John Doe led Acme Robotics [director]", "John Doe worksFor Acme Robotics [curator]"}},
		{"Acme Robotics, of which John Doe was a member and Jane Roe the director, grew.", nil},
		{"In May 1871, several mines were consolidated to form Acme Robotics with John Doe as its first president.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		// A title after another title, each after a comma after the name; 现 before the organisation.
		{"张三，第九届全国政协常委，甲公司原部长、党组书记。", []string{"张三 led 甲公司 [部长]", "张三 worksFor 甲公司 [部长]"}},
		{"李四，现甲公司部长，中共中央委员。", []string{"李四 led 甲公司 [部长]", "李四 worksFor 甲公司 [部长]"}},
		{"张三，乙大学教授，后来去了甲公司。", []string{"张三 worksFor 乙大学 [教授]"}},
		// 合建 (built together) and founding paid for (投资兴建, as 出资成立 already was).
		{"甲公司与乙大学、戊科技三校合建戊大学。", []string{"乙大学 founded 戊大学", "戊科技 founded 戊大学", "甲公司 founded 戊大学"}},
		{"甲公司在广州投资兴建戊科技。", []string{"甲公司 founded 戊科技"}},
		{"张三出资成立了戊科技。", []string{"张三 founded 戊科技"}},
		{"张三出资收购了戊科技。", nil},
		// 和 joins names, not partners: each founded it; 与 still names partners.
		{"1946年5月，张三和李四、王五等在重庆创立甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		{"1946年5月，张三与李四、王五等在重庆创立甲公司。", []string{"张三 founded 甲公司", "李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		// Shares subscribed in a company described before them, after the price.
		{"2015年，丙资本斥資24億人民幣，即每股作價24.22元，認購深圳創業板上市的甲公司9900萬股。", []string{"丙资本 investedIn 甲公司"}},
		{"后来丙资本又认购了深圳创业板上市的甲公司9900万股。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本认购了深圳创业板上市的甲公司的产品。", nil},
		// Pieces written for a work of others; a title after a participle phrase; one's own work by its possessive or its kind; a translated title before the apposition.
		{"German cookery writer Jane Roe wrote recipes for Gizmo and other cookbooks.", []string{"Jane Roe contributedTo Gizmo"}},
		{"John Doe also wrote several articles in the ninth edition of the Gizmo.", []string{"John Doe contributedTo Gizmo"}},
		{"John Doe submitted a dissertation, written back in Sweden, entitled Gizmo, in which he laid out his hypothesis.", []string{"John Doe authored Gizmo"}},
		{"In 1842, John Doe issued his Gizmo, a classification list.", []string{"John Doe authored Gizmo"}},
		{"In 1968, Jane Roe released Gizmo, an album of Bach compositions.", []string{"Jane Roe authored Gizmo"}},
		{"\"Gizmo\" (\"Lie to Me\"), a bolero composed by John Doe (1921–1985), was a success.", []string{"John Doe authored Gizmo"}},
		{"John Doe published his findings in Gizmo.", nil},
		{"Jane Roe released Gizmo, a smartphone.", nil},
		// A list of what a person is after the name and a colon; a work's name in quotation marks after a few words on it.
		{"张三：教育家、甲公司主席。", []string{"张三 led 甲公司 [主席]", "张三 worksFor 甲公司 [主席]"}},
		{"张三：甲公司主席。", []string{"张三 led 甲公司 [主席]", "张三 worksFor 甲公司 [主席]"}},
		{"1923年由“甲公司”研制的中国人第一支“星火系统”问世。", []string{"甲公司 developed 星火系统"}},
		// The one succeeded held the post; years of leading are years of work; a colleague at an organisation.
		{"Austerity measures forced him to supplant John Doe as head coach of Acme Robotics.", []string{"John Doe worksFor Acme Robotics [head coach]"}},
		{"Jane Roe succeeded John Doe as CEO of Acme Robotics.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]", "John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		{"After 22 years of leading Acme Robotics, Dr. John Doe announced his resignation.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"He, along with his co-worker at Acme Robotics John Doe, developed the business.", []string{"John Doe worksFor Acme Robotics"}},
		{"Jane Roe and her colleague at Acme Robotics, John Doe, wrote a paper.", []string{"John Doe worksFor Acme Robotics"}},
		{"Jane Roe met a former colleague, John Doe, at Acme Robotics.", nil},
		// A relative clause of work before a name and a noun of what the person is ("的时候" is no noun).
		{"论文受到甲公司任职的电力专家张三赏识。", []string{"张三 worksFor 甲公司"}},
		{"在甲公司工作的张三很忙。", []string{"张三 worksFor 甲公司"}},
		{"他在甲公司工作的时候认识了张三。", nil},
		// "founded by Y" with its subject from context only after a copula or an adverb, not after another noun; the noun phrase after the copula is the subject's; a long description that ends in a noun of its kind.
		{"Acme Robotics was founded in 1990 by John Doe.", []string{"John Doe founded Acme Robotics"}},
		{"Acme Robotics (other names include Acme Ltd) was an American home computer and electronics manufacturer founded by John Doe.", []string{"John Doe founded Acme Robotics"}},
		{"Acme Robotics ultimately became a group of companies founded by Colonel John Doe.", []string{"John Doe founded Acme Robotics"}},
		{"In 1983, Beta Labs merged with the Acme Robotics, a Fortune 500 oil exploration and development company founded by John Doe.", nil},
		{"Acme Robotics, a big oil exploration and development company founded by John Doe, grew.", []string{"John Doe founded Acme Robotics"}},
		// A clause that opens with a partner after 和, 与 or 跟: the context's subject did it with them; 同时 is no partner.
		{"张三是建筑学家。1950年和李四发表《星火系统》。", []string{"张三 authored 星火系统", "李四 authored 星火系统"}},
		{"张三是建筑学家。1924年和李四一起赴美国乙大学建筑系学习。", []string{"张三 educatedAt 乙大学", "李四 educatedAt 乙大学"}},
		{"张三是建筑学家。1921年夏，他从乙大学毕业，同时出版《星火系统》。", []string{"张三 authored 星火系统", "张三 educatedAt 乙大学"}},
		// A participle after the clause ("going on to build … a satellite, X"); a project named and started.
		{"A division of Caltech, Acme Robotics began in 1936, going on to build and help launch America's first satellite, Gizmo, in 1958.", []string{"Acme Robotics developed Gizmo"}},
		{"John Doe studied at Delta University in 1936, going on to found a company, Acme Robotics.", []string{"John Doe educatedAt Delta University", "John Doe founded Acme Robotics"}},
		{"In 2007 Acme Robotics formed the Gizmo project to create an open source Linux operating system.", []string{"Acme Robotics developed Gizmo"}},
		{"John Doe formed the Gizmo project.", nil},
		// A subsidiary named after its owner and 子公司 is the one meant;
		// one not named is no fact about its owner.
		{"丙资本又入股甲公司子公司戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本收购了甲公司的全资子公司戊科技。", []string{"丙资本 acquired 戊科技"}},
		{"甲公司子公司戊科技投资了丁创投。", []string{"戊科技 investedIn 丁创投"}},
		{"张三加入甲公司控股子公司戊科技。", []string{"张三 worksFor 戊科技"}},
		{"丙资本入股甲公司子公司。", nil},
		{"丙资本收购了甲公司的子公司。", nil},
		{"丙资本以5亿元入股甲公司子公司，持股20%。", nil},
		// A work edited by someone: a contribution, like one directed or
		// produced; an organisation is not edited.
		{"A collection of his speeches was published as a book, Gizmo, edited by John Doe, former financial editor of The Guardian.", []string{"John Doe contributedTo Gizmo"}},
		{"Gizmo was edited by John Doe.", []string{"John Doe contributedTo Gizmo"}},
		{"Gizmo, edited by John Doe and Jane Roe, appeared in 1990.", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo"}},
		{"Acme Robotics was edited by John Doe.", nil},
		// A named person's work ("Poe's The Purloined Letter"), not a
		// pronoun's; a work by a person after a kind of work or opening a list
		// item, not after "of" (who sold or used it).
		{"John Doe is mentioned in Jane Roe's Gizmo (1844).", []string{"Jane Roe authored Gizmo"}},
		{"It was inspired by Jane Roe's Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Two of her students detailed their experiences: John Doe, in a short article, and Jane Roe, in his Gizmo.", nil},
		{"A sonatina provides the title for the French novella Gizmo by Jane Roe.", []string{"Jane Roe authored Gizmo"}},
		{"Other titles included a number of sequels, Gizmo by Jane Roe, and Widget OS.", []string{"Jane Roe authored Gizmo"}},
		{"Gizmo (1912) by John Doe is a novel.", []string{"John Doe authored Gizmo"}},
		{"The sale of Gizmo by John Doe was announced.", nil},
		{"The use of Gizmo by Jane Roe grew.", nil},
		{"Gizmo was praised by John Doe.", nil},
		{"John Doe's company, Acme Robotics, grew.", nil},
		// A title before 、 and a list of titles that ends in a name is that
		// name's, and ends no clause of the subject's, even where a pronoun
		// later in the sentence names the subject.
		{"2015年7月，李四團隊育种達成早季畝產703公斤。\n戊大学所长、美国前甲公司长张三博士高度评价说：“我们把李四先生称为‘杂交水稻之父’，因为他的成就不仅是中国的骄傲。”", []string{"张三 led 戊大学 [所长]", "张三 led 甲公司", "张三 worksFor 戊大学 [所长]", "张三 worksFor 甲公司"}},
		{"李四是乙大学教授。戊大学所长、甲公司董事。", []string{"李四 led 戊大学", "李四 worksFor 乙大学 [教授]", "李四 worksFor 戊大学 [所长]"}},
		// An organisation and lower-case words that describe a person before
		// the person's name make one phrase whose head is the person; a
		// conjunction or a preposition after the organisation ends it.
		{"Beta Labs, founded by former Acme Robotics sales representative John Doe in 2003, makes clones.", []string{"John Doe founded Beta Labs", "John Doe worksFor Acme Robotics [sales representative]"}},
		{"Beta Labs was founded by Acme Robotics veteran John Doe.", []string{"John Doe founded Beta Labs", "John Doe worksFor Acme Robotics [veteran]"}},
		{"Beta Labs was founded by former Acme Robotics chief executive John Doe.", []string{"John Doe founded Beta Labs", "John Doe led Acme Robotics [chief executive]", "John Doe worksFor Acme Robotics [chief executive]"}},
		{"Beta Labs was founded by Acme Robotics and John Doe.", []string{"Acme Robotics founded Beta Labs"}},
		// A list that is its clause's object opens no clause: a later clause
		// without a subject goes on with the sentence's subject, not with the
		// list's last member.
		{"张三是作家。后来他到上海，结识了王五、李四等人，并任甲公司主要撰稿人。", []string{"张三 worksFor 甲公司 [撰稿人]"}},
		{"张三是作家。后来他结识了王五、李四，并任甲公司总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		// Nor does a list's later member open a clause whose subject goes on.
		{"刚开始时是由投资王五、李四的电影而进入电影行业，尤其是每年投资王五导演的贺岁片而声名鹊起，随后全面投入传媒产业，在这些领域都取得了不错的成绩，并且在2005年成立甲公司。", nil},
		// A list of people that a count closes is the subject of the clause
		// after its comma, each member; a list closed by 等 alone is not.
		{"1897年，张三、李四、王五三人，集资3750元创立甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		{"张三是作家。当时，甲公司云集了一大批专家，如：王五、李四等，出版了《星火系统》。", []string{"甲公司 developed 星火系统"}},
		// Taking a head's post as a verb phrase of led (and of worksFor), so
		// the constructions apply to it: coordinated after another clause too.
		{"Jane Roe served Beta Labs as vice-chairman from 1932, and assumed chairmanship of Acme Robotics in 1938.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs [vice-chairman]"}},
		{"In 1990 John Doe, already a director, took over the presidency of Acme Robotics.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		// The counts that close a list of people are one list in both places
		// that read them: five and more, and 位.
		{"张三、李四、王五、Mary Major、Jane Roe五人，集资创立甲公司。", []string{"Jane Roe founded 甲公司", "Mary Major founded 甲公司", "张三 founded 甲公司", "李四 founded 甲公司", "王五 founded 甲公司"}},
		{"张三、李四、王五、Mary Major四位共同创立了甲公司。", []string{"Mary Major cofounded 甲公司", "张三 cofounded 甲公司", "李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		// Work named by where one went to work, by a clause of "while working",
		// by "employed at", by an apprenticeship to a firm, by an engagement.
		{"John Doe traveled to Venice to work at the Acme Robotics factory on the island of Murano.", []string{"John Doe worksFor Acme Robotics"}},
		{"John Doe developed the Gizmo interpreter while working for Acme Robotics, which later became part of Beta Labs.", []string{"Beta Labs acquired Acme Robotics", "John Doe authored Gizmo", "John Doe worksFor Acme Robotics"}},
		{"When John Doe was working at Acme Robotics, Jane Roe joined Beta Labs.", []string{"Jane Roe worksFor Beta Labs", "John Doe worksFor Acme Robotics"}},
		{"John Doe, an engineer formerly employed both at Acme Robotics and at Beta Labs, was arrested.", []string{"John Doe worksFor Acme Robotics [engineer]", "John Doe worksFor Beta Labs [engineer]"}},
		{"John Doe was apprenticed to the engineering firm of Acme Robotics, Springfield.", []string{"John Doe worksFor Acme Robotics"}},
		{"John Doe was apprenticed to Jane Roe.", []string{"John Doe advisor Jane Roe"}},
		{"His father was John Doe who in 1839 was engaged by Acme Robotics as a constructive engineer.", []string{"John Doe worksFor Acme Robotics"}},
		{"John Doe spent the first of four consecutive summers teaching at Delta University in Springfield.", []string{"John Doe worksFor Delta University"}},
		{"John Doe was engaged to Jane Roe, who worked at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A scholarship to attend a school.
		{"In 1966 John Doe received a full scholarship to attend Delta University.", []string{"John Doe educatedAt Delta University"}},
		{"John Doe won a scholarship to study at Delta University but went to Acme Robotics instead.", []string{"John Doe educatedAt Delta University"}},
		// 朱庆澜任会长的辽吉黑民众后援会: the post in a relative clause before
		// the organisation; 由某人挂帅: led.
		{"1933年2月，张三任会长的甲公司改组为乙大学，李四成为该会的领导之一。", []string{"张三 led 甲公司 [会长]", "张三 worksFor 甲公司 [会长]"}},
		{"张三任教授的乙大学在北京。", []string{"张三 worksFor 乙大学 [教授]"}},
		{"此后甲公司成立乙大学，由张三挂帅。", []string{"张三 led 乙大学", "甲公司 founded 乙大学"}},
		// A head by "under the presidency of"; a cleric's style before the name;
		// a kinsman sharing the subject's verb.
		{"Under the presidency of John Doe, Acme Robotics was renamed Beta Labs in 1924.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Under the chairmanship of John Doe, the company Acme Robotics grew.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"His great-grandson, the Rt. Rev. John Doe, was the Episcopal bishop of Acme Robotics, and another great-grandson, Jane Roe, is an Episcopal priest.", []string{"John Doe worksFor Acme Robotics [episcopal bishop]"}},
		{"From 1916 to 1917, John Doe and his wife led the Gizmo of the museum through much of Yunnan.", []string{"John Doe led Gizmo"}},
		{"John Doe and his brother founded Acme Robotics in 1990.", []string{"John Doe founded Acme Robotics"}},
		{"Jane Roe met John Doe and his wife joined Acme Robotics.", nil},
		// A school's name before "graduate"; tuition paid; a thesis submitted.
		{"Her manager was John Doe, another migrant and Delta University graduate (class of 1785), who would become his partner.", []string{"John Doe educatedAt Delta University"}},
		{"John Doe, a Delta University graduate, joined Acme Robotics.", []string{"John Doe educatedAt Delta University", "John Doe worksFor Acme Robotics"}},
		{"John Doe, a friend of Acme Robotics graduate Jane Roe, spoke.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"John Doe taught himself taxidermy and used funds from this hobby to pay tuition to Delta University.", []string{"John Doe educatedAt Delta University"}},
		{"A description of this system, Gizmo (1889), was submitted by John Doe to Delta University as his doctoral thesis, and is reprinted.", []string{"John Doe authored Gizmo"}},
		{"Gizmo was submitted by John Doe as his thesis.", []string{"John Doe authored Gizmo"}},
		{"Gizmo was submitted by Acme Robotics to the regulator.", nil},
		// 著有诗集《A》、小说《B》: a work's kind before each title of a list;
		// 以X为基础研发出Y.
		{"张三愛好廣泛，著有詩集《星火系统》、小说《Gizmo》及《Widget OS》等，家庭觀念極濃。", []string{"张三 authored Gizmo", "张三 authored Widget OS", "张三 authored 星火系统"}},
		{"张三著有詩集《星火系统》、小说《Gizmo》等。", []string{"张三 authored Gizmo", "张三 authored 星火系统"}},
		{"张三导演了电影《星火系统》和纪录片《Gizmo》。", []string{"张三 contributedTo Gizmo", "张三 contributedTo 星火系统"}},
		{"甲公司开发了《星火系统》、收购了《Gizmo》。", []string{"甲公司 developed 星火系统"}},
		{"甲公司便以此架飛機為基礎，研發出星火系统，该年10月便已生產29架。", []string{"甲公司 developed 星火系统"}},
		// Posts: 代表取締役 (a Japanese company's head), 技師, 賬房, 總台長.
		{"1938年，张三成為甲公司與戊科技的代表取締役。", []string{"张三 led 戊科技 [代表取缔役]", "张三 led 甲公司 [代表取缔役]", "张三 worksFor 戊科技 [代表取缔役]", "张三 worksFor 甲公司 [代表取缔役]"}},
		{"1916年，甲公司由张三以及乙大学技師李四共同創立。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司", "李四 worksFor 乙大学 [技师]"}},
		{"张三曾在甲公司擔任賬房，不僅充當會計。", []string{"张三 worksFor 甲公司 [账房]"}},
		{"2014年，乙大学社長李四與甲公司總台長张三簽署合作協議。", []string{"张三 led 甲公司 [总台长]", "张三 worksFor 甲公司 [总台长]", "李四 led 乙大学 [社长]", "李四 worksFor 乙大学 [社长]"}},
		// Shares: 持有X%股权的甲公司, 持股的甲公司, the holder of a joint venture
		// named after it; a relative clause of holding heads its own name, not a
		// subsidiary named after it.
		{"1月18日，丙资本持有20.76%股權的甲公司將收购戊科技。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本持股的甲公司上市了。", []string{"丙资本 investedIn 甲公司"}},
		{"2014年，甲公司與丙资本合作推出新品牌，成立合資公司戊科技（shenma），丙资本持股70%，甲公司持股30%，共同發展。", []string{"丙资本 investedIn 戊科技", "甲公司 investedIn 戊科技"}},
		{"10月8日，丙资本持有34.56%股權的甲公司旗下的戊科技同意斥資100億美元收購乙大学的業務。", nil},
		{"2008年9月，美國企業家张三控股的甲公司的附屬公司戊科技以每股8港元，買入乙大学10%的股權。", nil},
		{"丙资本入股了甲公司旗下的戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本入股了甲公司的附属公司戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"丙资本入股了甲公司的附属公司。", nil},
		// Founding: a subsidiary after 全资附属公司 and a dash; what a dash goes on
		// to say the subject did.
		{"张三于1995年在广东省深圳市成立乙大学全资附属公司——甲公司，以接管业务。", []string{"张三 founded 甲公司"}},
		{"去年年底，张三还正式宣布大模型创业了——创立甲公司，透露将带队打造模型。", []string{"张三 founded 甲公司"}},
		// Heads: 该处处长 after what was just set up; 管理; 带头人. 经营 is
		// said of products as well as firms (设厂经营保济丸), and gives no head.
		{"1930年7月在上海成立甲公司，派张三任该处第一任总监兼上海海港检疫所所长。", []string{"张三 worksFor 甲公司 [总监]"}},
		{"1928年9月，上海公共租界工部局成立甲公司，张三出任该处处长，负责管理上海公共租界的华人教育。", []string{"张三 led 甲公司 [处长]", "张三 worksFor 甲公司 [处长]"}},
		{"在张三管理甲公司的三年之中，他只开出了3家门店。", []string{"张三 led 甲公司"}},
		{"张三开始经营甲公司。", nil},
		{"张三在香港继续设厂经营星火系统。", nil},
		{"乙大学带头人张三发言。", []string{"张三 led 乙大学 [带头人]", "张三 worksFor 乙大学 [带头人]"}},
		{"乙大学多媒体实验室带头人张三发言。", []string{"张三 worksFor 乙大学 [带头人]"}},
		{"甲公司管理乙大学的资产。", nil},
		// "was instrumental in"; "created what was to become the first … game,
		// X"; how long a post was held between the verb and the post; "moving on
		// to assume the presidency of".
		{"Alumnus John Doe was instrumental in the development of Gizmo.", []string{"John Doe contributedTo Gizmo"}},
		{"John Doe was instrumental in Acme Robotics.", nil},
		{"John Doe and Jane Roe created what was to become the first Acme Robotics game, Gizmo, in 1977.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"John Doe (1831 – 10 March 1923) was for twenty-six years an engineer for Acme Robotics and engineer-in-chief to the Beta Labs from 1878 to 1900.", []string{"John Doe worksFor Acme Robotics [engineer]"}},
		{"John Doe was from 1990 to 2000 a professor at Delta University.", []string{"John Doe worksFor Delta University [professor]"}},
		{"John Doe served as president of the College from 2007 to 2017, moving on to assume the presidency of Acme Robotics.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"John Doe studied physics, going on to join Acme Robotics.", []string{"John Doe worksFor Acme Robotics"}},
		// A list of names, each with its title set off after it: the title after
		// a name is that name's, even where the next name follows its
		// organisation ("founder of Bates College, Oren Cheney (1839), the
		// current chancellor of X, Marye Anne Fox" reads the other way, and is
		// left to a wrong fact rather than breaking this shape).
		{"Alumni include John Doe, CEO of Acme Robotics, Jane Roe, CTO of Beta Labs, and Mary Major.", []string{"Jane Roe worksFor Beta Labs [CTO]", "John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		// 被 + a relative clause before the employer + 聘为: the one hired works
		// there; the verb of the relative clause describes the employer, not the
		// subject (no founding from 被最早成立了心理系的乙大学).
		{"张三被最早成立了心理系的乙大学聘为教授。", []string{"张三 worksFor 乙大学 [教授]"}},
		{"张三被李四创办的甲公司聘为顾问。", []string{"张三 worksFor 甲公司 [顾问]"}},
		{"张三被乙大学聘为教授。", []string{"张三 worksFor 乙大学 [教授]"}},
		{"张三被任命后创立了甲公司。", []string{"张三 founded 甲公司"}},
		// "the founding members were A, B and C" after what was founded; "thus
		// became the founder of"; a works or furnace erected.
		{"Acme Robotics was founded on June 22, 1979; the founding members were John Doe, Jane Roe and Mary Major.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics", "Mary Major founded Acme Robotics"}},
		{"John Doe thus became the founder of Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		{"In 1771 John Doe erected Acme Robotics along the French Creek.", []string{"John Doe founded Acme Robotics"}},
		{"John Doe erected a statue of Jane Roe in Springfield.", nil},
		// A semester at a school; "while attending" a school; "a Wellesley College
		// student named Eileen Loo".
		{"John Doe holds a bachelor’s degree in Mechanical Engineering from the Beta Labs and completed a semester at Delta University in Finland.", []string{"John Doe educatedAt Beta Labs", "John Doe educatedAt Delta University"}},
		{"In 1994, John Doe created his own Linux distribution (John Doe had worn a red hat, given to him by his grandfather, while attending Delta University).", []string{"John Doe educatedAt Delta University"}},
		{"While visiting New York City in the late 1930s, John Doe met a Delta University student named Jane Roe.", []string{"Jane Roe educatedAt Delta University"}},
		{"John Doe spent two semesters teaching at Delta University.", []string{"John Doe worksFor Delta University"}},
		// Posts by their Chinese names: heads of works, mines, stations and
		// army units, academy heads of the old schools, and staff titles; an
		// assistant or secretary to a head holds no head's post.
		{"1913年张三获政府委任为甲公司技监。", []string{"张三 worksFor 甲公司 [技监]"}},
		{"张三任甲公司副厂长。", []string{"张三 worksFor 甲公司 [副厂长]"}},
		{"张三曾任乙大学总教习。", []string{"张三 led 乙大学 [总教习]", "张三 worksFor 乙大学 [总教习]"}},
		{"张三是甲公司首席经济学家。", []string{"张三 worksFor 甲公司 [首席经济学家]"}},
		{"张三任甲公司总经理助理。", []string{"张三 worksFor 甲公司 [总经理助理]"}},
		{"张三任甲公司董事长秘书。", []string{"张三 worksFor 甲公司 [董事长秘书]"}},
		// A title that ends in 长 does not run into 长期 (an adverb), and
		// the 长 of 技师长 is no army unit's head; a title past 该 is held
		// at what 该 names.
		{"张三任甲公司集团长期战略顾问。", []string{"张三 worksFor 甲公司 [顾问]"}},
		{"张三任乙大学校长期间，创办了戊科技。", []string{"张三 founded 戊科技", "张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		{"1902年张三辭去甲公司的技師長職位。", []string{"张三 worksFor 甲公司 [技师长]"}},
		{"1986年，新华社记者采写的反映该厂及厂长张三事迹的通讯发表。", nil},
		// 厂长 heads a works: the works named, not a company one of whose
		// works it is.
		{"张三任庚厂厂长。", []string{"张三 led 庚厂 [厂长]", "张三 worksFor 庚厂 [厂长]"}},
		{"张三出任甲公司厂长。", []string{"张三 worksFor 甲公司 [厂长]"}},
		{"甲公司香港工厂厂长张三表示。", []string{"张三 worksFor 甲公司 [厂长]"}},
		// A title after "entitled," with a comma; a sale agreed or
		// decided on, not one planned or refused.
		{"With Jane Roe, Doe wrote an influential 1979 paper entitled, \"Gizmo\", which introduced the term.", []string{"John Doe authored Gizmo"}},
		{"Acme Robotics grew fast. In 1990 the Does decided to sell the company to Gamma Capital.", []string{"Gamma Capital acquired Acme Robotics"}},
		{"Doe agreed to sell Acme Robotics to Beta Labs.", []string{"Beta Labs acquired Acme Robotics"}},
		{"Doe planned to sell Acme Robotics to Beta Labs.", nil},
		{"Doe refused to sell Acme Robotics to Beta Labs.", nil},
		// A clause of 成立了 with no subject of its own gives no founder
		// from an earlier sentence: what sets the body up is as often an
		// organisation the text does not name again.
		{"张三于1950年加入甲公司。1978年，更名为戊科技，并在原校址成立了乙大学。", []string{"张三 worksFor 甲公司"}},
		{"张三于1950年加入甲公司。次年，他成立了乙大学。", []string{"张三 founded 乙大学", "张三 worksFor 甲公司"}},
		// A title in a parenthesis after a name holds wherever the name
		// stands, after a preposition too; a short parenthesis of years
		// gives the name no verb after it.
		{"With financial backing from John Doe (the director of Acme Robotics) and Jane Roe, he staged it.", []string{"John Doe led Acme Robotics [director]", "John Doe worksFor Acme Robotics [director]"}},
		{"He bought the firm from John Doe (1745–1815) and founded Beta Labs.", nil},
		{"Jane Roe, Executive Secretary for Beta Labs, and John Doe gave support.", []string{"Jane Roe worksFor Beta Labs [executive secretary]"}},
		// "had risen to become" as a copula.
		{"Jane Roe joined Acme Robotics in 1970. By 1989, she had risen to become senior attending physician at Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs [attending physician]"}},
		// A name after a verb of naming and a measure word (一个叫张三的广告人)
		// is the person the noun after 的 is, no possessor, and the subject
		// of the clauses after it.
		{"一个叫张三的广告人创办了甲公司。", []string{"张三 founded 甲公司"}},
		{"名叫张三的工程师加入了甲公司。", []string{"张三 worksFor 甲公司"}},
		{"他们叫张三的公司投资了甲公司。", nil},
		{"2014年，一个叫张三的广告人创业，创办了全国首款重庆小面品牌——甲公司。", []string{"张三 founded 甲公司"}},
		{"他们叫张三的公司创业，创办了甲公司。", nil},
		{"张三的公司投资了甲公司。", nil},
		// Where a company is based, and a number joined to the word it
		// counts, describe the name after them.
		{"Roe joined the London-based Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Acme Robotics acquired and merged with Los Angeles-based Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme Robotics acquired Johannesburg, South Africa-based Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Roe, managing partner of 300-lawyer Acme Robotics, said.", []string{"Jane Roe led Acme Robotics [managing partner]", "Jane Roe worksFor Acme Robotics [managing partner]"}},
		{"Roe joined the 1,200-person Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe joined the 1200 Acme Robotics.", nil},
		{"Roe joined the London-based bank and Acme Robotics.", nil},
		// The assets of a company bought are the company bought.
		{"Acme Robotics bought most of the assets of Beta Labs in 2011.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme Robotics sold the assets of Beta Labs to Gamma Capital.", nil},
		// A short label and a colon before a name (儿子：张三，…, an item of
		// a family list): the name is the subject of the clauses after it.
		{"李四毕业于乙大学。儿子：张三，早年在甲公司从事电器修理工作。", []string{"张三 worksFor 甲公司", "李四 educatedAt 乙大学"}},
		{"李四毕业于乙大学。儿子张三，早年在甲公司从事电器修理工作。", []string{"李四 educatedAt 乙大学"}},
		{"李四毕业于乙大学。儿子：早年在甲公司从事电器修理工作。", []string{"李四 educatedAt 乙大学"}},
		// A birthplace named as the city of X; a grant to study there or
		// under someone; the post taken up on leaving.
		{"Roe was born in the German city of Springfield, the youngest son of a merchant.", []string{"Jane Roe bornIn Springfield"}},
		{"Aged 17, Roe was awarded a senior scholarship to study medicine at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs"}},
		{"Roe was awarded a Rhodes Scholarship to study under Doe at Beta Labs.", []string{"Jane Roe advisor John Doe", "Jane Roe educatedAt Beta Labs"}},
		{"Roe was awarded a scholarship to study medicine, but worked at Beta Labs.", nil},
		{"Unhappy there, Roe left to become a professor at Beta Labs from 1968 until she retired in 1975.", []string{"Jane Roe worksFor Beta Labs [professor]"}},
		{"Roe left Beta Labs in 1950 to become chairman of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]", "Jane Roe worksFor Beta Labs"}},
		{"Roe left Beta Labs, and Doe went on to become a professor at Acme Robotics.", []string{"Jane Roe worksFor Beta Labs", "John Doe worksFor Acme Robotics [professor]"}},
		// 在 and a relative clause before a company where one works: the
		// clause's verb is another's (父亲创办的); the work is his.
		{"张三在父亲与他人合资开设的甲公司工作，一开始担任经理的职务。", []string{"张三 worksFor 甲公司 [经理]"}},
		{"张三后来在别人投资的甲公司工作。", []string{"张三 worksFor 甲公司"}},
		{"张三在李四创办的甲公司任职。", []string{"张三 worksFor 甲公司"}},
		{"张三在上海创办的甲公司很成功。", []string{"张三 founded 甲公司"}},
		{"张三在上海创办了甲公司。", []string{"张三 founded 甲公司"}},
		// 督理, 督办: heading an office or a works in the old titles' words.
		{"1883年张三督理甲公司，其间收入也用于军费。", []string{"张三 led 甲公司"}},
		{"张三在上海督办纺织业。", nil},
		// 由 and the agent, then a date ending in 年 or a parenthesis and a
		// place, before the verb; 始创.
		{"甲公司由张三在清光绪二十二年（1896年）於佛山始創，以生產保濟丸闻名。", []string{"张三 founded 甲公司"}},
		{"甲公司由张三始创。", []string{"张三 founded 甲公司"}},
		{"甲公司由张三在2000年收购，2001年在上海成立。", nil},
		// An item of a list of people: the name, a colon, what the person is.
		{"张三：革命家、甲公司的创始人之一；1913年就读于乙大学。", []string{"张三 educatedAt 乙大学", "张三 founded 甲公司"}},
		{"张三：甲公司创始人。", []string{"张三 founded 甲公司"}},
		{"张三：李四的学生、甲公司的投资人。", nil},
		// A name quoted after a word of naming, in straight or single curly
		// marks; the closing apostrophe is no possessive.
		{"Acme Robotics launched a robotics line of toys called 'Gizmo' in 1999.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics launched a product called ‘Gizmo’ in 1999.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics launched a new product called \"Gizmo\" in 1999.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics launched a product called 'Gizmo readers' in 1999.", nil},
		{"Roe joined Acme Robotics' board in 1999.", []string{"Jane Roe worksFor Acme Robotics [board]"}},
		// A list of makers, each with a work and its year in parentheses.
		{"Acme Robotics commissioned music from composers such as Roe (Gizmo, 1911), Doe (Widget OS, 1913), Major (Star, 1917).", []string{"Jane Roe authored Gizmo", "John Doe authored Widget OS"}},
		{"Acme Robotics commissioned works from composers such as Mary Major, Roe (Gizmo, 1911) and Doe (Widget OS, 1913).", []string{"Jane Roe authored Gizmo", "John Doe authored Widget OS"}},
		{"Acme Robotics hired actors such as Roe (Gizmo, 1911), Doe (Widget OS, 1913).", nil},
		// A post at what opened or was set up in the clause before.
		{"1873年，甲公司正式营业，张三担任会办。", []string{"张三 worksFor 甲公司 [会办]"}},
		{"甲公司开业后，张三担任总经理，李四任副总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]", "李四 worksFor 甲公司 [副总经理]"}},
		{"甲公司成立后，张三担任乙大学校长。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		// 现在, 所在 and 正在 hold 在 as no preposition: the guard for a
		// relative clause before a workplace keeps out of them.
		{"张三现在领导的甲公司从事研发。", []string{"张三 led 甲公司", "张三 worksFor 甲公司"}},
		// A verb after 所 is a relative clause on the noun after 的: its
		// object is that noun, not a name further on.
		{"张三所领导的团队包括甲公司的员工。", nil},
		{"张三所领导的抗议活动包括在甲公司的办公厅静坐。", nil},
		{"张三所领导的甲公司在2010年上市。", []string{"张三 led 甲公司", "张三 worksFor 甲公司"}},
		{"张三所创办的甲公司在2010年上市。", []string{"张三 founded 甲公司"}},
		{"张三所创立的第一家公司甲公司在2010年上市。", []string{"张三 founded 甲公司"}},
		// The agent of 被 is the organisation that appoints, past a
		// parenthesis after its name; the verb before it describes it.
		{"张三被最早成立了心理系的乙大学（前身是东南大学）聘为副教授。", []string{"张三 worksFor 乙大学"}},
		{"张三被最早成立了心理系的乙大学聘为副教授。", []string{"张三 worksFor 乙大学 [副教授]"}},
		// A clause with no subject before the document first names the
		// person it is about is not theirs; after it, it goes on with them.
		{"1945年8月，成立了甲公司和乙大学。1946年，张三加入甲公司，任总经理。张三后来离开了。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"1930年，加入了甲公司。张三后来创办了戊科技。", []string{"张三 founded 戊科技"}},
		{"张三生于1900年。1945年8月，成立了甲公司。1946年，张三加入甲公司，任总经理。", []string{"张三 founded 甲公司", "张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		// "advised X to do": counsel, not a student's guidance.
		{"Doe then advised Roe to petition Parliament for the prize.", nil},
		{"Doe advised Roe that the prize was lost.", nil},
		{"Doe advised Roe against the move.", nil},
		{"Doe advised Roe, who wrote a thesis on Gizmo.", []string{"Jane Roe advisor John Doe"}},
		// A mentor found in someone, a mentor at a place, an apprentice
		// under a master; a thing made or built by a person.
		{"Roe switched her focus, and found a new mentor in John Doe, head of the Cambridge department.", []string{"Jane Roe advisor John Doe"}},
		{"Roe's patron and mentor at Beta Labs was now John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Roe's teacher was Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Roe survived a childhood bout of smallpox to serve as an apprentice potter under her eldest brother John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Roe found a new home in Springfield.", nil},
		{"Roe found a mentor in the work of John Doe.", nil},
		{"Gizmo was made by Roe, who had been apprenticed to John Doe.", []string{"Jane Roe advisor John Doe", "Jane Roe authored Gizmo"}},
		{"Gizmo was built by Roe in 1990.", []string{"Jane Roe authored Gizmo"}},
		{"Gizmo was built by Acme in 1990.", []string{"Acme Robotics developed Gizmo"}},
		// A post at what was just set up (设), the first of two listed.
		{"1890年中国设甲公司，张三任局长、李四则任副局长，于山麓种植桑树。", []string{"张三 led 甲公司 [局长]", "张三 worksFor 甲公司 [局长]"}},
		{"他设计甲公司，张三任局长。", nil},
		// The student after a relative clause of study abroad.
		{"1911年，曾到美国乙大学化学系留学学习化学的张三学成归国。", []string{"张三 educatedAt 乙大学"}},
		{"当时正在美国乙大学化学工程系留学的张三于1919年接受了邀请。", []string{"张三 educatedAt 乙大学"}},
		{"在乙大学读书的学生中，张三最优秀。", nil},
		// Founders who put up the money: 由A与B联合出资，建立X.
		{"8月21日，由甲公司与丙资本联合出资，正式建立戊科技。", []string{"丙资本 founded 戊科技", "丙资本 investedIn 戊科技", "甲公司 founded 戊科技", "甲公司 investedIn 戊科技"}},
		{"由张三与李四合资，创办了甲公司。", []string{"张三 founded 甲公司", "张三 investedIn 甲公司", "李四 founded 甲公司", "李四 investedIn 甲公司"}},
		// A post for a unit between an organisation's possessive and the
		// name: a member of its staff, no head of it.
		{"Acme's Chief Strategist for the Strategy and Technology Office, Jane Roe, became the consortium's first president.", []string{"Jane Roe worksFor Acme Robotics [chief strategist]"}},
		{"Acme's head of research in Europe, Jane Roe, said so.", []string{"Jane Roe worksFor Acme Robotics [head]"}},
		{"Acme's president, Jane Roe, said so.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		// A teacher after a description (师从…得主、校长X) or before 指导下;
		// 期间, 其间, 此后 open a clause that goes on without a subject.
		{"张三生于中国。1927年夏赴美国留学，师从1923年诺贝尔物理奖得主、校长李四，1931年获博士学位。", []string{"张三 advisor 李四", "张三 bornIn 中国"}},
		{"张三生于中国。1923年，转入乙大学，在李四教授指导下，于1926年完成了论文。", []string{"张三 advisor 李四", "张三 bornIn 中国"}},
		{"张三生于中国。后来师从王五的学生李四。", []string{"张三 bornIn 中国", "李四 advisor 王五"}},
		{"张三生于中国。期间曾赴乙大学进修。", []string{"张三 bornIn 中国", "张三 educatedAt 乙大学"}},
		{"张三生于中国。此后赴乙大学进修。", []string{"张三 bornIn 中国", "张三 educatedAt 乙大学"}},
		// A work someone went on to design or compose; a donor to its
		// making is not its author.
		{"Roe went on to design Gizmo and Widget OS.", []string{"Jane Roe authored Gizmo", "Jane Roe authored Widget OS"}},
		{"Roe later went on to compose Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Roe donated money to design Gizmo.", nil},
		{"Roe plans to design Gizmo.", nil},
		// The future of a past narrative, told as done ("would later
		// join"); a bare "would" states nothing. Taking part, helping to
		// design: what someone went on to do.
		{"Roe would later join Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe would go on to found Acme.", []string{"Jane Roe founded Acme Robotics"}},
		{"Roe would later take part in Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe would join Acme if asked.", nil},
		{"Roe said she would join Acme.", nil},
		{"Roe would never join Acme.", nil},
		{"Roe went on to help design Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe donated money to help develop Gizmo.", nil},
		{"Roe contributed to Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		// A list of people, each with a title: a short gap before a name
		// ends at a word's start, so no descriptor opens inside "with" or
		// "and" and the next person takes no one else's title.
		{"He invited Doe, lead engineer at Beta Labs, and Mary Major.", []string{"John Doe worksFor Beta Labs [lead engineer]"}},
		{"He met Doe, lead engineer at Beta Labs, with Mary Major.", []string{"John Doe worksFor Beta Labs [lead engineer]"}},
		{"And former chairman of Beta Labs, Mary Major, said so.", []string{"Mary Major led Beta Labs [chairman]", "Mary Major worksFor Beta Labs [chairman]"}},
		// Absolute clauses that give the post at the organisation just
		// named, and a post whose organisation stands in apposition.
		{"In 1847 Beta Labs was established, with Roe as its head.", []string{"Jane Roe led Beta Labs [head]", "Jane Roe worksFor Beta Labs [head]"}},
		{"In 1973 he created Beta Labs, Jane Roe being its first President.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Beta Labs [president]"}},
		{"As editor of his newspaper, the Acme Robotics, Roe defied the trends.", []string{"Jane Roe led Acme Robotics [editor]", "Jane Roe worksFor Acme Robotics [editor]"}},
		{"Roe merged Acme Robotics with Beta Labs, with Doe as its chairman.", nil},
		{"He worked at Beta Labs, with Roe as his advisor.", nil},
		// An organisation's own noun after its name, where "the" opens
		// the phrase: "the Pleyel firm manufactured pianos".
		{"In Paris the Acme Robotics firm manufactured Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"The Acme Robotics company acquired Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme Robotics firm manufactured Gizmo.", nil},
		// Patents, pioneering, inventions and discoveries: their maker.
		{"Gizmo, pioneered by Jane Roe, is old.", []string{"Jane Roe authored Gizmo"}},
		{"It used Gizmo pioneered by Roe in the 1860s.", []string{"Jane Roe authored Gizmo"}},
		{"Gizmo was patented in 1825 in Springfield by Jane Roe.", []string{"Jane Roe authored Gizmo"}},
		{"Roe patented Gizmo in 1859.", []string{"Jane Roe authored Gizmo"}},
		{"The invention of Gizmo by Jane Roe changed everything.", []string{"Jane Roe authored Gizmo"}},
		{"The discovery of Gizmo by chemist Jane Roe in 1873 made it possible.", []string{"Jane Roe authored Gizmo"}},
		{"Roe's invention of Gizmo came later.", []string{"Jane Roe authored Gizmo"}},
		{"Roe never patented Gizmo.", nil},
		// A country the dictionary does not list, right before the name
		// of an organisation, says where it is.
		{"于是张三前往德国乙大学技术物理系学习实验弹道学。", []string{"张三 educatedAt 乙大学"}},
		{"张三赴日本甲公司工作。", []string{"张三 worksFor 甲公司"}},
		{"张三前往德国留学，后加入甲公司。", []string{"张三 worksFor 甲公司"}},
		// Past the subject's clause, a person named before the verb is
		// the verb's subject; a pronoun there may be a companion's.
		{"李四毕业于乙大学后，张三加入甲公司。", []string{"张三 worksFor 甲公司", "李四 educatedAt 乙大学"}},
		{"张三毕业于乙大学后，随即加入甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		// A clause without a subject of its own before the one whose
		// subject it shares.
		{"1936年以优异成绩从乙大学毕业后，张三原本计划进入甲公司工作。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"毕业于乙大学后，张三加入甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		// Running a business with one's own or joint capital; a joint
		// founding told with a comma between the joint work and the
		// founding.
		{"张三曾独资或合资经营甲公司、戊科技、庚厂等众多企业。", []string{"张三 investedIn 庚厂", "张三 investedIn 戊科技", "张三 investedIn 甲公司"}},
		{"1996年1月，甲公司与戊科技合作，成立庚厂。", []string{"戊科技 founded 庚厂", "甲公司 founded 庚厂"}},
		{"2004年12月，由甲公司与戊科技合作，成立“庚厂”，经营管理数码城。", []string{"戊科技 founded 庚厂", "甲公司 founded 庚厂"}},
		{"甲公司与戊科技合作，开发了星火系统。", nil},
		// A name wrapped in straight double quotation marks after a
		// lower-case word, as a whole noun phrase; not after a comma or a
		// possessive, nor as a modifier of a noun after it.
		{"In 1927, Acme Robotics introduced \"Gizmo\", a capsule.", []string{"Acme Robotics developed Gizmo"}},
		{"In 1927, Acme Robotics introduced the \"Gizmo\", a capsule.", []string{"Acme Robotics developed Gizmo"}},
		{"In 1958, Acme Robotics acquired the \"Beta Labs\" dessert products company and its factory.", nil},
		{"Under Roe, \"Gizmo\" was introduced.", nil},
		{"He made a film inspired by Roe's \"Gizmo\", and Widget OS, a film about dreams.", nil},
		// A firm that publishes a work brings it out; "published by" a
		// firm stays a journal's or a publisher's. Partners who work
		// together to create a product both make it.
		{"In 1991, Acme Robotics published Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"In 2011 Beta Labs partnered with Acme Robotics to create Gizmo, a new project.", []string{"Acme Robotics developed Gizmo", "Beta Labs developed Gizmo"}},
		{"Roe partnered with Acme Robotics to create Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Beta Labs partnered with Acme Robotics to sell Gizmo.", nil},
		// Teaching at a school: a list of subjects, or an infinitive after
		// the verb that begins it; a negation still withholds it.
		{"Roe began to teach Spanish, physics and mathematics at Beta Labs in Springfield.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe went on to teach at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe taught Spanish, physics and mathematics at Beta Labs.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe decided not to teach at Beta Labs.", nil},
		// Holders named after a comma: "its three founding shareholders
		// are A, B and C"; "A holds 36% and remains B's largest
		// shareholder".
		{"1995年张三创建庚厂，三大创始股东是甲公司、戊科技和丙资本，分别持股。", []string{"丙资本 investedIn 庚厂", "张三 founded 庚厂", "戊科技 investedIn 庚厂", "甲公司 investedIn 庚厂"}},
		{"转让后，甲公司占36%，仍为戊科技第一大股东。", []string{"甲公司 investedIn 戊科技"}},
		{"转让后，甲公司占36%，仍为戊科技第一大客户。", nil},
		// Work on a product told by the kind of work, after a comma, and
		// "first" or "initially" before it.
		{"Roe began her career at Acme Robotics, first level designing on Gizmo and then programming on Widget OS.", []string{"Jane Roe contributedTo Gizmo", "Jane Roe worksFor Acme Robotics"}},
		{"Roe joined Acme Robotics in 1990, initially working on Gizmo.", []string{"Jane Roe contributedTo Gizmo", "Jane Roe worksFor Acme Robotics"}},
		// A count of things made, then their names after a colon.
		{"甲公司很快开发出两款AI芯片产品：“星火系统”和“Gizmo”。", []string{"甲公司 developed Gizmo", "甲公司 developed 星火系统"}},
		{"张三写了三本书：《星火系统》、《Gizmo》和《Widget OS》。", []string{"张三 authored Gizmo", "张三 authored Widget OS", "张三 authored 星火系统"}},
		{"甲公司很快开发出两款产品，不包括星火系统。", nil},
		// A list of products each with its class after the name.
		{"Acme Robotics has made many instruments, such as the Widget OS synthesizer, Gizmo bass synthesizer, and 星火系统 drum machines.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS", "Acme Robotics developed 星火系统"}},
		{"In 1956, Acme Robotics introduced two instruments with a new neck, including the Gizmo guitar and the Widget OS bass.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme Robotics released the Widget OS computer, and Gizmo sold well.", []string{"Acme Robotics developed Widget OS"}},
		{"Acme Robotics released the Widget OS update, and Gizmo followed.", []string{"Acme Robotics developed Widget OS"}},
		// Work on another's work: the owner's possessive before it.
		{"Roe worked on John Doe's Gizmo.", []string{"Jane Roe contributedTo Gizmo", "John Doe authored Gizmo"}},
		{"Roe was also involved in the development of Doe's Widget OS.", []string{"Jane Roe contributedTo Widget OS", "John Doe authored Widget OS"}},
		{"Roe played a role in the German publication of John Doe's Gizmo.", []string{"John Doe authored Gizmo"}},
		{"张三参与了李四的星火系统。", nil},
		// Makers in apposition after a list, a plural head after the
		// article; a work's kind after its title; what is left of a
		// company bought.
		{"Jane Roe and John Doe, the creators of Gizmo, met.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"Jane Roe and John Doe, the lead engineers of Acme Robotics, met.", []string{"Jane Roe worksFor Acme Robotics [engineer]", "John Doe worksFor Acme Robotics [engineer]"}},
		{"Jane Roe and John Doe, the lead engineer of Acme Robotics, met.", []string{"John Doe worksFor Acme Robotics [lead engineer]"}},
		{"There was the Gizmo series by John Doe, a writer who warned the management.", []string{"John Doe authored Gizmo"}},
		{"He read the Gizmo series by Acme Robotics.", nil},
		{"Shortly afterwards, Acme Robotics purchased the remains of Beta Labs at an auction.", []string{"Acme Robotics acquired Beta Labs"}},
		// The name a possessive's noun describes, not its owner.
		{"Jane Roe, the head of Beta Labs's parent label Acme Robotics, suggested it.", []string{"Jane Roe led Acme Robotics [head]", "Jane Roe worksFor Acme Robotics [head]"}},
		{"Acme Robotics acquired Beta Labs's subsidiary Gamma Capital in 1990.", []string{"Acme Robotics acquired Gamma Capital"}},
		{"Roe studied at Beta Labs's engineering school Acme Robotics.", []string{"Jane Roe educatedAt Acme Robotics"}},
		{"Roe joined Beta Labs's research team in 1990.", []string{"Jane Roe worksFor Beta Labs"}},
		// A partner named before the founder; running a company as its
		// manager.
		{"In partnership with John Doe, Jane Roe established Acme Robotics on 27 June 1914.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"With John Doe, Roe founded Acme Robotics in 1990.", []string{"Jane Roe founded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"With his savings, Roe founded Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		{"Acme Robotics, under the management of John Doe, grew fast.", []string{"John Doe led Acme Robotics"}},
		// What an organisation came from (前身); an organisation that
		// opens a person's phrase is no clause's subject.
		{"乙大学前身是创建于1897年的甲公司和庚厂。", nil},
		{"甲公司的前身是张三创办的庚厂。", []string{"张三 founded 庚厂"}},
		{"张三曾在甲公司（即乙大学的前身）从事研究，后创办了庚厂。", []string{"张三 founded 庚厂", "张三 worksFor 甲公司"}},
		{"乙大学校友张三任校长，并合并戊科技，正式成立甲公司。", []string{"张三 educatedAt 乙大学"}},
		// The whole of a company's shares, summed up, bought.
		{"2016年8月，甲公司公告收购方案，宣布以130亿元的价格发行股份收购戊科技合计100%股权；", nil},
		{"甲公司收购戊科技合计30%股权。", []string{"甲公司 investedIn 戊科技"}},
		// Pieces of a record made for it.
		{"Roe co-produced six tracks on John Doe's landmark Gizmo, including a single.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe wrote several songs for the film Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe wrote many songs for John Doe, who recorded Gizmo.", nil},
		// Scholars an institution counts as its own; a school doctor.
		{"抗战时，乙大学西迁贵州，并发展成为最顶尖的大学之一，拥有张三、李四、王五等一大批著名学者，被誉为东方剑桥。", []string{"张三 worksFor 乙大学", "李四 worksFor 乙大学", "王五 worksFor 乙大学"}},
		{"甲公司拥有张三、李四等一大批著名客户。", nil},
		{"6月，乙大学校医张三出而创办甲公司。", []string{"张三 founded 甲公司", "张三 worksFor 乙大学 [校医]"}},
		// A list after an agent noun: its later members are objects too,
		// not the first one's founder in apposition.
		{"Roe was the founder of Acme Robotics, Beta Labs, Gamma Capital, and Delta Ventures.", []string{"Jane Roe founded Acme Robotics", "Jane Roe founded Beta Labs", "Jane Roe founded Delta Ventures", "Jane Roe founded Gamma Capital"}},
		{"The founder of Acme Robotics, Jane Roe, died in 2001.", []string{"Jane Roe founded Acme Robotics"}},
		{"The main investor of Acme Robotics, Gamma Capital, sold its stake.", []string{"Gamma Capital investedIn Acme Robotics"}},
		// A name in a with-phrase goes along with the subject: the posts
		// after "and" are the subject's; one in apposition is the name's.
		{"Roe was the founder, with his sister Mary Major, and chairman of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		{"Acme Robotics became a unit of Beta Labs, with Mary Major, president of Gamma Capital, becoming its head.", []string{"Beta Labs acquired Acme Robotics", "Mary Major led Gamma Capital [president]", "Mary Major worksFor Gamma Capital [president]"}},
		// The one in charge of a region or a product line is no head of
		// the organisation; a kind of charge (技术负责人) leaves the head.
		{"甲公司手机负责人张三表示。", []string{"张三 worksFor 甲公司 [负责人]"}},
		{"甲公司北美区研发负责人张三表示。", []string{"张三 worksFor 甲公司 [负责人]"}},
		{"甲公司技术负责人张三表示。", []string{"张三 led 甲公司 [负责人]", "张三 worksFor 甲公司 [负责人]"}},
		// After a verb of founding, an organisation right after 的 is the
		// object's own, the one founded; a person there made it.
		{"1966年以后，张三长期执教于乙大学，创立并主持该校的戊科技。", []string{"张三 worksFor 乙大学"}},
		{"创办了甲公司的张三后来又投资了戊科技。", []string{"张三 founded 甲公司", "张三 investedIn 戊科技"}},
		// A unit's name with a parenthesis after it: the post is still
		// the unit's.
		{"张三回国后长期担任乙大学算学系（即后来的数学系）主任。", []string{"张三 worksFor 乙大学 [主任]"}},
		{"张三回国后长期担任乙大学（南京）校长。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		// A maker known for its kind of product, then examples; a product
		// named as the maker's release; titles released, such as a year's.
		{"Acme Robotics is best known for its simulation games, including Widget OS.", []string{"Acme Robotics developed Widget OS"}},
		{"Widget OS was Acme Robotics' first release and innovated the conception of gaming.", []string{"Acme Robotics developed Widget OS"}},
		{"Acme Robotics released some non-simulation titles, such as 1991's Widget OS and 1995's Gizmo, which was included.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme Robotics is best known for its investors, including Gamma Capital.", []string{"Gamma Capital investedIn Acme Robotics"}},
		// The purchase carried out on the one named; money put into a
		// company described before its name; a dash after the kind.
		{"2004年11月甲公司向日本職棒太平洋聯盟戊科技進行收購，並同時提出申請。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司向戊科技提出收购要约。", nil},
		{"2014年12月4日甲公司向东南亚叫车服务应用程式 戊科技 注資2.5億美元（約19.5億港元），成為後者最大投資者。", []string{"甲公司 investedIn 戊科技"}},
		{"2017年2月14日，甲公司以33億美元現金收購私募股權投資公司－戊科技（Fortress Investment Group）。", []string{"甲公司 acquired 戊科技"}},
		// A part-owner holds shares; a bare owner may be a parent company
		// and is left alone.
		{"Roe was part-owner of Acme Robotics, which joined the league.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"Mary Major, a former Acme Robotics minority owner, told the press.", []string{"Mary Major investedIn Acme Robotics"}},
		{"Beta Labs, owner of Acme Robotics, reported a loss.", nil},
		// A relative clause on the noun that describes the subject, after
		// the copula or in apposition.
		{"Acme Robotics was a British aircraft manufacturer that produced the Gizmo fighter plane, and a range of seaplanes.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics, a firm that acquired Beta Labs in 2001, was sold.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Jane Roe, an engineer who founded Acme Robotics, died.", []string{"Jane Roe founded Acme Robotics"}},
		{"Acme Robotics was a firm that Beta Labs acquired in 2001.", nil},
		// After a sentence that only quotes its subject, the one the
		// document is about goes on if the quote names him; another person
		// named there leaves the next subjectless sentence open.
		{"张三毕业于乙大学。李四感叹说：“像张三这样的人都要回国了。”1956年回国后任甲公司研究员。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司 [研究员]"}},
		{"张三毕业于乙大学。李四说：“王五很优秀。”后加入甲公司。", []string{"张三 educatedAt 乙大学"}},
		{"李四感叹说：“我很高兴。”后加入甲公司。", []string{"李四 worksFor 甲公司"}},
		// A post right after a verb with 了 or 过 is what the verb acted
		// on, no post of the context's person; a verb that gives a post
		// (担任了, 当选了) still does.
		{"张三毕业于乙大学。2015年，中国国家互联网信息办公室约谈了甲公司负责人。", []string{"张三 educatedAt 乙大学"}},
		{"张三毕业于乙大学。2008年，法院传唤过甲公司负责人。", []string{"张三 educatedAt 乙大学"}},
		{"张三毕业于乙大学。2015年，担任了甲公司负责人。", []string{"张三 educatedAt 乙大学", "张三 led 甲公司 [负责人]", "张三 worksFor 甲公司 [负责人]"}},
		// Two titles before the organisation, the name after it; a relative
		// clause with a phrase set off inside it.
		{"The chairman and CEO of Acme Robotics, Jane Roe, will retain those positions.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"The chairman and chief operating officer of Acme Robotics, Jane Roe, said so.", []string{"Jane Roe worksFor Acme Robotics [chief operating officer]"}},
		{"Widget OS was written by Jane Roe, who, at the time, was employed at Acme Robotics.", []string{"Jane Roe authored Widget OS", "Jane Roe worksFor Acme Robotics"}},
		// A first of its kind named after a long description; a work
		// released under a label or house.
		{"In 2016, Acme Robotics introduced the world's first digital compact mirrorless medium-format camera, the Gizmo, changing photography.", []string{"Acme Robotics developed Gizmo"}},
		{"Her debut album Gizmo (1992), released under Acme Robotics, made her famous.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo, released through Acme Robotics in 2001, sold well.", []string{"Acme Robotics developed Gizmo"}},
		// An item of a list of people: the name, a colon, descriptions
		// listed with 、 and ，, then what the person is or holds; 创始者.
		{"李四：理论家、教育家，甲公司的创始人之一，乙大学教授；1923年任戊科技教员。", []string{"李四 founded 甲公司", "李四 worksFor 乙大学 [教授]", "李四 worksFor 戊科技 [教员]"}},
		{"李四：教育家、历史学家、甲公司副委员长；1916年就读于戊科技。", []string{"李四 educatedAt 戊科技", "李四 worksFor 甲公司 [副委员长]"}},
		{"李四：革命家，甲公司社长、乙大学副委员长。", []string{"李四 led 甲公司 [社长]", "李四 worksFor 甲公司 [社长]", "李四 worksFor 乙大学 [副委员长]"}},
		{"李四：教育家，甲公司董事长张三的朋友。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"张三是乙大学的创始者。", []string{"张三 founded 乙大学"}},
		// 所持 with no 的 before the company: a stake still.
		{"而丙资本所持甲公司只余下7600万股。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本所持甲公司股份增至20%。", []string{"丙资本 investedIn 甲公司"}},
		// A developer or programmer of a work named before the person; a
		// contribution to a work; collaborators on a song or a film.
		{"It drew criticism from Widget OS developer Jane Roe, among others.", []string{"Jane Roe contributedTo Widget OS"}},
		{"Jane Roe is best known for the Gizmo, and her contribution to building the Widget OS in New York.", []string{"Jane Roe contributedTo Widget OS"}},
		{"Jane Roe collaborated with fellow N.W.A member John Doe for the song \"Gizmo\" in 1995.", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo"}},
		// A maker's product in the possessive, then the kind of thing it is;
		// the possessive alone may name an owner or a buyer: no fact.
		{"In July 2018, Acme Robotics's Gizmo drone was advertised by a retailer.", []string{"Acme Robotics developed Gizmo"}},
		{"Beta Labs's Widget OS software runs on phones.", []string{"Beta Labs developed Widget OS"}},
		{"Acme Robotics's Gizmo was sold in 2010.", nil},
		// A participle after a comma qualifies the name a preposition
		// governs before it: "the theory of X, proposed by A and B".
		{"It was the underpinning for the theory of Gizmo, proposed by John Doe and Jane Roe.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"It was based on Widget OS, developed by Acme Robotics in 1990.", []string{"Acme Robotics developed Widget OS"}},
		// An example of what the subject did; a maker's chip in the
		// possessive, then its name; made with a partner; an alumnus who
		// is also something else.
		{"Acme Robotics has continued its expansion, including the July 2011 acquisition of Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"In 1980, Acme Robotics's next generation 32-bit microprocessor, the Gizmo, led the wave.", []string{"Acme Robotics developed Gizmo"}},
		{"The Gizmo family was developed with Acme Robotics in the 1990s.", []string{"Acme Robotics developed Gizmo"}},
		{"John Doe, an Acme Robotics alumnus and a music producer, teaches a class there.", []string{"John Doe educatedAt Acme Robotics"}},
		// A graduate student somewhere studies there (做研究 is work, 做研究生
		// is study); gone to a university to study under someone; a
		// second post held part-time, the subject left to context.
		{"张三在乙大学做研究生。", []string{"张三 educatedAt 乙大学"}},
		{"张三在乙大学做研究工作多年。", []string{"张三 worksFor 乙大学"}},
		{"1930年2月，张三来到乙大学，师从著名物理学家李四。", []string{"张三 advisor 李四", "张三 educatedAt 乙大学"}},
		{"1935年8月，张三到甲公司任数学系主任，并在乙大学兼职。", []string{"张三 worksFor 甲公司 [主任]", "张三 worksFor 乙大学"}},
		// A manuscript finished by its author; a brand of the company's
		// own; a line of business opened under a product's name.
		{"1965年，张三完成了《星火系统》手稿，该专著最终在1995年付梓。", []string{"张三 authored 星火系统"}},
		{"2018年1月25日，甲公司自有共享单车品牌“星火系统”上线运营。", []string{"甲公司 developed 星火系统"}},
		{"2018年2月，甲公司在台湾开展「星火系统」业务。", []string{"甲公司 developed 星火系统"}},
		// Lists of alumni or founders, by "of" or a possessive.
		{"Notable alumni of Delta University include John Doe and Jane Roe.", []string{"Jane Roe educatedAt Delta University", "John Doe educatedAt Delta University"}},
		{"Founders of Acme Robotics include John Doe.", []string{"John Doe founded Acme Robotics"}},
		{"Delta University's notable alumni include John Doe.", []string{"John Doe educatedAt Delta University"}},
		// "the newly founded X": the rule's verb as a participle that
		// describes the name is no verb of the subject's; a post at the
		// newly formed one is still a post.
		{"In April 1922, while still in high school, John Doe joined the newly founded Acme Robotics.", []string{"John Doe worksFor Acme Robotics"}},
		{"John Doe became one of the officers of the newly formed Acme Robotics.", []string{"John Doe worksFor Acme Robotics [officer]"}},
		// What a work is said to be, and its maker after "by"; two
		// participles before the maker; entering a market with a product.
		{"Gizmo is a video game by Acme Robotics.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo, a game developed and published by Acme Robotics, sold well.", []string{"Acme Robotics developed Gizmo"}},
		{"In 1990, Acme Robotics entered the market with the Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics followed up with Gizmo in 1991.", []string{"Acme Robotics developed Gizmo"}},
		// 其学生包括…: 其 is the teacher the context names; after a school,
		// with no person named, they are the school's students.
		{"张三是著名物理学家。其学生包括李四、王五等著名科学家。", []string{"李四 advisor 张三", "王五 advisor 张三"}},
		{"乙大学成立于1900年。其学生包括王五。", []string{"王五 educatedAt 乙大学"}},
		// 其 opening a sentence, then a noun of the relation and the name:
		// the organisation or work the sentence before names.
		{"甲公司成立于2010年。其创始人为张三。", []string{"张三 founded 甲公司"}},
		{"甲公司成立于2010年。其联合创始人包括张三、李四。", []string{"李四 cofounded 甲公司", "张三 cofounded 甲公司"}},
		{"星火系统于2010年发布。其开发者为甲公司。", []string{"甲公司 developed 星火系统"}},
		// A post taken at what was just set up, named with 一职; a list of
		// founding members nominated to a committee; the first post of a
		// list before the name.
		{"同年11月28日，甲公司成立，张三出任董事长一职。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"会议议决设立甲公司，並推定张三、李四为筹备委员。", []string{"张三 worksFor 甲公司 [委员]", "李四 worksFor 甲公司 [委员]"}},
		{"1949年，时任甲公司行长、总经理、乙大学董事长的张三宣布归属。", []string{"张三 led 甲公司 [行长]", "张三 led 乙大学 [董事长]", "张三 worksFor 甲公司 [行长]", "张三 worksFor 乙大学 [董事长]"}},
		{"时任甲公司行长的李四和乙大学校长张三会面。", []string{"李四 led 甲公司 [行长]", "李四 worksFor 甲公司 [行长]", "张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		// A post taken "in a new role as"; a post at a publication described
		// before its name; the second of two titles before "of".
		{"Roe returned in 2003 in a new role as a senior editor of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [editor]"}},
		{"Roe began her career as a writer for a weekly newspaper, the Acme Robotics, in her home city.", []string{"Jane Roe worksFor Acme Robotics [writer]"}},
		{"Roe was a writer for a weekly newspaper, Acme Robotics, in 1970.", []string{"Jane Roe worksFor Acme Robotics [writer]"}},
		{"Jane Roe, a scientist and the second president of Acme Robotics, died.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [scientist]"}},
		{"Roe, a friend of Doe and the director of Acme Robotics, died.", nil},
		// An appositive with "a" or "an" and a participle describes the name
		// a preposition governs right before its comma; a member of a body;
		// students over a period; the post of each of a list, by the
		// organisation before a plural title.
		{"Roe served on the Acme Robotics, an influential scientific committee chaired by John Doe.", []string{"Jane Roe worksFor Acme Robotics", "John Doe led Acme Robotics"}},
		{"After graduating from the Delta University, a college founded by John Doe, Roe joined Acme Robotics.", []string{"Jane Roe educatedAt Delta University", "Jane Roe worksFor Acme Robotics", "John Doe founded Delta University"}},
		{"John Doe moved to Acme Robotics in 1946. His PhD students in the post-war period included Jane Roe and Mary Major.", []string{"Jane Roe advisor John Doe", "John Doe worksFor Acme Robotics", "Mary Major advisor John Doe"}},
		{"Jane Roe and John Doe, two Delta University physicists working at Beta Labs, found out about it.", []string{"Jane Roe worksFor Delta University [physicist]", "John Doe worksFor Delta University [physicist]"}},
		// Titles one after another are a list; those who taught somewhere,
		// listed after 有; a list summed up by 等 and its post.
		{"张三写出《星火系统》《Gizmo》；李四创办甲公司。", []string{"张三 authored Gizmo", "张三 authored 星火系统", "李四 founded 甲公司"}},
		{"此期间在乙大学任教的著名学者还有张三、李四、王五等。", []string{"张三 worksFor 乙大学", "李四 worksFor 乙大学", "王五 worksFor 乙大学"}},
		{"张三、李四等乙大学文科教授参与编辑。", []string{"张三 worksFor 乙大学 [教授]", "李四 worksFor 乙大学 [教授]"}},
		{"张三等人与甲公司董事长李四会面。", []string{"李四 led 甲公司 [董事长]", "李四 worksFor 甲公司 [董事长]"}},
		// Who owns a subsidiary, without "now", is no purchase.
		{"Beta Labs is owned by Acme Robotics, a company registered in Luxembourg.", nil},
		{"Beta Labs, in turn, is owned by the Gamma Capital, based in Springfield.", nil},
		// The first of their kind, named right after a plural kind noun.
		{"In 1955, Acme Robotics developed and produced the world's first all-transistor phonograph models Gizmo and Widget OS, which were announced in June.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme Robotics released the industry's first portable music systems Gizmo and Widget OS.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Jane Roe oversaw the creation of five new brands—Gizmo and Widget OS.", nil},
		// A relative named right after the kinship noun goes on as the
		// subject of the clauses after; one left unnamed gives nothing.
		{"李四生于美国。他的父亲张三获得博士学位，并且任教于乙大学以及戊大学（现甲公司），后来退休。", []string{"张三 worksFor 乙大学", "张三 worksFor 戊大学", "李四 bornIn 美国"}},
		{"李四生于美国。他的父亲获得博士学位，并且任教于乙大学。", []string{"李四 bornIn 美国"}},
		{"王五，1954年出生于中国，父亲张三曾是军人，曾任甲公司副局长。", []string{"张三 worksFor 甲公司 [副局长]", "王五 bornIn 中国"}},
		{"王五，1954年出生于中国，父亲曾是军人，曾任甲公司副局长。", []string{"王五 bornIn 中国"}},
		// The past progressive of making; not of buying, which may not
		// have been done.
		{"By 1945, Acme Robotics was producing the first commercially successful Gizmo there.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics was acquiring Beta Labs when the crash came.", nil},
		// Partners who work together, then where, then the verb; the means
		// taken out before the verb; a title after the founder's noun.
		{"甲公司与丙资本合作，在上海开设了戊科技。", []string{"丙资本 founded 戊科技", "甲公司 founded 戊科技"}},
		{"甲公司与英美其他五个教会合作，于上海开办了戊科技。", []string{"甲公司 founded 戊科技"}},
		{"于是在2002年，张三拿出全部的1000万元积蓄注册了甲公司，开始自研手机。", []string{"张三 founded 甲公司"}},
		{"王五（1954年10月24日—），生於中国，中國商人，甲公司创始人暨董事长，乙大学校友。", []string{"王五 bornIn 中国", "王五 educatedAt 乙大学", "王五 founded 甲公司", "王五 led 甲公司 [董事长]", "王五 worksFor 甲公司 [董事长]"}},
		// Collaborators on a work described before its kind; a list that
		// collaborated on it.
		{"Roe came to Rome as a fellow, and collaborated with Doe on a 1932 paper \"Gizmo\".", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo"}},
		{"Roe collaborated with John Doe on the commercially successful single \"Gizmo\", which became a hit.", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo"}},
		{"Roe and Doe collaborated on Gizmo.", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo"}},
		{"Roe collaborated with Doe on a study of Gizmo.", nil},
		// Works by someone, then some of them; "and went on to develop X"
		// after another verb phrase of the subject.
		{"Acme's stagings included several compositions by the late John Doe, such as the operas Gizmo and Widget OS.", []string{"John Doe authored Gizmo", "John Doe authored Widget OS"}},
		{"Roe had moved to London by 1737 and went on to write Gizmo, a short novel.", []string{"Jane Roe authored Gizmo"}},
		{"Roe hoped to move to London and to develop Gizmo.", nil},
		// A dated post in a later clause; a further post after 又是.
		{"王五于1948年被选为乙大学会员，并于1975年成为乙大学首位女性会长。", []string{"王五 led 乙大学 [会长]", "王五 worksFor 乙大学 [会长]"}},
		{"他的父亲张三，人称「钜子」，又是甲公司会长，拥有一座发电厂。", []string{"张三 led 甲公司 [会长]", "张三 worksFor 甲公司 [会长]"}},
		{"张三是甲公司董事长，李四又是乙大学校长。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]", "李四 led 乙大学 [校长]", "李四 worksFor 乙大学 [校长]"}},
		// Titles joined by "and" in an apposition are its name's.
		{"Roe was offered a post by Doe, the founder and director of Acme.", []string{"John Doe founded Acme Robotics", "John Doe led Acme Robotics [director]", "John Doe worksFor Acme Robotics [director]"}},
		{"Roe was a student of Doe and the president of Acme.", []string{"Jane Roe advisor John Doe", "Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		// Enrolled as a student; a second teacher after "and"; posts
		// taken up after a move or an invitation; titles new to the
		// lexicon; the agent's kind named before the name.
		{"In 1903, Roe enrolled as an undergraduate at Delta University.", []string{"Jane Roe educatedAt Delta University"}},
		{"Roe was admitted as a graduate student at Delta University in 1950.", []string{"Jane Roe educatedAt Delta University"}},
		{"Roe enrolled as a volunteer at Acme.", nil},
		{"Roe studied astronomy under Doe, and philosophy under Professor Major, a friend of her father.", []string{"Jane Roe advisor John Doe", "Jane Roe advisor Mary Major"}},
		{"Roe received an invitation from Doe to conduct post-doctoral work at Delta University, where she met Major.", []string{"Jane Roe worksFor Delta University"}},
		{"When Roe left Acme in 1926 to take up a chair as professor of physics at Delta University, she moved.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Delta University"}},
		{"Roe left Acme and hoped to take up a chair at Delta University.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"On her return, Roe became a privatdocent at Delta University, giving lectures.", []string{"Jane Roe worksFor Delta University [privatdocent]"}},
		{"Doe, who later became the Director General of Acme, said so.", []string{"John Doe led Acme Robotics [director general]", "John Doe worksFor Acme Robotics [director]"}},
		{"In 1943 Roe met with the director of Acme, Brigadier General Doe.", []string{"John Doe led Acme Robotics [director]", "John Doe worksFor Acme Robotics [director]"}},
		{"The last civilian models made by Acme were the Gizmo and Widget OS.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"The first company acquired by Acme in 1990 was Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"The company founded by Roe was bought by Acme.", nil},
		// Posts named with 以…为…的; a sum in a clause of its own; holders
		// after 由 with 共同 or 分别, and in a later clause.
		{"1928年8月，以地质学家张三为委员长、以林学家李四为秘书的甲公司成立。", []string{"张三 led 甲公司 [委员长]", "张三 worksFor 甲公司 [委员长]", "李四 worksFor 甲公司 [秘书]"}},
		{"以张三为董事长、李四为总经理的甲公司成立。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]", "李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		{"以张三为首的甲公司团队获胜。", nil},
		{"2014年4月29日，甲公司投资1500万美元，入股戊科技，并获得一个董事会席位。", []string{"甲公司 investedIn 戊科技"}},
		{"甲公司投资1500万美元，李四入股戊科技。", []string{"李四 investedIn 戊科技"}},
		{"戊科技由丙资本和丁创投分别持有。", []string{"丙资本 investedIn 戊科技", "丁创投 investedIn 戊科技"}},
		{"成立于1999年的戊科技，是内地首家合资的寿险公司，由丙资本和丁创投共同持有。", []string{"丙资本 investedIn 戊科技", "丁创投 investedIn 戊科技"}},
		// A post after a listing or a founding with a clause between;
		// scholars an institution engaged to teach, not where it only
		// plans to.
		{"1991年甲公司上市，张三任董事长并签订三年服务合约。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"1958年，张三成立甲公司，在香港制作电影，李四任总裁。", []string{"张三 founded 甲公司", "李四 led 甲公司 [总裁]", "李四 worksFor 甲公司 [总裁]"}},
		{"甲公司成立，总部设在戊科技大楼，李四任总裁。", nil},
		{"这一阶段，乙大学的校舍得到扩张，还延聘张三、李四等知名学者任教。", []string{"张三 worksFor 乙大学", "李四 worksFor 乙大学"}},
		{"乙大学拟聘请张三任教。", nil},
		{"乙大学计划聘请张三任教。", nil},
		// A title with its organisation from context: the sentence before
		// it is what may list it, not the whole document; the seller
		// before 所持 is not the buyer's investment.
		{"甲公司是一家银行。2010年迁往香港，总经理为张三。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"甲公司是一家银行。2010年，甲公司是香港第五大银行，总经理为张三。", nil},
		{"2010年，甲公司收购丙资本所持有的子公司51%股权，总经理为张三。", nil},
		{"甲公司收购了丙资本51%股权。", []string{"甲公司 acquired 丙资本"}},
		// A head named in a later clause of a sentence about the
		// organisation; a post where one works, in the next clause;
		// 倡设 founds.
		{"甲公司于1988年在深圳成立，是中国第一家股份制保险企业，现任董事长兼首席执行官为张三。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"戊大学于1988年成立，与乙大学合作，现任校长为张三。", []string{"张三 led 戊大学 [校长]", "张三 worksFor 戊大学 [校长]"}},
		{"甲公司于1988年成立，现任董事长李四的儿子为张三。", []string{"李四 led 甲公司 [董事长]", "李四 worksFor 甲公司 [董事长]"}},
		{"张三在甲公司工作，担任经理。", []string{"张三 worksFor 甲公司 [经理]"}},
		{"甲公司是由张三倡设，1918年开院。", []string{"张三 founded 甲公司"}},
		// Employers in time after "first"; a colleague where one worked;
		// a post "rising to become its" at the organisation just named.
		{"In 1879, Roe left home to work as an apprentice machinist in Detroit, first with Beta Labs, and later with Acme.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe spent the year teaching at Delta University (where her friend Doe was employed).", []string{"Jane Roe worksFor Delta University", "John Doe worksFor Delta University"}},
		{"Roe moved to Acme, where Doe was working.", []string{"John Doe worksFor Acme Robotics"}},
		{"Roe joined Acme in 1990, rising to become its chief executive in 2000.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Roe joined Acme in 1928, rising to become chairman of its board.", []string{"Jane Roe worksFor Acme Robotics [chairman]"}},
		// "most notably", "in particular" open the examples; a dash
		// before the list of what was made.
		{"Acme manufactured two devices – the Gizmo and Widget OS.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme produces consumer electronics, most notably Gizmo readers and Widget OS devices.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme acquired several companies, in particular Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		// A buyer after its owner's description; a second passive of the
		// same subject; a stake taken; a shareholder by possessive.
		{"In 1966, a sinking Beta Labs was sold to Doe's industrial conglomerate, Acme.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Beta Labs was sold to Gamma Capital in 1965 and was finally bought by Acme in 1980.", []string{"Acme Robotics acquired Beta Labs", "Gamma Capital acquired Beta Labs"}},
		{"Beta Labs was sold to Gamma Capital, and Delta Ventures was bought by Acme.", []string{"Acme Robotics acquired Delta Ventures", "Gamma Capital acquired Beta Labs"}},
		{"Roe became an early investor in radio, taking a 50% interest in the new Acme.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"Roe is currently Acme's second largest single shareholder.", []string{"Jane Roe investedIn Acme Robotics"}},
		// A second school after a transfer; school attended; schools
		// of a list in time after "first".
		{"In 1935, Roe enrolled in Delta University's architecture school, but she quickly transferred to Beta Labs.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe educatedAt Delta University"}},
		{"Roe enrolled at Delta University and later transferred to Beta Labs.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe educatedAt Delta University"}},
		{"Roe studied at Delta University and was transferred to Acme by Doe.", []string{"Jane Roe educatedAt Delta University", "Jane Roe worksFor Acme Robotics"}},
		{"Roe went on to attend school at Delta University.", []string{"Jane Roe educatedAt Delta University"}},
		{"Roe acquiesced to her father's request to study law, first at Delta University and later at Beta Labs.", []string{"Jane Roe educatedAt Beta Labs", "Jane Roe educatedAt Delta University"}},
		// Names after 将 or 把 are what is done to, not the doers.
		{"1908年张三将它与甲公司、戊科技和庚厂合并成立乙大学。", nil},
		{"甲公司把戊科技合并成立了庚厂。", nil},
		{"1993年1月，甲公司将戊科技卖给丙资本，获利4.78亿港元。", []string{"丙资本 acquired 戊科技"}},
		// A short noun of a kind before the name (创企, 车企, 巨头, 学院):
		// the descriptor belongs to the slot.
		{"丙资本斥资3亿元收购物流创企甲公司22.44%股份。", []string{"丙资本 investedIn 甲公司"}},
		// A parenthesis after a name: a post held now or before, and
		// where one went after the post named.
		{"Jane Roe (now CEO of Acme Robotics) said it.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		{"Jane Roe (now at Acme Robotics) said it.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"The first recipient was bioengineer Jane Roe of Delta University (now at Acme Robotics).", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Delta University"}},
		{"Jane Roe, chief executive of Beta Labs after the merger (previously founder and CEO of Acme Robotics), said it.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe led Beta Labs [chief executive]", "Jane Roe worksFor Acme Robotics [CEO]", "Jane Roe worksFor Beta Labs [chief executive]"}},
		{"Jane Roe, chief executive of Beta Labs, and John Doe (previously CEO of Acme Robotics) said it.", []string{"Jane Roe led Beta Labs [chief executive]", "Jane Roe worksFor Beta Labs [chief executive]", "John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		// 成立 said of the organisation itself (成立后, 成立的) is no verb a
		// pattern reads, unless the pattern spells those words out.
		{"甲公司成立后，张三担任总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"由张三成立的甲公司很有名。", []string{"张三 founded 甲公司"}},
		{"1990年由丙资本和丁创投共同成立的甲公司上市了。", []string{"丁创投 founded 甲公司", "丙资本 founded 甲公司"}},
		{"甲公司成立于2010年，张三担任总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"张三成立的甲公司很有名。", nil},
		// A title right after another organisation's name is that one's
		// post, not a post at the organisation the clause before opened.
		{"甲公司成立，张三担任乙大学校长。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		{"甲公司开业后，张三担任戊科技总经理。", []string{"张三 led 戊科技 [总经理]", "张三 worksFor 戊科技 [总经理]"}},
		// Posts at what opened just before, for each holder in turn.
		{"甲公司成立后，由李四任董事长，张三任总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]", "李四 led 甲公司 [董事长]", "李四 worksFor 甲公司 [董事长]"}},
		{"甲公司开业后，李四担任董事长，张三担任总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]", "李四 led 甲公司 [董事长]", "李四 worksFor 甲公司 [董事长]"}},
		{"甲公司上市，张三为董事长。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// A later clause's verb with no aspect, after an adverb of a
		// series or of the past.
		{"而甲公司早已深入硬科技腹地，先后投资丙资本。", []string{"甲公司 investedIn 丙资本"}},
		{"2015年，张三加入甲公司，陆续投资戊科技。", []string{"张三 investedIn 戊科技", "张三 worksFor 甲公司"}},
		// Past a parenthesis or an apposition after the subject, an
		// adverb or a perfect's auxiliary before the verb.
		{"Jane Roe (born 1950) has run Acme Robotics since 2010.", []string{"Jane Roe led Acme Robotics"}},
		{"Jane Roe, a British engineer, has run Acme Robotics since 2010.", []string{"Jane Roe led Acme Robotics"}},
		{"Jane Roe (born 1950) then became employed full-time by Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe (born 1950) also served as vice president of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [vice president]"}},
		// A title or a founder's noun right before a name is that name's
		// (董事 is no title of its own before 长); a clause that the latter
		// opens has another subject; 后 inside a word (后者, 先后) closes no
		// clause of time; 金主 inside 基金主体 is no backer.
		{"李四是甲公司董事长张三的妻子。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"李四是甲公司创始人张三的女儿。", []string{"张三 founded 甲公司"}},
		{"丙资本是丁创投的金主，后者投了甲公司。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 丁创投"}},
		{"2021年12月，丙资本投资了丁创投，后者是甲公司的基金主体。", []string{"丙资本 investedIn 丁创投"}},
		{"丙资本是甲公司的金主。", []string{"丙资本 investedIn 甲公司"}},
		{"李四是甲公司创始人。", []string{"李四 founded 甲公司"}},
		// A holder's share in a clause of its own: the company is the
		// nearest organisation before that holds none itself, is no
		// agent after 由 and no investor of a round.
		{"甲公司由丙资本和丁创投于1996年1月合资组建，丙资本持股38％，丁创投持股62％。", []string{"丁创投 founded 甲公司", "丁创投 investedIn 甲公司", "丙资本 founded 甲公司", "丙资本 investedIn 甲公司"}},
		{"2014年，丙资本与丁创投成立合资公司甲公司，丁创投持股70%，丙资本持股30%。", []string{"丁创投 founded 甲公司", "丁创投 investedIn 甲公司", "丙资本 founded 甲公司", "丙资本 investedIn 甲公司"}},
		{"而在股东方面，在IPO之前，甲公司CEO张三持股9.15%、丙资本持股1.07%、丁创投持股0.4%。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"随后，甲公司获得丙资本，丁创投，己资本的B轮融资，截止上市前，丙资本占股0.44%，丁创投占股2.37%。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "己资本 investedIn 甲公司"}},
		{"随后，公司获得丙资本，丁创投，己资本的B轮融资，截止上市前，丙资本占股0.44%，丁创投占股2.37%。", nil},
		// A later clause of a biography: into a firm its kind names.
		{"张三在1992年进入甲公司实习，1995年进入美国本土券商机构戊科技，自此开启了投资生涯。", []string{"张三 worksFor 戊科技", "张三 worksFor 甲公司"}},
		// A time phrase before the clause's end that a pattern asks for.
		{"Jane Roe returned to Acme Robotics as chief executive in 2010.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Jane Roe then moved to Acme Robotics as corporate vice president in March 2010.", []string{"Jane Roe worksFor Acme Robotics [corporate vice president]"}},
		// A season after the year, or after 同年, before the verb.
		{"张三是作家。1911年春考入乙大学。", []string{"张三 educatedAt 乙大学"}},
		{"张三是作家。同年秋考入乙大学。", []string{"张三 educatedAt 乙大学"}},
		{"张三是作家。1936年秋天考入乙大学。", []string{"张三 educatedAt 乙大学"}},
		// Two posts named before the holder, the second kept.
		{"Acme Robotics grew. Its CEO and chairman is American businesswoman Jane Roe.", []string{"Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]"}},
		{"Acme Robotics's president and chief executive was John Doe.", []string{"John Doe led Acme Robotics [chief executive]", "John Doe worksFor Acme Robotics [chief executive]"}},
		// A post refused in the clause right after it was never held; a
		// refusal of something else, named after the verb, leaves it.
		{"1928年，丙资本任命张三為乙大学校長，被张三婉拒。", nil},
		{"Jane Roe was offered the presidency of Acme Robotics, but declined.", nil},
		{"丙资本任命张三为乙大学校长，拒绝了丁创投的要求。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		// Founding with partners the text does not name is a cofounding;
		// money or support after "with" is no partner.
		{"Jane Roe founded Acme Robotics with two colleagues in 1949.", []string{"Jane Roe cofounded Acme Robotics"}},
		{"Jane Roe founded Acme Robotics with her brother in 1990.", []string{"Jane Roe cofounded Acme Robotics"}},
		{"Jane Roe set up Acme Robotics together with three friends.", []string{"Jane Roe cofounded Acme Robotics"}},
		{"Jane Roe founded Acme Robotics with $1,200.", []string{"Jane Roe founded Acme Robotics"}},
		{"Jane Roe founded Acme Robotics with her savings.", []string{"Jane Roe founded Acme Robotics"}},
		{"张三与两位同事创办了甲公司。", []string{"张三 cofounded 甲公司"}},
		{"张三和妻子在2001年创办了甲公司。", []string{"张三 cofounded 甲公司"}},
		// Leaving an employer says one worked there; leaving a school
		// says nothing of work, nor does leaving a place.
		{"Jane Roe left Acme Robotics in 2009.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"John Doe later quit Beta Labs.", []string{"John Doe worksFor Beta Labs"}},
		{"Jane Roe left Delta University in 1947 to become a graduate student at Epsilon College.", nil},
		{"Jane Roe left the Zeta Institute in 2001.", []string{"Jane Roe worksFor Zeta Institute"}},
		{"Jane Roe left Springfield in 2009.", nil},
		{"张三于2009年离开甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三离开乙大学后加入甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三离开了中国。", nil},
		// A cue of negation or of the future inside a name is part of the
		// name; 未来 is the future, no negation.
		{"Will Wright left Acme Robotics in 2009.", []string{"Will Wright worksFor Acme Robotics"}},
		{"Will Wright will join Acme Robotics.", nil},
		{"Jane Roe wrote Never Let Me Go.", []string{"Jane Roe authored Never Let Me Go"}},
		{"Jane Roe never wrote Widget OS.", nil},
		{"未来资本投资了甲公司。", []string{"未来资本 investedIn 甲公司"}},
		{"张三将加入未来资本。", nil},
		{"张三创办了专注未来出行的甲公司。", []string{"张三 founded 甲公司"}},
		{"张三未加入甲公司。", nil},
		// Helping towards a founding is no founding.
		{"张三为筹建甲公司作出了重要贡献。", nil},
		{"张三为创办甲公司四处奔走。", []string{"张三 founded 甲公司"}},
		{"张三最为积极地创办了甲公司并做出了贡献。", []string{"张三 founded 甲公司"}},
		{"张三成为甲公司董事长并做出贡献。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// A pupil named after the teacher's possessive, or before it in an
		// apposition; a son is no pupil.
		{"Jane Roe's doctoral student John Doe gave the talk.", []string{"John Doe advisor Jane Roe"}},
		{"John Doe, Jane Roe's former student, gave the talk.", []string{"John Doe advisor Jane Roe"}},
		{"John Doe, Jane Roe's son, gave the talk.", nil},
		// In Chinese the clause after such an apposition goes on with the
		// name before it, not with the teacher.
		{"李四，张三的学生，2001年加入了甲公司。", []string{"李四 worksFor 甲公司"}},
		{"李四，张三的得意门生，后来加入甲公司。", []string{"李四 worksFor 甲公司"}},
		// Leaving to take up work with a post named; a hope is none.
		{"Jane Roe dropped out after two years to work as a programmer for Acme Robotics in Boston.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe hoped to work as a programmer for Acme Robotics.", nil},
		// A cue before a relative clause or an apposition on a name does
		// not reach what that phrase takes as given; a cue inside it does.
		{"Jane Roe will join Acme Robotics, a company founded by John Doe.", []string{"John Doe founded Acme Robotics"}},
		{"Jane Roe plans to buy Gizmo, which was developed by Acme Robotics.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics will hire Jane Roe, who will lead Beta Labs.", nil},
		{"张三将加入由李四创办的甲公司。", []string{"李四 founded 甲公司"}},
		{"李四没有创办甲公司。", nil},
		{"张三没有加入由李四创办的甲公司。", []string{"李四 founded 甲公司"}},
		// Selected or chosen for a post is appointed to it.
		{"Jane Roe was selected as president of Acme Robotics, a role second to the CEO.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Jane Roe was tapped as president of Beta Labs.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Beta Labs [president]"}},
		// Shares pooled with partners named after 与 found a firm together,
		// also where the clause names no subject; funds raised (集资) may
		// be one founder's own.
		{"1901年，与张三等人合资集股在乙城合办甲公司，任经理。", []string{"张三 cofounded 甲公司"}},
		{"1912年，又与张三、李四等人集股在上海创办甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"王五又与张三等7人集股在无锡兴办甲公司。", []string{"张三 cofounded 甲公司", "王五 cofounded 甲公司"}},
		{"1923年，张三归国，在奉天集资创办甲公司。", []string{"张三 founded 甲公司"}},
		{"1944年，张三和李四等，联合一百多人共同发起组织了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// Two posts joined by 、 in apposition, then the organisation's.
		{"张三，全国政协常委、全国政协人口资源环境委员会主任，甲公司原部长、党组书记。", []string{"张三 led 甲公司 [部长]", "张三 worksFor 甲公司 [部长]"}},
		{"张三，全国政协常委、全国政协人口资源环境委员会主任，甲公司的产品很多。", nil},
		// Founders each named with their post ("by Roe as president").
		{"Acme was founded in 1932 by Roe as president, his wife Major as secretary, and Doe as vice president of engineering.", []string{"Jane Roe founded Acme Robotics", "Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]", "John Doe founded Acme Robotics", "John Doe worksFor Acme Robotics [vice president]", "Mary Major founded Acme Robotics", "Mary Major worksFor Acme Robotics [secretary]"}},
		{"Acme was founded in 1932 by Roe, with Doe as chief engineer.", []string{"Jane Roe founded Acme Robotics", "John Doe worksFor Acme Robotics [chief engineer]"}},
		{"Acme was founded by Roe as a subsidiary of Beta Labs.", []string{"Jane Roe founded Acme Robotics"}},
		// A relative named after 其 and a one-character kinship noun (其父
		// 张三) is whom the clauses after go on with; 其子公司 is no kin.
		{"李四出生于美国，其父张三曾是军人，曾任甲公司副局长。", []string{"张三 worksFor 甲公司 [副局长]", "李四 bornIn 美国"}},
		{"其父张三为甲公司老会员，曾任戊大学校长。", []string{"张三 led 戊大学 [校长]", "张三 worksFor 戊大学 [校长]"}},
		{"李四出生于美国，其子公司甲公司曾任用王五。", []string{"李四 bornIn 美国"}},
		// What will, may, should, cannot or would not be is no fact.
		{"张三不会加入甲公司。", nil},
		{"张三将会加入甲公司。", nil},
		{"张三不愿出任甲公司总裁。", nil},
		{"张三考上了乙大学的研究生。李四认为他应该加入甲公司。", []string{"张三 educatedAt 乙大学"}},
		{"张三加入甲公司后，还会继续写作。", []string{"张三 worksFor 甲公司"}},
		// A work's kind before it and a partner's tie before the partner.
		{"In 1970, Roe wrote the book Gizmo with his son Doe.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"Roe developed the game Gizmo with his brother's money.", []string{"Jane Roe authored Gizmo"}},
		// An adverb and an irregular participle describe the name after.
		{"Roe is the author of the widely used Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Roe later joined the widely known Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		// 不 right before a verb of the relations denies it.
		{"甲公司不收购戊科技。", nil},
		{"张三并不担任甲公司总裁。", nil},
		{"张三不久加入了甲公司。", []string{"张三 worksFor 甲公司"}},
		// More than half of a company's shares bought is control of it, a
		// purchase and not also an investment; a smaller share is an
		// investment only.
		{"甲公司以5100万元收购戊科技51%股权。", []string{"甲公司 acquired 戊科技"}},
		{"丙资本斥资28亿美元收购乙大学旗下戊科技52%股权。", []string{"丙资本 acquired 戊科技"}},
		{"甲公司以5100万元收购戊科技30%股权。", []string{"甲公司 investedIn 戊科技"}},
		{"甲公司买下戊科技控股权。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司持有戊科技60%股权。", []string{"甲公司 investedIn 戊科技"}},
		{"Acme acquired a 51% stake in Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme bought 80% of Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme bought 20% of Beta Labs.", []string{"Acme Robotics investedIn Beta Labs"}},
		{"Acme acquired a 30 percent stake in Beta Labs.", []string{"Acme Robotics investedIn Beta Labs"}},
		// Things counted, then named after a colon or a dash, also with a
		// phrase after the kind or more after the names; posts of a
		// department (司长) and of an architect.
		{"张三共创办了7所小学：甲公司、乙大学。", []string{"张三 founded 乙大学", "张三 founded 甲公司"}},
		{"甲公司共有12家子公司：戊科技、乙大学。", nil},
		{"Acme manufactured two handsets for this network – the Gizmo and Widget OS as well as other units.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme manufactured two handsets for this network – the Gizmo and Widget OS.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"曾任甲公司警务司长的张三来了。", []string{"张三 worksFor 甲公司 [司长]"}},
		{"甲公司建筑师张三来了。", []string{"张三 worksFor 甲公司 [建筑师]"}},
		// A school entered to study there: a degree taken after it, no post.
		{"张三转入乙大学，获得博士学位。", []string{"张三 educatedAt 乙大学"}},
		{"张三转入乙大学，攻读博士学位。", []string{"张三 educatedAt 乙大学"}},
		{"张三于1923年转入乙大学，在李四教授指导下完成论文，获得博士学位。", []string{"张三 advisor 李四", "张三 educatedAt 乙大学"}},
		{"张三出生于中国。1923年，转入乙大学，获得博士学位。", []string{"张三 bornIn 中国", "张三 educatedAt 乙大学"}},
		{"张三转入乙大学，任助教。", []string{"张三 worksFor 乙大学"}},
		{"张三转入乙大学，任助教，并攻读博士学位。", []string{"张三 worksFor 乙大学"}},
		// Fields of study listed before a post; two posts are not fields.
		{"张三在乙大学物理系担任物理学、数学教授。", []string{"张三 worksFor 乙大学 [教授]"}},
		{"张三出生于中国。1927年回国，在甲公司、乙大学物理系担任物理学、数学教授。", []string{"张三 bornIn 中国", "张三 worksFor 乙大学 [教授]", "张三 worksFor 甲公司 [教授]"}},
		// Sentences that name no one go on with the subject before them,
		// followed back within the paragraph.
		{"李四是一位学者。李四在北京工作。张三生于上海。1921年考入乙大学。1925年，任甲公司工程师。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司 [工程师]"}},
		{"李四是一位学者。李四在北京工作。张三生于上海。1921年考入乙大学。1925年，转入戊大学学习。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊大学"}},
		// A minority figure in another clause before the buyer's verb
		// leaves the acquisition.
		{"Acme, which owns 30% of Gamma Capital, acquired Beta Labs.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics investedIn Gamma Capital"}},
		// An employer left before the clause that names who left; a
		// school left is no employer.
		{"After leaving Acme Robotics, John Doe joined Beta Labs.", []string{"John Doe worksFor Acme Robotics", "John Doe worksFor Beta Labs"}},
		{"John Doe joined Beta Labs in 1990 after leaving Acme Robotics.", []string{"John Doe worksFor Acme Robotics", "John Doe worksFor Beta Labs"}},
		{"After leaving Delta University, John Doe joined Beta Labs.", []string{"John Doe worksFor Beta Labs"}},
		{"离开甲公司后，张三加入了戊科技。", []string{"张三 worksFor 戊科技", "张三 worksFor 甲公司"}},
		{"离开乙大学后，张三加入了戊科技。", []string{"张三 worksFor 戊科技"}},
		// A round's investor after the company's possessive; a successor
		// named after the post.
		{"Beta Labs's Series A round was led by Gamma Capital.", []string{"Gamma Capital investedIn Beta Labs"}},
		{"John Doe was succeeded as CEO of Acme Robotics by Jane Roe.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]", "John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		// Teachers engaged by an institution just named.
		{"1925年成立甲公司，聘请张三、李四等导师。", []string{"张三 worksFor 甲公司", "李四 worksFor 甲公司"}},
		// A post inside an organisation with none named in its clause:
		// the one the sentence, or the one before, is about; not where
		// another organisation is named, one appoints, or the post names
		// another kind; a unit's head works for the whole.
		{"庚厂于1946年改组。张三任厂长。", []string{"张三 led 庚厂 [厂长]", "张三 worksFor 庚厂 [厂长]"}},
		{"1912年，乙大学改名。张三为第一任校长，李四为教务长。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]", "李四 worksFor 乙大学 [教务长]"}},
		{"1946年，庚厂改组。不久，张三替换李四任厂长。", []string{"张三 led 庚厂 [厂长]", "张三 worksFor 庚厂 [厂长]"}},
		{"丙资本委任张三出任董事。", nil},
		{"甲公司收购了戊科技，张三任总裁。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司与戊科技合并。张三任总裁。", nil},
		{"甲公司于1946年改组。张三为第一任行长。", nil},
		{"乙大学设三个学院，张三出任院长。", []string{"张三 worksFor 乙大学 [院长]"}},
		{"Acme Robotics grew. John Doe became president in 1990.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		{"Acme Robotics grew. In 1990, John Doe was named interim CEO.", []string{"John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		{"Acme Robotics and Beta Labs merged. John Doe became president.", nil},
		{"Acme Robotics grew. John Doe became chairman and CEO of Beta Labs.", []string{"John Doe led Beta Labs [CEO]", "John Doe worksFor Beta Labs [chairman]"}},
		// The organisation the holder joined in the sentence before; not
		// a school studied at, nor where the sentence before names another.
		{"张三于1990年加入甲公司。1995年，张三升任总裁。", []string{"张三 led 甲公司 [总裁]", "张三 worksFor 甲公司", "张三 worksFor 甲公司 [总裁]"}},
		{"John Doe joined Acme Robotics in 1990. In 1995 he became CEO.", []string{"John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics", "John Doe worksFor Acme Robotics [CEO]"}},
		{"张三毕业于乙大学。1995年，张三任校长。", []string{"张三 educatedAt 乙大学"}},
		{"张三于1990年加入甲公司，李四也加入了。1995年，张三升任总裁。", []string{"张三 worksFor 甲公司"}},
		// Two participles of one agent, either the relation's.
		{"Beta Labs was founded and run by John Doe.", []string{"John Doe founded Beta Labs", "John Doe led Beta Labs"}},
		{"The Gizmo had been both proposed and demonstrated by John Doe.", []string{"John Doe authored Gizmo"}},
		{"The Gizmo was tested and approved by Acme Robotics.", nil},
		// The holder after 由, past 便 and an adverb; 长 of the post shared
		// with the organisation's name.
		{"张三离开后，甲公司总经理便由李四直接担任。", []string{"李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		{"张三离开后，庚厂长便由李四直接担任。", []string{"李四 led 庚厂", "李四 worksFor 庚厂"}},
		// Where a person is from, between the name and its relative clause.
		{"The donor was John Doe of Springfield, who founded Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		{"The donor was John Doe of Springfield, 中国, who had invented methods of film production, and founded Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		// A thing of the organisation's, then its name.
		{"The Acme Robotics product, named Gizmo, was launched in 1996.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics's product, called Gizmo, was launched in 1996.", []string{"Acme Robotics developed Gizmo"}},
		{"A Beta Labs spokesman called Gizmo a failure.", nil},
		// A quoted name, then the kind of name it is.
		{"Acme Robotics introduced the \"Gizmo\" brand of products.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics bought the \"Gizmo\" dessert company.", nil},
		// A post list: the second holder after 则, a post joined by 兼 or 、, a bureau's head.
		{"1890年设辛局，张三任局长、李四则任副局长。", []string{"张三 led 辛局 [局长]", "张三 worksFor 辛局 [局长]", "李四 worksFor 辛局 [副局长]"}},
		{"1918年，张三任乙大学代理校长，李四为副校长兼文理科主任。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]", "李四 worksFor 乙大学 [副校长]"}},
		{"1890年设甲公司，张三任局长、李四则任副局长。", []string{"张三 led 甲公司 [局长]", "张三 worksFor 甲公司 [局长]"}},
		// "under" after a comma or a verb's particle opens its own phrase: the apposition is the name's.
		{"The work went on under Jane Roe, senior vice president of Beta Labs.", []string{"Jane Roe worksFor Beta Labs [vice president]"}},
		{"The team worked alongside the Delta Ventures division, under Jane Roe, senior vice president for Beta Labs and Acme.", []string{"Jane Roe worksFor Acme Robotics [vice president]", "Jane Roe worksFor Beta Labs [vice president]"}},
		{"He was chief of staff under President John Doe, President of Acme.", nil},
		// An executive chair.
		{"Doe left to become executive chair of Acme.", []string{"John Doe led Acme Robotics [executive chair]", "John Doe worksFor Acme Robotics [executive chair]"}},
		// An event noun, then the object after a possessive.
		{"IKEA announced the app, following Acme's release of its Gizmo technology.", []string{"Acme Robotics developed Gizmo"}},
		{"Beta Labs's purchase of their rival Acme closed.", []string{"Beta Labs acquired Acme Robotics"}},
		// A clause that goes on with the subject before, after 后 or 先 (and past 前往 in a pattern that also reads 转入); not after a quote naming another.
		{"张三是物理学家，生于1900年。后前往乙大学学习。", []string{"张三 educatedAt 乙大学"}},
		{"张三生于1900年。先前往乙大学深造，后回国。", []string{"张三 educatedAt 乙大学"}},
		{"张三生于1900年。1930年，转入甲公司。", nil},
		{"张三生于1900年。李四后前往乙大学学习。", []string{"李四 educatedAt 乙大学"}},
		// Two agent nouns before "of"; a longer subject taught.
		{"John Doe was an assistant coach for Beta Labs and a co-founder and co-owner of Acme.", []string{"John Doe cofounded Acme Robotics", "John Doe investedIn Acme Robotics", "John Doe worksFor Beta Labs [assistant coach]"}},
		{"Roe is a shareholder and director of Acme.", []string{"Jane Roe investedIn Acme Robotics", "Jane Roe led Acme Robotics [director]", "Jane Roe worksFor Acme Robotics [director]"}},
		{"Doe taught mathematical physics and theoretical mechanics at Delta University.", []string{"John Doe worksFor Delta University"}},
		// 身分, the variant of 身份 written in Taiwan.
		{"1990年，张三以甲公司理事长身分担任第一届委员。", []string{"张三 led 甲公司 [理事长]", "张三 worksFor 甲公司 [理事长]"}},
		// Taking over a business's running; running it, in a participle.
		{"Over time, John Doe took over daily operations of Acme.", []string{"John Doe led Acme Robotics"}},
		{"Beyond journalism, Doe became involved in music promotion, running Acme.", []string{"John Doe led Acme Robotics"}},
		{"Doe spent years running against Acme.", nil},
		// A year between the possessor and the event noun; a possessive chain is no such word.
		{"It ended with President John Doe's 1946 establishment of Acme, a state agent.", []string{"John Doe founded Acme Robotics"}},
		{"Acme's 2011 acquisition of Beta Labs was big.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Doe's son's establishment of Acme was late.", nil},
		// Investments in the plural, made by the subject.
		{"Gamma Capital has made investments in Acme and Beta Labs.", []string{"Gamma Capital investedIn Acme Robotics", "Gamma Capital investedIn Beta Labs"}},
		{"Gamma Capital's investments in Acme paid off.", []string{"Gamma Capital investedIn Acme Robotics"}},
		// "by one of …, Name": one of a kind, then the name.
		{"Acme was founded by one of the Society's most famous photographers, John Doe.", []string{"John Doe founded Acme Robotics"}},
		{"Acme was founded by one of the photographers.", nil},
		// A list item's bullet comes before the line's clause.
		{"- After leaving Beta Labs, Roe joined Acme.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"- Jane Roe, judge, Acme", []string{"Jane Roe worksFor Acme Robotics [judge]"}},
		{"Roe - Acme VJ", nil},
		// A line of a list: a name, then the organisation and the post.
		{"- Jane Roe, Acme VJ", []string{"Jane Roe worksFor Acme Robotics [VJ]"}},
		{"Jane Roe met Doe, Acme VJ", nil},
		// A word that dates the post, with no article before it.
		{"Jane Roe, former Acme staff announcer, spoke.", []string{"Jane Roe worksFor Acme Robotics [staff announcer]"}},
		// A post in a section or department of the organisation.
		{"Roe continued as editor of the Radar section of Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe was an engineer in the research department of Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe became a director of the research department of Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A name made a modifier by a hyphen and a compound head: the
		// backer of what it describes, and no argument of a verb before it.
		{"Beta Labs-backed Acme raised money.", []string{"Beta Labs investedIn Acme Robotics"}},
		{"Acme, a Beta Labs-backed startup, acquired Gamma Capital-backed Delta Ventures.", []string{"Beta Labs investedIn Acme Robotics", "Gamma Capital investedIn Delta Ventures", "Acme Robotics acquired Delta Ventures"}},
		{"Roe joined the Springfield-based Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe joined Beta Labs-owned Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Springfield-born engineer Jane Roe joined Acme.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe bornIn Springfield"}},
		{"Jane Roe, a Springfield-born engineer, joined Acme.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe bornIn Springfield"}},
		{"Acme-Beta Labs shipped.", nil},
		// Where a career started; a seat on the board; one of the staff.
		{"Roe started out at Acme as an intern.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe got her start at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe was on Acme's board.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe was one of Acme's first employees.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe was one of Acme's customers.", nil},
		// An investor counted, listed after the investors, or holding the
		// company in its portfolio; buying into a company.
		{"Acme counts Gamma Capital as an investor.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Acme's investors, including Gamma Capital, sold.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Gamma Capital bought into Acme.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Gamma Capital's portfolio includes Acme and Beta Labs.", []string{"Gamma Capital investedIn Acme Robotics", "Gamma Capital investedIn Beta Labs"}},
		{"Acme, a portfolio company of Gamma Capital, said.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Gamma Capital portfolio company Acme grew.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Roe was one of Acme's first investors.", []string{"Jane Roe investedIn Acme Robotics"}},
		// A time set off by commas between the verb and its object.
		{"Roe and Doe met at Acme. They also published, in 1871, Gizmo.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"Roe published, in 1871, Gizmo.", []string{"Jane Roe authored Gizmo"}},
		// The leader's role taken over; a head replaced. One leadership
		// role among others is no head's.
		{"Roe assumed Doe's leadership role with Acme.", []string{"Jane Roe led Acme Robotics"}},
		{"Roe replaced Doe at the head of Acme.", []string{"Jane Roe led Acme Robotics"}},
		{"Roe took on a leadership role at Acme.", nil},
		// "alongside" a partner, as "with"; instrumental in founding.
		{"Roe co-founded Acme alongside Doe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Roe founded Acme alongside Doe.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Roe wrote Gizmo alongside Doe.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"Roe founded Acme alongside her work at Beta Labs.", []string{"Jane Roe founded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe was instrumental in founding Acme.", []string{"Jane Roe founded Acme Robotics"}},
		// The advisor named first, the student by a possessive; a new
		// owner in an apposition.
		{"Doe was Roe's mentor.", []string{"Jane Roe advisor John Doe"}},
		{"Doe was Roe's doctoral advisor.", []string{"Jane Roe advisor John Doe"}},
		{"Doe was Roe's brother.", nil},
		{"Beta Labs, now owned by Acme, grew.", []string{"Acme Robotics acquired Beta Labs"}},
		// The school right before 毕业, the subject before it; a graduation
		// ceremony or a school's graduates say nothing of the subject.
		{"张三乙大学毕业。", []string{"张三 educatedAt 乙大学"}},
		{"张三于乙大学毕业后加入甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"张三1990年乙大学毕业，后加入甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"张三在乙大学毕业典礼上致辞。", nil},
		{"张三招聘乙大学毕业生。", nil},
		// A thing of the organisation's kind named as its product; what an
		// organisation is known for.
		{"Gizmo is an Acme product.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo was a popular Acme game.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme is best known for its Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme is best known for its support of Gizmo.", nil},
		// One of a work's makers, by a post "on" it or a developer among
		// others; "the developer" alone is no such word here.
		{"Roe was a key developer of Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe was a producer on Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe was one of the engineers on Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe was the developer of Gizmo.", nil},
		// The non-breaking hyphen (U+2011) the matcher reads as a hyphen.
		{"Acme acquired Gamma Capital\u2011backed Delta Ventures.", []string{"Acme Robotics acquired Delta Ventures", "Gamma Capital investedIn Delta Ventures"}},
		{"Roe joined Springfield\u2011based Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		// "among" alone, as "one of".
		{"Roe was among Acme's first investors.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"Roe was among Acme's engineers.", []string{"Jane Roe worksFor Acme Robotics [engineer]"}},
		// An apposition of two participles joined by "and" between the
		// subject and its verb; "and" between two names stays a list.
		{"Acme, founded in 1990 and backed by Gamma Capital, makes Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme, founded in 1990 by Roe and backed by Gamma Capital, makes Gizmo.", []string{"Acme Robotics developed Gizmo", "Jane Roe founded Acme Robotics"}},
		{"Acme, acquired by Beta Labs and renamed Delta Ventures, makes Gizmo.", []string{"Acme Robotics developed Gizmo", "Beta Labs acquired Acme Robotics"}},
		{"Acme, founded in 1990 and Beta Labs, founded in 1991, make Gizmo.", nil},
		// A clause of a person's course with no subject: a part in a work.
		{"张三加入甲公司，参与了星火系统的设计。", []string{"张三 contributedTo 星火系统", "张三 worksFor 甲公司"}},
		{"张三毕业于乙大学。后参与星火系统的研发。", []string{"张三 contributedTo 星火系统", "张三 educatedAt 乙大学"}},
		{"甲公司成立于2010年，参与了星火系统的开发。", nil},
		// A co-founding with partners, with no subject after a person's
		// clause; after an organisation's, the partners only.
		{"张三毕业于乙大学。1920年与李四等在北京创办甲公司，任总经理。", []string{"张三 educatedAt 乙大学", "张三 cofounded 甲公司", "张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]", "李四 cofounded 甲公司"}},
		{"张三加入甲公司。2005年与李四等在北京创办戊科技。", []string{"张三 cofounded 戊科技", "张三 worksFor 甲公司", "李四 cofounded 戊科技"}},
		{"甲公司成立于2000年。2005年与李四等在北京创办戊科技。", []string{"李四 cofounded 戊科技"}},
		// A building of an organisation is not the organisation.
		{"张三出资筹建甲公司新会所。", nil},
		{"张三收购了甲公司大楼。", nil},
		{"张三在甲公司大楼工作。", []string{"张三 worksFor 甲公司"}},
		// A place on an organisation's staff or faculty named before it;
		// a department chaired; posts of a hospital and a university.
		{"Roe was a member of the Epsilon College faculty.", []string{"Jane Roe worksFor Epsilon"}},
		{"Roe was on the Acme staff.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe chaired the physics department at Epsilon College.", []string{"Jane Roe worksFor Epsilon"}},
		{"Roe was chief of surgery at Acme.", []string{"Jane Roe worksFor Acme Robotics [chief of surgery]"}},
		{"Roe was vice-chancellor of Epsilon College.", []string{"Jane Roe worksFor Epsilon [vice-chancellor]"}},
		{"Roe apprenticed at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe apprenticed with Doe.", []string{"Jane Roe advisor John Doe"}},
		// A plan is no fact: 拟 before the verb, a plan's time.
		{"张三计划明年加入甲公司。", nil},
		{"丙资本拟投资甲公司。", nil},
		{"丙资本计划于2025年收购甲公司。", nil},
		{"甲公司预计将于明年收购戊科技。", nil},
		{"张三于2010年加入甲公司，计划在那里工作十年。", []string{"张三 worksFor 甲公司"}},
		// What almost happened did not; "almost" before a count is no such
		// cue.
		{"Roe nearly joined Acme.", nil},
		{"Roe almost founded Acme.", nil},
		{"Roe worked at Acme for almost 20 years.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A review of a work or its cover is not the work; a version of it
		// and a part of it are.
		{"Roe wrote a review of Never Let Me Go.", nil},
		{"Roe designed the cover of Never Let Me Go.", nil},
		{"Roe wrote a critique of Gizmo.", nil},
		{"Roe wrote the first version of Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Roe designed the engine of Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		// The same in Chinese: a review of a work, its cover, its preface.
		{"张三撰写了关于星火系统的评论。", nil},
		{"张三撰写了星火系统的书评。", nil},
		{"张三设计了星火系统的封面。", nil},
		{"张三撰写了《星火系统》的序言。", nil},
		{"张三设计了星火系统。", []string{"张三 authored 星火系统"}},
		{"张三主导了星火系统的研究。", []string{"张三 led 星火系统"}},
		// A part of an organisation named by its name before the part's
		// noun; after a project's name "team" is the project's people.
		{"Roe founded the Acme chapter in Springfield.", nil},
		{"Roe founded the Acme research lab.", nil},
		{"Roe led the Acme delegation.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe led the Acme team.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		{"Roe worked on the Gizmo team.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe led the Gizmo research team.", []string{"Jane Roe led Gizmo"}},
		// A visit's object is not the verb's before it; a delegation of
		// an organisation is led, not the organisation.
		{"张三率队访问甲公司。", nil},
		{"张三带领甲公司代表团出访。", nil},
		{"张三率领甲公司。", []string{"张三 led 甲公司"}},
		// A group a person's relative clause heads is the clause's subject;
		// the team a person leads makes what the person leads.
		{"张三领导的团队开发了星火系统。", []string{"张三 led 星火系统"}},
		{"张三领导的团队于2010年研发了星火系统。", []string{"张三 led 星火系统"}},
		{"张三创办的公司投资了甲公司。", nil},
		{"张三带领团队开发了星火系统。", []string{"张三 authored 星火系统"}},
		// A post in a body named after an organisation that is not its
		// part (校友会, 基金会) is not a post at the organisation.
		{"张三担任乙大学校友会会长。", nil},
		{"张三担任乙大学教育基金会理事长。", nil},
		{"张三担任乙大学物理系主任。", []string{"张三 worksFor 乙大学 [主任]"}},
		{"张三任甲公司工会主席。", []string{"张三 worksFor 甲公司 [主席]"}},
		{"张三任甲公司董事会主席。", []string{"张三 led 甲公司 [董事会主席]", "张三 worksFor 甲公司 [主席]"}},
		// A body named after an organisation that is not its part.
		{"Roe was president of the Epsilon College alumni association.", nil},
		{"Roe chaired the Acme union.", nil},
		{"Roe was president of the Acme Foundation.", nil},
		{"Roe was chairman of the Acme pension fund.", nil},
		{"张三加入乙大学校友会。", nil},
		{"Roe was president of the Acme board.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Epsilon College alumni include Roe.", []string{"Jane Roe educatedAt Epsilon"}},
		// Control of a company acquired; an organisation's brand is not
		// the organisation, a project's is the project.
		{"Acme acquired control of Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme obtained full control of Beta Labs in 1990.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme acquired the Beta Labs brand.", nil},
		{"Acme introduced the Gizmo brand.", []string{"Acme Robotics developed Gizmo"}},
		// A relative named by an English possessive is the clause's
		// subject, not the person.
		{"Roe's father studied at Epsilon College.", nil},
		{"Roe's son graduated from Epsilon College.", nil},
		// Born near a place is not born in it.
		{"Roe was born in a village near Springfield.", nil},
		{"Roe was born 10 miles north of Springfield.", nil},
		{"张三出生于美国附近的一个小岛。", nil},
		{"张三出生于美国。", []string{"张三 bornIn 美国"}},
		// Writing named by 作 or 做 before a title; a speech or a report
		// given; a title given to articles. A preface to a work is not
		// the work.
		{"张三作《星火系统》，并吁请各方支持。", []string{"张三 authored 星火系统"}},
		{"张三到中国参加了交流会，在会上作《星火系统》的发言。", []string{"张三 authored 星火系统"}},
		{"在会议上，张三作为乙大学的代表做了《星火系统》的报告。", []string{"张三 authored 星火系统", "张三 worksFor 乙大学"}},
		{"张三在报刊上以《星火系统》等为题，接连发表文章。", []string{"张三 authored 星火系统"}},
		{"张三在报上发表题为《星火系统》的文章。", []string{"张三 authored 星火系统"}},
		{"随后，张三草拟了《星火系统》，并得到批准。", []string{"张三 authored 星火系统"}},
		{"张三作《星火系统》序。", nil},
		{"张三撰写了《星火系统》序。", nil},
		// A merger after an adverb; a price a share, then the sum.
		{"戊科技后被并入甲公司。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司以每股21美元现金，斥资87亿美元收购美国生技公司戊科技。", []string{"甲公司 acquired 戊科技"}},
		// Advisors: in an aside after the degree, named with 导师, followed
		// to study, as a master, with the pupils listed; in English under a
		// teacher for the thesis, and one of a teacher's students.
		{"张三毕业于乙大学（导师为李四），后加入甲公司。", []string{"张三 advisor 李四", "张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"张三在导师李四的指导下完成论文。", []string{"张三 advisor 李四"}},
		{"在导师李四的指导下，张三完成论文。", []string{"张三 advisor 李四"}},
		{"在李四的导师王五的指导下，张三完成论文。", []string{"李四 advisor 王五"}},
		{"张三跟随「机器视觉之父」李四教授学习。", []string{"张三 advisor 李四"}},
		{"张三在乙大学师从名家李四。", []string{"张三 advisor 李四"}},
		{"李四培养了许多学生，如张三、王五等。", []string{"张三 advisor 李四", "王五 advisor 李四"}},
		{"李四与学生张三合作研究。", []string{"张三 advisor 李四"}},
		{"Under physicist Jane Roe, Doe wrote his thesis on a problem in physics.", []string{"John Doe advisor Jane Roe"}},
		{"In 1845 Doe became one of the original 26 students of Jane Roe at Epsilon.", []string{"John Doe advisor Jane Roe", "John Doe educatedAt Epsilon"}},
		{"Doe was one of Roe's most renowned pupils.", []string{"John Doe advisor Jane Roe"}},
		{"张三和博士生同学李四设计了星火系统。", []string{"张三 authored 星火系统", "李四 authored 星火系统"}},
		// A post followed by another organisation or project is held
		// there, not at the organisation that hired or named the person.
		{"Acme hired Roe as director on Never Let Me Go.", []string{"Jane Roe contributedTo Never Let Me Go", "Jane Roe worksFor Acme Robotics"}},
		{"Acme appointed Roe as president of Beta Labs.", []string{"Jane Roe led Beta Labs [president]", "Jane Roe worksFor Beta Labs [president]"}},
		{"Acme hired Roe as director.", []string{"Jane Roe led Acme Robotics [director]", "Jane Roe worksFor Acme Robotics [director]"}},
		{"Acme hired Roe as director of research.", []string{"Jane Roe worksFor Acme Robotics [director]"}},
		// An infinitive after a verb whose object is a person is that
		// person's, until "and" opens another verb of the subject's; a
		// title used as a verb ("to head X") is held at what it takes.
		{"Roe hired Doe, a former Acme engineer, to run Beta Labs.", []string{"John Doe worksFor Acme Robotics [engineer]"}},
		{"Roe hired Doe in 1990 and, a year later, left to head Beta Labs.", []string{"Jane Roe led Beta Labs"}},
		{"Roe joined Doe's team in 1990 to lead Beta Labs.", []string{"Jane Roe led Beta Labs"}},
		{"Acme recruited Roe, then at Epsilon, to head Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Epsilon"}},
		// A sentence that names no one after one opened by two people goes
		// on with neither, unless one is the person the text is about.
		{"张三和李四在甲公司相识。后来创办了戊科技。", nil},
		{"张三与李四在甲公司相识。他后来创办了戊科技。", nil},
		{"张三生于中国。张三和李四多次合作。后来创办了戊科技。", []string{"张三 bornIn 中国", "张三 founded 戊科技"}},
		// A group word after a sentence that names as many people, and no
		// list: those people; not where a relative may be one of them, and
		// no one else from context when it stays open.
		{"张三邀请李四加入甲公司。二人后来创办了戊科技。", []string{"张三 founded 戊科技", "李四 founded 戊科技", "李四 worksFor 甲公司"}},
		{"张三的父亲与李四相识。二人后来创办了戊科技。", nil},
		{"Roe met Doe at Beta Labs. The two later founded Acme.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"Roe met Doe and Major at Beta Labs. The three later founded Acme.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics", "Mary Major founded Acme Robotics"}},
		{"Roe met Doe at Beta Labs. The three later founded Acme.", nil},
		{"Roe's father met Doe at Beta Labs. The two later founded Acme.", nil},
		// Investors: a list closed by 等原投资方 and the like (one lexicon,
		// zhetc, for every funding pattern), shareholders after a longer
		// descriptor, holdings given as examples in parentheses, the sum
		// of an investment in something.
		{"甲公司获得融资，丙资本、丁创投等原投资方跟投。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司获得由丙资本领投，以及丁创投、戊科技等原投资方跟投的融资。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"甲公司的主要发起人股东包括丙资本、丁创投、戊科技。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司", "戊科技 investedIn 甲公司"}},
		{"丙资本此后又参股了医药企业（如甲公司和戊科技）。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"丙资本和丁创投对甲公司的首期投资额高达50亿元。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		// The people around an organisation are none of its own.
		{"Roe is a leader in the Acme community.", nil},
		{"Roe joined the Acme community.", nil},
		{"Roe works at the Acme research lab.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A title after a section, an office or a group of an
		// organisation is the unit's: no head of the organisation.
		{"张三为教务长兼乙大学教育科主任。", []string{"张三 worksFor 乙大学 [主任]"}},
		{"张三任乙大学教研室主任。", []string{"张三 worksFor 乙大学 [主任]"}},
		{"张三任甲公司技术组组长。", []string{"张三 worksFor 甲公司 [组长]"}},
		// The head of a unit a common noun qualifies after the name, or
		// of what a noun of the name's owns, is no head of the whole.
		{"Roe was appointed dean of the Epsilon law school.", []string{"Jane Roe worksFor Epsilon [dean]"}},
		{"Roe served as head of the Acme board's audit committee.", []string{"Jane Roe worksFor Acme Robotics [head]"}},
		{"Roe is chair of the Acme board.", []string{"Jane Roe led Acme Robotics [chair]", "Jane Roe worksFor Acme Robotics [chair]"}},
		// A school or hospital attached to an organisation is one of its
		// own; a board's committee and the press are the organisation's,
		// but their heads do not head it.
		{"张三任乙大学附属医院院长。", nil},
		{"张三任乙大学附属中学校长。", nil},
		{"张三创办了乙大学附属医院。", nil},
		{"张三就读于乙大学附小。", nil},
		{"张三担任甲公司董事会审计委员会主席。", []string{"张三 worksFor 甲公司 [主席]"}},
		{"张三任乙大学出版社社长。", []string{"张三 worksFor 乙大学 [社长]"}},
		{"张三任甲公司董事会主席。", []string{"张三 led 甲公司 [董事会主席]", "张三 worksFor 甲公司 [主席]"}},
		// A hospital, a newspaper or an alumni network named after an
		// organisation is not the organisation that is headed or founded.
		{"Roe headed the Epsilon hospital.", []string{"Jane Roe worksFor Epsilon"}},
		{"Roe founded the Acme alumni network.", nil},
		{"Roe founded the Epsilon student newspaper.", nil},
		{"Acme owns 50% of the Beta Labs cable network group.", []string{"Acme Robotics investedIn Beta Labs"}},
		// Examples after a dash; a first product; a board's head; a post
		// in a department before the name.
		{"Acme Robotics also produces consumer electronics—most notably, Gizmo devices and Widget OS tablets.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme Robotics debuted with the tabloid-sized Gizmo in 1935.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics debuted with Roe as its chairman.", nil},
		{"Gizmo was pioneered by Acme Robotics.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics has a 16-member board of directors led by the founder's grandson, John Doe.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Acme Robotics has a board that John Doe criticised.", nil},
		{"Roe asked Acme Robotics Head of Medicine John Doe for advice.", []string{"John Doe worksFor Acme Robotics [head]"}},
		{"Roe met the Acme Robotics director of research, John Doe.", []string{"John Doe worksFor Acme Robotics [director]"}},
		// A career spent at an organisation, the subject's own possessive
		// in the gap; a score composed for a work.
		{"Doe spent his whole career with Acme Robotics.", []string{"John Doe worksFor Acme Robotics"}},
		{"Roe spent her entire career at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe composed the score for Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		// A teacher named by what the pupil did under them: taught by,
		// taken on as a pupil, a thesis supervised, graduate work under,
		// research in the teacher's laboratory, an apprenticeship; in
		// Chinese, 恩师 and the other words for a teacher, 受业于, a
		// thesis 由…指导, a doctorate in the teacher's laboratory, 收…为徒.
		{"Roe was taught by John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Doe took Roe on as a pupil.", []string{"Jane Roe advisor John Doe"}},
		{"Doe was Roe's teacher.", []string{"Jane Roe advisor John Doe"}},
		{"Roe received her doctorate in 1990 with a thesis supervised by John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Roe began graduate work under John Doe at Epsilon College.", []string{"Jane Roe advisor John Doe"}},
		{"Roe discussed her graduate work with John Doe.", nil},
		{"Roe funded doctoral research with John Doe.", nil},
		{"Roe did her research in John Doe's laboratory.", []string{"Jane Roe advisor John Doe"}},
		{"Roe apprenticed under John Doe.", []string{"Jane Roe advisor John Doe"}},
		{"李四是张三的恩师。", []string{"张三 advisor 李四"}},
		{"张三的硕士生导师为李四。", []string{"张三 advisor 李四"}},
		{"张三受业于李四。", []string{"张三 advisor 李四"}},
		{"张三的博士论文由李四指导。", []string{"张三 advisor 李四"}},
		{"张三在李四实验室攻读博士学位。", []string{"张三 advisor 李四"}},
		{"李四收张三为徒。", []string{"张三 advisor 李四"}},
		{"张三随李四学画。", []string{"张三 advisor 李四"}},
		{"张三随李四访问乙大学。", nil},
		// A product put into production or a hit with it; a company's
		// line of a product; a part in a work (a role, an instrument, the
		// lyrics, a co-star, a cast, illustrations).
		{"Acme Robotics put the Gizmo aircraft into service in 1990.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics had its first big hit with the arcade game Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics' line of Gizmo robots was popular.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics sells Gizmo.", nil},
		{"Roe had a small role in Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe played bass on the album Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe wrote the lyrics for Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe starred alongside Doe in Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe was cast in Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe illustrated Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe played on the Acme Robotics team.", nil},
		// A Chinese work's writer said of the work: 由…撰写, 是…所著, in
		// parentheses after the title, 由…执笔的, 在《X》中写道, 完成《X》.
		{"《星火系统》一书由张三撰写。", []string{"张三 authored 星火系统"}},
		{"《星火系统》是张三所著的一部小说。", []string{"张三 authored 星火系统"}},
		{"《星火系统》（张三著）出版后很受欢迎。", []string{"张三 authored 星火系统"}},
		{"由张三执笔的《星火系统》很快出版。", []string{"张三 authored 星火系统"}},
		{"张三在《星火系统》中写道，科学无国界。", []string{"张三 authored 星火系统"}},
		{"张三于1990年完成《星火系统》。", []string{"张三 authored 星火系统"}},
		{"张三完成了《星火系统》的翻译。", nil},
		{"《星火系统》是张三写给李四的信。", nil},
		{"戊科技归入甲公司旗下。", []string{"甲公司 acquired 戊科技"}},
		{"这笔收入归入甲公司账户。", nil},
		// A title after "were named": each of the list holds it.
		{"Roe and Doe were named co-chief executives of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [co-chief executive]", "John Doe worksFor Acme Robotics [co-chief executive]"}},
		{"Roe and Doe were named in the lawsuit against Acme Robotics.", nil},
		// A clause that opens with the partners (与…等人组成): the person the
		// clause goes on with formed it with them.
		{"张三生于中国。1921年12月与李四等人组成甲公司。", []string{"张三 bornIn 中国", "张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"甲公司与乙大学等组成戊科技。", nil},
		// 队长 heads a team.
		{"张三生于中国。1954年，任甲公司队长。", []string{"张三 bornIn 中国", "张三 led 甲公司 [队长]", "张三 worksFor 甲公司 [队长]"}},
		// A sentence that opens with a relative pronoun (a sentence split
		// before "who" in broken text) has no name before it in itself.
		{"Roe left Beta Labs. who had studied at Acme Robotics.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe left Beta Labs. which was founded by Doe.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe performed on the day Gizmo launched.", nil},
		{"Roe had a key role in the development of Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		// A relative a copula names at the end of the clause goes on as the
		// subject (他的伯父是物理学家张三，…); so does one named after a chain
		// of kinship nouns (他母亲的伯父张三). Not a name inside a longer
		// description (他的父亲是张三的学生，…).
		{"李四出生于美国，他的伯父是物理学家张三，在乙大学获得博士学位，曾担任甲公司总经理。", []string{"张三 educatedAt 乙大学", "张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]", "李四 bornIn 美国"}},
		{"她的丈夫是著名的物理学家张三，毕业于乙大学。", []string{"张三 educatedAt 乙大学"}},
		{"他母亲的伯父张三，后加入甲公司。", []string{"张三 worksFor 甲公司"}},
		{"他的父亲是张三的学生，毕业于乙大学。", nil},
		{"他的父亲是张三和李四的学生，毕业于乙大学。", nil},
		// Heads of colleges and houses, and posts held in residence.
		{"John Doe, Master of Acme Robotics, said the watch was slow.", []string{"John Doe led Acme Robotics [master]", "John Doe worksFor Acme Robotics [master]"}},
		{"Jane Roe was the Warden of Epsilon College from 1990.", []string{"Jane Roe led Epsilon [warden]", "Jane Roe worksFor Epsilon [warden]"}},
		{"Jane Roe is Acme Robotics's Composer-in-Residence.", []string{"Jane Roe worksFor Acme Robotics [composer-in-residence]"}},
		{"Jane Roe earned a Master of Science at Epsilon College.", []string{"Jane Roe educatedAt Epsilon"}},
		// A musician's or a composer's record or piece named after the
		// possessive, past a few words of description.
		{"Jane Roe's solo debut studio album Never Let Me Go (1992) made her famous.", []string{"Jane Roe authored Never Let Me Go"}},
		{"Jane Roe's fourth album, Never Let Me Go, saw John Doe taking on the role of producer.", []string{"Jane Roe authored Never Let Me Go"}},
		{"He produced Jane Roe's platinum debut album Never Let Me Go.", []string{"Jane Roe authored Never Let Me Go"}},
		{"Jane Roe's cover of John Doe's album Never Let Me Go was a hit.", []string{"John Doe authored Never Let Me Go"}},
		{"Jane Roe's favourite song Never Let Me Go was played.", nil},
		// A member after 与/和 and his (她的丈夫, 他的伙伴) belongs to the
		// list, whether the pronoun was resolved or left alone.
		{"张三与她的丈夫李四创办了甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"甲公司由张三与他的伙伴李四、王五共同创办。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		{"张三与他的学生李四开发了星火系统。", []string{"张三 authored 星火系统", "李四 advisor 张三", "李四 authored 星火系统"}},
		// A line that ends in "in" before a sentence that opens with a
		// name: the word before "in" is in the sentence before (this
		// panicked).
		{"Roe in\nAcme Robotics hired Doe as president.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		// The subject's verb in a relative clause on the object, with a few
		// words on what the object is before its quoted title.
		{"甲公司与戊科技合作下成立的「庚厂」展开业务。", []string{"戊科技 founded 庚厂", "甲公司 founded 庚厂"}},
		{"甲公司当年拍摄的旅游纪录节目《星火系统》很受欢迎。", []string{"甲公司 developed 星火系统"}},
		// A post on a work's crew: "served as producer on X", "was
		// dialogue director on X", "hired Roe as producer for X".
		{"Jane Roe served as sound engineer on Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Jane Roe was dialogue director on the film Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Acme Robotics hired Jane Roe as associate producer for Gizmo.", []string{"Jane Roe contributedTo Gizmo", "Jane Roe worksFor Acme Robotics"}},
		{"Jane Roe served as director for Acme Robotics.", []string{"Jane Roe led Acme Robotics [director]", "Jane Roe worksFor Acme Robotics [director]"}},
		// A work credited to its makers by their posts.
		{"In 1980 Acme Robotics launched the series Gizmo, by writer Jane Roe and artist John Doe, two popular talents.", []string{"Acme Robotics developed Gizmo", "Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo"}},
		{"The film Gizmo by director Jane Roe opened in 1990.", []string{"Jane Roe contributedTo Gizmo"}},
		// Partners set off by commas between the verb and its object did
		// it too.
		{"Jane Roe developed, together with John Doe, the Gizmo system.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"In 2001 Jane Roe founded, along with John Doe, the Acme Robotics company.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics"}},
		{"Acme Robotics acquired, with the help of Gamma Capital, Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		// A course of study named before the school; a school that
		// graduated people such as these.
		{"Jane Roe attended the programme in orchestral and choral conducting at Epsilon College in Springfield.", []string{"Jane Roe educatedAt Epsilon"}},
		{"Epsilon College has graduated several notable athletes such as Jane Roe and John Doe.", []string{"Jane Roe educatedAt Epsilon", "John Doe educatedAt Epsilon"}},
		// An organisation and a noun of its students before a name (乙大学
		// 校友张三) describe the person, as a title does.
		{"甲公司于2009年4月由乙大学校友张三、李四、王五创立。", []string{"张三 educatedAt 乙大学", "张三 founded 甲公司", "李四 educatedAt 乙大学", "李四 founded 甲公司", "王五 educatedAt 乙大学", "王五 founded 甲公司"}},
		// A short clause of time that ends in 后, with no comma, may open
		// the clause before what the pattern starts with; not one that
		// names someone or something.
		{"张三是中国物理学家。中学毕业后于1932年考上了乙大学物理系。", []string{"张三 educatedAt 乙大学"}},
		{"张三是中国物理学家。回国后加入了甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三是中国物理学家。甲公司上市后考上了乙大学。", nil},
		// A move to a school with the department between the school and
		// what was done there goes on with the subject before.
		{"张三是中国物理学家。1939年考取留学名额，1940年赴美国乙大学应用数学系学习。", []string{"张三 educatedAt 乙大学"}},
		// The kind of thing named, with where it is, before "called".
		{"In 1938 Acme Robotics bought the independent steel company in Springfield called Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"In 1938 Acme Robotics visited the steel company in Springfield called Beta Labs.", nil},
		// A post with no subject of its own is not the sentence's subject's
		// when another person named in its clause takes it (接任, 担任 …);
		// one who appoints (被王五任命为) leaves it to the subject.
		{"王五宣布张三接任甲公司董事长。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"王五宣布，由张三接任甲公司董事长。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"1941年张三被财政部长王五任命为甲公司主席。", []string{"张三 worksFor 甲公司 [主席]"}},
		// A Chinese author's best-known work; 著书; a title after its kind
		// as the list member before it was.
		{"张三除著书《星火系统》外，还创办了甲公司。", []string{"张三 authored 星火系统", "张三 founded 甲公司"}},
		{"张三最著名的作品是《星火系统》（Le Règne Animal）。", []string{"张三 authored 星火系统"}},
		{"张三最喜欢的作品是《星火系统》。", nil},
		{"张三创作了独幕话剧《星火系统》、大型话剧《Never Let Me Go》。", []string{"张三 authored Never Let Me Go", "张三 authored 星火系统"}},
		// A post shared with another (co-president, co-publisher, co-head).
		{"Acme Robotics named Jane Roe and John Doe as Co-Publishers of Beta Labs.", []string{"Jane Roe worksFor Beta Labs [co-publisher]", "John Doe worksFor Beta Labs [co-publisher]"}},
		{"Jane Roe was co-head of Beta Labs.", []string{"Jane Roe led Beta Labs [co-head]", "Jane Roe worksFor Beta Labs [co-head]"}},
		// A founding verb in a relative clause on what another verb of the
		// subject's acts on says nothing of the subject's founding.
		{"张三加入成立不久的甲公司。", []string{"张三 worksFor 甲公司"}},
		{"丙资本投资了成立三年的甲公司。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本入股成立中的甲公司。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本投资成立了甲公司。", []string{"丙资本 founded 甲公司"}},
		// A later post of a list after 曾任, set off by a comma.
		{"张三曾任丙资本董事，甲公司常务理事，乙大学副校长。", []string{"张三 worksFor 丙资本 [董事]", "张三 worksFor 甲公司 [常务理事]", "张三 worksFor 乙大学 [副校长]"}},
		{"张三任甲公司总经理，乙大学常务理事。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]", "张三 worksFor 乙大学 [常务理事]"}},
		{"张三与李四会面，甲公司常务理事。", nil},
		// A joint founding whose partners are a list; a second post of the
		// same organisation after 与.
		{"甲公司曾与国内的丙资本等多家公司合作成立戊科技。", []string{"丙资本 founded 戊科技", "甲公司 founded 戊科技"}},
		{"甲公司首任董事长张三与首任总经理李四先后逝世。", []string{"李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]", "张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"甲公司董事长张三和乙大学校长李四出席。", []string{"李四 led 乙大学 [校长]", "李四 worksFor 乙大学 [校长]", "张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// A demonym after the article describes the name; alone it may
		// open it.
		{"Acme acquired the French Beta Labs in 1963.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Roe joined the Swedish Acme in 1990.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Acme bought the struggling Beta Labs in 1990.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Roe joined the growing Acme in 1990.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A list member's own demonym, without its article.
		{"Acme acquired the French Beta Labs, British Gamma Capital and Spanish Delta Ventures.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Delta Ventures", "Acme Robotics acquired Gamma Capital"}},
		// Co-authors in a participle after a work's title.
		{"Roe's 1985 paper entitled \"Gizmo\", published with colleagues John Doe and Mary Major, was honored.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo", "Mary Major authored Gizmo"}},
		{"The book Gizmo, published with an introduction by John Doe, sold well.", nil},
		// Military ranks are posts.
		{"他的父亲张三是甲公司中尉。", []string{"张三 worksFor 甲公司 [中尉]"}},
		{"王五同甲公司将领李四会面。", []string{"李四 worksFor 甲公司 [将领]"}},
		// Military ranks; a post "in" an organisation, in an apposition.
		{"Acme Captain Jane Roe led the mission.", []string{"Jane Roe worksFor Acme Robotics [captain]"}},
		{"Roe, a corporal in the Acme, died in 1944.", []string{"Jane Roe worksFor Acme Robotics [corporal]"}},
		{"Roe, a partner in Acme, spoke.", []string{"Jane Roe worksFor Acme Robotics [partner]"}},
		// Going somewhere to work or do research there; the post held at
		// what its holder then left.
		{"1949年，张三进入甲公司进行博士后研究工作。", []string{"张三 worksFor 甲公司"}},
		{"张三到甲公司进行考察。", nil},
		{"1919年，时任总经理的另一创办人张三退出甲公司。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"时任乙大学校长的张三离开甲公司。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]", "张三 worksFor 甲公司"}},
		// What is hoped for, negotiated or sought is not done.
		{"张三希望能加入甲公司。", nil},
		{"据悉，甲公司正洽谈收购戊科技。", nil},
		{"经过多轮洽谈，甲公司收购了戊科技。", []string{"甲公司 acquired 戊科技"}},
		// A person who starts a project takes part in it, and so do the
		// partners named with the verb.
		{"Roe started the Gizmo project.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe started, along with John Doe, the Gizmo Project, an open source environment.", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo"}},
		// Review: a government post after 与 is no post of the company;
		// 希望 in a name hopes nothing.
		{"甲公司董事长张三和总理李四会面。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"甲公司董事长张三与副总裁李四出席。", []string{"李四 worksFor 甲公司 [副总裁]", "张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		{"张三离开新希望后加入甲公司。", []string{"张三 worksFor 甲公司"}},
		{"时任市长的张三离开甲公司。", []string{"张三 worksFor 甲公司"}},
		// Partners listed after "along with" before the object; an English
		// apposition after a name is that name's.
		{"Roe started, along with John Doe and Mary Major, the Gizmo project.", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo", "Mary Major contributedTo Gizmo"}},
		{"Roe founded, along with John Doe and Mary Major, the Acme company.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics", "Mary Major founded Acme Robotics"}},
		{"Jane Roe and John Doe, the Acme lab director, spoke.", []string{"John Doe led Acme Robotics [director]", "John Doe worksFor Acme Robotics [lab director]"}},
		{"Jane Roe met John Doe, the Acme CEO.", []string{"John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		// An English phrase a verb takes as its object, or one set off
		// after another name, says nothing of the clause's subject.
		{"Jane Roe criticised Acme's CEO, John Doe.", []string{"John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		{"After meeting John Doe, the president of Acme, Jane Roe founded Beta Labs.", []string{"Jane Roe founded Beta Labs", "John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		{"张三毕业于乙大学，甲公司CEO。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司 [CEO]"}},
		// After stints (plural) at organisations: each is employment.
		{"After stints at Acme Robotics and Beta Labs, Jane Roe joined Gamma Capital.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs", "Jane Roe worksFor Gamma Capital"}},
		{"After a spell at Acme Robotics, Jane Roe joined Gamma Capital.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Gamma Capital"}},
		// 是…，…: a later post after "is", set off by a comma, with no
		// verb or name of its own; a name or a verb after it is another
		// clause.
		{"张三是甲公司名誉会长，戊科技会长。", []string{"张三 led 戊科技 [会长]", "张三 worksFor 戊科技 [会长]", "张三 worksFor 甲公司 [名誉会长]"}},
		{"张三说李四是甲公司董事，戊科技会长。", []string{"李四 worksFor 戊科技 [会长]", "李四 worksFor 甲公司 [董事]"}},
		{"张三是甲公司董事长，戊科技总裁李四也出席。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]", "李四 led 戊科技 [总裁]", "李四 worksFor 戊科技 [总裁]"}},
		{"张三是甲公司董事长，戊科技总裁也出席了会议。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// A longer list of titles set off after the name: the last one's
		// organisation; a list of names is no list of titles.
		{"Roe, scientist, engineer and the second president of Acme Robotics, died in 1922.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Roe, a physicist, engineer, and president of Acme Robotics, died.", []string{"Jane Roe led Acme Robotics [president]", "Jane Roe worksFor Acme Robotics [president]"}},
		{"Roe, Doe, Major and the president of Acme Robotics met.", nil},
		// A pupil set off after a phrase that names the teacher; one of a
		// person's teachers.
		{"A student of Doe's, Jane Roe, went on to found Beta Labs.", []string{"Jane Roe advisor John Doe", "Jane Roe founded Beta Labs"}},
		{"John Doe taught at Epsilon. A student of his there, Jane Roe, went on to found Beta Labs.", []string{"Jane Roe advisor John Doe", "Jane Roe founded Beta Labs", "John Doe worksFor Epsilon"}},
		{"John Doe taught at Epsilon. One of his graduate students at Epsilon, Jane Roe, founded Beta Labs.", []string{"Jane Roe advisor John Doe", "Jane Roe educatedAt Epsilon", "Jane Roe founded Beta Labs", "John Doe worksFor Epsilon"}},
		{"Roe studied at Epsilon. One of her teachers was John Doe.", []string{"Jane Roe advisor John Doe", "Jane Roe educatedAt Epsilon"}},
		{"A friend of Doe's, Jane Roe, went on to found Beta Labs.", []string{"Jane Roe founded Beta Labs"}},
		// More shapes of a pupil: both students of one teacher, the first
		// or last student, taken on as a student, a thesis under the
		// teacher's supervision (a business mentor's guidance is none).
		{"Jane Roe and John Doe were both students of Mary Major.", []string{"Jane Roe advisor Mary Major", "John Doe advisor Mary Major"}},
		{"Roe was the first doctoral student of Mary Major.", []string{"Jane Roe advisor Mary Major"}},
		{"Roe was Mary Major's first graduate student.", []string{"Jane Roe advisor Mary Major"}},
		{"Mary Major took on Roe as a doctoral student.", []string{"Jane Roe advisor Mary Major"}},
		{"Under Mary Major's supervision, Roe completed a thesis on robots.", []string{"Jane Roe advisor Mary Major"}},
		{"Under Mary Major's guidance, Roe founded Beta Labs.", []string{"Jane Roe founded Beta Labs"}},
		{"张三是李四的第一个博士生。", []string{"张三 advisor 李四"}},
		{"张三成为李四的关门弟子。", []string{"张三 advisor 李四"}},
		{"张三是李四的第一个客户。", nil},
		// "A Springfield native, Roe…"; "…, where she was born" (not her
		// son, not an idea).
		{"A Springfield native, Roe founded Acme Robotics.", []string{"Jane Roe bornIn Springfield", "Jane Roe founded Acme Robotics"}},
		{"Roe was raised in Springfield, where she was born in 1950.", []string{"Jane Roe bornIn Springfield"}},
		{"Roe moved to Springfield, where her son was born.", nil},
		{"Roe moved to Springfield, where Doe was born.", []string{"John Doe bornIn Springfield"}},
		// A purchase finalized, closed or concluded is done; a sale closed
		// names no buyer this way.
		{"Acme Robotics finalized the acquisition of Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme Robotics closed the acquisition of Beta Labs in May.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme Robotics concluded the takeover of Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Acme Robotics closed the sale of Beta Labs.", nil},
		// Investors: each with its own verb in a list (丙领投、丁跟投了…);
		// "bankrolled", "helped fund"; a round joined after the raise
		// was named; a company's round as the object.
		{"丙资本领投、丁创投跟投了戊科技的B轮融资。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"丙资本领投、丁创投跟投了戊科技。", []string{"丁创投 investedIn 戊科技"}},
		{"Jane Roe bankrolled Acme Robotics.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"Jane Roe helped to fund Acme Robotics.", []string{"Jane Roe investedIn Acme Robotics"}},
		{"Acme Robotics raised $5 million. Gamma Capital invested in the round.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Gamma Capital invested in Acme Robotics's Series A round.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Gamma Capital invested in Acme Robotics's rival.", nil},
		// A title's kind after it does not end a list of titles; another's
		// work after it is not the first one's.
		{"甲公司发行了《星火系统》丛书和《Gizmo》杂志。", []string{"甲公司 developed Gizmo", "甲公司 developed 星火系统"}},
		{"张三著有《星火系统》一书和《Gizmo》。", []string{"张三 authored Gizmo", "张三 authored 星火系统"}},
		{"张三写了《星火系统》一书和李四的《Gizmo》。", []string{"张三 authored 星火系统", "李四 authored Gizmo"}},
		// 名为…的新公司: the name a new company was given, in the clause of
		// the verb only.
		{"甲公司成立了名为戊科技的新公司。", []string{"甲公司 founded 戊科技"}},
		{"甲公司和丙资本成立己资本，并构建名为戊科技的新公司。", []string{"丙资本 founded 己资本", "甲公司 founded 己资本"}},
		// 参议 is a post.
		{"张三曾历任甲公司参议、戊科技理事等职务。", []string{"张三 worksFor 戊科技 [理事]", "张三 worksFor 甲公司 [参议]"}},
		{"张三参议此事。", nil},
		// The schooling of a list in a relative clause, with a longer
		// description of the students; alumni described before "include".
		{"Acme Robotics was founded in 2015 by Jane Roe, John Doe, and Mary Major, all of whom were graduate and undergraduate students at Epsilon.", []string{"Jane Roe educatedAt Epsilon", "Jane Roe founded Acme Robotics", "John Doe educatedAt Epsilon", "John Doe founded Acme Robotics", "Mary Major educatedAt Epsilon", "Mary Major founded Acme Robotics"}},
		{"Acme Robotics was founded by Jane Roe and John Doe, who were both students at Epsilon.", []string{"Jane Roe educatedAt Epsilon", "Jane Roe founded Acme Robotics", "John Doe educatedAt Epsilon", "John Doe founded Acme Robotics"}},
		{"Epsilon alumni serving as chief executives or company presidents include Jane Roe and John Doe.", []string{"Jane Roe educatedAt Epsilon", "John Doe educatedAt Epsilon"}},
		// A possessive after "as did X in" is X's.
		{"John Doe criticised the theory in Widget OS, as did Will Wright in his book Gizmo.", []string{"Will Wright authored Gizmo"}},
		// A later member of a list of works after "the" and its class:
		// a few lower-case words ending in a product's noun; not a
		// relative clause, not another kind's member.
		{"Roe also created the distributed version control system Gizmo and the scuba dive logging and planning software Widget OS.", []string{"Jane Roe authored Gizmo", "Jane Roe authored Widget OS"}},
		{"Roe also created Gizmo and the robot that Doe built, Widget OS.", []string{"Jane Roe authored Gizmo"}},
		{"Roe wrote Gizmo and the operating system manual for Widget OS.", []string{"Jane Roe authored Gizmo"}},
		// A clause with no subject of its own after an organisation, a
		// title and a person: the person goes on, not the organisation.
		{"乙大学教授张三，和李四等人发起成立甲公司。", []string{"张三 founded 甲公司", "张三 worksFor 乙大学 [教授]", "李四 cofounded 甲公司"}},
		// A pronoun that opens a sentence goes on with the person that
		// opened the sentence before, not with one the sentences before
		// name or mean more often; two coordinated people leave it open.
		{"Will Wright led Acme Robotics until 1915. His assistant, Mary Major, survived him. John Doe was vice president when Will Wright died, and became president. He was a co-founder of Beta Labs.", []string{"John Doe cofounded Beta Labs", "Will Wright led Acme Robotics", "Will Wright worksFor Acme Robotics"}},
		{"张三担任甲公司总裁。李四在王五去世时接任甲公司董事长。他后来创办了戊科技。", []string{"张三 led 甲公司 [总裁]", "张三 worksFor 甲公司 [总裁]", "李四 founded 戊科技", "李四 worksFor 甲公司 [董事长]"}},
		// A second verb of the subject after a longer first predicate
		// (up to 90 characters); a clause with a subject of its own after
		// the comma keeps its own.
		{"Roe described the approach to education in her early lectures on robots and wrote Never Let Me Go in 1969.", []string{"Jane Roe authored Never Let Me Go"}},
		{"Roe saw the company through both world wars, became a noted community leader, and was a co-founder of Beta Labs.", []string{"Jane Roe cofounded Beta Labs"}},
		{"Roe described the approach to education in her early lectures on robots, and Doe wrote Never Let Me Go in 1969.", []string{"John Doe authored Never Let Me Go"}},
		// A title of the subject's after "and" and a long first predicate.
		{"Roe taught physics and mathematics for many years at several small colleges in the north and later became chief executive of Acme Robotics.", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"Roe taught physics and mathematics for many years at several small colleges in the north and was a co-founder of Beta Labs.", []string{"Jane Roe cofounded Beta Labs"}},
		// A participle or "went on to" of the subject after a long first
		// predicate.
		{"Roe taught physics and mathematics for many years at several small colleges in the north, later founding Beta Labs.", []string{"Jane Roe founded Beta Labs"}},
		{"Roe taught physics and mathematics for many years at several small colleges in the north and went on to found Beta Labs.", []string{"Jane Roe founded Beta Labs"}},
		// A name set aside before a comma ("Unlike X,", "Besides X,",
		// 除了X，, 与X不同，) is compared with the clause after it, not one
		// of its arguments; a name set aside after the clause is its own.
		{"除了甲公司，丙资本还投资了戊科技。", []string{"丙资本 investedIn 戊科技"}},
		{"除了张三，李四也在甲公司工作过。", []string{"李四 worksFor 甲公司"}},
		{"除甲公司、戊科技以外，丙资本还投资了庚厂。", []string{"丙资本 investedIn 庚厂"}},
		{"与甲公司不同，戊科技由张三创办。", []string{"张三 founded 戊科技"}},
		{"Unlike Acme, Beta Labs was founded by Jane Roe.", []string{"Jane Roe founded Beta Labs"}},
		{"Besides Acme and Delta Ventures, Gamma Capital invested in Beta Labs.", []string{"Gamma Capital investedIn Beta Labs"}},
		{"Like Roe, Doe studied at Epsilon College.", []string{"John Doe educatedAt Epsilon"}},
		{"甲公司和丙资本都投资了戊科技。", []string{"丙资本 investedIn 戊科技", "甲公司 investedIn 戊科技"}},
		// An investor's portfolio named as its cases; a lead investor
		// named by its kind; 代表 as a verb names no portfolio.
		{"丙资本代表投资案例：甲公司、戊科技。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"丙资本的代表性投资包括甲公司、戊科技等。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"张三的投资案例包括甲公司。", []string{"张三 investedIn 甲公司"}},
		{"丙资本是甲公司本轮融资的领投机构。", []string{"丙资本 investedIn 甲公司"}},
		{"张三代表投资方甲公司签字。", nil},
		{"国家开发银行的投资机构丙资本参与了此次交易。", nil},
		// A thing of a kind, then who made it ("a browser from Acme", "a
		// game by Roe"); a participle between names another act.
		{"Gizmo, a phone from Acme, sold well.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo is a free browser from Acme.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo began as an internal project at Acme.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme open-sourced Gizmo in 2015.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo is a programming language by Roe.", []string{"Jane Roe authored Gizmo"}},
		{"Gizmo, a game by Jane Roe, sold well.", []string{"Jane Roe authored Gizmo"}},
		{"Gizmo, a project funded by Acme, failed.", nil},
		{"Gizmo, a phone sold by Acme, failed.", nil},
		{"Gizmo, a game played by Roe, sold well.", nil},
		{"Gizmo was a gift from Acme.", nil},
		// An organisation's products of a kind listed after it, with or
		// without a possessive.
		{"Acme products include Gizmo.", []string{"Acme Robotics developed Gizmo"}},
		{"Other important Acme aircraft are the Gizmo and the Widget OS.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Gamma Capital's portfolio companies' products include Gizmo.", nil},
		// A move to an organisation is a move to a job there; a move to
		// a school says nothing of whether one studies or teaches there.
		{"Roe moved to Acme in 2010.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe then switched to Beta Labs, a startup.", []string{"Jane Roe worksFor Beta Labs"}},
		{"Roe serves on the faculty of Epsilon College.", []string{"Jane Roe worksFor Epsilon"}},
		{"Roe moved to Epsilon College to study physics.", nil},
		{"Subsequently, Roe switched to Delta University and Epsilon College.", nil},
		{"Roe later moved to Epsilon College as a professor.", []string{"Jane Roe worksFor Epsilon [professor]"}},
		{"The company moved to Springfield.", nil},
		{"Roe switched to Acme's phones.", nil},
		{"Roe switched to Acme phones in 2015.", nil},
		{"Roe jumped to Acme's defense.", nil},
		// 进入 an organisation with only a time or an adverb before it;
		// a school entered may be a pupil's; 来自 an organisation.
		{"张三于2010年进入甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三从乙大学毕业进入甲公司。", []string{"张三 educatedAt 乙大学", "张三 worksFor 甲公司"}},
		{"张三来自甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三于1990年进入乙大学。", nil},
		{"张三并不允许子女进入甲公司。", nil},
		{"张三来自甲公司的投资部门。", nil},
		{"甲公司的产品进入了戊科技。", nil},
		// A founder set off after the name with another title after 兼.
		{"张三，甲公司创始人兼CEO。", []string{"张三 founded 甲公司", "张三 led 甲公司 [CEO]", "张三 worksFor 甲公司 [CEO]"}},
		{"张三，甲公司联合创始人兼CTO，表示。", []string{"张三 cofounded 甲公司", "张三 worksFor 甲公司 [CTO]"}},
		{"张三，甲公司创始人兼CEO李四的妻子。", []string{"李四 founded 甲公司", "李四 led 甲公司 [CEO]", "李四 worksFor 甲公司 [CEO]"}},
		// A later post of a list, its organisation after a word of kind
		// or time (国营, 兼任).
		{"张三曾任甲公司华人董事、国营乙大学总经理等职务。", []string{"张三 led 乙大学 [总经理]", "张三 worksFor 乙大学 [总经理]", "张三 worksFor 甲公司 [董事]"}},
		{"张三曾任甲公司董事、兼任戊科技总裁。", []string{"张三 led 戊科技 [总裁]", "张三 worksFor 戊科技 [总裁]", "张三 worksFor 甲公司 [董事]"}},
		// 和 joins a list of founders; 与 and 同 name partners.
		{"张三和李四等人在北京创办了甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"张三与李四等人在北京创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// A later member of a list in quotes after its class (电商“X”);
		// after a Chinese comma such a name is another clause's.
		{"丙资本投出了饮品品牌“甲公司”、二手电商“戊科技”等。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"丙资本投资了甲公司、电商“戊科技”等。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"丙资本入股了一家餐饮公司“甲公司”，后者拥有茶饮品牌“戊科技”。", []string{"丙资本 investedIn 甲公司"}},
		// A list summed up by its class goes on after "，以及".
		{"丙资本投资了甲公司、戊科技等一系列公司，以及庚厂。", []string{"丙资本 investedIn 庚厂", "丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		// An organisation's rival, parent or partner after it is what the
		// verb acts on, not the organisation.
		{"张三加入了甲公司的竞争对手。", nil},
		{"张三创办了甲公司的竞争对手戊科技。", nil},
		{"丙资本投资了甲公司和戊科技的竞争对手。", nil},
		{"丙资本投资了甲公司的母公司。", nil},
		{"张三是甲公司的客户经理。", []string{"张三 worksFor 甲公司 [经理]"}},
		// A pupil by an apprenticeship, by work "as a graduate student"
		// with the teacher, or taken or accepted "as a student".
		{"Roe worked with Doe as a graduate student.", []string{"Jane Roe advisor John Doe"}},
		{"Roe was apprenticed to Doe.", []string{"Jane Roe advisor John Doe"}},
		{"Doe accepted Roe as a doctoral student.", []string{"Jane Roe advisor John Doe"}},
		{"Roe worked with Doe as a consultant.", nil},
		// A part of a work made (its interface, its soundtrack, a foreword
		// to it) is a contribution, not the work.
		{"Roe designed the user interface of Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe wrote the foreword to Never Let Me Go.", nil},
		{"Acme developed the engine for Gizmo.", nil},
		{"Roe wrote the first version of Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"Acme's introduction of Gizmo changed the market.", []string{"Acme Robotics developed Gizmo"}},
		// All of a company's shares bought, or control of it taken, is
		// the company bought; a minority stake is not.
		{"甲公司完成了对戊科技100%股权的收购。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司取得戊科技的控制权。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司完成了对戊科技30%股权的收购。", nil},
		// Verbs of a post without 于 before the organisation.
		{"张三就职甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三任教乙大学。", []string{"张三 worksFor 乙大学"}},
		{"张三应聘到甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三曾挂职甲公司。", []string{"张三 worksFor 甲公司"}},
		{"张三出席了李四的就职典礼，地点在甲公司。", nil},
		// A post by what one oversees there, by "was with" ending the
		// clause, by where one is based.
		{"Roe oversees engineering at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Previously, Roe was with Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe is based at Acme.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe was with Acme's chief executive.", nil},
		// A post in parentheses after the name, a writer's work for a
		// publisher, an artist at a studio.
		{"Roe (an Acme engineer) spoke.", []string{"Jane Roe worksFor Acme Robotics [engineer]"}},
		{"Roe (one of the original Acme astronauts) spoke.", nil},
		{"Roe wrote for Acme in the 1960s.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe wrote a letter for Acme.", nil},
		{"He recruited ex-Acme artist Roe.", []string{"Jane Roe worksFor Acme Robotics [artist]"}},
		// The infinitive of a part in a work after "went on to", "would
		// later": producing, directing, editing.
		{"Roe went on to produce Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe would later edit Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Roe hoped to produce Gizmo.", nil},
		// Who holds a unit's title, or when, between the unit and the
		// title: the title is still the unit's.
		{"甲公司市场部女总经理张三表示。", []string{"张三 worksFor 甲公司 [总经理]"}},
		{"甲公司财务处前处长张三表示。", []string{"张三 worksFor 甲公司 [处长]"}},
		{"甲公司市场部首位女总经理张三表示。", []string{"张三 worksFor 甲公司 [总经理]"}},
		{"甲公司女总经理张三表示。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		// A move to a workplace with 调至, 迁至, 转至 and a word of work.
		{"张三调至甲公司工作。", []string{"张三 worksFor 甲公司"}},
		{"1961年，张三任甲公司副场长，不久后迁至戊科技工作。", []string{"张三 worksFor 戊科技", "张三 worksFor 甲公司 [副场长]"}},
		// What an investor put money in, then its typical cases.
		{"丙资本投资的主要都是游戏公司，典型的案子包括甲公司、戊科技等。", []string{"丙资本 investedIn 戊科技", "丙资本 investedIn 甲公司"}},
		{"丙资本投资的典型案例包括甲公司。", []string{"丙资本 investedIn 甲公司"}},
		{"丙资本研究的典型案例包括甲公司。", nil},
		// An inventor's patent.
		{"Roe was granted a patent for Gizmo.", []string{"Jane Roe authored Gizmo"}},
		{"The office granted Roe a patent for a \"Gizmo\" in 1909.", []string{"Jane Roe authored Gizmo"}},
		{"Roe was granted a patent for an improvement to Gizmo.", nil},
		// Joining partners to found something: each partner and the one
		// who joined them.
		{"Roe joined the translator Doe and the publisher Mary Major to found a publishing house with the name Acme.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics", "Mary Major cofounded Acme Robotics"}},
		{"Roe joined Doe in 1932 to found Acme.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics"}},
		{"Roe joined Doe to visit Acme.", nil},
		{"Doe was joined by Roe to found Acme.", []string{"John Doe founded Acme Robotics"}},
		// An organisation founded or revived with someone's money.
		{"Beta Labs was revitalised with funding from Gamma Capital.", []string{"Gamma Capital investedIn Beta Labs"}},
		{"Acme was founded in 1920 with capital from Gamma Capital and Delta Ventures.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"Acme was sold to Beta Labs with financing from Gamma Capital.", []string{"Beta Labs acquired Acme Robotics"}},
		// An organisation's production of a show or a film (制作).
		{"1998年甲公司制作的旅游节目《星火系统》。", []string{"甲公司 developed 星火系统"}},
		{"张三为甲公司制作的节目写过评论。", nil},
		// The second maker of a song after a comma (作词…，…作曲).
		{"《星火系统》由张三作词，李四教授作曲。", []string{"张三 authored 星火系统", "李四 authored 星火系统"}},
		{"《星火系统》由张三作词，李四说很好听。", []string{"张三 authored 星火系统"}},
		// A title in the possessive is another's; writing for what the
		// name qualifies is no work for the organisation.
		{"Roe, an Acme engineer's wife, spoke.", nil},
		{"Roe (an Acme engineer's daughter) spoke.", nil},
		{"Roe wrote for Acme's rival.", nil},
		{"Roe wrote for the Acme newsletter.", nil},
		{"Roe wrote for Acme and Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		// Entering a school as one of its staff is no schooling.
		{"Roe entered Epsilon College as a lecturer.", nil},
		{"Roe entered Epsilon College as a student.", []string{"Jane Roe educatedAt Epsilon"}},
		{"Roe attended Epsilon College as an undergraduate.", []string{"Jane Roe educatedAt Epsilon"}},
		// Where a thesis was defended, and under whom; a second school
		// after "but transferred to".
		{"Roe defended her thesis at Epsilon College.", []string{"Jane Roe educatedAt Epsilon"}},
		{"In 1968, Roe defended her PhD thesis on \"Program Structure and Computational Complexity\" at Epsilon College under the supervision of Doe.", []string{"Jane Roe advisor John Doe", "Jane Roe educatedAt Epsilon"}},
		{"Roe wrote her thesis on the robots at Acme.", nil},
		{"Roe attended Springfield School in 1979, but transferred to Epsilon College due to poor grades.", []string{"Jane Roe educatedAt Epsilon"}},
		// A tutor's and a music teacher's pupil.
		{"Doe tutored Roe in mathematics.", []string{"Jane Roe advisor John Doe"}},
		{"Roe studied piano with Doe in Vienna.", []string{"Jane Roe advisor John Doe"}},
		{"Roe studied piano with Doe's daughter.", nil},
		// Review: a degree "as" what it made one, a pupil's title after a
		// staff word.
		{"Roe graduated from Epsilon College as an engineer.", []string{"Jane Roe educatedAt Epsilon"}},
		{"Roe attended Epsilon College as head boy.", []string{"Jane Roe educatedAt Epsilon"}},
		{"Roe entered Epsilon College as a teacher trainee.", []string{"Jane Roe educatedAt Epsilon"}},
		{"丙资本投资的公司很多，其中李四的项目有戊科技。", nil},
		// An MBA degree of a school.
		{"张三持有乙大学MBA学位。", []string{"张三 educatedAt 乙大学"}},
		// A second verb after "and" with no comma: the place is not the birthplace.
		{"Jane Roe was born in 1900 and grew up in Springfield. =>", nil},
		{"Jane Roe was born in 1900 and later lived in Springfield. =>", nil},
		{"Jane Roe was born in 1900 and spent her youth in Springfield. =>", nil},
		{"Jane Roe was born and raised in Springfield.", []string{"Jane Roe bornIn Springfield"}},
		{"Jane Roe was born to a wealthy and cultured family in Springfield.", []string{"Jane Roe bornIn Springfield"}},
		// A name set off by commas with a parenthesis after it: the clause goes
		// on after the closing comma.
		{"His father, John Doe (1826–1905), was born in Springfield.", []string{"John Doe bornIn Springfield"}},
		{"His father, John Doe (1826–1905), joined Acme Robotics.", []string{"John Doe worksFor Acme Robotics"}},
		{"In 1990, John Doe (1826–1905), Jane Roe and Mary Major founded Acme Robotics.", []string{"Jane Roe founded Acme Robotics", "John Doe founded Acme Robotics", "Mary Major founded Acme Robotics"}},
		// An organisation's products named as its own: after a comma before
		// "including", as the products "of" it, in apposition, under its brand,
		// or among the innovations it was responsible for.
		{"Acme Robotics's games, including Gizmo and Widget OS, were failures.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Notable items of Acme Robotics furniture include the Gizmo armchair.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo, an Acme Robotics product, sold well.", []string{"Acme Robotics developed Gizmo"}},
		{"Under the Gizmo brand, Acme Robotics marketed a line of watches.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics sells watches under the Gizmo brand.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics was responsible for many of the hardware innovations for the PC, including the Gizmo bus and Widget OS.", []string{"Acme Robotics developed Gizmo", "Acme Robotics developed Widget OS"}},
		{"Acme Robotics was responsible for marketing many products, such as Gizmo. =>", nil},
		{"Acme Robotics was responsible for the distribution of products, such as Gizmo. =>", nil},
		// Taking over a project or an organisation leads it; being involved
		// with a project or turning to it contributes to it.
		{"Jane Roe took over the Gizmo project after Doe retired.", []string{"Jane Roe led Gizmo"}},
		{"Jane Roe took over Acme Robotics in 2001.", []string{"Jane Roe led Acme Robotics"}},
		{"Acme Robotics took over Beta Labs in 2001.", []string{"Acme Robotics acquired Beta Labs"}},
		{"Jane Roe was actively involved with Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Jane Roe began to focus on Gizmo.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Jane Roe focused on Gizmo's marketing. =>", nil},
		// "writer" and its kin are nouns of authorship, before or after the name.
		{"Jane Roe is the writer of Never Let Me Go.", []string{"Jane Roe authored Never Let Me Go"}},
		{"The writer of Never Let Me Go, Jane Roe, said.", []string{"Jane Roe authored Never Let Me Go"}},
		{"Jane Roe, the songwriter of Never Let Me Go, said.", []string{"Jane Roe authored Never Let Me Go"}},
		{"Jane Roe was a writer at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [writer]"}},
		// A thesis titled after a possessive name; a "next" book.
		{"Jane Roe's thesis was titled Never Let Me Go.", []string{"Jane Roe authored Never Let Me Go"}},
		{"Jane Roe wrote a lot. Her next textbook was Never Let Me Go.", []string{"Jane Roe authored Never Let Me Go"}},
		// A post to be taken (将任职, 将执掌) is no post yet.
		{"张三将任职于甲公司。 =>", nil},
		{"张三将执掌甲公司。 =>", nil},
		{"张三执掌甲公司。", []string{"张三 led 甲公司", "张三 worksFor 甲公司"}},
		// 筹组 and 合资组成 found an organisation; 共同筹组 co-founds it.
		{"丙资本与丁创投合资组成甲公司。", []string{"丁创投 founded 甲公司", "丙资本 founded 甲公司"}},
		{"丙资本与丁创投共同筹组的甲公司于香港启播。", []string{"丁创投 founded 甲公司", "丙资本 founded 甲公司"}},
		{"甲公司由张三筹组。", []string{"张三 founded 甲公司"}},
		{"张三与李四共同筹组了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// A publisher's books, an index compiled, a model put on sale: what an
		// organisation publishes or issues is its product.
		{"甲公司出版了《星火系统》。", []string{"甲公司 developed 星火系统"}},
		{"《星火系统》由甲公司出版。", []string{"甲公司 developed 星火系统"}},
		{"张三在甲公司出版了《星火系统》。", []string{"张三 authored 星火系统"}},
		{"甲公司在1969年编制的「星火系统」深入人心。", []string{"甲公司 developed 星火系统"}},
		{"Never Let Me Go was published by Acme Robotics.", []string{"Acme Robotics developed Never Let Me Go"}},
		// Entering a school with 入 or 升入; a résumé's degrees by school and
		// subject. Not 入职 or 入股.
		{"1927年初，张三随父入乙大学，但很快学校关闭。", []string{"张三 educatedAt 乙大学"}},
		{"张三入乙大学预科二年乙组读书。", []string{"张三 educatedAt 乙大学"}},
		{"张三升入乙大学。", []string{"张三 educatedAt 乙大学"}},
		{"创始人张三本科乙大学物理专业，博士戊大学生物物理专业。", []string{"张三 educatedAt 乙大学", "张三 educatedAt 戊大学"}},
		{"张三入职甲公司。", []string{"张三 worksFor 甲公司"}},
		// A noun for students that goes on into a title over them is no
		// schooling: 博士生导师, 学生处处长; 学生会主席 still is.
		{"张三是乙大学博士生导师。", []string{"张三 worksFor 乙大学 [博士生导师]"}},
		{"张三是乙大学学生处处长。", []string{"张三 worksFor 乙大学 [处长]"}},
		{"张三是乙大学的研究生导师。", []string{"张三 worksFor 乙大学 [研究生导师]"}},
		{"张三是乙大学学生会主席。", []string{"张三 educatedAt 乙大学"}},
		{"张三是乙大学博士生。", []string{"张三 educatedAt 乙大学"}},
		// Taking a company over (接手), winning it in a bid (投得), or
		// nationalising it acquires it; a merger (合并为) is no purchase.
		{"戊科技由甲公司接手。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司成功投得戊科技。", []string{"甲公司 acquired 戊科技"}},
		{"戊科技与甲公司合并为华为。 =>", nil},
		// The editor or publisher "of" a periodical heads it; "an editor at" it
		// or "Acme editor Jane Roe" is one of its staff.
		{"Jane Roe, editor of Acme Robotics from 1967, was switched.", []string{"Jane Roe led Acme Robotics [editor]", "Jane Roe worksFor Acme Robotics [editor]"}},
		{"Jane Roe was named editor and publisher of Acme Robotics.", []string{"Jane Roe led Acme Robotics [publisher]", "Jane Roe worksFor Acme Robotics [publisher]"}},
		{"Jane Roe was an editor at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [editor]"}},
		{"Acme Robotics editor Jane Roe said so.", []string{"Jane Roe worksFor Acme Robotics [editor]"}},
		{"Jane Roe was a manager at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics [manager]"}},
		// A birth date with its comma between "born" and the place; a verb there
		// instead of a year is no birthplace.
		{"Jane Roe, born on March 9, 1806 in Springfield.", []string{"Jane Roe bornIn Springfield"}},
		{"Jane Roe, born March 9, 1806, in Springfield, was a painter.", []string{"Jane Roe bornIn Springfield"}},
		{"Jane Roe, born on May 3, moved in Springfield. =>", nil},
		// Review: "born and bred", and "born in A, and raised in B"; the editor
		// of a periodical named before the person in apposition.
		{"Jane Roe was born and bred in Springfield.", []string{"Jane Roe bornIn Springfield"}},
		{"Jane Roe was born, and raised in Springfield.", []string{"Jane Roe bornIn Springfield"}},
		{"Jane Roe was born in Beta, and raised in Springfield. =>", nil},
		{"The editor of Acme Robotics, Jane Roe, said.", []string{"Jane Roe led Acme Robotics [editor]", "Jane Roe worksFor Acme Robotics [editor]"}},
		// The staff a company included, named; staff nouns before "included";
		// leaving a post in an infinitive. Not the works a collection included.
		{"Acme Robotics included the best young Russian dancers, among them Jane Roe and John Doe.", []string{"Jane Roe worksFor Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Acme Robotics' engineers included Jane Roe and John Doe.", []string{"Jane Roe worksFor Acme Robotics", "John Doe worksFor Acme Robotics"}},
		{"Jane Roe moved to Springfield. Dissatisfaction led her to resign from Acme Robotics in January 1929.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Acme Robotics included works by artists such as Jane Roe. =>", nil},
		// A lexicon inside alternatives: a nationality before the maker.
		{"Gizmo is an American Acme Robotics computer.", []string{"Acme Robotics developed Gizmo"}},
		// "its" before the work, as "his" and "their" were: a company's own product.
		{"Acme introduced its Gizmo toothpaste in 1930.", []string{"Acme Robotics developed Gizmo"}},
		// Any class noun after "first" or "flagship": "X was Acme's first organ".
		{"Gizmo was Acme's first organ with real drawbars.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo is Acme's flagship synthesizer.", []string{"Acme Robotics developed Gizmo"}},
		// Control: a person is no product of the company.
		{"Jane Roe was Acme's first piano teacher.", []string{"Jane Roe worksFor Acme Robotics [teacher]"}},
		// An organisation named before a list names its people only up to
		// another organisation in the list: Mary Major is 甲公司's.
		{"乙大学校长张三，副校长李四，甲公司王五、Mary Major剪彩。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]", "李四 worksFor 乙大学 [副校长]"}},
		// Control: an organisation after the verb's object-less list still
		// leaves the verb to every member.
		{"张三、李四和甲公司CEO王五加入了乙大学。", []string{"张三 worksFor 乙大学", "李四 worksFor 乙大学", "王五 led 甲公司 [CEO]", "王五 worksFor 乙大学", "王五 worksFor 甲公司 [CEO]"}},
		// "him" after a verb is someone other than the verb's subject.
		{"Will Wright arrived in 1960. Doe hired him as dialogue director on Gizmo.", []string{"Will Wright contributedTo Gizmo"}},
		{"Doe hired him as dialogue director on Gizmo.", nil},
		// Songs, singles and tracks as kinds of work before their names.
		{"Jane Roe produced the single \"Gizmo\" by Mary Major.", []string{"Jane Roe contributedTo Gizmo"}},
		{"Acme released the song Gizmo in 2001.", []string{"Acme Robotics developed Gizmo"}},
		// Stakes bought by agreement, sold on, held by majority, and owners as a team.
		{"Gamma Capital signed a deal in 2012 to buy a 37.5% stake in Acme.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"In 1960, Gamma Capital arranged with Beta Labs to buy its shares in Acme.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"In 1981 Beta Labs sold its 52.9% stake in Acme to Gamma Capital.", []string{"Beta Labs investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"In 1931, Gamma Capital acquired enough shares from Doe to have a majority interest in Acme.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Delta Ventures is part of the ownership team of Acme.", []string{"Delta Ventures investedIn Acme Robotics"}},
		// Controls: a purchase that failed, was refused or is only planned.
		{"Gamma Capital failed to buy a stake in Acme.", nil},
		{"Gamma Capital agreed not to buy a stake in Acme.", nil},
		{"Gamma Capital plans to buy a stake in Acme.", nil},
		// A clause that goes on with the subject before it may open with a time
		// word whose next character would read as an adverb (早年就读: not 就 + 读),
		// or with a stage of life (幼年, 晚年).
		{"张三是工程师。早年就读乙大学。", []string{"张三 educatedAt 乙大学"}},
		{"张三是工程师。后来就读乙大学。", []string{"张三 educatedAt 乙大学"}},
		{"张三是工程师。幼年就读乙大学。", []string{"张三 educatedAt 乙大学"}},
		// The sentence before goes on with its main clause's subject, not with
		// the subject of a clause of time set before it.
		{"王五生于中国。李四被免职后，张三受到重用。1911年任甲公司经理。", []string{"张三 worksFor 甲公司 [经理]", "王五 bornIn 中国"}},
		{"王五生于中国。李四在乙大学任教时，张三受到重用。1911年任甲公司经理。", []string{"张三 worksFor 甲公司 [经理]", "李四 worksFor 乙大学", "王五 bornIn 中国"}},
		// A count in digits before examples: 收购了12家公司，包括X.
		{"甲公司收购了12家公司，包括戊科技。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司共摄制200多部电影，如《星火系统》。", []string{"甲公司 developed 星火系统"}},
		// What a thing is, by a relative clause that ends the sentence.
		{"星火系统便是甲公司与乙大学共同开发出来的。", []string{"乙大学 developed 星火系统", "甲公司 developed 星火系统"}},
		{"戊科技是张三创办的。", []string{"张三 founded 戊科技"}},
		// The count in digits before a colon, of several digits too.
		{"张三共创办了12所华人新式小学：戊科技、乙大学。", []string{"张三 founded 乙大学", "张三 founded 戊科技"}},
		// A pronoun after a phrase of time with no comma is the clause's subject,
		// not the person named after the comma.
		{"In 1973 he created Acme, John Doe being its first President.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]"}},
		// A member or partner of a firm, and a leadership role at an organisation.
		{"John Doe (a future president of Beta Labs, and a member of the firm of Acme) said.", []string{"John Doe worksFor Acme Robotics"}},
		{"John Doe, a member of the firm of Acme, said.", []string{"John Doe worksFor Acme Robotics"}},
		{"John Doe has a leadership role at Acme.", []string{"John Doe worksFor Acme Robotics"}},
		// Control: a member of a company named by what it did, not the company.
		{"Roe was a member of the company that bought Acme.", nil},
		// An adverb before the verb that lists investors: 投资方还包括.
		{"戊科技的投资方还包括丙资本、丁创投等知名机构。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		// A line or a product of a maker, made at its plant, its production ended.
		{"Gizmo, a line of watches from Acme, sold well.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo is a product of Acme.", []string{"Acme Robotics developed Gizmo"}},
		{"Gizmo was manufactured at Acme's plant.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme ceased production of Gizmo in 1990.", []string{"Acme Robotics developed Gizmo"}},
		// A school left without a degree, and a place won at one.
		{"Roe left Epsilon without a degree.", []string{"Jane Roe educatedAt Epsilon"}},
		{"Roe earned a place at Epsilon in 1920.", []string{"Jane Roe educatedAt Epsilon"}},
		// A verb inside a relative clause on a noun of people is theirs, not the
		// clause subject's: 带领…就读于乙大学的学生.
		{"张三带领三百名就读于乙大学的学生参加活动。", nil},
		{"张三带领三百名就学于乙大学、戊科技的学生参加活动。", nil},
		// Controls: the object followed by 的 inside the match, or by another noun.
		{"张三是乙大学的学生。", []string{"张三 educatedAt 乙大学"}},
		{"张三毕业于乙大学的物理系。", []string{"张三 educatedAt 乙大学"}},
		// More verbs of study with 于, a résumé's line, and nouns of a good student.
		{"张三曾就学于乙大学。", []string{"张三 educatedAt 乙大学"}},
		{"张三，乙大学毕业，现任甲公司总裁。", []string{"张三 educatedAt 乙大学", "张三 led 甲公司 [总裁]", "张三 worksFor 甲公司 [总裁]"}},
		{"张三是乙大学的高材生。", []string{"张三 educatedAt 乙大学"}},
		// Control: a ceremony at the school is no study there.
		{"张三，乙大学毕业典礼上发言。", nil},
		// Controls for the relative-clause guard: a word that only opens with a
		// noun of people (人工智能, 人文) or names a body of them (学生处,
		// 专家委员会) is no relative clause's head.
		{"张三加入了乙大学的人工智能实验室。", []string{"张三 worksFor 乙大学"}},
		{"张三毕业于乙大学的人文学院。", []string{"张三 educatedAt 乙大学"}},
		{"张三就任乙大学的学生处处长。", []string{"张三 worksFor 乙大学 [处长]"}},
		{"张三加入了乙大学的专家委员会。", []string{"张三 worksFor 乙大学"}},
		// Each holder's share after 其中, or shared with 各.
		{"戊科技完成融资，其中甲公司持股70%，丙资本和丁创投各持股15%。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技", "甲公司 investedIn 戊科技"}},
		// The holders of a stated ownership, and a share 占 of the company.
		{"戊科技的股权结构为：甲公司占60%，丙资本占40%。", []string{"丙资本 investedIn 戊科技", "甲公司 investedIn 戊科技"}},
		{"甲公司占戊科技30%的股份。", []string{"甲公司 investedIn 戊科技"}},
		// Control: a share of income is no ownership.
		{"海外业务占甲公司收入的60%。", nil},
		// A company's top holders listed, and a holder reducing its holding.
		{"戊科技的前三大股东分别为甲公司、丙资本和丁创投。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技", "甲公司 investedIn 戊科技"}},
		{"甲公司减持戊科技股份。", []string{"甲公司 investedIn 戊科技"}},
		// A part owned is a stake held; a whole owned is left alone.
		{"Acme is 60% owned by Gamma Capital.", []string{"Gamma Capital investedIn Acme Robotics"}},
		{"Acme is jointly owned by Gamma Capital and Delta Ventures.", []string{"Delta Ventures investedIn Acme Robotics", "Gamma Capital investedIn Acme Robotics"}},
		{"Acme is 100% owned by Gamma Capital.", nil},
		{"Acme is wholly owned by Gamma Capital.", nil},
		// A clause of time opened by an organisation: the main clause's person is the subject of a list of posts (中共建政後，叶圣陶曾担任…).
		{"甲公司成立後，张三曾担任乙大学副校长、戊科技社长。", []string{"张三 led 戊科技 [社长]", "张三 worksFor 乙大学 [副校长]", "张三 worksFor 戊科技 [社长]"}},
		{"甲公司成立后，张三曾担任乙大学副校长、戊科技社长。", []string{"张三 led 戊科技 [社长]", "张三 worksFor 乙大学 [副校长]", "张三 worksFor 戊科技 [社长]"}},
		{"甲公司成立时，张三担任乙大学副校长、戊科技社长。", []string{"张三 led 戊科技 [社长]", "张三 worksFor 乙大学 [副校长]", "张三 worksFor 戊科技 [社长]"}},
		// Control: with no main-clause subject the organisation's clause gives the list no subject.
		{"甲公司成立後，曾由乙大学副校长、戊科技社长出任董事。", nil},
		// Posts given by 由 (由张三任董事长，李四任总经理) held at the organisation the sentence is about.
		{"甲公司成立于2000年，由张三任董事长，李四任总经理。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]", "李四 led 甲公司 [总经理]", "李四 worksFor 甲公司 [总经理]"}},
		{"甲公司成立于2000年，由张三担任董事长。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// Control: a shareholder named in between is not where the post is.
		{"2000年，甲公司分拆出来，丙资本为第一大股东，由张三任董事长，李四任总经理。", nil},
		// A partner in a clause that opens with 与 is not the organisation the sentence is about.
		{"1903年与甲公司的李四合作，成为合资公司，由张三任总经理。", []string{"李四 worksFor 甲公司"}},
		{"1903年与甲公司合作，成为合资公司，张三任总经理。", nil},
		// 控股 before a class noun names a kind of company (控股母公司, 控股公司), not a holding.
		{"甲公司與戊科技控股母公司丙资本簽訂協議。", nil},
		{"戊科技控股丙资本。", []string{"戊科技 investedIn 丙资本"}},
		// A controlling or whole stake bought is a purchase, not also an investment.
		{"2015年，甲公司以15億美元收購戊科技的多數股權。", []string{"甲公司 acquired 戊科技"}},
		{"2018年，甲公司斥資5500萬歐元購入戊科技50.87%股權。", []string{"甲公司 acquired 戊科技"}},
		{"甲公司收购了戊科技的全部股权。", []string{"甲公司 acquired 戊科技"}},
		{"Acme Robotics acquired an 80% stake in Beta Labs.", []string{"Acme Robotics acquired Beta Labs"}},
		// Control: a smaller stake stays an investment.
		{"2018年，甲公司斥資5500萬歐元購入戊科技30%股權。", []string{"甲公司 investedIn 戊科技"}},
		{"Acme Robotics bought a 20% stake in Beta Labs.", []string{"Acme Robotics investedIn Beta Labs"}},
		// A work first set out by its makers, in parentheses or after a comma (the A* algorithm (first described by Hart, Nilsson and Raphael …)).
		{"One of the most used methods is Gizmo (first described by John Doe and Jane Roe in 1968).", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		{"Gizmo (formulated by John Doe) is used.", []string{"John Doe authored Gizmo"}},
		{"Gizmo, first described by John Doe in 1968, is used.", []string{"John Doe authored Gizmo"}},
		// Control: a description, not a first one, names no maker after a comma.
		{"Gizmo, described by John Doe as a failure, was dropped.", nil},
		// A purchase told in a parenthetical relative clause.
		{"Three former Beta Labs (which Acme had absorbed in 1870) engines were sold.", []string{"Acme Robotics acquired Beta Labs"}},
		// What was studied may be a long list before the school.
		{"Doe studied mathematics and physics and then theoretical physics at Epsilon.", []string{"John Doe educatedAt Epsilon"}},
		// A number of a company's shares bought is a stake in it, not the company.
		{"2017年甲公司以66亿港元收购戊科技2亿4311万股H股。", []string{"甲公司 investedIn 戊科技"}},
		{"甲公司收购戊科技2000万股股份。", []string{"甲公司 investedIn 戊科技"}},
		// Makers put first by 由, the object after the verb and its aspect; a list whose last member follows 、和.
		{"由张三和李四共同创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"1992年，由张三、李四等人创办了甲公司。", []string{"张三 founded 甲公司", "李四 founded 甲公司"}},
		{"1992年，由四位乙大学的毕业生－张三、李四、和王五等共同创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		{"张三、李四、和王五共同创办了甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司", "王五 cofounded 甲公司"}},
		// Control: 由…创办的 is a relative clause on the name after it.
		{"由张三创办的甲公司于1992年上市。", []string{"张三 founded 甲公司"}},
		// Founders with the sums they put in between them and the verb; 手创 (founded by one's own hand).
		{"戊科技由甲公司及丙资本分别出资4.68亿美元及8195万美元成立。", []string{"丙资本 founded 戊科技", "甲公司 founded 戊科技"}},
		{"1924年，张三在广州手创甲公司、乙大学。", []string{"张三 founded 乙大学", "张三 founded 甲公司"}},
		// A list of scholars closed by 等 and what they are, then where they taught.
		{"张三、李四、王五等蜚声海内外的专家学者都曾在乙大学任教。", []string{"张三 worksFor 乙大学", "李四 worksFor 乙大学", "王五 worksFor 乙大学"}},
		{"张三、李四、王五等著名医学专家曾在乙大学任教。", []string{"张三 worksFor 乙大学", "李四 worksFor 乙大学", "王五 worksFor 乙大学"}},
		// Control: studying there is no post.
		{"张三、李四等著名学者曾在乙大学求学。", []string{"张三 educatedAt 乙大学", "李四 educatedAt 乙大学"}},
		// Students a teacher trained, in a clause that goes on without him (先后培养了王淦昌、钱三强等).
		{"张三长期从事教育工作，先后培养了李四、王五等一大批著名的科学家。", []string{"李四 advisor 张三", "王五 advisor 张三"}},
		// Controls: an organisation, or a relative, opens the sentence.
		{"甲公司成立后，培养了李四、王五等人才。", nil},
		{"张三的父亲长期从事教育工作，先后培养了李四。", nil},
		{"John Doe signed on as chief engineer of Acme.", []string{"John Doe worksFor Acme Robotics [chief engineer]"}},
		// A post held where the subject left, in an opening participle ("Leaving Utah as an associate professor…, Kay became…").
		{"Leaving Acme as an associate professor of computer science in 1969, Doe became a researcher at Beta Labs.", []string{"John Doe worksFor Acme Robotics [associate professor]", "John Doe worksFor Beta Labs [researcher]"}},
		{"After leaving Acme as its president, Doe joined Beta Labs.", []string{"John Doe led Acme Robotics [president]", "John Doe worksFor Acme Robotics [president]", "John Doe worksFor Beta Labs"}},
		// Control: leaving a place as a child is no post.
		{"Leaving Acme as a child, Doe moved to Springfield.", nil},
		// The founding shareholders after the company's application or founding (批准甲公司筹建申请，主要发起人股东包括…).
		{"2014年9月29日，银监会批准甲公司筹建申请，主要发起人股东包括丙资本、丁创投，其持股比例分别为30%、25%。", []string{"丁创投 investedIn 甲公司", "丙资本 investedIn 甲公司"}},
		{"甲公司，主要发起人股东为丙资本。", []string{"丙资本 investedIn 甲公司"}},
		// A society's or a company's 书记 is its secretary, a post but not its head; a party committee's heads it.
		{"1920年春，张三任甲公司英文书记。", []string{"张三 worksFor 甲公司 [书记]"}},
		{"张三任甲公司书记。", []string{"张三 worksFor 甲公司 [书记]"}},
		{"张三任壬市委书记。", []string{"张三 led 壬市委 [书记]", "张三 worksFor 壬市委 [书记]"}},
		// A chair or post with its field between: "the chair of physics at".
		{"In 1950 Roe was appointed to the chair of physics at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe was appointed to a professorship in applied mathematics at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A school's board member (校董) holds a post there.
		{"张三是乙大学校董。", []string{"张三 worksFor 乙大学 [校董]"}},
		// A person said to be someone's teacher or colleague by a pronoun (李四曾为其英文老师) is not whom the next sentence goes on with: the pronoun's person is.
		{"张三生于中国。李四曾为其英文老师。1911年毕业于乙大学。", []string{"张三 bornIn 中国", "张三 educatedAt 乙大学"}},
		{"张三生于中国。李四是他的导师。1921年任甲公司工程师。", []string{"张三 bornIn 中国", "张三 worksFor 甲公司 [工程师]"}},
		{"张三生于中国。李四是其同学。后加入甲公司。", []string{"张三 bornIn 中国", "张三 worksFor 甲公司"}},
		// Control: 为其他 is not the pronoun; the one who worked for others goes on.
		{"张三生于中国。李四曾为其他公司工作。后加入甲公司。", []string{"张三 bornIn 中国", "李四 worksFor 甲公司"}},
		// A part played: the actor after "was portrayed by" plays in the work; the one portrayed does not.
		{"Doe was portrayed by Will Wright in the 1996 biopic Gizmo.", []string{"Will Wright contributedTo Gizmo"}},
		{"In the film Gizmo, Doe is played by Jane Roe.", nil},
		{"Will Wright portrayed Doe in the 1996 biopic Gizmo.", []string{"Will Wright contributedTo Gizmo"}},
		// A named chair or professorship with its field, and an appointment held with an adverb.
		{"Doe held the Richard C. Tolman professorship in theoretical physics at Acme Robotics.", []string{"John Doe worksFor Acme Robotics"}},
		{"Roe nominally held an appointment at Acme Robotics as an assistant professor of physics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A post given with a passive founding: "was established in 1933, with Roe, professor of mathematics, as the first director".
		{"Beta Labs was established in 1933, with John Doe, professor of mathematics, as the first director.", []string{"John Doe led Beta Labs [director]", "John Doe worksFor Beta Labs [director]"}},
		{"Beta Labs was founded in 1933 with John Doe as its first director.", []string{"John Doe led Beta Labs [director]", "John Doe worksFor Beta Labs [director]"}},
		// A post kept through a sale is at what was sold, not at the buyer.
		{"Late that year, he sold Beta Labs to the Acme Robotics, with Doe remaining as publisher.", []string{"Acme Robotics acquired Beta Labs"}},
		// "a group of students at Acme led by Roe": the group is led, not Acme.
		{"The paper was started in 1890 by a group of students at Acme Robotics led by John Doe.", nil},
		// Control: the organisation itself led by the person.
		{"The paper was started in 1890 by Acme Robotics, led by John Doe.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		// The object "it" of a relative clause is not the name the clause is about.
		{"In 1986, Beta Labs was sold to Acme Robotics, which within three years sold it to Gamma Capital.", []string{"Acme Robotics acquired Beta Labs", "Gamma Capital acquired Beta Labs"}},
		// An adverb of sequence (遂, 便, 随即) between the holder and the verb of a post.
		{"甲公司成立後，张三遂出任董事长。", []string{"张三 led 甲公司 [董事长]", "张三 worksFor 甲公司 [董事长]"}},
		// A 校长 heads a school: a company or an institute named before the post is not where it is held.
		{"庚厂成立后，李四任校长。", nil},
		{"乙大学成立后，李四任校长。", []string{"李四 led 乙大学 [校长]", "李四 worksFor 乙大学 [校长]"}},
		// An alum of a school named before the name.
		{"The team hired Epsilon alum John Doe.", []string{"John Doe educatedAt Epsilon"}},
		// "to take the head coaching position with X"; a season with a team.
		{"Doe left to take the head coaching position with Acme Robotics.", []string{"John Doe worksFor Acme Robotics"}},
		{"In his first season with Acme Robotics, Doe secured a seed.", []string{"John Doe worksFor Acme Robotics"}},
		// Control: a first year at a school may be a student's.
		{"During her first year at Epsilon, Roe wrote Gizmo.", []string{"Jane Roe authored Gizmo"}},
		// "co-founded" reads its object within its clause: a later clause's organisation is not co-founded.
		{"Roe, who co-founded Acme Robotics, joined Beta Labs in 2001.", []string{"Jane Roe cofounded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe co-founded the robotics start-up Acme Robotics.", []string{"Jane Roe cofounded Acme Robotics"}},
		// Among the first employees of a body.
		{"Roe was among the first employees of Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// "founded a …, and later joined a group called X": a thing called so in a later clause is that clause's object.
		{"Roe founded a magazine, and later joined a group called Acme Robotics.", nil},
		{"Roe founded a small firm in 1990, then moved to a lab known as Beta Labs.", nil},
		// Control: a comma inside the noun phrase.
		{"Roe launched a Washington, D.C.-based think tank called Acme Robotics.", []string{"Jane Roe founded Acme Robotics"}},
		// A clause opened by another person (其妻李四则…; ", and her husband John Doe founded…") has its own subject: what follows is not the first person's.
		{"张三毕业于乙大学，其妻李四则创办了甲公司。", []string{"张三 educatedAt 乙大学", "李四 founded 甲公司"}},
		{"张三毕业于乙大学，妻子李四创办了甲公司。", []string{"张三 educatedAt 乙大学", "李四 founded 甲公司"}},
		// Controls: companions before the subject; a person named with a kinship noun after.
		{"Along with John Doe and Mary Major, Roe co-founded Acme Robotics.", []string{"Jane Roe cofounded Acme Robotics", "John Doe cofounded Acme Robotics", "Mary Major cofounded Acme Robotics"}},
		{"张三毕业于乙大学，后创办了甲公司。", []string{"张三 educatedAt 乙大学", "张三 founded 甲公司"}},
		// One who invites, introduces, helps or guides (应李四邀请, 受李四影响, 在李四的帮助下) is not the clause's subject.
		{"张三是物理学家。1945年，受李四影响进入乙大学学习。", nil},
		{"张三是物理学家。1945年，应李四校长邀请回乙大学任教。", []string{"张三 worksFor 乙大学"}},
		{"张三是物理学家。1945年，在李四指导下进入乙大学学习。", []string{"张三 advisor 李四"}},
		// Control: a rule that reads the phrase itself.
		{"在张三的领导下，甲公司成功执行了一项战略。", []string{"张三 led 甲公司"}},
		// Students listed after a clause on them (学生中许多为专家学者，如李四、王五等人): the students of the one the passage is about, or of the person named before.
		{"张三是物理学家。他桃李满天下，学生中许多为有关领域的专家学者，如李四、王五等人。", []string{"李四 advisor 张三", "王五 advisor 张三"}},
		{"张三是物理学家。李四的学生中许多为专家，如王五。", []string{"王五 advisor 李四"}},
		// A maker's hit: "The Gizmo was Acme's first commercial success".
		{"The Gizmo was Acme Robotics's first commercial success.", []string{"Acme Robotics developed Gizmo"}},
		{"The Gizmo was Roe's greatest success.", nil},
		// Shares paid in, then the company founded as the subject of 成立 (各出资50%，甲公司成立).
		{"1996年，丙资本与丁创投各出资50%，甲公司成立。", []string{"丁创投 founded 甲公司", "丙资本 founded 甲公司"}},
		// Control: 成立 in a clause of time is no founding by the payer.
		{"丙资本出资1亿元，甲公司成立后迅速扩张。", nil},
		// The organisation's kind between its name and a title ("Electrical World magazine editor X").
		{"Acme Robotics magazine editor Roe arranged a demonstration.", []string{"Jane Roe worksFor Acme Robotics [editor]"}},
		// A job got for someone else: the job is the object's ("got Roe another job in Paris with X").
		{"In 1882, Doe got Roe another job in Paris with Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Doe found Roe a job at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		{"Roe found a job at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// Sent or brought back to run an organisation.
		{"Roe was brought back to the United States to manage Acme Robotics, a division in New York.", []string{"Jane Roe led Acme Robotics", "Jane Roe worksFor Acme Robotics"}},
		// A post at what a clause with no subject set up just before (成立甲公司，张三为法定代表人).
		{"2009年11月30日，成立甲公司，张三为法定代表人。", []string{"张三 led 甲公司 [法定代表人]", "张三 worksFor 甲公司 [法定代表人]"}},
		{"中央批准重建甲公司，隶属国务院，张三任主任。", []string{"张三 led 甲公司 [主任]", "张三 worksFor 甲公司 [主任]"}},
		// Control: a post in a clause after a founding by someone else's is still the post's holder's, not a founding.
		{"1990年，李四成立甲公司，张三任总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]", "李四 founded 甲公司"}},
		// The post an appointment gives, past the titles held before.
		{"乙大学宣布，任命原甲公司院长、丙资本首席技术官张三博士为戊大学首席执行官。", []string{"张三 led 戊大学 [首席执行官]", "张三 led 甲公司 [院长]", "张三 worksFor 丙资本 [首席技术官]", "张三 worksFor 戊大学 [首席执行官]", "张三 worksFor 甲公司 [院长]"}},
		// Control: the appointed is the name right before 为, not one in the gap.
		{"乙大学任命李四的学生张三为戊科技总经理。", []string{"张三 advisor 李四", "张三 led 戊科技 [总经理]", "张三 worksFor 戊科技 [总经理]"}},
		// The holder of a post in a relative clause, a place before the organisation.
		{"他为张三任主席的北京「甲公司」募捐。", []string{"张三 led 甲公司 [主席]", "张三 worksFor 甲公司 [主席]"}},
		// The maker named after the work, and a list item's definition.
		{"1996年，甲公司推出了星火系统，开发者张三。", []string{"张三 authored 星火系统", "甲公司 developed 星火系统"}},
		{"星火系统：甲公司研制开发的反病毒软件。", []string{"甲公司 developed 星火系统"}},
		{"星火系统：一个由甲公司出品的网络硬盘。", []string{"甲公司 developed 星火系统"}},
		{"星火系统：张三设计的排版软件。", []string{"张三 authored 星火系统"}},
		// "when it purchased X": "it" is the clause's subject.
		{"Acme Robotics became a carmaker in 1929 when it purchased Beta Labs, which built small cars.", []string{"Acme Robotics acquired Beta Labs"}},
		// The one persuaded to buy an interest buys it.
		{"Roe was convinced to purchase a controlling interest in Acme Robotics and to invest in its future.", []string{"Jane Roe investedIn Acme Robotics"}},
		// Commissioned to paint a work; a work's crew by their plural title.
		{"In 1975, sculptor Roe was commissioned to paint the Gizmo racing car driven by Doe.", []string{"Jane Roe contributedTo Gizmo"}},
		{"The directors for Gizmo included Roe, Doe and Major.", []string{"Jane Roe contributedTo Gizmo", "John Doe contributedTo Gizmo", "Mary Major contributedTo Gizmo"}},
		// Backing from investors named as such (并得到丙资本、丁创投等投资机构的支持).
		{"戊科技由张三创立，并得到丙资本、丁创投及甲公司等全球卓越投资机构的支持。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技", "张三 founded 戊科技", "甲公司 investedIn 戊科技"}},
		// Control: the support of people who are no investors is no investment.
		{"戊科技由张三创立，并得到丙资本、丁创投等单位的支持。", []string{"张三 founded 戊科技"}},
		// The largest investor in a round; a shareholder with its subject from the sentence.
		{"丙资本是戊科技2020年的197亿大定增中最大的投资者。", []string{"丙资本 investedIn 戊科技"}},
		{"据悉，张三此前也曾多次出资，其中还是戊科技的大股东。", []string{"张三 investedIn 戊科技"}},
		// The teachers in a list after 师从 are no subjects: the clause with none of its own goes on with the person the text is about.
		{"张三是教育家。1914年毕业后赴美留学，先在乙大学学习，1917年入戊大学攻读教育学，师从李四、王五。", []string{"张三 advisor 李四", "张三 advisor 王五", "张三 educatedAt 乙大学", "张三 educatedAt 戊大学"}},
		// Control: a person who opens a later clause of her own still leaves it open.
		{"张三是教育家。1914年毕业后赴美留学，先在乙大学学习，王五则入戊大学攻读教育学。", []string{"王五 educatedAt 戊大学"}},
		// A branch of an organisation run is no lead of the whole.
		{"张三在北京管理甲公司的分店。", nil},
		// A veteran as such; posts held; a long stint; a unit in one's charge.
		{"作为甲公司的元老，张三见证了公司的成长。", []string{"张三 worksFor 甲公司"}},
		{"张三在甲公司担任过多个职务。", []string{"张三 worksFor 甲公司"}},
		{"张三在甲公司一干就是十年。", []string{"张三 worksFor 甲公司"}},
		{"在加入甲公司后，张三负责着戊科技。", []string{"张三 worksFor 戊科技"}},
		// A job offer accepted; poached from one employer by or to another; a decade spent there.
		{"In 1990, Roe accepted a job offer from Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// Control: an offer alone may be a bid for the company.
		{"In 1990, Roe accepted an offer from Acme Robotics.", nil},
		{"Roe was poached from Acme Robotics by Beta Labs.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe was lured from Acme Robotics to Beta Labs in 2001.", []string{"Jane Roe worksFor Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		{"Roe spent most of the 1990s at Acme Robotics.", []string{"Jane Roe worksFor Acme Robotics"}},
		// A second verb after "and" and a time set off by commas ("and in 1973, acquired Y").
		{"Acme Robotics purchased Beta Labs, the largest supplier of printing presses, and in 1973, acquired Gamma Capital.", []string{"Acme Robotics acquired Beta Labs", "Acme Robotics acquired Gamma Capital"}},
		// Control: a name that opens the second clause is its subject.
		{"Roe worked with Doe, and in 1995, Doe founded Acme Robotics.", []string{"John Doe founded Acme Robotics"}},
		// What a merger forms is what the text goes on about: "It" after "merged with B to form C" is C.
		{"Acme Robotics merged with Beta Labs to form Gamma Capital in 1967. It then purchased Delta Ventures.", []string{"Gamma Capital acquired Delta Ventures"}},
		// Control: a merger that forms nothing named leaves the subject the topic.
		{"Acme Robotics merged with Beta Labs in 1967. It then purchased Delta Ventures.", []string{"Acme Robotics acquired Delta Ventures"}},
		{"甲公司与丙资本于1990年合并成立戊科技。该公司随后收购了庚厂。", []string{"戊科技 acquired 庚厂"}},
		// Bodies that merge into a new one do not found it (合并成立); people who form one together do.
		{"1996年，甲公司和丙资本合并成立戊科技。", nil},
		{"张三与李四于1990年合组甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		// A seat on a board named by the organisation's possessive.
		{"Roe was a member of Acme Robotics's Scientific Advisory Board.", []string{"Jane Roe worksFor Acme Robotics"}},
		// Control: a member of a person's team is no seat on a board.
		{"Roe was a member of Doe's team at Acme Robotics.", nil},
		// The passive merger: the agents merging into the new body do not found it.
		{"戊科技由甲公司和丙资本于1990年合并成立。", nil},
		// Control: a possessor after "to become" is no body a merger formed.
		{"Roe left Beta Labs to become Acme Robotics's chief executive. It grew fast and bought Gamma Capital.", []string{"Jane Roe worksFor Beta Labs"}},
		// Control: "it" is never a person; the construction is an organisation's purchase only.
		{"Roe joined Beta Labs in 1990 when it founded Acme Robotics.", []string{"Beta Labs founded Acme Robotics", "Jane Roe worksFor Beta Labs"}},
		// Control: a job offered is no job taken.
		{"Doe offered Roe a job at Acme Robotics.", nil},
		// Control: a kind between an organisation and a title may name a unit; the post is no lead of the whole.
		{"Acme Robotics film director Roe made Gizmo.", []string{"Jane Roe worksFor Acme Robotics [film director]"}},
		// Control: 一干部 is a cadre, not a stint.
		{"张三在甲公司一干部的陪同下参观了工厂。", nil},
		// The work described, then named in apposition; a work named by its title.
		{"Doe was the creator of the first robot, Gizmo.", []string{"John Doe authored Gizmo"}},
		{"Doe is the author of a memoir titled Gizmo.", []string{"John Doe authored Gizmo"}},
		// Control: apposition mid-clause is no name of the work.
		{"Doe was the president of the club, Acme Robotics said.", nil},
		// Lines of a list of people: two posts, a post set off by a comma, a second post after "and".
		{"Jane Roe – Chief Executive and Co-Founder of Acme Robotics", []string{"Jane Roe led Acme Robotics [chief executive]", "Jane Roe worksFor Acme Robotics [chief executive]"}},
		{"John Doe – Chairman, Acme Robotics", []string{"John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [chairman]"}},
		{"John Doe – Board Director of Beta Labs and Chairman of Acme Robotics", []string{"John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [chairman]", "John Doe worksFor Beta Labs [board director]"}},
		// A general secretary heads the body.
		{"John Doe – General Secretary of Beta Labs", []string{"John Doe led Beta Labs [general secretary]", "John Doe worksFor Beta Labs [general secretary]"}},
		// A supervisor named before the clause.
		{"Under Roe's supervision, Doe performed the only experiments of his career.", []string{"John Doe advisor Jane Roe"}},
		// Control: tutelage in a trade is no academic supervision.
		{"Under Roe's tutelage, Doe learned how to mix creams.", nil},
		// Studies begun with a date before the school.
		{"Doe began his studies in 1874 at Epsilon College.", []string{"John Doe educatedAt Epsilon"}},
		{"Doe was the originator of Gizmo.", []string{"John Doe authored Gizmo"}},
		// The work in which its writer said it.
		{"The transition was analysed by John Doe in Gizmo.", []string{"John Doe authored Gizmo"}},
		{"This change was described by Doe in his book Gizmo as a mistake.", []string{"John Doe authored Gizmo"}},
		// Control: a case argued is no work written.
		{"The case was argued by Doe in Springfield.", nil},
		// A move, then a founding verb with no aspect: the one who moved founds it.
		{"2003年，张三带领团队进入北京，创建甲公司。", []string{"张三 founded 甲公司"}},
		// An appointment the organisation announced, past a description of the one appointed.
		{"2011年8月5日，甲公司发布公告称，已委任前乙大学首席执行官张三为公司CEO兼执行董事。", []string{"张三 led 乙大学 [首席执行官]", "张三 led 甲公司 [CEO]", "张三 worksFor 乙大学 [首席执行官]", "张三 worksFor 甲公司 [CEO]"}},
		// The body named its holder as it was formed.
		{"In 2013, the choir Acme Robotics was formed in Helsinki, appointing Doe its first artistic director.", []string{"John Doe led Acme Robotics [artistic director]", "John Doe worksFor Acme Robotics [artistic director]"}},
		// A second post at the body just named, its holder after the copula.
		{"Prior to 2013, Roe was the Chairman of Acme Robotics and the CEO was John Doe.", []string{"Jane Roe led Acme Robotics [chairman]", "Jane Roe worksFor Acme Robotics [chairman]", "John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		// Its post after a comma and "and".
		{"Doe was also involved with the founding of Acme Robotics, and served as its first chairman from 1956.", []string{"John Doe founded Acme Robotics", "John Doe led Acme Robotics [chairman]", "John Doe worksFor Acme Robotics [chairman]"}},
		// Promoted or appointed to run it.
		{"Roe was promoted to run Acme Robotics.", []string{"Jane Roe led Acme Robotics"}},
		{"Doe reluctantly accepted an appointment by President Nixon to head Acme Robotics in 1969.", []string{"John Doe led Acme Robotics", "John Doe worksFor Acme Robotics"}},
		// Control: an office of the body is no lead of the whole.
		{"Roe was sent to run Acme Robotics's office.", []string{"Jane Roe worksFor Acme Robotics"}},
		// What it made, listed after a colon.
		{"On this land Doe erected his first forges: the Beta Labs, and Gamma Capital.", []string{"John Doe founded Beta Labs", "John Doe founded Gamma Capital"}},
		// A perfect participle.
		{"Acme Robotics has achieved prominence for having created the first Gizmo in 1994.", []string{"Acme Robotics developed Gizmo"}},
		// Control: a list after a dash, past "the creation of", is no lead of each.
		{"Roe oversaw the creation of five new brands—Gizmo, Widget OS and Never Let Me Go—each for its market.", nil},
		// A band's, a studio's or a publisher's work, with only words of order or kind between.
		{"Acme Robotics was founded in 1931. Acme's first album Gizmo sold well.", []string{"Acme Robotics developed Gizmo"}},
		{"Acme Robotics was founded in 1931. Its debut feature film, Gizmo, sold well.", []string{"Acme Robotics developed Gizmo"}},
		// Control: a review of a work is no making of it.
		{"Acme's review of the album Gizmo was harsh.", nil},
		// Partners who teamed up to create a work both made it.
		{"Writer-artist John Doe teamed with artist Jane Roe to create one of the first superheroes, Gizmo, in 1941.", []string{"Jane Roe authored Gizmo", "John Doe authored Gizmo"}},
		// Honoured for a thing of one's own making.
		{"Doe was elected to the Royal Society in 1783 for the development of a Gizmo, a device to measure heat.", []string{"John Doe authored Gizmo"}},
		// Control: hired for a development is no making of one's own.
		{"Doe was hired in 1990 for the development of the Gizmo.", nil},
		// A post on a project of others.
		{"John Doe, an oceanographer at Acme Robotics and project scientist for Gizmo, said so.", []string{"John Doe contributedTo Gizmo", "John Doe worksFor Acme Robotics [oceanographer]"}},
		{"Doe was the chief engineer of Gizmo.", []string{"John Doe contributedTo Gizmo"}},
		// Part of a project's team.
		{"Doe worked at Acme Robotics as part of the Gizmo and Widget OS mission tracking teams.", []string{"John Doe contributedTo Gizmo", "John Doe contributedTo Widget OS", "John Doe worksFor Acme Robotics"}},
		{"In 1961, Acme Robotics hired Doe as the first female engineer to work as part of the Gizmo team.", []string{"John Doe contributedTo Gizmo", "John Doe worksFor Acme Robotics [engineer]"}},
		// Investing in a stake of shares.
		{"丙资本宣布投资甲公司5%股权。", []string{"丙资本 investedIn 甲公司"}},
		// A country before a company's name: the company still opens its clause.
		{"2015年7月30日，日本丙资本宣佈投資甲公司5%股權，透過技術協助深化合作。", []string{"丙资本 investedIn 甲公司"}},
		// Taking over the editing of a periodical leads it.
		{"直到1926年张三接编《星火系统》周刊。", []string{"张三 led 星火系统"}},
		// The one named, set off by commas after a word of kin or kind.
		{"The board named his widow, Jane Roe, as Acme Robotics CEO.", []string{"Jane Roe led Acme Robotics [CEO]", "Jane Roe worksFor Acme Robotics [CEO]"}},
		// Leadership provided for a project.
		{"Roe provides scientific leadership for Gizmo.", []string{"Jane Roe led Gizmo"}},
		// Words of kind before a title stay its modifiers whatever the rules spell.
		{"Roe, the editorial director of Acme Robotics, said so.", []string{"Jane Roe worksFor Acme Robotics [editorial director]"}},
		{"Roe, the scientific director of Acme Robotics, said so.", []string{"Jane Roe worksFor Acme Robotics [scientific director]"}},
		// Control: an offer received is no post taken.
		{"Doe received an offer to head Acme Robotics in 1969.", nil},
		// Control: a grant for a development is money for work to come.
		{"Doe received a grant for the development of the Gizmo.", nil},
		// A post of a trade held to a body: "engineer-in-chief to", "secretary to".
		{"Roe was engineer-in-chief to Beta Labs from 1878 to 1900.", []string{"Jane Roe worksFor Beta Labs [engineer-in-chief]"}},
		{"Doe, secretary to Acme, wrote the report.", []string{"John Doe worksFor Acme Robotics [secretary]"}},
		{"Doe was appointed consulting engineer to the Beta Labs in 1850.", []string{"John Doe worksFor Beta Labs [engineer]"}},
		// An envoy to a body is not its staff.
		{"Doe was the ambassador to Acme in 1990.", nil},
		// A post an appointer gives: 委任、聘请、延聘、聘…为.
		{"王五委任张三为甲公司的总经理。", []string{"张三 led 甲公司 [总经理]", "张三 worksFor 甲公司 [总经理]"}},
		{"1917年，王五延聘张三为乙大学教授。", []string{"张三 worksFor 乙大学 [教授]"}},
		// A bare 聘 after a name names another; the passive without 被 does not.
		{"王五聘张三为乙大学教授。", []string{"张三 worksFor 乙大学 [教授]"}},
		{"1920年张三聘为乙大学教授。", []string{"张三 worksFor 乙大学 [教授]"}},
		// A teacher with a subject of study before the word, a description before the name; a degree's supervisor in a participle.
		{"Doe was born in Springfield. His physics teacher at Acme was Jane Roe.", []string{"John Doe advisor Jane Roe", "John Doe bornIn Springfield"}},
		{"Doe was born in Springfield. His drawing teacher was the architect Jane Roe.", []string{"John Doe advisor Jane Roe", "John Doe bornIn Springfield"}},
		{"Upon recommendation of his physics teacher Jane Roe, Doe entered the seminary.", []string{"John Doe advisor Jane Roe"}},
		{"Doe was awarded a Ph.D. from Beta Labs, supervised by the physicist Jane Roe.", []string{"John Doe advisor Jane Roe", "John Doe educatedAt Beta Labs"}},
		// Another's teacher is not his.
		{"Doe was born in 1900. Doe's son's teacher was Jane Roe.", nil},
		// Founding together with a named partner after 与 (一同开设), and with a friend in a clause without a subject.
		{"1909年，张三在北京与同乡李四一同开设甲公司。", []string{"张三 cofounded 甲公司", "李四 cofounded 甲公司"}},
		{"张三生于中国。1909年，在北京与友人一同开设甲公司，后改由他独资经营。", []string{"张三 bornIn 中国", "张三 cofounded 甲公司"}},
		{"张三又在北京开设乙大学，并与李四等一同创办甲公司。", []string{"张三 cofounded 甲公司", "张三 founded 乙大学", "李四 cofounded 甲公司"}},
		// A company's partner is no friend: no co-founding for the person the text is about.
		{"张三生于中国。甲公司还与乙大学合资成立戊科技。", []string{"乙大学 founded 戊科技", "张三 bornIn 中国", "甲公司 founded 戊科技"}},
		// 与…等创办 alone is a founding of each.
		{"10日，与李四、王五等创办甲公司。", []string{"李四 founded 甲公司", "王五 founded 甲公司"}},
		// The one by whose introduction another joined did not join; what was discussed was not founded.
		{"张三生于中国。1951年，在李四介绍下加入甲公司。", []string{"张三 bornIn 中国"}},
		{"张三曾与两江总督李四商讨设立甲公司。", nil},
		// An item of a list of people: a post after the founder's noun.
		{"李四：1987年获乙大学学士学位，甲公司创始人及现任董事长", []string{"李四 educatedAt 乙大学", "李四 founded 甲公司", "李四 led 甲公司 [董事长]", "李四 worksFor 甲公司 [董事长]"}},
		{"李四：毕业于乙大学，甲公司创始人，首任董事长", []string{"李四 educatedAt 乙大学", "李四 founded 甲公司", "李四 led 甲公司 [董事长]", "李四 worksFor 甲公司 [董事长]"}},
		// A person's work named by "work of", a possessive or "Among … works".
		{"An important early work of Doe was the Gizmo, built for the 1925 exhibition.", []string{"John Doe authored Gizmo"}},
		{"Doe's best-known work is Gizmo.", []string{"John Doe authored Gizmo"}},
		{"Among Doe's works is Gizmo.", []string{"John Doe authored Gizmo"}},
		// 成立了 after a place a person names.
		{"1958年，张三在乙大学妇产科成立了甲公司，由李四任组长。", []string{"张三 founded 甲公司", "李四 led 甲公司 [组长]", "李四 worksFor 甲公司 [组长]"}},
		{"张三在乙大学内成立了甲公司。", []string{"张三 founded 甲公司"}},
		// Study named by attending, a degree "of", a teacher's students at a school, study under a teacher at a school.
		{"In 1976, Doe began attending Epsilon College in Springfield.", []string{"John Doe educatedAt Epsilon"}},
		{"In 1829, Doe received the degree of doctor of philosophy at Epsilon College.", []string{"John Doe educatedAt Epsilon"}},
		{"In 1845 Doe became one of the original 26 students of Jane Roe at the Epsilon College.", []string{"John Doe advisor Jane Roe", "John Doe educatedAt Epsilon"}},
		{"Doe spent a semester studying under Jane Roe at the Epsilon College.", []string{"John Doe advisor Jane Roe", "John Doe educatedAt Epsilon"}},
		// A stake held, named in a relative clause before its holder, or acted on after 对所持.
		{"根据协议，持有甲公司45%股权的丙资本将获得戊科技25%的股权。", []string{"丙资本 investedIn 甲公司"}},
		{"2013年，丙资本对所持甲公司H股进行持股调整。", []string{"丙资本 investedIn 甲公司"}},
		// A former holder of a post one person holds at a time headed it; "a director", "a CEO" alone do not say so.
		{"Doe was a former CEO of Acme.", []string{"John Doe led Acme Robotics [CEO]", "John Doe worksFor Acme Robotics [CEO]"}},
		{"Doe was a former director of Acme.", []string{"John Doe worksFor Acme Robotics [director]"}},
		{"Doe was a CEO of Acme.", []string{"John Doe worksFor Acme Robotics [CEO]"}},
		// Work named by the second of two participles; a post at a body named by its kind after a founding; the chair of a board.
		{"Doe spent most of his career teaching at Acme and working at the Beta Labs in New York.", []string{"John Doe worksFor Acme Robotics", "John Doe worksFor Beta Labs"}},
		{"Doe founded the Beta Labs there in 1859, serving as the museum's first director until his death.", []string{"John Doe founded Beta Labs", "John Doe led Beta Labs [director]", "John Doe worksFor Beta Labs [director]"}},
		{"The 1973–1976 chairwoman of the board at Epsilon, Jane Roe, led the resistance.", []string{"Jane Roe led Epsilon [chairwoman]", "Jane Roe worksFor Epsilon [chairwoman]"}},
		// The introducer with 的 before 介绍下 is no subject either.
		{"张三生于中国。1951年，在李四的介绍下加入甲公司。", []string{"张三 bornIn 中国"}},
		// Investors counted, then listed; a round's investors after it.
		{"戊科技成立于2014年。其投资方包括丙资本、丁创投和己资本等。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技", "己资本 investedIn 戊科技"}},
		{"戊科技7年融资10轮，超20家VC/PE入局，包括丙资本、丁创投等。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
		{"戊科技共完成了10轮融资，丙资本、丁创投等机构均有参与。", []string{"丁创投 investedIn 戊科技", "丙资本 investedIn 戊科技"}},
	})
}

// factCase is a sentence and the facts it must give, in any order.
type factCase struct {
	text string
	want []string
}

// checkFactCases extracts each case's sentence with x and compares its
// facts, as factStrings renders them, with the case's.
func checkFactCases(t *testing.T, x *Extractor, cases []factCase) {
	t.Helper()
	for _, tt := range cases {
		got := factStrings(x.Extract("t", []byte(tt.text)).Facts)
		want := append([]string(nil), tt.want...)
		sort.Strings(want)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s\n got  %q\n want %q", tt.text, got, want)
		}
	}
}

// TestUnitParent: working at or studying in a unit named after its
// organisation (甲公司自动驾驶事业部, 乙大学计算机系, "Acme Research") is
// working at or studying in the organisation too, where the document or,
// failing that, the dictionary names it; leading the unit is not leading
// the organisation.
func TestUnitParent(t *testing.T) {
	x := New(withBuiltinRules(t, "unit.yaml", []byte(`entities:
  - {name: 张三, type: Person}
  - {name: 李四, type: Person}
  - {name: Jane Roe, type: Person}
  - {name: 甲公司, type: Organization}
  - {name: 甲公司自动驾驶事业部, type: Organization}
  - {name: 乙大学, type: Organization}
  - {name: 乙大学计算机系, type: Organization}
  - {name: Acme, type: Organization}
  - {name: Acme Research, type: Organization}
  - {name: Acmeplex, type: Organization}
  - {name: 丙大學, type: Organization}
  - {name: 丙大學物理學院, type: Organization}
  - {name: 华为, type: Organization}
  - {name: 华为云, type: Organization}
`)), Options{})
	checkFactCases(t, x, []factCase{
		{"甲公司是一家大公司。时任甲公司自动驾驶事业部总经理的张三选择创业。", []string{"张三 led 甲公司自动驾驶事业部 [总经理]", "张三 worksFor 甲公司 [总经理]", "张三 worksFor 甲公司自动驾驶事业部 [总经理]"}},
		{"乙大学很有名。李四毕业于乙大学计算机系。", []string{"李四 educatedAt 乙大学", "李四 educatedAt 乙大学计算机系"}},
		{"Acme grew. Jane Roe joined Acme Research in 2010.", []string{"Jane Roe worksFor Acme", "Jane Roe worksFor Acme Research"}},
		{"Acme grew. Jane Roe joined Acmeplex in 2010.", []string{"Jane Roe worksFor Acmeplex"}},
		// Named only inside the unit's name, the organisation is found in
		// the dictionary, also in Traditional characters.
		{"张三加入了甲公司自动驾驶事业部。", []string{"张三 worksFor 甲公司", "张三 worksFor 甲公司自动驾驶事业部"}},
		{"長子：李四，丙大學物理學院教授。", []string{"李四 worksFor 丙大學 [教授]", "李四 worksFor 丙大學物理學院 [教授]"}},
		{"Jane Roe joined Acme Research in 2010.", []string{"Jane Roe worksFor Acme", "Jane Roe worksFor Acme Research"}},
		// Its head is told of the unit alone, the organisation not being
		// named apart.
		{"张三领导的丙大學物理學院发表了论文。", []string{"张三 led 丙大學物理學院", "张三 worksFor 丙大學物理學院"}},
		// What follows the name is no unit's noun: no parent.
		{"张三加入了华为云。", []string{"张三 worksFor 华为云"}},
	})
}

// TestTitleOverName: a title that overlaps an organisation's name (北京大学校
// is a name of 北京大学, 校长 a title) is held there, not at the
// organisation the clause names before the holder. The name gives up its
// last character to the title, as 乙大学 is a form of the same entity.
func TestTitleOverName(t *testing.T) {
	x := New(withBuiltinRules(t, "title.yaml", []byte(`entities:
  - {name: 张三, type: Person}
  - {name: 教育部, type: Organization}
  - {name: 乙大学, type: Organization, aliases: [乙大学校]}
`)), Options{})
	checkFactCases(t, x, []factCase{
		{"1945年9月，教育部任命张三为乙大学校长。", []string{"张三 led 乙大学 [校长]", "张三 worksFor 乙大学 [校长]"}},
		{"1945年9月，教育部任命张三为校长。", []string{"张三 led 教育部 [校长]", "张三 worksFor 教育部 [校长]"}},
	})
}

// TestTraditionalEvidence: the rules read Traditional characters through a
// Simplified copy of the text with the same offsets, and the evidence
// quotes the text as given.
func TestTraditionalEvidence(t *testing.T) {
	x := New(withBuiltinRules(t, "g.yaml", []byte(grammarDict)), Options{})
	text := "序言。李四擔任甲公司總經理。"
	res := x.Extract("t", []byte(text))
	if len(res.Facts) == 0 {
		t.Fatal("no fact")
	}
	for _, f := range res.Facts {
		if f.Evidence.Text != "李四擔任甲公司總經理。" || text[f.Evidence.Start:f.Evidence.End] != f.Evidence.Text {
			t.Errorf("evidence %q at %d-%d", f.Evidence.Text, f.Evidence.Start, f.Evidence.End)
		}
	}
}

// TestPartyMembership: joining a political party is no employment; a
// post in the party is.
func TestPartyMembership(t *testing.T) {
	x := New(withBuiltinRules(t, "g.yaml", []byte(grammarDict+`  - {name: 中国共产党, type: Organization}
  - {name: Labour Party, type: Organization}
`)), Options{})
	checkFactCases(t, x, []factCase{
		{"张三1979年加入中国共产党。", nil},
		{"Roe joined the Labour Party in 1990.", nil},
		{"张三担任中国共产党党委书记。", []string{"张三 led 中国共产党 [党委书记]", "张三 worksFor 中国共产党 [党委书记]"}},
		{"张三1979年加入甲公司。", []string{"张三 worksFor 甲公司"}},
	})
}

// TestGroupSpanList: the members of a group anaphor (二人) share its
// span, so a list cut at a comma must not read the text between two of
// them backwards (it panicked on 李四张三,甲公司的二人).
func TestGroupSpanList(t *testing.T) {
	x := New(withBuiltinRules(t, "g.yaml", []byte(grammarDict)), Options{})
	checkFactCases(t, x, []factCase{
		{"李四张三,甲公司的二人", []string{"张三 worksFor 甲公司", "李四 worksFor 甲公司"}},
		{"甲公司的导师张三,李四。甲公司的二人。", []string{"张三 worksFor 甲公司", "李四 worksFor 甲公司"}},
	})
}

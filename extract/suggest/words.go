package suggest

import (
	"iter"
	"strings"
)

// occurrences yields the offset of each occurrence of sub in s, left to
// right, none overlapping the one before.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; ; {
			k := strings.Index(s[off:], sub)
			if k < 0 || !yield(off+k) {
				return
			}
			off += k + len(sub)
		}
	}
}

// Word classes, defined once and referred to by name.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// commonCapitalised are words written with a capital at the start of a
// sentence or by convention that are not names: function words, pronouns,
// months and days, nationalities and a few generic nouns.
var commonCapitalised = set(`a an the this that these those it its he she his her him they them their we our us
i you your my me in on at by for from with of to into onto over under after before during since until
while when where which who whom whose what why how as and or but nor so yet if although though because
also however then there here today later earlier meanwhile according following despite about among
between both each every all some many most more other another such no not one two three first second
now once again only even still just after upon within without through throughout along across
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
mr mrs ms dr prof sir jr sr st professor president chairman
ceo cto cfo coo phd ph.d founder co-founder director chief vice executive senior chapter part section
figure table see note edit references external links career education personal life early death
awards honors legacy biography background history overview ai vc pe ipo saas api gpu cpu pc tv ip
ok pr hr ar vr ml nlp`)

// demonyms are adjectives of nations and directions: part of a name
// ("American Telephone & Telegraph", "North London") but not one alone.
var demonyms = set(`american british english canadian chinese japanese french german european russian soviet indian
korean italian spanish israeli swiss dutch swedish finnish australian african asian western eastern
northern southern north south east west new old`)

// titles are words that stand before a person's name.
var titles = set(`mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir lord lady president ceo cto cfo
chairman chairwoman founder co-founder cofounder director dean senator governor minister king queen
prince princess general captain colonel`)

// connectors may stand inside a multi-word name, between capitalised
// words: "University of Toronto", "Jean de la Fontaine", "AT&T".
var connectors = set(`of de der den van von la le du da di del des`)

// orgHeads are the last words of organisation names.
var orgHeads = set(`university institute institution college school academy laboratory laboratories lab labs
company corporation corp corp. inc inc. ltd ltd. llc gmbh plc group foundation society association agency
bank capital ventures partners fund trust council committee commission department ministry office
center centre hospital museum library systems technologies technology electronics industries motors
networks network communications media studios records airlines press services conference federation
league union bureau authority`)

// orgStarts are first words of organisation names: "University of X".
var orgStarts = set(`university institute college school academy bank department ministry museum royal national`)

// workHeads are last words of the names of awards, programmes and works.
var workHeads = set(`award awards prize medal program programme project mission telescope satellite language
protocol algorithm theorem law`)

// placeHeads are last words of place names.
var placeHeads = set(`city county state province river mountain mountains valley island islands bay lake
park street avenue road`)

// abbreviations end with a '.' that does not end a sentence.
var abbreviations = set(`mr mrs ms dr prof st jr sr inc ltd co corp no vs etc u.s a.m p.m e.g i.e`)

// zhSurnames are the commonest Chinese surnames, single-character and
// compound.
var zhSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆卓吉缪简芦麦褚娄窦戚岑景党卜冷晏席卫柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘苑邝" {
		m[string(r)] = true
	}
	for _, s := range []string{"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯"} {
		m[s] = true
	}
	return m
}()

// zhTitles are roles written before or after a Chinese name.
var zhTitles = []string{"首席执行官", "首席技术官", "首席科学家", "首席运营官", "首席财务官", "联合创始人", "创始人", "董事长", "副董事长",
	"总裁", "副总裁", "总经理", "副总经理", "院长", "副院长", "校长", "副校长", "主任", "教授", "副教授", "研究员", "博士", "院士",
	"合伙人", "董事", "总监", "主席", "CEO", "CTO", "先生", "女士", "老师", "工程师", "科学家", "负责人", "所长", "部长"}

// zhOrgHeads end the names of Chinese organisations; longer first.
var zhOrgHeads = []string{"研究院", "研究所", "实验室", "基金会", "委员会", "科学院", "有限公司", "公司", "大学", "学院", "集团",
	"基金", "银行", "资本", "创投", "医院", "协会", "学会", "科技", "控股", "资管", "证券"}

// zhStops are characters that cannot be part of a name: they end the left
// edge of an organisation name and the right edge of a person's.
const zhStops = "的是在和与及或了将于由从向对为被把等也都并而且但就又还已曾着过个这那其该此每各让使给以因所之到至说称表示认指据即既再更最很均共同年月日间时期第几多少"

// zhTriggers take an organisation or project as object: 加入X, 创立X.
var zhTriggers = []string{"加入了", "加入", "创立了", "创立", "创办了", "创办", "成立了", "收购了", "收购", "投资了", "领投", "跟投", "就职于", "任职于", "毕业于", "联合创立"}

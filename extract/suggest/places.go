package suggest

import (
	"strings"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
)

// The place gazetteer: names of countries, of China's provinces and
// regions, and of large cities, in Chinese and English. A text names
// places without a cue (在北京, 美国的), so only a list knows them. These
// are facts of geography written out for kg, not taken from a data set.

var zhPlaces = set(`
中国 美国 英国 法国 德国 日本 韩国 朝鲜 俄罗斯 印度 加拿大 澳大利亚 新西兰 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典
挪威 丹麦 芬兰 冰岛 爱尔兰 奥地利 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 希腊 土耳其 乌克兰 白俄罗斯 以色列 伊朗
伊拉克 沙特阿拉伯 沙特 阿联酋 卡塔尔 埃及 南非 尼日利亚 肯尼亚 埃塞俄比亚 摩洛哥 巴西 阿根廷 智利 秘鲁 哥伦比亚 墨西哥
古巴 委内瑞拉 新加坡 马来西亚 印度尼西亚 印尼 泰国 越南 菲律宾 柬埔寨 缅甸 老挝 孟加拉国 巴基斯坦 阿富汗 哈萨克斯坦
蒙古 尼泊尔 斯里兰卡 卢森堡 爱沙尼亚 拉脱维亚 立陶宛 塞尔维亚 克罗地亚 斯洛文尼亚 苏联 欧洲 亚洲 非洲 北美 南美 拉美
大洋洲 中东 东南亚 欧盟
北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南
陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门
石家庄 太原 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 海口 成都 贵阳 昆明 西安 兰州 西宁 呼和浩特
南宁 拉萨 银川 乌鲁木齐 台北 深圳 苏州 无锡 宁波 青岛 大连 厦门 东莞 佛山 珠海 温州 常州 南通 烟台 绍兴 嘉兴 泉州 洛阳
惠州 合肥 芜湖 绵阳 宜宾 桂林 三亚 雄安 浦东 张江 中关村 海淀 前海 横琴 临港 亦庄
长三角 珠三角 粤港澳大湾区 大湾区 京津冀 华南 华北 华东 华中 西南 西北 东北 硅谷 雅加达
纽约 洛杉矶 旧金山 圣何塞 西雅图 波士顿 芝加哥 华盛顿 休斯顿 匹兹堡 费城 亚特兰大 迈阿密 丹佛 奥斯汀 达拉斯 圣地亚哥
帕洛阿尔托 山景城 伯克利 斯坦福 剑桥 牛津 伦敦 曼彻斯特 爱丁堡 巴黎 柏林 慕尼黑 法兰克福 汉堡 罗马 米兰 马德里 巴塞罗那
阿姆斯特丹 布鲁塞尔 苏黎世 日内瓦 维也纳 布拉格 布达佩斯 华沙 斯德哥尔摩 哥本哈根 奥斯陆 赫尔辛基 莫斯科 圣彼得堡
东京 大阪 京都 首尔 釜山 曼谷 河内 胡志明市 吉隆坡 马尼拉 孟买 新德里 班加罗尔 迪拜 特拉维夫 耶路撒冷 开罗 悉尼
墨尔本 多伦多 温哥华 蒙特利尔 圣保罗 里约热内卢 布宜诺斯艾利斯 墨西哥城
`)

var enPlaces = set(`
china america usa u.s u.s.a uk u.k britain england scotland wales ireland france germany japan korea russia india canada
australia italy spain portugal netherlands holland belgium switzerland sweden norway denmark finland iceland austria poland
hungary greece turkey ukraine israel iran iraq egypt nigeria kenya brazil argentina chile peru colombia mexico cuba singapore
malaysia indonesia thailand vietnam philippines pakistan taiwan mongolia europe asia africa antarctica
beijing shanghai shenzhen guangzhou hangzhou nanjing wuhan chengdu tianjin chongqing xi'an suzhou hong kong macau
london paris berlin munich rome milan madrid barcelona amsterdam brussels zurich geneva vienna prague budapest warsaw stockholm
copenhagen oslo helsinki moscow tokyo osaka kyoto seoul bangkok hanoi mumbai delhi bangalore dubai cairo sydney melbourne
toronto vancouver montreal ottawa boston chicago seattle pittsburgh philadelphia atlanta miami denver austin dallas houston
pasadena cambridge oxford edinburgh manchester princeton berkeley stanford
california texas massachusetts washington oregon florida virginia maryland michigan illinois ohio pennsylvania georgia
arizona colorado utah nevada iowa alabama tennessee kentucky minnesota wisconsin missouri indiana louisiana connecticut
`)

// enPlaceNames are the gazetteer's names of more than one word, matched
// against whole runs of capitalised words.
var enPlaceNames = set(strings.Join([]string{
	"united_states united_states_of_america united_kingdom great_britain new_zealand south_africa south_korea north_korea",
	"saudi_arabia soviet_union czech_republic hong_kong new_york new_york_city los_angeles san_francisco san_jose san_diego",
	"silicon_valley new_jersey new_mexico north_carolina south_carolina rhode_island west_virginia palo_alto mountain_view",
	"menlo_park washington_d.c. st._petersburg tel_aviv new_delhi buenos_aires rio_de_janeiro sao_paulo mexico_city",
	"kuala_lumpur ho_chi_minh_city latin_america middle_east southeast_asia east_asia north_america south_america",
	"european_union",
}, " "))

// isEnPlace reports whether the words, lower case, name a place of the
// gazetteer.
func isEnPlace(words []string) bool {
	if len(words) == 1 {
		return enPlaces[words[0]]
	}
	return enPlaceNames[strings.Join(words, "_")] || enPlaces[strings.Join(words, " ")]
}

// maxZhPlace is the length in runes of the longest Chinese place name.
const maxZhPlace = 7

// zhPlaceNames finds the gazetteer's Chinese place names in s, longest
// first, where they stand alone: not inside a longer run of Han
// characters that an organisation head ends (北京大学, 上海合见工业软件集团
// name organisations, not places).
func zhPlaceNames(s string) []raw {
	var out []raw
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			i += size
			continue
		}
		end := placeEnd(s, i)
		if end == i {
			i += size
			continue
		}
		if standsAlone(s, i, end) && !beforeOrgHead(s, end) {
			out = append(out, raw{start: i, end: end, conf: 0.45, typ: dict.Place, why: "place"})
		}
		i = end
	}
	return out
}

// standsAlone reports whether the place name s[i:end] names the place
// rather than modifies a noun: a stop character, punctuation or a
// non-Han character follows it (北京的, 在上海。), or a locative word
// precedes it (在北京成立, 来自美国加州). 中国芯片 and 美国市场 are
// about chips and a market.
func standsAlone(s string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(s[end:])
	if end == len(s) || !isHan(r) || isStop(r) || strings.HasPrefix(s[end:], "、") {
		return true
	}
	for _, w := range zhLocatives {
		if strings.HasSuffix(s[:i], w) {
			return true
		}
	}
	return false
}

// zhLocatives stand before a place: 在, 于, 来自, 前往.
var zhLocatives = []string{"在", "于", "从", "到", "赴", "往", "来自", "位于", "回到", "前往", "回国", "落户"}

// beforeOrgHead reports whether an organisation head noun ends the run of
// Han characters that starts at i, within a few characters.
func beforeOrgHead(s string, i int) bool {
	for n := 0; n < 6 && i < len(s); n++ {
		for _, h := range zhOrgHeads {
			if strings.HasPrefix(s[i:], h) {
				return true
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) || isStop(r) {
			return false
		}
		i += size
	}
	return false
}

// placeEnd returns the end of the longest gazetteer place name that starts
// at i in s (up to maxZhPlace characters), or i if none does.
func placeEnd(s string, i int) int {
	end := i
	for j, n := i, 0; j < len(s) && n < maxZhPlace; n++ {
		_, sz := utf8.DecodeRuneInString(s[j:])
		j += sz
		if zhPlaces[s[i:j]] {
			end = j
		}
	}
	return end
}

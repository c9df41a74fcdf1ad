package main

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The name tables. Latin names are built from syllables so that a million
// distinct ones exist; Chinese names from a common surname and one or two
// of some three hundred common given-name characters, as real ones are.

var (
	onsets = []string{"", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
		"br", "dr", "tr", "st", "ch", "sh", "th", "kr", "pl", "gr", "fl"}
	vowels = []string{"a", "e", "i", "o", "u", "a", "e", "o", "ia", "ei"}
	codas  = []string{"", "", "", "", "n", "r", "l", "s", "m"}
	// lastSuffixes end some surnames, for a little realism.
	lastSuffixes = []string{"", "", "", "", "son", "ez", "ova", "ini", "berg", "ton", "ski", "ley"}

	productStems = []string{"Nimbus", "Zorbex", "Quanta", "Helix", "Vortex", "Aurora", "Cobalt", "Lumen", "Nova",
		"Orion", "Pulsar", "Stratus", "Tessera", "Vector", "Zenith", "Kestrel", "Falcon", "Atlas", "Cipher", "Ember"}
	placeWords = []string{"Port", "Lake", "Mount", "New", "San", "Fort", "Bay", "Valley", "Springs", "Heights"}

	surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")

	givenChars = uniqueRunes("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建玲飞鑫波宇浩凯健俊帆帅旭宁" +
		"欢阳佳思雨婷雪琳晨晓欣怡梦颖慧博文斌志新海峰亮成东云莉丹倩萱轩宏彬锋琪瑞瑶悦琦鸿涵子逸晗哲睿嘉铭昊天泽" +
		"宸皓楷航翔远安康乐清诗雅韵婉蕾薇璐露瑾璇琴岚冰月星辰晴霖雯菲妍媛姗珊蓉荣蓓蕊芸茜菁莹萌蔚青松柏桐楠森彤" +
		"巍岩山川河湖洪源溪润滨泉淳澄沛汉国民家庆福贵祥吉喜寿德仁义礼智信忠良善和顺正直诚实毅坚胜利达通兴旺盛昌" +
		"隆茂丰富裕豪雄威振奋进登攀峻崇尚卓越凡奇灵聪捷锐锦绣绮纯素洁梓紫芷若如依伊艺熙曦希夕馨心杏秋春冬梅竹菊" +
		"莲荷桃枫桦柳樱榕一之元永长立少光辉耀晶晖朗昕昱晟炜烨煜焕灿炎森林木杉槿柔淑贤慈惠婧娴媚娇姝嫣妮娅琼瑛" +
		"珍珠琛璋瑜琰琮琬瑗璟骏驰腾跃飞翼鹤鸣凤麟鹏雁鸥燕莺岳峥嵘崎岭峦坤培垚基城堂坚定宇宙乾朝晋宋汇沐沁泓涌")

	cities = []string{"北京", "上海", "广州", "深圳", "杭州", "南京", "武汉", "成都", "西安", "天津", "重庆", "苏州",
		"长沙", "合肥", "厦门", "青岛", "大连", "沈阳", "济南", "郑州", "福州", "昆明", "兰州", "南昌"}
)

func uniqueRunes(s string) []rune {
	seen := map[rune]bool{}
	var out []rune
	for _, r := range s {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

func pick[T any](rng *rand.Rand, list []T) T {
	return list[rng.IntN(len(list))]
}

// syllables is n Latin syllables, capitalised.
func syllables(rng *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pick(rng, onsets))
		b.WriteString(pick(rng, vowels))
		b.WriteString(pick(rng, codas))
	}
	return capitalize(b.String())
}

// latinWord is a capitalised word of at least four letters.
func latinWord(rng *rand.Rand, min, max int) string {
	for {
		w := syllables(rng, min+rng.IntN(max-min+1))
		if len(w) >= 4 {
			return w
		}
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// latinPerson is "Firstname Lastname" and sometimes also "F. Lastname".
func latinPerson(rng *rand.Rand) []string {
	first := latinWord(rng, 2, 2+rng.IntN(4)/3)
	last := latinWord(rng, 2, 3) + pick(rng, lastSuffixes)
	full := first + " " + last
	if rng.IntN(5) < 2 {
		return []string{full, first[:1] + ". " + last}
	}
	return []string{full}
}

// product is a model or product name: "Zorbex-42", "Nimbus X7", "QVRT-3".
func product(rng *rand.Rand) []string {
	switch rng.IntN(4) {
	case 0:
		return []string{pick(rng, productStems) + "-" + strconv.Itoa(1+rng.IntN(999))}
	case 1:
		return []string{latinWord(rng, 2, 3) + "-" + strconv.Itoa(1+rng.IntN(99))}
	case 2:
		return []string{pick(rng, productStems) + " " + string(rune('A'+rng.IntN(26))) + strconv.Itoa(1+rng.IntN(99))}
	default:
		var b strings.Builder
		for i := 0; i < 4; i++ {
			b.WriteByte(byte('A' + rng.IntN(26)))
		}
		return []string{b.String() + "-" + strconv.Itoa(1+rng.IntN(20))}
	}
}

// chinesePerson is a surname and one or two given-name characters. Two-
// character names are few (surnames × givenChars), so they are made less
// often than three-character ones.
func chinesePerson(rng *rand.Rand) []string {
	name := []rune{pick(rng, surnames), pick(rng, givenChars)}
	if rng.IntN(5) > 0 {
		name = append(name, pick(rng, givenChars))
	}
	return []string{string(name)}
}

// chineseOrg is a university, a technology company or an institute.
func chineseOrg(rng *rand.Rand) []string {
	xx := string([]rune{pick(rng, givenChars), pick(rng, givenChars)})
	switch rng.IntN(3) {
	case 0:
		return []string{pick(rng, cities) + xx + "大学"}
	case 1:
		return []string{xx + "科技公司"}
	default:
		if rng.IntN(2) == 0 {
			return []string{pick(rng, cities) + xx + "研究院"}
		}
		return []string{xx + "研究院"}
	}
}

// place is "Port Velmora", "Tirano Valley" and the like: always two words,
// so that no place is an ordinary English word of the filler.
func place(rng *rand.Rand) []string {
	w, p := latinWord(rng, 2, 3), pick(rng, placeWords)
	switch p {
	case "Bay", "Valley", "Springs", "Heights":
		return []string{w + " " + p}
	}
	return []string{p + " " + w}
}

// isLatin reports whether s starts with an ASCII letter or digit, which
// then needs a non-letter before it in the text to stand as a word.
func isLatin(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < utf8.RuneSelf
}

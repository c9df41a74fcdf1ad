package suggest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/match"
)

// span is a half-open byte range of a text.
type span struct{ start, end int }

// zhLists finds the items of Chinese enumerations: names separated by the
// enumeration comma 、, the last one perhaps joined by 和, 与, 及 or 以及
// and followed by 等: "红杉中国、IDG资本和高瓴创投等机构" gives three items.
// The items between two separators are exact; the first ends where a
// clause, a stop character or a verb begins before it, the last where a
// stop character or punctuation follows it. A list holds at least two
// items.
func zhLists(s string) [][]span {
	var lists [][]span
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], "、")
		if k < 0 {
			break
		}
		k += i
		first := span{itemBefore(s, k), k}
		items := []span{first}
		j := k + len("、")
		for {
			e := itemEndJoined(s, j)
			if e == j {
				break
			}
			if strings.HasPrefix(s[e:], "、") {
				items = append(items, span{j, e})
				j = e + len("、")
				continue
			}
			// The last item, perhaps joined: "A、B和C". A middle item
			// may hold a joining character (陈和生); the last is split at
			// the first.
			e1 := itemEnd(s, j)
			items = append(items, span{j, e1})
			for _, c := range zhJoins {
				if e1 < e && strings.HasPrefix(s[e1:], c) {
					if e2 := itemEnd(s, e1+len(c)); e2 > e1+len(c) {
						items = append(items, span{e1 + len(c), e2})
						e1 = e2
					}
					break
				}
			}
			j = e1
			break
		}
		var ok []span
		for _, it := range items {
			if n := utf8.RuneCountInString(s[it.start:it.end]); n >= 2 && n <= 16 {
				ok = append(ok, it)
			}
		}
		if len(ok) >= 2 {
			lists = append(lists, ok)
		}
		i = max(j, k+len("、"))
	}
	return lists
}

// zhJoins join the last item of an enumeration.
var zhJoins = []string{"以及", "和", "与", "及"}

// itemRune reports whether r may stand in a list item: a Han character
// that is no stop, a letter, a digit, or a space or dash inside a Latin
// name.
func itemRune(r rune) bool {
	if isHan(r) {
		return !strings.ContainsRune(zhItemStops, r)
	}
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '-' || r == '&' || r == '.')
}

// zhItemStops are characters a name in a list does not contain: they end
// its edges. Fewer than zhStops, which also bar 同, 年 and the like that
// company names do contain, because an item between two 、 has sure edges.
const zhItemStops = "的是在和与及或了将于由从向对为被把等也都并而且但就又还已曾着过这那其该此每各让使给以因所到至说称"

// itemBefore returns the start of the first item of a list, which ends
// at k.
func itemBefore(s string, k int) int {
	a, n := k, 0
	for a > 0 && n < 16 {
		r, size := utf8.DecodeLastRuneInString(s[:a])
		if !itemRune(r) {
			break
		}
		a -= size
		n++
	}
	a = afterVerb(s, a, k)
	for a < k && s[a] == ' ' {
		a++
	}
	return a
}

// itemEnd returns the end of the list item that starts at j: before the
// next separator, stop character or punctuation.
func itemEnd(s string, j int) int {
	e := j
	for e < len(s) {
		r, size := utf8.DecodeRuneInString(s[e:])
		if !itemRune(r) {
			break
		}
		e += size
	}
	for e > j && s[e-1] == ' ' {
		e--
	}
	return cutItemTail(s, j, e)
}

// cutItemTail ends the last item of a list s[j:e] before what follows the
// name in it: a count and a classifier (小马智行两只独角兽) or a verb of
// the relation grammar (韩旭创立), after two characters at least.
func cutItemTail(s string, j, e int) int {
	words := builtinGrammar().words
	for p, n := j, 0; p < e; n++ {
		_, size := utf8.DecodeRuneInString(s[p:])
		if n >= 2 {
			if countAt(s[:e], p) > p {
				return p
			}
			for _, w := range words {
				if utf8.RuneCountInString(w) >= 2 && strings.HasPrefix(s[p:e], w) && !nameWord(w) {
					return p
				}
			}
		}
		p += size
	}
	return e
}

// itemEndJoined is itemEnd that reads past the joining characters 和, 与
// and 及.
func itemEndJoined(s string, j int) int {
	e := j
	for e < len(s) {
		r, size := utf8.DecodeRuneInString(s[e:])
		if !itemRune(r) && !strings.ContainsRune("和与及", r) {
			break
		}
		e += size
	}
	for e > j && s[e-1] == ' ' {
		e--
	}
	return e
}

// listNames proposes the items of the lists in text that the dictionary
// does not cover, when another item of the same list is a known entity:
// "A、B和C" with A known makes B and C candidates of A's type.
func listNames(text []byte, covered []match.Match, entity []*dict.Entity) []raw {
	var out []raw
	for _, items := range zhLists(string(text)) {
		votes := map[dict.Type]int{}
		var free []span
		for _, it := range items {
			known := false
			for _, m := range covered {
				if m.Start >= it.start && m.End <= it.end {
					known = true
					if 2*(m.End-m.Start) >= it.end-it.start {
						votes[entity[m.Pattern].Type]++
					}
				} else if m.Start < it.end && it.start < m.End {
					known = true
				}
			}
			if !known {
				free = append(free, it)
			}
		}
		typ, best := dict.Type(""), 0
		for _, t := range dict.Types {
			if votes[t] > best {
				typ, best = t, votes[t]
			}
		}
		if typ == "" {
			typ = classAfter(string(text), items[len(items)-1].end)
		}
		if typ == "" {
			continue
		}
		for _, it := range free {
			out = append(out, raw{start: it.start, end: it.end, conf: 0.65, typ: typ, why: "list"})
		}
	}
	return out
}

// classAfter returns the type of the class noun that a list ending at i
// is said to be part of: "A、B等院士" lists persons, "A、B等多家知名机构"
// organisations. It is empty without 等 and a class noun within a few
// characters.
func classAfter(s string, i int) dict.Type {
	if !strings.HasPrefix(s[i:], "等") {
		return ""
	}
	i += len("等")
	for n := 0; n < 8 && i < len(s); n++ {
		for _, c := range zhClasses {
			if strings.HasPrefix(s[i:], c.noun) {
				return c.typ
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			break
		}
		i += size
	}
	return ""
}

// zhClasses are the class nouns a Chinese list names its items by.
var zhClasses = func() []struct {
	noun string
	typ  dict.Type
} {
	var cs []struct {
		noun string
		typ  dict.Type
	}
	add := func(t dict.Type, nouns ...string) {
		for _, n := range nouns {
			cs = append(cs, struct {
				noun string
				typ  dict.Type
			}{n, t})
		}
	}
	add(dict.Organization, "公司", "机构", "企业", "基金", "高校", "院校", "大学", "银行", "集团", "平台", "厂商", "媒体")
	add(dict.Place, "国家", "城市", "地区", "省份", "省市")
	add(dict.Person, "院士", "教授", "学者", "科学家", "企业家", "投资人", "创始人", "人")
	add(dict.Project, "项目", "产品", "技术", "芯片", "系统")
	return cs
}()

// nameWord reports whether a word of the grammar also ends or makes up
// names (国科投资, 红杉资本, 华为创投): it does not end a list item.
func nameWord(w string) bool {
	return slices.Contains(zhOrgHeads, w) || strings.HasPrefix(w, "投资") || strings.HasPrefix(w, "融资")
}

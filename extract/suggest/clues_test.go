package suggest

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
)

// names returns the candidates of Suggest on text with the entities
// known, as "name/type/why", in the order Suggest gives.
func names(known []*dict.Entity, text string) []string {
	var out []string
	for _, c := range Suggest(&dict.Dictionary{Entities: known}, []Document{{"t", []byte(text)}}, Options{}) {
		if c.AliasOf == "" {
			out = append(out, c.Name+"/"+string(c.Type)+"/"+c.Why)
		}
	}
	return out
}

func TestTextClues(t *testing.T) {
	hongshan := &dict.Entity{ID: "hs", Name: "红杉中国", Type: dict.Organization}
	idg := &dict.Entity{ID: "idg", Name: "IDG资本", Type: dict.Organization}
	lee := &dict.Entity{ID: "lee", Name: "李政道", Type: dict.Person}
	for _, tc := range []struct {
		name  string
		known []*dict.Entity
		text  string
		want  []string // each must be proposed
		not   []string // none of these may be
	}{
		// Enumerations.
		{"list with a known item", []*dict.Entity{hongshan}, "投资方包括红杉中国、美团和字节跳动。",
			[]string{"美团/Organization/list", "字节跳动/Organization/list"}, []string{"投资方包括红杉中国"}},
		{"list item with a joining character", []*dict.Entity{lee}, "出席的有李政道、陈和生、王贻芳等人。",
			[]string{"陈和生/Person/list", "王贻芳/Person/list"}, nil},
		{"list named by its class", nil, "叶铭汉、郑志鹏、方守贤等院士出席。",
			[]string{"叶铭汉/Person/list", "郑志鹏/Person/list", "方守贤/Person/list"}, nil},
		{"list without a known item or class", nil, "设计、验证、封装等环节。", nil,
			[]string{"设计/Organization/list", "验证/Organization/list"}},
		{"list with a verb before it", []*dict.Entity{idg}, "他投资了展讯通信、IDG资本。",
			[]string{"展讯通信/Organization/list"}, []string{"投资了展讯通信/Organization/list"}},
		// Places.
		{"place alone", nil, "公司总部在北京。团队来自上海，", []string{"北京/Place/place", "上海/Place/place"}, nil},
		{"place as modifier", nil, "中国芯片产业，中国市场", nil, []string{"中国/Place/place"}},
		{"place inside an organisation", nil, "他毕业于北京大学。", nil, []string{"北京/Place/place"}},
		{"English place", nil, "He moved to Pittsburgh and then to the United Kingdom.",
			[]string{"Pittsburgh/Place/place", "United Kingdom/Place/place"}, nil},
		// Objects of the relation grammar's verbs.
		{"trigger object that recurs", nil, "他加入腾讯。后来腾讯上市。",
			[]string{"腾讯/Organization/trigger"}, nil},
		{"trigger object seen once", nil, "他加入腾讯。", nil, []string{"腾讯/Organization/trigger"}},
		{"verb stem of a noun", nil, "投资人很多。投资人说。", nil, []string{"人很多/Organization/trigger"}},
		// Descriptions are not names.
		{"measure word", nil, "他创办了一家软件服务公司。", nil, []string{"一家软件服务公司/Organization/org-head", "软件服务公司/Organization/org-head"}},
		{"after 的", nil, "中国最大的游戏公司。", nil, []string{"游戏公司/Organization/org-head"}},
		// Recurring personal names.
		{"recurring name", nil, "他和陈云霁是同学。后来陈云霁创业。", []string{"陈云霁/Person/recurring"}, nil},
		{"name once", nil, "哥哥陈云霁是学霸。", nil, []string{"陈云霁/Person/recurring"}},
		// Subjects of verbs of saying and of the grammar.
		{"speaker", nil, "据悉，陈云霁表示公司将扩张。", []string{"陈云霁/Person/subject"}, nil},
		// Organisation names start after a verb, at a place name.
		{"verb before an organisation", nil, "其宗旨是鼓励北京大学的学生。", []string{"北京大学/Organization/org-head"}, []string{"鼓励北京大学/Organization/org-head"}},
		{"count inside an organisation", nil, "北京一家老牌科技公司。", nil, []string{"北京一家老牌科技公司/Organization/org-head"}},
		{"generic modifiers only", nil, "他创立了自动驾驶公司，后来成为上市公司。", nil, []string{"自动驾驶公司/Organization/org-head", "上市公司/Organization/org-head"}},
		// The end of the last item of a list.
		{"count after the last item", []*dict.Entity{hongshan}, "红杉中国、小马智行两只独角兽。", []string{"小马智行/Organization/list"}, []string{"小马智行两只独角兽/Organization/list"}},
		// Foreign names written by sound.
		{"transliterated name before a title", nil, "他给欧洲的斯坦伯格教授发出了邮件。", []string{"斯坦伯格/Person/transliterated"}, nil},
		{"transliterated once, no title", nil, "他给斯坦伯格发出了邮件。", nil, []string{"斯坦伯格/Person/transliterated"}},
		// Latin names: a possessive splits a run; ordinals, versions and
		// camel case join it.
		{"possessive inside a run", nil, "He worked on NASA's Deep Space Network for years.", []string{"Deep Space Network/Organization/capitalised"}, []string{"NASA's Deep Space Network/Organization/capitalised"}},
		{"ordinal", nil, "He served as commander of the 14th Air Force at the base.", []string{"14th Air Force/Organization/capitalised"}, nil},
		{"version", nil, "It shipped Netscape 6 in 2000 and Mozilla 0.6 later.", []string{"Netscape 6/Project/capitalised", "Mozilla 0.6/Project/capitalised"}, nil},
		{"year after a name", nil, "He joined Acme 1999 onwards.", nil, []string{"Acme 1999/Project/capitalised"}},
		{"camel case", nil, "The company sold iPlanet to a partner, and iPlanet grew.", []string{"iPlanet/Project/capitalised"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := names(tc.known, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q not proposed; got %q", w, got)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("%q proposed; got %q", n, got)
				}
			}
		})
	}
}

func TestZhLists(t *testing.T) {
	for _, tc := range []struct {
		text string
		want [][]string
	}{
		{"包括红杉中国、IDG资本和高瓴创投等机构", [][]string{{"红杉中国", "IDG资本", "高瓴创投"}}},
		{"甲乙、丙丁", [][]string{{"甲乙", "丙丁"}}},
		{"李政道、陈和生、王贻芳", [][]string{{"李政道", "陈和生", "王贻芳"}}},
		{"陈和生、王贻芳", nil}, // the first item's edge stops at 和, leaving one item
		{"没有列表。", nil},
		{"、、", nil},
	} {
		var got [][]string
		for _, l := range zhLists(tc.text) {
			var items []string
			for _, it := range l {
				items = append(items, tc.text[it.start:it.end])
			}
			got = append(got, items)
		}
		if !slices.EqualFunc(got, tc.want, slices.Equal) {
			t.Errorf("zhLists(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// FuzzTextClues checks that suggest's text clues never panic, give spans
// inside the text on rune boundaries, and that Suggest is deterministic.
func FuzzTextClues(f *testing.F) {
	for _, s := range []string{
		"投资方包括红杉中国、高瓴创投和五源资本等机构。", "叶铭汉、郑志鹏、方守贤等院士", "他加入腾讯。后来腾讯上市。",
		"哥哥陈云霁是学霸。出生的陈云霁，", "He moved to Pittsburgh, the United Kingdom and Beijing.",
		"杰弗里·辛顿教授", "《深度学习》", "一家软件服务公司", "在北京、", "、和", "等院士",
	} {
		f.Add(s)
	}
	known := &dict.Dictionary{Entities: []*dict.Entity{
		{ID: "hs", Name: "红杉中国", Type: dict.Organization},
		{ID: "lee", Name: "李政道", Type: dict.Person},
		{ID: "acme", Name: "Acme", Type: dict.Organization},
	}}
	f.Fuzz(func(t *testing.T, s string) {
		covered := newKnown(known).cover([]byte(s))
		var rs []raw
		rs = append(rs, latinNames([]byte(s))...)
		rs = append(rs, chineseNames([]byte(s))...)
		rs = append(rs, listNames([]byte(s), covered, newKnown(known).entity)...)
		rs = append(rs, triggerObjects(s, covered)...)
		rs = append(rs, recurringPersons(s)...)
		for _, r := range rs {
			if r.start < 0 || r.end > len(s) || r.start > r.end {
				t.Fatalf("span %d:%d outside %d bytes (%s)", r.start, r.end, len(s), r.why)
			}
			if utf8.ValidString(s) && !(utf8.RuneStart(s[r.start]) || r.start == len(s)) {
				t.Fatalf("span %d:%d not on a rune boundary (%s)", r.start, r.end, r.why)
			}
		}
		a := Suggest(known, []Document{{"t", []byte(s)}}, Options{})
		b := Suggest(known, []Document{{"t", []byte(s)}}, Options{})
		if len(a) != len(b) {
			t.Fatalf("Suggest not deterministic: %d then %d candidates", len(a), len(b))
		}
		for i := range a {
			if a[i].Name != b[i].Name || a[i].Score != b[i].Score || strings.Join(a[i].Forms, "|") != strings.Join(b[i].Forms, "|") {
				t.Fatalf("Suggest not deterministic at %d: %+v then %+v", i, a[i], b[i])
			}
		}
	})
}

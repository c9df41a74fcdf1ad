package extract

import (
	"fmt"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
)

// FuzzRules runs a user's relation pattern, and the built-in rules, over
// arbitrary text: no panic, every fact's evidence and every mention lies
// in the text at the offsets it gives, and a second run gives the same
// facts. The pattern is the hostile part: gaps, slots, classes.
func FuzzRules(f *testing.F) {
	f.Add("{s}~~200~~200~~200~~200 zz {o}", "Jane Roe said a lot about nothing, zz Acme.")
	f.Add("{s} (joined|left) ~12{o}", "Jane Roe joined the Acme lab. 张三加入了甲公司。")
	f.Add("{o}(的|)~6{role:教授|院长}{s}", "甲公司教授张三表示，Acme的院长Jane Roe也来了。")
	f.Add("^~14(开创|创立)(了|)~14{o}", "创立了甲公司，Jane Roe co-founded Acme (AC) and 甲公司 (JG).")
	f.Add("{s}, @det? @pre? ~3{role:CEO} (of|at) {o}", "Jane Roe, the former CEO of Acme, and John Doe.")
	f.Add("{s} (funded|backed) {o}", "Jane Roe, Foo Bar and John Doe backed Acme and 甲公司, respectively. 张三和John Doe分别投资了Acme、某某基金和甲公司。")
	f.Add("{s} @be our ~3{role:CEO}", "Acme makes robots.\n\nJane Roe is our CEO. \"Our CEO,\" said John Doe, of Acme, \"is 本公司's.\"")
	f.Add("{o} {role:CEO|CTO|directors} {s}", "甲公司CEO张三、CTO John Doe和首席科学家Jane Roe出席。Acme's then-CEO Roe and Doe; Acme directors Roe and Doe. 其创始人张三。")
	f.Add("{s} (founded|said) {o}", "Jane Roe, along with John Doe, founded Acme. They, along with them, said Roe said Acme founded 甲公司.")
	f.Add("{s} (bought|收购) {o}", "甲公司完成融资\n本轮融资由Acme领投。张三、John Doe分别毕业于Acme和甲公司。张三收购了甲公司20%的股份。Jane Roe's team (1927–1990), nicknamed \"x,\" joined the board of Acme.")
	// A match that ends inside "whose " split by a line break (an
	// adversarial run's crash).
	f.Add("{s} (joined|left) ~12{o}", "Roe甲公司局长张三whose \nJohn Doe and Roe were主任。1935年任甲公司主编。")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		if len(pattern) > 200 || len(text) > 2000 {
			return
		}
		if _, err := dict.ParsePattern(pattern); err != nil {
			return
		}
		yaml := fmt.Sprintf(`entities:
  - {name: Jane Roe, type: Person, aliases: [张三, Roe]}
  - {name: John Doe, type: Person}
  - {name: Acme, type: Organization, aliases: [甲公司]}
relations:
  - name: fuzzed
    subject: [Person]
    object: [Organization]
    patterns: [%s]
`, strconv.Quote(pattern))
		ents, err := dict.Load("fuzz.yaml", []byte(yaml))
		if err != nil {
			return // a pattern YAML cannot hold as written
		}
		rels, err := dict.BuiltinRelations()
		if err != nil {
			t.Fatal(err)
		}
		d, err := dict.Merge(rels, ents)
		if err != nil {
			return
		}
		x := New(d, Options{})
		src := []byte(text)
		a := x.Extract("f", src)
		for _, m := range a.Mentions {
			if m.Start < 0 || m.End > len(src) || m.Start > m.End {
				t.Fatalf("mention %q at %d-%d outside the text", m.Text, m.Start, m.End)
			}
		}
		for _, fa := range a.Facts {
			ev := fa.Evidence
			if ev.Start < 0 || ev.End > len(src) || ev.Start > ev.End {
				t.Fatalf("evidence at %d-%d outside the text", ev.Start, ev.End)
			}
			if ev.Text != string(src[ev.Start:ev.End]) {
				t.Fatalf("evidence text %q is not the text at %d-%d", ev.Text, ev.Start, ev.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(ev.Text) {
				t.Fatalf("evidence %q cuts a character", ev.Text)
			}
		}
		b := x.Extract("f", src)
		if fmt.Sprint(factStrings(a.Facts)) != fmt.Sprint(factStrings(b.Facts)) {
			t.Fatalf("two runs differ:\n%q\n%q", factStrings(a.Facts), factStrings(b.Facts))
		}
	})
}

//go:build prune

package extract

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
	"github.com/kg-graph/kg/extract/eval"
)

func factSet(t *testing.T, relYAML []byte) (map[string]bool, map[string]int) {
	rels, err := dict.Load("builtin_relations.yaml", relYAML)
	if err != nil {
		t.Fatal(err)
	}
	rels, err = dict.Merge(rels)
	if err != nil {
		t.Fatal(err)
	}
	texts, err := eval.LoadCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]bool{}
	rules := map[string]int{}
	_, err = eval.EvaluateCorpus(texts, rels, func(d *dict.Dictionary, id string, text []byte) ([]doc.Fact, []doc.Mention) {
		res := New(d, Options{}).Extract(id, text)
		for _, f := range res.Facts {
			set[fmt.Sprintf("%s|%s|%s|%s|%d", id, f.Subject.ID, f.Relation, f.Object.ID, f.Evidence.Start)] = true
			rules[f.Rule]++
		}
		return res.Facts, res.Mentions
	})
	if err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadFile("../dict/builtin_entities.yaml")
	ed, err := dict.Load("builtin_entities.yaml", ents)
	if err != nil {
		t.Fatal(err)
	}
	full, err := dict.Merge(ed, rels)
	if err != nil {
		t.Fatal(err)
	}
	art, _ := os.ReadFile("../cmd/kg/seed/ilya-interview-zh.txt")
	for _, f := range New(full, Options{}).Extract("article", art).Facts {
		set[fmt.Sprintf("article|%s|%s|%s|%d", f.Subject.ID, f.Relation, f.Object.ID, f.Evidence.Start)] = true
		rules[f.Rule]++
	}
	return set, rules
}

func TestPrune(t *testing.T) {
	src, _ := os.ReadFile("../dict/builtin_relations.yaml")
	lines := strings.Split(string(src), "\n")
	base, rules := factSet(t, src)
	inRel := false
	var out []string
	for i, l := range lines {
		if strings.HasPrefix(l, "relations:") {
			inRel = true
		}
		if !inRel || !strings.HasPrefix(l, "      - \"") {
			continue
		}
		mod := strings.Join(append(append([]string{}, lines[:i]...), lines[i+1:]...), "\n")
		got, _ := factSet(t, []byte(mod))
		lost, gained := 0, 0
		for k := range base {
			if !got[k] {
				lost++
			}
		}
		for k := range got {
			if !base[k] {
				gained++
			}
		}
		fired := 0
		for r, n := range rules {
			if strings.Contains(r, fmt.Sprintf("(builtin_relations.yaml:%d)", i+1)) {
				fired += n
			}
		}
		out = append(out, fmt.Sprintf("%d\tfired=%d\tlost=%d\tgained=%d\t%s", i+1, fired, lost, gained, strings.TrimSpace(l)))
	}
	sort.Strings(out)
	os.WriteFile("/tmp/prune.txt", []byte(strings.Join(out, "\n")+"\n"), 0o644)
}

const synthDict = `entities:
  - {name: Jane Roe, type: Person}
  - {name: John Doe, type: Person}
  - {name: 张三, type: Person}
  - {name: 李四, type: Person}
  - {name: Acme Robotics, type: Organization}
  - {name: Beta Labs, type: Organization}
  - {name: 甲公司, type: Organization}
  - {name: 乙公司, type: Organization}
  - {name: Widget OS, type: Project}
  - {name: 星火系统, type: Project}
  - {name: Springfield, type: Place}
  - {name: 杭州, type: Place}
`

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

func nameFor(ts []dict.Type, zh, second bool) (string, string) {
	names := map[dict.Type][2][2]string{
		dict.Person:       {{"Jane Roe", "John Doe"}, {"张三", "李四"}},
		dict.Organization: {{"Acme Robotics", "Beta Labs"}, {"甲公司", "乙公司"}},
		dict.Project:      {{"Widget OS", "Widget OS"}, {"星火系统", "星火系统"}},
		dict.Place:        {{"Springfield", "Springfield"}, {"杭州", "杭州"}},
	}
	l, k := 0, 0
	if zh {
		l = 1
	}
	if second {
		k = 1
	}
	n := names[ts[0]][l][k]
	return n, n
}

// sentences renders a pattern as sentences: every alternative of every
// text element once, the others at their first non-empty alternative.
func sentences(r *dict.Relation, p dict.Pattern) []string {
	zh := hasHan(p.Source)
	s, _ := nameFor(r.Subject, zh, false)
	second := r.Subject[0] == r.Object[0]
	o, _ := nameFor(r.Object, zh, second)
	first := func(e dict.Elem) string {
		for _, a := range e.Alts {
			if a != "" {
				return a
			}
		}
		return ""
	}
	render := func(vary, alt int) string {
		var b strings.Builder
		for i, e := range p.Elems {
			var piece string
			switch e.Kind {
			case dict.Subject:
				piece = s
			case dict.Object:
				piece = o
			case dict.Lit, dict.Role:
				piece = first(e)
				if i == vary {
					piece = e.Alts[alt]
				}
			case dict.Gap:
				if zh {
					piece = strings.Repeat("多", e.Max)
				} else {
					piece = strings.Repeat("new ", e.Max/4)
				}
			}
			if !zh && b.Len() > 0 && piece != "" {
				prev := b.String()
				if !strings.HasSuffix(prev, " ") && !strings.HasPrefix(piece, " ") && !strings.HasPrefix(piece, ",") && !strings.HasPrefix(piece, "'") && !strings.HasPrefix(piece, ")") && !strings.HasSuffix(prev, "(") {
					b.WriteString(" ")
				}
			}
			b.WriteString(piece)
		}
		out := b.String()
		if zh {
			return out + "。"
		}
		return out + "."
	}
	var out []string
	out = append(out, render(-1, 0))
	for i, e := range p.Elems {
		if e.Kind == dict.Lit || e.Kind == dict.Role {
			for k := range e.Alts {
				out = append(out, render(i, k))
			}
		}
	}
	return out
}

func TestSubsumed(t *testing.T) {
	src, _ := os.ReadFile("../dict/builtin_relations.yaml")
	lines := strings.Split(string(src), "\n")
	rels, err := dict.Load("builtin_relations.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	ents, err := dict.Load("synth.yaml", []byte(synthDict))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rels.Relations {
		for _, p := range r.Patterns {
			if !p.HasSubject() || !p.HasObject() {
				out = append(out, fmt.Sprintf("%d\tkeep-implicit\t%s", p.Pos.Line, p.Source))
				continue
			}
			mod := strings.Join(append(append([]string{}, lines[:p.Pos.Line-1]...), lines[p.Pos.Line:]...), "\n")
			without, err := dict.Load("builtin_relations.yaml", []byte(mod))
			if err != nil {
				t.Fatal(err)
			}
			dw, err := dict.Merge(without, ents)
			if err != nil {
				t.Fatal(err)
			}
			withD, _ := dict.Merge(rels, ents)
			xw, xa := New(dw, Options{}), New(withD, Options{})
			verdict := "subsumed"
			for _, sent := range sentences(r, p) {
				has := func(x *Extractor) bool {
					for _, f := range x.Extract("s", []byte(sent)).Facts {
						if f.Relation == r.Name {
							return true
						}
					}
					return false
				}
				if !has(xa) {
					verdict = "synth-fails"
					continue
				}
				if !has(xw) {
					verdict = "needed: " + sent
					break
				}
			}
			out = append(out, fmt.Sprintf("%d\t%s\t%s", p.Pos.Line, verdict, p.Source))
		}
	}
	os.WriteFile("/tmp/subsumed.txt", []byte(strings.Join(out, "\n")+"\n"), 0o644)
}

func TestGreedyPrune(t *testing.T) {
	src, _ := os.ReadFile("../dict/builtin_relations.yaml")
	base, _ := factSet(t, src)
	ents, _ := dict.Load("synth.yaml", []byte(synthDict))
	cur := strings.Split(string(src), "\n")
	rels, _ := dict.Load("builtin_relations.yaml", src)
	type cand struct {
		line int
		r    *dict.Relation
		p    dict.Pattern
	}
	var cands []cand
	for _, r := range rels.Relations {
		for _, p := range r.Patterns {
			if p.HasSubject() && p.HasObject() {
				cands = append(cands, cand{p.Pos.Line, r, p})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].line > cands[j].line })
	removed := 0
	for _, c := range cands {
		mod := append(append([]string{}, cur[:c.line-1]...), cur[c.line:]...)
		modSrc := []byte(strings.Join(mod, "\n"))
		without, err := dict.Load("builtin_relations.yaml", modSrc)
		if err != nil {
			t.Fatal(err)
		}
		dw, _ := dict.Merge(without, ents)
		xw := New(dw, Options{})
		ok := true
		for _, sent := range sentences(c.r, c.p) {
			found := false
			for _, f := range xw.Extract("s", []byte(sent)).Facts {
				if f.Relation == c.r.Name {
					found = true
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		got, _ := factSet(t, modSrc)
		if len(got) != len(base) {
			continue
		}
		same := true
		for k := range base {
			if !got[k] {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		cur = mod
		removed++
		t.Logf("removed %d: %s", c.line, c.p.Source)
	}
	t.Logf("removed %d", removed)
	os.WriteFile("/tmp/pruned.yaml", []byte(strings.Join(cur, "\n")), 0o644)
}

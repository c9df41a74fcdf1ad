package relate

import (
	"strings"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
	"github.com/kg-graph/kg/extract/match"
)

// parentFacts adds, for a fact of a relation that takes an organisation's
// parts (worksFor, educatedAt) whose object is a unit named after the
// organisation it belongs to (百度自动驾驶事业部, 清华大学计算机系, "Google
// Research"), the same fact of that organisation, where the document
// names it and no other organisation fits. The rule says so: "[unit of
// 百度]".
func (x *Rules) parentFacts(d *doc.Document, facts []doc.Fact, seen map[factKey]int) []doc.Fact {
	var orgs []*dict.Entity                    // the organisations the document names, once each
	parents := map[*dict.Entity]*dict.Entity{} // each unit's, once found
	fromDict := map[*dict.Entity]bool{}        // units whose parent only the dictionary names
	n := len(facts)
	for i := 0; i < n; i++ {
		f := facts[i]
		if !x.parts[f.Relation] || f.Object.Type != dict.Organization {
			continue
		}
		if orgs == nil {
			have := map[*dict.Entity]bool{}
			for _, m := range d.Mentions {
				if m.How != doc.Coref && m.Entity.Type == dict.Organization && !have[m.Entity] {
					have[m.Entity] = true
					orgs = append(orgs, m.Entity)
				}
			}
		}
		parent, ok := parents[f.Object]
		if !ok {
			var fits int
			parent, fits = parentOf(f.Object, orgs)
			if fits == 0 {
				// 北京大学物理学院教授: the parent is named only inside
				// the unit's name, which the longest match took whole.
				parent = x.namedParent(f.Object)
				fromDict[f.Object] = true
			}
			parents[f.Object] = parent
		}
		if parent == nil {
			continue
		}
		if fromDict[f.Object] && ledUnit(facts[:n], f) {
			// 约里奥-居里夫妇领导的法兰西学院原子核化学实验室: the head of a
			// unit whose organisation the text does not name apart is
			// told of the unit alone.
			continue
		}
		k := factKey{f.Subject.ID, f.Relation, parent.ID, f.Evidence.Start}
		if seen[k] > 0 {
			continue
		}
		g := f
		g.Object, g.Rule = parent, f.Rule+" [unit of "+parent.Name+"]"
		seen[k] = len(facts) + 1
		facts = append(facts, g)
	}
	return facts
}

// ledUnit reports whether facts hold that f's subject led f's object, in
// f's sentence.
func ledUnit(facts []doc.Fact, f doc.Fact) bool {
	for _, g := range facts {
		if g.Relation == "led" && g.Subject == f.Subject && g.Object == f.Object && g.Evidence.Start == f.Evidence.Start {
			return true
		}
	}
	return false
}

// parentOf returns the one of orgs that unit is a unit of, or nil where
// none is or two are (neither is sure), and how many are.
func parentOf(unit *dict.Entity, orgs []*dict.Entity) (*dict.Entity, int) {
	var parent *dict.Entity
	n := 0
	for _, p := range orgs {
		if p != unit && unitOf(unit, p) {
			if parent != nil && parent != p {
				return nil, 2
			}
			parent, n = p, 1
		}
	}
	return parent, n
}

// SetEntities gives the rules the dictionary's entities, among whose
// organisations a unit's parent is looked up by name where the document
// names it only inside the unit's own name. The index of their forms is
// built on first use; until then the slice is only kept.
func (x *Rules) SetEntities(ents []*dict.Entity) { x.ents = ents }

// namedParent returns the dictionary's organisation whose form opens one
// of unit's forms, the rest being a unit's name (see unitOf), if exactly
// one does.
func (x *Rules) namedParent(unit *dict.Entity) *dict.Entity {
	if len(x.ents) == 0 {
		return nil
	}
	x.byFormSet.Do(func() {
		x.byForm = map[string]*dict.Entity{}
		for _, e := range x.ents {
			if e.Type != dict.Organization {
				continue
			}
			for _, f := range e.Forms() {
				x.byForm[f.Text] = e // a form names one entity (dict refuses two)
			}
		}
	})
	var parent *dict.Entity
	for _, u := range unit.Forms() {
		for i := range u.Text {
			if i < 2 || !utf8.RuneStart(u.Text[i]) {
				continue // a form ends on a character's boundary
			}
			p, ok := x.byForm[u.Text[:i]]
			if !ok || p == unit || !unitOf(unit, p) {
				continue
			}
			if parent != nil && parent != p {
				return nil
			}
			parent = p
		}
	}
	return parent
}

// unitOf reports whether a form of unit is a form of org followed by the
// name of a unit: a Chinese one of at most ten characters that ends with
// a unit noun (自动驾驶事业部, 计算机系), or English words that open with
// one ("Research", "School of Computer Science").
func unitOf(unit, org *dict.Entity) bool {
	for _, u := range unit.Forms() {
		for _, o := range org.Forms() {
			if len(o.Text) < 2 || !strings.HasPrefix(u.Text, o.Text) {
				continue
			}
			rest := u.Text[len(o.Text):]
			if r, _ := utf8.DecodeRuneInString(rest); r == ' ' {
				w, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
				if enUnits[w] {
					return true
				}
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(o.Text); r < utf8.RuneSelf {
				continue // "Googleplex" is no unit of "Google"
			}
			if simple, ok := match.SimplifiedSameWidth([]byte(rest)); ok {
				rest = string(simple) // 物理學院: the unit nouns are Simplified
			}
			if utf8.RuneCountInString(rest) <= 10 {
				for _, n := range zhUnits {
					if strings.HasSuffix(rest, n) {
						return true
					}
				}
			}
		}
	}
	return false
}

// enUnits open the English names of an organisation's units, after its
// name; zhUnits end the Chinese ones.
var enUnits = map[string]bool{"Research": true, "Labs": true, "Lab": true, "Laboratory": true, "Laboratories": true,
	"School": true, "Department": true, "Division": true, "Faculty": true}

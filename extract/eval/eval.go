package eval

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
)

// Gold is a hand annotation of the relations a text states.
//
// Relations are graded in tiers. A core relation (the default) is stated
// explicitly in one sentence; recall counts core relations only. A hard
// relation is stated but needs a reader's work (coreference across
// sentences, distribution over "respectively", an implication): finding it
// is a true positive, missing it costs nothing. Neutral relations and
// facts naming a neutral entity are neither hits nor false positives.
type Gold struct {
	// Doc and Language describe the text, for reports; optional.
	Doc      string `yaml:"doc"`
	Language string `yaml:"language"`
	// Entities, in the dictionary format, let one file hold a text's whole
	// annotation; see EntitiesSection.
	Entities  yaml.Node      `yaml:"entities"`
	Relations []GoldRelation `yaml:"relations"`
	Neutral   struct {
		Entities  []string       `yaml:"entities"`
		Relations []GoldRelation `yaml:"relations"`
	} `yaml:"neutral"`
}

// Tiers of a gold relation.
const (
	Core = "core"
	Hard = "hard"
)

// GoldRelation is one annotated relation. S and O name entities by any of
// their forms; Evidence is the sentence, for people reading a report.
type GoldRelation struct {
	S        string `yaml:"s"`
	P        string `yaml:"p"`
	O        string `yaml:"o"`
	Evidence string `yaml:"evidence"`
	Tier     string `yaml:"tier"` // Core (also when empty) or Hard
	Note     string `yaml:"note"`
	Line     int    `yaml:"-"` // where it stands in the gold file
}

// UnmarshalYAML decodes a relation and keeps its line for messages.
func (g *GoldRelation) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.MappingNode {
		for i := 0; i < len(n.Content); i += 2 {
			switch k := n.Content[i]; k.Value {
			case "s", "p", "o", "evidence", "tier", "note":
			default:
				return fmt.Errorf("line %d: field %s not found in a gold relation", k.Line, k.Value)
			}
		}
	}
	type plain GoldRelation
	var p plain
	if err := n.Decode(&p); err != nil {
		return err
	}
	*g = GoldRelation(p)
	g.Line = n.Line
	return nil
}

// ParseGold reads a gold file. Unknown keys are errors, with their line;
// so are a tier other than core or hard and a file that annotates nothing.
func ParseGold(data []byte) (*Gold, error) {
	var g Gold
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil && err != io.EOF {
		return nil, err
	}
	for _, r := range g.Relations {
		if r.Tier != "" && r.Tier != Core && r.Tier != Hard {
			return nil, fmt.Errorf("line %d: tier %q (want %s or %s)", r.Line, r.Tier, Core, Hard)
		}
		if r.S == "" || r.P == "" || r.O == "" {
			return nil, fmt.Errorf("line %d: a relation needs s, p and o", r.Line)
		}
	}
	if len(g.Relations) == 0 {
		return nil, fmt.Errorf("no relations: a gold file annotates at least one")
	}
	return &g, nil
}

// Check reports relations of g that d does not define, with their lines:
// a misspelt relation would otherwise count as a miss no rule can fix.
func (g *Gold) Check(d *dict.Dictionary) error {
	var bad []string
	for _, r := range slices.Concat(g.Relations, g.Neutral.Relations) {
		if d.Relation(r.P) == nil {
			bad = append(bad, fmt.Sprintf("line %d: unknown relation %q", r.Line, r.P))
		}
	}
	if bad != nil {
		return fmt.Errorf("%s", strings.Join(bad, "; "))
	}
	return nil
}

// EntitiesSection returns data with every top-level section but
// `entities:` blanked out line by line, for dict.Load: so that a gold file's
// entities load with their true line and column, and nil when the file
// has no entities section.
func EntitiesSection(data []byte) []byte {
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	m := root.Content[0]
	lines := bytes.SplitAfter(data, []byte("\n"))
	keep := make([]bool, len(lines))
	found := false
	for i := 0; i < len(m.Content); i += 2 {
		if m.Content[i].Value != "entities" {
			continue
		}
		found = true
		from, to := m.Content[i].Line-1, len(lines)
		if i+2 < len(m.Content) {
			to = m.Content[i+2].Line - 1
		}
		for k := from; k < to && k < len(lines); k++ {
			keep[k] = true
		}
	}
	if !found {
		return nil
	}
	var out []byte
	for k, l := range lines {
		if keep[k] {
			out = append(out, l...)
		} else if bytes.HasSuffix(l, []byte("\n")) {
			out = append(out, '\n')
		}
	}
	return out
}

// Triple is a fact without evidence: what precision and recall count.
type Triple struct{ S, P, O string }

func (t Triple) String() string { return t.S + " " + t.P + " " + t.O }

// Score counts distinct triples. TP is every fact found that the gold
// annotates (core or hard), FP every other fact found that is not
// neutral, FN every core triple missed. CoreTP, HardTP and HardFN split
// the tiers; Neutral counts neutral facts found, which count nowhere else.
type Score struct {
	TP, FP, FN     int
	CoreTP, HardTP int
	HardFN         int
	Neutral        int
}

// Precision is over everything asserted that is not neutral.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is over core triples.
func (s Score) Recall() float64 { return ratio(s.CoreTP, s.CoreTP+s.FN) }

func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add sums two scores (micro-averaging).
func (s Score) Add(o Score) Score {
	return Score{s.TP + o.TP, s.FP + o.FP, s.FN + o.FN, s.CoreTP + o.CoreTP, s.HardTP + o.HardTP, s.HardFN + o.HardFN, s.Neutral + o.Neutral}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Report compares facts with a gold annotation. Triples are compared as a
// set: a relation stated twice counts once.
type Report struct {
	Overall     Score
	ByRelation  map[string]Score
	FalsePos    []doc.Fact     // one fact (with its sentence) per wrong triple
	FalseNeg    []GoldRelation // one annotation per missed core triple
	Why         []string       // for each of FalseNeg, what Explain found, or ""
	Unresolved  []GoldRelation // gold relations naming no dictionary entity
	TruePosList []Triple
}

// Evaluate scores facts against gold. Names in gold resolve through d:
// a canonical name or an alias (compared as in matching).
func Evaluate(d *dict.Dictionary, gold *Gold, facts []doc.Fact) Report {
	lookup := goldLookup(d)
	r := Report{ByRelation: map[string]Score{}}
	want := map[Triple]GoldRelation{}
	var wantOrder []Triple
	for _, g := range gold.Relations {
		s, o := lookup(g.S), lookup(g.O)
		if s == nil || o == nil {
			r.Unresolved = append(r.Unresolved, g)
			continue
		}
		t := Triple{s.ID, g.P, o.ID}
		prev, ok := want[t]
		if !ok {
			wantOrder = append(wantOrder, t)
		}
		if !ok || prev.Tier == Hard && g.Tier != Hard {
			want[t] = g // core wins over hard
		}
	}
	neutral := map[Triple]bool{}
	for _, g := range gold.Neutral.Relations {
		if s, o := lookup(g.S), lookup(g.O); s != nil && o != nil {
			neutral[Triple{s.ID, g.P, o.ID}] = true
		} else {
			r.Unresolved = append(r.Unresolved, g)
		}
	}
	neutralEnt := map[string]bool{}
	for _, n := range gold.Neutral.Entities {
		if e := lookup(n); e != nil {
			neutralEnt[e.ID] = true
		} else {
			r.Unresolved = append(r.Unresolved, GoldRelation{S: n, P: "(neutral entity)"})
		}
	}
	got := map[Triple]bool{}
	for _, f := range facts {
		t := Triple{f.Subject.ID, f.Relation, f.Object.ID}
		if got[t] {
			continue
		}
		got[t] = true
		sc := r.ByRelation[t.P]
		if g, ok := want[t]; ok {
			sc.TP++
			if g.Tier == Hard {
				sc.HardTP++
			} else {
				sc.CoreTP++
			}
			r.TruePosList = append(r.TruePosList, t)
		} else if neutral[t] || neutralEnt[t.S] || neutralEnt[t.O] {
			sc.Neutral++
		} else {
			sc.FP++
			r.FalsePos = append(r.FalsePos, f)
		}
		r.ByRelation[t.P] = sc
	}
	for _, t := range wantOrder {
		if got[t] {
			continue
		}
		sc := r.ByRelation[t.P]
		if want[t].Tier == Hard {
			sc.HardFN++
		} else {
			sc.FN++
			r.FalseNeg = append(r.FalseNeg, want[t])
		}
		r.ByRelation[t.P] = sc
	}
	for _, sc := range r.ByRelation {
		r.Overall = r.Overall.Add(sc)
	}
	return r
}

// goldLookup returns a function that finds the entity a gold file names:
// by canonical name or alias, compared as in matching.
func goldLookup(d *dict.Dictionary) func(string) *dict.Entity {
	byForm := map[string]*dict.Entity{}
	for _, e := range d.Entities {
		for _, a := range e.Forms() {
			a.CaseSensitive = false
			if _, ok := byForm[dict.AliasKey(a)]; !ok {
				byForm[dict.AliasKey(a)] = e
			}
		}
	}
	return func(name string) *dict.Entity {
		return byForm[dict.AliasKey(dict.Alias{Text: name})]
	}
}

// Text is a document, or a part of one, as Explain sees it: its bytes and
// the mentions kg found in them, with spans relative to Src.
type Text struct {
	Src      []byte
	Mentions []doc.Mention
}

// Reasons Explain gives for a false negative, from the most to the least
// basic: a dictionary problem comes before a rule problem.
const (
	WhyNoEvidence = "evidence sentence not found in the text"
	WhyNeither    = "neither subject nor object mentioned in the sentence"
	WhyNoSubject  = "subject not mentioned in the sentence"
	WhyNoObject   = "object not mentioned in the sentence"
	WhyNoRule     = "both mentioned, no rule matched"
)

// WhyKinds lists the reasons in that order.
var WhyKinds = []string{WhyNoEvidence, WhyNeither, WhyNoSubject, WhyNoObject, WhyNoRule}

// Explain fills r.Why: for each false negative, whether its evidence
// sentence is in texts, and whether kg found a mention (a name, or a
// resolved pronoun or noun phrase) of its subject and of its object there.
// A user reads it as "fix the dictionary" or "add a rule".
func (r *Report) Explain(d *dict.Dictionary, texts []Text) {
	lookup := goldLookup(d)
	r.Why = make([]string, len(r.FalseNeg))
	for i, g := range r.FalseNeg {
		r.Why[i] = WhyNoEvidence
		s, o := lookup(g.S), lookup(g.O)
		for _, t := range texts {
			start, end, ok := findSpaced(t.Src, g.Evidence)
			if !ok {
				continue
			}
			var hasS, hasO bool
			for _, m := range t.Mentions {
				if m.Start >= start && m.End <= end {
					hasS = hasS || m.Entity == s
					hasO = hasO || m.Entity == o
				}
			}
			switch {
			case !hasS && !hasO:
				r.Why[i] = WhyNeither
			case !hasS:
				r.Why[i] = WhyNoSubject
			case !hasO:
				r.Why[i] = WhyNoObject
			default:
				r.Why[i] = WhyNoRule
			}
			break
		}
	}
}

// findSpaced finds sentence in src, any run of white space in either
// matching any run in the other, and returns its span in src.
func findSpaced(src []byte, sentence string) (start, end int, ok bool) {
	want := strings.Fields(sentence)
	if len(want) == 0 {
		return 0, 0, false
	}
	for from := 0; ; {
		k := bytes.Index(src[from:], []byte(want[0]))
		if k < 0 {
			return 0, 0, false
		}
		start = from + k
		p := start + len(want[0])
		matched := true
		for _, w := range want[1:] {
			q := p
			for q < len(src) && (src[q] == ' ' || src[q] == '\t' || src[q] == '\n' || src[q] == '\r') {
				q++
			}
			if q == p || !bytes.HasPrefix(src[q:], []byte(w)) {
				matched = false
				break
			}
			p = q + len(w)
		}
		if matched {
			return start, p, true
		}
		from = start + 1
	}
}

// Write prints the report: a table per relation (tp counts core and hard
// triples found, fn core triples missed; hard is found/annotated; neutral
// facts found count nowhere else), then every error with its sentence.
func (r Report) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %5s %5s %5s %7s %7s %9s %9s %9s\n", "relation", "tp", "fp", "fn", "hard", "neutral", "precision", "recall", "f1")
	names := make([]string, 0, len(r.ByRelation))
	for n := range r.ByRelation {
		names = append(names, n)
	}
	sort.Strings(names)
	line := func(name string, s Score) {
		hard := fmt.Sprintf("%d/%d", s.HardTP, s.HardTP+s.HardFN)
		fmt.Fprintf(&b, "%-14s %5d %5d %5d %7s %7d %9.3f %9.3f %9.3f\n", name, s.TP, s.FP, s.FN, hard, s.Neutral, s.Precision(), s.Recall(), s.F1())
	}
	for _, n := range names {
		line(n, r.ByRelation[n])
	}
	line("overall", r.Overall)
	fmt.Fprintf(&b, "precision over %d facts asserted (neutral ones left out), recall over %d core triples\n", r.Overall.TP+r.Overall.FP, r.Overall.CoreTP+r.Overall.FN)
	for _, f := range r.FalsePos {
		fmt.Fprintf(&b, "false positive: %s %s %s\n  in %s@%d: %s\n", f.Subject.Name, f.Relation, f.Object.Name, f.Evidence.Doc, f.Evidence.Start, oneLine(f.Evidence.Text))
		if f.Rule != "" {
			fmt.Fprintf(&b, "  made by: %s\n", f.Rule)
		}
	}
	kinds := map[string]int{}
	for i, g := range r.FalseNeg {
		why := ""
		if i < len(r.Why) && r.Why[i] != "" {
			why = " (" + r.Why[i] + ")"
			kinds[r.Why[i]]++
		}
		fmt.Fprintf(&b, "false negative: %s %s %s%s\n  evidence: %s\n", g.S, g.P, g.O, why, oneLine(g.Evidence))
	}
	for _, k := range WhyKinds {
		if kinds[k] > 0 {
			fmt.Fprintf(&b, "false negatives, %s: %d\n", k, kinds[k])
		}
	}
	for _, g := range r.Unresolved {
		fmt.Fprintf(&b, "unresolved gold: %s %s %s (a name the dictionary does not know)\n", g.S, g.P, g.O)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

package extract

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"kg/dict"
)

// Gold is a hand annotation of the relations a text states.
type Gold struct {
	Relations []GoldRelation `yaml:"relations"`
}

// GoldRelation is one annotated relation. S and O name entities by any of
// their forms; Evidence is the sentence, for people reading a report.
type GoldRelation struct {
	S        string `yaml:"s"`
	P        string `yaml:"p"`
	O        string `yaml:"o"`
	Evidence string `yaml:"evidence"`
}

// ParseGold reads a gold file. Unknown keys are errors, with their line.
func ParseGold(data []byte) (*Gold, error) {
	var g Gold
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil && err != io.EOF {
		return nil, err
	}
	return &g, nil
}

// Triple is a fact without evidence: what precision and recall count.
type Triple struct{ S, P, O string }

func (t Triple) String() string { return t.S + " " + t.P + " " + t.O }

// Score is precision and recall over a set of triples.
type Score struct {
	TP, FP, FN int
}

func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s Score) Recall() float64    { return ratio(s.TP, s.TP+s.FN) }
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add sums two scores (micro-averaging).
func (s Score) Add(o Score) Score { return Score{s.TP + o.TP, s.FP + o.FP, s.FN + o.FN} }

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
	FalsePos    []Fact         // one fact (with its sentence) per wrong triple
	FalseNeg    []GoldRelation // one annotation per missed triple
	Unresolved  []GoldRelation // gold relations naming no dictionary entity
	TruePosList []Triple
}

// Evaluate scores facts against gold. Names in gold resolve through d:
// a canonical name or an alias (compared as in matching).
func Evaluate(d *dict.Dictionary, gold *Gold, facts []Fact) Report {
	byForm := map[string]*dict.Entity{}
	for _, e := range d.Entities {
		for _, a := range e.Forms() {
			a.CaseSensitive = false
			if _, ok := byForm[dict.AliasKey(a)]; !ok {
				byForm[dict.AliasKey(a)] = e
			}
		}
	}
	lookup := func(name string) *dict.Entity {
		return byForm[dict.AliasKey(dict.Alias{Text: name})]
	}
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
		if _, ok := want[t]; !ok {
			want[t] = g
			wantOrder = append(wantOrder, t)
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
		if _, ok := want[t]; ok {
			sc.TP++
			r.TruePosList = append(r.TruePosList, t)
		} else {
			sc.FP++
			r.FalsePos = append(r.FalsePos, f)
		}
		r.ByRelation[t.P] = sc
	}
	for _, t := range wantOrder {
		if !got[t] {
			sc := r.ByRelation[t.P]
			sc.FN++
			r.ByRelation[t.P] = sc
			r.FalseNeg = append(r.FalseNeg, want[t])
		}
	}
	for _, sc := range r.ByRelation {
		r.Overall = r.Overall.Add(sc)
	}
	return r
}

// Write prints the report: a table per relation, then every error with its
// sentence.
func (r Report) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %5s %5s %5s %9s %9s %9s\n", "relation", "tp", "fp", "fn", "precision", "recall", "f1")
	names := make([]string, 0, len(r.ByRelation))
	for n := range r.ByRelation {
		names = append(names, n)
	}
	sort.Strings(names)
	line := func(name string, s Score) {
		fmt.Fprintf(&b, "%-14s %5d %5d %5d %9.3f %9.3f %9.3f\n", name, s.TP, s.FP, s.FN, s.Precision(), s.Recall(), s.F1())
	}
	for _, n := range names {
		line(n, r.ByRelation[n])
	}
	line("overall", r.Overall)
	for _, f := range r.FalsePos {
		fmt.Fprintf(&b, "false positive: %s %s %s\n  in %s@%d: %s\n", f.Subject.Name, f.Relation, f.Object.Name, f.Evidence.Doc, f.Evidence.Start, oneLine(f.Evidence.Text))
	}
	for _, g := range r.FalseNeg {
		fmt.Fprintf(&b, "false negative: %s %s %s\n  evidence: %s\n", g.S, g.P, g.O, oneLine(g.Evidence))
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

package eval

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"kg/dict"
	"kg/extract/doc"
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
	FalsePos    []doc.Fact     // one fact (with its sentence) per wrong triple
	FalseNeg    []GoldRelation // one annotation per missed triple
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
	kinds := map[string]int{}
	for i, g := range r.FalseNeg {
		why := ""
		if i < len(r.Why) && r.Why[i] != "" {
			why = " (" + r.Why[i] + ")"
			kinds[r.Why[i]]++
		}
		fmt.Fprintf(&b, "false negative: %s %s %s%s\n  evidence: %s\n", g.S, g.P, g.O, why, oneLine(g.Evidence))
	}
	for _, k := range []string{WhyNoEvidence, WhyNeither, WhyNoSubject, WhyNoObject, WhyNoRule} {
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

package eval

import (
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/doc"
)

func testDict(t *testing.T) *dict.Dictionary {
	t.Helper()
	d, err := dict.Load("e.yaml", []byte("entities:\n  - {name: A, type: Person, aliases: [aa]}\n  - {name: B, type: Organization}\n  - {name: C, type: Organization}\n  - {name: D, type: Organization}\n  - {name: E, type: Organization}\n"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestEvaluate(t *testing.T) {
	d := testDict(t)
	a, b, c := d.Entities[0], d.Entities[1], d.Entities[2]
	gold := &Gold{Relations: []GoldRelation{
		{S: "AA", P: "worksFor", O: "B"}, // by alias, any case
		{S: "A", P: "worksFor", O: "B"},  // the same triple again
		{S: "A", P: "founded", O: "C"},
		{S: "Nobody", P: "founded", O: "C"},
	}}
	facts := []doc.Fact{
		{Subject: a, Relation: "worksFor", Object: b},
		{Subject: a, Relation: "worksFor", Object: b},
		{Subject: a, Relation: "worksFor", Object: c},
	}
	r := Evaluate(d, gold, facts)
	if r.Overall != (Score{TP: 1, FP: 1, FN: 1, CoreTP: 1}) {
		t.Errorf("overall = %+v", r.Overall)
	}
	if r.ByRelation["worksFor"] != (Score{TP: 1, FP: 1, CoreTP: 1}) || r.ByRelation["founded"] != (Score{FN: 1}) {
		t.Errorf("by relation = %+v", r.ByRelation)
	}
	if len(r.Unresolved) != 1 || r.Unresolved[0].S != "Nobody" {
		t.Errorf("unresolved = %+v", r.Unresolved)
	}
	if p, rc, f := r.Overall.Precision(), r.Overall.Recall(), r.Overall.F1(); p != 0.5 || rc != 0.5 || f != 0.5 {
		t.Errorf("p r f = %v %v %v", p, rc, f)
	}
}

// TestEvaluateTiers: a hard triple found is a hit and missed costs
// nothing; neutral triples and facts on neutral entities count nowhere;
// core wins when a triple is annotated in both tiers.
func TestEvaluateTiers(t *testing.T) {
	d := testDict(t)
	a, b, c, e := d.Entities[0], d.Entities[1], d.Entities[2], d.Entities[4]
	gold, err := ParseGold([]byte(`
relations:
  - {s: A, p: worksFor, o: B}
  - {s: A, p: worksFor, o: C, tier: hard}
  - {s: A, p: founded, o: D, tier: hard}
  - {s: A, p: led, o: B, tier: hard}
  - {s: A, p: led, o: B}
neutral:
  entities: [E]
  relations:
    - {s: A, p: cofounded, o: C, note: "co- not said"}
`))
	if err != nil {
		t.Fatal(err)
	}
	facts := []doc.Fact{
		{Subject: a, Relation: "worksFor", Object: b},  // core hit
		{Subject: a, Relation: "worksFor", Object: c},  // hard hit
		{Subject: a, Relation: "cofounded", Object: c}, // neutral
		{Subject: a, Relation: "worksFor", Object: e},  // neutral entity
		{Subject: a, Relation: "founded", Object: b},   // false positive
	}
	r := Evaluate(d, gold, facts)
	want := Score{TP: 2, FP: 1, FN: 1, CoreTP: 1, HardTP: 1, HardFN: 1, Neutral: 2}
	if r.Overall != want {
		t.Errorf("overall = %+v, want %+v", r.Overall, want)
	}
	if p, rc := r.Overall.Precision(), r.Overall.Recall(); p != 2.0/3 || rc != 0.5 {
		t.Errorf("precision %v recall %v, want 2/3 and 1/2", p, rc)
	}
	if len(r.FalseNeg) != 1 || r.FalseNeg[0].P != "led" {
		t.Errorf("false negatives = %+v, want the core led only", r.FalseNeg)
	}
	var out strings.Builder
	if err := r.Write(&out); err != nil || !strings.Contains(out.String(), "1/2") {
		t.Errorf("report lacks the hard column:\n%s", out.String())
	}
}

func TestParseGoldErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"relations: []\n", "no relations"},
		{"", "no relations"},
		{"relations:\n  - {s: A, p: worksFor, o: B, tier: easy}\n", "line 2: tier \"easy\""},
		{"relations:\n  - {s: A, p: worksFor}\n", "line 2: a relation needs s, p and o"},
		{"relations:\n  - {s: A, p: worksFor, o: B, tire: hard}\n", "field tire not found"},
	} {
		_, err := ParseGold([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseGold(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
	rels, err := dict.BuiltinRelations()
	if err != nil {
		t.Fatal(err)
	}
	g, err := ParseGold([]byte("relations:\n  - {s: A, p: worksFor, o: B}\n  - {s: A, p: advisr, o: B}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Check(rels); err == nil || !strings.Contains(err.Error(), `line 3: unknown relation "advisr"`) {
		t.Errorf("Check = %v, want the misspelt relation with its line", err)
	}
}

// TestEntitiesSection: a gold file's entities load with their own lines
// and columns; the other sections are blanked, not dropped.
func TestEntitiesSection(t *testing.T) {
	data := []byte("doc: x\nrelations:\n  - {s: A, p: worksFor, o: B}\nentities:\n  - {name: A, type: Person}\n  - {name: B, typ: Organization}\nneutral:\n  entities: [A]\n")
	sec := EntitiesSection(data)
	if strings.Count(string(sec), "\n") != strings.Count(string(data), "\n") || strings.Contains(string(sec), "relations") || strings.Contains(string(sec), "neutral") {
		t.Fatalf("section = %q", sec)
	}
	_, err := dict.Load("gold.yaml", sec)
	if err == nil || !strings.Contains(err.Error(), "gold.yaml:6:") {
		t.Errorf("err = %v, want it at gold.yaml:6", err)
	}
	if EntitiesSection([]byte("relations: []\n")) != nil {
		t.Errorf("a file without entities has a section")
	}
}

// TestCorpusGroups: the corpus report sums texts by language and split,
// and each relation alone and by split and language.
func TestCorpusGroups(t *testing.T) {
	text := func(id, lang, split string, by map[string]Score) TextResult {
		var all Score
		for _, s := range by {
			all = all.Add(s)
		}
		return TextResult{&CorpusText{ID: id, Lang: lang, Split: split}, Report{Overall: all, ByRelation: by}}
	}
	r := &CorpusReport{Texts: []TextResult{
		text("en-a", "en", "tune", map[string]Score{"worksFor": {TP: 2, FN: 1, CoreTP: 2}, "founded": {FP: 1}}),
		text("en-b", "en", "heldout", map[string]Score{"worksFor": {TP: 1, FN: 3, CoreTP: 1}}),
		text("zh-c", "zh", "heldout", map[string]Score{"worksFor": {FN: 2}}),
		text("zh-d", "zh", "", map[string]Score{"founded": {TP: 1, CoreTP: 1}}),
	}}
	g := r.Groups()
	for key, want := range map[string]Score{
		"all":               {TP: 4, FP: 1, FN: 6, CoreTP: 4},
		"split heldout":     {TP: 1, FN: 5, CoreTP: 1},
		"relation worksFor": {TP: 3, FN: 6, CoreTP: 3},
		"relation worksFor split heldout lang en": {TP: 1, FN: 3, CoreTP: 1},
		"relation worksFor split heldout lang zh": {FN: 2},
		"relation founded split tune lang en":     {FP: 1},
		"relation founded lang zh":                {TP: 1, CoreTP: 1},
	} {
		if g[key] != want {
			t.Errorf("%s = %+v, want %+v", key, g[key], want)
		}
	}
	if _, ok := g["relation founded split heldout lang en"]; ok {
		t.Error("a group for a relation no text of the part has")
	}
	var out strings.Builder
	if err := r.Write(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\nrelation worksFor split heldout lang en   1.000  0.250  0.400     1    0    3 ") {
		t.Errorf("report lacks the relation's line:\n%s", out.String())
	}
}

package extract

import (
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/eval"
)

const articlePath = "../cmd/kg/seed/ilya-interview-zh.txt"

func articleResult(t *testing.T) (Result, *dict.Dictionary, []byte) {
	t.Helper()
	src, err := os.ReadFile(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return New(d, Options{}).Extract("ilya-interview-zh.txt", src), d, src
}

// acceptanceFile is the shared fixture; the copy in testdata is used where
// the shared folder is not beside the repository.
func acceptanceFile(t *testing.T) []byte {
	for _, p := range []string{"../../shared/acceptance/seed-visible.yaml", "../testdata/acceptance/seed-visible.yaml"} {
		if data, err := os.ReadFile(p); err == nil {
			return data
		}
	}
	t.Fatal("seed-visible.yaml not found")
	return nil
}

// TestAcceptance checks every relation and mention of the shared
// acceptance fixture on the embedded article.
func TestAcceptance(t *testing.T) {
	var fixture struct {
		Relations []eval.GoldRelation `yaml:"relations"`
		Mentions  []struct {
			Surface string `yaml:"surface"`
			Entity  string `yaml:"entity"`
		} `yaml:"mentions"`
	}
	if err := yaml.Unmarshal(acceptanceFile(t), &fixture); err != nil {
		t.Fatal(err)
	}
	if len(fixture.Relations) == 0 || len(fixture.Mentions) == 0 {
		t.Fatal("empty fixture")
	}
	res, _, _ := articleResult(t)
	have := map[string]bool{}
	for _, f := range res.Facts {
		have[f.Subject.Name+"|"+f.Relation+"|"+f.Object.Name] = true
	}
	for _, r := range fixture.Relations {
		if !have[r.S+"|"+r.P+"|"+r.O] {
			t.Errorf("relation not found: %s %s %s", r.S, r.P, r.O)
		}
	}
	for _, want := range fixture.Mentions {
		found := false
		for _, m := range res.Mentions {
			if m.Text == want.Surface && m.Entity.Name == want.Entity {
				found = true
			}
		}
		if !found {
			t.Errorf("mention %q of %s not found", want.Surface, want.Entity)
		}
	}
}

// TestArticleGold scores kg against the full hand annotation of the
// article. The bounds are the targets; the report is printed with -v.
func TestArticleGold(t *testing.T) {
	data, err := os.ReadFile("../testdata/ilya-gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	gold, err := eval.ParseGold(data)
	if err != nil {
		t.Fatal(err)
	}
	res, d, _ := articleResult(t)
	rep := eval.Evaluate(d, gold, res.Facts)
	var b strings.Builder
	if err := rep.Write(&b); err != nil {
		t.Fatal(err)
	}
	t.Logf("article vs testdata/ilya-gold.yaml:\n%s", b.String())
	if len(rep.Unresolved) > 0 {
		t.Errorf("gold names unknown to the dictionary: %+v", rep.Unresolved)
	}
	if p := rep.Overall.Precision(); p < 0.90 {
		t.Errorf("precision %.3f < 0.90", p)
	}
	if r := rep.Overall.Recall(); r < 0.85 {
		t.Errorf("recall %.3f < 0.85", r)
	}
}

// TestArticleOffsets checks that every mention and evidence span points at
// the text it claims, in the article as given.
func TestArticleOffsets(t *testing.T) {
	res, _, src := articleResult(t)
	if len(res.Mentions) < 100 || len(res.Facts) < 30 {
		t.Fatalf("only %d mentions and %d facts", len(res.Mentions), len(res.Facts))
	}
	for _, m := range res.Mentions {
		if string(src[m.Start:m.End]) != m.Text {
			t.Errorf("mention %+v does not match the source", m)
		}
	}
	for _, f := range res.Facts {
		if string(src[f.Evidence.Start:f.Evidence.End]) != f.Evidence.Text {
			t.Errorf("evidence of %s %s %s does not match the source", f.Subject.Name, f.Relation, f.Object.Name)
		}
	}
}

// TestExplain checks each kind of reason Explain gives for a miss.
func TestExplain(t *testing.T) {
	x, d := testExtractor(t, Options{NoCoref: true})
	src := []byte("Geoffrey Hinton met Ilya Sutskever in Toronto.\nHe  joined OpenAI later.\nThey spoke about AlexNet.\nNobody said more.")
	gold := &eval.Gold{Relations: []eval.GoldRelation{
		{S: "Ilya Sutskever", P: "advisor", O: "Geoffrey Hinton", Evidence: "Geoffrey Hinton met Ilya Sutskever in Toronto."},
		{S: "Ilya Sutskever", P: "worksFor", O: "OpenAI", Evidence: "He joined OpenAI later."}, // white space differs
		{S: "Alex Krizhevsky", P: "authored", O: "AlexNet", Evidence: "They spoke about AlexNet."},
		{S: "Greg Brockman", P: "worksFor", O: "Google", Evidence: "Nobody said more."},
		{S: "Sam Altman", P: "worksFor", O: "OpenAI", Evidence: "A sentence that is not there."},
	}}
	res := x.Extract("t", src)
	r := eval.Evaluate(d, gold, res.Facts)
	r.Explain(d, []eval.Text{{Src: src, Mentions: res.Mentions}})
	want := []string{eval.WhyNoRule, eval.WhyNoSubject, eval.WhyNoSubject, eval.WhyNeither, eval.WhyNoEvidence}
	if !slices.Equal(r.Why, want) {
		t.Errorf("why = %q\nwant  %q", r.Why, want)
	}
	var b strings.Builder
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "false negatives, "+eval.WhyNoSubject+": 2\n") {
		t.Errorf("report has no count of the kinds:\n%s", b.String())
	}
}

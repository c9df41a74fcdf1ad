package extract

import (
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/eval"
)

// BenchmarkStages runs kg on the evaluation corpus, each text with its
// own dictionary, as kg mentions does (matching and coreference) and as
// kg extract does (and relations too). Compare the two in one run:
//
//	go test ./extract -run '^$' -bench Stages -benchmem -count 5
func BenchmarkStages(b *testing.B) {
	texts, err := eval.LoadCorpus(corpusDir)
	if err != nil {
		b.Fatal(err)
	}
	rules, err := dict.BuiltinRelations()
	if err != nil {
		b.Fatal(err)
	}
	type job struct {
		x    *Extractor
		id   string
		text []byte
	}
	size := 0
	build := func(opt Options) []job {
		var jobs []job
		for _, t := range texts {
			d, err := dict.Merge(rules, t.Entities)
			if err != nil {
				b.Fatal(err)
			}
			jobs = append(jobs, job{New(d, opt), t.ID, t.Text})
		}
		return jobs
	}
	for _, t := range texts {
		size += len(t.Text)
	}
	for _, bc := range []struct {
		name string
		opt  Options
	}{
		{"mentions", Options{NoRelations: true}},
		{"extract", Options{}},
	} {
		jobs := build(bc.opt)
		for _, j := range jobs {
			j.x.Extract(j.id, j.text) // the rules are compiled on first use
		}
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, j := range jobs {
					j.x.Extract(j.id, j.text)
				}
			}
		})
	}
}

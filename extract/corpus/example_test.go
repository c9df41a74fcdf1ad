package corpus_test

import (
	"context"
	"fmt"
	"os"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
	"github.com/kg-graph/kg/extract/corpus"
)

// Example runs kg's corpus mode from Go: every text file and JSON Lines
// document under a directory, the mentions written as they come, in
// input order, and the facts kept for the graph.
func Example() {
	d, err := dict.Builtin()
	if err != nil {
		panic(err)
	}
	x := extract.New(d, extract.Options{})
	r := &corpus.Reader{
		Overlap: corpus.Overlap(d),
		OnError: func(err error) { fmt.Fprintln(os.Stderr, err) },
	}
	var facts []extract.Fact
	err = corpus.Run(context.Background(), x, r.Files([]string{"testdata/news"}), corpus.Options{Jobs: 4},
		func(res corpus.Result) error {
			facts = append(facts, res.Facts...)
			return corpus.WriteMentions(os.Stdout, res.Mentions)
		})
	if err != nil {
		panic(err)
	}
	// graph.Build(entities, facts, graph.Options{}) makes the graph of
	// the facts, to write as N-Quads or DOT.
	for _, f := range facts {
		fmt.Printf("%s %s %s (%s)\n", f.Subject.Name, f.Relation, f.Object.Name, f.Evidence.Doc)
	}
	fmt.Println(r.Failed(), "inputs failed")
	// Output:
	// {"doc":"testdata/news/a.txt","start":0,"end":15,"char_start":0,"char_end":15,"text":"Geoffrey Hinton","entity":"geoffrey-hinton","name":"Geoffrey Hinton","type":"Person","how":"exact"}
	// {"doc":"testdata/news/a.txt","start":23,"end":37,"char_start":23,"char_end":37,"text":"Ilya Sutskever","entity":"ilya-sutskever","name":"Ilya Sutskever","type":"Person","how":"exact"}
	// {"doc":"b1","start":0,"end":14,"char_start":0,"char_end":14,"text":"Ilya Sutskever","entity":"ilya-sutskever","name":"Ilya Sutskever","type":"Person","how":"exact"}
	// {"doc":"b1","start":26,"end":32,"char_start":26,"char_end":32,"text":"OpenAI","entity":"openai","name":"OpenAI","type":"Organization","how":"exact"}
	// Ilya Sutskever cofounded OpenAI (b1)
	// 0 inputs failed
}

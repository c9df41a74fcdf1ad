package graph_test

import (
	"os"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
	"github.com/kg-graph/kg/graph"
)

func Example() {
	ilya := &dict.Entity{ID: "ilya-sutskever", Name: "Ilya Sutskever", Type: dict.Person}
	hinton := &dict.Entity{ID: "geoffrey-hinton", Name: "Geoffrey Hinton", Type: dict.Person,
		Aliases: []dict.Alias{{Text: "辛顿"}}}
	facts := []extract.Fact{{
		Subject: ilya, Relation: "advisor", Object: hinton,
		Evidence: extract.Evidence{Doc: "a.txt", Span: extract.Span{Start: 0, End: 27}, Chars: extract.Chars{CharStart: 0, CharEnd: 27}, Text: "Hinton was Ilya's advisor."},
	}}
	g, err := graph.Build([]*dict.Entity{ilya, hinton}, facts, graph.Options{Base: "https://kg.example"})
	if err != nil {
		panic(err)
	}
	if err := g.WriteNQuads(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// <https://kg.example/doc/a.txt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/CreativeWork> <https://kg.example/provenance> .
	// <https://kg.example/entity/geoffrey-hinton> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://kg.example/vocab/Person> .
	// <https://kg.example/entity/geoffrey-hinton> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .
	// <https://kg.example/entity/geoffrey-hinton> <http://www.w3.org/2000/01/rdf-schema#label> "Geoffrey Hinton" .
	// <https://kg.example/entity/geoffrey-hinton> <http://www.w3.org/2004/02/skos/core#altLabel> "辛顿"@zh .
	// <https://kg.example/entity/geoffrey-hinton> <https://kg.example/vocab/id> "geoffrey-hinton" .
	// <https://kg.example/entity/ilya-sutskever> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://kg.example/vocab/Person> .
	// <https://kg.example/entity/ilya-sutskever> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .
	// <https://kg.example/entity/ilya-sutskever> <http://www.w3.org/2000/01/rdf-schema#label> "Ilya Sutskever" .
	// <https://kg.example/entity/ilya-sutskever> <https://kg.example/rel/advisor> <https://kg.example/entity/geoffrey-hinton> <https://kg.example/fact/b26a44beb30269fc> .
	// <https://kg.example/entity/ilya-sutskever> <https://kg.example/vocab/id> "ilya-sutskever" .
	// <https://kg.example/fact/b26a44beb30269fc> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://kg.example/doc/a.txt> <https://kg.example/provenance> .
	// <https://kg.example/fact/b26a44beb30269fc> <https://kg.example/vocab/charEnd> "27"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/fact/b26a44beb30269fc> <https://kg.example/vocab/charStart> "0"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/fact/b26a44beb30269fc> <https://kg.example/vocab/end> "27"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/fact/b26a44beb30269fc> <https://kg.example/vocab/sentence> "Hinton was Ilya's advisor." <https://kg.example/provenance> .
	// <https://kg.example/fact/b26a44beb30269fc> <https://kg.example/vocab/start> "0"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/rel/advisor> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Property> .
	// <https://kg.example/rel/advisor> <http://www.w3.org/2000/01/rdf-schema#label> "advisor" .
}

func ExampleGraph_WriteDOT() {
	ilya := &dict.Entity{ID: "ilya-sutskever", Name: "Ilya Sutskever", Type: dict.Person}
	openai := &dict.Entity{ID: "openai", Name: "OpenAI", Type: dict.Organization}
	ev := extract.Evidence{Doc: "a.txt", Span: extract.Span{Start: 0, End: 31}, Text: "Sutskever co-founded OpenAI."}
	facts := []extract.Fact{
		{Subject: ilya, Relation: "cofounded", Object: openai, Evidence: ev},
		{Subject: ilya, Relation: "worksFor", Object: openai, Role: "chief scientist", Evidence: ev},
	}
	g, err := graph.Build(nil, facts, graph.Options{})
	if err != nil {
		panic(err)
	}
	if err := g.WriteDOT(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// digraph "kg" {
	// 	graph [rankdir=LR, fontname="Helvetica,Arial,sans-serif"];
	// 	node [fontname="Helvetica,Arial,sans-serif", style=filled, color="#555555"];
	// 	edge [fontname="Helvetica,Arial,sans-serif", fontsize=10, color="#555555"];
	// 	"ilya-sutskever" [label="Ilya Sutskever", shape=ellipse, fillcolor="#cfe2ff"];
	// 	"openai" [label="OpenAI", shape=box, fillcolor="#ffe0b2"];
	// 	"ilya-sutskever" -> "openai" [label="cofounded"];
	// 	"ilya-sutskever" -> "openai" [label="worksFor"];
	// }
}

// An NQuadsWriter writes each document as it comes: the second one's
// chunk leaves out the entities and the relation the first one wrote.
func ExampleNQuadsWriter() {
	ilya := &dict.Entity{ID: "ilya", Name: "Ilya Sutskever", Type: dict.Person}
	openai := &dict.Entity{ID: "openai", Name: "OpenAI", Type: dict.Organization}
	fact := func(doc string) extract.Fact {
		return extract.Fact{Subject: ilya, Relation: "worksFor", Object: openai,
			Evidence: extract.Evidence{Doc: doc, Span: extract.Span{Start: 0, End: 7}, Chars: extract.Chars{CharStart: 0, CharEnd: 7}, Text: "Ilya…"}}
	}
	w, err := graph.NewNQuadsWriter(os.Stdout, graph.Options{Base: "https://kg.example"})
	if err != nil {
		panic(err)
	}
	for _, doc := range []string{"a.txt", "b.txt"} {
		if err := w.WriteDoc(nil, []extract.Fact{fact(doc)}); err != nil {
			panic(err)
		}
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	// Output:
	// <https://kg.example/doc/a.txt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/CreativeWork> <https://kg.example/provenance> .
	// <https://kg.example/entity/ilya> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://kg.example/vocab/Person> .
	// <https://kg.example/entity/ilya> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .
	// <https://kg.example/entity/ilya> <http://www.w3.org/2000/01/rdf-schema#label> "Ilya Sutskever" .
	// <https://kg.example/entity/ilya> <https://kg.example/rel/worksFor> <https://kg.example/entity/openai> <https://kg.example/fact/2bb058ef6b12feac> .
	// <https://kg.example/entity/ilya> <https://kg.example/vocab/id> "ilya" .
	// <https://kg.example/entity/openai> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://kg.example/vocab/Organization> .
	// <https://kg.example/entity/openai> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Organization> .
	// <https://kg.example/entity/openai> <http://www.w3.org/2000/01/rdf-schema#label> "OpenAI" .
	// <https://kg.example/entity/openai> <https://kg.example/vocab/id> "openai" .
	// <https://kg.example/fact/2bb058ef6b12feac> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://kg.example/doc/a.txt> <https://kg.example/provenance> .
	// <https://kg.example/fact/2bb058ef6b12feac> <https://kg.example/vocab/charEnd> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/fact/2bb058ef6b12feac> <https://kg.example/vocab/charStart> "0"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/fact/2bb058ef6b12feac> <https://kg.example/vocab/end> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/fact/2bb058ef6b12feac> <https://kg.example/vocab/sentence> "Ilya…" <https://kg.example/provenance> .
	// <https://kg.example/fact/2bb058ef6b12feac> <https://kg.example/vocab/start> "0"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/rel/worksFor> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Property> .
	// <https://kg.example/rel/worksFor> <http://www.w3.org/2000/01/rdf-schema#label> "worksFor" .
	// <https://kg.example/doc/b.txt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/CreativeWork> <https://kg.example/provenance> .
	// <https://kg.example/entity/ilya> <https://kg.example/rel/worksFor> <https://kg.example/entity/openai> <https://kg.example/fact/49548a452c9a0375> .
	// <https://kg.example/fact/49548a452c9a0375> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://kg.example/doc/b.txt> <https://kg.example/provenance> .
	// <https://kg.example/fact/49548a452c9a0375> <https://kg.example/vocab/charEnd> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/fact/49548a452c9a0375> <https://kg.example/vocab/charStart> "0"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/fact/49548a452c9a0375> <https://kg.example/vocab/end> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
	// <https://kg.example/fact/49548a452c9a0375> <https://kg.example/vocab/sentence> "Ilya…" <https://kg.example/provenance> .
	// <https://kg.example/fact/49548a452c9a0375> <https://kg.example/vocab/start> "0"^^<http://www.w3.org/2001/XMLSchema#integer> <https://kg.example/provenance> .
}

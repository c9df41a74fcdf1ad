package graph

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
	"github.com/kg-graph/kg/internal/tooltest"
)

// The tests here load each export into the tool it is for: Kùzu (npm
// kuzu), networkx (Debian python3-networkx), jsonld.js and Oxigraph (npm),
// rapper. A missing tool skips, except under CI=true.

// articleFixture is the embedded article as kg extracts it, with a
// dictionary that links two people to Wikidata.
func articleFixture(t testing.TB) fixture {
	t.Helper()
	src, err := os.ReadFile("../cmd/kg/seed/ilya-interview-zh.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	links, err := dict.Load("links.yaml", []byte(`entities:
  - {id: geoffrey-hinton, name: Geoffrey Hinton, type: Person, same_as: [Q92894, "https://en.wikipedia.org/wiki/Geoffrey_Hinton"]}
  - {id: ilya-sutskever, name: Ilya Sutskever, type: Person, same_as: [Q21712134]}
`))
	if err != nil {
		t.Fatal(err)
	}
	if d, err = dict.Merge(d, links); err != nil {
		t.Fatal(err)
	}
	r := extract.New(d, extract.Options{}).Extract("ilya-interview-zh.txt", src)
	seen := map[*dict.Entity]bool{}
	var ents []*dict.Entity
	for _, m := range r.Mentions {
		if !seen[m.Entity] {
			seen[m.Entity] = true
			ents = append(ents, m.Entity)
		}
	}
	return fixture{name: "article", entities: ents, facts: r.Facts, opt: Options{Relations: d.Relations}}
}

// toolFixtures are the fixtures the tools load: the article, the small
// interview, and names with quotes, commas, semicolons, backticks, line
// breaks and non-BMP characters. The hostile fixture's control characters
// and invalid UTF-8 are for the writers' own tests (FuzzExports).
func toolFixtures(t testing.TB) []fixture {
	odd := func(id, name string, typ dict.Type, aliases ...string) *dict.Entity {
		e := &dict.Entity{ID: id, Name: name, Type: typ}
		for _, a := range aliases {
			e.Aliases = append(e.Aliases, dict.Alias{Text: a})
		}
		return e
	}
	a := odd(`o'brien "x"`, "O'Brien, \"Jr.\" `tick`", dict.Person, "奥布赖恩 😀", `back\slash`, "two\nlines")
	b := odd("acme/1", "ACME [Inc.], {x}", dict.Organization, "ACME,")
	a.SameAs = []string{dict.WikidataEntity + "Q1", "https://example.com/a?b=c,d"}
	s := "He said \"hi\", then 'bye'; `ok`\\ 😀 𠮷\nnext line"
	return []fixture{articleFixture(t), smallFixture(), {
		name:     "odd",
		entities: []*dict.Entity{a, b},
		facts: []extract.Fact{
			{Subject: a, Relation: "worksFor", Object: b, Role: "CEO, \"chief\"", Time: "1999; 2000",
				Evidence: extract.Evidence{Doc: "dir/a b.txt", Span: extract.Span{Start: 3, End: 3 + len(s)}, Chars: extract.Chars{CharStart: 3, CharEnd: 3 + len([]rune(s))}, Text: s}},
			{Subject: a, Relation: "founded", Object: b, // a second edge for the pair
				Evidence: extract.Evidence{Doc: "dir/a b.txt", Span: extract.Span{Start: 3, End: 3 + len(s)}, Chars: extract.Chars{CharStart: 3, CharEnd: 3 + len([]rune(s))}, Text: s}},
			{Subject: a, Relation: "advisor", Object: a,
				Evidence: extract.Evidence{Doc: "dir/a b.txt", Span: extract.Span{Start: 0, End: 2}, Text: "x,"}},
		},
	}}
}

// exportDir writes a multi-file export into a new directory.
func exportDir(t *testing.T, g *Graph, write func(*Graph, FileFunc) error) string {
	t.Helper()
	dir := t.TempDir()
	err := write(g, func(name string, w func(io.Writer) error) error {
		var b bytes.Buffer
		if err := w(&b); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// kuzuGraph is what kuzu.mjs reports of one database.
type kuzuGraph struct {
	Nodes, Rels int
	Advisor     []struct {
		Student, Advisor, Sentence string
		CharStart                  int
	}
	Entities []struct {
		ID, Name        string
		Aliases, SameAs []string
	}
	Facts []struct {
		S, Rel, O, Fact, Sentence string
		Role, Time                *string
	}
}

// wantKuzu is what a database loaded with g must hold.
func wantKuzu(g *Graph) kuzuGraph {
	var w kuzuGraph
	w.Nodes, w.Rels = len(g.entities), len(g.facts)
	byFact := slices.Clone(g.facts)
	slices.SortFunc(byFact, func(a, b fact) int { return strings.Compare(a.id, b.id) })
	for _, f := range byFact {
		str := func(s string) *string {
			if s == "" {
				return nil // an empty CSV field is null in Kùzu
			}
			return &s
		}
		w.Facts = append(w.Facts, struct {
			S, Rel, O, Fact, Sentence string
			Role, Time                *string
		}{f.Subject.ID, f.Relation, f.Object.ID, f.id, f.Evidence.Text, str(f.Role), str(f.Time)})
	}
	for _, f := range g.facts { // sorted by subject, object, then fact order
		if f.Relation == "advisor" {
			w.Advisor = append(w.Advisor, struct {
				Student, Advisor, Sentence string
				CharStart                  int
			}{f.Subject.ID, f.Object.ID, f.Evidence.Text, f.Evidence.CharStart})
		}
	}
	slices.SortStableFunc(w.Advisor, func(a, b struct {
		Student, Advisor, Sentence string
		CharStart                  int
	}) int {
		return cmp.Or(strings.Compare(a.Student, b.Student), strings.Compare(a.Advisor, b.Advisor), cmp.Compare(a.CharStart, b.CharStart))
	})
	for _, e := range g.entities {
		w.Entities = append(w.Entities, struct {
			ID, Name        string
			Aliases, SameAs []string
		}{e.ID, e.Name, nonNil(aliasTexts(e)), nonNil(e.SameAs)})
	}
	return w
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func TestKuzuLoadsExports(t *testing.T) {
	kuzu := tooltest.ExportTools(t, "kuzu.mjs")
	for _, fx := range toolFixtures(t) {
		t.Run(fx.name, func(t *testing.T) {
			g := fx.build(t)
			kdir := exportDir(t, g, (*Graph).WriteKuzu)
			ndir := exportDir(t, g, (*Graph).WriteNeo4j)
			out, _ := tooltest.Run(t, nil, append(kuzu, kdir, ndir)...)
			var got struct {
				Kuzu, Neo4jScript kuzuGraph
				Neo4jCSV          struct {
					Header string
					Nodes  []struct{ ID, Name, Label string }
					Rels   []struct{ S, O, Type, Fact, Sentence string }
				}
			}
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			want := wantKuzu(g)
			if len(want.Advisor) == 0 {
				t.Fatal("no advisor facts in the fixture: the query checks nothing")
			}
			for name, db := range map[string]kuzuGraph{"Kùzu export": got.Kuzu, "Neo4j script run twice": got.Neo4jScript} {
				if diff := jsonDiff(db, want); diff != "" {
					t.Errorf("%s loaded into Kùzu:\n%s", name, diff)
				}
			}
			if len(got.Neo4jCSV.Nodes) != len(g.entities) || len(got.Neo4jCSV.Rels) != len(g.facts) {
				t.Errorf("Neo4j CSV read by Kùzu: %d nodes, %d relationships; want %d, %d",
					len(got.Neo4jCSV.Nodes), len(got.Neo4jCSV.Rels), len(g.entities), len(g.facts))
			}
			for i, f := range got.Neo4jCSV.Rels {
				if i < len(g.facts) && (f.Fact != g.facts[i].id || f.Sentence != g.facts[i].Evidence.Text || f.Type != g.facts[i].Relation) {
					t.Errorf("relationships.csv row %d read back as %+v", i+1, f)
					break
				}
			}
		})
	}
}

// jsonDiff compares a and b as JSON, giving both when they differ.
func jsonDiff(a, b any) string {
	ja, _ := json.MarshalIndent(a, "", " ")
	jb, _ := json.MarshalIndent(b, "", " ")
	if bytes.Equal(ja, jb) {
		return ""
	}
	la, lb := strings.Split(string(ja), "\n"), strings.Split(string(jb), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("first difference at line %d:\n got  %s\n want %s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(la), len(lb))
}

func TestNetworkxReadsGraphML(t *testing.T) {
	py := tooltest.Python(t, "networkx", "python3-networkx")
	script := filepath.Join("testdata", "tools", "graphml.py")
	for _, fx := range toolFixtures(t) {
		t.Run(fx.name, func(t *testing.T) {
			g := fx.build(t)
			var b bytes.Buffer
			if err := g.WriteGraphML(&b); err != nil {
				t.Fatal(err)
			}
			out, _ := tooltest.Run(t, nil, py, script, writeTemp(t, "g.graphml", b.Bytes()))
			var got struct {
				Directed, Multigraph bool
				Nodes                map[string]map[string]any
				Edges                [][4]any
			}
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			// Every fixture has two facts between one pair: networkx must
			// read a multigraph.
			if !got.Directed || !got.Multigraph {
				t.Errorf("networkx read directed=%v multigraph=%v", got.Directed, got.Multigraph)
			}
			if len(got.Nodes) != len(g.entities) {
				t.Errorf("%d nodes, want %d", len(got.Nodes), len(g.entities))
			}
			for _, e := range g.entities {
				n := got.Nodes[e.ID]
				var aliases []string
				json.Unmarshal([]byte(fmt.Sprint(n["aliases"])), &aliases)
				if n["name"] != e.Name || n["type"] != string(e.Type) || !slices.Equal(aliases, aliasTexts(e)) {
					t.Errorf("node %q read as %v", e.ID, n)
				}
			}
			byKey := slices.Clone(g.facts)
			slices.SortFunc(byKey, func(a, b fact) int { return strings.Compare(a.id, b.id) })
			if len(got.Edges) != len(byKey) {
				t.Fatalf("%d edges, want %d", len(got.Edges), len(byKey))
			}
			for i, f := range byKey {
				e := got.Edges[i]
				d, _ := e[3].(map[string]any)
				// Typed keys come back typed: offsets as numbers.
				if e[0] != f.Subject.ID || e[1] != f.Object.ID || e[2] != "fact-"+f.id ||
					d["relation"] != f.Relation || d["sentence"] != f.Evidence.Text || d["doc"] != f.Evidence.Doc ||
					d["charStart"] != float64(f.Evidence.CharStart) || d["byteEnd"] != float64(f.Evidence.End) || d["role"] != f.Role {
					t.Errorf("edge %d read as %v", i, e)
				}
			}
		})
	}
}

func TestJSONLDMatchesNQuads(t *testing.T) {
	jsonld := tooltest.ExportTools(t, "jsonld.mjs")
	for _, fx := range append(toolFixtures(t), hostileFixture()) {
		t.Run(fx.name, func(t *testing.T) {
			g := fx.build(t)
			var b bytes.Buffer
			if err := g.WriteJSONLD(&b); err != nil {
				t.Fatal(err)
			}
			nq, _ := render(t, g)
			out, _ := tooltest.Run(t, nil, append(jsonld, writeTemp(t, "g.jsonld", b.Bytes()), writeTemp(t, "g.nq", nq))...)
			var got struct {
				Quads, Expanded        int
				OnlyJSONLD, OnlyNQuads []string
			}
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if got.Quads != countLines(nq) || len(got.OnlyJSONLD) > 0 || len(got.OnlyNQuads) > 0 {
				t.Errorf("jsonld.js made %d quads from the JSON-LD, N-Quads has %d lines\nonly from JSON-LD: %q\nonly in N-Quads: %q",
					got.Quads, countLines(nq), got.OnlyJSONLD, got.OnlyNQuads)
			}
		})
	}
}

func TestVocabularyRapper(t *testing.T) {
	rapper := tooltest.Need(t, "rapper", "raptor2-utils")
	for _, base := range []string{"", "https://kg.example/ns#"} {
		ttl, err := Vocabulary(base)
		if err != nil {
			t.Fatal(err)
		}
		out, stderr := tooltest.Run(t, []byte(ttl), rapper, "-i", "turtle", "-o", "ntriples", "-", "http://example.org/")
		if strings.Contains(stderr, "Warning") || strings.Contains(stderr, "Error") {
			t.Errorf("rapper complained:\n%s", stderr)
		}
		want := DefaultBase
		if base != "" {
			want = base
		}
		if n := strings.Count(out, "<"+want+"rel/"); n < 13*3 {
			t.Errorf("base %q: %d statements about relations under %s", base, n, want)
		}
	}
}

// TestVocabularyOxigraph loads vocab.ttl with the article's N-Quads into
// Oxigraph and asks for facts by their Wikidata and schema.org
// properties, and for an entity by its Wikidata item.
func TestVocabularyOxigraph(t *testing.T) {
	sparql := tooltest.ExportTools(t, "sparql.mjs")
	fx := articleFixture(t)
	g := fx.build(t)
	nq, _ := render(t, g)
	ttl, err := Vocabulary("")
	if err != nil {
		t.Fatal(err)
	}
	files := []string{writeTemp(t, "vocab.ttl", []byte(ttl)), writeTemp(t, "article.nq", nq)}
	query := func(q string) []map[string]string {
		t.Helper()
		out, _ := tooltest.Run(t, nil, append(append(sparql, files...), q)...)
		var rows []map[string]string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if l == "" {
				continue
			}
			var row map[string]string
			if err := json.Unmarshal([]byte(l), &row); err != nil {
				t.Fatalf("%v: %q", err, l)
			}
			rows = append(rows, row)
		}
		return rows
	}
	pairs := func(rel string) []string {
		var out []string
		for _, f := range g.facts {
			if f.Relation == rel {
				out = append(out, string(g.entityIRI(f.Subject.ID))+" "+string(g.entityIRI(f.Object.ID)))
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	got := func(rows []map[string]string) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r["s"]+" "+r["o"])
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	const prefixes = "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX wdt: <http://www.wikidata.org/prop/direct/> PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
	for _, tc := range []struct{ name, query, rel string }{
		{"advisor by wdt:P184", "SELECT ?s ?o WHERE { ?p owl:equivalentProperty wdt:P184 . GRAPH ?g { ?s ?p ?o } }", "advisor"},
		{"worksFor by schema:worksFor", "SELECT ?s ?o WHERE { ?p owl:equivalentProperty schema:worksFor . GRAPH ?g { ?s ?p ?o } }", "worksFor"},
		{"worksFor by wdt:P108", "SELECT ?s ?o WHERE { ?p owl:equivalentProperty wdt:P108 . GRAPH ?g { ?s ?p ?o } }", "worksFor"},
		// schema:founder and P112 point from the organization to the
		// founder: the inverse of founded.
		{"founded by the inverse of wdt:P112", "SELECT ?s ?o WHERE { ?p owl:inverseOf wdt:P112 . GRAPH ?g { ?s ?p ?o } }", "founded"},
	} {
		want := pairs(tc.rel)
		if len(want) == 0 {
			t.Fatalf("%s: the article has no %s facts: the query checks nothing", tc.name, tc.rel)
		}
		if g := got(query(prefixes + tc.query)); !slices.Equal(g, want) {
			t.Errorf("%s:\n got  %q\n want %q", tc.name, g, want)
		}
	}
	// sameAs joins: the student of the person whose Wikidata item is
	// Q92894 (Geoffrey Hinton), by his Wikidata property.
	rows := query(prefixes + `SELECT ?name ?sentence WHERE {
		?hinton owl:sameAs <http://www.wikidata.org/entity/Q92894> .
		?p owl:equivalentProperty wdt:P184 .
		GRAPH ?g { ?student ?p ?hinton }
		?student rdfs:label ?name .
		GRAPH ?prov { ?g <` + DefaultBase + `vocab/sentence> ?sentence }
	}`)
	if len(rows) == 0 || rows[0]["name"] != "Ilya Sutskever" || !strings.Contains(rows[0]["sentence"], "Hinton") {
		t.Errorf("students of wd:Q92894: %v", rows)
	}
	// Every relation of the built-in dictionary is defined, with a
	// domain and range, and every predicate under the base the data uses
	// has a label.
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	defined := map[string]bool{}
	for _, r := range query(prefixes + "SELECT ?p WHERE { ?p rdfs:domain ?d ; rdfs:range ?r ; rdfs:comment ?c ; rdfs:label ?l }") {
		defined[r["p"]] = true
	}
	for _, r := range d.Relations {
		if !defined[string(g.relationIRI(r.Name))] {
			t.Errorf("vocab.ttl lacks %s with domain, range, comment and label", r.Name)
		}
	}
	for _, r := range query(prefixes + "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?p), \"" + DefaultBase + "\")) FILTER NOT EXISTS { ?p rdfs:label ?l } }") {
		t.Errorf("the data uses %s, which vocab.ttl does not define", r["p"])
	}
}

// TestReifiedProvenance loads --provenance=reified output into Oxigraph:
// no named graph, and the advisor's sentence through rdf:Statement.
func TestReifiedProvenance(t *testing.T) {
	sparql := tooltest.ExportTools(t, "sparql.mjs")
	rapper := tooltest.Need(t, "rapper", "raptor2-utils")
	fx := articleFixture(t)
	fx.opt.Provenance = ProvenanceReified
	g := fx.build(t)
	nq, _ := render(t, g)
	_, stderr := tooltest.Run(t, nq, rapper, "-i", "nquads", "-c", "-", "urn:kg:stdin")
	if !strings.Contains(stderr, fmt.Sprintf("returned %d triples", countLines(nq))) {
		t.Errorf("rapper: %s", stderr)
	}
	file := writeTemp(t, "reified.nq", nq)
	out, _ := tooltest.Run(t, nil, append(sparql, file, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")...)
	if !strings.Contains(out, `"n":"0"`) {
		t.Errorf("reified output has quads in named graphs: %s", out)
	}
	out, _ = tooltest.Run(t, nil, append(sparql, file, `PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
		SELECT ?sentence WHERE {
			<`+DefaultBase+`entity/ilya-sutskever> <`+DefaultBase+`rel/advisor> ?a .
			?st rdf:subject <`+DefaultBase+`entity/ilya-sutskever> ; rdf:predicate <`+DefaultBase+`rel/advisor> ; rdf:object ?a ;
			    <`+DefaultBase+`vocab/sentence> ?sentence }`)...)
	var want int
	for _, f := range g.facts {
		if f.Subject.ID == "ilya-sutskever" && f.Relation == "advisor" {
			want++
		}
	}
	if got := strings.Count(out, "\n"); want == 0 || got != want || !strings.Contains(out, "Hinton") {
		t.Errorf("advisor sentences through rdf:Statement: %d rows, want %d:\n%s", got, want, out)
	}
}

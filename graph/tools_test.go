package graph

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-graph/kg/internal/tooltest"
)

// The tests here check the output with the tools that will read it:
// rapper (Debian raptor2-utils), Oxigraph (npm, run by Node from
// testdata/oxigraph after `npm ci` there) and Graphviz dot. A missing tool
// skips the test, except under CI=true, where it fails.

var (
	needTool = tooltest.Need
	oxigraph = tooltest.Oxigraph
	run      = tooltest.Run
)

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func countLines(b []byte) int { return bytes.Count(b, []byte("\n")) }

var rapperCount = regexp.MustCompile(`Parsing returned (\d+) (triple|statement)`)

func TestRapper(t *testing.T) {
	rapper := needTool(t, "rapper", "raptor2-utils")
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			nq, _ := render(t, fx.build(t))
			file := writeTemp(t, fx.name+".nq", nq)
			// -c parses and counts; a syntax error or bad IRI fails the run.
			_, stderr := run(t, nil, rapper, "-i", "nquads", "-c", file)
			m := rapperCount.FindStringSubmatch(stderr)
			if m == nil {
				t.Fatalf("no count from rapper:\n%s", stderr)
			}
			if n, _ := strconv.Atoi(m[1]); n != countLines(nq) {
				t.Errorf("rapper parsed %d statements from %d lines:\n%s", n, countLines(nq), stderr)
			}
			if strings.Contains(stderr, "Warning") || strings.Contains(stderr, "Error") {
				t.Errorf("rapper complained:\n%s", stderr)
			}
			// And from standard input, as a pipeline would.
			run(t, nq, rapper, "-i", "nquads", "-c", "-", "urn:kg:stdin")
		})
	}
}

func TestOxigraphLoad(t *testing.T) {
	ox := oxigraph(t)
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			nq, _ := render(t, fx.build(t))
			out, _ := run(t, nq, append(ox, "-")...)
			var got struct{ Quads int }
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v: %q", err, out)
			}
			if got.Quads != countLines(nq) {
				t.Errorf("oxigraph holds %d quads from %d lines", got.Quads, countLines(nq))
			}
		})
	}
}

// sparql runs query against nq in Oxigraph and returns one map per row.
func sparql(t *testing.T, ox []string, nq []byte, query string) []map[string]any {
	t.Helper()
	out, _ := run(t, nq, append(ox, "-", query)...)
	var rows []map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var row map[string]any
		if err := dec.Decode(&row); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("%v in %q", err, out)
		}
		rows = append(rows, row)
	}
	return rows
}

func column(rows []map[string]any, name string) []string {
	var out []string
	for _, r := range rows {
		s, _ := r[name].(string)
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func TestSPARQL(t *testing.T) {
	ox := oxigraph(t)
	nq, _ := render(t, smallFixture().build(t))
	const (
		kg    = "http://example.org/kg/"
		ilya  = "<" + kg + "entity/ilya-sutskever>"
		skos  = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
		vocab = "PREFIX kg: <" + kg + "vocab/> PREFIX rel: <" + kg + "rel/> "
	)
	tests := []struct {
		name, query, column string
		want                []string
	}{
		{"advisor",
			vocab + "SELECT ?o WHERE { GRAPH ?g { " + ilya + " rel:advisor ?o } }",
			"o", []string{kg + "entity/geoffrey-hinton"}},
		{"sentence through provenance",
			vocab + "SELECT ?s WHERE { GRAPH ?g { " + ilya + " rel:cofounded ?o } " +
				"GRAPH <" + kg + "provenance> { ?g kg:sentence ?s } }",
			"s", []string{"2015年，苏茨克维联合创立了OpenAI，并担任首席科学家。", "Sutskever co-founded OpenAI in 2015."}},
		{"role",
			vocab + "SELECT ?r WHERE { GRAPH ?g { ?s rel:worksFor ?o } GRAPH ?p { ?g kg:role ?r } }",
			"r", []string{"首席科学家"}},
		{"document",
			"PREFIX prov: <http://www.w3.org/ns/prov#> " + vocab +
				"SELECT ?d WHERE { GRAPH ?g { ?s rel:advisor ?o } GRAPH ?p { ?g prov:wasDerivedFrom ?d } }",
			"d", []string{kg + "doc/interview-zh.txt"}},
		{"Chinese aliases",
			skos + "SELECT ?a WHERE { " + ilya + " skos:altLabel ?a FILTER(langMatches(lang(?a), \"zh\")) }",
			"a", []string{"伊尔亚·苏茨克维", "苏茨克维"}},
		{"entity by type",
			"SELECT ?e WHERE { ?e a <https://schema.org/CreativeWork> FILTER(STRSTARTS(STR(?e), \"" + kg + "entity/\")) }",
			"e", []string{kg + "entity/alexnet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := column(sparql(t, ox, nq, tt.query), tt.column)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOxigraphHostileRoundTrip checks that hostile strings come back from
// Oxigraph as written (invalid UTF-8 as U+FFFD).
func TestOxigraphHostileRoundTrip(t *testing.T) {
	ox := oxigraph(t)
	fx := hostileFixture()
	g := fx.build(t)
	nq, _ := render(t, g)
	rows := sparql(t, ox, nq, "SELECT ?id ?label WHERE { ?e <urn:kg:test/vocab/id> ?id ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }")
	var got, want []string
	for _, r := range rows {
		got = append(got, r["id"].(string)+"|"+r["label"].(string))
	}
	for _, e := range fx.entities {
		want = append(want, string([]rune(e.ID))+"|"+string([]rune(e.Name)))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	rows = sparql(t, ox, nq, "SELECT ?s WHERE { GRAPH <urn:kg:test/provenance> { ?g <urn:kg:test/vocab/sentence> ?s } }")
	got, want = column(rows, "s"), nil
	for _, f := range fx.facts {
		want = append(want, string([]rune(f.Evidence.Text)))
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("sentences: got %q\nwant %q", got, want)
	}
}

func TestDotRenders(t *testing.T) {
	dot := needTool(t, "dot", "graphviz")
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			g := fx.build(t)
			_, src := render(t, g)
			svg, stderr := run(t, src, dot, "-Tsvg")
			if strings.Contains(stderr, "rror") {
				t.Errorf("dot complained:\n%s", stderr)
			} else if stderr != "" {
				t.Logf("dot: %s", stderr)
			}
			// The SVG must be well-formed XML with one node per entity in
			// a fact and one edge per (subject, relation, object).
			d := xml.NewDecoder(strings.NewReader(svg))
			nodes, edges := 0, 0
			for {
				tok, err := d.Token()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("SVG: %v", err)
				}
				if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "g" {
					for _, a := range se.Attr {
						if a.Name.Local == "class" && a.Value == "node" {
							nodes++
						}
						if a.Name.Local == "class" && a.Value == "edge" {
							edges++
						}
					}
				}
			}
			wantNodes := strings.Count(string(src), "shape=")
			wantEdges := strings.Count(string(src), " -> ")
			if nodes != wantNodes || edges != wantEdges {
				t.Errorf("SVG has %d nodes, %d edges; want %d, %d", nodes, edges, wantNodes, wantEdges)
			}
		})
	}
}

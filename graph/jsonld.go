package graph

import (
	"bufio"
	"encoding/json"
	"io"
	"maps"
	"slices"
)

// JSONLDContext returns the @context of WriteJSONLD's output for base
// (DefaultBase if empty): a term for each property kg writes besides the
// relations. Terms are plain names and every IRI in the document is
// written in full, so no IRI can be misread as a compact one.
func JSONLDContext(base string) (map[string]any, error) {
	base, err := normaliseBase(base)
	if err != nil {
		return nil, err
	}
	g := &Graph{base: base}
	return g.jsonldContext(), nil
}

func (g *Graph) jsonldContext() map[string]any {
	ref := func(iri string) map[string]any { return map[string]any{"@id": iri, "@type": "@id"} }
	ctx := map[string]any{
		"name":         string(rdfsLabel),
		"altLabel":     string(skosAltLabel),
		"id":           string(g.vocab("id")),
		"sameAs":       ref(string(owlSameAs)),
		"schemaSameAs": ref(string(schemaSameAs)),
		"derivedFrom":  ref(string(provDerived)),
	}
	for _, p := range []string{"sentence", "start", "end", "charStart", "charEnd", "role", "time", "rule"} {
		ctx[p] = string(g.vocab(p))
	}
	return ctx
}

// WriteJSONLD writes the graph as one JSON-LD document whose RDF is the
// N-Quads output with named graphs (ProvenanceGraph): the entities and
// relations in the default graph; in the provenance graph, each document
// and one object per fact with its evidence inline, the fact's triple in
// the object's own @graph. Keys are sorted, so the output is the same for
// the same graph.
func (g *Graph) WriteJSONLD(w io.Writer) error {
	var top []any
	for _, e := range g.entities {
		n := map[string]any{
			"@id":   string(g.entityIRI(e.ID)),
			"@type": []string{string(schemaClass[e.Type]), string(g.classIRI(e.Type))},
			"name":  validText(e.Name),
			"id":    validText(e.ID),
		}
		var alt []any
		for _, a := range e.Aliases {
			if a.Text == "" || a.Text == e.Name {
				continue
			}
			if lang := langTag(a.Lang, a.Text); lang != "" {
				alt = append(alt, map[string]string{"@value": validText(a.Text), "@language": lang})
			} else {
				alt = append(alt, validText(a.Text))
			}
		}
		if alt != nil {
			n["altLabel"] = alt
		}
		var same []string
		for _, iri := range e.SameAs {
			if abs, ok := absoluteIRI(iri); ok {
				same = append(same, abs)
			}
		}
		if same != nil {
			n["sameAs"], n["schemaSameAs"] = same, same
		}
		top = append(top, n)
	}
	rels := map[string]string{} // IRI to name
	var docs []string
	var facts []any
	for _, f := range g.facts {
		rel := string(g.relationIRI(f.Relation))
		doc := string(g.documentIRI(f.Evidence.Doc))
		rels[rel] = f.Relation
		docs = append(docs, doc)
		n := map[string]any{
			"@id": string(g.factGraph(f.id)),
			"@graph": []any{map[string]any{
				"@id": string(g.entityIRI(f.Subject.ID)),
				rel:   map[string]string{"@id": string(g.entityIRI(f.Object.ID))},
			}},
			"derivedFrom": doc,
			"sentence":    validText(f.Evidence.Text),
			"start":       f.Evidence.Start,
			"end":         f.Evidence.End,
			"charStart":   f.Evidence.CharStart,
			"charEnd":     f.Evidence.CharEnd,
		}
		for k, v := range map[string]string{"role": f.Role, "time": f.Time, "rule": f.Rule} {
			if v != "" {
				n[k] = validText(v)
			}
		}
		facts = append(facts, n)
	}
	for _, r := range slices.Sorted(maps.Keys(rels)) {
		top = append(top, map[string]any{"@id": r, "@type": string(rdfProperty), "name": validText(rels[r])})
	}
	slices.Sort(docs)
	var prov []any
	for _, d := range slices.Compact(docs) {
		prov = append(prov, map[string]any{"@id": d, "@type": string(schemaWork)})
	}
	prov = append(prov, facts...)
	if len(prov) > 0 {
		top = append(top, map[string]any{"@id": string(g.provenanceGraph()), "@graph": prov})
	}
	if top == nil {
		top = []any{}
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(map[string]any{"@context": g.jsonldContext(), "@graph": top}); err != nil {
		return err
	}
	return bw.Flush()
}

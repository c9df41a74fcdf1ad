package graph

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"io"
	"strconv"
)

// graphmlKey is one GraphML attribute: its id, what it is for, its name
// and type.
type graphmlKey struct{ id, on, name, typ string }

var graphmlKeys = []graphmlKey{
	{"n_label", "node", "label", "string"},
	{"n_name", "node", "name", "string"},
	{"n_type", "node", "type", "string"},
	{"n_aliases", "node", "aliases", "string"},
	{"n_sameAs", "node", "sameAs", "string"},
	{"e_label", "edge", "label", "string"},
	{"e_relation", "edge", "relation", "string"},
	{"e_fact", "edge", "fact", "string"},
	{"e_doc", "edge", "doc", "string"},
	{"e_sentence", "edge", "sentence", "string"},
	{"e_byteStart", "edge", "byteStart", "long"},
	{"e_byteEnd", "edge", "byteEnd", "long"},
	{"e_charStart", "edge", "charStart", "long"},
	{"e_charEnd", "edge", "charEnd", "long"},
	{"e_role", "edge", "role", "string"},
	{"e_time", "edge", "time", "string"},
	{"e_rule", "edge", "rule", "string"},
	{"e_subjectHow", "edge", "subjectHow", "string"},
	{"e_objectHow", "edge", "objectHow", "string"},
}

// WriteGraphML writes the graph as GraphML: every entity a node with
// typed data (label and name are the canonical name; aliases and sameAs
// are JSON arrays of strings, GraphML having no list type), every fact an
// edge of its own, so that a pair stated by several sentences or in
// several relations gives parallel edges (a multigraph; networkx reads it
// as a MultiDiGraph). Node ids are entity IDs; edge ids are fact ids.
// Text is escaped by encoding/xml: characters XML 1.0 cannot hold (most
// C0 controls) and invalid UTF-8 bytes become U+FFFD.
func (g *Graph) WriteGraphML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphmlKeys {
		bw.WriteString(`  <key id="` + k.id + `" for="` + k.on + `" attr.name="` + k.name + `" attr.type="` + k.typ + `"/>` + "\n")
	}
	bw.WriteString(`  <graph id="kg" edgedefault="directed">` + "\n")
	data := func(key, value string) {
		bw.WriteString(`      <data key="` + key + `">`)
		xml.EscapeText(bw, []byte(value))
		bw.WriteString("</data>\n")
	}
	attr := func(name, value string) {
		bw.WriteString(" " + name + `="`)
		xml.EscapeText(bw, []byte(value))
		bw.WriteString(`"`)
	}
	for _, e := range g.entities {
		bw.WriteString("    <node")
		attr("id", e.ID)
		bw.WriteString(">\n")
		data("n_label", e.Name)
		data("n_name", e.Name)
		data("n_type", string(e.Type))
		data("n_aliases", jsonArray(aliasTexts(e)))
		data("n_sameAs", jsonArray(e.SameAs))
		bw.WriteString("    </node>\n")
	}
	for _, f := range g.facts {
		bw.WriteString("    <edge")
		attr("id", "fact-"+f.id)
		attr("source", f.Subject.ID)
		attr("target", f.Object.ID)
		bw.WriteString(">\n")
		data("e_label", f.Relation)
		data("e_relation", f.Relation)
		data("e_fact", f.id)
		data("e_doc", f.Evidence.Doc)
		data("e_sentence", f.Evidence.Text)
		data("e_byteStart", strconv.Itoa(f.Evidence.Start))
		data("e_byteEnd", strconv.Itoa(f.Evidence.End))
		data("e_charStart", strconv.Itoa(f.Evidence.CharStart))
		data("e_charEnd", strconv.Itoa(f.Evidence.CharEnd))
		data("e_role", f.Role)
		data("e_time", f.Time)
		data("e_rule", f.Rule)
		data("e_subjectHow", string(f.SubjectHow))
		data("e_objectHow", string(f.ObjectHow))
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// jsonArray encodes ss as a JSON array of strings, [] when empty.
func jsonArray(ss []string) string {
	if ss == nil {
		ss = []string{}
	}
	b, _ := json.Marshal(ss) // strings always encode
	return string(b)
}

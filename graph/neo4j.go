package graph

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kg-graph/kg/dict"
)

// ArrayDelimiter separates the elements of an array field (aliases,
// sameAs) in the Neo4j and Kùzu CSV files: neo4j-admin's default. CSV
// has no way to escape it inside an element, so an alias holding ";"
// becomes two there; the Cypher script keeps it whole.
const ArrayDelimiter = ";"

// Neo4j export files.
const (
	Neo4jRelationships = "relationships.csv"
	Neo4jScript        = "import.cypher"
)

// Neo4jNodeFile names the node file of entities of type t.
func Neo4jNodeFile(t dict.Type) string { return "nodes_" + string(t) + ".csv" }

// relProps are the properties of every relationship, in column order:
// none is a reserved word of Cypher or Kùzu, so they need no quoting.
var relProps = []struct{ name, neo4jType, kuzuType string }{
	{"fact", "", "STRING"},
	{"doc", "", "STRING"},
	{"sentence", "", "STRING"},
	{"byteStart", "long", "INT64"},
	{"byteEnd", "long", "INT64"},
	{"charStart", "long", "INT64"},
	{"charEnd", "long", "INT64"},
	{"role", "", "STRING"},
	{"time", "", "STRING"},
	{"rule", "", "STRING"},
	{"subjectHow", "", "STRING"},
	{"objectHow", "", "STRING"},
}

// relValues returns f's property values in relProps order, as text.
func relValues(f fact) []string {
	ev := f.Evidence
	return []string{f.id, ev.Doc, ev.Text, strconv.Itoa(ev.Start), strconv.Itoa(ev.End),
		strconv.Itoa(ev.CharStart), strconv.Itoa(ev.CharEnd), f.Role, f.Time, f.Rule,
		string(f.SubjectHow), string(f.ObjectHow)}
}

// WriteNeo4j writes the graph for Neo4j, through files:
//
//   - one node file per entity type, Neo4jNodeFile(t), in the header
//     format of neo4j-admin database import: id:ID, name,
//     aliases:string[], sameAs:string[], :LABEL (the type);
//   - Neo4jRelationships: :START_ID, :END_ID, :TYPE (the relation) and
//     the fact's evidence as properties (relProps);
//   - Neo4jScript: the same graph as Cypher, a uniqueness constraint per
//     label and relationship type, then one MERGE per entity (keyed by id)
//     and per fact (keyed by its fact id), so that running it again, or
//     running the script of more documents, updates rather than
//     duplicates.
//
// Every file is written even when empty, so that one import command fits
// every export.
func (g *Graph) WriteNeo4j(files FileFunc) error {
	for _, t := range dict.Types {
		err := files(Neo4jNodeFile(t), func(w io.Writer) error {
			cw := newCSVWriter(w)
			cw.write("id:ID", "name", "aliases:string[]", "sameAs:string[]", ":LABEL")
			for _, e := range g.entities {
				if e.Type == t {
					cw.write(e.ID, e.Name, strings.Join(aliasTexts(e), ArrayDelimiter), strings.Join(e.SameAs, ArrayDelimiter), string(e.Type))
				}
			}
			return cw.Close()
		})
		if err != nil {
			return err
		}
	}
	err := files(Neo4jRelationships, func(w io.Writer) error {
		cw := newCSVWriter(w)
		header := []string{":START_ID", ":END_ID", ":TYPE"}
		for _, p := range relProps {
			if p.neo4jType != "" {
				header = append(header, p.name+":"+p.neo4jType)
			} else {
				header = append(header, p.name)
			}
		}
		cw.write(header...)
		for _, f := range g.facts {
			cw.write(append([]string{f.Subject.ID, f.Object.ID, f.Relation}, relValues(f)...)...)
		}
		return cw.Close()
	})
	if err != nil {
		return err
	}
	return files(Neo4jScript, g.writeCypher)
}

// writeCypher writes the MERGE script. Each statement is one line ending
// in ";", as cypher-shell reads them.
func (g *Graph) writeCypher(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "// kg: entities and facts as an upsert for Neo4j 5.7 or later (relationship")
	fmt.Fprintln(bw, "// uniqueness constraints). Run with: cypher-shell -f import.cypher")
	for _, t := range dict.Types {
		fmt.Fprintf(bw, "CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE;\n",
			cypherName("kg_"+string(t)+"_id"), cypherName(string(t)))
	}
	for _, sig := range g.signatures() {
		fmt.Fprintf(bw, "CREATE CONSTRAINT %s IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.fact IS UNIQUE;\n",
			cypherName("kg_"+sig.name+"_fact"), cypherName(sig.name))
	}
	for _, e := range g.entities {
		fmt.Fprintf(bw, "MERGE (n:%s {id: %s}) SET n.name = %s, n.aliases = %s, n.sameAs = %s;\n",
			cypherName(string(e.Type)), cypherString(e.ID), cypherString(e.Name),
			cypherList(aliasTexts(e)), cypherList(e.SameAs))
	}
	for _, f := range g.facts {
		fmt.Fprintf(bw, "MATCH (s:%s {id: %s}), (o:%s {id: %s}) MERGE (s)-[r:%s {fact: %s}]->(o) SET ",
			cypherName(string(f.Subject.Type)), cypherString(f.Subject.ID),
			cypherName(string(f.Object.Type)), cypherString(f.Object.ID),
			cypherName(f.Relation), cypherString(f.id))
		vals := relValues(f)
		for i, p := range relProps[1:] {
			if i > 0 {
				bw.WriteString(", ")
			}
			v := cypherString(vals[i+1])
			switch {
			case p.neo4jType == "long":
				v = vals[i+1]
			case vals[i+1] == "":
				// As an empty CSV field: no property. Setting null
				// removes one an earlier run set.
				v = "null"
			}
			fmt.Fprintf(bw, "r.%s = %s", p.name, v)
		}
		bw.WriteString(";\n")
	}
	return bw.Flush()
}

// cypherName quotes a label, type or name with backticks, doubling any
// backtick in it, so that no name can be a keyword or end the quote.
func cypherName(s string) string {
	return "`" + strings.ReplaceAll(validText(s), "`", "``") + "`"
}

// cypherString writes s as a double-quoted Cypher string: backslash and
// quote escaped, C0 controls other than tab and line breaks, and DEL, as
// \uXXXX, everything else as it is (Kùzu reads the same text, but
// decodes only \\ and \"), invalid UTF-8 as U+FFFD.
func cypherString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\' || r == '"':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7F:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r) // utf8.RuneError for an invalid byte
		}
	}
	b.WriteByte('"')
	return b.String()
}

func cypherList(ss []string) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, s := range ss {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(cypherString(s))
	}
	b.WriteByte(']')
	return b.String()
}

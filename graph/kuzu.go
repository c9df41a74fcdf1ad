package graph

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/kg-graph/kg/dict"
)

// KuzuScript names the Kùzu export's script: the schema, then a COPY per
// CSV file.
const KuzuScript = "load.cypher"

// KuzuNodeFile names the node file of entities of type t.
func KuzuNodeFile(t dict.Type) string { return string(t) + ".csv" }

// KuzuRelFile names the file of the facts of relation rel from entities
// of type from to entities of type to. The relation name is
// percent-encoded as in its IRI, so it is a safe file name.
func KuzuRelFile(rel string, from, to dict.Type) string {
	return "rel_" + escapeSegment(rel) + "_" + string(from) + "_" + string(to) + ".csv"
}

// WriteKuzu writes the graph for Kùzu, through files: a node table per
// entity type (id, name, aliases, sameAs) and a relationship table per
// relation, declared with one FROM/TO pair per pair of types its
// signature allows (Options.Relations) or its facts have, each pair's
// facts in a file of their own; and KuzuScript, which creates the tables
// and copies the files in. The script names the files relative to the
// directory it is in: run it from there. Array fields are
// ArrayDelimiter-separated text in the CSV, split by the COPY.
func (g *Graph) WriteKuzu(files FileFunc) error {
	for _, t := range dict.Types {
		err := files(KuzuNodeFile(t), func(w io.Writer) error {
			cw := newCSVWriter(w)
			cw.write("id", "name", "aliases", "sameAs")
			for _, e := range g.entities {
				if e.Type == t {
					cw.write(e.ID, e.Name, strings.Join(aliasTexts(e), ArrayDelimiter), strings.Join(e.SameAs, ArrayDelimiter))
				}
			}
			return cw.Close()
		})
		if err != nil {
			return err
		}
	}
	sigs := g.signatures()
	for _, sig := range sigs {
		for _, p := range sig.pairs {
			err := files(KuzuRelFile(sig.name, p[0], p[1]), func(w io.Writer) error {
				cw := newCSVWriter(w)
				header := []string{"from", "to"}
				for _, rp := range relProps {
					header = append(header, rp.name)
				}
				cw.write(header...)
				for _, f := range g.facts {
					if f.Relation == sig.name && f.Subject.Type == p[0] && f.Object.Type == p[1] {
						cw.write(append([]string{f.Subject.ID, f.Object.ID}, relValues(f)...)...)
					}
				}
				return cw.Close()
			})
			if err != nil {
				return err
			}
		}
	}
	return files(KuzuScript, func(w io.Writer) error { return writeKuzuScript(w, sigs) })
}

func writeKuzuScript(w io.Writer, sigs []signature) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "// kg: the schema and data for Kùzu; run each statement from this directory.")
	for _, t := range dict.Types {
		fmt.Fprintf(bw, "CREATE NODE TABLE %s(id STRING, name STRING, aliases STRING[], sameAs STRING[], PRIMARY KEY(id));\n", cypherName(string(t)))
	}
	var props []string
	for _, p := range relProps {
		props = append(props, p.name+" "+p.kuzuType)
	}
	for _, sig := range sigs {
		var pairs []string
		for _, p := range sig.pairs {
			pairs = append(pairs, "FROM "+cypherName(string(p[0]))+" TO "+cypherName(string(p[1])))
		}
		fmt.Fprintf(bw, "CREATE REL TABLE %s(%s, %s, MANY_MANY);\n", cypherName(sig.name), strings.Join(pairs, ", "), strings.Join(props, ", "))
	}
	split := func(col string) string {
		return fmt.Sprintf("list_filter(string_split(coalesce(%s, ''), %s), x -> x <> '')", col, kuzuString(ArrayDelimiter))
	}
	for _, t := range dict.Types {
		fmt.Fprintf(bw, "COPY %s FROM (LOAD WITH HEADERS (id STRING, name STRING, aliases STRING, sameAs STRING) FROM %s (header=true, parallel=false) RETURN id, name, %s, %s);\n",
			cypherName(string(t)), kuzuString(KuzuNodeFile(t)), split("aliases"), split("sameAs"))
	}
	for _, sig := range sigs {
		for _, p := range sig.pairs {
			opts := "header=true, parallel=false"
			if len(sig.pairs) > 1 {
				opts += fmt.Sprintf(", from=%s, to=%s", kuzuString(string(p[0])), kuzuString(string(p[1])))
			}
			fmt.Fprintf(bw, "COPY %s FROM %s (%s);\n", cypherName(sig.name), kuzuString(KuzuRelFile(sig.name, p[0], p[1])), opts)
		}
	}
	return bw.Flush()
}

// kuzuString quotes s for Kùzu, which decodes \\ and \' in a quoted
// string.
func kuzuString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

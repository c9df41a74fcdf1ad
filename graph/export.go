package graph

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
)

// FileFunc receives one file of an export made of several (Neo4j, Kùzu):
// it calls write with a writer for the file called name and returns
// write's error or its own. The CLI writes each file into a directory;
// tests keep them in memory.
type FileFunc func(name string, write func(io.Writer) error) error

// signature is one relation with the (subject type, object type) pairs
// it takes, in dict.Types order.
type signature struct {
	name  string
	pairs [][2]dict.Type
}

// signatures returns every relation of Options.Relations and every one a
// fact uses, sorted by name. A relation in Options.Relations takes every
// pair its Subject and Object types make; any other the pairs its facts
// have.
func (g *Graph) signatures() []signature {
	byName := map[string]map[[2]dict.Type]bool{}
	pair := func(name string, s, o dict.Type) {
		if byName[name] == nil {
			byName[name] = map[[2]dict.Type]bool{}
		}
		byName[name][[2]dict.Type{s, o}] = true
	}
	for _, r := range g.rels {
		for _, s := range r.Subject {
			for _, o := range r.Object {
				pair(r.Name, s, o)
			}
		}
	}
	for _, f := range g.facts {
		pair(f.Relation, f.Subject.Type, f.Object.Type)
	}
	var out []signature
	for name, ps := range byName {
		sig := signature{name: name}
		for p := range ps {
			sig.pairs = append(sig.pairs, p)
		}
		slices.SortFunc(sig.pairs, func(a, b [2]dict.Type) int {
			return cmp.Or(cmp.Compare(typeIndex(a[0]), typeIndex(b[0])), cmp.Compare(typeIndex(a[1]), typeIndex(b[1])))
		})
		out = append(out, sig)
	}
	slices.SortFunc(out, func(a, b signature) int { return strings.Compare(a.name, b.name) })
	return out
}

func typeIndex(t dict.Type) int { return slices.Index(dict.Types, t) }

// validText replaces each byte of invalid UTF-8 in s with U+FFFD, as the
// N-Quads writer does.
func validText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // an invalid byte decodes as utf8.RuneError
	}
	return b.String()
}

// aliasTexts returns the aliases of e that differ from its name, once
// each, in dictionary order: the skos:altLabel values.
func aliasTexts(e *dict.Entity) []string {
	var out []string
	for _, a := range e.Aliases {
		t := validText(a.Text)
		if a.Text != "" && a.Text != e.Name && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// csvWriter is a CSV writer with a sticky error whose fields are made
// valid UTF-8. Close flushes.
type csvWriter struct {
	bw  *bufio.Writer
	cw  *csv.Writer
	row []string
	err error
}

func newCSVWriter(w io.Writer) *csvWriter {
	bw := bufio.NewWriter(w)
	return &csvWriter{bw: bw, cw: csv.NewWriter(bw)}
}

func (w *csvWriter) write(fields ...string) {
	if w.err != nil {
		return
	}
	w.row = w.row[:0]
	for _, f := range fields {
		w.row = append(w.row, validText(f))
	}
	w.err = w.cw.Write(w.row)
}

func (w *csvWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	w.cw.Flush()
	if w.err = w.cw.Error(); w.err == nil {
		w.err = w.bw.Flush()
	}
	return w.err
}

package graph

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	dg "github.com/dominikbraun/graph"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
)

// nodeStyle is how each entity type is drawn.
var nodeStyle = map[dict.Type]string{
	dict.Person:       `shape=ellipse, fillcolor="#cfe2ff"`,
	dict.Organization: `shape=box, fillcolor="#ffe0b2"`,
	dict.Project:      `shape=note, fillcolor="#d7f5d0"`,
	dict.Place:        `shape=house, fillcolor="#e6e6e6"`,
}

// WriteDOT writes the entities that take part in a fact and one edge per
// distinct (subject, relation, object) as a Graphviz digraph, nodes sorted
// by ID and edges by subject, object and relation. It returns the first
// error from w.
func (g *Graph) WriteDOT(w io.Writer) error {
	var edges []dg.Edge[string]
	if g.model != nil {
		var err error
		if edges, err = g.model.Edges(); err != nil {
			return err
		}
	}
	slices.SortFunc(edges, func(a, b dg.Edge[string]) int {
		return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
	inFact := make(map[string]bool)
	for _, e := range edges {
		inFact[e.Source] = true
		inFact[e.Target] = true
	}

	dw := newDOTWriter(w)
	dw.printf("digraph %s {\n", dotID("kg"))
	dw.printf("\tgraph [rankdir=LR, fontname=\"Helvetica,Arial,sans-serif\"];\n")
	dw.printf("\tnode [fontname=\"Helvetica,Arial,sans-serif\", style=filled, color=\"#555555\"];\n")
	dw.printf("\tedge [fontname=\"Helvetica,Arial,sans-serif\", fontsize=10, color=\"#555555\"];\n")
	for _, e := range g.entities {
		if !inFact[e.ID] {
			continue
		}
		dw.printf("\t%s [label=%s, %s];\n", dotID(e.ID), dotLabel(e.Name), nodeStyle[e.Type])
	}
	for _, e := range edges {
		facts, _ := e.Properties.Data.([]extract.Fact)
		var rels []string
		for _, f := range facts {
			rels = append(rels, f.Relation)
		}
		slices.Sort(rels)
		for _, r := range slices.Compact(rels) {
			dw.printf("\t%s -> %s [label=%s];\n", dotID(e.Source), dotID(e.Target), dotLabel(r))
		}
	}
	dw.printf("}\n")
	return dw.Close()
}

// dotWriter is a formatted writer with a sticky error.
type dotWriter struct {
	bw  *bufio.Writer
	err error
}

func newDOTWriter(w io.Writer) *dotWriter { return &dotWriter{bw: bufio.NewWriter(w)} }

func (w *dotWriter) printf(format string, args ...any) {
	if w.err == nil {
		_, w.err = fmt.Fprintf(w.bw, format, args...)
	}
}

// Close flushes and returns the first error seen.
func (w *dotWriter) Close() error {
	if w.err == nil {
		w.err = w.bw.Flush()
	}
	return w.err
}

// dotID quotes an entity ID as a DOT double-quoted string. Graphviz takes
// every character of a quoted ID literally except \", so the mapping only
// has to be injective: \ and " are backslash-escaped, and C0 controls, DEL
// and each byte of invalid UTF-8 become the text \xHH, which cannot come
// from anything else since a real backslash is always doubled.
func dotID(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1, r < 0x20, r == 0x7F:
			fmt.Fprintf(&b, `\x%02X`, s[i])
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	b.WriteByte('"')
	return b.String()
}

// dotLabel quotes s as a DOT label, which Graphviz reads as an escString:
// \ and " are backslash-escaped (so \N, \G and the like cannot arise from
// the text), a line break (\n, \r\n or \r) becomes \n, a tab a space, other
// C0 controls and DEL their visible Control Pictures (U+2400...), and
// invalid UTF-8 U+FFFD. Graphviz also decodes HTML entities in labels, so
// an "&" that would start one ("&amp;", "&#38;") becomes "&amp;".
func dotLabel(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteString(`\n`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte(' ')
		case r == '&' && startsEntity(s[i:]):
			b.WriteString("&amp;")
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7F:
			b.WriteRune(0x2421)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// startsEntity reports whether s, the text after an "&", reads as the rest
// of an HTML entity: a name, "#" and digits, or "#x" and hex digits, then
// ";". Graphviz decodes those in labels; any other "&" it shows as it is.
func startsEntity(s string) bool {
	body, digit := s, func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	switch {
	case strings.HasPrefix(s, "#x"), strings.HasPrefix(s, "#X"):
		body, digit = s[2:], isHex
	case strings.HasPrefix(s, "#"):
		body, digit = s[1:], func(c byte) bool { return '0' <= c && c <= '9' }
	}
	n := 0
	for n < len(body) && digit(body[n]) {
		n++
	}
	return n > 0 && n < len(body) && body[n] == ';'
}

package graph

import (
	"bufio"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/kg-graph/kg/dict"
)

// Vocabulary from outside kg.
const (
	rdfType       = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
	rdfProperty   = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#Property")
	rdfStatement  = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
	rdfSubject    = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
	rdfPredicate  = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")
	rdfObject     = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#object")
	owlSameAs     = quad.IRI("http://www.w3.org/2002/07/owl#sameAs")
	schemaSameAs  = quad.IRI("https://schema.org/sameAs")
	rdfsLabel     = quad.IRI("http://www.w3.org/2000/01/rdf-schema#label")
	skosAltLabel  = quad.IRI("http://www.w3.org/2004/02/skos/core#altLabel")
	provDerived   = quad.IRI("http://www.w3.org/ns/prov#wasDerivedFrom")
	xsdInteger    = quad.IRI("http://www.w3.org/2001/XMLSchema#integer")
	schemaWork    = quad.IRI("https://schema.org/CreativeWork")
	schemaPerson  = quad.IRI("https://schema.org/Person")
	schemaOrg     = quad.IRI("https://schema.org/Organization")
	schemaPlace   = quad.IRI("https://schema.org/Place")
	provenanceLoc = "provenance"
)

var schemaClass = map[dict.Type]quad.IRI{
	dict.Person:       schemaPerson,
	dict.Organization: schemaOrg,
	dict.Project:      schemaWork,
	dict.Place:        schemaPlace,
}

func (g *Graph) entityIRI(id string) quad.IRI {
	return quad.IRI(g.base + "entity/" + escapeSegment(id))
}
func (g *Graph) relationIRI(r string) quad.IRI { return quad.IRI(g.base + "rel/" + escapeSegment(r)) }
func (g *Graph) vocab(local string) quad.IRI   { return quad.IRI(g.base + "vocab/" + local) }
func (g *Graph) factGraph(id string) quad.IRI  { return quad.IRI(g.base + "fact/" + id) }
func (g *Graph) provenanceGraph() quad.IRI     { return quad.IRI(g.base + provenanceLoc) }
func (g *Graph) classIRI(t dict.Type) quad.IRI { return g.vocab(escapeSegment(string(t))) }
func (g *Graph) documentIRI(doc string) quad.IRI {
	if iri, ok := absoluteIRI(doc); ok {
		return quad.IRI(iri)
	}
	if strings.HasPrefix(doc, "/") {
		// An absolute path names the file wherever kg ran.
		return quad.IRI("file://" + escapePath(path.Clean(doc)))
	}
	return quad.IRI(g.base + "doc/" + escapePath(strings.TrimPrefix(doc, "./")))
}

// DocPath returns a document name that the graph reads as a path under
// Base+"doc/", never as an absolute IRI: a file called "news:2024.txt" is
// "./news:2024.txt", whose IRI is Base+"doc/news%3A2024.txt". Any other
// name is returned as it is.
func DocPath(name string) string {
	if _, _, ok := splitScheme(name); ok {
		return "./" + name
	}
	return name
}

// quads returns every statement of the graph, in no particular order and
// possibly with repeats; the writer sorts and deduplicates the lines.
func (g *Graph) quads() []quad.Quad {
	var qs []quad.Quad
	add := func(q quad.Quad) { qs = append(qs, q) }
	for _, e := range g.entities {
		g.entityQuads(e, add)
	}
	for _, f := range g.facts {
		g.relationQuads(f.Relation, add)
		g.factQuads(f, add)
		g.documentQuads(f.Evidence.Doc, add)
	}
	return qs
}

// entityQuads makes an entity's statements: its types, labels, id and links.
func (g *Graph) entityQuads(e *dict.Entity, add func(quad.Quad)) {
	s := g.entityIRI(e.ID)
	add(quad.Quad{Subject: s, Predicate: rdfType, Object: schemaClass[e.Type]})
	add(quad.Quad{Subject: s, Predicate: rdfType, Object: g.classIRI(e.Type)})
	add(quad.Quad{Subject: s, Predicate: rdfsLabel, Object: quad.String(e.Name)})
	add(quad.Quad{Subject: s, Predicate: g.vocab("id"), Object: quad.String(e.ID)})
	for _, a := range e.Aliases {
		if a.Text == "" || a.Text == e.Name {
			continue
		}
		add(quad.Quad{Subject: s, Predicate: skosAltLabel, Object: literal(a.Text, langTag(a.Lang, a.Text))})
	}
	for _, iri := range e.SameAs {
		if abs, ok := absoluteIRI(iri); ok {
			add(quad.Quad{Subject: s, Predicate: owlSameAs, Object: quad.IRI(abs)})
			add(quad.Quad{Subject: s, Predicate: schemaSameAs, Object: quad.IRI(abs)})
		}
	}
}

// relationQuads makes the statements that declare a relation a fact uses.
func (g *Graph) relationQuads(r string, add func(quad.Quad)) {
	rel := g.relationIRI(r)
	add(quad.Quad{Subject: rel, Predicate: rdfType, Object: rdfProperty})
	add(quad.Quad{Subject: rel, Predicate: rdfsLabel, Object: quad.String(r)})
}

// provenanceLabel is the graph that evidence goes in: none when reified.
func (g *Graph) provenanceLabel() quad.Value {
	if g.prov == ProvenanceReified {
		return nil
	}
	return g.provenanceGraph()
}

// documentQuads makes the statement that a fact's document is a work.
func (g *Graph) documentQuads(doc string, add func(quad.Quad)) {
	add(quad.Quad{Subject: g.documentIRI(doc), Predicate: rdfType, Object: schemaWork, Label: g.provenanceLabel()})
}

// factQuads makes a fact's statements: the triple and its evidence.
func (g *Graph) factQuads(f fact, add func(quad.Quad)) {
	prov := g.provenanceLabel()
	put := func(s, p quad.IRI, o quad.Value, label quad.Value) {
		add(quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	rel := g.relationIRI(f.Relation)
	fg := g.factGraph(f.id)
	subj, obj := g.entityIRI(f.Subject.ID), g.entityIRI(f.Object.ID)
	if g.prov == ProvenanceReified {
		put(subj, rel, obj, nil)
		put(fg, rdfType, rdfStatement, nil)
		put(fg, rdfSubject, subj, nil)
		put(fg, rdfPredicate, rel, nil)
		put(fg, rdfObject, obj, nil)
	} else {
		put(subj, rel, obj, fg)
	}
	put(fg, provDerived, g.documentIRI(f.Evidence.Doc), prov)
	put(fg, g.vocab("sentence"), quad.String(f.Evidence.Text), prov)
	put(fg, g.vocab("start"), integer(f.Evidence.Start), prov)
	put(fg, g.vocab("end"), integer(f.Evidence.End), prov)
	put(fg, g.vocab("charStart"), integer(f.Evidence.CharStart), prov)
	put(fg, g.vocab("charEnd"), integer(f.Evidence.CharEnd), prov)
	if f.Role != "" {
		put(fg, g.vocab("role"), quad.String(f.Role), prov)
	}
	if f.Time != "" {
		put(fg, g.vocab("time"), quad.String(f.Time), prov)
	}
	if f.Rule != "" {
		put(fg, g.vocab("rule"), quad.String(f.Rule), prov)
	}
}

func literal(s, lang string) quad.Value {
	if lang == "" {
		return quad.String(s)
	}
	return quad.LangString{Value: quad.String(s), Lang: lang}
}

func integer(i int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(i)), Type: xsdInteger}
}

// WriteNQuads writes the graph as N-Quads 1.1, one statement per line,
// lines sorted bytewise and deduplicated. It returns the first error from w.
func (g *Graph) WriteNQuads(w io.Writer) error {
	lines, err := formatLines(g.quads())
	if err != nil {
		return err
	}
	lw := newLineWriter(w)
	for _, l := range lines {
		lw.writeLine(l)
	}
	return lw.Close()
}

// formatLines formats qs as N-Quads lines, sorted bytewise and
// deduplicated.
func formatLines(qs []quad.Quad) ([]string, error) {
	lines := make([]string, 0, len(qs))
	for _, q := range qs {
		line, err := formatQuad(q)
		if err != nil {
			return nil, err
		}
		lines = append(lines, line)
	}
	slices.Sort(lines)
	return slices.Compact(lines), nil
}

// lineWriter is a line writer with a sticky error.
type lineWriter struct {
	bw  *bufio.Writer
	err error
}

func newLineWriter(w io.Writer) *lineWriter { return &lineWriter{bw: bufio.NewWriter(w)} }

func (w *lineWriter) writeLine(line string) {
	if w.err != nil {
		return
	}
	if _, w.err = w.bw.WriteString(line); w.err == nil {
		w.err = w.bw.WriteByte('\n')
	}
}

// write writes lines that end in newlines.
func (w *lineWriter) write(lines []byte) {
	if w.err == nil {
		_, w.err = w.bw.Write(lines)
	}
}

// Close flushes and returns the first error seen.
func (w *lineWriter) Close() error {
	if w.err == nil {
		w.err = w.bw.Flush()
	}
	return w.err
}

// formatQuad formats q as one N-Quads line without the newline. The quad
// library's own String methods neither encode IRIs nor escape every
// control character, so values are formatted here.
func formatQuad(q quad.Quad) (string, error) {
	var b strings.Builder
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v == nil {
			if i == 3 {
				break
			}
			return "", fmt.Errorf("graph: quad %v has no term %d", q, i)
		}
		if err := formatTerm(&b, v); err != nil {
			return "", err
		}
		b.WriteByte(' ')
	}
	b.WriteByte('.')
	return b.String(), nil
}

func formatTerm(b *strings.Builder, v quad.Value) error {
	switch v := v.(type) {
	case quad.IRI:
		b.WriteByte('<')
		b.WriteString(escapeIRIRef(string(v)))
		b.WriteByte('>')
	case quad.String:
		writeLiteral(b, string(v))
	case quad.LangString:
		writeLiteral(b, string(v.Value))
		b.WriteByte('@')
		b.WriteString(v.Lang)
	case quad.TypedString:
		writeLiteral(b, string(v.Value))
		b.WriteString("^^<")
		b.WriteString(escapeIRIRef(string(v.Type)))
		b.WriteByte('>')
	default:
		return fmt.Errorf("graph: cannot write %T as N-Quads", v)
	}
	return nil
}

// escapeIRIRef is a last line of defence for IRIREF: every IRI kg builds is
// already encoded but for the non-ASCII letters a base may hold, which
// IRIREF allows, so this only matters for a bug elsewhere.
func escapeIRIRef(s string) string {
	i := 0
	for i < len(s) && iriRefKeeps[s[i]] {
		i++
	}
	if i == len(s) {
		return s // printable ASCII only, the usual case
	}
	keepNonASCII := utf8.ValidString(s)
	return escapeBytes(s, func(s string, i int) bool {
		return iriRefKeeps[s[i]] || keepNonASCII && s[i] >= utf8.RuneSelf
	})
}

// iriRefKeeps holds the bytes an IRIREF may hold as they are: printable
// ASCII but for <>"{}|^`\.
var iriRefKeeps = func() (keep [256]bool) {
	for c := 0x21; c < 0x7F; c++ {
		keep[c] = !strings.ContainsRune(`<>"{}|^`+"`\\", rune(c))
	}
	return
}()

// writeLiteral writes s as a STRING_LITERAL_QUOTE in the canonical form of
// RDF 1.2 N-Triples: ECHAR for \b \t \n \f \r " \, UCHAR (\u00XX) for the
// other C0 controls and DEL, everything else as UTF-8. Each byte of invalid
// UTF-8 becomes U+FFFD.
func writeLiteral(b *strings.Builder, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); {
		if j := plainRun(s, i); j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '\b':
			b.WriteString(`\b`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\f':
			b.WriteString(`\f`)
		case '\r':
			b.WriteString(`\r`)
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		default:
			if r < 0x20 || r == 0x7F {
				fmt.Fprintf(b, `\u%04X`, r)
			} else {
				b.WriteRune(r) // utf8.RuneError for invalid bytes
			}
		}
	}
	b.WriteByte('"')
}

// plainRun returns the end of the run of bytes from s[i] that a literal
// holds as they are: printable ASCII but for " and \, and valid UTF-8
// beyond ASCII.
func plainRun(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7F || c == '"' || c == '\\' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return i
}

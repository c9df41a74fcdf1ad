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
	add := func(s, p quad.IRI, o quad.Value, label quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	for _, e := range g.entities {
		s := g.entityIRI(e.ID)
		add(s, rdfType, schemaClass[e.Type], nil)
		add(s, rdfType, g.classIRI(e.Type), nil)
		add(s, rdfsLabel, quad.String(e.Name), nil)
		add(s, g.vocab("id"), quad.String(e.ID), nil)
		for _, a := range e.Aliases {
			if a.Text == "" || a.Text == e.Name {
				continue
			}
			add(s, skosAltLabel, literal(a.Text, langTag(a.Lang, a.Text)), nil)
		}
		for _, iri := range e.SameAs {
			if abs, ok := absoluteIRI(iri); ok {
				add(s, owlSameAs, quad.IRI(abs), nil)
				add(s, schemaSameAs, quad.IRI(abs), nil)
			}
		}
	}
	var prov quad.Value = g.provenanceGraph()
	if g.prov == ProvenanceReified {
		prov = nil
	}
	for _, f := range g.facts {
		rel := g.relationIRI(f.Relation)
		add(rel, rdfType, rdfProperty, nil)
		add(rel, rdfsLabel, quad.String(f.Relation), nil)

		fg := g.factGraph(f.id)
		subj, obj := g.entityIRI(f.Subject.ID), g.entityIRI(f.Object.ID)
		if g.prov == ProvenanceReified {
			add(subj, rel, obj, nil)
			add(fg, rdfType, rdfStatement, nil)
			add(fg, rdfSubject, subj, nil)
			add(fg, rdfPredicate, rel, nil)
			add(fg, rdfObject, obj, nil)
		} else {
			add(subj, rel, obj, fg)
		}

		doc := g.documentIRI(f.Evidence.Doc)
		add(doc, rdfType, schemaWork, prov)
		add(fg, provDerived, doc, prov)
		add(fg, g.vocab("sentence"), quad.String(f.Evidence.Text), prov)
		add(fg, g.vocab("start"), integer(f.Evidence.Start), prov)
		add(fg, g.vocab("end"), integer(f.Evidence.End), prov)
		add(fg, g.vocab("charStart"), integer(f.Evidence.CharStart), prov)
		add(fg, g.vocab("charEnd"), integer(f.Evidence.CharEnd), prov)
		if f.Role != "" {
			add(fg, g.vocab("role"), quad.String(f.Role), prov)
		}
		if f.Time != "" {
			add(fg, g.vocab("time"), quad.String(f.Time), prov)
		}
		if f.Rule != "" {
			add(fg, g.vocab("rule"), quad.String(f.Rule), prov)
		}
	}
	return qs
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
	qs := g.quads()
	lines := make([]string, 0, len(qs))
	for _, q := range qs {
		line, err := formatQuad(q)
		if err != nil {
			return err
		}
		lines = append(lines, line)
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	nw := newNQuadsWriter(w)
	for _, l := range lines {
		nw.writeLine(l)
	}
	return nw.Close()
}

// nquadsWriter is a line writer with a sticky error.
type nquadsWriter struct {
	bw  *bufio.Writer
	err error
}

func newNQuadsWriter(w io.Writer) *nquadsWriter { return &nquadsWriter{bw: bufio.NewWriter(w)} }

func (w *nquadsWriter) writeLine(line string) {
	if w.err != nil {
		return
	}
	if _, w.err = w.bw.WriteString(line); w.err == nil {
		w.err = w.bw.WriteByte('\n')
	}
}

// Close flushes and returns the first error seen.
func (w *nquadsWriter) Close() error {
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

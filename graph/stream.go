package graph

import (
	"bytes"
	"io"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
)

// NQuadsWriter writes N-Quads a document at a time, without holding the
// graph: what it keeps is the set of entities and relations it has
// written, which the dictionary bounds. Each call to WriteDoc (or to
// WriteChunk, the work of FormatFacts done beforehand on any goroutine)
// writes one chunk, its lines sorted bytewise and deduplicated:
//
//   - the statements of the facts, as WriteNQuads writes them;
//   - the rdf:type of each of their documents, unless the last chunk with
//     facts wrote it (a document read in blocks is one chunk per block,
//     one after the other);
//   - the statements of each relation and each entity (those given and
//     those of the facts) that no earlier chunk wrote.
//
// So the chunks of a whole corpus, sorted together and deduplicated, are
// what WriteNQuads writes for the graph Build makes of it, and one chunk
// for all the facts and entities is byte for byte the same. Facts equal
// in every field are one, within a chunk; a document given twice, or in
// reified form a triple stated by two documents, is written with each.
//
// Errors are Build's: ErrEntity, ErrDuplicateID (across all chunks) and
// ErrFact, or the first error from the io.Writer. After an error, every
// call returns it. FormatFacts is safe for concurrent use; the other
// methods are not.
type NQuadsWriter struct {
	g         *Graph // base and provenance mode, for the statements
	lw        *lineWriter
	entities  map[string]*dict.Entity // written, by ID
	relations map[string]bool         // written
	docs      []string                // whose rdf:type the last chunk with facts wrote
	err       error
}

// NewNQuadsWriter returns a writer to w with the base and provenance
// mode of opt. It returns an ErrBase error for a bad opt.Base.
func NewNQuadsWriter(w io.Writer, opt Options) (*NQuadsWriter, error) {
	base, err := normaliseBase(opt.Base)
	if err != nil {
		return nil, err
	}
	return &NQuadsWriter{
		g:         &Graph{base: base, prov: opt.Provenance},
		lw:        newLineWriter(w),
		entities:  map[string]*dict.Entity{},
		relations: map[string]bool{},
	}, nil
}

// WriteDoc writes the chunk of a document, or of one block of it: the
// statements of facts, and those of the entities (mentioned or in a
// fact) and relations that are new to w.
func (w *NQuadsWriter) WriteDoc(entities []*dict.Entity, facts []extract.Fact) error {
	c, err := w.FormatFacts(facts)
	if err != nil {
		if w.err == nil {
			w.err = err
		}
		return err
	}
	return w.WriteChunk(c, entities, facts)
}

// Chunk is the statements of facts, made by FormatFacts: N-Quads lines
// sorted bytewise and deduplicated, each ending in a newline.
type Chunk []byte

// FormatFacts formats the statements of facts for WriteChunk. It is the
// bulk of the work of WriteDoc, and safe to call from several goroutines
// at once.
func (w *NQuadsWriter) FormatFacts(facts []extract.Fact) (Chunk, error) {
	fs := make([]fact, 0, len(facts))
	for i, f := range facts {
		if err := checkFact(i, f); err != nil {
			return nil, err
		}
		for _, e := range []*dict.Entity{f.Subject, f.Object} {
			if err := checkEntity(e, nil); err != nil {
				return nil, err
			}
		}
		fs = append(fs, fact{Fact: f, id: factID(f)})
	}
	var qs []quad.Quad
	add := func(q quad.Quad) { qs = append(qs, q) }
	for _, f := range sortFacts(fs) {
		w.g.factQuads(f, add)
	}
	lines, err := formatLines(qs)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	c := make(Chunk, 0, n)
	for _, l := range lines {
		c = append(c, l...)
		c = append(c, '\n')
	}
	return c, nil
}

// WriteChunk writes c, which FormatFacts made of facts, with the
// statements of the documents, entities and relations that are new to w.
// Chunks must be written in the order of the documents.
func (w *NQuadsWriter) WriteChunk(c Chunk, entities []*dict.Entity, facts []extract.Fact) error {
	if w.err != nil {
		return w.err
	}
	var qs []quad.Quad
	add := func(q quad.Quad) { qs = append(qs, q) }
	entity := func(e *dict.Entity) error {
		if err := checkEntity(e, w.entities); err != nil {
			return err
		}
		if w.entities[e.ID] == nil {
			w.entities[e.ID] = e
			w.g.entityQuads(e, add)
		}
		return nil
	}
	for _, e := range entities {
		if w.err = entity(e); w.err != nil {
			return w.err
		}
	}
	var docs []string
	for i, f := range facts {
		if w.err = checkFact(i, f); w.err != nil {
			return w.err
		}
		for _, e := range []*dict.Entity{f.Subject, f.Object} {
			if w.err = entity(e); w.err != nil {
				return w.err
			}
		}
		if !w.relations[f.Relation] {
			w.relations[f.Relation] = true
			w.g.relationQuads(f.Relation, add)
		}
		if doc := f.Evidence.Doc; !slices.Contains(docs, doc) {
			docs = append(docs, doc)
			if !slices.Contains(w.docs, doc) {
				w.g.documentQuads(doc, add)
			}
		}
	}
	if len(facts) > 0 {
		w.docs = docs
	}
	var lines []string
	if lines, w.err = formatLines(qs); w.err != nil {
		return w.err
	}
	w.merge(c, lines)
	w.err = w.lw.err
	return w.err
}

// merge writes the sorted lines of c and lines as one sorted run, each
// line once.
func (w *NQuadsWriter) merge(c Chunk, lines []string) {
	for len(c) > 0 && len(lines) > 0 {
		end := bytes.IndexByte(c, '\n')
		if end < 0 {
			break // not made by FormatFacts: written as it is
		}
		line := c[:end]
		for len(lines) > 0 && lines[0] <= string(line) {
			if lines[0] != string(line) {
				w.lw.writeLine(lines[0])
			}
			lines = lines[1:]
		}
		w.lw.write(c[:end+1])
		c = c[end+1:]
	}
	w.lw.write(c)
	for _, l := range lines {
		w.lw.writeLine(l)
	}
}

// Close flushes what is buffered and returns the first error seen.
func (w *NQuadsWriter) Close() error {
	if w.err == nil {
		w.err = w.lw.Close()
	}
	return w.err
}

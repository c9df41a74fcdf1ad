package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
	"github.com/kg-graph/kg/graph"
)

// exportUsage is the part of kg help about facts, export and vocab.
const exportUsage = `Facts, exports and the vocabulary:
  kg facts  [options] [FILE|-]...     every fact with its evidence as a JSON line
  kg export --format F [-o DIR|FILE] [options] [FILE|-]...
                                      the graph for a graph database or tool, F one of
                                      neo4j (CSV for neo4j-admin and a MERGE script; -o DIR),
                                      kuzu (DDL, COPY script and CSV; -o DIR), graphml, jsonld
  kg vocab [--base IRI] [--context]   kg's vocabulary in Turtle (--context: the JSON-LD @context)

  --provenance graph|reified   N-Quads: one named graph per fact (default), or every
                               statement in the default graph, facts as rdf:Statement
  --doc-base DIR               name documents by their path relative to DIR (default: the
                               working directory); a file outside it is named by a file: IRI
`

// exportOptions are the options of kg facts, export and vocab, and the
// ones they add to extract.
type exportOptions struct {
	format     string
	provenance string
	docBase    string
	context    bool
}

// exportFlags registers the options cmd takes beyond the common ones.
func (o *options) exportFlags(fs *flag.FlagSet, cmd string) {
	switch cmd {
	case "export":
		fs.StringVar(&o.format, "format", "", "")
	case "vocab":
		fs.BoolVar(&o.context, "context", false, "")
	}
	fs.StringVar(&o.provenance, "provenance", "graph", "")
	fs.StringVar(&o.docBase, "doc-base", "", "")
}

// graphOptions are the graph.Options the command line asks for.
func (o *options) graphOptions(d *dict.Dictionary) (graph.Options, error) {
	prov, err := graph.ParseProvenance(o.provenance)
	if err != nil {
		return graph.Options{}, fmt.Errorf("--provenance: %w", err)
	}
	opt := graph.Options{Base: o.base, Provenance: prov}
	if d != nil {
		opt.Relations = d.Relations
	}
	return opt, nil
}

// docName names the document read from file f: its path relative to
// docBase (the working directory if empty), cleaned, so that "./a.txt",
// "a.txt" and "/abs/wd/a.txt" are one document; a file outside docBase
// is named by its absolute path, the same from any directory, whose IRI
// is a file: IRI.
func docName(docBase, f string) string {
	p := filepath.Clean(f)
	if docBase == "" && !filepath.IsAbs(p) && p != ".." && !strings.HasPrefix(p, ".."+string(filepath.Separator)) {
		return graph.DocPath(filepath.ToSlash(p)) // relative to the working directory already
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return graph.DocPath(filepath.ToSlash(p))
	}
	base := docBase
	if base == "" {
		base = "."
	}
	if base, err = filepath.Abs(base); err == nil {
		rel, err := filepath.Rel(base, abs)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return graph.DocPath(filepath.ToSlash(rel))
		}
	}
	return filepath.ToSlash(abs)
}

// buildGraph extracts from every input and builds the graph, with the
// entities mentioned and the facts found, as kg extract does.
func (c *cli) buildGraph(o *options, x *extract.Extractor, d *dict.Dictionary) (*graph.Graph, error) {
	opt, err := o.graphOptions(d)
	if err != nil {
		return nil, err
	}
	var facts []extract.Fact
	var ents entitySet
	err = c.each(o, x, nil, func(r result) error {
		for _, m := range r.Mentions {
			ents.add(m.Entity)
		}
		for _, f := range r.Facts {
			ents.add(f.Subject)
			ents.add(f.Object)
		}
		facts = append(facts, r.Facts...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return graph.Build(ents.list, facts, opt)
}

// exportFormats are the formats of kg export: written to one stream, or
// (multi) as files into a directory.
var exportFormats = map[string]struct {
	multi  bool
	single func(*graph.Graph, io.Writer) error
	files  func(*graph.Graph, graph.FileFunc) error
}{
	"neo4j":   {multi: true, files: (*graph.Graph).WriteNeo4j},
	"kuzu":    {multi: true, files: (*graph.Graph).WriteKuzu},
	"graphml": {single: (*graph.Graph).WriteGraphML},
	"jsonld":  {single: (*graph.Graph).WriteJSONLD},
}

// exportCmd runs kg facts and kg export.
func (c *cli) exportCmd(cmd string, args []string) int {
	o, err := c.parse(cmd, args)
	if err != nil {
		return c.usageError(err.Error())
	}
	if _, err := o.graphOptions(nil); err != nil {
		return c.usageError(err.Error())
	}
	format := exportFormats[o.format]
	switch {
	case cmd == "facts":
		format.single = (*graph.Graph).WriteFacts
	case o.format == "":
		return c.usageError("kg export needs --format: neo4j, kuzu, graphml or jsonld")
	case format.single == nil && format.files == nil:
		return c.usageError(fmt.Sprintf("unknown export format %q: want neo4j, kuzu, graphml or jsonld", o.format))
	case format.multi && (o.out == "" || o.out == "-"):
		return c.usageError(fmt.Sprintf("kg export --format %s writes several files: give -o DIR", o.format))
	}
	x, d, code := c.extractor(o, false)
	if code != exitOK {
		return code
	}
	if !format.multi {
		return c.finish(o, func(w io.Writer) error {
			g, err := c.buildGraph(o, x, d)
			if err != nil {
				return err
			}
			if err := format.single(g, w); err != nil {
				return fmt.Errorf("writing output: %w", err)
			}
			return nil
		})
	}
	g, err := c.buildGraph(o, x, d)
	if err == nil {
		err = os.MkdirAll(o.out, 0o777)
	}
	if err == nil {
		err = format.files(g, func(name string, write func(io.Writer) error) error {
			return c.output(filepath.Join(o.out, name), write)
		})
	}
	dir := o.out
	o.out = "" // nothing more to write: finish reports the outcome
	return c.finish(o, func(io.Writer) error {
		if err != nil {
			return fmt.Errorf("%s: %w", dir, err)
		}
		return nil
	})
}

// vocabCmd is kg vocab: the vocabulary in Turtle, or the JSON-LD context.
func (c *cli) vocabCmd(args []string) int {
	o, err := c.parse("vocab", args)
	if err != nil {
		return c.usageError(err.Error())
	}
	if len(o.files) > 0 {
		return c.usageError("kg vocab takes no FILE")
	}
	return c.finish(o, func(w io.Writer) error {
		if o.context {
			ctx, err := graph.JSONLDContext(o.base)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", " ")
			return enc.Encode(map[string]any{"@context": ctx})
		}
		ttl, err := graph.Vocabulary(o.base)
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, ttl)
		return err
	})
}

// exportCommands dispatches kg facts, export and vocab.
func (c *cli) exportCommands(cmd string, args []string) int {
	if cmd == "vocab" {
		return c.vocabCmd(args)
	}
	return c.exportCmd(cmd, args)
}

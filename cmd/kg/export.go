package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/graph"
)

// exportOptions are the options of kg export and kg vocab, and those
// they add to the other commands.
type exportOptions struct {
	format     string // kg export --format
	provenance string // --provenance, for N-Quads
	docBase    string // --doc-base
	context    bool   // kg vocab --context
}

// provenanceFlag defines --provenance, for the commands that write
// N-Quads.
func provenanceFlag(fs *pflag.FlagSet, o *options) {
	fs.StringVar(&o.provenance, "provenance", "graph", "N-Quads provenance `MODE`: graph, each fact in a named graph\nwith its evidence (default); reified, every statement in the\ndefault graph, facts as rdf:Statement")
}

// graphOptions are the graph.Options the command line asks for; d, if not
// nil, gives the relations' signatures.
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

// exportFormat is a format of kg export: written to one stream, or as
// several files into a directory.
type exportFormat struct {
	single func(*graph.Graph, io.Writer) error
	files  func(*graph.Graph, graph.FileFunc) error
}

var exportFormats = map[string]exportFormat{
	"neo4j":   {files: (*graph.Graph).WriteNeo4j},
	"kuzu":    {files: (*graph.Graph).WriteKuzu},
	"graphml": {single: (*graph.Graph).WriteGraphML},
	"jsonld":  {single: (*graph.Graph).WriteJSONLD},
}

const exportFormatNames = "neo4j, kuzu, graphml or jsonld"

// exportCmd is kg export: the graph in the format of a graph database or
// tool. With demo, of the embedded article.
func (c *cli) exportCmd(demo bool) *cobra.Command {
	o := &options{demo: demo}
	cmd := &cobra.Command{
		Use:   "export --format F [-o DIR|FILE] [options] [FILE|-]...",
		Short: "the graph for a graph database or tool:\nneo4j, kuzu, graphml or jsonld",
		Long: `Formats (--format):
  neo4j    CSV files for neo4j-admin database import, and import.cypher, a
           MERGE script that upserts into a running database; into -o DIR
  kuzu     a DDL and COPY script, load.cypher, and its CSV files; into -o DIR
  graphml  a directed multigraph with typed keys (networkx, Gephi, yEd)
  jsonld   JSON-LD with its @context and each fact's evidence inline`,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, ok := exportFormats[o.format]
			switch {
			case o.format == "":
				return exit(c.usageError(cmd, "kg export needs --format: "+exportFormatNames))
			case !ok:
				return exit(c.usageError(cmd, fmt.Sprintf("unknown export format %q: want %s", o.format, exportFormatNames)))
			case format.files != nil && (o.out == "" || o.out == "-"):
				return exit(c.usageError(cmd, fmt.Sprintf("kg export --format %s writes several files: give -o DIR", o.format)))
			}
			if code := c.check(cmd, o, args); code != exitOK {
				return exit(code)
			}
			return exit(c.export(o, format))
		},
	}
	if demo {
		cmd.Use = "export --format F [-o DIR|FILE] [options]"
		cmd.Short = "the same, of the embedded article"
		cmd.Long = ""
	}
	cmd.Flags().SortFlags = false
	cmd.Flags().StringVar(&o.format, "format", "", "the format `F`: "+exportFormatNames)
	c.flags(cmd.Flags(), o, dictFlags|outputFlags|corpusFlags)
	cmd.Flags().Lookup("output").Usage = "write to `PATH`: the directory neo4j and kuzu write their files\ninto, else a file written through a temporary file"
	return cmd
}

// export runs kg export in format.
func (c *cli) export(o *options, format exportFormat) int {
	x, d, code := c.extractor(o, false)
	if code != exitOK {
		return code
	}
	if format.single != nil {
		return c.writeGraph(o, x, d, format.single)
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
	return c.outcome(o, err, false) // errors name the file or directory
}

// vocabCmd is kg vocab: the vocabulary in Turtle, or the JSON-LD context.
func (c *cli) vocabCmd() *cobra.Command {
	o := &options{}
	cmd := &cobra.Command{
		Use:   "vocab [--base IRI] [--context]",
		Short: "the vocabulary in Turtle: classes and relations, and\ntheir mappings to schema.org and Wikidata;\n--context: the JSON-LD @context of kg export",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return exit(c.usageError(cmd, "kg vocab takes no FILE"))
			}
			if err := graph.CheckBase(o.base); err != nil {
				return exit(c.usageError(cmd, fmt.Sprintf("--base: %v", err)))
			}
			return exit(c.finish(o, func(w io.Writer) error { return writeVocab(w, o) }))
		},
	}
	cmd.Flags().SortFlags = false
	cmd.Flags().BoolVar(&o.context, "context", false, "print the JSON-LD @context of kg export --format jsonld instead")
	c.flags(cmd.Flags(), o, outputFlags)
	return cmd
}

func writeVocab(w io.Writer, o *options) error {
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
}

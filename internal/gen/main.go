// Command gen writes benchmark data for kg: a TSV gazetteer of synthetic
// entities, the same aliases one per line (for grep -F -f and rg -F -f), and
// a corpus of mixed Chinese and English text with those aliases planted in it.
//
//	go run ./internal/gen -out bench/.data -aliases 100000 -corpus-mb 20
//
// writes
//
//	DIR/dict-N.tsv        name<TAB>type<TAB>alias|alias|... (the name counts as one of the N aliases)
//	DIR/aliases-N.txt     every alias of the TSV, the name included, one per line
//	DIR/corpus-Mmb.txt    one document per line (with -format txt or both)
//	DIR/corpus-Mmb.jsonl  {"id":"doc-000001","text":"..."} per line (with -format jsonl or both)
//	DIR/dict-N.yaml       the same entities as a YAML dictionary (with -yaml)
//
// With -shape nested or -shape prefix it writes instead the dictionary,
// alias list and corpus of a case that is super-linear for a matcher that
// keeps overlapping candidates (see generateShape):
//
//	DIR/SHAPE-dict.tsv, DIR/SHAPE-aliases.txt, DIR/SHAPE-corpus.txt
//
// Output depends only on the flags: the same seed gives the same bytes. The
// dictionary does not depend on the corpus flags, and the text of the corpus
// is the same in both formats. A corpus belongs to the dictionary it was made
// with (it plants that dictionary's aliases), so keep corpora for different
// -aliases or -seed values in different directories.
//
// Every file is written to a temporary name and renamed when complete, so a
// file that exists is whole.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kg-graph/kg/dict"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// config is what the flags ask for.
type config struct {
	out      string
	aliases  int
	corpusMB int
	every    int
	format   string
	seed     uint64
	yaml     bool
	shape    string
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.out, "out", ".", "output directory (created if missing)")
	fs.IntVar(&c.aliases, "aliases", 1000, "total number of aliases in the dictionary, canonical names included")
	fs.IntVar(&c.corpusMB, "corpus-mb", 0, "corpus size in MiB (0: no corpus)")
	fs.IntVar(&c.every, "every", 230, "mean distance in bytes between two planted aliases")
	fs.StringVar(&c.format, "format", "txt", "corpus format: txt, jsonl or both")
	fs.Uint64Var(&c.seed, "seed", 1, "random seed")
	fs.BoolVar(&c.yaml, "yaml", false, "also write the dictionary as YAML")
	fs.StringVar(&c.shape, "shape", "", "write a pathological case instead: nested or prefix")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gen: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if err := c.check(); err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 2
	}
	gen := generate
	if c.shape != "" {
		gen = generateShape
	}
	s, err := gen(c)
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 1
	}
	fmt.Fprintln(stderr, s)
	return 0
}

func (c config) check() error {
	switch {
	case c.aliases < 1:
		return fmt.Errorf("-aliases %d: want at least 1", c.aliases)
	case c.corpusMB < 0:
		return fmt.Errorf("-corpus-mb %d: want 0 or more", c.corpusMB)
	case c.every < 2:
		return fmt.Errorf("-every %d: want at least 2", c.every)
	case c.format != "txt" && c.format != "jsonl" && c.format != "both":
		return fmt.Errorf("-format %q: want txt, jsonl or both", c.format)
	case c.shape != "" && c.shape != "nested" && c.shape != "prefix":
		return fmt.Errorf("-shape %q: want nested or prefix", c.shape)
	}
	return nil
}

// summary is what one run wrote, for the line on stderr.
type summary struct {
	cfg      config
	dict     dictStats
	corpus   corpusStats
	files    []string
	duration time.Duration
}

func (s summary) String() string {
	out := fmt.Sprintf("gen: %d aliases, %d entities (%d Person, %d Organization, %d Project, %d Place)",
		s.dict.aliases, s.dict.entities, s.dict.byType[dict.Person], s.dict.byType[dict.Organization],
		s.dict.byType[dict.Project], s.dict.byType[dict.Place])
	if s.cfg.corpusMB > 0 {
		out += fmt.Sprintf("; corpus %d bytes, %d docs, %d planted aliases", s.corpus.bytes, s.corpus.docs, s.corpus.planted)
	}
	out += fmt.Sprintf("; seed %d; %.1fs:", s.cfg.seed, s.duration.Seconds())
	for _, f := range s.files {
		out += " " + f
	}
	return out
}

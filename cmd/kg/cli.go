package main

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"kg/dict"
	"kg/extract"
	"kg/graph"
)

// Exit codes.
const (
	exitOK      = 0
	exitInput   = 1 // an input could not be read or output could not be written
	exitUsage   = 2
	exitBadDict = 3
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

//go:embed seed/ilya-interview-zh.txt
var defaultArticle []byte

// defaultDoc names the embedded article in output.
const defaultDoc = "ilya-interview-zh.txt"

const usage = `kg turns text about people, projects and institutions into a knowledge graph.

Usage:
  kg extract  [options] [FILE|-]...   N-Quads, one graph per fact with its evidence (default)
  kg dot      [options] [FILE|-]...   Graphviz DOT of the entities and relations
  kg mentions [options] [FILE|-]...   every mention as a JSON line
  kg eval --gold GOLD [options] [FILE|-]...
                                      precision, recall and F1 against a gold file
  kg dict check FILE...               validate dictionaries and summarise them
  kg help                             this text
  kg version                          the version

With no FILE, kg reads its embedded article (an interview with Ilya Sutskever);
"-" reads standard input.

Options:
  --dict FILE     add a YAML dictionary to the built-in one (repeatable)
  --no-builtin    leave out the built-in entities (the built-in relation rules stay)
  --no-fuzzy      match aliases exactly, with no typo tolerance
  --no-coref      resolve no pronouns or noun phrases
  --base IRI      namespace for the IRIs kg makes (default ` + graph.DefaultBase + `)
  -o FILE         write to FILE (atomically: a temporary file renamed when complete)

Exit status: 0 success, 1 an input or output failed, 2 usage, 3 bad dictionary.
`

// cli is one invocation's streams.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		args = []string{"extract"}
	}
	switch cmd := args[0]; cmd {
	case "extract", "dot", "mentions":
		return c.extract(cmd, args[1:])
	case "eval":
		return c.eval(args[1:])
	case "dict":
		if len(args) < 2 || args[1] != "check" {
			return c.usageError("kg dict needs a subcommand: kg dict check FILE...")
		}
		return c.dictCheck(args[2:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "version", "--version":
		fmt.Fprintf(stdout, "kg %s\n", version)
		return exitOK
	default:
		if strings.HasPrefix(cmd, "-") || cmd == "" {
			return c.extract("extract", args) // options before any command: extract
		}
		return c.usageError(fmt.Sprintf("unknown command %q", cmd))
	}
}

func (c *cli) errorf(format string, a ...any) {
	fmt.Fprintf(c.stderr, "kg: error: "+format+"\n", a...)
}

func (c *cli) hint(format string, a ...any) {
	fmt.Fprintf(c.stderr, "kg: hint: "+format+"\n", a...)
}

func (c *cli) usageError(msg string) int {
	c.errorf("%s", msg)
	c.hint("run kg help for usage")
	return exitUsage
}

type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

type options struct {
	dicts     stringList
	noBuiltin bool
	noFuzzy   bool
	noCoref   bool
	base      string
	out       string
	gold      string
	files     []string
}

// parse reads options and file names in any order.
func (c *cli) parse(cmd string, args []string) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("kg "+cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(&o.dicts, "dict", "")
	fs.BoolVar(&o.noBuiltin, "no-builtin", false, "")
	fs.BoolVar(&o.noFuzzy, "no-fuzzy", false, "")
	fs.BoolVar(&o.noCoref, "no-coref", false, "")
	fs.StringVar(&o.base, "base", graph.DefaultBase, "")
	fs.StringVar(&o.out, "o", "", "")
	if cmd == "eval" {
		fs.StringVar(&o.gold, "gold", "", "")
	}
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return o, nil
		}
		if args[0] == "--" {
			o.files = append(o.files, args[1:]...)
			return o, nil
		}
		o.files = append(o.files, args[0])
		args = args[1:]
	}
}

// loadDict builds the dictionary the options ask for.
func (c *cli) loadDict(o *options) (*dict.Dictionary, int) {
	var base *dict.Dictionary
	var err error
	if o.noBuiltin {
		base, err = dict.BuiltinRelations()
	} else {
		base, err = dict.Builtin()
	}
	if err != nil {
		c.errorf("built-in dictionary: %v", err)
		return nil, exitBadDict
	}
	ds := []*dict.Dictionary{base}
	bad := false
	for _, f := range o.dicts {
		data, err := os.ReadFile(f)
		if err != nil {
			c.errorf("dictionary: %v", err)
			return nil, exitBadDict
		}
		d, err := dict.Load(f, data)
		if err != nil {
			c.dictErrors(err)
			bad = true
			continue
		}
		ds = append(ds, d)
	}
	if bad {
		return nil, exitBadDict
	}
	d, err := dict.Merge(ds...)
	if err != nil {
		c.dictErrors(err)
		return nil, exitBadDict
	}
	return d, exitOK
}

func (c *cli) dictErrors(err error) {
	for _, e := range dict.AsErrorList(err) {
		c.errorf("%s", e)
	}
	if dict.AsErrorList(err) == nil {
		c.errorf("%v", err)
	}
}

// input is one document to read.
type input struct {
	name string
	data []byte
}

func (c *cli) extract(cmd string, args []string) int {
	o, err := c.parse(cmd, args)
	if err != nil {
		return c.usageError(err.Error())
	}
	d, code := c.loadDict(o)
	if code != exitOK {
		return code
	}
	x := extract.New(d, extract.Options{NoFuzzy: o.noFuzzy, NoCoref: o.noCoref})

	status := exitOK
	var mentions []extract.Mention
	var facts []extract.Fact
	for _, in := range c.inputs(o, &status) {
		c.reportBadBytes(in)
		r := x.Extract(in.name, in.data)
		mentions = append(mentions, r.Mentions...)
		facts = append(facts, r.Facts...)
	}

	write := func(w io.Writer) error {
		switch cmd {
		case "mentions":
			return writeMentions(w, mentions)
		default:
			g, err := graph.Build(mentionedEntities(mentions, facts), facts, graph.Options{Base: o.base})
			if err != nil {
				return err
			}
			if cmd == "dot" {
				return g.WriteDOT(w)
			}
			return g.WriteNQuads(w)
		}
	}
	if err := c.output(o.out, write); err != nil {
		c.errorf("%v", err)
		return exitInput
	}
	return status
}

// inputs reads every input; one that cannot be read is reported and the
// others still processed.
func (c *cli) inputs(o *options, status *int) []input {
	if len(o.files) == 0 {
		return []input{{defaultDoc, defaultArticle}}
	}
	var out []input
	for _, f := range o.files {
		if f == "-" {
			data, err := io.ReadAll(c.stdin)
			if err != nil {
				c.errorf("reading standard input: %v", err)
				*status = exitInput
				continue
			}
			out = append(out, input{"stdin", data})
			continue
		}
		if fi, err := os.Stat(f); err == nil && fi.IsDir() {
			c.errorf("%s: is a directory", f)
			c.hint("name the files in it, e.g. %s", filepath.Join(f, "*.txt"))
			*status = exitInput
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			c.errorf("%v", err)
			*status = exitInput
			continue
		}
		out = append(out, input{f, data})
	}
	return out
}

// reportBadBytes warns of invalid UTF-8; kg reads past it and its offsets
// stay offsets into the input as given.
func (c *cli) reportBadBytes(in input) {
	first, n := -1, 0
	for i := 0; i < len(in.data); {
		r, w := utf8.DecodeRune(in.data[i:])
		if r == utf8.RuneError && w == 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += w
	}
	if n > 0 {
		fmt.Fprintf(c.stderr, "kg: warning: %s: invalid UTF-8 at byte %d (%d bad bytes in all); shown as U+FFFD in output, offsets unchanged\n", in.name, first, n)
	}
}

// output writes to stdout, or to file through a temporary file renamed
// only when the whole output was written.
func (c *cli) output(file string, write func(io.Writer) error) error {
	if file == "" || file == "-" {
		bw := bufio.NewWriter(c.stdout)
		if err := write(bw); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	bw := bufio.NewWriter(tmp)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", file, err)
	}
	return os.Rename(tmp.Name(), file)
}

// mentionedEntities returns each entity that was mentioned or takes part
// in a fact, once, in first-seen order.
func mentionedEntities(ms []extract.Mention, fs []extract.Fact) []*dict.Entity {
	seen := map[*dict.Entity]bool{}
	var out []*dict.Entity
	add := func(e *dict.Entity) {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	for _, m := range ms {
		add(m.Entity)
	}
	for _, f := range fs {
		add(f.Subject)
		add(f.Object)
	}
	return out
}

// mentionJSON fixes the field order of a mentions line.
type mentionJSON struct {
	Doc    string `json:"doc"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	How    string `json:"how"`
}

func writeMentions(w io.Writer, ms []extract.Mention) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, m := range ms {
		err := enc.Encode(mentionJSON{m.Doc, m.Start, m.End, m.Text, m.Entity.ID, m.Entity.Name, string(m.Entity.Type), string(m.How)})
		if err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	return nil
}

func (c *cli) dictCheck(files []string) int {
	if len(files) == 0 {
		return c.usageError("kg dict check needs at least one FILE")
	}
	var ds []*dict.Dictionary
	bad := false
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			c.errorf("%v", err)
			bad = true
			continue
		}
		d, err := dict.Load(f, data)
		if err != nil {
			c.dictErrors(err)
			bad = true
			continue
		}
		ds = append(ds, d)
	}
	if bad {
		return exitBadDict
	}
	rels, err := dict.BuiltinRelations()
	if err != nil {
		c.errorf("built-in dictionary: %v", err)
		return exitBadDict
	}
	d, err := dict.Merge(append([]*dict.Dictionary{rels}, ds...)...)
	if err != nil {
		c.dictErrors(err)
		return exitBadDict
	}
	s := dict.Summarize(d)
	fmt.Fprint(c.stdout, s.String())
	for _, w := range s.Warnings {
		fmt.Fprintf(c.stderr, "kg: warning: %s\n", w)
	}
	return exitOK
}

func (c *cli) eval(args []string) int {
	o, err := c.parse("eval", args)
	if err != nil {
		return c.usageError(err.Error())
	}
	if o.gold == "" {
		return c.usageError("kg eval needs --gold FILE")
	}
	data, err := os.ReadFile(o.gold)
	if err != nil {
		c.errorf("%v", err)
		return exitInput
	}
	gold, err := extract.ParseGold(data)
	if err != nil {
		c.errorf("%s: %v", o.gold, err)
		return exitInput
	}
	d, code := c.loadDict(o)
	if code != exitOK {
		return code
	}
	x := extract.New(d, extract.Options{NoFuzzy: o.noFuzzy, NoCoref: o.noCoref})
	status := exitOK
	var facts []extract.Fact
	for _, in := range c.inputs(o, &status) {
		facts = append(facts, x.Extract(in.name, in.data).Facts...)
	}
	rep := extract.Evaluate(d, gold, facts)
	if err := c.output(o.out, func(w io.Writer) error { return rep.Write(w) }); err != nil {
		c.errorf("%v", err)
		return exitInput
	}
	return status
}

package main

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
	"github.com/kg-graph/kg/extract/eval"
	"github.com/kg-graph/kg/extract/match"
	"github.com/kg-graph/kg/graph"
)

// maxJobs bounds -j: every worker holds a few blocks of up to a MiB.
const maxJobs = 256

// Exit codes.
const (
	exitOK      = 0
	exitInput   = 1 // an input could not be read or output could not be written
	exitUsage   = 2
	exitBadDict = 3
	// exitInterrupted is what shells report for a process ended by SIGINT.
	exitInterrupted = 130
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
  kg eval --corpus DIR [--dict FILE]...
                                      precision, recall and F1 against a gold file
  kg dict check FILE...               validate dictionaries and summarise them
  kg dict compile [--fuzzy] FILE... -o OUT
                                      build the matcher once and save it with the entities;
                                      --fuzzy adds the typo-tolerance index (as big again)
  kg help                             this text
  kg version                          the version

With no FILE, kg reads its embedded article (an interview with Ilya Sutskever);
"-" reads standard input.

Options:
  --dict FILE     add a dictionary to the built-in one (repeatable): YAML, a TSV
                  gazetteer (.tsv: name<TAB>type<TAB>alias|alias...), or a file
                  from kg dict compile
  --no-builtin    leave out the built-in entities (the built-in relation rules stay)
  --no-fuzzy      match aliases exactly, with no typo tolerance
  --no-coref      resolve no pronouns or noun phrases
  --base IRI      namespace for the IRIs kg makes (default ` + graph.DefaultBase + `)
  -o FILE         write to FILE (atomically: a temporary file renamed when complete)

Corpus options:
  -j N            documents processed in parallel (default: all cores); output is the same
  --shard I/N     process only share I of N of the documents (0 <= I < N), by document name
  --jsonl         read every input as JSON Lines: {"id": ..., "text": ...} per line
                  (.jsonl and .ndjson files always are)
  -q              no progress bar (it is drawn only when stderr is a terminal)

FILE may be a directory (read recursively: .txt .text .md .jsonl .ndjson) or a glob.

` + exportUsage + `
Exit status: 0 success, 1 an input or output failed, 2 usage, 3 bad dictionary,
130 interrupted.
`

// cli is one invocation's streams.
type cli struct {
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run, stopping early when ctx is cancelled (SIGINT).
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{ctx: ctx, stdin: stdin, stdout: stdout, stderr: &syncWriter{w: stderr}}
	if len(args) == 0 {
		args = []string{"extract"}
	}
	switch cmd := args[0]; cmd {
	case "extract", "dot", "mentions":
		return c.extract(cmd, args[1:])
	case "eval":
		return c.eval(args[1:])
	case "facts", "export", "vocab":
		return c.exportCommands(args[0], args[1:])
	case "dict":
		switch {
		case len(args) >= 2 && args[1] == "check":
			return c.dictCheck(args[2:])
		case len(args) >= 2 && args[1] == "compile":
			return c.dictCompile(args[2:])
		}
		return c.usageError("kg dict needs a subcommand: kg dict check FILE... or kg dict compile FILE... -o OUT")
	case "help", "-h", "-help", "--help":
		return c.print(usage)
	case "version", "--version":
		return c.print("kg " + version + "\n")
	default:
		if strings.HasPrefix(cmd, "-") || cmd == "" {
			return c.extract("extract", args) // options before any command: extract
		}
		return c.usageError(fmt.Sprintf("unknown command %q", cmd))
	}
}

// print writes s to standard output: a write error (a full disk, a closed
// pipe) is an error like any other.
func (c *cli) print(s string) int {
	if _, err := io.WriteString(c.stdout, s); err != nil {
		c.errorf("writing output: %v", err)
		return exitInput
	}
	return exitOK
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
	corpus    string
	jobs      int
	overlap   int // bytes shared by blocks cut inside a line
	shardSpec string
	shard     int
	shards    int
	jsonl     bool
	fuzzy     bool // dict compile: include the typo-tolerance index
	quiet     bool
	files     []string
	exportOptions
	failed int // inputs that could not be read
	// goldEntities are the entities of kg eval's gold file, when it has
	// them and no --dict is given: they replace the built-in ones.
	goldEntities *dict.Dictionary
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
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "")
	fs.StringVar(&o.shardSpec, "shard", "", "")
	fs.BoolVar(&o.jsonl, "jsonl", false, "")
	fs.BoolVar(&o.quiet, "q", false, "")
	if cmd == "eval" {
		fs.StringVar(&o.gold, "gold", "", "")
		fs.StringVar(&o.corpus, "corpus", "", "")
	}
	if cmd == "dict compile" {
		fs.BoolVar(&o.fuzzy, "fuzzy", false, "")
	}
	o.exportFlags(fs, cmd)
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			o.files = append(o.files, args[1:]...)
			break
		}
		o.files = append(o.files, args[0])
		args = args[1:]
	}
	if o.jobs < 1 {
		return nil, fmt.Errorf("-j %d: want at least 1", o.jobs)
	}
	if o.jobs > maxJobs {
		return nil, fmt.Errorf("-j %d: want at most %d", o.jobs, maxJobs)
	}
	if err := graph.CheckBase(o.base); err != nil {
		return nil, fmt.Errorf("--base: %w", err)
	}
	if n := len(o.files) - len(slices.DeleteFunc(slices.Clone(o.files), func(f string) bool { return f == "-" })); n > 1 {
		return nil, errors.New(`"-" given twice: standard input can be read once`)
	}
	o.shards = 1
	if o.shardSpec != "" {
		var err error
		if o.shard, o.shards, err = parseShard(o.shardSpec); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// extractor builds the extractor the options ask for. Loading a large
// dictionary takes a while, and a FIFO given as one may never be written
// to, so an interrupt stops the wait.
func (c *cli) extractor(o *options, noRelations bool) (x *extract.Extractor, d *dict.Dictionary, code int) {
	code = c.interruptible(func() int {
		var compiled []*match.Compiled
		d, compiled, code = c.loadDict(o)
		if code != exitOK {
			return code
		}
		o.overlap = overlap(d, compiled)
		opt := extract.Options{NoFuzzy: o.noFuzzy, NoCoref: o.noCoref, NoRelations: noRelations}
		x = extract.NewWithCompiled(d, compiled, opt)
		return exitOK
	})
	if code != exitOK {
		return nil, nil, code
	}
	return x, d, exitOK
}

// interruptible runs f and returns its status, or exitInterrupted as soon
// as c.ctx is cancelled. f is then left to finish on its own (kg exits),
// so it must not be given anything the caller goes on to use.
func (c *cli) interruptible(f func() int) int {
	done := make(chan int, 1)
	if c.ctx.Err() == nil {
		go func() { done <- f() }()
	}
	select {
	case code := <-done:
		return code
	case <-c.ctx.Done():
		c.errorf("interrupted")
		return exitInterrupted
	}
}

// overlap is how many bytes blocks cut inside a line share: the longest
// form in bytes, times 4 for the forms text may take (full-width letters
// are 3 bytes for 1, a typo adds a letter), and a little for the word
// boundary after it.
func overlap(d *dict.Dictionary, compiled []*match.Compiled) int {
	longest := 0
	for _, dd := range append([]*dict.Dictionary{d}, compiledDicts(compiled)...) {
		for _, e := range dd.Entities {
			longest = max(longest, len(e.Name))
			for _, a := range e.Aliases {
				longest = max(longest, len(a.Text))
			}
		}
	}
	return 4*longest + 16
}

func compiledDicts(cs []*match.Compiled) []*dict.Dictionary {
	ds := make([]*dict.Dictionary, len(cs))
	for i, c := range cs {
		ds[i] = c.Dict
	}
	return ds
}

// loadDict builds the dictionary the options ask for, and loads the
// compiled ones among them.
func (c *cli) loadDict(o *options) (*dict.Dictionary, []*match.Compiled, int) {
	base, err := dict.Builtin()
	if o.noBuiltin {
		base, err = dict.BuiltinRelations()
	}
	if err != nil {
		c.errorf("built-in dictionary: %v", err)
		return nil, nil, exitBadDict
	}
	if o.goldEntities != nil {
		base, err = dict.BuiltinRelations()
		if err == nil {
			base, err = dict.Merge(base, o.goldEntities)
		}
		if err != nil {
			c.dictErrors(err)
			return nil, nil, exitBadDict
		}
	}
	d, compiled, names, code := c.mergeDicts(base, o.dicts, true)
	if code != exitOK {
		return nil, nil, code
	}
	if err := disjointIDs(d, compiled); err != nil {
		c.errorf("%v", err)
		c.hint("a compiled dictionary is not merged with others: compile them together")
		return nil, nil, exitBadDict
	}
	if errs := disjointAliases(d, compiled, names); len(errs) > 0 {
		for _, e := range errs {
			c.errorf("%s", e)
		}
		return nil, nil, exitBadDict
	}
	return d, compiled, exitOK
}

// disjointAliases refuses an alias of a compiled dictionary that another
// dictionary also has, by the rule dict.Merge applies within the others:
// the entities are not merged, so the alias would name two entities.
func disjointAliases(d *dict.Dictionary, compiled []*match.Compiled, names []string) []string {
	if len(compiled) == 0 || len(compiled) == 1 && len(d.Entities) == 0 {
		return nil
	}
	x := dict.NewAliasIndex()
	for _, e := range d.Entities {
		x.Add(e)
	}
	var errs []string
	for i, c := range compiled {
		add := x.Add
		if i == len(compiled)-1 {
			add = x.Check // the last one need not be remembered
		}
		for _, e := range c.Dict.Entities {
			for _, err := range add(e) {
				errs = append(errs, names[i]+": "+err.Error())
			}
		}
	}
	return errs
}

// mergeDicts loads files and merges them after base, reporting every
// problem. With compiled, files made by kg dict compile are loaded apart
// and returned with their names; without, they are an error.
func (c *cli) mergeDicts(base *dict.Dictionary, files []string, compiled bool) (*dict.Dictionary, []*match.Compiled, []string, int) {
	ds := []*dict.Dictionary{base}
	var cs []*match.Compiled
	var names []string
	bad := false
	for _, f := range files {
		d, cd, err := readDict(f, compiled)
		switch {
		case err != nil && dict.AsErrorList(err) != nil:
			c.dictErrors(err)
			bad = true
		case err != nil:
			c.errorf("%v", err)
			bad = true
		case cd != nil:
			cs = append(cs, cd)
			names = append(names, f)
		default:
			ds = append(ds, d)
		}
	}
	if bad {
		return nil, nil, nil, exitBadDict
	}
	d, err := dict.Merge(ds...)
	if err != nil {
		c.dictErrors(err)
		return nil, nil, nil, exitBadDict
	}
	return d, cs, names, exitOK
}

// disjointIDs refuses an entity id that a compiled dictionary shares with
// another dictionary: compiled entities are not merged.
func disjointIDs(d *dict.Dictionary, compiled []*match.Compiled) error {
	if len(compiled) == 0 || len(compiled) == 1 && len(d.Entities) == 0 {
		return nil
	}
	seen := make(map[string]bool, len(d.Entities))
	for _, e := range d.Entities {
		seen[e.ID] = true
	}
	for _, c := range compiled {
		for _, e := range c.Dict.Entities {
			if seen[e.ID] {
				return fmt.Errorf("entity id %q is in a compiled dictionary and in another dictionary", e.ID)
			}
			seen[e.ID] = true
		}
	}
	return nil
}

// readDict loads a dictionary file, opened once (it may be a FIFO): a
// compiled dictionary, known by its first bytes, if compiled allows it;
// else a TSV gazetteer (.tsv) or YAML. A YAML file is read up to
// dict.MaxYAMLSize and a byte, enough for Load to refuse it.
func readDict(path string, compiled bool) (*dict.Dictionary, *match.Compiled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("dictionary: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	head, _ := br.Peek(4096)
	switch {
	case bytes.HasPrefix(head, []byte(match.CompiledMagic)):
		if !compiled {
			return nil, nil, fmt.Errorf("%s: a compiled dictionary: give the YAML or TSV files it was compiled from", path)
		}
		cd, err := match.ReadCompiled(br)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		return nil, cd, nil
	case damagedMagic(head):
		return nil, nil, fmt.Errorf("%s: compiled dictionary: damaged (its first bytes are not %q)", path, match.CompiledMagic)
	case strings.EqualFold(filepath.Ext(path), ".tsv"):
		d, err := dict.LoadTSV(path, br)
		return d, nil, err
	}
	data, err := io.ReadAll(io.LimitReader(br, dict.MaxYAMLSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("dictionary: %w", err)
	}
	d, err := dict.Load(path, data)
	return d, nil, err
}

// damagedMagic reports whether head, the start of a file, looks like a
// compiled dictionary whose first bytes were damaged: binary (a NUL or
// invalid UTF-8), and most of CompiledMagic in place. Such a file is not
// YAML, and saying "YAML syntax" about it would mislead.
func damagedMagic(head []byte) bool {
	m := match.CompiledMagic
	if len(head) < len(m) || utf8.Valid(head[:len(head)-3]) && bytes.IndexByte(head, 0) < 0 {
		return false
	}
	same := 0
	for i := range len(m) {
		if head[i] == m[i] {
			same++
		}
	}
	return same >= len(m)/2
}

func (c *cli) dictErrors(err error) {
	for _, e := range dict.AsErrorList(err) {
		c.errorf("%s", e)
	}
	if dict.AsErrorList(err) == nil {
		c.errorf("%v", err)
	}
}

func (c *cli) extract(cmd string, args []string) int {
	o, err := c.parse(cmd, args)
	if err != nil {
		return c.usageError(err.Error())
	}
	x, _, code := c.extractor(o, cmd == "mentions")
	if code != exitOK {
		return code
	}

	// Facts and the entities they need are kept for the sorted graph;
	// mentions stream straight out.
	var facts []extract.Fact
	var ents entitySet
	write := func(w io.Writer) error {
		var prepare func(*result)
		if cmd == "mentions" {
			prepare = func(r *result) {
				var b bytes.Buffer
				r.err = writeMentions(&b, r.Mentions)
				r.out = b.Bytes()
			}
		}
		err := c.each(o, x, prepare, func(r result) error {
			if prepare != nil {
				if r.err == nil {
					_, r.err = w.Write(r.out)
				}
				if r.err != nil {
					return fmt.Errorf("writing output: %w", r.err)
				}
				return nil
			}
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
		if err != nil || prepare != nil {
			return err
		}
		opt, err := o.graphOptions(nil)
		if err != nil {
			return err
		}
		g, err := graph.Build(ents.list, facts, opt)
		if err != nil {
			return err
		}
		if cmd == "dot" {
			err = g.WriteDOT(w)
		} else {
			err = g.WriteNQuads(w)
		}
		if err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	}
	return c.finish(o, write)
}

// finish writes the output and turns what happened into an exit status.
func (c *cli) finish(o *options, write func(io.Writer) error) int {
	err := c.output(o.out, write)
	switch {
	case errors.Is(err, context.Canceled):
		c.errorf("interrupted")
		return exitInterrupted
	case err != nil:
		c.errorf("%v", err)
		return exitInput
	case o.failed > 0:
		return exitInput
	}
	return exitOK
}

// each runs the extractor over every input of o and hands the results to
// handle in input order.
func (c *cli) each(o *options, x *extract.Extractor, prepare func(*result), handle func(result) error) error {
	src := &source{stdin: c.stdin, jsonl: o.jsonl, docBase: o.docBase, shard: o.shard, shards: o.shards,
		overlap: o.overlap, maxDoc: maxDocument, errorf: c.errorf,
		warn: func(format string, a ...any) { fmt.Fprintf(c.stderr, "kg: warning: "+format+"\n", a...) }}
	produce := func(emit func(unit) bool) {
		if len(o.files) == 0 {
			src.seq++
			emit(unit{seq: src.seq, doc: defaultDoc, data: defaultArticle})
			return
		}
		src.each(src.expand(o.files), emit)
	}
	prog := newProgress(c.stderr, o.quiet, totalSize(o.files))
	err := pipeline(c.ctx, x, o.jobs, produce, prepare, func(r result) error {
		base, data := r.owned()
		if first, n := badBytes(data); n > 0 {
			fmt.Fprintf(c.stderr, "kg: warning: %s: invalid UTF-8 at byte %d (%d bad bytes); shown as U+FFFD in output, offsets unchanged\n", r.doc, base+first, n)
		}
		prog.add(r)
		return handle(r)
	})
	prog.finish()
	if err == nil {
		o.failed += src.failed // the producer has finished
	}
	return err
}

// totalSize is the size of the inputs when all are regular files, else 0.
func totalSize(files []string) int64 {
	var n int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		n += fi.Size()
	}
	return n
}

// entitySet keeps each entity once, in first-seen order.
type entitySet struct {
	seen map[*dict.Entity]bool
	list []*dict.Entity
}

func (s *entitySet) add(e *dict.Entity) {
	if s.seen == nil {
		s.seen = map[*dict.Entity]bool{}
	}
	if !s.seen[e] {
		s.seen[e] = true
		s.list = append(s.list, e)
	}
}

// output writes to stdout, or to file. A regular file, or a new one, is
// written through a temporary file in its directory, renamed over it only
// when the whole output was written and kg was not interrupted; it keeps
// the mode of the file it replaces (a new one gets 0666 less the umask),
// and a symbolic link to it stays a link. Anything else (a device such as
// /dev/null, a FIFO, a terminal) is written in place, never replaced.
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
	fail := func(err error) error {
		// The error names the path given, not the temporary file.
		var pe *fs.PathError
		var le *os.LinkError
		switch {
		case errors.Is(err, context.Canceled):
			return err
		case errors.As(err, &pe):
			err = pe.Err
		case errors.As(err, &le):
			err = le.Err
		}
		return fmt.Errorf("writing %s: %w", file, err)
	}
	fi, err := os.Stat(file)
	if err == nil && fi.IsDir() {
		return fail(errors.New("is a directory"))
	}
	if err == nil && !fi.Mode().IsRegular() {
		f, err := os.OpenFile(file, os.O_WRONLY, 0)
		if err == nil {
			err = writeAll(f, write)
		}
		if err != nil {
			return fail(err)
		}
		return nil
	}
	target := file
	if real, err := filepath.EvalSymlinks(file); err == nil {
		target = real
	}
	tmp, err := createTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if fi != nil {
		if err := tmp.Chmod(fi.Mode().Perm()); err != nil {
			return fail(err)
		}
	}
	err = writeAll(tmp, write)
	if err == nil {
		err = c.ctx.Err()
	}
	if err == nil {
		err = os.Rename(tmp.Name(), target)
	}
	if err != nil {
		return fail(err)
	}
	return nil
}

// writeAll writes the output to f, buffered, and closes f.
func writeAll(f *os.File, write func(io.Writer) error) error {
	bw := bufio.NewWriter(f)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// createTemp is os.CreateTemp with mode 0666 less the umask, the mode a
// new output file should have, where os.CreateTemp gives 0600.
func createTemp(dir, prefix string) (*os.File, error) {
	for i := 0; ; i++ {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) && i < 100 {
			continue
		}
		return f, err
	}
}

// mentionJSON fixes the field order of a mentions line.
type mentionJSON struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"` // bytes
	End   int    `json:"end"`
	// CharStart and CharEnd count code points, for Python and
	// JavaScript's Array.from.
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
	Text      string `json:"text"`
	Entity    string `json:"entity"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	How       string `json:"how"`
}

func writeMentions(w io.Writer, ms []extract.Mention) error {
	var b []byte
	for _, m := range ms {
		b = appendMention(b[:0], m)
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// appendMention appends m as one line of JSON, the bytes encoding/json
// (without HTML escaping) gives for its mentionJSON, written by hand: with
// reflection this was a tenth of kg mentions' time. TestMentionJSON and
// FuzzMentionJSON compare the two.
func appendMention(b []byte, m extract.Mention) []byte {
	b = append(b, `{"doc":`...)
	b = appendJSONString(b, m.Doc)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(m.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(m.End), 10)
	b = append(b, `,"char_start":`...)
	b = strconv.AppendInt(b, int64(m.CharStart), 10)
	b = append(b, `,"char_end":`...)
	b = strconv.AppendInt(b, int64(m.CharEnd), 10)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, m.Text)
	b = append(b, `,"entity":`...)
	b = appendJSONString(b, m.Entity.ID)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, m.Entity.Name)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, string(m.Entity.Type))
	b = append(b, `,"how":`...)
	b = appendJSONString(b, string(m.How))
	return append(b, "}\n"...)
}

// appendJSONString quotes s as encoding/json does with HTML escaping off:
// the two-letter escapes for quote, backslash and \b \f \n \r \t, \u00XX
// for other control bytes, \ufffd for each invalid UTF-8 byte, and \u2028
// and \u2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, `\b`...)
			case '\f':
				b = append(b, `\f`...)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// userDicts loads dictionary files on their own, merged with the
// built-in relation rules (so rules that add patterns to built-in
// relations validate), reporting every problem.
func (c *cli) userDicts(files []string) (*dict.Dictionary, int) {
	rels, err := dict.BuiltinRelations()
	if err != nil {
		c.errorf("built-in dictionary: %v", err)
		return nil, exitBadDict
	}
	d, _, _, code := c.mergeDicts(rels, files, false)
	return d, code
}

func (c *cli) dictCheck(files []string) int {
	if len(files) == 0 {
		return c.usageError("kg dict check needs at least one FILE")
	}
	d, code := c.userDicts(files)
	if code != exitOK {
		return code
	}
	s := dict.Summarize(d)
	for _, w := range s.Warnings {
		fmt.Fprintf(c.stderr, "kg: warning: %s\n", w)
	}
	return c.print(s.String())
}

func (c *cli) dictCompile(args []string) int {
	o, err := c.parse("dict compile", args)
	if err != nil {
		return c.usageError(err.Error())
	}
	if len(o.files) == 0 || o.out == "" {
		return c.usageError("kg dict compile needs FILE... and -o OUT")
	}
	var comp *match.Compiled
	code := c.interruptible(func() int {
		d, code := c.userDicts(o.files)
		if code == exitOK {
			comp = match.Compile(d, match.MatcherOptions{Fuzzy: o.fuzzy})
		}
		return code
	})
	if code != exitOK {
		return code
	}
	return c.finish(o, func(w io.Writer) error {
		_, err := comp.WriteTo(w)
		return err
	})
}

func (c *cli) eval(args []string) int {
	o, err := c.parse("eval", args)
	if err != nil {
		return c.usageError(err.Error())
	}
	if o.corpus != "" {
		return c.evalCorpus(o)
	}
	if o.gold == "" {
		return c.usageError("kg eval needs --gold FILE (or --corpus DIR)")
	}
	data, err := os.ReadFile(o.gold)
	if err != nil {
		c.errorf("%v", err)
		return exitInput
	}
	gold, err := eval.ParseGold(data)
	if err != nil {
		c.errorf("%s: %v", o.gold, err)
		return exitInput
	}
	if sec := eval.EntitiesSection(data); sec != nil && len(o.dicts) == 0 {
		// The gold file holds the text's whole annotation: its entities
		// are the dictionary, with the built-in rules.
		ents, err := dict.Load(o.gold, sec)
		if err != nil {
			c.dictErrors(err)
			return exitBadDict
		}
		o.goldEntities = ents
	}
	x, d, code := c.extractor(o, false)
	if code != exitOK {
		return code
	}
	if err := gold.Check(d); err != nil {
		c.errorf("%s: %v", o.gold, err)
		var names []string
		for _, r := range d.Relations {
			names = append(names, r.Name)
		}
		c.hint("the relations are %s", strings.Join(names, ", "))
		return exitInput
	}
	return c.finish(o, func(w io.Writer) error {
		var facts []extract.Fact
		var texts []eval.Text
		err := c.each(o, x, nil, func(r result) error {
			facts = append(facts, r.Facts...)
			// Explain wants mentions relative to the block they are in.
			ms := make([]extract.Mention, len(r.Mentions))
			for i, m := range r.Mentions {
				m.Start -= r.base
				m.End -= r.base
				ms[i] = m
			}
			texts = append(texts, eval.Text{Src: r.data, Mentions: ms})
			return nil
		})
		if err != nil {
			return err
		}
		rep := eval.Evaluate(d, gold, facts)
		rep.Explain(d, texts)
		return rep.Write(w)
	})
}

// evalCorpus scores kg on every text of an evaluation corpus, each with
// its own entities (dict.yaml or the gold file's) and the built-in
// relation rules plus those of --dict files.
func (c *cli) evalCorpus(o *options) int {
	texts, err := eval.LoadCorpus(o.corpus)
	if err != nil {
		if dict.AsErrorList(err) != nil {
			c.dictErrors(err)
			return exitBadDict
		}
		c.errorf("%v", err)
		return exitInput
	}
	rules, code := c.userDicts(o.dicts)
	if code != exitOK {
		return code
	}
	opt := extract.Options{NoFuzzy: o.noFuzzy, NoCoref: o.noCoref}
	rep, err := eval.EvaluateCorpus(texts, rules.WithoutEntities(), func(d *dict.Dictionary, id string, text []byte) ([]extract.Fact, []extract.Mention) {
		res := extract.New(d, opt).Extract(id, text)
		return res.Facts, res.Mentions
	})
	if err != nil {
		c.errorf("%v", err)
		return exitInput
	}
	return c.finish(o, rep.Write)
}

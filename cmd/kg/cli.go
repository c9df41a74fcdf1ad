package main

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
	"github.com/kg-graph/kg/extract/corpus"
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
	// exitBrokenPipe is what shells report for a process ended by
	// SIGPIPE: the reader of standard output went away.
	exitBrokenPipe = 141
)

//go:embed seed/ilya-interview-zh.txt
var defaultArticle []byte

// defaultDoc names the embedded article in output.
const defaultDoc = "ilya-interview-zh.txt"

// cli is one invocation's streams and what it decided.
type cli struct {
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
	// stderrFile is standard error when it is a file, for the terminal
	// check: stderr is wrapped for use from several goroutines.
	stderrFile *os.File
	verbose    bool // -v: say what kg decided for the user
	status     int  // the exit status of help, which cobra cannot return

	// dictRules: a --dict file had relation rules, lexicons or
	// constructions, which the dictionary cache does not keep.
	dictRules bool
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run, stopping early when ctx is cancelled (SIGINT).
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{ctx: ctx, stdin: stdin, stdout: stdout, stderr: &syncWriter{w: stderr}}
	c.stderrFile, _ = stderr.(*os.File)
	root := c.command()
	// Cobra reads os.Args for nil args: no arguments must stay none.
	root.SetArgs(append([]string{}, args...))
	err := root.ExecuteContext(ctx)
	var ex exitError
	switch {
	case errors.As(err, &ex):
		return int(ex)
	case err != nil:
		cmd, _, ferr := root.Find(args)
		if ferr != nil {
			cmd = root
		}
		c.errorf("%v", err)
		c.hint("run %s for usage", helpCommand(cmd))
		return exitUsage
	}
	return c.status
}

// exitError ends a command with a status, its messages already printed.
type exitError int

func (e exitError) Error() string { return "exit status " + strconv.Itoa(int(e)) }

// exit turns a command's status into what cobra's RunE returns.
func exit(code int) error {
	if code == exitOK {
		return nil
	}
	return exitError(code)
}

// print writes s to standard output: a write error (a full disk) is an
// error like any other.
func (c *cli) print(s string) int {
	if _, err := io.WriteString(c.stdout, s); err != nil {
		return c.writeError(err)
	}
	return exitOK
}

// writeError reports a failed write to the output. A closed pipe is the
// reader's choice, not kg's failure: it ends kg quietly with the status
// of a process killed by SIGPIPE, as grep and cat end. (On a real
// standard output the Go runtime has already done so; this covers other
// writers.)
func (c *cli) writeError(err error) int {
	if errors.Is(err, syscall.EPIPE) {
		return exitBrokenPipe
	}
	c.errorf("writing output: %v", err)
	return exitInput
}

func (c *cli) errorf(format string, a ...any) {
	fmt.Fprintf(c.stderr, "kg: error: "+format+"\n", a...)
}

func (c *cli) hint(format string, a ...any) {
	fmt.Fprintf(c.stderr, "kg: hint: "+format+"\n", a...)
}

func (c *cli) note(format string, a ...any) {
	fmt.Fprintf(c.stderr, "kg: note: "+format+"\n", a...)
}

// usageError reports a mistake in the command line of cmd.
func (c *cli) usageError(cmd *cobra.Command, msg string) int {
	c.errorf("%s", msg)
	c.hint("run %s for usage", helpCommand(cmd))
	return exitUsage
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
		o.overlap = corpus.Overlap(append([]*dict.Dictionary{d}, compiledDicts(compiled)...)...)
		opt := extract.Options{NoFuzzy: o.noFuzzy, NoCoref: o.noCoref, NoRelations: noRelations, Fold: o.fold}
		x = extract.NewFromCompiled(d, o.own, compiled, opt)
		// The relation rules compile while the input is read and its
		// first mentions are found.
		go x.Prepare()
		tuneGC()
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
	dc, key := c.dictCacheKey(o)
	if key != nil {
		if d := c.cachedDict(o, dc, key, base); d != nil {
			return d, nil, exitOK
		}
	}
	d, compiled, names, code := c.mergeDicts(base, o.dicts, true)
	if code != exitOK {
		return nil, nil, code
	}
	if key != nil && len(compiled) == 0 && !c.dictRules {
		c.cacheDict(o, dc, key, d)
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
			c.dictRules = c.dictRules || len(d.Relations)+len(d.Lexicons)+len(d.Constructions) > 0
		}
	}
	if bad {
		return nil, nil, nil, exitBadDict
	}
	// The user's dictionaries are authoritative: base's entities give way
	// where an id or a form meets theirs.
	var notes []string
	ds[0], notes = dict.Yield(base, append(ds[1:], compiledDicts(cs)...)...)
	if c.verbose {
		for _, n := range notes {
			fmt.Fprintf(c.stderr, "kg: note: %s\n", n)
		}
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
// else a TSV gazetteer (.tsv) or YAML, both read a line at a time.
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
	case match.IsOlderCompiled(head):
		return nil, nil, fmt.Errorf("%s: compiled by an older kg: compile it again with kg dict compile", path)
	case damagedMagic(head):
		return nil, nil, fmt.Errorf("%s: compiled dictionary: damaged (its first bytes are not %q)", path, match.CompiledMagic)
	case strings.EqualFold(filepath.Ext(path), ".tsv"):
		d, err := dict.LoadTSV(path, br)
		return d, nil, err
	}
	d, err := dict.LoadYAML(path, br)
	if err != nil && dict.AsErrorList(err) == nil {
		return nil, nil, fmt.Errorf("dictionary: %w", err)
	}
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

// graphWriters are the commands that write the whole graph at the end.
var graphWriters = map[string]func(*graph.Graph, io.Writer) error{
	"dot":   (*graph.Graph).WriteDOT,
	"facts": (*graph.Graph).WriteFacts,
}

// extract runs kg extract, dot, mentions or facts.
func (c *cli) extract(cmd string, o *options) int {
	x, d, code := c.extractor(o, cmd == "mentions")
	if code != exitOK {
		return code
	}
	switch cmd {
	case "extract":
		return c.writeNQuads(o, x, d)
	case "dot", "facts":
		return c.writeGraph(o, x, d, graphWriters[cmd])
	}
	// Mentions stream straight out, encoded on the workers.
	return c.finish(o, func(w io.Writer) error {
		prepare := func(r *corpus.Result) {
			var b bytes.Buffer
			r.Err = corpus.WriteMentions(&b, r.Mentions)
			r.Out = b.Bytes()
		}
		return c.each(o, x, prepare, func(r corpus.Result) error {
			if r.Err == nil {
				_, r.Err = w.Write(r.Out)
			}
			if r.Err != nil {
				return fmt.Errorf("writing output: %w", r.Err)
			}
			return nil
		})
	})
}

// writeNQuads extracts from every input and writes N-Quads as it goes,
// a document (or a block of one) at a time: its facts' statements are
// made on the workers, and those of the entities and relations not yet
// written are added in input order.
func (c *cli) writeNQuads(o *options, x *extract.Extractor, d *dict.Dictionary) int {
	return c.finish(o, func(w io.Writer) error {
		opt, err := o.graphOptions(d)
		if err != nil {
			return err
		}
		nw, err := graph.NewNQuadsWriter(w, opt)
		if err != nil {
			return err
		}
		prepare := func(r *corpus.Result) {
			r.Out, r.Err = nw.FormatFacts(r.Facts)
		}
		var ents []*dict.Entity
		err = c.each(o, x, prepare, func(r corpus.Result) error {
			if r.Err != nil {
				return r.Err
			}
			ents = ents[:0]
			for _, m := range r.Mentions {
				ents = append(ents, m.Entity)
			}
			return nw.WriteChunk(r.Out, ents, r.Facts)
		})
		if err == nil {
			err = nw.Close()
		}
		if err != nil && !graphError(err) && !errors.Is(err, context.Canceled) {
			return fmt.Errorf("writing output: %w", err)
		}
		return err
	})
}

// graphError reports whether err is the graph's refusal of what
// extraction found, not a failure to write.
func graphError(err error) bool {
	return errors.Is(err, graph.ErrEntity) || errors.Is(err, graph.ErrDuplicateID) || errors.Is(err, graph.ErrFact) || errors.Is(err, graph.ErrBase)
}

// writeGraph extracts from every input, builds the graph and writes it
// with write.
func (c *cli) writeGraph(o *options, x *extract.Extractor, d *dict.Dictionary, write func(*graph.Graph, io.Writer) error) int {
	return c.finish(o, func(w io.Writer) error {
		g, err := c.buildGraph(o, x, d)
		if err != nil {
			return err
		}
		if err := write(g, w); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	})
}

// buildGraph extracts from every input and builds the graph of the facts
// found and of the entities mentioned. Facts and the entities they need
// are kept, not the text, for the sorted graph.
func (c *cli) buildGraph(o *options, x *extract.Extractor, d *dict.Dictionary) (*graph.Graph, error) {
	opt, err := o.graphOptions(d)
	if err != nil {
		return nil, err
	}
	var facts []extract.Fact
	var ents entitySet
	err = c.each(o, x, nil, func(r corpus.Result) error {
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

// finish writes the output and turns what happened into an exit status.
func (c *cli) finish(o *options, write func(io.Writer) error) int {
	return c.outcome(o, c.output(o.out, write), o.out == "" || o.out == "-")
}

// outcome is the exit status of a command that ended with err, having
// written to standard output if stdout.
func (c *cli) outcome(o *options, err error, stdout bool) int {
	switch {
	case errors.Is(err, context.Canceled):
		c.errorf("interrupted")
		return exitInterrupted
	case errors.Is(err, syscall.EPIPE) && stdout:
		return exitBrokenPipe // see writeError
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
func (c *cli) each(o *options, x *extract.Extractor, prepare func(*corpus.Result), handle func(corpus.Result) error) error {
	r := &corpus.Reader{Stdin: c.stdin, JSONLines: o.jsonl, DocBase: o.docBase, Shard: o.shard, Shards: o.shards, Overlap: o.overlap, Survey: x,
		OnError:   func(err error) { c.errorf("%v", err) },
		OnWarning: func(err error) { fmt.Fprintf(c.stderr, "kg: warning: %v\n", err) }}
	src := r.Files(o.files)
	if o.demo {
		src = corpus.Text(defaultDoc, defaultArticle)
	}
	prog := newProgress(c.stderr, c.stderrFile, o.quiet, totalSize(o.files))
	err := corpus.Run(c.ctx, x, src, corpus.Options{Jobs: o.jobs, Prepare: prepare}, func(res corpus.Result) error {
		base, data := res.Owned()
		if first, n := corpus.InvalidUTF8(data); n > 0 {
			fmt.Fprintf(c.stderr, "kg: warning: %s: invalid UTF-8 at byte %d (%d bad bytes); shown as U+FFFD in output, offsets unchanged\n", res.Doc, base+first, n)
		}
		prog.add(res)
		return handle(res)
	})
	prog.finish()
	if err == nil {
		o.failed += r.Failed() // the reader has finished
	}
	return err
}

// totalSize is the size of the inputs, for the progress bar's percentage
// and time left, or 0 when it is not known beforehand (standard input, a
// FIFO). A directory counts the files kg reads from it.
func totalSize(files []string) int64 {
	var n int64
	add := func(path string) bool {
		fi, err := os.Stat(path)
		switch {
		case err == nil && fi.Mode().IsRegular():
			n += fi.Size()
		case err == nil && fi.IsDir():
			filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
				if err == nil && d.Type().IsRegular() && corpus.TextFile(p) {
					if fi, err := d.Info(); err == nil {
						n += fi.Size()
					}
				}
				return nil
			})
		default:
			return false
		}
		return true
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			matches, _ := filepath.Glob(f)
			for _, m := range matches {
				add(m)
			}
			continue
		}
		if !add(f) {
			return 0
		}
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

func (c *cli) dictCheck(files, texts []string) int {
	d, code := c.userDicts(files)
	if code != exitOK {
		return code
	}
	s := dict.Summarize(d)
	for _, w := range s.Warnings {
		fmt.Fprintf(c.stderr, "kg: warning: %s\n", w)
	}
	if len(texts) == 0 {
		return c.print(s.String())
	}
	return c.dictCheckText(d, s.String(), texts)
}

func (c *cli) dictCompile(o *options) int {
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

func (c *cli) eval(o *options) int {
	if o.corpus != "" {
		return c.evalCorpus(o)
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
		err := c.each(o, x, nil, func(r corpus.Result) error {
			facts = append(facts, r.Facts...)
			// Explain wants mentions relative to the block they are in.
			ms := make([]extract.Mention, len(r.Mentions))
			for i, m := range r.Mentions {
				m.Start -= r.Base
				m.End -= r.Base
				ms[i] = m
			}
			texts = append(texts, eval.Text{Src: r.Data, Mentions: ms})
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
	opt := extract.Options{NoFuzzy: o.noFuzzy, NoCoref: o.noCoref, Fold: o.fold}
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

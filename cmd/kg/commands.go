package main

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime"
	"slices"
	"strconv"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/corpus"
	"github.com/kg-graph/kg/extract/match"
	"github.com/kg-graph/kg/graph"
)

// Adding a command: write a constructor func (c *cli) fooCmd() *cobra.Command
// in its own file, give its flags with c.flags (the groups below, or its
// own on cmd.Flags()), end its RunE with return exit(code), and list it in
// subcommands. Help, kg help foo, the man page, completion and the README
// check pick it up from there.

// subcommands are kg's commands, in the order kg help lists them.
func (c *cli) subcommands() []*cobra.Command {
	return []*cobra.Command{
		c.graphCmd("extract", "N-Quads, one graph per fact with its evidence (default)", false),
		c.graphCmd("dot", "Graphviz DOT of the entities and relations", false),
		c.graphCmd("mentions", "every mention as a JSON line", false),
		c.graphCmd("facts", "every fact with its evidence as a JSON line", false),
		c.exportCmd(false),
		c.vocabCmd(),
		c.evalCmd(false),
		c.demoCmd(),
		c.suggestCmd(),
		c.dictCmd(),
		c.versionCmd(),
		c.completionCmd(),
		c.manCmd(),
	}
}

// options are what a command's flags and arguments say.
type options struct {
	dicts     []string
	noBuiltin bool
	noFuzzy   bool
	noCoref   bool
	noCache   bool // build the dictionary, without kg's cache of compiled ones
	fold      match.Fold
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
	version   bool // kg --version
	demo      bool // read the embedded article, whatever stdin is
	files     []string
	failed    int // inputs that could not be read
	exportOptions
	// goldEntities are the entities of kg eval's gold file, when it has
	// them and no --dict is given: they replace the built-in ones.
	goldEntities *dict.Dictionary

	// own is the automaton over the dictionary's entities, from the cache
	// or built for it, or nil to leave building it to the extractor.
	own *match.Compiled
}

// Flag groups: a command takes those that make sense for it.
const (
	dictFlags   = 1 << iota // --dict, --no-builtin, --no-fuzzy, --no-coref, -v
	outputFlags             // --base, -o
	corpusFlags             // -j, --shard, --jsonl, --doc-base, -q
)

// groupAnnotation puts a flag under a heading of its own in help.
const groupAnnotation = "kg-group"

// flags defines the groups of flags on fs, bound to o. In a usage text,
// the word in backquotes names the value.
func (c *cli) flags(fs *pflag.FlagSet, o *options, groups int) {
	fs.SortFlags = false
	if groups&dictFlags != 0 {
		fs.StringArrayVar(&o.dicts, "dict", nil, "add a dictionary `FILE` (repeatable): YAML, a TSV gazetteer\n(.tsv: name<TAB>type<TAB>alias|alias...), or a file from\nkg dict compile; it wins where it meets a built-in entity")
		fs.BoolVar(&o.noBuiltin, "no-builtin", false, "leave out the built-in entities (the relation rules stay)")
		fs.BoolVar(&o.noFuzzy, "no-fuzzy", false, "match aliases exactly, with no typo tolerance")
		fs.BoolVar(&o.noCoref, "no-coref", false, "resolve no pronouns or noun phrases")
		fs.BoolVar(&o.noCache, "no-cache", false, "read the --dict files afresh: not from, nor into, the cache\nof compiled dictionaries in kg/dict under the user cache\ndirectory (~/.cache on Linux); deleting it is always safe")
		fs.Var((*foldValue)(&o.fold), "fold", "match written forms as one: `LIST` of han (Traditional as\nSimplified), dots, dashes, apostrophes, diacritics, suffixes,\npossessives, universities, or all (not for compiled dictionaries)")
		fs.BoolVarP(&c.verbose, "verbose", "v", false, "say which built-in entities gave way to a --dict")
	}
	if groups&outputFlags != 0 {
		fs.StringVar(&o.base, "base", graph.DefaultBase, "namespace of the `IRI`s kg makes (default "+graph.DefaultBase+")")
		fs.StringVarP(&o.out, "output", "o", "", "write to `FILE`, through a temporary file renamed when complete")
	}
	if groups&corpusFlags != 0 {
		fs.IntVarP(&o.jobs, "jobs", "j", runtime.NumCPU(), "`N` documents processed in parallel (default: all cores);\nthe output is the same")
		fs.StringVar(&o.shardSpec, "shard", "", "process only share `I/N` of the documents (0 <= I < N)")
		fs.BoolVar(&o.jsonl, "jsonl", false, "read every input as JSON Lines, {\"id\": ..., \"text\": ...}\na line (.jsonl and .ndjson files always are)")
		fs.StringVar(&o.docBase, "doc-base", "", "name each file's document by its path relative to `DIR`\n(default: the working directory); one outside it by its\nabsolute path, a file: IRI")
		fs.BoolVarP(&o.quiet, "quiet", "q", false, "no progress bar (drawn only on a terminal), no note")
		for _, name := range []string{"jobs", "shard", "jsonl", "doc-base", "quiet"} {
			fs.SetAnnotation(name, groupAnnotation, []string{"Corpus options"})
		}
	}
}

// command builds kg's command tree. kg alone is kg extract.
func (c *cli) command() *cobra.Command {
	o := &options{}
	root := &cobra.Command{
		Use:   "kg",
		Short: "kg turns text about people, projects and institutions into a knowledge graph.",
		Long: `With no FILE, kg reads standard input when it is a pipe or a file, and its
embedded article (an interview with Ilya Sutskever) when it is a terminal or
/dev/null, saying so; kg demo reads the article whatever standard input is.
"-" reads standard input. FILE may be a directory (read recursively: .txt .text
.md .jsonl .ndjson) or a glob. Options and files may come in any order, and
options before the command.`,
		Args:          cobra.NoArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.version {
				return exit(c.print(versionText()))
			}
			return exit(c.runGraph(cmd, "extract", o, args))
		},
	}
	root.SetOut(c.stdout)
	root.SetErr(c.stderr)
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetHelpFunc(func(cmd *cobra.Command, _ []string) { c.status = c.print(helpText(cmd)) })
	root.SetHelpCommand(c.helpCmd())
	c.flags(root.Flags(), o, dictFlags|outputFlags|corpusFlags)
	provenanceFlag(root.Flags(), o)
	root.Flags().BoolVar(&o.version, "version", false, "the version")
	root.Flags().MarkHidden("version")
	// Known to the root so that kg --fuzzy dict compile and kg --context
	// vocab find the command: the root takes no value after them.
	for _, name := range []string{"fuzzy", "context"} {
		root.Flags().Bool(name, false, "")
		root.Flags().MarkHidden(name)
	}
	for i, sub := range c.subcommands() {
		sub.Annotations = maps.Clone(sub.Annotations)
		if sub.Annotations == nil {
			sub.Annotations = map[string]string{}
		}
		sub.Annotations[orderAnnotation] = strconv.Itoa(i)
		root.AddCommand(sub)
	}
	return root
}

// graphCmd is extract, dot, mentions or facts: the embedded article's,
// with demo.
func (c *cli) graphCmd(name, short string, demo bool) *cobra.Command {
	o := &options{demo: demo}
	use := name + " [options] [FILE|-]..."
	if demo {
		use = name + " [options]"
		short = "the same, of the embedded article"
	}
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		RunE: func(cmd *cobra.Command, args []string) error {
			return exit(c.runGraph(cmd, name, o, args))
		},
	}
	c.flags(cmd.Flags(), o, dictFlags|outputFlags|corpusFlags)
	if name == "extract" {
		provenanceFlag(cmd.Flags(), o)
	}
	return cmd
}

func (c *cli) runGraph(cmd *cobra.Command, name string, o *options, args []string) int {
	if code := c.check(cmd, o, args); code != exitOK {
		return code
	}
	if _, err := o.graphOptions(nil); err != nil {
		return c.usageError(cmd, err.Error())
	}
	return c.extract(name, o)
}

func (c *cli) evalCmd(demo bool) *cobra.Command {
	o := &options{demo: demo}
	cmd := &cobra.Command{
		Use:   "eval --gold GOLD [options] [FILE|-]...",
		Short: "precision, recall and F1 against a gold file",
		Long: `kg eval --corpus DIR [--dict FILE]... scores every text of an evaluation corpus
instead: each folder of DIR with a gold.yaml and a text.txt, with its own
entities (dict.yaml, else the gold file's) and the built-in relation rules plus
those of the --dict files.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.corpus != "" {
				return exit(c.eval(o))
			}
			if o.gold == "" {
				return exit(c.usageError(cmd, "kg eval needs --gold FILE (or --corpus DIR)"))
			}
			if code := c.check(cmd, o, args); code != exitOK {
				return exit(code)
			}
			return exit(c.eval(o))
		},
	}
	if demo {
		cmd.Use = "eval --gold GOLD [options]"
		cmd.Short = "the same, of the embedded article"
		cmd.Long = ""
	}
	cmd.Flags().SortFlags = false
	cmd.Flags().StringVar(&o.gold, "gold", "", "the gold `FILE`: the relations the text states")
	if !demo {
		cmd.Flags().StringVar(&o.corpus, "corpus", "", "score the evaluation corpus in `DIR`")
	}
	c.flags(cmd.Flags(), o, dictFlags|outputFlags|corpusFlags)
	return cmd
}

// demoCmd runs a command on the embedded article: the README's first
// command, true whatever standard input is.
func (c *cli) demoCmd() *cobra.Command {
	o := &options{demo: true}
	cmd := &cobra.Command{
		Use:   "demo [extract|dot|mentions|facts|export|eval] [options]",
		Short: "a command on the embedded article (default extract)",
		Long: `kg demo reads the embedded article, an interview with Ilya Sutskever in Chinese
with English names, with the built-in dictionary, whatever standard input is:
kg demo dot | dot -Tsvg > ilya.svg, kg demo eval --gold testdata/ilya-gold.yaml,
kg demo export --format neo4j -o ilya.neo4j.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return exit(c.runGraph(cmd, "extract", o, args))
		},
	}
	c.flags(cmd.Flags(), o, dictFlags|outputFlags|corpusFlags)
	provenanceFlag(cmd.Flags(), o)
	cmd.AddCommand(
		c.graphCmd("extract", "", true),
		c.graphCmd("dot", "", true),
		c.graphCmd("mentions", "", true),
		c.graphCmd("facts", "", true),
		c.exportCmd(true),
		c.evalCmd(true),
	)
	return cmd
}

func (c *cli) dictCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dict check|compile",
		Short: "check or compile dictionaries",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return exit(c.usageError(cmd, "kg dict needs a subcommand: kg dict check FILE... or kg dict compile FILE... -o OUT"))
		},
	}
	cmd.Annotations = map[string]string{listChildren: "yes"}
	var texts []string
	check := &cobra.Command{
		Use:   "check FILE... [--text TEXT]...",
		Short: "validate dictionaries, print a summary and warnings;\n--text: what matches in a text",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return exit(c.usageError(cmd, "kg dict check needs at least one FILE"))
			}
			return exit(c.dictCheck(args, texts))
		},
	}
	check.Flags().StringArrayVar(&texts, "text", nil, "also match the dictionaries in `FILE` (repeatable) and list\nthe entities never found, those found only by folding or typo\ntolerance, and aliases that match suspiciously often")
	o := &options{}
	compile := &cobra.Command{
		Use:   "compile [--fuzzy] FILE... -o OUT",
		Short: "build the matcher once, save it with the entities;\n--fuzzy adds the typo index (as big again)",
		RunE: func(cmd *cobra.Command, args []string) error {
			o.files = args
			if len(o.files) == 0 || o.out == "" {
				return exit(c.usageError(cmd, "kg dict compile needs FILE... and -o OUT"))
			}
			return exit(c.dictCompile(o))
		},
	}
	compile.Flags().SortFlags = false
	compile.Flags().BoolVar(&o.fuzzy, "fuzzy", false, "include the typo-tolerance index")
	compile.Flags().StringVarP(&o.out, "output", "o", "", "write to `FILE`, through a temporary file renamed when complete")
	cmd.AddCommand(check, compile)
	return cmd
}

func (c *cli) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "the version, commit and date of this build",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return exit(c.print(versionText()))
		},
	}
}

func (c *cli) completionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish",
		Short: "a shell script that completes kg's commands and options",
		Long: `Load it for this shell, or save it where the shell looks:
  bash  source <(kg completion bash)
        kg completion bash > ~/.local/share/bash-completion/completions/kg
  zsh   kg completion zsh > "${fpath[1]}/_kg"
  fish  kg completion fish > ~/.config/fish/completions/kg.fish`,
		ValidArgs: []string{"bash", "zsh", "fish"},
		Args:      cobra.MatchAll(cobra.ExactArgs(1), cobra.OnlyValidArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			var b bytes.Buffer
			var err error
			switch root := cmd.Root(); args[0] {
			case "bash":
				err = root.GenBashCompletionV2(&b, true)
			case "zsh":
				err = root.GenZshCompletion(&b)
			case "fish":
				err = root.GenFishCompletion(&b, true)
			}
			if err != nil {
				c.errorf("%v", err)
				return exit(exitInput)
			}
			return exit(c.print(b.String()))
		},
	}
}

func (c *cli) manCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "the manual page, kg.1, made from this help",
		Long: `Install it where man finds it, beside kg:
  mkdir -p "$(go env GOPATH)/share/man/man1"
  kg man > "$(go env GOPATH)/share/man/man1/kg.1"
or system-wide: kg man | sudo tee /usr/local/share/man/man1/kg.1 >/dev/null`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return exit(c.print(manPage(cmd.Root())))
		},
	}
}

// helpCmd is kg help [COMMAND...].
func (c *cli) helpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]...",
		Short: "this text, or a command's (also kg COMMAND --help)",
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := cmd.Root().Find(args)
			if err != nil || len(rest) > 0 {
				return exit(c.usageError(cmd.Root(), fmt.Sprintf("no command %q", args)))
			}
			return exit(c.print(helpText(target)))
		},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			target, _, err := cmd.Root().Find(args)
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var names []cobra.Completion
			for _, s := range target.Commands() {
				if s.IsAvailableCommand() {
					names = append(names, cobra.CompletionWithDesc(s.Name(), s.Short))
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
	}
}

// check validates the options and arguments of a command that reads
// input, and decides what it reads when no FILE is given.
func (c *cli) check(cmd *cobra.Command, o *options, args []string) int {
	o.files = args
	if o.jobs < 1 {
		return c.usageError(cmd, fmt.Sprintf("-j %d: want at least 1", o.jobs))
	}
	if o.jobs > maxJobs {
		return c.usageError(cmd, fmt.Sprintf("-j %d: want at most %d", o.jobs, maxJobs))
	}
	if err := graph.CheckBase(o.base); err != nil {
		return c.usageError(cmd, fmt.Sprintf("--base: %v", err))
	}
	if len(o.files)-len(slices.DeleteFunc(slices.Clone(o.files), func(f string) bool { return f == "-" })) > 1 {
		return c.usageError(cmd, `"-" given twice: standard input can be read once`)
	}
	o.shards = 1
	if o.shardSpec != "" {
		var err error
		if o.shard, o.shards, err = corpus.ParseShard(o.shardSpec); err != nil {
			return c.usageError(cmd, fmt.Sprintf("--shard %q: %v", o.shardSpec, err))
		}
	}
	switch {
	case o.demo && len(o.files) > 0:
		return c.usageError(cmd, "kg demo reads the embedded article: give it no FILE")
	case o.demo:
	case len(o.files) == 0 && stdinHasData(c.stdin):
		o.files = []string{"-"}
	case len(o.files) == 0:
		o.demo = true
		if !o.quiet {
			c.note("no FILE, and standard input is a terminal or empty: reading the embedded article (kg demo does so without this note)")
		}
	}
	return exitOK
}

// stdinHasData reports whether standard input holds the text to read when
// no FILE is given: a pipe, a file or a socket does; a character device (a
// terminal, or /dev/null, which the Go runtime also puts in the place of a
// closed standard input) does not. A reader that is no file is data.
func stdinHasData(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return r != nil
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice == 0
}

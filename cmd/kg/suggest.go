package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract/corpus"
	"github.com/kg-graph/kg/extract/suggest"
)

// suggestCmd is kg suggest: the names the dictionaries lack, as a
// dictionary stub to review.
func (c *cli) suggestCmd() *cobra.Command {
	o := &options{}
	var top int
	cmd := &cobra.Command{
		Use:   "suggest [--dict FILE]... FILE|DIR...",
		Short: "candidate entities the dictionaries lack, as a YAML stub to review",
		Long: `kg suggest reads texts and proposes the names the dictionaries (the built-in
one and each --dict) do not cover, best first, with a guessed type, the forms
found, a count and two example sentences; forms of a known entity (a surname,
initials, a company suffix, a Traditional or otherwise folded form) come as
aliases of it. The YAML stub marks every entry "reviewed: false", which kg
refuses: check each entry, fix or delete it, remove the mark, then give the file
to --dict. --jsonl writes one JSON object a candidate instead.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return exit(c.usageError(cmd, "kg suggest needs at least one FILE or DIR"))
			}
			o.files = args
			return exit(c.suggest(o, top))
		},
	}
	cmd.Flags().SortFlags = false
	c.flags(cmd.Flags(), o, dictFlags)
	cmd.Flags().IntVarP(&top, "top", "n", 200, "at most `N` candidates (0: all)")
	cmd.Flags().BoolVar(&o.jsonl, "jsonl", false, "JSON Lines, one candidate a line, instead of YAML")
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "write to `FILE`, through a temporary file renamed when complete")
	return cmd
}

func (c *cli) suggest(o *options, top int) int {
	d, _, code := c.loadDict(o)
	if code != exitOK {
		return code
	}
	var docs []suggest.Document
	failed := false
	r := &corpus.Reader{Stdin: c.stdin, OnError: func(err error) { c.errorf("%v", err); failed = true }}
	r.Files(o.files)(func(p corpus.Part) bool {
		if n := len(docs); n > 0 && docs[n-1].Name == p.Doc {
			_, data := p.Owned()
			docs[n-1].Text = append(docs[n-1].Text, data...)
		} else {
			_, data := p.Owned()
			docs = append(docs, suggest.Document{Name: p.Doc, Text: append([]byte(nil), data...)})
		}
		return true
	})
	cands := suggest.Suggest(d, docs, suggest.Options{})
	if top > 0 && len(cands) > top {
		cands = cands[:top]
	}
	code = c.finish(o, func(w io.Writer) error {
		if o.jsonl {
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			for _, k := range cands {
				if err := enc.Encode(k); err != nil {
					return err
				}
			}
			return nil
		}
		return writeStub(w, cands)
	})
	if code == exitOK && failed {
		return exitInput
	}
	return code
}

// writeStub writes candidates as a dictionary for kg to refuse until each
// entry is reviewed: new entities first, then aliases of known ones (an
// entry with the known entity's id, which merges into it).
func writeStub(w io.Writer, cands []suggest.Candidate) error {
	var b strings.Builder
	b.WriteString("# kg suggest: names the dictionaries lack, best first. Review each entry:\n")
	b.WriteString("# fix its name, type and aliases or delete it, then delete \"reviewed: false\".\n")
	b.WriteString("# kg refuses this file while an entry is not reviewed.\n")
	b.WriteString("entities:\n")
	for _, alias := range []bool{false, true} {
		for _, k := range cands {
			if (k.AliasOf != "") != alias {
				continue
			}
			fmt.Fprintf(&b, "  # %s, %d×, score %.2f", k.Why, k.Count, k.Score)
			if alias {
				fmt.Fprintf(&b, "; a form of %s", k.AliasOfName)
			}
			b.WriteString("\n")
			for _, e := range k.Examples {
				fmt.Fprintf(&b, "  #   %s\n", e)
			}
			if alias {
				fmt.Fprintf(&b, "  - id: %s\n    name: %s\n    type: %s\n    aliases: %s\n", yamlString(k.AliasOf), yamlString(k.AliasOfName), k.Type, yamlList(k.Forms))
			} else {
				fmt.Fprintf(&b, "  - name: %s\n    type: %s\n", yamlString(k.Name), k.Type)
				if len(k.Forms) > 1 {
					fmt.Fprintf(&b, "    aliases: %s\n", yamlList(k.Forms[1:]))
				}
			}
			b.WriteString("    reviewed: false\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// yamlString quotes s as a JSON string, which YAML reads as it is.
func yamlString(s string) string {
	q, _ := json.Marshal(s)
	return string(q)
}

func yamlList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = yamlString(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// dictCheckText is kg dict check --text: the summary, then how the
// dictionary fares on the texts.
func (c *cli) dictCheckText(d *dict.Dictionary, summary string, files []string) int {
	var texts [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			c.errorf("%v", err)
			return exitInput
		}
		texts = append(texts, data)
	}
	r := suggest.CheckDict(d, texts)
	var b strings.Builder
	b.WriteString(summary)
	list := func(title string, xs []string) {
		fmt.Fprintf(&b, "%s: %d\n", title, len(xs))
		for _, x := range xs {
			fmt.Fprintf(&b, "  %s\n", x)
		}
	}
	list("never matched", r.Unmatched)
	list("matched only by folding (kg --fold all finds them)", r.OnlyFolded)
	list("matched only by typo tolerance", r.OnlyFuzzy)
	list("aliases that match suspiciously often", r.Frequent)
	return c.print(b.String())
}

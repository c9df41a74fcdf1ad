package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// listChildren, as a command's annotation, makes kg help list its
// subcommands in its place (kg dict check, kg dict compile).
const listChildren = "kg-list-children"

// The help text, the man page and the README's command section are all
// made from the commands' Use, Short and Long and their flags' usage.

const exitStatusText = `Exit status: 0 success, 1 an input or output failed, 2 usage, 3 bad dictionary,
130 interrupted, 141 the reader of the output went away (kg extract | head).`

// helpCommand is how to ask for cmd's help.
func helpCommand(cmd *cobra.Command) string {
	if !cmd.HasParent() {
		return "kg help"
	}
	return "kg help " + strings.TrimPrefix(cmd.CommandPath(), "kg ")
}

// orderAnnotation keeps the order of subcommands for help: cobra sorts
// them by name.
const orderAnnotation = "kg-order"

// ordered are root's commands in the order subcommands gives them, help
// last.
func ordered(root *cobra.Command) []*cobra.Command {
	cmds := slices.Clone(root.Commands())
	slices.SortStableFunc(cmds, func(a, b *cobra.Command) int {
		pos := func(c *cobra.Command) int {
			if n, err := strconv.Atoi(c.Annotations[orderAnnotation]); err == nil {
				return n
			}
			return math.MaxInt
		}
		return cmp.Compare(pos(a), pos(b))
	})
	return cmds
}

// listed are the commands kg help lists, in order.
func listed(root *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	for _, cmd := range ordered(root) {
		if !cmd.IsAvailableCommand() && cmd.Name() != "help" {
			continue
		}
		if cmd.Annotations[listChildren] != "" {
			out = append(out, cmd.Commands()...)
			continue
		}
		out = append(out, cmd)
	}
	return out
}

// helpText is kg help for cmd: the overview for kg itself, else the
// command's usage, description and options.
func helpText(cmd *cobra.Command) string {
	var b strings.Builder
	if !cmd.HasParent() {
		b.WriteString(cmd.Short + "\n\nUsage:\n")
		for _, sub := range listed(cmd) {
			b.WriteString(twoColumns("  "+sub.CommandPath()+strings.TrimPrefix(sub.Use, sub.Name()), sub.Short, 38))
		}
		b.WriteString("\n" + cmd.Long + "\n")
		writeFlags(&b, cmd.Flags())
		b.WriteString("\nRun kg help COMMAND, or kg COMMAND --help, for a command's options.\n\n")
		b.WriteString(exitStatusText + "\n")
		return b.String()
	}
	b.WriteString("Usage:\n  " + strings.TrimSuffix(cmd.CommandPath(), cmd.Name()) + cmd.Use + "\n")
	b.WriteString("\n" + sentence(cmd.Short) + "\n")
	if cmd.Long != "" {
		b.WriteString("\n" + cmd.Long + "\n")
	}
	if subs := cmd.Commands(); len(subs) > 0 {
		b.WriteString("\nCommands:\n")
		for _, sub := range subs {
			if sub.IsAvailableCommand() {
				b.WriteString(twoColumns("  "+sub.CommandPath()+strings.TrimPrefix(sub.Use, sub.Name()), sub.Short, 38))
			}
		}
	}
	writeFlags(&b, cmd.Flags())
	return b.String()
}

// sentence makes a command's short description a sentence.
func sentence(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// twoColumns writes left, then right from column col (on the next line
// if left is too long), continuation lines of right indented to col.
func twoColumns(left, right string, col int) string {
	var b strings.Builder
	b.WriteString(left)
	if len(left)+2 > col {
		b.WriteString("\n" + strings.Repeat(" ", col))
	} else {
		b.WriteString(strings.Repeat(" ", col-len(left)))
	}
	b.WriteString(strings.ReplaceAll(right, "\n", "\n"+strings.Repeat(" ", col)) + "\n")
	return b.String()
}

// flagGroup is a heading and the flags under it.
type flagGroup struct {
	heading string
	flags   []*pflag.Flag
}

// groups sorts fs's visible flags under their headings, in order.
func groups(fs *pflag.FlagSet) []flagGroup {
	var gs []flagGroup
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		heading := "Options"
		if h := f.Annotations[groupAnnotation]; len(h) > 0 {
			heading = h[0]
		}
		for i := range gs {
			if gs[i].heading == heading {
				gs[i].flags = append(gs[i].flags, f)
				return
			}
		}
		gs = append(gs, flagGroup{heading, []*pflag.Flag{f}})
	})
	return gs
}

// flagName is how help shows a flag: -j, --jobs N.
func flagName(f *pflag.Flag) string {
	name := "--" + f.Name
	if f.Shorthand != "" {
		name = "-" + f.Shorthand + ", " + name
	}
	if v, _ := pflag.UnquoteUsage(f); f.Value.Type() != "bool" {
		name += " " + v
	}
	return name
}

func flagUsage(f *pflag.Flag) string {
	_, usage := pflag.UnquoteUsage(f)
	return usage
}

func writeFlags(b *strings.Builder, fs *pflag.FlagSet) {
	for _, g := range groups(fs) {
		b.WriteString("\n" + g.heading + ":\n")
		for _, f := range g.flags {
			b.WriteString(twoColumns("  "+flagName(f), flagUsage(f), 22))
		}
	}
}

// manPage is kg.1: the help of kg and of every command, in roff.
func manPage(root *cobra.Command) string {
	var b strings.Builder
	b.WriteString(".TH KG 1 \"\" \"kg\" \"User Commands\"\n")
	b.WriteString(".SH NAME\nkg \\- " + roff(strings.TrimSuffix(strings.TrimPrefix(root.Short, "kg "), ".")) + "\n")
	b.WriteString(".SH SYNOPSIS\n")
	for _, cmd := range listed(root) {
		b.WriteString(".B " + roff(cmd.CommandPath()) + "\n")
		if args := strings.TrimSpace(strings.TrimPrefix(cmd.Use, cmd.Name())); args != "" {
			b.WriteString(roff(args) + "\n")
		}
		b.WriteString(".br\n")
	}
	b.WriteString(".SH DESCRIPTION\n" + roff(root.Short) + "\n.PP\n" + roff(root.Long) + "\n")
	manFlags(&b, root.Flags(), ".SH")
	b.WriteString(".SH COMMANDS\n")
	var walk func(cmd *cobra.Command)
	walk = func(cmd *cobra.Command) {
		for _, sub := range ordered(cmd) {
			if !sub.IsAvailableCommand() && sub.Name() != "help" {
				continue
			}
			b.WriteString(".SS \"" + roff(strings.TrimSuffix(sub.CommandPath(), sub.Name())+sub.Use) + "\"\n")
			b.WriteString(roff(sentence(sub.Short)) + "\n")
			if sub.Long != "" {
				b.WriteString(".PP\n.nf\n" + roff(sub.Long) + "\n.fi\n")
			}
			for _, g := range groups(sub.Flags()) {
				for _, f := range g.flags {
					b.WriteString(".TP\n.B " + roff(flagName(f)) + "\n" + roff(strings.ReplaceAll(flagUsage(f), "\n", " ")) + "\n")
				}
			}
			walk(sub)
		}
	}
	walk(root)
	b.WriteString(".SH EXIT STATUS\n" + roff(strings.TrimPrefix(exitStatusText, "Exit status: ")) + "\n")
	b.WriteString(".SH SEE ALSO\nThe README of kg, and kg help.\n")
	return b.String()
}

func manFlags(b *strings.Builder, fs *pflag.FlagSet, heading string) {
	for _, g := range groups(fs) {
		fmt.Fprintf(b, "%s %s\n", heading, strings.ToUpper(g.heading))
		for _, f := range g.flags {
			b.WriteString(".TP\n.B " + roff(flagName(f)) + "\n" + roff(strings.ReplaceAll(flagUsage(f), "\n", " ")) + "\n")
		}
	}
}

// roff escapes text for a man page: backslashes, hyphens (a - in roff may
// become a typographic hyphen), and a line that starts with a dot or a
// quote, which roff would read as a request.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			lines[i] = `\&` + l
		}
	}
	return strings.Join(lines, "\n")
}

package dict

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Summary counts what a dictionary holds and lists what looks risky.
type Summary struct {
	Entities map[Type]int
	Aliases  int
	Rules    map[string]int // patterns per relation
	Warnings []string
}

// commonWords are English words that make poor case-insensitive aliases.
var commonWords = map[string]bool{
	"a": true, "an": true, "and": true, "are": true, "as": true, "at": true, "be": true, "by": true,
	"for": true, "from": true, "go": true, "he": true, "in": true, "is": true, "it": true, "le": true,
	"of": true, "on": true, "or": true, "she": true, "the": true, "this": true, "to": true, "was": true,
	"we": true, "with": true, "you": true, "apple": true, "amazon": true, "bootstrap": true,
	"transformer": true, "bottle": true, "tornado": true, "silver": true, "will": true, "may": true,
	"can": true, "new": true, "one": true, "us": true, "it's": true,
}

// Summarize describes d.
func Summarize(d *Dictionary) Summary {
	s := Summary{Entities: map[Type]int{}, Rules: map[string]int{}}
	for _, e := range d.Entities {
		s.Entities[e.Type]++
		for _, a := range e.Forms() {
			s.Aliases++
			text := strings.TrimSpace(a.Text)
			at := posString(a.Pos)
			switch {
			case utf8.RuneCountInString(text) == 1:
				s.Warnings = append(s.Warnings, fmt.Sprintf("%s: entity %q: one-letter alias %q matches too much", at, e.Name, text))
			case commonWords[strings.ToLower(text)] && !a.CaseSensitive && !a.Short:
				s.Warnings = append(s.Warnings, fmt.Sprintf("%s: entity %q: alias %q is a common word; mark it case_sensitive: true or short: true", at, e.Name, text))
			}
		}
	}
	for _, r := range d.Relations {
		s.Rules[r.Name] += len(r.Patterns)
	}
	return s
}

func (s Summary) String() string {
	var b strings.Builder
	n := 0
	for _, t := range Types {
		n += s.Entities[t]
	}
	fmt.Fprintf(&b, "entities: %d\n", n)
	for _, t := range Types {
		fmt.Fprintf(&b, "  %-13s %d\n", t+":", s.Entities[t])
	}
	fmt.Fprintf(&b, "aliases: %d\n", s.Aliases)
	rules := 0
	for _, c := range s.Rules {
		rules += c
	}
	fmt.Fprintf(&b, "relations: %d with %d patterns\n", len(s.Rules), rules)
	fmt.Fprintf(&b, "warnings: %d\n", len(s.Warnings))
	return b.String()
}

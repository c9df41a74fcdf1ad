package dict

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// DefaultGap is how many runes a bare ~ spans at most, and DefaultWideGap
// a bare ~~.
const (
	DefaultGap     = 8
	DefaultWideGap = 40
)

// ParsePattern compiles the source syntax described on Pattern, with no
// lexicons.
func ParsePattern(src string) (Pattern, error) {
	return ParsePatternWith(src, nil)
}

// ParsePatternWith is ParsePattern where @name stands for the words that
// words(name) gives: a lexicon or a relation's trigger class.
func ParsePatternWith(src string, words func(name string) ([]string, bool)) (Pattern, error) {
	p := Pattern{Source: src}
	lexicon := func(i int) (alts []string, next int, err error) {
		j := i + 1
		for j < len(src) && (src[j] == '_' || 'a' <= src[j]|0x20 && src[j]|0x20 <= 'z' || j > i+1 && '0' <= src[j] && src[j] <= '9') {
			j++
		}
		name := src[i+1 : j]
		if name == "" {
			return nil, 0, fmt.Errorf("@ at byte %d names no lexicon", i)
		}
		ws, ok := []string(nil), false
		if words != nil {
			ws, ok = words(name)
		}
		if !ok {
			return nil, 0, fmt.Errorf("unknown lexicon @%s", name)
		}
		alts = append([]string(nil), ws...)
		if j < len(src) && src[j] == '?' {
			alts = append(alts, "")
			j++
		}
		return alts, j, nil
	}
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			p.Elems = append(p.Elems, Elem{Kind: Lit, Alts: []string{lit.String()}})
			lit.Reset()
		}
	}
	subj, obj := 0, 0
	for i := 0; i < len(src); {
		c := src[i]
		switch c {
		case '{':
			j := strings.IndexByte(src[i:], '}')
			if j < 0 {
				return p, errors.New("unclosed {")
			}
			body := src[i+1 : i+j]
			flush()
			switch {
			case body == "s":
				subj++
				p.Elems = append(p.Elems, Elem{Kind: Subject})
			case body == "o":
				obj++
				p.Elems = append(p.Elems, Elem{Kind: Object})
			case strings.HasPrefix(body, "role:@"):
				alts, next, err := lexicon(i + len("{role:"))
				if err != nil {
					return p, err
				}
				if next != i+j || slices.Contains(alts, "") {
					return p, errors.New("{role:@name} takes one lexicon, not optional")
				}
				p.Elems = append(p.Elems, Elem{Kind: Role, Alts: alts})
			case strings.HasPrefix(body, "role:"):
				alts := strings.Split(body[len("role:"):], "|")
				for _, a := range alts {
					if a == "" {
						return p, errors.New("{role:...} alternatives must not be empty")
					}
				}
				p.Elems = append(p.Elems, Elem{Kind: Role, Alts: alts})
			default:
				return p, fmt.Errorf("unknown slot {%s}: use {s}, {o} or {role:a|b}", body)
			}
			i += j + 1
		case '(':
			j := strings.IndexByte(src[i:], ')')
			if j < 0 {
				return p, errors.New("unclosed (")
			}
			body := src[i+1 : i+j]
			if strings.ContainsAny(body, "({~") {
				return p, errors.New("alternatives hold plain text only")
			}
			var alts []string
			off := 0
			for _, a := range strings.Split(body, "|") {
				at := i + 1 + off
				off += len(a) + 1
				switch a {
				case "$":
					return p, errors.New(`"$" inside ( ) is the character itself: write the clause's end outside the parentheses, as (a|b|)$`)
				case "^":
					return p, errors.New(`"^" inside ( ) is the character itself: write the clause's start outside the parentheses, as ^(a|b|)`)
				}
				if !strings.HasPrefix(a, "@") {
					alts = append(alts, a)
					continue
				}
				// "(@adj |)": a lexicon's words, each followed by what
				// follows the name in the alternative.
				ws, next, err := lexicon(at)
				if err != nil {
					return p, err
				}
				rest := src[next : at+len(a)]
				for _, w := range ws {
					alts = append(alts, w+rest)
				}
			}
			flush()
			p.Elems = append(p.Elems, Elem{Kind: Lit, Alts: alts})
			i += j + 1
		case '@':
			alts, next, err := lexicon(i)
			if err != nil {
				return p, err
			}
			flush()
			p.Elems = append(p.Elems, Elem{Kind: Lit, Alts: alts})
			i = next
		case ')', '}', '|':
			return p, fmt.Errorf("unexpected %q at byte %d", c, i)
		case '$':
			flush()
			p.Elems = append(p.Elems, Elem{Kind: End})
			i++
		case '^':
			flush()
			p.Elems = append(p.Elems, Elem{Kind: Start})
			i++
		case '~':
			flush()
			wide := i+1 < len(src) && src[i+1] == '~'
			if wide {
				i++
			}
			j := i + 1
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			max := DefaultGap
			if wide {
				max = DefaultWideGap
			}
			if j > i+1 {
				n, err := strconv.Atoi(src[i+1 : j])
				if err != nil || n < 1 || n > 200 {
					return p, fmt.Errorf("gap ~%s: want a number from 1 to 200", src[i+1:j])
				}
				max = n
			}
			p.Elems = append(p.Elems, Elem{Kind: Gap, Max: max, Wide: wide})
			i = j
		case '\\':
			if i+1 >= len(src) {
				return p, errors.New("trailing \\")
			}
			lit.WriteByte(src[i+1])
			i += 2
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flush()
	switch {
	case subj > 1 || obj > 1:
		return p, errors.New("{s} and {o} may each appear once")
	case subj == 0 && obj == 0:
		return p, errors.New("a pattern needs {s} or {o}")
	case len(p.Elems) > 0 && p.Elems[0].Kind == Gap, len(p.Elems) > 0 && p.Elems[len(p.Elems)-1].Kind == Gap:
		return p, errors.New("a pattern cannot start or end with a gap")
	}
	// White space in a pattern matches any white space or none, so it is
	// no text to anchor a match on.
	hasText := false
	for _, e := range p.Elems {
		for _, a := range e.Alts {
			if (e.Kind == Lit || e.Kind == Role) && strings.TrimSpace(a) != "" {
				hasText = true
			}
		}
	}
	if !hasText {
		return p, errors.New("a pattern needs some literal text")
	}
	return p, nil
}

// HasSubject reports whether the pattern names its subject; if not, the
// subject comes from context.
func (p *Pattern) HasSubject() bool { return p.has(Subject) }

// HasObject reports whether the pattern names its object.
func (p *Pattern) HasObject() bool { return p.has(Object) }

func (p *Pattern) has(k ElemKind) bool {
	for _, e := range p.Elems {
		if e.Kind == k {
			return true
		}
	}
	return false
}

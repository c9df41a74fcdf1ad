package dict

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// LoadTSV reads a gazetteer, one entity per line:
//
//	name<TAB>type<TAB>alias|alias|...[<TAB>id]
//
// Empty lines and lines starting with # are skipped, as is a byte-order
// mark at the start; spaces around each field and alias are dropped. The
// alias column may be empty; the id column may be left out. Errors carry
// file:line:col, as for YAML dictionaries; every bad line is reported.
func LoadTSV(file string, r io.Reader) (*Dictionary, error) {
	d := &Dictionary{}
	var errs ErrorList
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Bytes()
		if line == 1 {
			text = bytes.TrimPrefix(text, []byte("\ufeff")) // a byte-order mark
		}
		if len(bytes.TrimSpace(text)) == 0 || text[0] == '#' {
			continue
		}
		// One string a line, which the entity's strings are cut from.
		e, err := tsvEntity(file, line, strings.TrimRight(string(text), "\r"))
		errs = append(errs, err...)
		if e != nil {
			d.Entities = append(d.Entities, e)
		}
	}
	if err := sc.Err(); err != nil {
		msg := err.Error()
		if errors.Is(err, bufio.ErrTooLong) {
			msg = "a line longer than 16 MiB: no entity's names are that long (is this a TSV dictionary?)"
		}
		errs = append(errs, &Error{Pos: Pos{File: file, Line: line + 1, Col: 1}, Msg: msg})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return merge([]*Dictionary{d}, false, true)
}

// tsvEntity reads one line of a gazetteer, the line'th of file.
func tsvEntity(file string, line int, text string) (*Entity, ErrorList) {
	var cols [4]string
	n := 0
	for rest := text; ; n++ {
		i := strings.IndexByte(rest, '\t')
		if n < len(cols) {
			cols[n] = rest
			if i >= 0 {
				cols[n] = rest[:i]
			}
		}
		if i < 0 {
			n++
			break
		}
		rest = rest[i+1:]
	}
	at := func(col int) Pos {
		c := 1
		for i := 0; i < col && i < n; i++ {
			c += len(cols[i]) + 1
		}
		return Pos{File: file, Line: line, Col: c}
	}
	fail := func(col int, what, msg, hint string) ErrorList {
		return ErrorList{&Error{Pos: at(col), What: what, Msg: msg, Hint: hint}}
	}
	if n < 2 || n > 4 {
		return nil, fail(0, "", fmt.Sprintf("%d columns", n), "want name<TAB>type<TAB>aliases[<TAB>id]")
	}
	name := strings.TrimSpace(cols[0])
	if name == "" {
		return nil, fail(0, "entity", "missing name", "")
	}
	what := func() string { return fmt.Sprintf("entity %q", name) }
	t := Type(strings.TrimSpace(cols[1]))
	if !t.Valid() {
		return nil, fail(1, what(), fmt.Sprintf("unknown type %q", cols[1]), "use one of Person, Organization, Project, Place")
	}
	if msg, hint := checkForm("name", name); msg != "" {
		return nil, fail(0, what(), msg, hint)
	}
	e := &Entity{Name: name, Type: t, Pos: at(0)}
	var errs ErrorList
	if n > 2 && cols[2] != "" {
		e.Aliases = make([]Alias, 0, strings.Count(cols[2], "|")+1)
		apos := at(2)
		for rest := cols[2]; ; {
			a := rest
			i := strings.IndexByte(rest, '|')
			if i >= 0 {
				a, rest = rest[:i], rest[i+1:]
			}
			a = strings.TrimSpace(a)
			if a == "" {
				errs = append(errs, fail(2, what(), "empty alias", "remove the extra |")...)
			} else if msg, hint := checkForm("alias", a); msg != "" {
				errs = append(errs, fail(2, what(), msg, hint)...)
			} else {
				e.Aliases = append(e.Aliases, Alias{Text: a, Pos: apos})
			}
			if i < 0 {
				break
			}
		}
	}
	if n > 3 {
		e.ID = strings.TrimSpace(cols[3])
	}
	if e.ID == "" {
		e.ID, e.IDDerived = DeriveID(name), true
	}
	return e, errs
}

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
		cols := strings.Split(strings.TrimRight(string(text), "\r"), "\t")
		at := func(col int) Pos {
			c := 1
			for i := 0; i < col && i < len(cols); i++ {
				c += len(cols[i]) + 1
			}
			return Pos{File: file, Line: line, Col: c}
		}
		fail := func(col int, what, msg, hint string) {
			errs = append(errs, &Error{Pos: at(col), What: what, Msg: msg, Hint: hint})
		}
		if len(cols) < 2 || len(cols) > 4 {
			fail(0, "", fmt.Sprintf("%d columns", len(cols)), "want name<TAB>type<TAB>aliases[<TAB>id]")
			continue
		}
		name := strings.TrimSpace(cols[0])
		what := fmt.Sprintf("entity %q", name)
		if name == "" {
			fail(0, "entity", "missing name", "")
			continue
		}
		t := Type(strings.TrimSpace(cols[1]))
		if !t.Valid() {
			fail(1, what, fmt.Sprintf("unknown type %q", cols[1]), "use one of Person, Organization, Project, Place")
			continue
		}
		if msg, hint := checkForm("name", name); msg != "" {
			fail(0, what, msg, hint)
			continue
		}
		e := &Entity{Name: name, Type: t, Pos: at(0)}
		if len(cols) > 2 && cols[2] != "" {
			for _, a := range strings.Split(cols[2], "|") {
				a = strings.TrimSpace(a)
				if a == "" {
					fail(2, what, "empty alias", "remove the extra |")
					continue
				}
				if msg, hint := checkForm("alias", a); msg != "" {
					fail(2, what, msg, hint)
					continue
				}
				e.Aliases = append(e.Aliases, Alias{Text: a, Pos: at(2)})
			}
		}
		if len(cols) > 3 {
			e.ID = strings.TrimSpace(cols[3])
		}
		if e.ID == "" {
			e.ID, e.IDDerived = DeriveID(name), true
		}
		d.Entities = append(d.Entities, e)
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
	return merge([]*Dictionary{d}, false)
}

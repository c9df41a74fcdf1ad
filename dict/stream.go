package dict

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"unicode/utf8"
)

// The plain form of a dictionary file is read a line at a time, without
// yaml.v3's tree of nodes, which costs some hundreds of bytes a node and
// most of the time of loading a large gazetteer. It is what kg's own files
// and generated gazetteers look like:
//
//	entities:
//	  - name: Geoffrey Hinton      # a comment
//	    type: Person
//	    aliases: [Hinton, "G. Hinton", {text: GH, short: true}]
//	  - {name: "Quoc Le", type: Person, id: quoc-le}
//	---
//	entities:
//	  - name: Toronto
//	    type: Place
//	    aliases:
//	      - 多伦多
//	      - 'T.O.'
//
// that is: documents whose only key is entities:, a block list of entities,
// each a block mapping or a one-line flow mapping of the keys an entity may
// have, with plain, single- or double-quoted scalars on one line, and lists
// of them (aliases, nouns, same_as) as one-line flow lists or block lists
// of one-line items. Anything else (relations:, anchors, tags, block
// scalars, a scalar or flow collection over several lines, tabs, escapes
// yaml.v3 refuses, a null where a string belongs) and anything the loader
// would report as a mistake makes the stream decline: it reports no error
// of its own, and the file is read again by yaml.v3, which gives every
// message. Where it accepts a file, the entities are those the yaml.v3 path
// makes, positions included (FuzzStreamYAML checks this).

// maxStreamLine bounds the length of one line, and so the memory of the
// line buffer; a longer line declines the stream.
const maxStreamLine = MaxYAMLSize

// streamer reads the plain form of a YAML dictionary. Its zero value is
// not usable; see newStreamer.
type streamer struct {
	file string
	br   *bufio.Reader
	long []byte // a line longer than br's buffer
	err  error  // from the reader
	line []byte // the current line, without its line break
	str  string // the line as a string, once a scalar is cut from it
	num  int    // its number, from 1
	ind  int    // its indentation in spaces
	eof  bool
	stop Pos // where the stream declined
	ents []*Entity
}

func newStreamer(file string, r io.Reader) *streamer {
	return &streamer{file: file, br: bufio.NewReaderSize(r, 64<<10)}
}

// run reads the whole stream; false when it declines, with s.stop set, or
// when the reader fails, with s.err set.
func (s *streamer) run() bool {
	if !s.next() {
		return false
	}
	for !s.eof {
		if docStart(s.line) {
			if !s.next() {
				return false
			}
			continue
		}
		if s.ind != 0 {
			return s.decline(s.ind)
		}
		key, j, ok := readKey(s.line, 0)
		if !ok || string(key) != "entities" {
			return s.decline(0)
		}
		v := skipSpaces(s.line, j)
		switch {
		case v == len(s.line) || s.line[v] == '#':
			if !s.next() {
				return false
			}
			if !s.eof && isItem(s.line, s.ind) {
				if !s.entities() {
					return false
				}
			}
		case s.restBlank(plainNull(s.line, v)) || bytes.HasPrefix(s.line[v:], []byte("[]")) && s.restBlank(v+2):
			if !s.next() {
				return false
			}
		default:
			return s.decline(v)
		}
		// entities: is a document's one key: what follows is another
		// document or the end.
		if !s.eof && !docStart(s.line) {
			return s.decline(s.ind)
		}
	}
	return true
}

// entities reads the block list of entities that starts on the current line.
func (s *streamer) entities() bool {
	seq := s.ind
	for !s.eof && s.ind == seq && isItem(s.line, seq) {
		if !s.entity(seq) {
			return false
		}
	}
	return true
}

// The keys of an entity and of the long form of an alias, as bits of a set.
const (
	keyName = 1 << iota
	keyType
	keyAliases
	keyID
	keyNouns
	keySameAs
	keyReviewed
	keyText
	keyLang
	keyCaseSensitive
	keyShort
	keyFuzzy
)

func entityKey(k []byte) int {
	switch string(k) {
	case "name":
		return keyName
	case "type":
		return keyType
	case "aliases":
		return keyAliases
	case "id":
		return keyID
	case "nouns":
		return keyNouns
	case "same_as":
		return keySameAs
	case "reviewed":
		return keyReviewed
	}
	return 0
}

func aliasKey(k []byte) int {
	switch string(k) {
	case "text":
		return keyText
	case "lang":
		return keyLang
	case "case_sensitive":
		return keyCaseSensitive
	case "short":
		return keyShort
	case "fuzzy":
		return keyFuzzy
	}
	return 0
}

// entity reads the item of the list of entities that starts on the current
// line, its dash at column seq.
func (s *streamer) entity(seq int) bool {
	p := skipSpaces(s.line, seq+1)
	if p == len(s.line) || s.line[p] == '#' {
		return s.decline(seq)
	}
	e := &Entity{Pos: s.pos(p)}
	seen := 0
	if s.line[p] == '{' {
		j, ok := s.flowMap(p, func(key []byte, v int) (int, bool) { return s.entityFlowField(e, &seen, key, v) })
		if !ok || !s.restBlank(j) {
			return s.decline(p)
		}
		if !s.next() {
			return false
		}
	} else {
		k := p
		for {
			if !s.entityBlockField(e, &seen, k, p) {
				return false
			}
			if s.eof || s.ind != k {
				break
			}
			p = k
		}
	}
	// A line indented past the dash continues something this form does
	// not hold.
	if !s.eof && s.ind > seq {
		return s.decline(s.ind)
	}
	if e.Name == "" || seen&keyType == 0 {
		return s.decline(0)
	}
	if e.ID == "" {
		e.ID, e.IDDerived = DeriveID(e.Name), true
	}
	s.ents = append(s.ents, e)
	return true
}

// entityBlockField reads the key of an entity's block mapping at column p
// of the current line and its value, which may take the lines after it;
// k is the column of the mapping's keys.
func (s *streamer) entityBlockField(e *Entity, seen *int, k, p int) bool {
	key, j, ok := readKey(s.line, p)
	f := entityKey(key)
	if !ok || f == 0 || *seen&f != 0 {
		return s.decline(p)
	}
	*seen |= f
	v := skipSpaces(s.line, j)
	empty := v == len(s.line) || s.line[v] == '#'
	switch f {
	case keyAliases, keyNouns, keySameAs:
		switch {
		case empty:
			// A block list on the lines below, or null.
			if !s.next() {
				return false
			}
			if !s.eof && s.ind >= k && isItem(s.line, s.ind) {
				return s.blockList(e, f)
			}
			if !s.eof && s.ind > k {
				return s.decline(s.ind)
			}
			return true
		case s.line[v] == '[':
			end, ok := s.flowList(v, e, f)
			if !ok || !s.restBlank(end) {
				return s.decline(v)
			}
		case s.restBlank(plainNull(s.line, v)):
		default:
			return s.decline(v)
		}
	default:
		if empty {
			return s.decline(v)
		}
		end, ok := s.entityScalar(e, f, v, false)
		if !ok || !s.restBlank(end) {
			return s.decline(v)
		}
	}
	return s.next()
}

// entityFlowField reads the value at v of the key of an entity's flow
// mapping, and returns where it ends.
func (s *streamer) entityFlowField(e *Entity, seen *int, key []byte, v int) (int, bool) {
	f := entityKey(key)
	if f == 0 || *seen&f != 0 || v == len(s.line) {
		return v, s.decline(v)
	}
	*seen |= f
	switch f {
	case keyAliases, keyNouns, keySameAs:
		if s.line[v] == '[' {
			return s.flowList(v, e, f)
		}
		return v, s.decline(v)
	}
	return s.entityScalar(e, f, v, true)
}

// entityScalar reads the value at v of the name, type, id or reviewed of
// an entity.
func (s *streamer) entityScalar(e *Entity, f, v int, flow bool) (int, bool) {
	if f == keyType {
		// Compared as bytes: the type takes no string of its own.
		lo, hi, esc, _, end, ok := s.rawScalar(v, flow)
		if !ok {
			return v, false
		}
		val := s.line[lo:hi]
		if esc != nil {
			val = esc
		}
		e.Type = ""
		for _, t := range Types {
			if string(val) == string(t) {
				e.Type = t
			}
		}
		if e.Type == "" {
			return v, s.decline(v)
		}
		return end, true
	}
	val, plain, end, ok := s.scalar(v, flow)
	if !ok || plain && isNullWord(val) {
		return v, s.decline(v)
	}
	switch f {
	case keyName:
		e.Name = strings.TrimSpace(val)
		if msg, _ := checkForm("name", e.Name); msg != "" {
			return v, s.decline(v)
		}
	case keyID:
		if strings.TrimSpace(val) == "" {
			return v, s.decline(v)
		}
		e.ID = val
	case keyReviewed:
		// reviewed: false is a mistake; other spellings of true are
		// yaml.v3's to judge.
		if !plain || val != "true" {
			return v, s.decline(v)
		}
	}
	return end, true
}

// listItem reads an item of an entity's aliases, nouns or same_as (f) at
// offset i of the current line, and returns where it ends.
func (s *streamer) listItem(e *Entity, f, i int, flow bool) (int, bool) {
	if f == keyAliases {
		a := Alias{Pos: s.pos(i)}
		end := i
		if s.line[i] == '{' {
			seen := 0
			var ok bool
			end, ok = s.flowMap(i, func(key []byte, v int) (int, bool) { return s.aliasField(&a, &seen, key, v) })
			if !ok {
				return i, s.decline(i)
			}
		} else {
			// The yaml.v3 path takes any scalar's text, a null's too.
			var ok bool
			a.Text, _, end, ok = s.scalar(i, flow)
			if !ok {
				return i, s.decline(i)
			}
		}
		a.Text = strings.TrimSpace(a.Text)
		if msg, _ := checkForm("alias", a.Text); a.Text == "" || msg != "" {
			return i, s.decline(i)
		}
		e.Aliases = append(e.Aliases, a)
		return end, true
	}
	val, plain, end, ok := s.scalar(i, flow)
	if !ok || plain && isNullWord(val) {
		return i, s.decline(i)
	}
	if f == keyNouns {
		w := strings.ToLower(strings.TrimSpace(val))
		if checkNoun(w) != "" {
			return i, s.decline(i)
		}
		e.Nouns = addWords(e.Nouns, []string{w})
		return end, true
	}
	iri, err := SameAsIRI(val)
	if err != nil {
		return i, s.decline(i)
	}
	e.SameAs = addWords(e.SameAs, []string{iri})
	return end, true
}

// aliasField reads the value at v of a key of the long form of an alias.
func (s *streamer) aliasField(a *Alias, seen *int, key []byte, v int) (int, bool) {
	f := aliasKey(key)
	if f == 0 || *seen&f != 0 || v == len(s.line) {
		return v, s.decline(v)
	}
	*seen |= f
	val, plain, end, ok := s.scalar(v, true)
	if !ok || plain && isNullWord(val) {
		return v, s.decline(v)
	}
	switch f {
	case keyText:
		a.Text = val
		return end, true
	case keyLang:
		a.Lang = val
		return end, true
	}
	// A boolean: true or false as written; yaml.v3 judges other spellings.
	if !plain || val != "true" && val != "false" {
		return v, s.decline(v)
	}
	b := val == "true"
	switch f {
	case keyCaseSensitive:
		a.CaseSensitive = b
	case keyShort:
		a.Short = b
	case keyFuzzy:
		a.NoFuzzy = !b
	}
	return end, true
}

// blockList reads a block list of an entity's aliases, nouns or same_as
// (f) whose first item is the current line; it stops at the first line
// that is not an item at the same indentation.
func (s *streamer) blockList(e *Entity, f int) bool {
	t := s.ind
	for !s.eof && s.ind == t && isItem(s.line, t) {
		p := skipSpaces(s.line, t+1)
		if p == len(s.line) || s.line[p] == '#' {
			return s.decline(t)
		}
		end, ok := s.listItem(e, f, p, false)
		if !ok || !s.restBlank(end) {
			return s.decline(p)
		}
		if !s.next() {
			return false
		}
	}
	return true
}

// flowList reads a flow list of an entity's aliases, nouns or same_as (f)
// that opens at i and closes on the same line, and returns the offset
// after it.
func (s *streamer) flowList(i int, e *Entity, f int) (int, bool) {
	line := s.line
	j := skipSpaces(line, i+1)
	if j < len(line) && line[j] == ']' {
		return j + 1, true
	}
	if f == keyAliases && e.Aliases == nil {
		e.Aliases = make([]Alias, 0, 1+bytes.Count(line[j:], []byte(",")))
	}
	return s.flowItems(i, j, ']', func(j int) (int, bool) { return s.listItem(e, f, j, true) })
}

// flowMap reads a flow mapping that opens at i and closes on the same
// line, calling field with each key and the offset of its value, and
// returns the offset after it. An empty mapping declines.
func (s *streamer) flowMap(i int, field func(key []byte, v int) (int, bool)) (int, bool) {
	line := s.line
	return s.flowItems(i, skipSpaces(line, i+1), '}', func(j int) (int, bool) {
		key, v, ok := readKey(line, j)
		if !ok || v == len(line) {
			return j, false
		}
		return field(key, skipSpaces(line, v))
	})
}

// flowItems reads the items of a flow collection that opened at i, from
// its first item at j to the close byte, each with item, which returns
// the offset after it; a trailing comma, a missing close or anything
// else declines. It returns the offset after the close.
func (s *streamer) flowItems(i, j int, close byte, item func(j int) (int, bool)) (int, bool) {
	line := s.line
	for {
		if j == len(line) {
			return i, s.decline(j)
		}
		end, ok := item(j)
		if !ok {
			return i, s.decline(j)
		}
		j = skipSpaces(line, end)
		if j == len(line) {
			return i, s.decline(j)
		}
		switch line[j] {
		case close:
			return j + 1, true
		case ',':
			j = skipSpaces(line, j+1)
			if j < len(line) && line[j] == close {
				return i, s.decline(j) // a trailing comma
			}
		default:
			return i, s.decline(j)
		}
	}
}

// scalar reads the scalar at offset i of the current line, in a flow
// collection or not, and returns its value, whether it is plain, and the
// offset after it.
func (s *streamer) scalar(i int, flow bool) (val string, plain bool, end int, ok bool) {
	lo, hi, esc, plain, end, ok := s.rawScalar(i, flow)
	switch {
	case !ok:
		return "", false, i, false
	case esc != nil:
		return string(esc), plain, end, true
	}
	if s.str == "" {
		// One string a line, which its scalars are cut from.
		s.str = string(s.line)
	}
	return s.str[lo:hi], plain, end, true
}

// rawScalar is scalar without making a string: the value is esc if it is
// not nil, else line[lo:hi].
func (s *streamer) rawScalar(i int, flow bool) (lo, hi int, esc []byte, plain bool, end int, ok bool) {
	line := s.line
	if i == len(line) {
		return 0, 0, nil, false, i, s.decline(i)
	}
	switch c := line[i]; c {
	case '"', '\'':
		lo, hi, esc, end, ok = quoted(line, i)
		if !ok {
			return 0, 0, nil, false, i, s.decline(end)
		}
		return lo, hi, esc, false, end, true
	case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`', ' ':
		return 0, 0, nil, false, i, s.decline(i)
	}
	j := i
	if flow {
		// Up to , ] or }; what else may end a plain scalar in a flow
		// collection declines.
	scan:
		for ; j < len(line); j++ {
			switch line[j] {
			case ',', ']', '}':
				break scan
			case '[', '{', '?', ':':
				return 0, 0, nil, false, i, s.decline(j)
			case '#':
				if line[j-1] == ' ' {
					return 0, 0, nil, false, i, s.decline(j)
				}
			}
		}
		if j == len(line) {
			return 0, 0, nil, false, i, s.decline(j)
		}
	} else {
		// To the end of the line or a comment; ": " would make a mapping.
		for ; j < len(line); j++ {
			if line[j] == '#' && line[j-1] == ' ' {
				break
			}
			if line[j] == ':' && (j+1 == len(line) || line[j+1] == ' ') {
				return 0, 0, nil, false, i, s.decline(j)
			}
		}
	}
	for j > i && line[j-1] == ' ' {
		j--
	}
	return i, j, nil, true, j, true
}

// quoted reads the single- or double-quoted scalar at line[i:], closed on
// the same line, and returns its value, line[lo:hi] or esc if it holds an
// escape, and the offset after it, or where it fails. Escapes are
// yaml.v3's, but for an escaped line break.
func quoted(line []byte, i int) (lo, hi int, esc []byte, end int, ok bool) {
	q := line[i]
	var buf []byte
	escaped := false
	start := i + 1
	for j := start; j < len(line); {
		c := line[j]
		switch {
		case c == q && q == '\'' && j+1 < len(line) && line[j+1] == '\'':
			buf = append(buf, line[start:j+1]...)
			escaped = true
			j += 2
			start = j
		case c == q:
			if !escaped {
				return start, j, nil, j + 1, true
			}
			buf = append(buf, line[start:j]...)
			return 0, 0, buf, j + 1, true
		case c == '\\' && q == '"':
			if j+1 == len(line) {
				return 0, 0, nil, j, false
			}
			buf = append(buf, line[start:j]...)
			escaped = true
			e := line[j+1]
			n := hexEscapes[e]
			if r, ok := yamlEscapes[e]; ok {
				buf = utf8.AppendRune(buf, r)
			} else if n == 0 {
				return 0, 0, nil, j, false
			}
			j += 2
			if n > 0 {
				if j+n > len(line) {
					return 0, 0, nil, j - 2, false
				}
				r := rune(0)
				for _, h := range line[j : j+n] {
					d, ok := hexDigit(h)
					if !ok {
						return 0, 0, nil, j - 2, false
					}
					r = r<<4 | d
				}
				if r >= 0xd800 && r <= 0xdfff || r > 0x10ffff || r < 0 {
					return 0, 0, nil, j - 2, false
				}
				buf = utf8.AppendRune(buf, r)
				j += n
			}
			start = j
		default:
			j++
		}
	}
	return 0, 0, nil, i, false // not closed on this line
}

// yamlEscapes are the one-letter escapes of a double-quoted YAML scalar
// and what each stands for; hexEscapes the ones followed by that many hex
// digits, as yaml.v3 reads them. Any other escape declines the stream.
var (
	yamlEscapes = map[byte]rune{'0': 0, 'a': '\a', 'b': '\b', 't': '\t', 'n': '\n', 'v': '\v', 'f': '\f', 'r': '\r', 'e': 0x1b,
		' ': ' ', '"': '"', '\'': '\'', '\\': '\\', 'N': 0x85, '_': 0xa0, 'L': 0x2028, 'P': 0x2029}
	hexEscapes = map[byte]int{'x': 2, 'u': 4, 'U': 8}
)

func hexDigit(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10, true
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// readKey reads a key of lower-case ASCII letters and _ at line[i:],
// followed by a colon and a space or the end of the line, and returns it
// and the offset after the colon.
func readKey(line []byte, i int) ([]byte, int, bool) {
	j := i
	for j < len(line) && ('a' <= line[j] && line[j] <= 'z' || line[j] == '_') {
		j++
	}
	if j == i || j == len(line) || line[j] != ':' || j+1 < len(line) && line[j+1] != ' ' {
		return nil, i, false
	}
	return line[i:j], j + 1, true
}

// plainNull returns the offset after a plain null (~, null, Null, NULL)
// at line[i:], or -1.
func plainNull(line []byte, i int) int {
	for _, w := range []string{"~", "null", "Null", "NULL"} {
		if bytes.HasPrefix(line[i:], []byte(w)) {
			return i + len(w)
		}
	}
	return -1
}

// isNullWord reports whether a plain scalar is yaml.v3's null.
func isNullWord(s string) bool {
	return s == "" || s == "~" || s == "null" || s == "Null" || s == "NULL"
}

// isItem reports whether line holds a block list item at column t.
func isItem(line []byte, t int) bool {
	return t < len(line) && line[t] == '-' && (t+1 == len(line) || line[t+1] == ' ')
}

// docStart reports whether line is a document start marker, ---.
func docStart(line []byte) bool {
	if !bytes.HasPrefix(line, []byte("---")) {
		return false
	}
	j := skipSpaces(line, 3)
	return j == len(line) || j > 3 && line[j] == '#'
}

func skipSpaces(line []byte, i int) int {
	for i < len(line) && line[i] == ' ' {
		i++
	}
	return i
}

// restBlank reports whether the current line holds nothing from i on but
// spaces and a comment; false for a negative i.
func (s *streamer) restBlank(i int) bool {
	if i < 0 {
		return false
	}
	j := skipSpaces(s.line, i)
	return j == len(s.line) || s.line[j] == '#' && j > i
}

// pos is the position of offset i of the current line, its column in
// characters as yaml.v3 counts them.
func (s *streamer) pos(i int) Pos {
	return Pos{File: s.file, Line: s.num, Col: utf8.RuneCount(s.line[:i]) + 1}
}

// decline stops the stream at offset i of the current line.
func (s *streamer) decline(i int) bool {
	if s.stop.Line == 0 {
		s.stop = s.pos(min(i, len(s.line)))
	}
	return false
}

// next moves to the next line that holds more than spaces and a comment,
// setting s.eof at the end. False when it declines: a line too long, or
// with a character that only yaml.v3 judges (a tab, a control character,
// invalid UTF-8, a line break other than LF and CRLF, a byte-order mark
// past the start of the file).
func (s *streamer) next() bool {
	for {
		b, err := s.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			s.long = append(s.long[:0], b...)
			for err == bufio.ErrBufferFull && len(s.long) <= maxStreamLine {
				b, err = s.br.ReadSlice('\n')
				s.long = append(s.long, b...)
			}
			b = s.long
			if len(b) > maxStreamLine {
				s.num++
				s.line = nil
				return s.decline(0)
			}
		}
		if err != nil && err != io.EOF {
			s.err = err
			return false
		}
		if len(b) == 0 {
			s.eof, s.line, s.ind = true, nil, 0
			return true
		}
		s.num++
		b = bytes.TrimSuffix(b, []byte("\n"))
		b = bytes.TrimSuffix(b, []byte("\r"))
		if s.num == 1 {
			b = bytes.TrimPrefix(b, []byte("\ufeff")) // not a column for yaml.v3
		}
		s.line, s.str = b, ""
		if i := badChar(b); i >= 0 {
			return s.decline(i)
		}
		i := skipSpaces(b, 0)
		if i < len(b) && b[i] != '#' {
			s.ind = i
			return true
		}
	}
}

// badChar returns the offset of the first character of line that the
// stream leaves to yaml.v3, or -1: anything but printable characters other
// than tab, U+0085, U+2028, U+2029 and U+FEFF.
func badChar(line []byte) int {
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(line[i:])
		if r == utf8.RuneError && n == 1 || r < 0xa0 || r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0xfffe || r == 0xffff {
			return i
		}
		i += n
	}
	return -1
}

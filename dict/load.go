package dict

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Dictionary is a set of entities and relation rules.
//
// A Dictionary from Load or Merge is valid: ids are unique, every entity has
// a name and a known type, no alias names two entities, and every relation
// has a signature. It is not modified afterwards and is safe for concurrent
// readers.
type Dictionary struct {
	Entities  []*Entity
	Relations []*Relation
	// Lexicons are named word classes that patterns and constructions
	// reference as @name.
	Lexicons map[string][]string
	// Constructions are sentence shapes written once, with @class slots
	// that each relation's Triggers fill.
	Constructions []*Construction

	// checked is set by merge: the ids are unique and no alias names two
	// entities, so a later merge in which no other dictionary has entities
	// need not check them again.
	checked bool
}

// Construction is a sentence shape shared by every relation that has the
// trigger classes it names: "{s} @verb {o}" applies to each relation with
// verb triggers.
type Construction struct {
	Name      string
	Templates []Template
}

// Template is one pattern of a construction, before its trigger classes
// are filled.
type Template struct {
	Source string
	Pos    Pos
}

// Limits that keep a hostile file from costing unbounded time or memory.
// yaml.v3 holds the whole tree, some hundreds of bytes a node, so a file
// that is not all in the plain form read as a stream (see stream.go) is
// measured before yaml.v3 parses it: its size, and an upper bound on its
// nodes (every node but the root follows one of , [ { - : or a line
// break). A file in the plain form costs the entities it holds, as a TSV
// gazetteer does, and has no bound of its own but the length of a line.
const (
	maxDepth = 16
	maxNodes = 2_000_000
	// MaxYAMLSize is the largest YAML dictionary that Load and LoadYAML
	// read with a full YAML parser; a larger one must keep to the plain
	// form, or be written as TSV (LoadTSV).
	MaxYAMLSize = 16 << 20
)

// Load reads one YAML dictionary. file names it in error positions.
// Every problem found is returned, as an ErrorList.
//
// A file may hold several YAML documents (separated by ---); they are read
// as one dictionary.
func Load(file string, data []byte) (*Dictionary, error) {
	s := newStreamer(file, bytes.NewReader(data))
	if s.run() {
		return merge([]*Dictionary{{Entities: s.ents}}, false, true)
	}
	return loadTree(file, data, s.stop)
}

// LoadYAML is Load on a dictionary read from r, a line at a time: a file
// in the plain form of generated gazetteers is never held whole, and may
// be larger than MaxYAMLSize. An error reading r is returned as it is.
func LoadYAML(file string, r io.Reader) (*Dictionary, error) {
	rec := &recorder{r: r}
	s := newStreamer(file, rec)
	if s.run() {
		return merge([]*Dictionary{{Entities: s.ents}}, false, true)
	}
	if s.err != nil {
		return nil, s.err
	}
	// The rest of the file, for yaml.v3, as far as it may read.
	buf := make([]byte, 64<<10)
	for !rec.over {
		_, err := rec.Read(buf)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if rec.over {
		return nil, ErrorList{tooLarge(file, fmt.Sprintf("a YAML dictionary of more than %d MiB", MaxYAMLSize>>20), s.stop)}
	}
	return loadTree(file, rec.kept, s.stop)
}

// recorder keeps what is read through it, up to MaxYAMLSize and a byte,
// for yaml.v3 to read again should the stream decline.
type recorder struct {
	r    io.Reader
	kept []byte
	over bool // more was read; kept is dropped
}

func (r *recorder) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if !r.over {
		if len(r.kept)+n > MaxYAMLSize {
			r.over, r.kept = true, nil
		} else {
			r.kept = append(r.kept, p[:n]...)
		}
	}
	return n, err
}

// loadTree reads a dictionary with yaml.v3's tree of nodes: everything
// the plain form does not hold, and every error. stop is where the stream
// declined, for the message that refuses a file too large to parse.
func loadTree(file string, data []byte, stop Pos) (*Dictionary, error) {
	if e := checkSize(file, data, stop); e != nil {
		return nil, ErrorList{e}
	}
	docs, err := parseYAML(data)
	if err != nil {
		e := syntaxError(file, data, err)
		if lines := strings.Split(string(data), "\n"); e.Pos.Line > 0 && e.Pos.Line <= len(lines) && strings.Contains(lines[e.Pos.Line-1], "\t") {
			e.Hint = "YAML indents with spaces, not tabs"
		}
		return nil, ErrorList{e}
	}
	l := &loader{file: file, lexicons: map[string][]string{}}
	d := &Dictionary{}
	for _, root := range docs {
		if !l.checkTree(root, 0) {
			return nil, l.errs
		}
		l.document(d, root)
	}
	if len(l.errs) > 0 {
		return nil, l.errs
	}
	return merge([]*Dictionary{d}, false, true)
}

// checkSize refuses a file too large to parse in bounded memory.
func checkSize(file string, data []byte, stop Pos) *Error {
	if len(data) > MaxYAMLSize {
		return tooLarge(file, fmt.Sprintf("a YAML dictionary of more than %d MiB", MaxYAMLSize>>20), stop)
	}
	n := 0
	for _, c := range data {
		switch c {
		case ',', '[', '{', '-', ':', '\n':
			n++
		}
	}
	if n > maxNodes {
		return tooLarge(file, fmt.Sprintf("a YAML dictionary of more than %d nodes", maxNodes), stop)
	}
	return nil
}

// tooLarge is the refusal of a file too large for yaml.v3, which says
// where it left the plain form, which has no such limit.
func tooLarge(file, msg string, stop Pos) *Error {
	if stop.Line > 0 {
		msg += fmt.Sprintf(" that leaves the plain form at line %d, column %d", stop.Line, stop.Col)
	}
	return &Error{Pos: Pos{File: file, Line: 1, Col: 1}, Msg: msg,
		Hint: "keep a large file to the plain form (README, Dictionaries), write it as TSV, name<TAB>type<TAB>alias|alias..., or split it"}
}

// parseYAML parses every document of data; empty documents are left out.
func parseYAML(data []byte) ([]*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var docs []*yaml.Node
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		if doc.Kind != 0 && len(doc.Content) > 0 && !isNull(doc.Content[0]) {
			docs = append(docs, doc.Content[0])
		}
	}
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// document reads one YAML document into d.
func (l *loader) document(d *Dictionary, root *yaml.Node) {
	if root.Kind != yaml.MappingNode {
		l.fail(root, "", "the top level must be a mapping with entities: and relations:", "")
		return
	}
	// Lexicons first: patterns anywhere in the file may use them.
	l.fields(root, "", []string{"entities", "relations", "lexicons", "constructions"}, func(key string, v *yaml.Node) {
		if key == "lexicons" {
			l.lexiconSection(v)
		}
	})
	if len(l.errs) > 0 {
		return
	}
	d.Lexicons = l.lexicons
	for i := 0; i+1 < len(root.Content); i += 2 {
		switch key, v := root.Content[i].Value, root.Content[i+1]; key {
		case "constructions":
			for _, n := range l.seq(v, "") {
				if c := l.construction(n); c != nil {
					d.Constructions = append(d.Constructions, c)
				}
			}
		case "entities":
			for _, n := range l.seq(v, "") {
				if e := l.entity(n); e != nil {
					d.Entities = append(d.Entities, e)
				}
			}
		case "relations":
			for _, n := range l.seq(v, "") {
				if r := l.relation(n); r != nil {
					d.Relations = append(d.Relations, r)
				}
			}
		}
	}
}

// syntaxError places a YAML syntax error. yaml.v3 gives the line where the
// construct around the problem starts, or none, and never a column, so the
// error is placed where the shortest prefix of the file that fails with
// the same message ends: first the line, from the one yaml.v3 names on,
// then the character in it. That costs a few parses, on errors only.
func syntaxError(file string, data []byte, err error) *Error {
	reported, msg := yamlMessage(err)
	same := func(n int) bool {
		_, err := parseYAML(data[:n])
		if err == nil {
			return false
		}
		_, m := yamlMessage(err)
		return m == msg
	}
	// ends[k] is the offset after line k+1, its line break included.
	var ends []int
	for i, c := range data {
		if c == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(data) {
		ends = append(ends, len(data))
	}
	line := firstTrue(max(reported, 1), len(ends), func(k int) bool { return same(ends[k-1]) })
	start := 0
	if line > 1 {
		start = ends[line-2]
	}
	text := strings.TrimRight(string(data[start:ends[line-1]]), "\r\n")
	// runeEnds[j] is the offset in text after its (j+1)th character.
	var runeEnds []int
	for i := range text {
		if i > 0 {
			runeEnds = append(runeEnds, i)
		}
	}
	runeEnds = append(runeEnds, len(text))
	col := 1 + len(text) - len(strings.TrimLeft(text, " \t")) // where the line's text starts
	if text != "" && same(start+len(text)) {
		col = firstTrue(1, len(runeEnds), func(j int) bool { return same(start + runeEnds[j-1]) })
	} else {
		col = utf8.RuneCountInString(text[:col-1]) + 1
	}
	return &Error{Pos: Pos{File: file, Line: line, Col: col}, Msg: "YAML syntax: " + msg}
}

// firstTrue returns the least k in [lo, hi] for which f is true, assuming
// f is false below it and true above, searching outwards from lo first
// since the answer is usually close; hi if f is nowhere true.
func firstTrue(lo, hi int, f func(int) bool) int {
	if lo >= hi {
		return hi
	}
	ok, step := lo-1, 1 // f(ok) is false, or ok is below lo
	k := lo
	for k < hi && !f(k) {
		ok, k = k, min(lo+step, hi)
		step *= 2
	}
	// f(k) is true, or k is hi; f is false up to ok.
	for ok+1 < k {
		mid := ok + (k-ok)/2
		if f(mid) {
			k = mid
		} else {
			ok = mid
		}
	}
	return k
}

// yamlMessage splits a yaml.v3 error ("yaml: line 3: ...") into its line
// (0 when it gives none) and its message.
func yamlMessage(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	}
	return line, msg
}

type loader struct {
	file  string
	errs  ErrorList
	nodes int
	// lexicons are the file's own word classes; patterns also see the
	// built-in ones.
	lexicons map[string][]string
}

// lexiconSection reads `lexicons:`, a mapping of names to word lists.
func (l *loader) lexiconSection(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		l.fail(n, "lexicons", "expected a mapping of names to lists of words", "")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		what := fmt.Sprintf("lexicon %q", k.Value)
		if !validLexiconName(k.Value) {
			l.fail(k, what, "lexicon names are ASCII letters, digits and _, starting with a letter", "")
			continue
		}
		if _, ok := l.lexicons[k.Value]; ok {
			l.fail(k, what, "given twice", "")
			continue
		}
		l.lexicons[k.Value] = l.words(v, what, false)
	}
}

// words reads a list of trigger or lexicon words: plain text, none of the
// pattern syntax's special characters.
//
// A trigger list (refs) may also name a lexicon, @name, for all its words.
func (l *loader) words(v *yaml.Node, what string, refs bool) []string {
	ws := l.strs(v, what, "words")
	for i, w := range ws {
		if name, ok := strings.CutPrefix(w, "@"); ok && refs && validLexiconName(name) {
			continue
		}
		if strings.TrimSpace(w) == "" || strings.ContainsAny(w, "(){}|~$^@\\") {
			at := v
			if v.Kind == yaml.SequenceNode {
				at = v.Content[i]
			}
			l.fail(at, what, fmt.Sprintf("word %q: plain text only, not empty and without ( ) { } | ~ $ ^ @ \\", w), "")
		}
	}
	return ws
}

func validLexiconName(s string) bool {
	for i, r := range s {
		if !(r < 128 && (unicode.IsLetter(r) || r == '_' || i > 0 && unicode.IsDigit(r))) {
			return false
		}
	}
	return s != ""
}

// lexicon looks a word class up: the file's own, then the built-in ones.
func (l *loader) lexicon(name string) ([]string, bool) {
	if ws, ok := l.lexicons[name]; ok {
		return ws, true
	}
	ws, ok := builtinLexicons()[name]
	return ws, ok
}

// construction reads one {name, patterns} entry. Its templates may name
// lexicons and trigger classes (any other @name); they are checked here
// with placeholder triggers and filled per relation when dictionaries are
// merged.
func (l *loader) construction(n *yaml.Node) *Construction {
	c := &Construction{}
	what := "construction"
	before := len(l.errs)
	l.fields(n, what, []string{"name", "patterns"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			c.Name, _ = l.str(v, what, "name")
		case "patterns":
			for _, p := range l.seq(v, what) {
				src, ok := l.str(p, what, "pattern")
				if !ok {
					continue
				}
				if _, err := ParsePatternWith(src, l.triggerOrLexicon); err != nil {
					l.fail(p, what, fmt.Sprintf("pattern %q: %v", src, err), "")
					continue
				}
				c.Templates = append(c.Templates, Template{Source: src, Pos: l.pos(p)})
			}
		}
	})
	if n.Kind != yaml.MappingNode || len(l.errs) > before {
		return nil
	}
	if c.Name == "" {
		l.fail(n, what, "missing name", "")
		return nil
	}
	return c
}

// triggerOrLexicon resolves @name in a construction: a lexicon, or else a
// trigger class, for which a placeholder word stands while checking.
func (l *loader) triggerOrLexicon(name string) ([]string, bool) {
	if ws, ok := l.lexicon(name); ok {
		return ws, true
	}
	return []string{"trigger"}, true
}

func (l *loader) pos(n *yaml.Node) Pos { return Pos{File: l.file, Line: n.Line, Col: n.Column} }

func (l *loader) fail(n *yaml.Node, what, msg, hint string) {
	l.errs = append(l.errs, &Error{Pos: l.pos(n), What: what, Msg: msg, Hint: hint})
}

// checkTree refuses aliases (the way to an anchor bomb), very deep nesting
// and huge trees before any of it is interpreted.
func (l *loader) checkTree(n *yaml.Node, depth int) bool {
	l.nodes++
	switch {
	case n.Kind == yaml.AliasNode:
		l.fail(n, "", "YAML aliases (*name) are not supported", "write the value out in full")
		return false
	case n.Anchor != "":
		l.fail(n, "", "YAML anchors (&name) are not supported", "write the value out in full")
		return false
	case depth > maxDepth:
		l.fail(n, "", fmt.Sprintf("nesting deeper than %d levels", maxDepth), "")
		return false
	case l.nodes > maxNodes:
		l.fail(n, "", fmt.Sprintf("more than %d YAML nodes", maxNodes), "split the dictionary into several files")
		return false
	}
	for _, c := range n.Content {
		if !l.checkTree(c, depth+1) {
			return false
		}
	}
	return true
}

// fields walks a mapping, reporting unknown and repeated keys.
func (l *loader) fields(n *yaml.Node, what string, known []string, f func(key string, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		l.fail(n, what, "expected a mapping of "+strings.Join(known, ", "), "")
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		if !contains(known, key) {
			l.fail(k, what, fmt.Sprintf("unknown key %q", key), hintKey(key, known))
			continue
		}
		if seen[key] {
			l.fail(k, what, fmt.Sprintf("key %q given twice", key), "")
			continue
		}
		seen[key] = true
		f(key, v)
	}
}

func hintKey(key string, known []string) string {
	best, bestD := "", 4
	for _, k := range known {
		if d := editDistance(key, k); d < bestD {
			best, bestD = k, d
		}
	}
	if best != "" {
		return fmt.Sprintf("did you mean %q?", best)
	}
	return "known keys: " + strings.Join(known, ", ")
}

func (l *loader) seq(n *yaml.Node, what string) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		l.fail(n, what, "expected a list", "")
		return nil
	}
	return n.Content
}

func (l *loader) str(n *yaml.Node, what, field string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		l.fail(n, what, field+" must be a string", "")
		return "", false
	}
	return n.Value, true
}

func (l *loader) boolean(n *yaml.Node, what, field string) bool {
	var b bool
	if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
		l.fail(n, what, field+" must be true or false", "")
	}
	return b
}

// strs reads a string or a list of strings.
func (l *loader) strs(n *yaml.Node, what, field string) []string {
	if n.Kind == yaml.ScalarNode {
		s, _ := l.str(n, what, field)
		return []string{s}
	}
	var out []string
	for _, c := range l.seq(n, what) {
		if s, ok := l.str(c, what, field); ok {
			out = append(out, s)
		}
	}
	return out
}

func (l *loader) typ(n *yaml.Node, what, s string) Type {
	t := Type(s)
	if t.Valid() {
		return t
	}
	for _, v := range Types {
		if strings.EqualFold(s, string(v)) {
			l.fail(n, what, fmt.Sprintf("unknown type %q", s), fmt.Sprintf("types are case-sensitive: write %q", v))
			return ""
		}
	}
	l.fail(n, what, fmt.Sprintf("unknown type %q", s), "use one of Person, Organization, Project, Place")
	return ""
}

func (l *loader) entity(n *yaml.Node) *Entity {
	e := &Entity{Pos: l.pos(n)}
	what := "entity"
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "name" && n.Content[i+1].Kind == yaml.ScalarNode {
				what = fmt.Sprintf("entity %q", n.Content[i+1].Value)
			}
		}
	}
	before := len(l.errs)
	var typeNode *yaml.Node
	l.fields(n, what, []string{"name", "type", "aliases", "id", "nouns", "same_as", "reviewed"}, func(key string, v *yaml.Node) {
		switch key {
		case "reviewed":
			// kg suggest writes reviewed: false on every entry it
			// proposes, so that nothing unchecked is used silently.
			var ok bool
			if v.Kind != yaml.ScalarNode || v.Decode(&ok) != nil {
				l.boolean(v, what, "reviewed") // reports the error
			} else if !ok {
				l.fail(v, what, "not reviewed (a proposal of kg suggest)", "check the entry, then delete \"reviewed: false\" or the entry")
			}
		case "name":
			e.Name, _ = l.str(v, what, "name")
			e.Name = strings.TrimSpace(e.Name)
			if msg, hint := checkForm("name", e.Name); msg != "" {
				l.fail(v, what, msg, hint)
			}
		case "id":
			e.ID, _ = l.str(v, what, "id")
			if strings.TrimSpace(e.ID) == "" {
				l.fail(v, what, "empty id", "leave id out to derive it from the name")
			}
		case "type":
			typeNode = v
			if s, ok := l.str(v, what, "type"); ok {
				e.Type = l.typ(v, what, s)
			}
		case "aliases":
			for _, a := range l.seq(v, what) {
				if al, ok := l.alias(a, what); ok {
					e.Aliases = append(e.Aliases, al)
				}
			}
		case "nouns":
			e.Nouns = l.nouns(v, what)
		case "same_as":
			e.SameAs = l.sameAs(v, what)
		}
	})
	if n.Kind != yaml.MappingNode {
		return nil
	}
	if strings.TrimSpace(e.Name) == "" {
		l.fail(n, what, "missing name", "every entity needs a canonical name")
	}
	if typeNode == nil {
		l.fail(n, what, "missing type", "add type: Person, Organization, Project or Place")
	}
	if len(l.errs) > before {
		return nil
	}
	if e.ID == "" {
		e.ID, e.IDDerived = DeriveID(e.Name), true
	}
	return e
}

func (l *loader) alias(n *yaml.Node, what string) (Alias, bool) {
	a := Alias{Pos: l.pos(n)}
	if n.Kind == yaml.ScalarNode {
		a.Text = n.Value
	} else {
		l.fields(n, what, []string{"text", "lang", "case_sensitive", "short", "fuzzy"}, func(key string, v *yaml.Node) {
			switch key {
			case "text":
				a.Text, _ = l.str(v, what, "text")
			case "lang":
				a.Lang, _ = l.str(v, what, "lang")
			case "case_sensitive":
				a.CaseSensitive = l.boolean(v, what, "case_sensitive")
			case "short":
				a.Short = l.boolean(v, what, "short")
			case "fuzzy":
				a.NoFuzzy = !l.boolean(v, what, "fuzzy")
			}
		})
	}
	a.Text = strings.TrimSpace(a.Text)
	if a.Text == "" {
		l.fail(n, what, "empty alias", "remove it, or give the form as text: ...")
		return a, false
	}
	if msg, hint := checkForm("alias", a.Text); msg != "" {
		l.fail(n, what, msg, hint)
		return a, false
	}
	return a, true
}

// nouns reads an entity's head nouns: a list of single words ("lab") or
// runs of Han characters (实验室), kept in lower case.
func (l *loader) nouns(n *yaml.Node, what string) []string {
	return l.list(n, what, "noun", "a noun is one word, as in nouns: [lab, laboratory, 实验室]", func(s string) (string, error) {
		s = strings.ToLower(strings.TrimSpace(s))
		if msg := checkNoun(s); msg != "" {
			return "", errors.New(msg)
		}
		return s, nil
	})
}

// sameAs reads the same_as list of an entity: each value an IRI, checked
// and expanded by SameAsIRI.
func (l *loader) sameAs(n *yaml.Node, what string) []string {
	return l.list(n, what, "same_as", `write a Wikidata item as Q92894, anything else as an absolute "https://..." IRI`, SameAsIRI)
}

// list reads a sequence of strings, each turned by conv into the value to
// keep or an error, reported at the value with hint. Each value is kept
// once, in order.
func (l *loader) list(n *yaml.Node, what, field, hint string, conv func(string) (string, error)) []string {
	var out []string
	for _, c := range l.seq(n, what) {
		s, ok := l.str(c, what, field)
		if !ok {
			continue
		}
		v, err := conv(s)
		if err != nil {
			l.fail(c, what, err.Error(), hint)
			continue
		}
		out = addWords(out, []string{v})
	}
	return out
}

// checkNoun returns what is wrong with a head noun, or "": it must be one
// word of letters (and hyphens), or Han characters only, so that it can
// end a noun phrase ("the lab", 该实验室).
func checkNoun(s string) string {
	if s == "" {
		return "empty noun"
	}
	if !utf8.ValidString(s) {
		return fmt.Sprintf("noun %q is not valid UTF-8", s)
	}
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r) || r == '-' && latin > 0:
			latin++
		default:
			return fmt.Sprintf("noun %q is not one word: %q is neither a letter nor a Han character", s, r)
		}
	}
	if han > 0 && latin > 0 {
		return fmt.Sprintf("noun %q mixes Han characters and letters", s)
	}
	return ""
}

// checkForm returns what is wrong with a name or alias that would match
// what it should not, or "". A form of invalid UTF-8 or U+FFFD would match
// the invalid bytes of a text; one without a letter or digit ("," or a
// zero-width space) would match punctuation everywhere.
// MaxForm is the longest name or alias a dictionary may give, in bytes:
// far longer than any name (the longest official names of organisations
// run to about 200 characters), short enough that one value cannot make
// the matcher build millions of states.
const MaxForm = 1024

func checkForm(kind, text string) (msg, hint string) {
	switch {
	case text == "":
		return "", ""
	case len(text) > MaxForm:
		// Checked first, on bytes, so that a huge value costs nothing
		// more and its message does not quote it.
		return fmt.Sprintf("%s of %d bytes: a name has at most %d", kind, len(text), MaxForm), "a long text is no name: remove it"
	case !utf8.ValidString(text):
		return fmt.Sprintf("%s %q is not valid UTF-8", kind, text), "save the file as UTF-8"
	case strings.ContainsRune(text, utf8.RuneError):
		return fmt.Sprintf("%s %q holds U+FFFD, the replacement character", kind, text), "it would match the invalid bytes of a text: write the name as it is spelt"
	case strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0:
		return fmt.Sprintf("%s %q has no letter or digit", kind, text), "it would match punctuation everywhere: remove it"
	}
	return "", ""
}

func (l *loader) relation(n *yaml.Node) *Relation {
	r := &Relation{Pos: l.pos(n)}
	what := "relation"
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "name" && n.Content[i+1].Kind == yaml.ScalarNode {
				what = fmt.Sprintf("relation %q", n.Content[i+1].Value)
			}
		}
	}
	before := len(l.errs)
	l.fields(n, what, []string{"name", "subject", "object", "patterns", "triggers", "overrides", "parts"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			r.Name, _ = l.str(v, what, "name")
		case "subject", "object":
			var ts []Type
			for i, s := range l.strs(v, what, key) {
				at := v
				if v.Kind == yaml.SequenceNode {
					at = v.Content[i]
				}
				if t := l.typ(at, what, s); t != "" {
					ts = append(ts, t)
				}
			}
			if key == "subject" {
				r.Subject = ts
			} else {
				r.Object = ts
			}
		case "patterns":
			for _, p := range l.seq(v, what) {
				src, ok := l.str(p, what, "pattern")
				if !ok {
					continue
				}
				pat, err := ParsePatternWith(src, l.lexicon)
				if err != nil {
					l.fail(p, what, fmt.Sprintf("pattern %q: %v", src, err), "")
					continue
				}
				pat.Pos = l.pos(p)
				r.Patterns = append(r.Patterns, pat)
			}
		case "overrides":
			r.Overrides = l.strs(v, what, "overrides")
		case "parts":
			if v.Kind != yaml.ScalarNode || v.Decode(&r.Parts) != nil {
				l.fail(v, what, "parts: expected true or false", "")
			}
		case "triggers":
			if v.Kind != yaml.MappingNode {
				l.fail(v, what, "triggers: expected a mapping of trigger classes to words", "e.g. verb: [founded, established]")
				return
			}
			r.Triggers = map[string][]string{}
			for i := 0; i+1 < len(v.Content); i += 2 {
				k := v.Content[i]
				if !validLexiconName(k.Value) {
					l.fail(k, what, fmt.Sprintf("trigger class %q: ASCII letters, digits and _", k.Value), "")
					continue
				}
				if _, ok := r.Triggers[k.Value]; ok {
					// A second list would silently replace the first.
					l.fail(k, what, fmt.Sprintf("trigger class %q given twice", k.Value), "put its words in one list")
					continue
				}
				r.Triggers[k.Value] = l.words(v.Content[i+1], what+" trigger "+k.Value, true)
			}
		}
	})
	if n.Kind != yaml.MappingNode {
		return nil
	}
	if strings.TrimSpace(r.Name) == "" {
		l.fail(n, what, "missing name", "")
	} else if !validRelationName(r.Name) {
		l.fail(n, what, "relation names are letters and digits, starting with a letter", "e.g. worksFor")
	}
	if len(l.errs) > before {
		return nil
	}
	return r
}

func validRelationName(s string) bool {
	for i, r := range s {
		if !(r < 128 && (unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r)))) {
			return false
		}
	}
	return s != ""
}

// DeriveID makes an id from a canonical name: lower case, runs of
// anything but letters and digits become one "-".
func DeriveID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "entity"
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// sortErrors orders errors by file position so output is deterministic.
func sortErrors(l ErrorList) {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

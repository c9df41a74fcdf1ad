package dict

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

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
const (
	maxDepth = 16
	maxNodes = 5_000_000
)

// Load reads one YAML dictionary. file names it in error positions.
// Every problem found is returned, as an ErrorList.
func Load(file string, data []byte) (*Dictionary, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		e := yamlError(file, err)
		if lines := strings.Split(string(data), "\n"); e.Pos.Line > 0 && e.Pos.Line <= len(lines) && strings.Contains(lines[e.Pos.Line-1], "\t") {
			e.Hint = "YAML indents with spaces, not tabs"
		}
		return nil, ErrorList{e}
	}
	l := &loader{file: file, lexicons: map[string][]string{}}
	d := &Dictionary{}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return d, nil // an empty file is an empty dictionary
	}
	root := doc.Content[0]
	if !l.checkTree(root, 0) {
		return nil, l.errs
	}
	if root.Kind != yaml.MappingNode {
		l.fail(root, "", "the top level must be a mapping with entities: and relations:", "")
		return nil, l.errs
	}
	// Lexicons first: patterns anywhere in the file may use them.
	l.fields(root, "", []string{"entities", "relations", "lexicons", "constructions"}, func(key string, v *yaml.Node) {
		if key == "lexicons" {
			l.lexiconSection(v)
		}
	})
	if len(l.errs) > 0 {
		return nil, l.errs
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
	if len(l.errs) > 0 {
		return nil, l.errs
	}
	return merge([]*Dictionary{d}, false)
}

// yamlError turns a yaml.v3 parse error ("yaml: line 3: ...") into an
// Error with a position.
func yamlError(file string, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	}
	// yaml.v3 gives a line only, and 0 for problems before the first one.
	return &Error{Pos: Pos{File: file, Line: max(line, 1), Col: 1}, Msg: "YAML syntax: " + msg}
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
		l.lexicons[k.Value] = l.words(v, what)
	}
}

// words reads a list of trigger or lexicon words: plain text, none of the
// pattern syntax's special characters.
func (l *loader) words(v *yaml.Node, what string) []string {
	ws := l.strs(v, what, "words")
	for i, w := range ws {
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
	l.fields(n, what, []string{"name", "type", "aliases", "id"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			e.Name, _ = l.str(v, what, "name")
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
		e.ID = DeriveID(e.Name)
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
	if strings.TrimSpace(a.Text) == "" {
		l.fail(n, what, "empty alias", "remove it, or give the form as text: ...")
		return a, false
	}
	return a, true
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
	l.fields(n, what, []string{"name", "subject", "object", "patterns", "triggers", "overrides"}, func(key string, v *yaml.Node) {
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
				r.Triggers[k.Value] = l.words(v.Content[i+1], what+" trigger "+k.Value)
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

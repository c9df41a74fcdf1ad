package dict

import (
	"errors"
	"strings"
	"testing"
)

func TestLoadIssueExample(t *testing.T) {
	src := `entities:
  - name: Geoffrey Hinton        # canonical name; becomes rdfs:label
    type: Person                 # Person | Organization | Project | Place
    aliases: [Hinton, 杰弗里·辛顿]
    id: geoffrey-hinton          # optional; derived from name when absent
  - name: University of Toronto
    type: Organization
    aliases: [多伦多大学, {text: UofT, case_sensitive: true, short: true, lang: en, fuzzy: false}]
`
	d, err := Load("ex.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) != 2 {
		t.Fatalf("got %d entities", len(d.Entities))
	}
	h := d.Entities[0]
	if h.ID != "geoffrey-hinton" || h.Type != Person || len(h.Aliases) != 2 || h.Aliases[1].Text != "杰弗里·辛顿" {
		t.Errorf("hinton = %+v", h)
	}
	if h.Pos != (Pos{"ex.yaml", 2, 5}) {
		t.Errorf("pos = %+v", h.Pos)
	}
	u := d.Entities[1]
	if u.ID != "university-of-toronto" {
		t.Errorf("derived id = %q", u.ID)
	}
	a := u.Aliases[1]
	if !a.CaseSensitive || !a.Short || !a.NoFuzzy || a.Lang != "en" {
		t.Errorf("alias flags = %+v", a)
	}
}

// TestLoadNouns: an entity's head nouns are read in lower case, once each,
// and a merge unites those of entities with one id.
func TestLoadNouns(t *testing.T) {
	a, err := Load("a.yaml", []byte("entities:\n  - {name: Gamma Lab, type: Organization, id: g, nouns: [Lab, laboratory, 实验室, lab]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.Entities[0].Nouns, "|"); got != "lab|laboratory|实验室" {
		t.Errorf("nouns = %q", got)
	}
	b, err := Load("b.yaml", []byte("entities:\n  - {name: Gamma, type: Organization, id: g, nouns: [start-up, lab]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Merge(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.Entities[0].Nouns, "|"); got != "lab|laboratory|实验室|start-up" {
		t.Errorf("merged nouns = %q", got)
	}
	if got := strings.Join(a.Entities[0].Nouns, "|"); got != "lab|laboratory|实验室" {
		t.Errorf("merge changed its input: %q", got)
	}
}

// TestLoadErrors checks the exact message of every kind of mistake.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // each error line, in order
	}{
		{"yaml syntax", "entities:\n  - name: a: b\n", []string{"d.yaml:2:12: YAML syntax: mapping values are not allowed in this context"}},
		// regressions: the line and column where the problem shows (issue 12, item 19)
		{"yaml bad byte on a later line", "entities:\n" + strings.Repeat("  - {name: X, type: Person}\n", 40) + "  - {name: \xff, type: Person}\n",
			[]string{"d.yaml:42:12: YAML syntax: invalid leading UTF-8 octet"}},
		{"yaml control character", "entities:\n  - {name: \x01, type: Person}\n", []string{"d.yaml:2:12: YAML syntax: control characters are not allowed"}},
		{"yaml indent slip", "entities:\n  - name: A\n    type: Person\n   aliases: [x]\n", []string{"d.yaml:4:4: YAML syntax: did not find expected '-' indicator"}},
		{"yaml unclosed quote", "entities:\n  - name: A\n    type: Person\n    aliases: [x, \"y]\n", []string{"d.yaml:4:18: YAML syntax: found unexpected end of stream"}},
		{"yaml wrong bracket", "entities:\n  - name: 辛顿\n    type: Person\n    aliases: [辛顿, x}\n", []string{"d.yaml:4:19: YAML syntax: did not find expected ',' or ']'"}},
		{"yaml tab", "entities:\n\t- name: a\n", []string{"d.yaml:2:1: YAML syntax: found character that cannot start any token (YAML indents with spaces, not tabs)"}},
		{"top level not a mapping", "- a\n- b\n", []string{"d.yaml:1:1: the top level must be a mapping with entities: and relations:"}},
		{"unknown top key", "entity:\n  - name: X\n", []string{`d.yaml:1:1: unknown key "entity" (did you mean "entities"?)`}},
		{"unknown entity key", "entities:\n  - name: Hinton\n    type: Person\n    alias: [GH]\n",
			[]string{`d.yaml:4:5: entity "Hinton": unknown key "alias" (did you mean "aliases"?)`}},
		{"not reviewed", "entities:\n  - name: X\n    type: Person\n    reviewed: false\n",
			[]string{`d.yaml:4:15: entity "X": not reviewed (a proposal of kg suggest) (check the entry, then delete "reviewed: false" or the entry)`}},
		{"reviewed not a bool", "entities:\n  - name: X\n    type: Person\n    reviewed: maybe\n",
			[]string{`d.yaml:4:15: entity "X": reviewed must be true or false`}},
		{"missing name", "entities:\n  - type: Person\n", []string{`d.yaml:2:5: entity: missing name (every entity needs a canonical name)`}},
		{"missing type", "entities:\n  - name: X\n", []string{`d.yaml:2:5: entity "X": missing type (add type: Person, Organization, Project or Place)`}},
		{"unknown type", "entities:\n  - name: X\n    type: Company\n",
			[]string{`d.yaml:3:11: entity "X": unknown type "Company" (use one of Person, Organization, Project, Place)`}},
		{"type case", "entities:\n  - name: X\n    type: person\n",
			[]string{`d.yaml:3:11: entity "X": unknown type "person" (types are case-sensitive: write "Person")`}},
		{"empty alias", "entities:\n  - name: X\n    type: Person\n    aliases: [\"  \"]\n",
			[]string{`d.yaml:4:15: entity "X": empty alias (remove it, or give the form as text: ...)`}},
		{"huge alias", "entities:\n  - name: X\n    type: Person\n    aliases: [" + strings.Repeat("x", 5000) + "]\n",
			[]string{`d.yaml:4:15: entity "X": alias of 5000 bytes: a name has at most 1024 (a long text is no name: remove it)`}},
		{"alias on two entities", "entities:\n  - name: A\n    type: Person\n    aliases: [Al]\n  - name: B\n    type: Person\n    aliases: [al]\n",
			[]string{`d.yaml:7:15: entity "B": alias "al" already names entity "A" (d.yaml:4:15) (an alias names one entity: remove it from one of them, or give both the same id)`}},
		{"type conflict on same id", "entities:\n  - name: A\n    type: Person\n    id: x\n  - name: B\n    type: Place\n    id: x\n",
			[]string{`d.yaml:5:5: entity "B": type Place conflicts with type Person of id "x" at d.yaml:2:5 (give one of them another id, or the same type)`}},
		{"rule unknown type", "relations:\n  - name: r\n    subject: Human\n    object: Person\n    patterns: [\"{s}x{o}\"]\n",
			[]string{`d.yaml:3:14: relation "r": unknown type "Human" (use one of Person, Organization, Project, Place)`}},
		{"rule unknown relation", "relations:\n  - name: advisr\n    patterns: [\"{s}的导师{o}\"]\n",
			[]string{`d.yaml:2:5: relation "advisr": unknown relation: no dictionary gives its subject and object types (add subject: [...] and object: [...], or check the name's spelling)`}},
		{"bad pattern", "relations:\n  - name: r\n    subject: Person\n    object: Person\n    patterns: [\"{x}\"]\n",
			[]string{`d.yaml:5:16: relation "r": pattern "{x}": unknown slot {x}: use {s}, {o} or {role:a|b}`}},
		{"anchor", "entities:\n  - &a {name: X, type: Person}\n  - *a\n", []string{`d.yaml:2:5: YAML anchors (&name) are not supported (write the value out in full)`}},
		{"deep nesting", "entities: " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n",
			[]string{`d.yaml:1:27: nesting deeper than 16 levels`}},
		// regressions: silent merges and forms that match what they should not (issue 12, items 13 to 15)
		{"derived ids collide", "entities:\n  - {name: C, type: Project}\n  - {name: C++, type: Project}\n  - {name: C#, type: Project}\n",
			[]string{`d.yaml:3:5: entity "C++": id "c", derived from the name, is also the id derived from "C" at d.yaml:2:5 (give one of them an id: ..., or both the same id to make them one entity)`,
				`d.yaml:4:5: entity "C#": id "c", derived from the name, is also the id derived from "C" at d.yaml:2:5 (give one of them an id: ..., or both the same id to make them one entity)`}},
		{"case-sensitive alias, then a plain one", "entities:\n  - name: Sun Microsystems\n    type: Organization\n    aliases: [{text: Sun, case_sensitive: true}]\n  - name: Sun Wukong\n    type: Person\n    aliases: [sun]\n",
			[]string{`d.yaml:7:15: entity "Sun Wukong": alias "sun" already names entity "Sun Microsystems" (d.yaml:4:15) (an alias names one entity: remove it from one of them, or give both the same id)`}},
		{"plain alias, then a case-sensitive one", "entities:\n  - name: Sun Wukong\n    type: Person\n    aliases: [sun]\n  - name: Sun Microsystems\n    type: Organization\n    aliases: [{text: Sun, case_sensitive: true}]\n",
			[]string{`d.yaml:7:15: entity "Sun Microsystems": alias "Sun" already names entity "Sun Wukong" (d.yaml:4:15) (an alias names one entity: remove it from one of them, or give both the same id)`}},
		{"punctuation alias", "entities:\n  - name: X\n    type: Person\n    aliases: [\",\"]\n",
			[]string{`d.yaml:4:15: entity "X": alias "," has no letter or digit (it would match punctuation everywhere: remove it)`}},
		{"zero-width alias", "entities:\n  - name: X\n    type: Person\n    aliases: [\"\\u200b\"]\n",
			[]string{`d.yaml:4:15: entity "X": alias "\u200b" has no letter or digit (it would match punctuation everywhere: remove it)`}},
		{"replacement character alias", "entities:\n  - name: X\n    type: Person\n    aliases: [\"a\\ufffd\"]\n",
			[]string{"d.yaml:4:15: entity \"X\": alias \"a\uFFFD\" holds" + ` U+FFFD, the replacement character (it would match the invalid bytes of a text: write the name as it is spelt)`}},
		{"punctuation name", "entities:\n  - {name: \"--\", type: Person}\n",
			[]string{`d.yaml:2:12: entity "--": name "--" has no letter or digit (it would match punctuation everywhere: remove it)`}},
		{"noun of two words", "entities:\n  - name: X Lab\n    type: Organization\n    nouns: [lab, research lab]\n",
			[]string{`d.yaml:4:18: entity "X Lab": noun "research lab" is not one word: ' ' is neither a letter nor a Han character (a noun is one word, as in nouns: [lab, laboratory, 实验室])`}},
		{"noun mixing scripts", "entities:\n  - name: X Lab\n    type: Organization\n    nouns: [lab实验室]\n",
			[]string{`d.yaml:4:13: entity "X Lab": noun "lab实验室" mixes Han characters and letters (a noun is one word, as in nouns: [lab, laboratory, 实验室])`}},
		{"empty noun", "entities:\n  - name: X Lab\n    type: Organization\n    nouns: [\"\"]\n",
			[]string{`d.yaml:4:13: entity "X Lab": empty noun (a noun is one word, as in nouns: [lab, laboratory, 实验室])`}},
		{"nouns not a list", "entities:\n  - name: X Lab\n    type: Organization\n    nouns: {lab: 1}\n",
			[]string{`d.yaml:4:12: entity "X Lab": expected a list`}},
		{"trigger class twice", "relations:\n  - name: made\n    subject: [Person]\n    object: [Project]\n    triggers:\n      verb: [built]\n      verb: [made]\n",
			[]string{`d.yaml:7:7: relation "made": trigger class "verb" given twice (put its words in one list)`}},
		{"several errors", "entities:\n  - name: X\n  - type: Person\n",
			[]string{`d.yaml:2:5: entity "X": missing type (add type: Person, Organization, Project or Place)`, `d.yaml:3:5: entity: missing name (every entity needs a canonical name)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Load("d.yaml", []byte(tt.src))
			if err == nil {
				// Some mistakes show only once all dictionaries are merged.
				_, err = Merge(d)
			}
			if err == nil {
				t.Fatal("no error")
			}
			got := strings.Split(err.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			var de *Error
			if !errors.As(err, &de) || de.Pos.Line == 0 {
				t.Errorf("error has no position: %#v", err)
			}
		})
	}
}

func TestAnchorBombRefusedQuickly(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 30; i++ {
		b.WriteString("a")
		b.WriteString(strings.Repeat("1", i))
		b.WriteString(": &b")
		b.WriteString(strings.Repeat("1", i))
		b.WriteString(" [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]\n")
	}
	_, err := Load("bomb.yaml", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "not supported") {
		t.Fatalf("err = %v", err)
	}
}

func TestMerge(t *testing.T) {
	a, err := Load("a.yaml", []byte("entities:\n  - {name: Geoffrey Hinton, type: Person, aliases: [Hinton]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load("b.yaml", []byte("entities:\n  - {name: G. Hinton, id: geoffrey-hinton, type: Person, aliases: [辛顿, Hinton]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Merge(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) != 1 {
		t.Fatalf("entities = %d", len(d.Entities))
	}
	var forms []string
	for _, f := range d.Entities[0].Forms() {
		forms = append(forms, f.Text)
	}
	if got := strings.Join(forms, "|"); got != "Geoffrey Hinton|Hinton|G. Hinton|辛顿" {
		t.Errorf("forms = %s", got)
	}
}

// TestMergeChecksOnce: a loaded dictionary merged alone with relation
// rules keeps its entities unchecked a second time; merged with another
// that has entities, every alias is checked again.
func TestMergeChecksOnce(t *testing.T) {
	a, err := Load("a.yaml", []byte("entities:\n  - {name: Sun Microsystems, type: Organization, aliases: [Sun]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	rules, err := BuiltinRelations()
	if err != nil {
		t.Fatal(err)
	}
	d, err := Merge(rules, a)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) != 1 || d.Entities[0] != a.Entities[0] || !d.checked {
		t.Errorf("merged alone: entities %v, checked %v; want a's entity, checked", d.Entities, d.checked)
	}
	b, err := LoadTSV("b.tsv", strings.NewReader("Sun Yat-sen\tPerson\tsun\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Merge(rules, d, b); err == nil || !strings.Contains(err.Error(), `alias "sun" already names entity "Sun Microsystems"`) {
		t.Errorf("merged with a clashing dictionary: err = %v", err)
	}
}

func TestMergeRelationPatterns(t *testing.T) {
	rels, err := BuiltinRelations()
	if err != nil {
		t.Fatal(err)
	}
	extra, err := Load("x.yaml", []byte("relations:\n  - name: advisor\n    patterns: [\"{s}の指導教員は{o}\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Merge(rels, extra)
	if err != nil {
		t.Fatal(err)
	}
	r := d.Relation("advisor")
	if last := r.Patterns[len(r.Patterns)-1]; last.Source != "{s}の指導教員は{o}" {
		t.Errorf("last advisor pattern = %q", last.Source)
	}
	if len(d.Entities) != 0 {
		t.Errorf("relations alone carry %d entities", len(d.Entities))
	}
	bad, err := Load("y.yaml", []byte("relations:\n  - name: advisor\n    subject: Organization\n    patterns: [\"{s}x{o}\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Merge(rels, bad); err == nil || !strings.Contains(err.Error(), "y.yaml:2:5: relation \"advisor\": subject types [Organization] conflict with [Person]") {
		t.Errorf("err = %v", err)
	}
}

func TestBuiltin(t *testing.T) {
	d, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"advisor", "cofounded", "founded", "authored", "developed", "contributedTo", "worksFor",
		"acquired", "investedIn", "educatedAt", "led", "hosts", "bornIn"}
	for _, name := range want {
		if r := d.Relation(name); r == nil || len(r.Patterns) == 0 {
			t.Errorf("relation %s missing or without patterns", name)
		}
	}
	if len(d.Relations) != len(want) {
		t.Errorf("%d relations, want %d", len(d.Relations), len(want))
	}
	for _, typ := range Types {
		n := 0
		for _, e := range d.Entities {
			if e.Type == typ {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no built-in %s", typ)
		}
	}
}

func TestDeriveID(t *testing.T) {
	for in, want := range map[string]string{
		"Geoffrey Hinton": "geoffrey-hinton", "DALL-E": "dall-e", "  Y  Combinator ": "y-combinator",
		"多伦多大学": "多伦多大学", "GPT-3": "gpt-3", "!!!": "entity", "Ａｌｅｘ": "ａｌｅｘ",
	} {
		if got := DeriveID(in); got != want {
			t.Errorf("DeriveID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParsePattern(t *testing.T) {
	tests := []struct {
		src   string
		kinds string // one letter per element: l literal, s, o, g gap, r role
		err   string
	}{
		{"{s}设计了{o}", "sLo", ""},
		{"{o}被{s}(收购|并购)", "oLsL", ""},
		{"{s}~(参与|)~12{o}", "sgLgo", ""},
		{"{o}~6{role:研究员|CEO}{s}", "ogrs", ""},
		{`{s}\(现{o}\)`, "sLoL", ""},
		{"{s} co-founded {o}", "sLo", ""},
		{"{o}~~{role:CEO}$", "ogr$", ""},
		{"^~4成立了{o}", "^gLo", ""},
		{"{s}~~12x{o}", "sgLo", ""},
		{"设计了", "", "a pattern needs {s} or {o}"},
		{"{s}{o}", "", "a pattern needs some literal text"},
		{"{s} {o}", "", "a pattern needs some literal text"}, // issue 12, item 20
		{"{s}~( | ){o}", "", "a pattern needs some literal text"},
		{"{s} (a| ){o}", "sLLo", ""},
		{"{s}{s}x", "", "{s} and {o} may each appear once"},
		{"~{s}x", "", "a pattern cannot start or end with a gap"},
		{"{s}x~0{o}", "", "gap ~0: want a number from 1 to 200"},
		{"{s}(a|b{o}", "", "unclosed ("},
		{"{s}(a|{o})", "", "alternatives hold plain text only"},
		{"{s} heads {o}(,|$)", "", `"$" inside ( ) is the character itself: write the clause's end outside the parentheses, as (a|b|)$`},
		{"(^|,)x{o}", "", `"^" inside ( ) is the character itself: write the clause's start outside the parentheses, as ^(a|b|)`},
		{"{s}x{o", "", "unclosed {"},
		{"{role:}{s}", "", "{role:...} alternatives must not be empty"},
	}
	for _, tt := range tests {
		p, err := ParsePattern(tt.src)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("ParsePattern(%q) err = %v, want %q", tt.src, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParsePattern(%q): %v", tt.src, err)
			continue
		}
		var kinds strings.Builder
		for _, e := range p.Elems {
			kinds.WriteByte("Lsogr$^"[e.Kind])
		}
		if kinds.String() != tt.kinds {
			t.Errorf("ParsePattern(%q) kinds = %s, want %s", tt.src, kinds.String(), tt.kinds)
		}
	}
}

// TestPatternLexiconInAlternatives: "(@adj |)" is the lexicon's words, each
// with what follows the name, and the empty alternative; an unknown name
// is an error, as it is outside parentheses.
func TestPatternLexiconInAlternatives(t *testing.T) {
	words := func(name string) ([]string, bool) {
		if name == "adj" {
			return []string{"young", "Russian"}, true
		}
		return nil, false
	}
	tests := []struct{ src, alts, err string }{
		{"{s} is a (@adj |)dancer at {o}", "young |Russian |", ""},
		{"{s} is a (very |@adj |)dancer at {o}", "very |young |Russian |", ""},
		{"{s} is a (@adj|old) dancer at {o}", "young|Russian|old", ""},
		{"{s} is a (@adjs |)dancer at {o}", "", "unknown lexicon @adjs"},
		{"{s} is a (@ |)dancer at {o}", "", "@ at byte 10 names no lexicon"},
	}
	for _, tt := range tests {
		p, err := ParsePatternWith(tt.src, words)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("ParsePatternWith(%q) err = %v, want %q", tt.src, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParsePatternWith(%q): %v", tt.src, err)
			continue
		}
		if got := strings.Join(p.Elems[2].Alts, "|"); got != tt.alts {
			t.Errorf("ParsePatternWith(%q) alternatives = %q, want %q", tt.src, got, tt.alts)
		}
	}
}

func TestSummarize(t *testing.T) {
	d, err := Load("s.yaml", []byte("entities:\n  - {name: X, type: Person}\n  - {name: Apple, type: Organization}\n  - {name: Jo, type: Person, aliases: [{text: J, short: true}]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(d)
	if s.Entities[Person] != 2 || s.Entities[Organization] != 1 || s.Aliases != 4 {
		t.Errorf("summary = %+v", s)
	}
	want := []string{
		`s.yaml:2:5: entity "X": one-letter alias "X" matches too much`,
		`s.yaml:3:5: entity "Apple": alias "Apple" is a common word; mark it case_sensitive: true or short: true`,
		`s.yaml:4:40: entity "Jo": one-letter alias "J" matches too much`,
	}
	if strings.Join(s.Warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s", strings.Join(s.Warnings, "\n"))
	}
}

func TestLoadTSV(t *testing.T) {
	src := "# name\ttype\taliases\tid\nGeoffrey Hinton\tPerson\tHinton|辛顿\nOpenAI\tOrganization\t\topenai-inc\nGPT-3\tProject\n"
	d, err := LoadTSV("g.tsv", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) != 3 || d.Entities[0].ID != "geoffrey-hinton" || len(d.Entities[0].Aliases) != 2 ||
		d.Entities[1].ID != "openai-inc" || d.Entities[2].Type != Project {
		t.Errorf("entities = %+v %+v %+v", d.Entities[0], d.Entities[1], d.Entities[2])
	}
	if d.Entities[1].Pos != (Pos{"g.tsv", 3, 1}) {
		t.Errorf("pos = %+v", d.Entities[1].Pos)
	}
	bad := "A\tPerson\tx||y\nB\tPersn\t\nC\n\tPerson\nD\tPlace\tx\n"
	_, err = LoadTSV("b.tsv", strings.NewReader(bad))
	want := []string{
		`b.tsv:1:10: entity "A": empty alias (remove the extra |)`,
		`b.tsv:2:3: entity "B": unknown type "Persn" (use one of Person, Organization, Project, Place)`,
		`b.tsv:3:1: 1 columns (want name<TAB>type<TAB>aliases[<TAB>id])`,
		`b.tsv:4:1: entity: missing name`,
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("got\n%v\nwant\n%s", err, strings.Join(want, "\n"))
	}
	// A huge alias, or a line no scanner takes, is refused at its line
	// (issue 12, item 7: a 20 MB alias took 3 GB and 43 s).
	_, err = LoadTSV("h.tsv", strings.NewReader("A\tPerson\tx\nB\tPerson\t"+strings.Repeat("y", 2000)+"\n"))
	if err == nil || err.Error() != `h.tsv:2:10: entity "B": alias of 2000 bytes: a name has at most 1024 (a long text is no name: remove it)` {
		t.Errorf("huge alias: %v", err)
	}
	_, err = LoadTSV("l.tsv", strings.NewReader("A\tPerson\tx\nB\tPerson\t"+strings.Repeat("y", 17<<20)+"\n"))
	if err == nil || err.Error() != `l.tsv:2:1: a line longer than 16 MiB: no entity's names are that long (is this a TSV dictionary?)` {
		t.Errorf("huge line: %v", err)
	}
	// The same alias on two entities is caught as in YAML.
	_, err = LoadTSV("c.tsv", strings.NewReader("A\tPerson\tx\nB\tPerson\tX\n"))
	if err == nil || !strings.Contains(err.Error(), `c.tsv:2:10: entity "B": alias "X" already names entity "A" (c.tsv:1:10)`) {
		t.Errorf("err = %v", err)
	}
}

// TestLoadSeveralDocuments: a file of several YAML documents is one
// dictionary, not its first document (issue 12, item 12).
func TestLoadSeveralDocuments(t *testing.T) {
	d, err := Load("m.yaml", []byte("---\nentities:\n  - {name: Ada, type: Person}\n---\nentities:\n  - {name: Paris, type: Place}\nrelations:\n  - {name: visited, subject: Person, object: Place, patterns: [\"{s} visited {o}\"]}\n---\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) != 2 || d.Entities[1].Name != "Paris" || d.Entities[1].Pos != (Pos{"m.yaml", 6, 5}) || d.Relation("visited") == nil {
		t.Errorf("entities %v, relations %v", d.Entities, d.Relations)
	}
	_, err = Load("m.yaml", []byte("entities:\n  - {name: Ada, type: Person}\n---\nentities:\n  - {name: Bob, type: Persn}\n"))
	if err == nil || err.Error() != `m.yaml:5:23: entity "Bob": unknown type "Persn" (use one of Person, Organization, Project, Place)` {
		t.Errorf("err = %v", err)
	}
}

// TestLoadTooLarge: a file too large for yaml.v3 to parse in bounded
// memory, and not in the plain form that is streamed, is refused before it
// is parsed (issue 12, item 2).
func TestLoadTooLarge(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"size", "entities:\n# " + strings.Repeat("x", MaxYAMLSize) + "\n", "big.yaml:1:1: a YAML dictionary of more than 16 MiB that leaves the plain form at line 2, column 1 (keep a large file to the plain form"},
		{"nodes", "lexicons:\n  w: [" + strings.Repeat("a,", maxNodes) + "b]\n", "big.yaml:1:1: a YAML dictionary of more than 2000000 nodes that leaves the plain form at line 1, column 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load("big.yaml", []byte(tt.src))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %.200v", err)
			}
		})
	}
}

// TestLoadTrims: spaces around names and aliases, and a byte-order mark
// before a TSV file, are not part of any name (issue 12, item 15).
func TestLoadTrims(t *testing.T) {
	y, err := Load("t.yaml", []byte("entities:\n  - {name: \" Albert Einstein \", type: Person, aliases: [\"Albe \", {text: \" Einstein\"}]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	ts, err := LoadTSV("t.tsv", strings.NewReader("\ufeffAlbert Einstein \tPerson\t Albe | Einstein\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*Dictionary{y, ts} {
		var forms []string
		for _, f := range d.Entities[0].Forms() {
			forms = append(forms, f.Text)
		}
		if got := strings.Join(forms, "|"); got != "Albert Einstein|Albe|Einstein" || d.Entities[0].ID != "albert-einstein" {
			t.Errorf("%s: forms %q, id %q", d.Entities[0].Pos.File, got, d.Entities[0].ID)
		}
	}
	_, err = LoadTSV("b.tsv", strings.NewReader("X\tPerson\ta|\xff\xfe|\u2014\n"))
	want := `b.tsv:1:10: entity "X": alias "\xff\xfe" is not valid UTF-8 (save the file as UTF-8)` + "\n" +
		`b.tsv:1:10: entity "X": alias "—" has no letter or digit (it would match punctuation everywhere: remove it)`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v", err)
	}
}

// TestMergeDerivedIDs: the same name in two dictionaries, in any case,
// is one entity; an explicit id merges whatever the names.
func TestMergeDerivedIDs(t *testing.T) {
	a, _ := Load("a.yaml", []byte("entities:\n  - {name: Geoffrey Hinton, type: Person}\n  - {name: C, type: Project}\n"))
	b, _ := Load("b.yaml", []byte("entities:\n  - {name: geoffrey hinton, type: Person}\n  - {name: C language, type: Project, id: c}\n"))
	d, err := Merge(a, b)
	if err != nil || len(d.Entities) != 2 {
		t.Fatalf("%v %v", d, err)
	}
	c, _ := Load("c.yaml", []byte("entities:\n  - {name: C++, type: Project}\n"))
	if _, err := Merge(a, c); err == nil || !strings.Contains(err.Error(), `c.yaml:2:5: entity "C++": id "c", derived from the name, is also the id derived from "C" at a.yaml:3:5`) {
		t.Errorf("err = %v", err)
	}
}

// TestTriggerLexicon: a trigger list may name a lexicon, @name, for all its
// words; a lexicon no dictionary defines is an error with its place.
func TestTriggerLexicon(t *testing.T) {
	rels, err := BuiltinRelations()
	if err != nil {
		t.Fatal(err)
	}
	user, err := Load("u.yaml", []byte("lexicons:\n  rank: [captain, major]\nrelations:\n  - name: ranked\n    subject: [Person]\n    object: [Organization]\n    triggers:\n      role: [\"@rank\", colonel]\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Merge(rels, user)
	if err != nil {
		t.Fatal(err)
	}
	var got string
	for _, p := range d.Relation("ranked").Constructed {
		if p.Source == "construction en-role: {o} {role:@role} {s}" {
			for _, e := range p.Elems {
				if e.Kind == Role {
					got = strings.Join(e.Alts, "|")
				}
			}
		}
	}
	if got != "captain|major|colonel" {
		t.Errorf("role alternatives = %q, want captain|major|colonel", got)
	}
	bad, err := Load("v.yaml", []byte("relations:\n  - name: ranked\n    subject: [Person]\n    object: [Organization]\n    triggers:\n      role: [\"@ranks\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Merge(rels, bad); err == nil || !strings.Contains(err.Error(), `v.yaml:2:5: relation "ranked" trigger role: @ranks: no lexicon "ranks"`) {
		t.Errorf("err = %v", err)
	}
}

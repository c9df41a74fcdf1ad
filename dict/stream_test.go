package dict

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

// plainSeeds are files in the plain form, which the stream must read, and
// read as yaml.v3 does.
var plainSeeds = []string{
	"entities:\n  - name: Geoffrey Hinton        # canonical name\n    type: Person                 # Person | Organization\n    aliases: [Hinton, 杰弗里·辛顿]\n    id: geoffrey-hinton\n  - name: Quoc Le\n    type: Person\n    aliases:\n      - {text: Le, short: true, case_sensitive: true}\n",
	"entities:\n  - {name: A, type: Person, aliases: [a, {text: b, short: true}]}\n",
	"entities:\n- name: A\n  type: Person\n  aliases:\n  - x\n  - 'y'\n  - \"z\"\n  id: a1\n- {name: B, type: Place}\n",
	"---\nentities:\n  - {name: Ada, type: Person}\n---\nentities:\n  - {name: Paris, type: Place}\n---\n",
	"entities:\n  - name: X Lab\n    type: Organization\n    nouns: [Lab, laboratory, 实验室, lab]\n    same_as: [Q92894, \"https://example.org/x\"]\n    reviewed: true\n",
	"entities:\n  - name: X\n    type: Person\n    nouns:\n      - lab\n    same_as:\n      - Q1\n",
	"entities: []\n", "entities:\n", "entities: ~\n", "# a comment\n", "", "---\n", "--- # doc\n",
	"entities:\n  - name: \"A # not a comment\"\n    type: Person\n    aliases: ['it''s', \"a: b\", 'c, d', \"[e]\", C#, \"\\u00e9\\x41\\U0001F600\\t\\\\\\\"\\'\"]\n",
	"entities:\n  - name: A#B\n    type: Person\n    aliases: [O'Brien, a\"b, 'x:y', \"who?\"]\n",
	"entities:\n  - name: 1984\n    type: Project\n    aliases: [yes, no, true, false, null, on, off, 0x1F, 1e3, .inf, Null, NULL, True]\n    id: 12\n",
	"entities:\n  - name: \"true\"\n    type: Project\n    id: <<\n",
	"entities:\n  - name: A\n    type: Person\n    aliases:\n",
	"entities:\n  - name: A\n    type: Person\n    aliases: ~\n",
	"entities:\n  - name: A\n    type: Person\n    aliases: [Al]\n  - name: B\n    type: Person\n    aliases: [al]\n",
	"entities:\n  - {name: C, type: Project}\n  - {name: C++, type: Project}\n",
	"entities:\r\n  - name: A\r\n    type: Person\r\n    aliases: [b]\r\n",
	"\ufeffentities:\n  - {name: A, type: Person}\n",
	"entities:\n  - {name: \"a\\u0000\", type: Person}\n",
	"entities:\n  - {name: \"a\\N\\_\\L\\P\\e\\ \", type: Person}\n",
	"entities:\n  - {name: 'a\\n', type: Person}\n",
	"entities:\n  - name: Москва\n    type: Place\n    aliases: [مسکو, 🏙️City, \"ㅤ\"]\n",
	"entities:\n  -   name: A\n      type: Person\n",
	"entities:\n  - name: A\n    type: Person\n    aliases:\n    - a\n    - b\n    id: x\n",
	"entities:\n  - name: A\n    type: Person\n\n  # between\n\n  - name: B\n    type: Person\n",
	"entities:\n  - name: A\n    type: Person\n--- \n",
	"entities:\n  - {name: A, type: Person, id: A B}\n  - {name: B, type: Person, id: A B}\n",
}

// otherSeeds are files next to the plain form, most of which the stream
// leaves to yaml.v3.
var otherSeeds = []string{
	"--- # doc\n...\n",
	"entities:\n  - {name: A, type: Person, aliases: [\"\\/\"]}\n",
	"entities:\n  - {name: A, type: Person, aliases: [x:y]}\n",
	"entities:\n  - {name: A, type: Person, aliases: [who?]}\n",
	"entities:\n  - name: a: b\n    type: Person\n",
	"entities:\n  - name: \"  spaced  \"\n    type: Person\n    aliases: [\"  b  \", '  c  ', d  , {text: \"  e \"}]\n",
	"entities:\n  - name: 1984\n    type: Project\n    aliases: [~, <<, '']\n",
	"entities:\n  - name: Yes\n    type: Person\n    id: null\n",
	"entities:\n  - name: ~\n    type: Person\n",
	"entities:\n  - name:\n    type: Person\n",
	"entities:\n  - {name: A, type: Person, aliases: [{text: a, lang: en, fuzzy: false, short: True}]}\n",
	"entities:\n  - {name: A, type: Person, aliases: [{text: a, short: yes}]}\n",
	"entities:\n  - {name: A, type: Person, reviewed: false}\n",
	"entities:\n  - {name: A, type: Persn}\n",
	"entities:\n  - {name: A, type: Person, aliases: [a, b, ]}\n",
	"entities:\n  - {name: A, type: Person, aliases: [a, [b]]}\n",
	"\ufeffentities:\n  - {name: A, type: Person, aliases: [\ufeffb]}\n",
	"entities:\n  - name: A\t# tab\n    type: Person\n",
	"entities:\n\t- name: a\n",
	"entities:\n  - name: A\rB\n    type: Person\n",
	"entities:\n  - name: A\u2028B\n    type: Person\n",
	"entities:\n  - name: A\u0085B\n    type: Person\n",
	"entities:\n  - {name: \"\\ud800\", type: Person}\n",
	"entities:\n  - name: \xff\n    type: Person\n",
	"entities:\n  - name: \"\u200b\"\n    type: Person\n",
	"entities:\n  - name: A\n    type: Person\n   aliases: [x]\n",
	"entities:\n  - name: A\n    type: Person\n      aliases: [x]\n",
	"entities:\n  - name: A\n      B\n    type: Person\n",
	"entities:\n  - name: A\n    type: Person\n    aliases:\n     - a\n    - b\n",
	"entities:\n  -\n    name: A\n    type: Person\n",
	"  entities:\n  - name: A\n",
	"entities:\n  - name: A\n    type: Person\nrelations:\n  - name: r\n",
	"entities:\n  - name: A\n    type: Person\nentities:\n  - name: B\n    type: Person\n",
	"entities:\n  - name: A\n    type: Person\n    name: B\n",
	"entities:\n  - name: A\n    type: Person\n    alias: [x]\n",
	"entities:\n  - &a {name: X, type: Person}\n  - *a\n",
	"entities:\n  - name: !!str 12\n    type: Person\n",
	"entities:\n  - name: |\n      A\n    type: Person\n",
	"entities:\n  - {name: A,\n     type: Person}\n",
	"entities:\n  - name: \"A\n      B\"\n    type: Person\n",
	"entities:\n  - {name: A, type: Person} # c\n  - {name: B, type: Person}#c\n",
	"entities:\n  - name: A # c\n    type: Person#c\n",
	"entities:\n  - name: A\n    type: Person\n---x\n",
	"entities: # the list\n- name: A\n  type: Person\n---\n- a\n",
	"entities:\n  - {name: A, type: Person, aliases: {a: b}}\n",
	"entities:\n  - {name: A, type: Person, aliases: a}\n",
	"entities:\n  - {name: A, type: Person, nouns: [research lab]}\n",
	"entities:\n  - {name: A, type: Person, same_as: [nope]}\n",
	"entities:\n  - {name: A, type: Person, id: \" \"}\n",
	"entities:\n  - {name: A, type: Person, aliases: [\"" + strings.Repeat("x", 1100) + "\"]}\n",
}

// generatedYAML is a gazetteer in the shape internal/gen writes.
func generatedYAML(n int) []byte {
	var b bytes.Buffer
	b.WriteString("entities:\n")
	types := []Type{Person, Organization, Project, Place}
	for i := range n {
		fmt.Fprintf(&b, "  - name: %s\n    type: %s\n", strconv.Quote(fmt.Sprintf("Name%d Ü", i)), types[i%4])
		if i%3 != 0 {
			fmt.Fprintf(&b, "    aliases: [%s, %s]\n", strconv.Quote(fmt.Sprintf("alias%d", i)), strconv.Quote(fmt.Sprintf("别名%d", i)))
		}
	}
	return b.Bytes()
}

// fuzzCorpus reads the seed inputs of another fuzz target.
func fuzzCorpus(t testing.TB, target string) [][]byte {
	files, _ := filepath.Glob(filepath.Join("testdata", "fuzz", target, "*"))
	var out [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, v, _ := strings.Cut(string(data), "\n[]byte(")
		s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimSpace(v), ")"))
		if err == nil {
			out = append(out, []byte(s))
		}
	}
	return out
}

// sameAsTree checks that where the stream reads data, it makes what the
// yaml.v3 path makes: the same dictionary, or the same errors.
func sameAsTree(t *testing.T, data []byte) (streamed bool) {
	t.Helper()
	s := newStreamer("f.yaml", bytes.NewReader(data))
	if !s.run() {
		if s.stop.Line < 1 || s.stop.Col < 1 {
			t.Fatalf("declined without a position: %+v", s.stop)
		}
		return false
	}
	got, gotErr := merge([]*Dictionary{{Entities: s.ents}}, false, true)
	want, wantErr := loadTree("f.yaml", data, Pos{})
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Fatalf("stream: %v\nyaml.v3: %v", gotErr, wantErr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("stream:\n%s\nyaml.v3:\n%s", dump(got), dump(want))
	}
	return true
}

func dump(d *Dictionary) string {
	if d == nil {
		return "nil"
	}
	var b strings.Builder
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "  %+v\n", *e)
	}
	return b.String()
}

// FuzzStreamYAML: where the stream reads a file, its dictionary is the one
// yaml.v3's tree gives, positions included; anything else it declines.
func FuzzStreamYAML(f *testing.F) {
	for _, name := range []string{"builtin_entities.yaml", "builtin_relations.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range append(plainSeeds, otherSeeds...) {
		f.Add([]byte(s))
	}
	for _, s := range fuzzCorpus(f, "FuzzLoad") {
		f.Add(s)
	}
	f.Add(generatedYAML(20))
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsTree(t, data)
	})
}

// TestStream: the files the stream reads are read as yaml.v3 reads them,
// and the common shapes are read by the stream, not left to yaml.v3.
func TestStream(t *testing.T) {
	builtin, err := os.ReadFile("builtin_entities.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range otherSeeds {
		t.Run(strconv.Itoa(i), func(t *testing.T) { sameAsTree(t, []byte(s)) })
	}
	var long strings.Builder // a line longer than the reader's buffer
	long.WriteString("entities:\n  - {name: A, type: Person, aliases: [a0")
	for i := 1; i < 20_000; i++ {
		fmt.Fprintf(&long, ", a%d", i)
	}
	long.WriteString("]}\n  - {name: B, type: Person}\n")
	for i, s := range append(plainSeeds, string(builtin), string(generatedYAML(500)), long.String()) {
		t.Run("plain"+strconv.Itoa(i), func(t *testing.T) {
			if !sameAsTree(t, []byte(s)) {
				st := newStreamer("f.yaml", strings.NewReader(s))
				st.run()
				t.Errorf("declined at %d:%d", st.stop.Line, st.stop.Col)
			}
		})
	}
}

// TestLoadYAML: read from a reader, a byte at a time, a file gives what
// Load gives on its bytes, whether it is streamed or not.
func TestLoadYAML(t *testing.T) {
	for i, s := range append(plainSeeds, otherSeeds...) {
		want, wantErr := Load("f.yaml", []byte(s))
		got, gotErr := LoadYAML("f.yaml", iotest.OneByteReader(strings.NewReader(s)))
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || !reflect.DeepEqual(got, want) {
			t.Errorf("%d: LoadYAML: %v, %v\nLoad: %v, %v", i, got, gotErr, want, wantErr)
		}
	}
	if _, err := LoadYAML("f.yaml", iotest.ErrReader(iotest.ErrTimeout)); err != iotest.ErrTimeout {
		t.Errorf("read error: %v", err)
	}
}

// TestLoadLargePlain: a file in the plain form larger than yaml.v3 may
// read is streamed (issue 15); one that leaves the plain form is refused
// with where it does.
func TestLoadLargePlain(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a file of more than 16 MiB")
	}
	data := generatedYAML(330_000)
	if len(data) <= MaxYAMLSize {
		t.Fatalf("only %d bytes", len(data))
	}
	d, err := LoadYAML("big.yaml", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) != 330_000 || d.Entities[329_999].Pos.Line != bytes.Count(data, []byte("\n"))-2 {
		t.Errorf("%d entities, the last at %+v", len(d.Entities), d.Entities[len(d.Entities)-1].Pos)
	}
	bad := append(data[:len(data):len(data)], "  - {name: X, type: Person, aliases: [&a x]}\n"...)
	want := fmt.Sprintf("big.yaml:1:1: a YAML dictionary of more than 16 MiB that leaves the plain form at line %d, column 39 (keep a large file to the plain form (README, Dictionaries), write it as TSV, name<TAB>type<TAB>alias|alias..., or split it)", bytes.Count(bad, []byte("\n")))
	for _, load := range []func() error{
		func() error { _, err := LoadYAML("big.yaml", bytes.NewReader(bad)); return err },
		func() error { _, err := Load("big.yaml", bad); return err },
	} {
		if err := load(); err == nil || err.Error() != want {
			t.Errorf("err = %v\nwant  %s", err, want)
		}
	}
}

// BenchmarkLoadYAML loads a generated gazetteer of 100,000 aliases in the
// plain form, streamed and with yaml.v3's tree.
func BenchmarkLoadYAML(b *testing.B) {
	data := generatedYAML(60_000) // 100,000 forms, names included
	b.Run("stream", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := Load("b.yaml", data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("yaml.v3", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := loadTree("b.yaml", data, Pos{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

package graph

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.* from the current output")

// fixture is one input to Build.
type fixture struct {
	name     string
	entities []*dict.Entity
	facts    []extract.Fact
	opt      Options
}

func (fx fixture) build(t testing.TB) *Graph {
	t.Helper()
	g, err := Build(fx.entities, fx.facts, fx.opt)
	if err != nil {
		t.Fatalf("Build(%s): %v", fx.name, err)
	}
	return g
}

// smallFixture is a hand-made interview: two people, a company, a project
// and a place, with Chinese aliases, a role and a time, the same triple from
// two sentences, and one entity that takes part in no fact.
func smallFixture() fixture {
	ilya := &dict.Entity{ID: "ilya-sutskever", Name: "Ilya Sutskever", Type: dict.Person, Aliases: []dict.Alias{
		{Text: "伊尔亚·苏茨克维", Lang: "zh"},
		{Text: "苏茨克维"},
		{Text: "Ilya", Short: true},
		{Text: "Ilya Sutskever"}, // repeats the name: not an altLabel
	}}
	hinton := &dict.Entity{ID: "geoffrey-hinton", Name: "Geoffrey Hinton", Type: dict.Person, Aliases: []dict.Alias{
		{Text: "辛顿"},
		{Text: "Hinton", Lang: "en"},
	}}
	openai := &dict.Entity{ID: "openai", Name: "OpenAI", Type: dict.Organization}
	alexnet := &dict.Entity{ID: "alexnet", Name: "AlexNet", Type: dict.Project}
	toronto := &dict.Entity{ID: "toronto", Name: "Toronto", Type: dict.Place, Aliases: []dict.Alias{{Text: "多伦多", Lang: "zh_Hans"}}}
	const doc = "interview-zh.txt"
	s1 := "辛顿是伊尔亚·苏茨克维的导师。"
	s2 := "2015年，苏茨克维联合创立了OpenAI，并担任首席科学家。"
	s3 := "Sutskever co-founded OpenAI in 2015."
	return fixture{
		name:     "small",
		entities: []*dict.Entity{toronto, openai, ilya, hinton},
		facts: []extract.Fact{
			{Subject: ilya, Relation: "advisor", Object: hinton,
				Evidence: extract.Evidence{Doc: doc, Span: extract.Span{Start: 0, End: len(s1)}, Text: s1}},
			{Subject: ilya, Relation: "cofounded", Object: openai, Time: "2015年",
				Evidence: extract.Evidence{Doc: doc, Span: extract.Span{Start: 100, End: 100 + len(s2)}, Text: s2}},
			{Subject: ilya, Relation: "worksFor", Object: openai, Role: "首席科学家", Time: "2015年",
				Evidence: extract.Evidence{Doc: doc, Span: extract.Span{Start: 100, End: 100 + len(s2)}, Text: s2}},
			{Subject: ilya, Relation: "cofounded", Object: openai, Time: "2015",
				Evidence: extract.Evidence{Doc: "https://example.com/interviews/ilya.html", Span: extract.Span{Start: 7, End: 7 + len(s3)}, Text: s3}},
			// alexnet is reached only through this fact.
			{Subject: ilya, Relation: "created", Object: alexnet,
				Evidence: extract.Evidence{Doc: doc, Span: extract.Span{Start: 300, End: 310}, Text: "AlexNet…"}},
			// An exact repeat collapses.
			{Subject: ilya, Relation: "advisor", Object: hinton,
				Evidence: extract.Evidence{Doc: doc, Span: extract.Span{Start: 0, End: len(s1)}, Text: s1}},
		},
	}
}

// hostile strings: everything a name or sentence might carry that breaks
// a careless writer.
const (
	hQuote   = `say "hi"`
	hBack    = `back\slash\`
	hLines   = "line1\nline2\r\nline3\rend"
	hTabs    = "tab\there\vvt\fff\bbs"
	hAngles  = "<a> {b} |c| ^d^ `e` #f %g &h"
	hControl = "nul\x00soh\x01esc\x1bdel\x7f"
	hBadUTF8 = "bad\xff\xfeutf8\xc3"
	hEmoji   = "emoji 🧠🤖 𝔘𝔫𝔦"
	hRTL     = "שלום עולם مرحبا \u202Eevil\u202C"
	hLineSep = "ls\u2028ps\u2029nel\u0085bom\ufeff"
)

func hostileFixture() fixture {
	mk := func(id, name string, typ dict.Type, aliases ...dict.Alias) *dict.Entity {
		return &dict.Entity{ID: id, Name: name, Type: typ, Aliases: aliases}
	}
	a := mk(hQuote+" "+hBack, hBack, dict.Person,
		dict.Alias{Text: hQuote}, dict.Alias{Text: hLines, Lang: "en US"}, dict.Alias{Text: hRTL, Lang: "he"})
	b := mk(hAngles+"/x", hAngles, dict.Organization,
		dict.Alias{Text: hControl, Lang: "zh_Hant_TW"}, dict.Alias{Text: hTabs, Lang: "x-private"})
	c := mk(hControl+hBadUTF8, hBadUTF8+hControl, dict.Project,
		dict.Alias{Text: hEmoji, Lang: "i-klingon"}, dict.Alias{Text: hBadUTF8, Lang: "\xff"})
	d := mk(hEmoji+hRTL, hRTL+hEmoji, dict.Place, dict.Alias{Text: hLineSep})
	e := mk(`\x00`, `\N \G \L \l \r`, dict.Person) // looks like dotID's own escape
	f := mk("\x00", "\\", dict.Person)
	ev := func(doc, text string, start int) extract.Evidence {
		return extract.Evidence{Doc: doc, Span: extract.Span{Start: start, End: start + len(text)}, Text: text}
	}
	return fixture{
		name:     "hostile",
		entities: []*dict.Entity{a, b, c, d, e, f},
		opt:      Options{Base: "urn:kg:test"},
		facts: []extract.Fact{
			{Subject: a, Relation: "advisor", Object: b, Role: hQuote + hBack, Time: hLines,
				Evidence: ev("https://example.com/a b<c>/{d}?q=|x|#frag#more", hQuote+hLines+hBack, 0)},
			{Subject: b, Relation: "rel with space/and\"quote", Object: c,
				Evidence: ev("http://user name@host name:port/p%zz%41", hControl+hBadUTF8, 10)},
			{Subject: c, Relation: "worksFor", Object: d, Role: hEmoji, Time: hRTL,
				Evidence: ev("dir/文档 1#2.txt", hTabs+hEmoji+hRTL, 20)},
			{Subject: d, Relation: "locatedIn", Object: e,
				Evidence: ev(`C:\docs\x.txt`, hAngles+hLineSep, 30)},
			{Subject: e, Relation: "advisor", Object: f,
				Evidence: ev("", "", 0)},
			{Subject: f, Relation: "advisor", Object: a,
				Evidence: ev("file:///tmp/x y\x00\xff.txt", hBack, 5)},
			{Subject: a, Relation: "advisor", Object: a,
				Evidence: ev("urn:isbn:978-0", "self", 1)},
		},
	}
}

func fixtures() []fixture { return []fixture{smallFixture(), hostileFixture()} }

func render(t testing.TB, g *Graph) (nq, dot []byte) {
	t.Helper()
	var a, b bytes.Buffer
	if err := g.WriteNQuads(&a); err != nil {
		t.Fatalf("WriteNQuads: %v", err)
	}
	if err := g.WriteDOT(&b); err != nil {
		t.Fatalf("WriteDOT: %v", err)
	}
	return a.Bytes(), b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			nq, dot := render(t, fx.build(t))
			checkGolden(t, filepath.Join("testdata", fx.name+".golden.nq"), nq)
			checkGolden(t, filepath.Join("testdata", fx.name+".golden.dot"), dot)

			// Run to run and input order must not matter.
			rev := fx
			rev.entities = slices.Clone(fx.entities)
			slices.Reverse(rev.entities)
			rev.facts = slices.Clone(fx.facts)
			slices.Reverse(rev.facts)
			nq2, dot2 := render(t, rev.build(t))
			if !bytes.Equal(nq, nq2) || !bytes.Equal(dot, dot2) {
				t.Errorf("output depends on input order")
			}
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update rewrites it)\n--- got:\n%s", path, got)
	}
}

// TestNQuadsReread reads the output back with the quad library's reader
// and checks that it holds exactly the statements the model made.
func TestNQuadsReread(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			g := fx.build(t)
			nq, _ := render(t, g)
			checkReread(t, g, nq)
		})
	}
}

func checkReread(t testing.TB, g *Graph, nq []byte) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(string(nq), "\n"), "\n")
	if !slices.IsSorted(lines) {
		t.Errorf("lines are not sorted")
	}
	if len(slices.Compact(slices.Clone(lines))) != len(lines) {
		t.Errorf("lines repeat")
	}
	got := make(map[string]bool)
	for i, l := range lines {
		q, err := nquads.Parse(l)
		if err != nil {
			t.Fatalf("line %d: %v\n%s", i+1, err, l)
		}
		got[quadKey(q)] = true
	}
	r := nquads.NewReader(bytes.NewReader(nq), false)
	n := 0
	for {
		_, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("reader: %v", err)
		}
		n++
	}
	if n != len(lines) {
		t.Errorf("reader saw %d quads in %d lines", n, len(lines))
	}
	want := make(map[string]bool)
	for _, q := range g.quads() {
		want[quadKey(expected(q))] = true
	}
	for k := range want {
		if !got[k] {
			t.Errorf("missing after re-read: %s", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("unexpected after re-read: %s", k)
		}
	}
}

// expected is what the reader must give back for a quad the model made:
// invalid UTF-8 becomes U+FFFD and typed literals their native values.
func expected(q quad.Quad) quad.Quad {
	fix := func(v quad.Value) quad.Value {
		switch v := v.(type) {
		case quad.String:
			return quad.String([]rune(string(v)))
		case quad.LangString:
			return quad.LangString{Value: quad.String([]rune(string(v.Value))), Lang: v.Lang}
		case quad.TypedString:
			if n, err := v.ParseValue(); err == nil {
				return n
			}
		}
		return v
	}
	return quad.Quad{Subject: fix(q.Subject), Predicate: fix(q.Predicate), Object: fix(q.Object), Label: fix(q.Label)}
}

func quadKey(q quad.Quad) string {
	var b strings.Builder
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			fmt.Fprintf(&b, "%#v|", v)
		}
	}
	return b.String()
}

func TestBuildErrors(t *testing.T) {
	p := &dict.Entity{ID: "p", Name: "P", Type: dict.Person}
	tests := []struct {
		name     string
		entities []*dict.Entity
		facts    []extract.Fact
		opt      Options
		want     error
	}{
		{"nil entity", []*dict.Entity{nil}, nil, Options{}, ErrEntity},
		{"empty ID", []*dict.Entity{{Name: "x", Type: dict.Person}}, nil, Options{}, ErrEntity},
		{"bad type", []*dict.Entity{{ID: "x", Type: "Thing"}}, nil, Options{}, ErrEntity},
		{"duplicate ID", []*dict.Entity{p, {ID: "p", Type: dict.Place}}, nil, Options{}, ErrDuplicateID},
		{"fact with new duplicate", []*dict.Entity{p}, []extract.Fact{{Subject: p, Relation: "r", Object: &dict.Entity{ID: "p", Type: dict.Person}}}, Options{}, ErrDuplicateID},
		{"fact without object", nil, []extract.Fact{{Subject: p, Relation: "r"}}, Options{}, ErrFact},
		{"fact without relation", nil, []extract.Fact{{Subject: p, Object: p}}, Options{}, ErrFact},
		{"relative base", nil, nil, Options{Base: "github.com/kg-graph/kg/"}, ErrBase},
		{"base with space", nil, nil, Options{Base: "http://example.org/a b/"}, ErrBase},
		{"base with a C1 control", nil, nil, Options{Base: "http://example.org/\u0085/"}, ErrBase},
		{"base with invalid UTF-8", nil, nil, Options{Base: "http://example.org/\xff/"}, ErrBase},
		{"base with brackets in the path", nil, nil, Options{Base: "http://example.org/[x]/"}, ErrBase},
		{"base with a bad IPv6 host", nil, nil, Options{Base: "http://[::g]/"}, ErrBase},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Build(tt.entities, tt.facts, tt.opt)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestBase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", DefaultBase},
		{"http://example.org/kg", "http://example.org/kg/"},
		{"http://example.org/kg#", "http://example.org/kg#"},
		{"urn:kg:", "urn:kg:/"},
		// regressions: valid IRIs that were refused (issue 12, item 18)
		{"http://example.org/é/", "http://example.org/é/"},
		{"http://例子.example/图谱", "http://例子.example/图谱/"},
		{"http://[::1]/kg/", "http://[::1]/kg/"},
		{"http://[2001:db8::7]:8080/kg#", "http://[2001:db8::7]:8080/kg#"},
		{"http://[v1.fe80::a+en1]/", "http://[v1.fe80::a+en1]/"},
	}
	for _, tt := range tests {
		got, err := normaliseBase(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("normaliseBase(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
		if err := CheckBase(tt.in); err != nil {
			t.Errorf("CheckBase(%q) = %v", tt.in, err)
		}
	}
	// A non-ASCII base is written as it is, and the line reads back.
	p := &dict.Entity{ID: "p", Name: "P", Type: dict.Person}
	g, err := Build([]*dict.Entity{p}, nil, Options{Base: "http://example.org/é/"})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := g.WriteNQuads(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "<http://example.org/é/entity/p> ") {
		t.Errorf("output:\n%s", b.String())
	}
	checkReread(t, g, b.Bytes())
}

func TestDocumentIRI(t *testing.T) {
	g := &Graph{base: DefaultBase}
	tests := []struct{ doc, want string }{
		// basics
		{"a.txt", DefaultBase + "doc/a.txt"},
		{"dir/sub/a.txt", DefaultBase + "doc/dir/sub/a.txt"},
		{"文档.txt", DefaultBase + "doc/%E6%96%87%E6%A1%A3.txt"},
		{"a b#c?d%e", DefaultBase + "doc/a%20b%23c%3Fd%25e"},
		{"", DefaultBase + "doc/"},
		// absolute IRIs are kept
		{"https://example.com/a.html", "https://example.com/a.html"},
		{"urn:isbn:978-0-00", "urn:isbn:978-0-00"},
		{"file:///tmp/a.txt", "file:///tmp/a.txt"},
		{"https://u:p@h.example:8080/p?q=1&r=2#f", "https://u:p@h.example:8080/p?q=1&r=2#f"},
		{"https://h/%41%zz", "https://h/%41%25zz"},
		// with what RFC 3987 does not allow there encoded
		{"https://example.com/a b<c>.html", "https://example.com/a%20b%3Cc%3E.html"},
		{"https://h/#a#b", "https://h/#a%23b"},
		{"http://h:port/", "http://h%3Aport/"},
		{"http://[::1]:80/", "http://[::1]:80/"},
		{"http://[::1/", "http://%5B%3A:1/"},
		{"https://h/文档", "https://h/%E6%96%87%E6%A1%A3"},
		// not a scheme
		{`C:\docs\a.txt`, DefaultBase + "doc/C%3A%5Cdocs%5Ca.txt"},
		{"1http://x", DefaultBase + "doc/1http%3A//x"},
		// regressions: a file name is a path whatever it looks like (issue 12, item 21)
		{DocPath("news:2024.txt"), DefaultBase + "doc/news%3A2024.txt"},
		{DocPath("a.txt"), DefaultBase + "doc/a.txt"},
		{"./a.txt", DefaultBase + "doc/a.txt"},
	}
	for _, tt := range tests {
		if got := string(g.documentIRI(tt.doc)); got != tt.want {
			t.Errorf("documentIRI(%q) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

func TestLangTag(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"", "Ilya", "en"},
		{"", "GPT-3", "en"},
		{"", "Илья", ""},
		{"", "123", ""},
		{"", "伊尔亚", "zh"},
		{"", "Ilya 苏茨克维", "zh"},
		{"en", "伊尔亚", "en"},
		{"zh_CN", "x", "zh-CN"},
		{"ZH-hant-tw", "x", "zh-Hant-TW"},
		{"en US", "x", "en"},
		{"en US", "苏", "zh"},
		{"\xff", "x", "en"},
		{"x-private", "x", "x-private"},
	}
	for _, tt := range tests {
		if got := langTag(tt.lang, tt.text); got != tt.want {
			t.Errorf("langTag(%q, %q) = %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestEscapes(t *testing.T) {
	lit := func(s string) string {
		var b strings.Builder
		writeLiteral(&b, s)
		return b.String()
	}
	tests := []struct {
		fn       func(string) string
		in, want string
	}{
		{lit, `a"b\c`, `"a\"b\\c"`},
		{lit, "\n\r\t\b\f", `"\n\r\t\b\f"`},
		{lit, "\x00\x1f\x7f\v", `"\u0000\u001F\u007F\u000B"`},
		{lit, "a\xffb", "\"a\uFFFDb\""},
		{lit, "🧠\u2028", "\"🧠\u2028\""},
		{escapeSegment, "a b/c%d~e", "a%20b%2Fc%25d~e"},
		{escapeSegment, "\xff", "%FF"},
		{dotID, `a"b\`, `"a\"b\\"`},
		{dotID, "a\x00\xff\n", `"a\x00\xFF\x0A"`},
		{dotID, `\x00`, `"\\x00"`},
		{dotLabel, `end\`, `"end\\"`},
		{dotLabel, "a\r\nb\rc\nd\te", `"a\nb\nc\nd e"`},
		{dotLabel, "\x00\x1b\x7f\xff", "\"\u2400\u241b\u2421\ufffd\""},
		// regressions: Graphviz decodes HTML entities in labels (issue 12, item 22)
		{dotLabel, "AT&amp;T", `"AT&amp;amp;T"`},
		{dotLabel, "&#38; &#x26; &lt;b&gt;", `"&amp;#38; &amp;#x26; &amp;lt;b&amp;gt;"`},
		{dotLabel, "AT&T & Co; a&;b &#; &#xg;", `"AT&T & Co; a&;b &#; &#xg;"`},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%q -> %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestModel checks the dominikbraun/graph model: one edge per pair whose
// data carries every fact.
func TestModel(t *testing.T) {
	g := smallFixture().build(t)
	n, _ := g.model.Order()
	if n != 5 {
		t.Errorf("order = %d, want 5", n)
	}
	e, err := g.model.Edge("ilya-sutskever", "openai")
	if err != nil {
		t.Fatal(err)
	}
	fs := e.Properties.Data.([]extract.Fact)
	var rels []string
	for _, f := range fs {
		rels = append(rels, f.Relation)
	}
	if want := []string{"cofounded", "cofounded", "worksFor"}; !slices.Equal(rels, want) {
		t.Errorf("relations = %q, want %q", rels, want)
	}
}

type failWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errWrite
	}
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	g := smallFixture().build(t)
	for _, n := range []int{0, 5000} {
		if err := g.WriteNQuads(&failWriter{n: n}); !errors.Is(err, errWrite) {
			t.Errorf("WriteNQuads after %d bytes: %v", n, err)
		}
		if err := g.WriteDOT(&failWriter{n: n / 10}); !errors.Is(err, errWrite) {
			t.Errorf("WriteDOT after %d bytes: %v", n/10, err)
		}
	}
}

func TestZeroGraph(t *testing.T) {
	nq, dot := render(t, &Graph{})
	if len(nq) != 0 {
		t.Errorf("N-Quads of the zero Graph: %q", nq)
	}
	checkDOT(t, dot)
}

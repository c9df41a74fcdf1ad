package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-graph/kg/dict"
	"github.com/kg-graph/kg/extract"
	"github.com/kg-graph/kg/graph"
	"github.com/kg-graph/kg/internal/tooltest"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// kg runs the CLI in memory. Standard input is stdin, or /dev/null when
// stdin is "", as when kg runs with nothing piped in.
func kg(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var in io.Reader = strings.NewReader(stdin)
	if stdin == "" {
		null, err := os.Open(os.DevNull)
		if err != nil {
			t.Fatal(err)
		}
		defer null.Close()
		in = null
	}
	var o, e bytes.Buffer
	code = run(args, in, &o, &e)
	return o.String(), e.String(), code
}

// TestGolden pins the three outputs on the embedded article. Refresh with
// go test ./cmd/kg -update and review the diff.
func TestGolden(t *testing.T) {
	for _, tc := range []struct{ cmd, file string }{
		{"extract", "ilya.nq"},
		{"dot", "ilya.dot"},
		{"mentions", "ilya.mentions.jsonl"},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			out, errOut, code := kg(t, "", "demo", tc.cmd)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			again, _, _ := kg(t, "", "demo", tc.cmd)
			if again != out {
				t.Fatal("two runs differ")
			}
			path := filepath.Join("..", "..", "testdata", "golden", tc.file)
			if *update {
				if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s; run go test ./cmd/kg -update and review the diff", path)
			}
		})
	}
}

func TestExtractIsDefault(t *testing.T) {
	a, _, _ := kg(t, "")
	b, _, _ := kg(t, "", "demo", "extract")
	if a != b || a == "" {
		t.Error("kg and kg extract differ")
	}
}

// readQuads reads N-Quads with the quad library's reader, failing the test
// on the first quad it rejects.
func readQuads(t *testing.T, nq string) []quad.Quad {
	t.Helper()
	r := nquads.NewReader(strings.NewReader(nq), false)
	var qs []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return qs
		}
		if err != nil {
			t.Fatalf("quad %d: %v", len(qs)+1, err)
		}
		qs = append(qs, q)
	}
}

// TestNQuadsReread reads kg's N-Quads back with the quad library's reader.
func TestNQuadsReread(t *testing.T) {
	out, _, _ := kg(t, "", "demo", "extract")
	qs := readQuads(t, out)
	advisor := false
	for _, q := range qs {
		if q.Subject == quad.IRI("http://example.org/kg/entity/ilya-sutskever") &&
			q.Predicate == quad.IRI("http://example.org/kg/rel/advisor") &&
			q.Object == quad.IRI("http://example.org/kg/entity/geoffrey-hinton") {
			advisor = true
		}
	}
	if lines := strings.Count(out, "\n"); len(qs) != lines {
		t.Errorf("read %d quads from %d lines", len(qs), lines)
	}
	if !advisor {
		t.Error("no advisor quad for Ilya Sutskever")
	}
}

func TestRapperAcceptsArticle(t *testing.T) {
	rapper := tooltest.Need(t, "rapper", "raptor2-utils")
	out, _, _ := kg(t, "", "demo", "extract")
	_, errOut := tooltest.Run(t, []byte(out), rapper, "-i", "nquads", "-c", "-", "http://example.org/base/")
	want := "returned " + itoa(strings.Count(out, "\n")) + " triples"
	if !strings.Contains(errOut, want) {
		t.Errorf("rapper: %s (want %q)", errOut, want)
	}
	if strings.Contains(errOut, "Warning") || strings.Contains(errOut, "Error") {
		t.Errorf("rapper complained: %s", errOut)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestOxigraphAdvisor loads the article's graph into Oxigraph and asks
// who Ilya Sutskever's advisor is, and where the graph says so.
func TestOxigraphAdvisor(t *testing.T) {
	ox := tooltest.Oxigraph(t)
	out, _, _ := kg(t, "", "demo", "--base", "https://kg.example/ns/")
	query := `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://kg.example/ns/vocab/>
SELECT DISTINCT ?name ?sentence WHERE {
  GRAPH ?g { ?ilya <https://kg.example/ns/rel/advisor> ?advisor }
  ?ilya rdfs:label "Ilya Sutskever" .
  ?advisor rdfs:label ?name .
  GRAPH <https://kg.example/ns/provenance> { ?g kg:sentence ?sentence }
} ORDER BY ?sentence`
	res, _ := tooltest.Run(t, []byte(out), append(ox, "-", query)...)
	lines := strings.Split(strings.TrimSpace(res), "\n")
	if len(lines) == 0 || lines[0] == "" {
		t.Fatal("no answer")
	}
	for _, l := range lines {
		var row struct{ Name, Sentence string }
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if row.Name != "Geoffrey Hinton" {
			t.Errorf("advisor = %q", row.Name)
		}
		if !strings.Contains(row.Sentence, "Hinton") {
			t.Errorf("evidence %q does not name Hinton", row.Sentence)
		}
	}
}

func TestDotRendersArticle(t *testing.T) {
	dot := tooltest.Need(t, "dot", "graphviz")
	out, _, _ := kg(t, "", "demo", "dot")
	svg, _ := tooltest.Run(t, []byte(out), dot, "-Tsvg")
	for _, name := range []string{"Ilya Sutskever", "Geoffrey Hinton", "advisor", "OpenAI"} {
		if !strings.Contains(svg, name) {
			t.Errorf("rendered SVG lacks %q", name)
		}
	}
}

func TestMentionsJSON(t *testing.T) {
	out, _, _ := kg(t, "", "demo", "mentions")
	src := defaultArticle
	n := 0
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var m struct {
			Doc, Text, Entity, Name, Type, How string
			Start, End                         int
		}
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		if string(src[m.Start:m.End]) != m.Text {
			t.Errorf("%s: span %d-%d is %q", line, m.Start, m.End, src[m.Start:m.End])
		}
		if m.Doc != defaultDoc || m.Entity == "" || m.Name == "" || m.Type == "" || m.How == "" {
			t.Errorf("incomplete: %s", line)
		}
		n++
	}
	if n < 100 {
		t.Errorf("only %d mentions", n)
	}
}

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("people.yaml", "entities:\n  - {name: Ada Lovelace, type: Person, aliases: [Lovelace]}\n  - {name: Analytical Engine, type: Project}\n  - {name: Note G, type: Project}\n")
	bad := write("bad.yaml", "entities:\n  - name: Ada\n    type: Persn\n")
	jsonl := filepath.Join(t.TempDir(), "corpus.jsonl")
	writeFile(t, jsonl, `{"id": "a1", "text": "Lovelace was here."}`+"\n"+`{"id": "a2"}`+"\n\n"+`{"id": "https://example.com/b", "text": "Then Ada Lovelace wrote Note G."}`+"\n")
	emptyDir := filepath.Join(t.TempDir(), "empty")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	text := write("ada.txt", "Ada Lovelace wrote Note G, a program for the Analytical Engine. Lovelace died in 1852.\n")
	// Inputs of issue 12: links to directories, odd file names, odd JSON Lines.
	linked := t.TempDir()
	linkedText := filepath.Join(linked, "texts", "ada.txt")
	os.MkdirAll(filepath.Dir(linkedText), 0o755)
	writeFile(t, linkedText, "Ada Lovelace wrote Note G.\n")
	links := t.TempDir()
	symlink(t, filepath.Join(linked, "texts"), filepath.Join(links, "to-texts"))    // a link to a directory
	symlink(t, links, filepath.Join(linked, "texts", "loop"))                       // a link back up: walked once
	symlink(t, filepath.Join(linked, "texts"), filepath.Join(linked, "texts-link")) // a link given as input
	oddJSONL := filepath.Join(t.TempDir(), "odd.jsonl")
	writeFile(t, oddJSONL, "\ufeff"+`{"id": "bom", "text": "Ada Lovelace"}`+"\n"+`{"id": null, "text": "Lovelace"}`+"\n"+`{"id": "", "text": "Lovelace"}`+"\n"+
		`{"id": "ok", "text": "Lovelace"}`+"\n"+"{\"id\": \"bad\", \"text\": \"\xff Lovelace\"}\n")
	deepmind := write("deepmind.yaml", "entities: [{name: DeepMind Technologies, id: deepmind-technologies, type: Organization, aliases: [DeepMind]}]\n")
	deepmind2 := write("deepmind2.yaml", "entities: [{name: Alphabet DeepMind, type: Organization, aliases: [deepmind]}]\n")
	dmText := filepath.Join(t.TempDir(), "dm.txt")
	writeFile(t, dmText, "DeepMind was bought by Google.\n")
	tests := []struct {
		name       string
		stdin      string
		args       []string
		code       int
		stdout     string // substring; "" means empty
		stderr     string // substring; "" means empty
		noStdout   bool
		noStderr   bool
		stdoutLine int // if > 0, exact number of output lines
	}{
		{name: "help", args: []string{"help"}, stdout: "kg extract", noStderr: true},
		{name: "version", args: []string{"version"}, stdout: "kg (devel)\n", noStderr: true},
		{name: "unknown command", args: []string{"frobnicate"}, code: exitUsage, noStdout: true,
			stderr: "kg: error: unknown command \"frobnicate\" for \"kg\"\nkg: hint: run kg help for usage\n"},
		{name: "unknown flag", args: []string{"extract", "--bogus"}, code: exitUsage, noStdout: true,
			stderr: "kg: error: unknown flag: --bogus\nkg: hint: run kg help extract for usage\n"},
		{name: "missing dictionary file", args: []string{"extract", "--dict", filepath.Join(dir, "none.yaml")}, code: exitBadDict, noStdout: true,
			stderr: "kg: error: dictionary: open " + filepath.Join(dir, "none.yaml")},
		{name: "bad dictionary", args: []string{"mentions", "--dict", bad}, code: exitBadDict, noStdout: true,
			stderr: "kg: error: " + bad + ":3:11: entity \"Ada\": unknown type \"Persn\" (use one of Person, Organization, Project, Place)\n"},
		{name: "user dictionary without built-in entities", args: []string{"mentions", "--no-builtin", "--dict", good, text},
			stdout: `"text":"Ada Lovelace","entity":"ada-lovelace"`, noStderr: true, stdoutLine: 4},
		{name: "built-in rules apply to user entities", args: []string{"extract", "--no-builtin", "--dict", good, text},
			stdout: "<http://example.org/kg/entity/ada-lovelace> <http://example.org/kg/rel/authored> <http://example.org/kg/entity/note-g>", noStderr: true},
		{name: "stdin", stdin: "Geoffrey Hinton讲课。", args: []string{"mentions", "-"}, stdout: `{"doc":"stdin","start":0,"end":15,"char_start":0,"char_end":15,"text":"Geoffrey Hinton","entity":"geoffrey-hinton","name":"Geoffrey Hinton","type":"Person","how":"exact"}`, noStderr: true},
		{name: "unreadable input, others still processed", args: []string{"mentions", filepath.Join(dir, "nope.txt"), text, "--no-builtin", "--dict", good},
			code: exitInput, stdout: `"text":"Lovelace"`, stderr: "kg: error: open " + filepath.Join(dir, "nope.txt")},
		{name: "directory input is walked", args: []string{"mentions", "--no-builtin", "--dict", good, dir}, stdout: `{"doc":"` + text + `","start":0,"end":12,"char_start":0,"char_end":12,"text":"Ada Lovelace"`, noStderr: true, stdoutLine: 4},
		{name: "directory without texts", args: []string{"mentions", emptyDir}, code: exitInput, noStdout: true,
			stderr: "kg: error: " + emptyDir + ": a directory with no .txt, .text, .md, .jsonl or .ndjson files\n"},
		{name: "glob", args: []string{"mentions", "--no-builtin", "--dict", good, filepath.Join(dir, "*.txt")}, stdout: `"text":"Ada Lovelace"`, noStderr: true, stdoutLine: 4},
		{name: "glob without match", args: []string{"mentions", filepath.Join(dir, "*.none")}, code: exitInput, noStdout: true, stderr: "*.none: no file matches"},
		{name: "json lines", args: []string{"mentions", "--no-builtin", "--dict", good, jsonl}, code: exitInput,
			stdout: `{"doc":"a1","start":0,"end":8,"char_start":0,"char_end":8,"text":"Lovelace","entity":"ada-lovelace","name":"Ada Lovelace","type":"Person","how":"exact"}` + "\n" +
				`{"doc":"https://example.com/b","start":5,"end":17,"char_start":5,"char_end":17,"text":"Ada Lovelace",`,
			stderr: "kg: error: " + jsonl + `:2: want {"id": ..., "text": ...}` + "\n"},
		{name: "json lines from stdin", stdin: `{"id": 7, "text": "Hinton讲课"}`, args: []string{"mentions", "--jsonl", "-"}, stdout: `{"doc":"7","start":0,"end":6,"char_start":0,"char_end":6,"text":"Hinton"`, noStderr: true},
		{name: "bad shard", args: []string{"extract", "--shard", "2/2"}, code: exitUsage, noStdout: true, stderr: `--shard "2/2": want I/N with 0 <= I < N`},
		{name: "bad -j", args: []string{"extract", "-j", "0"}, code: exitUsage, noStdout: true, stderr: "-j 0: want at least 1"},
		{name: "invalid UTF-8 reported", stdin: "Hinton\xff\xfe讲课", args: []string{"mentions", "-"},
			stdout: `"start":0,"end":6,"char_start":0,"char_end":6,"text":"Hinton"`, stderr: "kg: warning: stdin: invalid UTF-8 at byte 6 (2 bad bytes); shown as U+FFFD in output, offsets unchanged\n"},
		{name: "empty input", stdin: "", args: []string{"extract", "-"}, noStdout: true, noStderr: true},
		{name: "base IRI", args: []string{"demo", "--base", "urn:x:"}, stdout: "<urn:x:/entity/ilya-sutskever>", noStderr: true},
		{name: "dict check", args: []string{"dict", "check", good}, stdout: "entities: 3\n  Person:       1\n  Organization: 0\n  Project:      2\n  Place:        0\naliases: 4\n", noStderr: true},
		{name: "dict check bad", args: []string{"dict", "check", bad}, code: exitBadDict, noStdout: true, stderr: ":3:11: entity \"Ada\": unknown type"},
		{name: "eval needs gold", args: []string{"eval"}, code: exitUsage, noStdout: true, stderr: "kg eval needs --gold FILE (or --corpus DIR)"},

		// built-in entities yield to the user's (issue 17)
		{name: "a user alias that is a built-in name", args: []string{"mentions", "--dict", deepmind, dmText},
			stdout: `{"doc":"` + dmText + `","start":0,"end":8,"char_start":0,"char_end":8,"text":"DeepMind","entity":"deepmind-technologies"`, noStderr: true},
		{name: "-v says what gave way", args: []string{"mentions", "-v", "--dict", deepmind, dmText},
			stdout: `"entity":"deepmind-technologies"`,
			stderr: "kg: note: built-in entity \"DeepMind\" left out: its name is a form of entity \"DeepMind Technologies\" (" + deepmind + ":1:99)\n"},
		{name: "two user dictionaries still conflict", args: []string{"mentions", "--dict", deepmind, "--dict", deepmind2, dmText}, code: exitBadDict, noStdout: true,
			stderr: "kg: error: " + deepmind2 + `:1:68: entity "Alphabet DeepMind": alias "deepmind" already names entity "DeepMind Technologies" (` + deepmind + ":1:99)"},

		// regressions of issue 12
		{name: "-j too large", args: []string{"mentions", "-j", "100000000"}, code: exitUsage, noStdout: true, stderr: "kg: error: -j 100000000: want at most 256\n"},
		{name: "bad base before any input", stdin: "Hinton", args: []string{"extract", "--base", "github.com/kg-graph/kg/", "-"}, code: exitUsage, noStdout: true,
			stderr: "kg: error: --base: invalid base IRI: \"github.com/kg-graph/kg/\"\nkg: hint: run kg help extract for usage\n"},
		{name: "base with a non-ASCII letter", args: []string{"demo", "--base", "http://example.org/é/"}, stdout: "<http://example.org/é/entity/ilya-sutskever> ", noStderr: true},
		{name: "base with an IPv6 host", args: []string{"demo", "--base", "http://[::1]:8080/kg/"}, stdout: "<http://[::1]:8080/kg/entity/ilya-sutskever> ", noStderr: true},
		{name: "stdin twice", args: []string{"mentions", "-", "-"}, code: exitUsage, noStdout: true, stderr: `kg: error: "-" given twice: standard input can be read once`},
		{name: "link to a directory as input", args: []string{"mentions", "--no-builtin", "--dict", good, filepath.Join(linked, "texts-link")},
			stdout: `{"doc":"` + filepath.Join(linked, "texts-link", "ada.txt") + `","start":0,"end":12,"char_start":0,"char_end":12,"text":"Ada Lovelace"`, noStderr: true, stdoutLine: 2},
		{name: "link to a directory inside one", args: []string{"mentions", "--no-builtin", "--dict", good, links},
			stdout: `{"doc":"` + filepath.Join(links, "to-texts", "ada.txt") + `","start":0,"end":12`, noStderr: true, stdoutLine: 2},
		{name: "./ in a path is one document", args: []string{"mentions", "--no-builtin", "--dict", good, filepath.Dir(text) + "/./ada.txt"},
			stdout: `{"doc":"` + text + `","start":0`, noStderr: true},
		{name: "json lines: BOM, empty ids, invalid UTF-8", args: []string{"mentions", "--no-builtin", "--dict", good, oddJSONL}, code: exitInput,
			stdout: `{"doc":"bom","start":0,"end":12,"char_start":0,"char_end":12,"text":"Ada Lovelace"`,
			stderr: "kg: error: " + oddJSONL + `:2: want {"id": ..., "text": ...} with an id that is not null or ""` + "\n" +
				"kg: error: " + oddJSONL + `:3: want {"id": ..., "text": ...} with an id that is not null or ""` + "\n" +
				"kg: warning: " + oddJSONL + ":5: invalid UTF-8 (1 bad bytes) read as U+FFFD, as JSON decoders do: offsets count 3 bytes for each\n",
			stdoutLine: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := kg(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", code, tt.code, errOut)
			}
			if tt.noStdout && out != "" {
				t.Errorf("stdout: %q", out)
			}
			if tt.noStderr && errOut != "" {
				t.Errorf("stderr: %q", errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errOut)
			}
			if tt.stdoutLine > 0 && strings.Count(out, "\n") != tt.stdoutLine {
				t.Errorf("%d lines, want %d:\n%s", strings.Count(out, "\n"), tt.stdoutLine, out)
			}
		})
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestOutputFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.nq")
	if _, errOut, code := kg(t, "", "demo", "-o", p); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	got, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	want, _, _ := kg(t, "", "demo", "extract")
	if string(got) != want {
		t.Error("-o output differs from stdout output")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	// A directory that does not exist: an error, nothing written.
	if _, errOut, code := kg(t, "", "demo", "-o", filepath.Join(dir, "no", "out.nq")); code != exitInput || !strings.Contains(errOut, "kg: error:") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

func TestEvalCommand(t *testing.T) {
	out, errOut, code := kg(t, "", "demo", "eval", "--gold", filepath.Join("..", "..", "testdata", "ilya-gold.yaml"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "overall") || !strings.Contains(out, "precision") {
		t.Errorf("report:\n%s", out)
	}
}

// TestEvalExplains: kg eval says why it missed a relation, with mentions
// and text from its own run.
func TestEvalExplains(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "t.txt")
	gold := filepath.Join(dir, "gold.yaml")
	if err := os.WriteFile(text, []byte("Intro.\nGeoffrey Hinton met Ilya Sutskever in Toronto.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gold, []byte("relations:\n  - {s: Ilya Sutskever, p: advisor, o: Geoffrey Hinton, evidence: \"Geoffrey Hinton met Ilya Sutskever in Toronto.\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := kg(t, "", "eval", "--gold", gold, text)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Ilya Sutskever advisor Geoffrey Hinton (both mentioned, no rule matched)") {
		t.Errorf("report:\n%s", out)
	}
}

// TestEvalGoldEntities: a gold file with an entities section is the whole
// annotation (no --dict needed); a misspelt relation is refused with its
// line; a broken entity is reported at its place in the gold file.
func TestEvalGoldEntities(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "t.txt")
	if err := os.WriteFile(text, []byte("Jane Roe joined Acme Robotics in 2019.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.yaml", "language: en\nentities:\n  - {name: Jane Roe, type: Person}\n  - {name: Acme Robotics, type: Organization}\nrelations:\n  - {s: Jane Roe, p: worksFor, o: Acme Robotics, evidence: \"Jane Roe joined Acme Robotics in 2019.\"}\n")
	out, errOut, code := kg(t, "", "eval", "--gold", good, text)
	if code != 0 || !strings.Contains(out, "overall            1     0     0") {
		t.Errorf("exit %d, stderr %q, report:\n%s", code, errOut, out)
	}
	typo := write("typo.yaml", "entities:\n  - {name: Jane Roe, type: Person}\n  - {name: Acme Robotics, type: Organization}\nrelations:\n  - {s: Jane Roe, p: workFor, o: Acme Robotics}\n")
	if _, errOut, code := kg(t, "", "eval", "--gold", typo, text); code != exitInput || !strings.Contains(errOut, `line 5: unknown relation "workFor"`) {
		t.Errorf("misspelt relation: exit %d, stderr %q", code, errOut)
	}
	bad := write("bad.yaml", "relations:\n  - {s: Jane Roe, p: worksFor, o: Acme Robotics}\nentities:\n  - {name: Jane Roe, type: Persn}\n")
	if _, errOut, code := kg(t, "", "eval", "--gold", bad, text); code != exitBadDict || !strings.Contains(errOut, "bad.yaml:4:") {
		t.Errorf("bad entity: exit %d, stderr %q", code, errOut)
	}
}

// TestEvalCorpus: kg eval --corpus scores every folder of a corpus with
// its own dictionary and prints each text's line and the groups.
func TestEvalCorpus(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []struct{ path, body string }{
		{"en-a/text.txt", "Jane Roe joined Acme Robotics in 2019. Acme Robotics was founded by John Doe.\n"},
		{"en-a/gold.yaml", "entities:\n  - {name: Jane Roe, type: Person}\n  - {name: John Doe, type: Person}\n  - {name: Acme Robotics, type: Organization}\nrelations:\n  - {s: Jane Roe, p: worksFor, o: Acme Robotics, evidence: \"Jane Roe joined Acme Robotics in 2019.\"}\n  - {s: John Doe, p: founded, o: Acme Robotics, tier: hard, evidence: \"Acme Robotics was founded by John Doe.\"}\n"},
		{"zh-b/text.txt", "张三加入了甲公司。\n"},
		{"zh-b/dict.yaml", "entities:\n  - {name: 张三, type: Person}\n  - {name: 甲公司, type: Organization}\n"},
		{"zh-b/gold.yaml", "relations:\n  - {s: 张三, p: worksFor, o: 甲公司, evidence: \"张三加入了甲公司。\"}\n"},
		{"split.txt", "en-a tune\nzh-b heldout\n"},
	} {
		p := filepath.Join(dir, f.path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f.body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := kg(t, "", "eval", "--corpus", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"en-a ", "zh-b ", "split heldout lang zh", "lang en", "all "} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// TestFileNameIsAPath: a file's name is a path under the base, whatever it
// looks like, and ./a.txt is a.txt (issue 12, item 21).
func TestFileNameIsAPath(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFile(t, "news:2024.txt", "Geoffrey Hinton讲课。\n")
	writeFile(t, "a.txt", "Geoffrey Hinton讲课。\n")
	out, errOut, code := kg(t, "", "mentions", "news:2024.txt", "./a.txt")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{`{"doc":"./news:2024.txt","start":0`, `{"doc":"a.txt","start":0`} {
		if !strings.Contains(out, want) {
			t.Errorf("mentions lack %s:\n%s", want, out)
		}
	}
	g, err := graph.Build(nil, []extract.Fact{{Subject: &dict.Entity{ID: "a", Type: dict.Person}, Relation: "r", Object: &dict.Entity{ID: "b", Type: dict.Person},
		Evidence: extract.Evidence{Doc: graph.DocPath("news:2024.txt")}}}, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	g.WriteNQuads(&b)
	if !strings.Contains(b.String(), "<http://example.org/kg/doc/news%3A2024.txt> ") {
		t.Errorf("document IRI:\n%s", b.String())
	}
	// The same file named two ways is one document, in one shard.
	for i := range 2 {
		a, _, _ := kg(t, "", "mentions", "--shard", fmt.Sprintf("%d/2", i), "a.txt")
		b, _, _ := kg(t, "", "mentions", "--shard", fmt.Sprintf("%d/2", i), "./a.txt")
		if a != b {
			t.Errorf("shard %d: a.txt gives %q, ./a.txt %q", i, a, b)
		}
	}
}

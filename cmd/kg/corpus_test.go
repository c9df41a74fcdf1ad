package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-graph/kg/extract/corpus"
	"github.com/kg-graph/kg/graph"
)

// writeCorpus writes n small documents (copies of article paragraphs with their
// names varied) as files in a directory and as one JSON Lines file.
func writeCorpus(t *testing.T, n int) (dir, jsonl string) {
	t.Helper()
	paras := strings.Split(string(defaultArticle), "\n \n")
	dir = t.TempDir()
	var jl strings.Builder
	for i := 0; i < n; i++ {
		text := paras[i%len(paras)]
		writeFile(t, filepath.Join(dir, fmt.Sprintf("doc%03d.txt", i)), text)
		fmt.Fprintf(&jl, "{\"id\": \"doc-%d\", \"text\": %q}\n", i, text)
	}
	jsonl = filepath.Join(t.TempDir(), "corpus.jsonl")
	writeFile(t, jsonl, jl.String())
	return dir, jsonl
}

// TestParallelIsDeterministic: -j changes nothing in any output.
func TestParallelIsDeterministic(t *testing.T) {
	dir, jsonl := writeCorpus(t, 60)
	for _, cmd := range []string{"extract", "mentions", "dot"} {
		for _, in := range []string{dir, jsonl} {
			one, e1, c1 := kg(t, "", cmd, "-j", "1", in)
			if c1 != 0 || e1 != "" {
				t.Fatalf("%s %s -j 1: exit %d: %s", cmd, in, c1, e1)
			}
			if one == "" {
				t.Errorf("%s %s: no output", cmd, in)
			}
			jobs := []string{"4"}
			if cmd == "extract" {
				jobs = []string{"2", "4"}
			}
			for _, j := range jobs {
				out, e, c := kg(t, "", cmd, "-j", j, in)
				if c != 0 || e != "" {
					t.Fatalf("%s %s -j %s: exit %d: %s", cmd, in, j, c, e)
				}
				if out != one {
					t.Errorf("%s %s: -j 1 and -j %s differ", cmd, in, j)
				}
			}
		}
	}
}

// sortedUnique is what LC_ALL=C sort -u makes of outputs concatenated.
func sortedUnique(outs ...string) string {
	var lines []string
	for _, out := range outs {
		lines = append(lines, strings.SplitAfter(out, "\n")...)
	}
	lines = slices.DeleteFunc(lines, func(l string) bool { return l == "" })
	slices.Sort(lines)
	return strings.Join(slices.Compact(lines), "")
}

// TestShardUnion: the shards' N-Quads, concatenated, sorted and
// deduplicated, are the single run's output, sorted and deduplicated.
func TestShardUnion(t *testing.T) {
	dir, jsonl := writeCorpus(t, 40)
	for _, in := range []string{dir, jsonl} {
		whole, _, code := kg(t, "", "extract", in)
		if code != 0 {
			t.Fatal("whole run failed")
		}
		var outs []string
		nonEmpty := 0
		for i := 0; i < 3; i++ {
			out, errOut, code := kg(t, "", "extract", "--shard", fmt.Sprintf("%d/3", i), in)
			if code != 0 {
				t.Fatalf("shard %d: %s", i, errOut)
			}
			if out != "" {
				nonEmpty++
			}
			outs = append(outs, out)
		}
		if sortedUnique(outs...) != sortedUnique(whole) {
			t.Errorf("%s: union of shards differs from the whole run", in)
		}
		if nonEmpty < 2 {
			t.Errorf("%s: only %d shards had output", in, nonEmpty)
		}
	}
}

// TestLargeDocumentBlocks: a document larger than a block keeps its
// offsets, and its facts, across block edges.
func TestLargeDocumentBlocks(t *testing.T) {
	var b bytes.Buffer
	for b.Len() < 3*corpus.BlockSize {
		b.Write(defaultArticle)
	}
	p := filepath.Join(t.TempDir(), "big.txt")
	writeFile(t, p, b.String())
	out, errOut, code := kg(t, "", "mentions", "-q", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	small, _, _ := kg(t, "", "demo", "mentions")
	perCopy := strings.Count(small, "\n")
	copies := b.Len() / len(defaultArticle)
	if len(lines) < perCopy*copies*9/10 {
		t.Errorf("%d mentions in %d copies; one copy has %d", len(lines), copies, perCopy)
	}
	src := b.Bytes()
	for _, l := range lines {
		var start, end int
		var text string
		if _, err := fmt.Sscanf(extractField(l, "start"), "%d", &start); err != nil {
			t.Fatal(l)
		}
		fmt.Sscanf(extractField(l, "end"), "%d", &end)
		text = extractField(l, "text")
		if string(src[start:end]) != strings.Trim(text, `"`) {
			t.Fatalf("span %d-%d is %q, line %s", start, end, src[start:end], l)
		}
	}
}

// extractField pulls a field's raw value out of a mentions line.
func extractField(line, name string) string {
	i := strings.Index(line, `"`+name+`":`)
	if i < 0 {
		return ""
	}
	rest := line[i+len(name)+3:]
	if strings.HasPrefix(rest, `"`) {
		j := strings.Index(rest[1:], `"`)
		return rest[:j+2]
	}
	j := strings.IndexAny(rest, ",}")
	return rest[:j]
}

func TestNoNewlineAtAll(t *testing.T) {
	// One line of 3 MB: blocks are cut at rune boundaries.
	text := strings.Repeat("Geoffrey Hinton与谷歌合作，", 3*corpus.BlockSize/len("Geoffrey Hinton与谷歌合作，")+1)
	p := filepath.Join(t.TempDir(), "oneline.txt")
	writeFile(t, p, text)
	out, errOut, code := kg(t, "", "mentions", p)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var start, end int
		fmt.Sscanf(extractField(l, "start"), "%d", &start)
		fmt.Sscanf(extractField(l, "end"), "%d", &end)
		if got := text[start:end]; got != "Geoffrey Hinton" && got != "谷歌" {
			t.Fatalf("span %d-%d is %q", start, end, got)
		}
	}
}

func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := filepath.Join(t.TempDir(), "out.nq")
	var o, e bytes.Buffer
	code := runContext(ctx, []string{"extract", "-o", p}, strings.NewReader(""), &o, &e)
	if code != exitInterrupted || !strings.Contains(e.String(), "kg: error: interrupted") {
		t.Errorf("exit %d: %s", code, e.String())
	}
	if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("output file exists after interrupt: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(p)); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestInterruptWhileReading: an interrupt stops kg even while it waits
// for input that never comes (a terminal, an open pipe).
func TestInterruptWhileReading(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	p := filepath.Join(t.TempDir(), "out.nq")
	code := make(chan int, 1)
	var e bytes.Buffer
	go func() {
		code <- runContext(ctx, []string{"extract", "-o", p, "-"}, r, io.Discard, &e)
	}()
	w.Write([]byte("Geoffrey Hinton讲课。\n")) // some input, then nothing
	cancel()
	select {
	case c := <-code:
		if c != exitInterrupted {
			t.Errorf("exit %d: %s", c, e.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("kg did not stop on interrupt while reading")
	}
	if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("output file exists after interrupt: %v", err)
	}
}

// failWriter fails after n bytes, like a full disk or a closed pipe.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("no space left on device")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	for _, cmd := range []string{"extract", "dot", "mentions"} {
		var e bytes.Buffer
		code := run([]string{"demo", cmd}, strings.NewReader(""), &failWriter{n: 100}, &e)
		if code != exitInput || !strings.Contains(e.String(), "kg: error: writing output: no space left on device") {
			t.Errorf("%s: exit %d: %q", cmd, code, e.String())
		}
	}
	if _, err := os.Stat("/dev/full"); err == nil {
		f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var e bytes.Buffer
		if code := run([]string{"demo"}, strings.NewReader(""), f, &e); code != exitInput || !strings.Contains(e.String(), "no space left on device") {
			t.Errorf("/dev/full: exit %d: %q", code, e.String())
		}
	}
}

// TestCompiledDictionary: kg dict compile, then --dict with the compiled
// file gives the same output as the dictionary it came from.
func TestCompiledDictionary(t *testing.T) {
	dir := t.TempDir()
	tsv := filepath.Join(dir, "g.tsv")
	writeFile(t, tsv, "Ada Lovelace\tPerson\tLovelace|Countess of Lovelace\nAnalytical Engine\tProject\nNote G\tProject\n")
	out := filepath.Join(dir, "g.kgc")
	if _, errOut, code := kg(t, "", "dict", "compile", tsv, "-o", out); code != 0 {
		t.Fatalf("compile: exit %d: %s", code, errOut)
	}
	text := filepath.Join(dir, "t.txt")
	writeFile(t, text, "Ada Lovelace wrote Note G for the Analytical Engine. Lovelace died in 1852.\n")
	for _, cmd := range []string{"mentions", "extract"} {
		want, _, _ := kg(t, "", cmd, "--no-builtin", "--dict", tsv, text)
		got, errOut, code := kg(t, "", cmd, "--no-builtin", "--dict", out, text)
		if code != 0 || got != want || got == "" {
			t.Errorf("%s: exit %d %s\ngot  %s\nwant %s", cmd, code, errOut, got, want)
		}
	}
	// With the built-in entities too: two automatons, one output.
	if got, errOut, code := kg(t, "", "mentions", "--dict", out, text); code != 0 || !strings.Contains(got, `"entity":"note-g"`) {
		t.Errorf("with built-in: exit %d %s: %s", code, errOut, got)
	}
	// An id in both a compiled and another dictionary is refused.
	if _, errOut, code := kg(t, "", "mentions", "--dict", out, "--dict", tsv, text); code != exitBadDict || !strings.Contains(errOut, `entity id "ada-lovelace" is in a compiled dictionary and in another dictionary`) {
		t.Errorf("clash: exit %d: %s", code, errOut)
	}
	// An alias of a compiled entity that another dictionary gives another
	// entity is refused, as within YAML (issue 12, item 14).
	other := filepath.Join(dir, "other.yaml")
	writeFile(t, other, "entities:\n  - {name: Augusta King, type: Person, aliases: [lovelace]}\n")
	if _, errOut, code := kg(t, "", "mentions", "--dict", other, "--dict", out, text); code != exitBadDict ||
		errOut != "kg: error: "+out+`: entity "Ada Lovelace": alias "Lovelace" already names entity "Augusta King" (`+other+":2:50) (an alias names one entity: remove it from one of them, or give both the same id)\n" {
		t.Errorf("alias clash: exit %d: %s", code, errOut)
	}
	// A file whose first bytes are damaged is a damaged compiled
	// dictionary, not bad YAML (issue 12, item 20).
	data, _ := os.ReadFile(out)
	bad := filepath.Join(dir, "bad.kgc")
	data[2] ^= 0x04
	writeFile(t, bad, string(data))
	data[2] ^= 0x04
	if _, errOut, code := kg(t, "", "mentions", "--dict", bad, text); code != exitBadDict || errOut != "kg: error: "+bad+": compiled dictionary: damaged (its first bytes are not \"KGDICT4\\n\")\n" {
		t.Errorf("damaged magic: exit %d: %s", code, errOut)
	}
	// A file from a kg that wrote an older format is named as such.
	old := filepath.Join(dir, "old.kgc")
	writeFile(t, old, "KGDICT2\n"+string(data[8:]))
	if _, errOut, code := kg(t, "", "mentions", "--dict", old, text); code != exitBadDict || errOut != "kg: error: "+old+": compiled by an older kg: compile it again with kg dict compile\n" {
		t.Errorf("older format: exit %d: %s", code, errOut)
	}
	// A damaged file is refused with a clear message.
	data[len(data)/2] ^= 0xff
	writeFile(t, out, string(data))
	if _, errOut, code := kg(t, "", "mentions", "--dict", out, text); code != exitBadDict || !strings.Contains(errOut, "g.kgc: compiled dictionary: ") {
		t.Errorf("damaged: exit %d: %s", code, errOut)
	}
	if _, errOut, code := kg(t, "", "dict", "compile", tsv); code != exitUsage || !strings.Contains(errOut, "needs FILE... and -o OUT") {
		t.Errorf("no -o: exit %d: %s", code, errOut)
	}
}

// wholeGraphNQuads is the N-Quads of the graph of files built whole and
// written by graph's WriteNQuads: what kg extract wrote before it wrote
// a document at a time, and what its output must be once sorted and
// deduplicated.
func wholeGraphNQuads(t *testing.T, provenance string, files ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	c := &cli{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &out, stderr: &syncWriter{w: &errOut}}
	o := &options{files: files, quiet: true}
	o.provenance = provenance
	x, d, code := c.extractor(o, false)
	if code == exitOK {
		code = c.writeGraph(o, x, d, (*graph.Graph).WriteNQuads)
	}
	if code != exitOK {
		t.Fatalf("whole graph of %s: exit %d: %s", files, code, errOut.String())
	}
	return out.String()
}

// TestNQuadsByDocument: kg extract writes each document's statements as
// its turn comes; merged, they are the whole graph's, with nothing lost
// and, in graph form, nothing written twice: not across documents, and
// not across the blocks of a large document, cut at line breaks or
// inside a line.
func TestNQuadsByDocument(t *testing.T) {
	dir, jsonl := writeCorpus(t, 30)
	var b bytes.Buffer
	for b.Len() < 2*corpus.BlockSize+corpus.BlockSize/2 {
		b.Write(defaultArticle)
	}
	blocks := filepath.Join(t.TempDir(), "blocks.txt")
	writeFile(t, blocks, b.String())
	oneLine := filepath.Join(t.TempDir(), "oneline.txt")
	writeFile(t, oneLine, strings.ReplaceAll(b.String(), "\n", " "))
	for _, in := range []string{dir, jsonl, blocks, oneLine} {
		for _, prov := range []string{"graph", "reified"} {
			out, errOut, code := kg(t, "", "extract", "-q", "--provenance", prov, in)
			if code != 0 || errOut != "" {
				t.Fatalf("%s: exit %d: %s", in, code, errOut)
			}
			if !strings.Contains(out, "/fact/") {
				t.Fatalf("%s: no facts", in)
			}
			merged := sortedUnique(out)
			if merged != wholeGraphNQuads(t, prov, in) {
				t.Errorf("%s, --provenance %s: sorted, the output differs from the whole graph's", in, prov)
			}
			if n, m := strings.Count(out, "\n"), strings.Count(merged, "\n"); prov == "graph" && n != m {
				t.Errorf("%s: %d lines, %d different", in, n, m)
			}
		}
	}
	// Documents come in input order.
	out, _, _ := kg(t, "", "extract", "-q", dir)
	last := -1
	for i := range 30 {
		at := strings.Index(out, fmt.Sprintf("/doc%03d.txt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", i))
		if at >= 0 && at < last {
			t.Errorf("doc%03d.txt comes before the document before it", i)
		}
		last = max(last, at)
	}
	if last < 0 {
		t.Errorf("no document with facts")
	}
}

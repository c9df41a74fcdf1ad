package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-graph/kg/extract/corpus"
)

// Regressions of issue 12: what kg does with hostile or careless input
// and output that the table of TestCLI cannot express.

// TestLongLineNames: names across the cut of a line too long for one
// block are found whole, where they are, and a short alias is not found
// inside a longer name (item 10).
func TestLongLineNames(t *testing.T) {
	cut := corpus.BlockSize + 64<<10 // where a line of ASCII with no break is cut
	text := []byte(strings.Repeat("word ", 3*corpus.BlockSize/5))
	put := func(at int, s string) { copy(text[at-1:], " "+s+" ") }
	put(cut-9, "Geoffrey Hinton")  // the cut falls after "Geoffrey "
	put(cut+20, "Alex Krizhevsky") // so that "Alex" counts
	put(2*cut-3, "AlexNet")        // the second cut falls inside AlexNet
	put(2*cut+40, "OpenAI")        // and one name clear of any cut
	p := filepath.Join(t.TempDir(), "line.txt")
	writeFile(t, p, string(text))
	out, errOut, code := kg(t, "", "mentions", "--no-coref", p)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		got = append(got, extractField(l, "start")+":"+extractField(l, "text"))
	}
	want := []string{
		itoa(cut-9) + `:"Geoffrey Hinton"`, itoa(cut+20) + `:"Alex Krizhevsky"`,
		itoa(2*cut-3) + `:"AlexNet"`, itoa(2*cut+40) + `:"OpenAI"`,
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("mentions\n got %s\nwant %s", strings.Join(got, " "), strings.Join(want, " "))
	}
}

// TestInterruptDictionary: an interrupt stops kg while it loads or
// compiles a dictionary, or waits for a FIFO given as one (item 6).
func TestInterruptDictionary(t *testing.T) {
	dir := t.TempDir()
	tsv := filepath.Join(dir, "g.tsv")
	writeFile(t, tsv, "Ada Lovelace\tPerson\tLovelace\n")
	out := filepath.Join(dir, "g.kgc")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var e bytes.Buffer
	if code := runContext(ctx, []string{"dict", "compile", tsv, "-o", out}, strings.NewReader(""), io.Discard, &e); code != exitInterrupted || !strings.Contains(e.String(), "kg: error: interrupted") {
		t.Errorf("compile: exit %d: %s", code, e.String())
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("compiled file written after an interrupt: %v", err)
	}

	fifo := filepath.Join(dir, "dict.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	defer func() {
		// Let the abandoned load go: a writer that closes at once.
		if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	}()
	ctx, cancel = context.WithCancel(context.Background())
	code := make(chan int, 1)
	go func() {
		code <- runContext(ctx, []string{"extract", "--dict", fifo}, strings.NewReader(""), io.Discard, io.Discard)
	}()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case c := <-code:
		if c != exitInterrupted {
			t.Errorf("FIFO: exit %d", c)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("kg did not stop while waiting for a FIFO dictionary")
	}
}

// TestFIFODictionary: a dictionary given as a FIFO is read once, whole.
func TestFIFODictionary(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "dict.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	go func() {
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			f.WriteString("entities:\n  - {name: Ada Lovelace, type: Person}\n")
			f.Close()
		}
	}()
	out, errOut, code := kg(t, "Ada Lovelace", "mentions", "--no-builtin", "--dict", fifo, "-")
	if code != 0 || !strings.Contains(out, `"entity":"ada-lovelace"`) {
		t.Errorf("exit %d: %s%s", code, out, errOut)
	}
}

// TestOutputNotRegular: -o writes into a device or a FIFO, and through a
// link to a file, and replaces none of them (item 8).
func TestOutputNotRegular(t *testing.T) {
	want, _, _ := kg(t, "", "demo", "extract")
	dir := t.TempDir()

	fifo := filepath.Join(dir, "out.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	got := make(chan string, 1)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	if _, errOut, code := kg(t, "", "demo", "-o", fifo); code != 0 {
		t.Fatalf("FIFO: exit %d: %s", code, errOut)
	}
	if g := <-got; g != want {
		t.Errorf("the FIFO's reader got %d bytes, want %d", len(g), len(want))
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}

	null := filepath.Join(dir, "null")
	symlink(t, os.DevNull, null)
	if _, errOut, code := kg(t, "", "demo", "-o", null); code != 0 {
		t.Fatalf("link to %s: exit %d: %s", os.DevNull, code, errOut)
	}
	if fi, err := os.Lstat(null); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("%s is no longer a device: %v", os.DevNull, err)
	}

	file := filepath.Join(dir, "real.nq")
	writeFile(t, file, "old")
	link := filepath.Join(dir, "link.nq")
	symlink(t, file, link)
	if _, errOut, code := kg(t, "", "demo", "-o", link); code != 0 {
		t.Fatalf("link to a file: exit %d: %s", code, errOut)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if b, _ := os.ReadFile(file); string(b) != want {
		t.Errorf("the linked file holds %d bytes, want %d", len(b), len(want))
	}

	if _, errOut, code := kg(t, "", "demo", "-o", dir); code != exitInput || errOut != "kg: error: writing "+dir+": is a directory\n" {
		t.Errorf("directory: exit %d: %q", code, errOut)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 4 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestOutputMode: a new -o file gets 0666 less the umask; a file it
// replaces keeps its mode (item 17).
func TestOutputMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no umask")
	}
	dir := t.TempDir()
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	mode := func(p string) os.FileMode {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Mode().Perm()
	}
	tests := []struct {
		name   string
		umask  int
		before os.FileMode // 0: no file yet
		want   os.FileMode
	}{
		{"new, umask 022", 0o022, 0, 0o644},
		{"new, umask 077", 0o077, 0, 0o600},
		{"private file", 0o022, 0o600, 0o600},
		{"group-readable file", 0o077, 0o640, 0o640},
	}
	for i, tt := range tests {
		p := filepath.Join(dir, itoa(i)+".nq")
		if tt.before != 0 {
			writeFile(t, p, "old")
			os.Chmod(p, tt.before)
		}
		syscall.Umask(tt.umask)
		_, errOut, code := kg(t, "", "demo", "mentions", "-o", p)
		syscall.Umask(0o022)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.name, code, errOut)
		}
		if got := mode(p); got != tt.want {
			t.Errorf("%s: mode %o, want %o", tt.name, got, tt.want)
		}
	}
}

// TestWriteErrorsEverywhere: every command that writes to standard output
// reports a write error with exit 1 (item 9).
func TestWriteErrorsEverywhere(t *testing.T) {
	good := filepath.Join(t.TempDir(), "d.yaml")
	writeFile(t, good, "entities:\n  - {name: Ada Lovelace, type: Person}\n")
	for _, args := range [][]string{{"help"}, {"version"}, {"dict", "check", good}} {
		var e bytes.Buffer
		code := run(args, strings.NewReader(""), &failWriter{n: 0}, &e)
		if code != exitInput || !strings.Contains(e.String(), "kg: error: writing output: no space left on device") {
			t.Errorf("%s: exit %d: %q", args, code, e.String())
		}
	}
}

// TestClosedStdout: a standard output the Go runtime replaced with
// /dev/null because it was closed is told from one the user chose.
func TestClosedStdout(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("linux only")
	}
	open := func(flag int) *os.File {
		f, err := os.OpenFile(os.DevNull, flag, 0)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if _, ok := openStream(open(os.O_RDWR), w).(closedStream); !ok {
		t.Error("a closed standard output was taken for /dev/null")
	}
	if _, ok := openStream(open(os.O_WRONLY), w).(closedStream); ok {
		t.Error(">/dev/null was taken for a closed standard output")
	}
	if _, ok := openStream(open(os.O_RDWR), open(os.O_RDWR)).(closedStream); ok {
		t.Error("a daemon's /dev/null was taken for a closed standard output")
	}
}

// TestMessages: errors name what the user gave and say what is wrong
// (item 20).
func TestMessages(t *testing.T) {
	dir := t.TempDir()
	nodir := filepath.Join(dir, "nodir", "x.nq")
	if _, errOut, code := kg(t, "", "demo", "-o", nodir); code != exitInput || errOut != "kg: error: writing "+nodir+": no such file or directory\n" {
		t.Errorf("-o nodir/x.nq: exit %d: %q", code, errOut)
	}

	// Standard input given as a file is not closed by kg.
	in := filepath.Join(dir, "in.txt")
	writeFile(t, in, "Geoffrey Hinton")
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var o, e bytes.Buffer
	if code := run([]string{"mentions", "-"}, f, &o, &e); code != 0 || e.Len() > 0 {
		t.Errorf("stdin: exit %d: %s", code, e.String())
	}
	if _, err := f.Stat(); err != nil {
		t.Errorf("stdin was closed: %v", err)
	}

	gold := filepath.Join(dir, "gold.yaml")
	writeFile(t, gold, "relations:\n  - {s: Ilya Sutskever, p: advisr, o: Geoffrey Hinton}\n")
	if _, errOut, code := kg(t, "", "demo", "eval", "--gold", gold); code != exitInput || !strings.Contains(errOut, "kg: error: "+gold+`: line 2: unknown relation "advisr"`+"\nkg: hint: the relations are advisor, ") {
		t.Errorf("unknown relation: exit %d: %s", code, errOut)
	}
	writeFile(t, gold, "relations: []\n")
	if out, errOut, code := kg(t, "", "demo", "eval", "--gold", gold); code != exitInput || out != "" || !strings.HasPrefix(errOut, "kg: error: "+gold+": no relations") {
		t.Errorf("empty gold: exit %d: %s%s", code, out, errOut)
	}
}

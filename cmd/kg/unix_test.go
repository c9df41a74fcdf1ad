package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/creack/pty"

	"github.com/kg-graph/kg/internal/tooltest"
)

// TestHelp: every command's help, asked any of the three ways, is that
// command's usage and options, on stdout, with status 0 (issue 17).
func TestHelp(t *testing.T) {
	for _, tt := range []struct {
		cmd  []string
		want string // the help's first lines
	}{
		{nil, "kg turns text about people, projects and institutions into a knowledge graph.\n\nUsage:\n  kg extract [options] [FILE|-]...  "},
		{[]string{"extract"}, "Usage:\n  kg extract [options] [FILE|-]...\n\nN-Quads, one graph per fact"},
		{[]string{"dot"}, "Usage:\n  kg dot [options] [FILE|-]...\n"},
		{[]string{"mentions"}, "Usage:\n  kg mentions [options] [FILE|-]...\n"},
		{[]string{"facts"}, "Usage:\n  kg facts [options] [FILE|-]...\n"},
		{[]string{"export"}, "Usage:\n  kg export --format F [-o DIR|FILE] [options] [FILE|-]...\n"},
		{[]string{"vocab"}, "Usage:\n  kg vocab [--base IRI] [--context]\n"},
		{[]string{"eval"}, "Usage:\n  kg eval --gold GOLD [options] [FILE|-]...\n"},
		{[]string{"demo"}, "Usage:\n  kg demo [extract|dot|mentions|facts|export|eval] [options]\n"},
		{[]string{"demo", "dot"}, "Usage:\n  kg demo dot [options]\n"},
		{[]string{"demo", "export"}, "Usage:\n  kg demo export --format F [-o DIR|FILE] [options]\n"},
		{[]string{"dict"}, "Usage:\n  kg dict check|compile\n"},
		{[]string{"dict", "check"}, "Usage:\n  kg dict check FILE... [--text TEXT]...\n"},
		{[]string{"dict", "compile"}, "Usage:\n  kg dict compile [--fuzzy] FILE... -o OUT\n"},
		{[]string{"version"}, "Usage:\n  kg version\n"},
		{[]string{"completion"}, "Usage:\n  kg completion bash|zsh|fish\n"},
		{[]string{"man"}, "Usage:\n  kg man\n"},
	} {
		name := strings.Join(append([]string{"kg"}, tt.cmd...), " ")
		t.Run(name, func(t *testing.T) {
			var outs []string
			for _, args := range [][]string{
				append([]string{"help"}, tt.cmd...),
				append(append([]string{}, tt.cmd...), "--help"),
				append(append([]string{}, tt.cmd...), "-h"),
			} {
				out, errOut, code := kg(t, "", args...)
				if code != 0 || errOut != "" {
					t.Errorf("%q: exit %d: %s", args, code, errOut)
				}
				if !strings.HasPrefix(out, tt.want) {
					t.Errorf("%q: help starts\n%s\nwant\n%s", args, out[:min(len(out), len(tt.want)+40)], tt.want)
				}
				outs = append(outs, out)
			}
			if outs[0] != outs[1] || outs[0] != outs[2] {
				t.Errorf("help, --help and -h differ:\n%s\n---\n%s\n---\n%s", outs[0], outs[1], outs[2])
			}
		})
	}
	if _, errOut, code := kg(t, "", "help", "frobnicate"); code != exitUsage || !strings.Contains(errOut, `kg: error: no command ["frobnicate"]`) {
		t.Errorf("help for no command: exit %d: %s", code, errOut)
	}
	// After --, --help is a file name.
	if _, errOut, code := kg(t, "", "dict", "check", "--", "--help"); code != exitBadDict || !strings.Contains(errOut, "--help: no such file") {
		t.Errorf("dict check -- --help: exit %d: %s", code, errOut)
	}
}

// TestOptionsBeforeCommand: options may come before the command, after
// it, and after the files.
func TestOptionsBeforeCommand(t *testing.T) {
	text := "Geoffrey Hinton讲课。他很高兴。\n"
	want, errOut, code := kg(t, text, "mentions", "--no-coref", "-")
	if code != 0 || errOut != "" || strings.Contains(want, `"how":"coref"`) || want == "" {
		t.Fatalf("exit %d: %s%s", code, want, errOut)
	}
	with, _, _ := kg(t, text, "mentions", "-")
	if with == want {
		t.Fatal("--no-coref changes nothing on this text: the test shows nothing")
	}
	for _, args := range [][]string{
		{"--no-coref", "mentions"},
		{"--no-coref", "mentions", "-"},
		{"mentions", "-", "--no-coref"},
		{"--base", "http://example.org/kg/", "--no-coref", "mentions", "-q"},
	} {
		if out, errOut, code := kg(t, text, args...); out != want || code != 0 {
			t.Errorf("%q: exit %d: %s\n%s", args, code, errOut, out)
		}
	}
	if a, b := run1(t, "--no-coref", "demo", "dot"), run1(t, "demo", "dot", "--no-coref"); a != b {
		t.Error("kg --no-coref demo dot and kg demo dot --no-coref differ")
	}
}

func run1(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := kg(t, "", args...)
	if code != 0 {
		t.Fatalf("%q: exit %d: %s", args, code, errOut)
	}
	return out
}

// TestStdin: with no FILE, kg reads standard input when it is a pipe or
// a file, and the embedded article, saying so, when it is a terminal or
// /dev/null.
func TestStdin(t *testing.T) {
	const text = "Geoffrey Hinton讲课。\n"
	const fromText = `{"doc":"stdin","start":0,"end":15,"char_start":0,"char_end":15,"text":"Geoffrey Hinton"`
	article := run1(t, "demo", "mentions")
	note := "kg: note: no FILE, and standard input is a terminal or empty: reading the embedded article (kg demo does so without this note)\n"

	pipe := func() *os.File {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		go func() { w.WriteString(text); w.Close() }()
		t.Cleanup(func() { r.Close() })
		return r
	}
	file := func() *os.File {
		p := filepath.Join(t.TempDir(), "in.txt")
		writeFile(t, p, text)
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	null := func() *os.File {
		f, err := os.Open(os.DevNull)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	terminal := func() *os.File {
		ptmx, tty, err := pty.Open()
		if err != nil {
			tooltest.Missing(t, "no pseudo-terminal: %v", err)
		}
		t.Cleanup(func() { tty.Close(); ptmx.Close() })
		return tty
	}
	for _, tt := range []struct {
		name   string
		stdin  func() *os.File
		args   []string
		stdout string // prefix
		stderr string
	}{
		{"pipe", pipe, []string{"mentions"}, fromText, ""},
		{"file", file, []string{"mentions"}, fromText, ""},
		{"terminal", terminal, []string{"mentions"}, article, note},
		{"/dev/null", null, []string{"mentions"}, article, note},
		{"/dev/null, -q", null, []string{"mentions", "-q"}, article, ""},
		{"/dev/null, -", null, []string{"mentions", "-"}, "", ""},
		{"pipe, demo", pipe, []string{"demo", "mentions"}, article, ""},
		{"terminal, demo", terminal, []string{"demo", "mentions"}, article, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var o, e bytes.Buffer
			code := run(tt.args, tt.stdin(), &o, &e)
			if code != 0 || e.String() != tt.stderr {
				t.Errorf("exit %d, stderr %q, want %q", code, e.String(), tt.stderr)
			}
			if !strings.HasPrefix(o.String(), tt.stdout) || (tt.stdout == "" || tt.stdout == article) && o.String() != tt.stdout {
				t.Errorf("stdout\n%.300s\nwant\n%.300s", o.String(), tt.stdout)
			}
		})
	}
	if _, errOut, code := kg(t, "", "demo", "dot", "a.txt"); code != exitUsage || !strings.Contains(errOut, "kg demo reads the embedded article: give it no FILE") {
		t.Errorf("demo with a FILE: exit %d: %s", code, errOut)
	}
}

// TestREADMECommands: the README's command section is kg help. Refresh
// with go test ./cmd/kg -update.
func TestREADMECommands(t *testing.T) {
	help := run1(t, "help")
	path := filepath.Join("..", "..", "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- kg help: made by go test ./cmd/kg -update -->\n```\n", "```\n<!-- end of kg help -->\n"
	i := bytes.Index(readme, []byte(begin))
	j := bytes.Index(readme, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the kg help section (%q ... %q)", begin, end)
	}
	section := string(readme[i+len(begin) : j])
	if *update {
		out := append(append(append([]byte{}, readme[:i+len(begin)]...), help...), readme[j:]...)
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		section = help
	}
	if section != help {
		t.Errorf("README.md's command section is not kg help; run go test ./cmd/kg -update and review the diff")
	}
}

// TestManPage: kg man is docs/kg.1, which holds every command and option
// of the help. Refresh with go test ./cmd/kg -update.
func TestManPage(t *testing.T) {
	page := run1(t, "man")
	path := filepath.Join("..", "..", "docs", "kg.1")
	if *update {
		if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want, err := os.ReadFile(path); err != nil || string(want) != page {
		t.Errorf("docs/kg.1 is not kg man (%v); run go test ./cmd/kg -update and review the diff", err)
	}
	for _, want := range []string{".TH KG 1", ".SH NAME\nkg \\- turns text", `.SS "kg dict compile [\-\-fuzzy] FILE... \-o OUT"`,
		".B \\-j, \\-\\-jobs N\n", ".B \\-\\-gold FILE\n", ".SH EXIT STATUS"} {
		if !strings.Contains(page, want) {
			t.Errorf("man page lacks %q", want)
		}
	}
	if man, err := exec.LookPath("man"); err == nil {
		cmd := exec.Command(man, "-l", path)
		cmd.Env = append(os.Environ(), "MANPAGER=cat", "MANWIDTH=80")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "turns text about people") || !strings.Contains(string(out), "kg dict compile [--fuzzy] FILE... -o OUT") {
			t.Errorf("man -l: %v\n%s", err, out)
		}
	}
}

// TestCompletion: the scripts are the shells', and the completions they
// ask kg for name its commands and options.
func TestCompletion(t *testing.T) {
	for _, tt := range []struct{ shell, want string }{
		{"bash", "complete -o default -F __start_kg kg"},
		{"zsh", "#compdef kg"},
		{"fish", "complete -c kg "},
	} {
		if out := run1(t, "completion", tt.shell); !strings.Contains(out, tt.want) {
			t.Errorf("%s: script lacks %q", tt.shell, tt.want)
		}
	}
	if _, errOut, code := kg(t, "", "completion", "tcsh"); code != exitUsage || !strings.Contains(errOut, `invalid argument "tcsh"`) {
		t.Errorf("tcsh: exit %d: %s", code, errOut)
	}
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"__complete", "d"}, []string{"demo\t", "dict\t", "dot\t"}},
		{[]string{"__complete", "mentions", "--no-"}, []string{"--no-builtin\t", "--no-coref\t", "--no-fuzzy\t"}},
		{[]string{"__complete", "dict", "c"}, []string{"check\t", "compile\t"}},
		{[]string{"__complete", "completion", ""}, []string{"bash", "zsh", "fish"}},
	} {
		out := run1(t, tt.args...)
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%q: completions lack %q:\n%s", tt.args, w, out)
			}
		}
	}
}

// TestFormatVersion: kg version says what the build information holds.
func TestFormatVersion(t *testing.T) {
	info := func(version string, settings ...string) *debug.BuildInfo {
		bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/kg-graph/kg", Version: version}}
		settings = append(settings, "GOOS", "linux", "GOARCH", "amd64")
		for i := 0; i < len(settings); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return bi
	}
	for _, tt := range []struct {
		name string
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{"go install @version", info("v0.2.0"), true,
			"kg v0.2.0\ncommit unknown (built without version control information)\ngo1.26.8 linux/amd64\n"},
		{"work tree", info("(devel)", "vcs.revision", "4ba2e35b1e0f", "vcs.time", "2026-12-01T10:00:00Z", "vcs.modified", "true"), true,
			"kg (devel)\ncommit 4ba2e35b1e0f (modified)\ndate 2026-12-01T10:00:00Z\ngo1.26.8 linux/amd64\n"},
		{"clean work tree", info("v0.0.0-20261201100000-4ba2e35b1e0f", "vcs.revision", "4ba2e35b1e0f", "vcs.time", "2026-12-01T10:00:00Z", "vcs.modified", "false"), true,
			"kg v0.0.0-20261201100000-4ba2e35b1e0f\ncommit 4ba2e35b1e0f\ndate 2026-12-01T10:00:00Z\ngo1.26.8 linux/amd64\n"},
		{"no build information", nil, false, "kg (unknown version: built without module information)\n"},
	} {
		if got := formatVersion(tt.bi, tt.ok); got != tt.want {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}

// kgBinary builds kg once, with version control information, for the
// tests that need a real process: a terminal, a closed pipe, the version.
var kgBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "kg-test-bin")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "kg")
	out, err := exec.Command("go", "build", "-buildvcs=auto", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", &buildError{err, out}
	}
	return bin, nil
})

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + string(e.out) }

func binary(t *testing.T) string {
	t.Helper()
	bin, err := kgBinary()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// TestVersionFromGit: a kg built in a git work tree names its commit.
func TestVersionFromGit(t *testing.T) {
	git := tooltest.Need(t, "git", "git")
	head, err := exec.Command(git, "rev-parse", "HEAD").Output()
	if err != nil {
		tooltest.Missing(t, "not a git work tree: %v", err)
	}
	top, _ := exec.Command(git, "rev-parse", "--show-toplevel").Output()
	if fi, err := os.Stat(filepath.Join(strings.TrimSpace(string(top)), ".git")); err == nil && !fi.IsDir() {
		// go build looks for a .git directory; a linked work tree has a
		// .git file, and its builds record no commit.
		t.Skip("a linked git work tree: go build records no commit here")
	}
	out, err := exec.Command(binary(t), "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := "commit " + strings.TrimSpace(string(head)); !strings.Contains(string(out), want) {
		t.Errorf("kg version:\n%s\nwant a line %q", out, want)
	}
	if !strings.Contains(string(out), "\ndate 20") {
		t.Errorf("kg version gives no date:\n%s", out)
	}
}

// TestProgressBar: on a terminal, kg draws documents, megabytes, speed and
// time left on stderr; with -q, or when stderr is no terminal, nothing.
func TestProgressBar(t *testing.T) {
	dir, _ := writeCorpus(t, 60)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	run := func(stderrTTY bool, args ...string) string {
		t.Helper()
		cmd := exec.Command(binary(t), args...)
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdout = f
		if !stderrTTY {
			var e bytes.Buffer
			cmd.Stderr = &e
			if err := cmd.Run(); err != nil {
				t.Fatalf("%q: %v: %s", args, err, e.String())
			}
			return e.String()
		}
		ptmx, tty, err := pty.Open()
		if err != nil {
			tooltest.Missing(t, "no pseudo-terminal: %v", err)
		}
		defer ptmx.Close()
		pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 100})
		cmd.Stderr = tty
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		tty.Close()
		var screen bytes.Buffer
		screen.ReadFrom(ptmx) // until kg exits: then the read fails (EIO)
		if err := cmd.Wait(); err != nil {
			t.Fatalf("%q: %v: %s", args, err, screen.String())
		}
		return screen.String()
	}
	drawn := run(true, "mentions", "-j", "2", dir)
	last := drawn[strings.LastIndex(strings.TrimRight(drawn, "\r\n"), "\r")+1:]
	for _, want := range []string{"kg: 60 documents", "100%", " MB, ", " MB/s)"} {
		if !strings.Contains(last, want) {
			t.Errorf("the last state of the bar lacks %q: %q", want, last)
		}
	}
	if !strings.Contains(drawn, "kg: 0 documents   0% |") || !strings.Contains(drawn, "[0s:") {
		t.Errorf("no start state with time left: %q", drawn)
	}
	want, _ := os.ReadFile(out)
	if quiet := run(true, "mentions", "-q", dir); quiet != "" {
		t.Errorf("-q on a terminal drew %q", quiet)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, want) || len(got) == 0 {
		t.Error("the output differs with the bar drawn")
	}
	if piped := run(false, "mentions", dir); piped != "" {
		t.Errorf("stderr not a terminal, yet kg wrote %q", piped)
	}
}

// TestClosedPipe: a reader that goes away ends kg quietly by SIGPIPE, as
// it ends cat; a full disk is still an error (exit 1).
func TestClosedPipe(t *testing.T) {
	bin := binary(t)
	dir, _ := writeCorpus(t, 200)
	cmd := exec.Command(bin, "mentions", "-q", dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var e bytes.Buffer
	cmd.Stderr = &e
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line := make([]byte, 1)
	if _, err := stdout.Read(line); err != nil { // like head -c 1
		t.Fatal(err)
	}
	stdout.Close()
	err = cmd.Wait()
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ws.Signaled() || ws.Signal() != syscall.SIGPIPE || e.Len() > 0 {
		t.Errorf("kg | head: %v, stderr %q; want death by SIGPIPE, nothing said", err, e.String())
	}

	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full:", err)
	}
	defer full.Close()
	cmd = exec.Command(bin, "demo", "mentions")
	cmd.Stdout = full
	e.Reset()
	cmd.Stderr = &e
	err = cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != exitInput || !strings.Contains(e.String(), "kg: error: writing output: write /dev/stdout: no space left on device") {
		t.Errorf("kg > /dev/full: exit %d (%v): %q", code, err, e.String())
	}

	// In memory, a writer that reports a closed pipe gets the status a
	// shell gives a process killed by SIGPIPE, and no message.
	e.Reset()
	if code := run([]string{"demo"}, strings.NewReader(""), pipeWriter{}, &e); code != exitBrokenPipe || e.Len() > 0 {
		t.Errorf("EPIPE in memory: exit %d: %q", code, e.String())
	}
	if code := run([]string{"version"}, strings.NewReader(""), pipeWriter{}, &e); code != exitBrokenPipe || e.Len() > 0 {
		t.Errorf("EPIPE in memory, version: exit %d: %q", code, e.String())
	}
}

type pipeWriter struct{}

func (pipeWriter) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "|1", Err: syscall.EPIPE}
}

// Command kg turns text about people, projects and institutions into a
// knowledge graph. See README.md, or run kg help.
package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// Checked first, before anything can open a file that takes the
	// number of a closed standard output.
	stdout := openStream(os.Stdout, os.Stderr)
	// SIGINT and SIGTERM stop kg between documents: no output file is
	// left half-written. SIGPIPE keeps the Go runtime's handling: a write
	// to a standard output or error whose reader went away (kg extract |
	// head -1) ends kg quietly by that signal, as it ends grep and cat;
	// other write errors, such as a full disk, are reported.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := runContext(ctx, os.Args[1:], os.Stdin, stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// openStream returns the standard output, or, if kg was started with it
// closed (kg >&-), a writer whose every write fails. The Go runtime puts
// /dev/null, opened read-write, on a closed standard stream, so output to
// it would be lost without an error; such a /dev/null is told from one
// the user chose by its read-write mode while standard error is something
// else (a daemon has all three on /dev/null).
func openStream(stdout, stderr *os.File) io.Writer {
	if reopenedNull(stdout) && !reopenedNull(stderr) {
		return closedStream{}
	}
	return stdout
}

type closedStream struct{}

func (closedStream) Write([]byte) (int, error) {
	return 0, errors.New("standard output is closed")
}

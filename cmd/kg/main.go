// Command kg turns text about people, projects and institutions into a
// knowledge graph. See README.md, or run kg help.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// SIGINT and SIGTERM stop kg between documents: no output file is
	// left half-written. A closed pipe is a write error kg reports, not a
	// silent death by SIGPIPE.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	signal.Ignore(syscall.SIGPIPE)
	code := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

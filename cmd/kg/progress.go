package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/kg-graph/kg/extract/corpus"
)

// syncWriter serialises writes from several goroutines.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// progress draws documents, megabytes, speed and time left on a terminal.
type progress struct {
	bar  *progressbar.ProgressBar
	w    io.Writer
	docs int
	prev string // the last document counted
}

// newProgress returns the progress bar for inputs of total bytes (0 when
// unknown: stdin), or nil when there is to be none: with -q, or when
// standard error (tty) is not a terminal.
func newProgress(w io.Writer, tty *os.File, quiet bool, total int64) *progress {
	if quiet || tty == nil || !term.IsTerminal(int(tty.Fd())) {
		return nil
	}
	max := total
	if max == 0 {
		max = -1 // a spinner, with bytes and speed
	}
	bar := progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("kg: 0 documents"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(20),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionUseANSICodes(true),
		progressbar.OptionSetRenderBlankState(true),
	)
	return &progress{bar: bar, w: w}
}

func (p *progress) add(r corpus.Result) {
	if p == nil {
		return
	}
	if r.Doc != p.prev {
		p.docs++
		p.prev = r.Doc
		p.bar.Describe(fmt.Sprintf("kg: %d documents", p.docs))
	}
	_, data := r.Owned()
	p.bar.Add64(int64(len(data)))
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	p.bar.Finish()
	fmt.Fprintln(p.w)
}

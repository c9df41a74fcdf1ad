package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

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

// progress draws documents, bytes, speed and time left on a terminal.
type progress struct {
	w      io.Writer
	total  int64 // bytes in all inputs, or 0 when unknown (stdin)
	start  time.Time
	last   time.Time
	docs   int
	bytes  int64
	prevDo string
}

func newProgress(w io.Writer, quiet bool, total int64) *progress {
	if quiet || !isTerminal(w) {
		return nil
	}
	now := time.Now()
	return &progress{w: w, total: total, start: now}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (p *progress) add(r corpus.Result) {
	if p == nil {
		return
	}
	if r.Doc != p.prevDo {
		p.docs++
		p.prevDo = r.Doc
	}
	_, data := r.Owned()
	p.bytes += int64(len(data))
	if now := time.Now(); now.Sub(p.last) > 200*time.Millisecond {
		p.last = now
		p.draw(now)
	}
}

func (p *progress) draw(now time.Time) {
	secs := now.Sub(p.start).Seconds()
	rate := float64(p.bytes) / 1e6 / max(secs, 1e-3)
	line := fmt.Sprintf("\rkg: %d documents, %.1f MB, %.1f MB/s", p.docs, float64(p.bytes)/1e6, rate)
	if p.total > 0 && rate > 0 {
		left := float64(p.total-p.bytes) / 1e6 / rate
		line += fmt.Sprintf(", %.0f%%, %s left", 100*float64(p.bytes)/float64(p.total), time.Duration(max(left, 0)*float64(time.Second)).Round(time.Second))
	}
	fmt.Fprint(p.w, line+"\x1b[K")
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	p.draw(time.Now())
	fmt.Fprintln(p.w)
}

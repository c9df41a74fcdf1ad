package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/kg-graph/kg/extract"
)

// result is what one unit gave.
type result struct {
	unit
	extract.Result
	out []byte // output prepared by the worker, if any
	err error
}

// pipeline extracts units on workers goroutines and hands the results to
// handle in input order, so output never depends on -j. At most a few
// units per worker are in memory at once.
// prepare, if not nil, runs on the worker after extraction: the place for
// work, such as encoding output, that would otherwise be serial.
func pipeline(ctx context.Context, x *extract.Extractor, workers int, produce func(emit func(unit) bool), prepare func(*result), handle func(result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan unit, workers)
	done := make(chan result, workers)
	go func() {
		defer close(jobs)
		produce(func(u unit) bool {
			select {
			case jobs <- u:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				r := x.Extract(u.doc, u.data)
				r.Shift(u.base, u.chars)
				res := result{unit: u, Result: r}
				res.keepOwned()
				if prepare != nil {
					prepare(&res)
				}
				select {
				case done <- res:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	pending := map[int]result{}
	next := 1
	for {
		var r result
		var ok bool
		select {
		case r, ok = <-done:
		case <-ctx.Done():
			// Interrupted: return now, even if the producer is blocked
			// reading a terminal or a pipe that never closes.
			return ctx.Err()
		}
		if !ok {
			return ctx.Err()
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := handle(p); err != nil {
				return err // the deferred cancel stops the workers
			}
		}
	}
}

// keepOwned drops what the unit found outside the part it answers for:
// the text it shares with the blocks around it, where they find it.
func (r *result) keepOwned() {
	if r.hi == 0 {
		return
	}
	lo, hi := r.base+r.lo, r.base+r.hi
	r.Mentions = slices.DeleteFunc(r.Mentions, func(m extract.Mention) bool { return m.Start < lo || m.Start >= hi })
	r.Facts = slices.DeleteFunc(r.Facts, func(f extract.Fact) bool { return f.Evidence.Start < lo || f.Evidence.Start >= hi })
}

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

func (p *progress) add(r result) {
	if p == nil {
		return
	}
	if r.doc != p.prevDo {
		p.docs++
		p.prevDo = r.doc
	}
	_, data := r.owned()
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

// badBytes returns the offset of the first invalid UTF-8 byte in b and how
// many there are.
func badBytes(b []byte) (first, n int) {
	first = -1
	if utf8.Valid(b) {
		return first, 0 // the common case, checked much faster
	}
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += w
	}
	return first, n
}

package corpus

import (
	"context"
	"runtime"
	"slices"
	"sync"

	"github.com/kg-graph/kg/extract"
)

// Result is what extraction found in one Part.
type Result struct {
	Part
	extract.Result
	// Out and Err are what Options.Prepare left, if it ran.
	Out []byte
	Err error
}

// Options tune Run. The zero value runs one worker per core.
type Options struct {
	// Jobs is how many parts are extracted at once; 0 is one per core.
	Jobs int
	// Prepare, if not nil, runs on the worker after extraction: the place
	// for work, such as encoding output, that would otherwise be serial.
	Prepare func(*Result)
}

// Run extracts every part src gives with x, on opt.Jobs goroutines, and
// hands the results to handle in input order, so its output never depends
// on the number of workers. At most a few parts per worker are in memory
// at once.
//
// Mentions and facts in a Result have offsets into the whole document,
// and those a block found in the text it shares with its neighbours are
// dropped (the neighbour that owns that text reports them).
//
// Run returns the first error handle returns, or ctx.Err() when ctx is
// cancelled: then it returns at once, even while src is blocked reading a
// terminal or a pipe that never closes, and src is left to end on its
// own.
func Run(ctx context.Context, x *extract.Extractor, src Source, opt Options, handle func(Result) error) error {
	workers := opt.Jobs
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan Part, workers)
	done := make(chan Result, workers)
	go func() {
		defer close(jobs)
		seq := 0
		src(func(p Part) bool {
			seq++
			p.seq = seq
			select {
			case jobs <- p:
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
			for p := range jobs {
				r := x.ExtractIn(p.Doc, p.Data, p.Whole)
				r.Shift(p.Base, p.Chars)
				res := Result{Part: p, Result: r}
				res.keepOwned()
				if opt.Prepare != nil {
					opt.Prepare(&res)
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

	pending := map[int]Result{}
	next := 1
	for {
		var r Result
		var ok bool
		select {
		case r, ok = <-done:
		case <-ctx.Done():
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

// keepOwned drops what the part found outside the text it answers for:
// the text it shares with the blocks around it, where they find it.
func (r *Result) keepOwned() {
	if r.hi == 0 {
		return
	}
	lo, hi := r.Base+r.lo, r.Base+r.hi
	r.Mentions = slices.DeleteFunc(r.Mentions, func(m extract.Mention) bool { return m.Start < lo || m.Start >= hi })
	r.Facts = slices.DeleteFunc(r.Facts, func(f extract.Fact) bool { return f.Evidence.Start < lo || f.Evidence.Start >= hi })
}

package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Go collects garbage when the heap has grown by GOGC percent (100) over
// what was live after the last collection. With the built-in dictionary
// what stays live is a few MiB, so extraction, which allocates as it
// goes, collected every 20 ms or so: a sixth of kg extract's CPU time,
// and at -j 1 the collector ran on the second core, which kept -j 2 from
// going twice as fast. After each collection GOGC is set so that the
// heap may grow by gcHeadroom, by no less than Go's default and by at
// most gcMostPercent: a heap of 64 MiB or more live keeps the default.
const (
	gcHeadroom    = 64 << 20
	gcMostPercent = 400
)

var tuneGCOnce sync.Once

// tuneGC starts setting GOGC after each collection, unless the
// environment sets GOGC.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	tuneGCOnce.Do(func() {
		c := &gcCycle{}
		c.next = c
		setGCPercent()
		runtime.SetFinalizer(c, (*gcCycle).collected)
	})
}

// gcCycle is garbage that its finalizer brings back: it runs once after
// every collection. It holds a pointer, so that the runtime does not
// allocate it among other tiny objects, whose finalizers may never run.
type gcCycle struct{ next *gcCycle }

func (c *gcCycle) collected() {
	setGCPercent()
	runtime.SetFinalizer(c, (*gcCycle).collected)
}

func setGCPercent() {
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	if live[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	debug.SetGCPercent(int(max(min(100*gcHeadroom/max(live[0].Value.Uint64(), 1), gcMostPercent), 100)))
}

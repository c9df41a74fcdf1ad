package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// Go collects garbage when the heap has grown by GOGC percent (100) over
// what was live after the last collection. With the built-in dictionary
// what stays live is a few MiB, so extraction, which allocates as it
// goes, collected every 20 ms or so: a sixth of kg extract's CPU time,
// and at -j 1 the collector ran on the second core, which kept -j 2 from
// going twice as fast. A small dictionary's heap is now let grow by up
// to gcHeadroom, and at most 5 times what is live (GOGC 400); a
// dictionary of gcHeadroom or more is left with Go's default.
const (
	gcHeadroom    = 64 << 20
	gcMostPercent = 400
)

// makeRoomForGC sets GOGC from what is live once the dictionary is
// loaded, unless the environment sets GOGC.
func makeRoomForGC() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	heap := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(heap)
	if heap[0].Value.Kind() != metrics.KindUint64 || heap[0].Value.Uint64() >= gcHeadroom {
		return
	}
	runtime.GC() // a few milliseconds for a heap this small, to know what is live
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	if live[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	pct := min(100*gcHeadroom/max(live[0].Value.Uint64(), 1), gcMostPercent)
	if pct > 100 {
		debug.SetGCPercent(int(pct))
	}
}

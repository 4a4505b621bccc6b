package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
)

// tuneMemory sets how the process trades memory for time, unless GOGC or
// GOMEMLIMIT say otherwise.
//
// GOGC 200: over 1,000 corpus files with --jobs 2 it spends about 5% more
// CPU than 800 did, at 70 MB peak instead of 120 MB; a 15 MB document
// peaks at 490-530 MB instead of 800 MB in the same CPU time (2026-12-01,
// alternating runs). A soft memory limit that low instead doubles the
// CPU of a big document, collecting without end; so the limit is set only
// where the machine sets one: nine tenths of a container's memory limit
// (cgroup v2 memory.max or v1 memory.limit_in_bytes), the margin the Go GC
// guide leaves for what the runtime does not count.
func tuneMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	ceiling := int64(math.MaxInt64)
	if limit, ok := containerMemory(); ok {
		ceiling = limit / 10 * 9
	}
	if os.Getenv("GOGC") == "" {
		followHeap(ceiling)
	} else {
		debug.SetMemoryLimit(ceiling)
	}
}

// softHeap is the heap GOGC 200 may fill before collecting more often: a
// 16 MB document keeps 90-150 MB live, and at GOGC 200 peaked at 420 MB;
// a batch of small files (under 70 MB) never reaches it.
const softHeap = 224 << 20

// followHeap sets a soft memory limit of softHeap, or 1.5 times the live
// heap where that is more, renewed after every collection, and never above
// ceiling. A fixed limit near the live heap would make the collector run
// without end; 1.5 times the live heap is at worst GOGC 50.
func followHeap(ceiling int64) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		metrics.Read(sample)
		limit := int64(softHeap)
		if v := sample[0].Value; v.Kind() == metrics.KindUint64 {
			limit = max(limit, int64(min(v.Uint64(), math.MaxInt64/4))/2*3)
		}
		debug.SetMemoryLimit(min(limit, ceiling))
		// The cleanup of an object nothing holds runs after the next
		// collection: the hook that renews the limit.
		runtime.AddCleanup(new([16]byte), func(struct{}) { arm() }, struct{}{})
	}
	arm()
}

// containerMemory is the memory limit of the process's cgroup, if it has
// one below what the kernel reports as no limit.
func containerMemory() (int64, bool) {
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := strings.TrimSpace(string(b))
		n, err := strconv.ParseInt(s, 10, 64)
		// "max", or v1's page-rounded MaxInt64, mean no limit.
		if err != nil || n <= 0 || n >= 1<<62 {
			return 0, false
		}
		return n, true
	}
	return 0, false
}

package parser

import (
	"runtime"
	"sync"
	"sync/atomic"

	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
)

// sharedFrom is the size of text from which a document's items are read by
// several workers: a long report or a concatenated archive, where the
// extractors take seconds. Below it one goroutine reads them all, so that a
// batch of ordinary files (the corpus's largest is 18 KB), whose jobs
// already keep every core busy, runs as before. At 1 MiB the extractors
// take about 0.3 s, against a few microseconds to start a worker. The
// layout's cues share out their lines from the same size.
const sharedFrom = cue.SharedFrom

// workersFor is how many goroutines read the items of doc.
func workersFor(doc *layout.Document) int {
	n := 0
	for _, l := range doc.Lines {
		if n += len(l.Text); n >= sharedFrom {
			return runtime.GOMAXPROCS(0)
		}
	}
	return 1
}

// textWorkers is how many goroutines clean a text's lines.
func textWorkers(text string) int {
	if len(text) >= sharedFrom {
		return runtime.GOMAXPROCS(0)
	}
	return 1
}

// shareOut calls do(k) for every k in [0, n), on up to workers
// goroutines, each taking the next k in turn. A panic in a worker is
// raised again in the caller, where Parse turns it into an error.
func shareOut(n, workers int, do func(k int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for k := range n {
			do(k)
		}
		return
	}
	var (
		next     atomic.Int64
		wg       sync.WaitGroup
		failOnce sync.Once
		failure  any
		failed   atomic.Bool
	)
	for range workers {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					failOnce.Do(func() { failure = r })
					failed.Store(true)
				}
			}()
			for !failed.Load() {
				k := int(next.Add(1) - 1)
				if k >= n {
					return
				}
				do(k)
			}
		})
	}
	wg.Wait()
	if failure != nil {
		panic(failure)
	}
}

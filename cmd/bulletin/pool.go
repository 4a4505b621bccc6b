package main

import (
	"context"
	"runtime"
	"sync"

	"bulletin/schema"
)

// result is what parsing one input gave.
type result struct {
	in  input
	rec *schema.Record
	err error
}

// parseOrdered parses inputs on jobs workers and hands each result to emit
// in input order, as soon as it and every result before it are ready. At
// most a few results per worker wait to be emitted, so memory does not grow
// with the number of inputs. Before it waits for a result that is not
// ready, it calls idle (if not nil): the time to flush what was emitted. It
// stops early when ctx is cancelled or emit or idle fails.
func parseOrdered(ctx context.Context, inputs []input, jobs int, parse func(input) result, emit func(result) error, idle func() error) error {
	if jobs < 1 {
		jobs = 1
	}
	window := make(chan struct{}, 4*jobs)
	ready := make([]chan result, len(inputs))
	for i := range ready {
		ready[i] = make(chan result, 1)
	}
	work := make(chan int)
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)

	go func() {
		defer close(work)
		for i := range inputs {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case work <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				ready[i] <- parse(inputs[i])
				// A yield per file: on one CPU the workers and the
				// emitter hand the processor to each other and the
				// goroutine that delivers a signal can wait behind
				// them for the whole run.
				runtime.Gosched()
			}
		}()
	}
	// On the way out, cancel before waiting: the feeder may be blocked on
	// a full window that nobody drains once emit has failed. After an
	// interrupt the workers are not waited for: one may be blocked reading
	// a FIFO or a terminal, and the process is about to end.
	defer func() {
		cancel()
		if parent.Err() == nil {
			wg.Wait()
		}
	}()

	for i := range inputs {
		var r result
		select {
		case r = <-ready[i]:
		default:
			if idle != nil {
				if err := idle(); err != nil {
					return err
				}
			}
			select {
			case r = <-ready[i]:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := emit(r); err != nil {
			return err
		}
		<-window
	}
	return nil
}

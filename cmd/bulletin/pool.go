package main

import (
	"context"
	"iter"
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
// in input order, as soon as it and every result before it are ready.
//
// The inputs are drawn one at a time as workers free up, never listed
// first, and each one's result has its own slot in a queue of at most a few
// per worker: a result waits only for those before it still in flight, and
// memory is that of the jobs, whatever the number of inputs. Before it
// waits for a result (or for the next input to be found), it calls idle (if
// not nil): the time to flush what was emitted, so that a reader of a
// stream sees each record as soon as nothing follows it at once. It stops
// early when ctx is cancelled or emit or idle fails.
func parseOrdered(ctx context.Context, inputs iter.Seq[input], jobs int, parse func(input) result, emit func(result) error, idle func() error) error {
	if jobs < 1 {
		jobs = 1
	}
	type job struct {
		in  input
		out chan result
	}
	// queue holds the slots of the inputs handed out, in input order; its
	// capacity is the reorder window.
	queue := make(chan chan result, 4*jobs)
	work := make(chan job)
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)

	go func() {
		defer close(queue)
		defer close(work)
		for in := range inputs {
			out := make(chan result, 1)
			select {
			case queue <- out:
			case <-ctx.Done():
				return
			}
			select {
			case work <- job{in, out}:
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
			for j := range work {
				j.out <- parse(j.in)
				// A yield per file: on one CPU the workers and the
				// emitter hand the processor to each other and the
				// goroutine that delivers a signal can wait behind
				// them for the whole run.
				runtime.Gosched()
			}
		}()
	}
	// On the way out, cancel before waiting: the feeder may be blocked on
	// a full queue that nobody drains once emit has failed. After an
	// interrupt the workers are not waited for, nor the feeder: one may be
	// blocked reading a FIFO, a terminal or a list on standard input, and
	// the process is about to end.
	defer func() {
		cancel()
		if parent.Err() == nil {
			wg.Wait()
		}
	}()

	flushed := true // nothing emitted since the last idle
	wait := func() error {
		if flushed || idle == nil {
			return nil
		}
		flushed = true
		return idle()
	}
	for {
		var out chan result
		var ok bool
		select {
		case out, ok = <-queue:
		default:
			if err := wait(); err != nil {
				return err
			}
			select {
			case out, ok = <-queue:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if !ok {
			return ctx.Err()
		}
		var r result
		select {
		case r = <-out:
		default:
			if err := wait(); err != nil {
				return err
			}
			select {
			case r = <-out:
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
		flushed = false
	}
}

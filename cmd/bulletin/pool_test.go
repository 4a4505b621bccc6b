package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// parseOrdered emits in input order whatever order the workers finish in,
// and calls idle (where a stream is flushed) only when it has to wait.
func TestParseOrdered(t *testing.T) {
	var inputs []input
	for i := 0; i < 20; i++ {
		inputs = append(inputs, input{Path: fmt.Sprint(i)})
	}
	parse := func(in input) result {
		if in.Path == "3" {
			time.Sleep(50 * time.Millisecond) // later inputs finish first
		}
		return result{in: in}
	}
	var got []string
	idles := 0
	emit := func(r result) error {
		got = append(got, r.in.Path)
		return nil
	}
	idle := func() error { idles++; return nil }
	if err := parseOrdered(context.Background(), slices.Values(inputs), 4, parse, emit, idle); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"}) {
		t.Errorf("emitted %v, want input order", got)
	}
	if idles == 0 || idles > len(inputs) {
		t.Errorf("idle called %d times; want at least once (waiting for input 3) and at most once a record", idles)
	}

	// A failing idle (a closed pipe) stops the run with its error.
	stop := errors.New("broken pipe")
	err := parseOrdered(context.Background(), slices.Values(inputs), 2, parse, emit, func() error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("err = %v, want %v", err, stop)
	}
}

// parseOrdered draws its inputs as workers free up: however many there
// are, only a window bounded by the jobs is ever ahead of what was
// emitted, which is what keeps memory flat over any number of files.
func TestParseOrderedBoundedWindow(t *testing.T) {
	const jobs, n = 3, 5000
	var drawn atomic.Int64
	var emitted, ahead int
	inputs := func(yield func(input) bool) {
		for i := 0; i < n; i++ {
			drawn.Add(1)
			if !yield(input{Path: fmt.Sprint(i)}) {
				return
			}
		}
	}
	var mu sync.Mutex
	parse := func(in input) result {
		if in.Path[len(in.Path)-1] == '7' {
			time.Sleep(time.Millisecond) // some slower: later ones wait
		}
		return result{in: in}
	}
	next := 0
	emit := func(r result) error {
		mu.Lock()
		defer mu.Unlock()
		if r.in.Path != fmt.Sprint(next) {
			return fmt.Errorf("emitted %s, want %d", r.in.Path, next)
		}
		next++
		emitted++
		return nil
	}
	check := func() error {
		mu.Lock()
		defer mu.Unlock()
		ahead = max(ahead, int(drawn.Load())-emitted)
		return nil
	}
	if err := parseOrdered(context.Background(), inputs, jobs, parse, func(r result) error {
		if err := check(); err != nil {
			return err
		}
		return emit(r)
	}, nil); err != nil {
		t.Fatal(err)
	}
	if emitted != n {
		t.Fatalf("emitted %d of %d", emitted, n)
	}
	// The queue (4 a job), one input with each worker, one in the
	// feeder's hand and the one being emitted.
	if limit := 4*jobs + jobs + 2; ahead > limit {
		t.Errorf("%d inputs drawn ahead of the emitted ones, want at most %d", ahead, limit)
	}
}

// An input that failed keeps its place among the others.
func TestParseOrderedErrorKeepsPlace(t *testing.T) {
	var inputs []input
	for i := 0; i < 50; i++ {
		in := input{Path: fmt.Sprint(i)}
		if i%7 == 3 {
			in.Err = errors.New("missing")
		}
		inputs = append(inputs, in)
	}
	parse := func(in input) result {
		if in.Err != nil {
			return result{in: in, err: in.Err} // at once, ahead of the others
		}
		time.Sleep(200 * time.Microsecond)
		return result{in: in}
	}
	var got []string
	err := parseOrdered(context.Background(), slices.Values(inputs), 4, parse, func(r result) error {
		mark := ""
		if r.err != nil {
			mark = "!"
		}
		got = append(got, r.in.Path+mark)
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, g := range got {
		want := fmt.Sprint(i)
		if i%7 == 3 {
			want += "!"
		}
		if g != want {
			t.Fatalf("result %d is %s, want %s", i, g, want)
		}
	}
}

// After a cancel (Ctrl-C) parseOrdered returns at once, even with a
// worker blocked in a read that never ends and a feeder blocked finding
// the next input.
func TestParseOrderedCancelDoesNotWait(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	block := make(chan struct{})
	defer close(block)
	inputs := func(yield func(input) bool) {
		if !yield(input{Path: "fifo"}) {
			return
		}
		<-block // a list on a pipe with no writer
	}
	parse := func(in input) result { <-block; return result{in: in} }
	done := make(chan error, 1)
	go func() { done <- parseOrdered(ctx, inputs, 2, parse, func(result) error { return nil }, nil) }()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("parseOrdered waited for a blocked worker after the cancel")
	}
}

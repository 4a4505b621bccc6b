package main

import (
	"context"
	"errors"
	"fmt"
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
	if err := parseOrdered(context.Background(), inputs, 4, parse, emit, idle); err != nil {
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
	err := parseOrdered(context.Background(), inputs, 2, parse, emit, func() error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("err = %v, want %v", err, stop)
	}
}

package main

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// parseOrdered emits in input order whatever order the workers finish in.
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
	emit := func(r result) error {
		got = append(got, r.in.Path)
		return nil
	}
	if err := parseOrdered(context.Background(), inputs, 4, parse, emit); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"}) {
		t.Errorf("emitted %v, want input order", got)
	}

	// A failing emit (a full disk) stops the run with its error, even with
	// the window of waiting results full.
	stop := errors.New("no space left on device")
	err := parseOrdered(context.Background(), inputs, 2, parse, func(result) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("err = %v, want %v", err, stop)
	}
}

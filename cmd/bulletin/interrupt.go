package main

import (
	"context"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// interrupts turns the first Ctrl-C or SIGTERM into the cancellation of a
// run, which then stops at the next file and keeps no partial output. A
// second signal ends the process at once, whatever is blocked (a FIFO, a
// terminal that never sends EOF), after removing the temporary files of
// outputs still being written.
type interrupts struct {
	mu     sync.Mutex
	first  os.Signal
	temps  map[string]bool
	cancel context.CancelFunc
	ch     chan os.Signal
	done   chan struct{}
}

// pending is the run's interrupts; atomic files register their temporary
// names with it so a forced exit can remove them.
var pending = &interrupts{temps: map[string]bool{}}

// watch starts catching the signals for a run and returns its context and
// the function that stops catching them.
func (in *interrupts) watch(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancel(ctx)
	in.mu.Lock()
	in.first, in.cancel = nil, cancel
	in.ch, in.done = make(chan os.Signal, 2), make(chan struct{})
	ch, done := in.ch, in.done
	in.mu.Unlock()
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		for {
			select {
			case s := <-ch:
				in.caught(s)
			case <-done:
				return
			}
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel()
	}
}

func (in *interrupts) caught(s os.Signal) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.first == nil {
		in.first = s
		in.cancel()
		return
	}
	for name := range in.temps {
		os.Remove(name)
	}
	os.Exit(signalStatus(s))
}

// status is the exit status for the signal that stopped the run: 128 plus
// its number, as shells report it (130 for Ctrl-C, 143 for SIGTERM).
func (in *interrupts) status() int {
	in.mu.Lock()
	defer in.mu.Unlock()
	return signalStatus(in.first)
}

func signalStatus(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return exitInterrupted
}

func (in *interrupts) addTemp(name string) {
	in.mu.Lock()
	in.temps[name] = true
	in.mu.Unlock()
}

func (in *interrupts) dropTemp(name string) {
	in.mu.Lock()
	delete(in.temps, name)
	in.mu.Unlock()
}

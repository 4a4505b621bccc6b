package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progress draws a bar on standard error while many files are parsed: files
// done, rate and time left. It draws nothing unless told to (a terminal,
// more than a handful of files, no --quiet).
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	on       bool
	total    int
	done     int
	start    time.Time
	lastDraw time.Time
}

func newProgress(w io.Writer, on bool, total int) *progress {
	return &progress{w: w, on: on, total: total, start: time.Now()}
}

// step counts one file done and redraws, at most ten times a second.
func (p *progress) step() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.lastDraw) < 100*time.Millisecond && p.done < p.total {
		return
	}
	p.lastDraw = now
	elapsed := now.Sub(p.start).Seconds()
	rate := float64(p.done) / max(elapsed, 1e-9)
	left := time.Duration(float64(p.total-p.done)/max(rate, 1e-9)) * time.Second
	const width = 30
	fill := width * p.done / max(p.total, 1)
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
	fmt.Fprintf(p.w, "\r[%s] %d/%d files  %.1f files/s  %s left ", bar, p.done, p.total, rate, left.Round(time.Second))
}

// clear removes the bar before the summary line.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.on && p.done > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 80))
	}
}

package main

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progressDelay is how long a run goes before its bar shows: a batch that
// ends sooner draws nothing.
const progressDelay = 500 * time.Millisecond

// progress shows a bar on standard error while files are parsed: files done
// of the total, rate and time left, both smoothed (an exponentially weighted
// average), drawn by mpb to the terminal's width. It draws nothing unless
// told to (a terminal, inputs that could be several, no --quiet), and
// nothing for a run that ends within progressDelay.
//
// The inputs are found as the parse goes, so the total comes from a count
// made beside it (count); until that ends, and for a list read from a pipe
// that cannot be read twice, it is what has been found so far.
type progress struct {
	w  io.Writer
	on bool

	fed     atomic.Int64 // inputs handed to the parse
	counted atomic.Int64 // the count's total, once it is complete

	mu    sync.Mutex
	start time.Time
	last  time.Time // when the previous file was done
	done  int64
	p     *mpb.Progress
	bar   *mpb.Bar
}

func newProgress(w io.Writer, on bool) *progress {
	now := time.Now()
	p := &progress{w: w, on: on, start: now, last: now}
	p.counted.Store(-1)
	return p
}

// count counts the documents of the run without parsing them, for the
// bar's total. A list that is not a regular file (standard input, a pipe
// such as <(find …)) cannot be read twice: it is counted as it is read
// instead.
func (p *progress) count(ctx context.Context, opts *ParseOptions) {
	if opts.FilesFrom != "" {
		if st, err := os.Stat(opts.FilesFrom); opts.FilesFrom == "-" || err != nil || !st.Mode().IsRegular() {
			return
		}
	}
	set, closeList, err := opts.inputSet()
	if err != nil {
		return
	}
	defer closeList()
	var n int64
	for in := range set.all() {
		if ctx.Err() != nil {
			return
		}
		if !in.Skipped {
			n++
		}
	}
	p.counted.Store(n)
}

// counting passes the inputs on, counting them as they are handed out.
func (p *progress) counting(inputs iter.Seq[input]) iter.Seq[input] {
	return func(yield func(input) bool) {
		for in := range inputs {
			if !in.Skipped {
				p.fed.Add(1)
			}
			if !yield(in) {
				return
			}
		}
	}
}

// total is the number of documents, as far as known.
func (p *progress) total() int64 {
	if n := p.counted.Load(); n >= 0 {
		return n
	}
	return p.fed.Load()
}

// step counts one file done.
func (p *progress) step() {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	p.done++
	if p.bar == nil {
		if now.Sub(p.start) < progressDelay {
			p.last = now
			return
		}
		p.show()
	}
	p.bar.SetTotal(max(p.total(), p.done), false)
	p.bar.EwmaIncrement(now.Sub(p.last))
	p.last = now
}

// show starts drawing the bar, with the files done so far.
func (p *progress) show() {
	p.p = mpb.New(mpb.WithOutput(p.w), mpb.WithRefreshRate(100*time.Millisecond))
	p.bar = p.p.AddBar(max(p.total(), p.done),
		mpb.PrependDecorators(decor.CountersNoUnit("%d/%d files")),
		mpb.AppendDecorators(
			decor.EwmaSpeed(nil, "%.1f files/s", 120, decor.WCSyncSpace),
			decor.EwmaETA(decor.ET_STYLE_GO, 120, decor.WCSyncSpace),
			decor.Name(" left"),
		),
		mpb.BarRemoveOnComplete(),
	)
	p.bar.SetCurrent(p.done - 1)
}

// printf writes a message (a file that failed or was skipped) above the
// bar, or plainly when there is none.
func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.p != nil {
		fmt.Fprintf(p.p, format, args...)
		return
	}
	fmt.Fprintf(p.w, format, args...)
}

// finish removes the bar, completed or (after Ctrl-C) dropped where it
// stood, and returns the total number of documents when it was counted to
// the end (0 if not), for the summary: "1085 of 1500 files".
func (p *progress) finish(interrupted bool) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		if interrupted {
			p.bar.Abort(true)
		} else {
			p.bar.SetTotal(-1, true)
		}
		p.p.Wait()
		p.p, p.bar = nil, nil
	}
	return int(max(p.counted.Load(), 0))
}

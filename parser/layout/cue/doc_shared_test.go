package cue

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

// TestNewDocSameShared: a long document measured in stretches on several
// goroutines is the Doc measured on one.
func TestNewDocSameShared(t *testing.T) {
	lines := corpusLines(t)
	one, three := newDocWith(lines, 1), newDocWith(lines, 3)
	if !reflect.DeepEqual(one, three) {
		t.Fatal("a Doc measured on three goroutines differs from one measured on one")
	}
	if !slicesAny(one.titles) || !slicesAny(one.cells) {
		t.Fatal("the corpus shows no title run or table cells: the test compares nothing")
	}
}

func slicesAny(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// corpusLines is every line of the corpus texts, one long document.
func corpusLines(t testing.TB) []Line {
	files, _ := filepath.Glob("../../../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	var lines []Line
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range strings.Split(string(b), "\n") {
			if s = strings.TrimSpace(s); s != "" {
				lines = append(lines, Line{Num: len(lines) + 1, Text: s, Sq: s})
			}
		}
	}
	return lines
}

// TestShare checks that every task runs once, and that a task's panic
// reaches the caller, where Parse turns it into an error.
func TestShare(t *testing.T) {
	for _, workers := range []int{1, 2, 5} {
		runs := make([]atomic.Int32, 100)
		Share(len(runs), workers, func(k int) { runs[k].Add(1) })
		for k := range runs {
			if n := runs[k].Load(); n != 1 {
				t.Errorf("%d workers: task %d ran %d times", workers, k, n)
			}
		}
		func() {
			defer func() {
				if r := recover(); r != "task 37" {
					t.Errorf("%d workers: recovered %v, want the task's panic", workers, r)
				}
			}()
			Share(100, workers, func(k int) {
				if k == 37 {
					panic("task 37")
				}
			})
		}()
	}
}

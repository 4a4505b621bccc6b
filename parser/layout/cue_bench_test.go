package layout

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// BenchmarkCues times every cue over the lines of the corpus and reports
// the costliest: what to make cheaper first.
func BenchmarkCues(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	var docs []*cue.Doc
	for _, f := range files {
		t, _ := os.ReadFile(f)
		docs = append(docs, cue.NewDoc(units(clean.Lines(string(t)))))
	}
	cost := make([]time.Duration, len(cue.All))
	for n := 0; n < b.N; n++ {
		for k, c := range cue.All {
			t0 := time.Now()
			for _, d := range docs {
				for i := range d.Lines {
					if ns := c.Needs(); ns != nil && !containsAnyOf(d.Lines[i].Sq, ns) {
						continue
					}
					c.Match(d, i)
				}
			}
			cost[k] += time.Since(t0)
		}
	}
	idx := make([]int, len(cost))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return cost[idx[i]] > cost[idx[j]] })
	var top []string
	for _, k := range idx[:10] {
		top = append(top, cue.All[k].Name()+" "+(cost[k]/time.Duration(b.N)).String())
	}
	b.Log(strings.Join(top, ", "))
}

func containsAnyOf(s string, lits []string) bool {
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// BenchmarkSteps times the layout's steps over the corpus.
func BenchmarkSteps(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	var texts [][]clean.Line
	for _, f := range files {
		t, _ := os.ReadFile(f)
		texts = append(texts, clean.Lines(string(t)))
	}
	var us [][]cue.Line
	var docs []*cue.Doc
	var ms [][][]int
	for _, cl := range texts {
		u := units(cl)
		us = append(us, u)
		d := cue.NewDoc(u)
		docs = append(docs, d)
		ms = append(ms, cue.Match(d))
	}
	b.Run("units", func(b *testing.B) {
		for n := 0; n < b.N; n++ {
			for _, cl := range texts {
				units(cl)
			}
		}
	})
	b.Run("measure", func(b *testing.B) {
		for n := 0; n < b.N; n++ {
			for _, u := range us {
				cue.NewDoc(u)
			}
		}
	})
	b.Run("match", func(b *testing.B) {
		for n := 0; n < b.N; n++ {
			for _, d := range docs {
				cue.Match(d)
			}
		}
	})
	b.Run("decode", func(b *testing.B) {
		for n := 0; n < b.N; n++ {
			for _, m := range ms {
				weights().decode(featuresOf(m), m, nil, nil)
			}
		}
	})
	b.Run("assemble", func(b *testing.B) {
		labs := make([]labelling, len(ms))
		for k, m := range ms {
			labs[k] = weights().decode(featuresOf(m), m, nil, nil)
		}
		b.ResetTimer()
		for n := 0; n < b.N; n++ {
			for k, d := range docs {
				assemble(d, labs[k])
			}
		}
	})
}

package layout

import (
	"slices"

	"bulletin/parser/layout/cue"
)

// A markedRun is a run of lines a reader marked a table's because it read
// them as one (flatBarLines, colonDirectories), with what it read there:
// the table is written from that reading, not from the lines read a
// second time, so the test that marked them is the one that reads them.
type markedRun struct {
	lines []int           // the lines marked, in order
	write func(run []int) // writes the table read there
}

// markedTables maps the first line of each run marked to it.
type markedTables map[int]markedRun

// lineRange is the lines from to to, to left out.
func lineRange(from, to int) []int {
	lines := make([]int, 0, max(to-from, 0))
	for k := from; k < to; k++ {
		lines = append(lines, k)
	}
	return lines
}

// mark records a run read as a table's and labels its lines so.
func (a *assembly) mark(m markedTables, lines []int, write func(run []int)) {
	for _, k := range lines {
		a.relabel(k, cue.Table)
	}
	m[lines[0]] = markedRun{lines: lines, write: write}
}

// apart takes the runs marked out of runs, each a run of its own where its
// first line stood: the lines that other runs joined to it (a grid in bars
// right under a directory) are read apart, as their own run.
func (m markedTables) apart(runs [][]int) [][]int {
	in := map[int]bool{}
	for _, r := range m {
		for _, k := range r.lines {
			in[k] = true
		}
	}
	var out [][]int
	for _, run := range runs {
		var cur []int
		for _, k := range run {
			switch r, first := m[k]; {
			case first:
				if len(cur) > 0 {
					out = append(out, cur)
					cur = nil
				}
				out = append(out, r.lines)
			case !in[k]:
				cur = append(cur, k)
			}
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	return out
}

// readMarked writes the table of run where run is one marked (apart).
func (m markedTables) readMarked(run []int) bool {
	r, ok := m[run[0]]
	if !ok {
		return false
	}
	r.write(run)
	return true
}

// headingsMarked reads as text, before the text's parts are read, the
// lines read as headings in the runs a table's reader (mark) marks: a
// grid's rows, each a short line of one shape under the head of its
// columns, lose the blank lines that parted them from the text in a copy
// laid out again, and the decoder reads each a heading; a table is no
// item. The reader's own labelling is undone, so that tables reads the
// grid as it did: the rows stay text for it, which it marks again.
func (a *assembly) headingsMarked(mark func(markedTables)) {
	roles := slices.Clone(a.roles)
	m := markedTables{}
	mark(m)
	for i, r := range roles {
		if a.roles[i] != r {
			a.relabel(i, r)
		}
	}
	for _, run := range m {
		for _, k := range run.lines {
			if r := a.roles[k]; r == cue.Heading || r == cue.Subheading {
				a.relabel(k, cue.Body)
			}
		}
	}
}

package layout

import (
	"strings"
)

// titledSections reads a run of cells set one a line that holds several
// statistical tables one under another, as a page prints a month's
// figures item by item (最低生活保障, 特困人员供养, 临时救助 …): each is its
// title, the heads of its columns (words, a head of two levels and its
// units wrapped a cell a line), and its figures. The first row is the
// figures right under the head, keyed by none (the key column merged
// into the title); a later row is a word that keys the figures after it
// (日常照料护理费 1 1 0.09 …), or a key alone whose figures the page left
// empty.
//
// A run of words after figures is a row's key where it is one cell, the
// next table where it is three or more: its title, then its head. Where
// the table before holds keyed rows and the run is longer by two cells
// than the figures under it, its head as wide as its row, the first cell
// is the key of that table's last row, left empty, and the next the
// title. An attachment's line after the last figures (附件:…xls) and what
// follows are text.
//
// Two tables at the least, each with its figures, every run of figures
// two or more (a figure alone is a serial number, or a count among words),
// and no run of two words after figures (neither a key nor a title and
// head): any other run is left to the other readers. It reports whether it read the run.
func (a *assembly) titledSections(run []int) bool {
	cells := make([]string, len(run))
	for k, i := range run {
		l := a.d.Lines[i]
		if l.Tabs || strings.ContainsAny(l.Text, "|｜") {
			return false
		}
		cells[k] = strings.TrimSpace(l.Sq)
	}
	end := len(cells)
	for k, c := range cells {
		if attachListed(c) || attachHead(c) {
			end = k
			break
		}
	}
	rest := run[end:]
	cells = cells[:end]
	// The runs of words and of figures, alternating.
	type stretch struct {
		from, to int
		words    bool
	}
	var st []stretch
	for k, c := range cells {
		w := !numberLike(c)
		if len(st) == 0 || st[len(st)-1].words != w {
			st = append(st, stretch{k, k + 1, w})
			continue
		}
		st[len(st)-1].to = k + 1
	}
	if len(st) < 2 || !st[0].words || st[0].to-st[0].from < 3 {
		return false
	}
	type section struct {
		title  int
		head   []int // the cells of its head
		rows   [][]int
		keyed  bool
		figure bool
	}
	var secs []section
	open := func(title, from, to int) {
		var head []int
		for k := from; k < to; k++ {
			head = append(head, k)
		}
		secs = append(secs, section{title: title, head: head})
	}
	open(st[0].from, st[0].from+1, st[0].to)
	for n := 1; n < len(st); n++ {
		s := st[n]
		cur := &secs[len(secs)-1]
		if !s.words {
			if s.to-s.from < 2 {
				return false // a figure alone: a serial number, a count in a row of words
			}
			var r []int
			for k := s.from; k < s.to; k++ {
				r = append(r, k)
			}
			if len(cur.rows) > 0 && len(cur.rows[len(cur.rows)-1]) == 1 {
				cur.rows[len(cur.rows)-1] = append(cur.rows[len(cur.rows)-1], r...) // the key's figures
			} else {
				cur.rows = append(cur.rows, r)
			}
			cur.figure = true
			continue
		}
		size := s.to - s.from
		switch {
		case size == 1:
			cur.rows = append(cur.rows, []int{s.from})
			cur.keyed = true
		case size == 2:
			return false
		default:
			from := s.from
			if n+1 < len(st) && cur.keyed && size == st[n+1].to-st[n+1].from+2 {
				cur.rows = append(cur.rows, []int{from}) // the last row's key, its figures left empty
				from++
			}
			open(from, from+1, s.to)
		}
	}
	if len(secs) < 2 {
		return false
	}
	for _, s := range secs {
		if !s.figure {
			return false
		}
	}
	row := func(ks []int) Row {
		var cs []string
		var ls []int
		for _, k := range ks {
			cs = append(cs, cells[k])
			ls = append(ls, run[k])
		}
		return a.cellRow(cs, ls)
	}
	for _, s := range secs {
		blk := Block{Header: 1, Rows: []Row{row(s.head)}}
		lines := []int{run[s.title]}
		for _, k := range s.head {
			lines = append(lines, run[k])
		}
		for _, r := range s.rows {
			blk.Rows = append(blk.Rows, row(r))
			for _, k := range r {
				lines = append(lines, run[k])
			}
		}
		a.closeTable(blk, lines, []int{run[s.title]}, nil, nil)
	}
	if len(rest) > 0 {
		a.unreadTable(rest)
	}
	return true
}

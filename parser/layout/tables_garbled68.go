package layout

import (
	"regexp"
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// keyFigureRe is a line that holds a row's key and one figure beside it
// (舞钢市 6): the key column of a grid and the cell next to it, all an
// extractor that lays a grid out box by box (pdfminer) keeps together of
// a row.
var keyFigureRe = regexp.MustCompile(`^(\p{Han}{2,})\s+([-+]?\d[\d,]*(?:\.\d+)?%?)$`)

// garbledKeys reads a grid an extractor printed box by box, its cells in
// an order of their own (a column's figures in a run, head cells among
// them), by what it keeps of the printed rows: each row's key cell, with
// the figure set right after it on its line. A grid is garbled so where
// a row the reading made holds more cells than its head names columns
// (a grid's row has no cell its head does not head) and two of its rows
// open with the same cell (目标数, a head's cell: a row's key names it,
// no two rows alike). Its rows are then
// the lines of a key and a figure (舞钢市 6 …, seriesLeast at the least, as
// serialOpens counts), and over them the line of a division's name alone
// that the other keys' divisions lie in: the total row of a table by
// region, named by the whole area (平顶山市 over 舞钢市, 宝丰县 …, GB/T
// 2260), whose figures the extractor set apart. The head is kept as the
// reading gave it. Any other grid is left as it was read.
func (a *assembly) garbledKeys(blk Block, lines []int) (Block, bool) {
	if blk.Header != 1 || len(lines) == 0 {
		return blk, false
	}
	width := len(blk.Rows[0].Cells)
	wide := false
	for _, r := range blk.Rows[1:] {
		wide = wide || len(r.Cells) > width
	}
	if !wide {
		return blk, false
	}
	var keyed []int
	var keys []string
	for i := lines[0]; i <= lines[len(lines)-1]; i++ {
		if m := keyFigureRe.FindStringSubmatch(strings.TrimSpace(a.d.Lines[i].Text)); m != nil {
			keyed = append(keyed, i)
			keys = append(keys, m[1])
		}
	}
	if len(keyed) < seriesLeast {
		return blk, false
	}
	out := Block{Rows: []Row{blk.Rows[0]}, Header: 1}
	if !repeatedKey(blk.Rows[1:]) {
		return blk, false // the reading's rows have keys of their own: read as they are
	}
	if t := a.totalAbove(lines[0], keyed[0], keys); t >= 0 {
		l := a.d.Lines[t]
		out.Rows = append(out.Rows, Row{Cells: []string{strings.TrimSpace(l.Sq)}, Line: l.Num, Text: span.Plain(l.Text, l.Num)})
	}
	for _, i := range keyed {
		l := a.d.Lines[i]
		out.Rows = append(out.Rows, Row{Cells: strings.Fields(l.Text), Line: l.Num, Text: span.Squeeze(l.Text, l.Num), Spaced: true})
	}
	return out, true
}

// totalAbove is the last line from first up to end that names a division
// alone, one that holds a division some key names (the area over its
// parts: 平顶山市 over 舞钢市), or -1.
func (a *assembly) totalAbove(first, end int, keys []string) int {
	g := lexicon.Places()
	for i := end - 1; i >= first; i-- {
		s := strings.TrimSpace(a.d.Lines[i].Sq)
		if !cue.HasHan(s) || strings.ContainsAny(s, " \t") {
			continue
		}
		for _, d := range g.Lookup(s) {
			if d.Name != s {
				continue // a short name alone is a head's word as often
			}
			for _, k := range keys {
				for _, kd := range g.Lookup(k) {
					for p := kd.Parent; p != nil; p = p.Parent {
						if p == d {
							return i
						}
					}
				}
			}
		}
	}
	return -1
}

// repeatedKey reports whether two rows open with the same cell.
func repeatedKey(rows []Row) bool {
	seen := map[string]bool{}
	for _, r := range rows {
		if len(r.Cells) == 0 || r.Cells[0] == "" {
			continue
		}
		if seen[r.Cells[0]] {
			return true
		}
		seen[r.Cells[0]] = true
	}
	return false
}

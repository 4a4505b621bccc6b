package layout

import (
	"strings"
)

// cellSections reads a run of cells set one a line that holds several
// sections of one form, each under a caption cell of its own and a header
// that opens with the same cell (第二十条第(一)项 / 信息内容 / 本年制发件数 …
// / 规章 / 0 …, then 第二十条第(五)项 / 信息内容 / …), as the 政府信息公开
// 工作年度报告 form prints its 主动公开 table: each section is a table,
// titled by its caption. Within a section, rows are a key and its figures,
// as many as the header's cells; the header is the cells before the first
// key, as wide as the first row (measured on the section, no count in
// code); a last section cut off before its first figure keeps the keys
// under a head of measures as rows (cutSection), else is text. Cells
// closed by bars whose rows' ends the page left unmarked are read with
// their lines of bars alone left out and a remark over them set apart as
// the first table's note (barSectionCells). Where any other section reads
// otherwise, nothing is taken and the run is read as before.
func (a *assembly) cellSections(run []int) bool {
	run, over := a.barSectionCells(run)
	cells := make([]string, len(run))
	for k, i := range run {
		l := a.d.Lines[i]
		if l.Tabs || strings.Contains(strings.Trim(l.Text, "|｜ "), "|") {
			return false
		}
		cells[k] = strings.TrimSpace(strings.TrimRight(l.Sq, "|｜ "))
	}
	// The header's first cell: the cell after the first caption, repeated
	// after every later one.
	var cuts []int
	for k := 0; k+1 < len(cells); k++ {
		if len(cuts) > 0 && cells[k+1] != cells[cuts[0]+1] {
			continue
		}
		if numberLike(cells[k]) || numberLike(cells[k+1]) || cells[k] == "" || k > 0 && !numberLike(cells[k-1]) {
			continue // a caption follows the figures of the section above
		}
		if len(cuts) == 0 && k != 0 {
			return false
		}
		cuts = append(cuts, k)
	}
	if len(cuts) < 2 {
		return false
	}
	type section struct {
		blk       Block
		lines     []int
		titleLine int
	}
	var secs []section
	for n, c := range cuts {
		end := len(cells)
		if n+1 < len(cuts) {
			end = cuts[n+1]
		}
		row := func(from, to int) Row {
			from, to = from+c+1, to+c+1
			return a.cellRow(cells[from:to], run[from:to])
		}
		if n == len(cuts)-1 && !hasNumber(cells[c:end]) {
			// The last section cut off before its first figure (a page's
			// copy ends there): its keys under a head of measures are
			// rows, their figures lost (cutSection); else its lines are
			// text.
			if rows, ok := cutSection(cells[c+1:end], row); ok {
				secs = append(secs, section{Block{Rows: rows, Header: 1}, run[c:end], run[c]})
				continue
			}
			secs = append(secs, section{lines: run[c:end], titleLine: -1})
			continue
		}
		rows, ok := keyFigureRows(cells[c+1:end], row)
		if !ok {
			return false
		}
		secs = append(secs, section{Block{Rows: rows, Header: 1}, run[c:end], run[c]})
	}
	for n, s := range secs {
		if s.titleLine < 0 {
			a.unreadTable(s.lines)
			continue
		}
		var above []int
		if n == 0 {
			above = over // a remark over the grid: its first table's note
		}
		a.closeTable(s.blk, s.lines, []int{s.titleLine}, above, nil)
	}
	return true
}

// keyFigureRows reads cells as a header over rows of a key and its
// figures: the header is the cells of words before the first key, the
// first row that key and the figures after it, and the header as wide as
// that row; every later row a key of words and as many figures.
func keyFigureRows(cells []string, row func(from, to int) Row) ([]Row, bool) {
	first := -1
	for k := 1; k < len(cells); k++ {
		if numberLike(cells[k]) {
			first = k - 1
			break
		}
	}
	if first < 1 || hasNumber(cells[:first+1]) {
		return nil, false
	}
	w := first
	if (len(cells)-w)%w != 0 {
		return nil, false
	}
	rows := []Row{row(0, w)}
	for b := w; b < len(cells); b += w {
		if numberLike(cells[b]) || figures(cells[b+1:b+w]) != w-1 {
			return nil, false
		}
		rows = append(rows, row(b, b+w))
	}
	return rows, true
}

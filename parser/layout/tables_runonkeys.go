package layout

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
)

// runOnKeys splits the rows of a grid in bars whose line ran the keys of
// several rows together: a web copy of a statistical form sets the
// category rows that hold no figure (二、乡级行政区划单位, 四、社会救助) on
// the line of the keyed row above them, a space apart in one cell, and
// the figures of that row on the next line (一、民政事业费累计支出
// 二、乡级行政区划单位 | / 万元 | 57324.8). The row then holds more
// cells than the head has columns. Each word of that cell is a row: the
// first keeps the figures, the others stand alone. A word after the
// first must open with an enumerator, as a category of the form's
// outline does, so a key letter-spaced or parted by a space (城乡 低保)
// stays one row. rowLines, where known, gains the line of each new row.
func runOnKeys(blk *Block, rowLines []int) []int {
	if blk.Header < 1 || blk.Header > len(blk.Rows) {
		return rowLines
	}
	cols := filled(blk.Rows[0].Cells)
	if cols < 2 {
		return rowLines
	}
	// Without a line for every row there is no map of rows to lines to keep.
	mapped := len(rowLines) == len(blk.Rows)
	var out []Row
	var lines []int
	changed := false
	for k, r := range blk.Rows {
		split := []Row{r}
		if k >= blk.Header && filled(r.Cells) > cols {
			if s, ok := runOnRow(r, cols); ok {
				split, changed = s, true
			}
		}
		out = append(out, split...)
		if mapped {
			for range split {
				lines = append(lines, rowLines[k])
			}
		}
	}
	if !changed {
		return rowLines
	}
	blk.Rows = out
	return lines
}

// runOnRow splits r, a row whose first line is one cell of words closed
// by its bar and whose figures came from the lines after it, into a row
// per word (runOnKeys); the first keeps the cells after the words, which
// must hold a figure and fit the head's cols columns.
func runOnRow(r Row, cols int) ([]Row, bool) {
	t := r.Text.String()
	bar := strings.IndexAny(t, "|｜")
	if bar < 0 || strings.Trim(t[bar:], "|｜ ") != "" {
		return nil, false // the first line holds more than one cell
	}
	key := t[:bar]
	words := strings.Fields(key)
	if len(words) < 2 {
		return nil, false
	}
	enumerated := false
	for n, w := range words {
		if utf8.RuneCountInString(w) < 2 || hasNumber([]string{w}) || !cue.HasHan(w) {
			return nil, false // a letter-spaced word (雷 声), or a figure
		}
		if kind, _, end := cue.Enumerator(w); n > 0 && kind != cue.NoEnum && end < len(w) {
			enumerated = true
		}
	}
	if !enumerated {
		return nil, false
	}
	// The cells the words were read as, run together, are the key's
	// words; those after them the first row's figures.
	target, acc, k := strings.Join(words, ""), "", 0
	for k < len(r.Cells) && len(acc) < len(target) {
		acc += strings.Join(strings.Fields(r.Cells[k]), "")
		k++
	}
	values := r.Cells[k:]
	if acc != target || !hasNumber(values) || 1+filled(values) > cols {
		return nil, false
	}
	var rows []Row
	at := 0
	for n, w := range words {
		i := at + strings.Index(t[at:], w)
		at = i + len(w)
		cells := []string{w}
		if n == 0 {
			cells = append(cells, values...)
		}
		rows = append(rows, Row{Cells: cells, Line: r.Line, Text: r.Text.Slice(i, at), Spaced: r.Spaced})
	}
	return rows, true
}

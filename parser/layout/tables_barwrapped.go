package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// barWrapped reads a grid in bars whose cells wrap over lines, as a page
// copies a table whose cells hold several lines each (11 | 临 / 时 / 救 /
// 助 | 政策 / 法规 / 文件 | ●《…》 / ●《…》 | …): a bar closes a cell, and
// the words after a line's last bar are a cell that goes on into the next
// line, so no line is a row. Under a serial head (序号, the grid's first
// cell) its numbers cut the rows (barOpenedRows), counting from 1 or on
// from past it. The run must hold a line of two cells or more and a cell
// wrapped over three lines at the least, its middle line holding no bar
// (a grid whose rows print no closing bar, 具 | 350, wraps none), and
// open with no bar (a Markdown row); any other run is left to the other
// readers. It reports whether it read the run.
func (a *assembly) barWrapped(run []int) bool {
	var cells []barCell
	var cur []string
	var lines []int
	wrapped, several := false, false
	for _, i := range run {
		l := a.d.Lines[i]
		t := strings.TrimSpace(strings.ReplaceAll(l.Sq, "｜", "|"))
		if l.Tabs || strings.HasPrefix(t, "|") && strings.Trim(t, "| ") != "" {
			return false
		}
		parts := strings.Split(t, "|")
		several = several || len(parts) > 2
		wrapped = wrapped || len(parts) == 1 && len(cur) > 0 // a line of a cell's middle, no bar on it
		for k, p := range parts {
			p = strings.TrimSpace(p)
			if k == len(parts)-1 {
				if p != "" {
					cur, lines = append(cur, p), append(lines, i) // a cell that goes on into the next line
				}
				continue
			}
			cells = append(cells, barCell{text: strings.Join(append(cur, p), ""), lines: append(lines, i)})
			cur, lines = nil, nil
		}
	}
	if len(cur) > 0 {
		cells = append(cells, barCell{text: strings.Join(cur, ""), lines: lines})
	}
	if !wrapped || !several || !cue.SerialHead(cells[0].text) {
		return false
	}
	return a.barOpenedRows(run, nil, cells, nil)
}

package layout

import (
	"slices"
	"strconv"

	"bulletin/parser/layout/cue"
	"bulletin/parser/numeral"
)

// serialFrom is the number before the first of a serial column that counts
// on from past 1 (序号 | 责任单位 | … | 15 | 民政局 | …): a grid drawn out of
// a longer list (民生实事项目, each 部门 printing its own items) keeps the
// list's numbers. The first figure after the head's words must be a bare
// number over 1 with a cell of words after it, the row's key; every cell
// before it a word, no number of another kind (二 |) and no note. It is 0
// where the grid reads otherwise, and its rows are then cut as before.
func serialFrom(cells []barCell) int {
	for k := 1; k < len(cells); k++ {
		c := cells[k].text
		if v, err := strconv.Atoi(c); err == nil {
			if v <= 1 || k+1 >= len(cells) || !barWordCell(cells[k+1].text) {
				return 0
			}
			return v - 1
		}
		if _, ok := numeral.Parse(c); ok || !barWordCell(c) {
			return 0
		}
		if kind, _, _ := cue.Enumerator(c); kind != cue.NoEnum {
			return 0
		}
	}
	return 0
}

// listExtract reports whether a grid's serial column counts on from past 1
// (serialFrom), none of its cells counting from 1.
func listExtract(cells []barCell) bool {
	return len(cells) > 0 && cue.SerialHead(cells[0].text) && !slices.Contains(barSerialCount(cells, 0), true) && serialFrom(cells) > 0
}

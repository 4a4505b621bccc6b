package layout

// barKeptEmpties reads the rows of a grid saved one cell a line, each
// closed by a bar, where the page kept its empty cells as bars alone (|):
// with every cell printed, the grid is regular, each row as wide as its
// head, whatever its cells hold (收费项目 | … | 备注 | over 火化费 | 元/具 |
// 300 | 无价服… | | ). The width is the fewest cells that make such a
// grid: a head of words (no figure, no empty cell), rows each keyed by a
// cell of words, and each column that holds a figure holding figures in
// most rows (收费标准 | 300 | 1000 | 面议 …), so that the figures stand
// in their columns; the last row may lose cells with the page's end.
// It reports the cells' rows, the head's first, or false where the page
// kept fewer than two empty cells, or no width makes such a grid.
func barKeptEmpties(cells []barCell) ([][]barCell, bool) {
	empties := 0
	for _, c := range cells {
		if c.text == "" {
			empties++
		}
	}
	if empties < 2 {
		return nil, false
	}
	for w := 2; 2*w < len(cells); w++ {
		if rows, ok := barRowsOf(cells, w); ok {
			return rows, true
		}
	}
	return nil, false
}

// barRowsOf cuts cells into rows w cells wide, where they make the grid
// barKeptEmpties reads.
func barRowsOf(cells []barCell, w int) ([][]barCell, bool) {
	for _, c := range cells[:w] {
		if c.text == "" || numberLike(c.text) {
			return nil, false
		}
	}
	var rows [][]barCell
	for k := 0; k < len(cells); k += w {
		rows = append(rows, cells[k:min(k+w, len(cells))])
	}
	figures := make([]int, w) // per column, the rows with a figure there
	for _, r := range rows[1:] {
		if r[0].text == "" || numberLike(r[0].text) {
			return nil, false
		}
		for k, c := range r {
			if numberLike(c.text) {
				figures[k]++
			}
		}
	}
	data, any := len(rows)-1, false
	for _, f := range figures {
		if f > 0 && 2*f <= data {
			return nil, false // a figure out of its column: no grid this wide
		}
		any = any || f > 0
	}
	return rows, any && data >= 2
}

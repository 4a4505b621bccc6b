package layout

// barSectionCells is run as cellSections reads it where its cells are each
// closed by a bar, one a line, with the empty cells the page printed after
// them (第二十条第(一)项 | / ||| / 信息内容 | / … / 行政许可 | / 38 | / ||), as
// a 政府信息公开工作年度报告's 主动公开 table is saved with its rows' ends
// unmarked: a line of bars alone pads the row it closes, no cell of its
// own, and is left out (the rows are cut by the header's cells, not by
// the padding); the lines over the first cell that close none (a remark
// over the grid, (数据核定时间点为…)) are no cells but the first table's
// note, over. A run of another layout (cells with no bar, none before the
// cells' bars) is run itself, nothing over it.
func (a *assembly) barSectionCells(run []int) (cells, over []int) {
	first := -1
	for k, i := range run {
		if _, _, ok := barCellLine(a.d.Lines[i]); ok {
			first = k
			break
		}
	}
	if first < 0 {
		return run, nil
	}
	for _, i := range run[first:] {
		text, _, ok := barCellLine(a.d.Lines[i])
		if !ok {
			return run, nil // a cell with no bar after the bars: no run of this layout
		}
		if text != "" {
			cells = append(cells, i)
		}
	}
	return cells, run[:first]
}

package layout

import "strings"

// cutSection reads the last section of a report form's cells (cellSections)
// where the copy ends before its first figure (第二十条第(八)项 / 信息内容 /
// 本年收费金额(单位:万元) / 行政事业性收费, and no 0): its header is the
// opener and the cells after it that name a measure, a count or a sum (a
// head ending with a measurehead word, its bracketed unit aside); each
// cell after them is a row's key, the figures after it lost. A section
// whose cells name no measure after the opener, or hold no key after
// them, reports false: its lines are text.
func cutSection(cells []string, row func(from, to int) Row) ([]Row, bool) {
	w := 1
	for w < len(cells) && measureHead(cells[w]) {
		w++
	}
	if w < 2 || w >= len(cells) {
		return nil, false
	}
	rows := []Row{row(0, w)}
	for k := w; k < len(cells); k++ {
		if cells[k] == "" || measureHead(cells[k]) {
			return nil, false
		}
		rows = append(rows, row(k, k+1))
	}
	return rows, true
}

// measureHead reports whether cell heads a column of figures: it ends
// with a measurehead word (件数, 金额), a bracketed unit after it aside
// (本年收费金额(单位:万元)).
func measureHead(cell string) bool {
	c := strings.TrimSpace(cell)
	if k := strings.LastIndexAny(c, "(（"); k > 0 && (strings.HasSuffix(c, ")") || strings.HasSuffix(c, "）")) {
		c = c[:k]
	}
	_, ok := measureHeads().Suffix(c)
	return ok
}

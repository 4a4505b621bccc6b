package layout

import (
	"slices"
	"strconv"
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
)

// attachedGrids reads the grid an attachment prints under its table's
// title, one cell a line, where the reading gave the grid's lines to the
// attachment and its title alone to a table (附件1 / …情况表 / 镇(街道) /
// … / 共计 / 常太镇 / 10.5万元 …). An attachment holds its table to its
// end: the cells run from the title to the next attachment's heading
// (附件2) or the document's end, every line between a cell (titledCell);
// a line of text, or cells that stop short of the attachment's end, leave
// the lines as read. The rows are read as attachedRows reads them.
func (a *assembly) attachedGrids(m markedTables) {
	runs := a.runs(cue.Table)
	for k, r := range runs {
		if !a.titleAlone(r) {
			continue
		}
		end := len(a.d.Lines)
		if k+1 < len(runs) {
			end = runs[k+1][0]
		}
		var cells, chrome []int // chrome: the lines read as the page's that are cells
		i := r[0] + 1
	cells:
		for ; i < end; i++ {
			switch {
			case a.roles[i] == cue.Chrome && cue.IsCell(a.d.Lines[i]) && !attachHead(a.d.Lines[i].Sq):
				chrome = append(chrome, i)
			case a.roles[i] == cue.Chrome:
			case a.titledCell(i):
				cells = append(cells, i)
			default:
				break cells
			}
		}
		if i < len(a.d.Lines) && !attachHead(a.d.Lines[i].Sq) {
			continue
		}
		// A line among the cells read as the page's (a serial number taken
		// for a page's) is the grid's where the rows read with it.
		cells, bounds, ok := a.attachedCells(cells, chrome)
		if !ok {
			continue
		}
		words := a.cellWords(cells)
		var blk Block
		for n, b := range bounds {
			to := len(cells)
			if n+1 < len(bounds) {
				to = bounds[n+1]
			}
			blk.Rows = append(blk.Rows, Row{Cells: append([]string(nil), words[b:to]...), Line: a.d.Lines[cells[b]].Num, Text: a.text(cells[b:to]...)})
		}
		blk.Header = 1
		title := r
		a.mark(m, append(append([]int(nil), r...), cells...), func(run []int) {
			a.closeTable(blk, run, title, nil, nil)
		})
	}
}

// attachedCells reads the rows of cells, with the lines among them read
// as the page's where the rows read so, else without them.
func (a *assembly) attachedCells(cells, chrome []int) ([]int, []int, bool) {
	if len(chrome) > 0 {
		all := append(append([]int(nil), cells...), chrome...)
		slices.Sort(all)
		if b, ok := attachedRows(a.cellWords(all)); ok {
			return all, b, true
		}
	}
	b, ok := attachedRows(a.cellWords(cells))
	return cells, b, ok
}

// cellWords is the words of each line of cells.
func (a *assembly) cellWords(cells []int) []string {
	words := make([]string, len(cells))
	for n, c := range cells {
		words[n] = strings.TrimSpace(a.d.Lines[c].Sq)
	}
	return words
}

// attachedRows parts the cells of a grid printed a cell a line into its
// rows, each given by the index of its first cell, the header's first, or
// false. The header is the cells of words over the first row, two at the
// least. Rows open either:
//
//   - at each serial number, 1, 2, 3 … in turn, one cell of the header
//     over them and as many cells to each row as the header has (序号 |
//     名称 over 1 | 某村幸福院): a row that sums the rows above it,
//     printed between two of them as one cell spanning the grid (东海镇
//     小计6个幸福院), opens a row of its own; or
//   - at each cell of words after a figure, where the page left the
//     empty cells out (常太镇 | 10.5万元 | 0万元 over 东海镇 | 3万元): a
//     row is a key of words and its figures, no more of them than the
//     header has columns after the key's.
func attachedRows(cells []string) ([]int, bool) {
	if b, ok := serialRows(cells); ok {
		return b, true
	}
	return keyedFigureRows(cells)
}

// serialRows reads rows opened by serial numbers (attachedRows).
func serialRows(cells []string) ([]int, bool) {
	first := -1
	for k, c := range cells {
		if c == "1" {
			first = k
			break
		}
	}
	if first < 2 || hasNumber(cells[:first]) {
		return nil, false
	}
	width := first // the header's cells: each row's
	bounds := []int{0}
	want := 1
	for k := first; k < len(cells); {
		switch {
		case cells[k] == strconv.Itoa(want):
			bounds = append(bounds, k)
			want++
			k += width
		case sumsRows(cells[k]) && want > 1:
			bounds = append(bounds, k)
			k++
		default:
			return nil, false
		}
	}
	return bounds, want > 2
}

// keyedFigureRows reads rows keyed by words over figures (attachedRows).
func keyedFigureRows(cells []string) ([]int, bool) {
	key := -1
	for k := 1; k < len(cells); k++ {
		if unitFigure(cells[k]) {
			key = k - 1
			break
		}
	}
	if key < 2 || unitFigure(cells[key]) {
		return nil, false
	}
	for _, c := range cells[:key] {
		if unitFigure(c) {
			return nil, false
		}
	}
	bounds := []int{0, key}
	for k := key + 1; k < len(cells); k++ {
		if !unitFigure(cells[k]) {
			if !unitFigure(cells[k-1]) {
				return nil, false // two cells of words: no key over its figures
			}
			bounds = append(bounds, k)
		}
	}
	if !unitFigure(cells[len(cells)-1]) {
		return nil, false
	}
	for n := 1; n < len(bounds); n++ {
		to := len(cells)
		if n+1 < len(bounds) {
			to = bounds[n+1]
		}
		if to-bounds[n] > key {
			return nil, false // more cells than the header has columns
		}
	}
	return bounds, len(bounds) > 2
}

// sumsRows reports whether cell labels a row that sums rows (小计, 合计),
// whatever it says of what it sums (东海镇小计6个幸福院).
func sumsRows(cell string) bool {
	for _, w := range lexicon.CueList("total") {
		if strings.Contains(cell, w) {
			return true
		}
	}
	return false
}

// unitFigure reports whether cell is a figure, its unit printed after it
// or not (10.5万元, 12个, 0.5): a number, then a multiplier (万, 亿) and a
// measure word or unit, or neither.
func unitFigure(cell string) bool {
	k := strings.IndexFunc(cell, func(r rune) bool { return !strings.ContainsRune("0123456789.,%+-", r) })
	if k < 0 {
		return numberLike(cell)
	}
	if k == 0 || !numberLike(cell[:k]) {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(cell[k:], "万"), "亿")
	return rest == "" || lexicon.Units().Has(rest)
}

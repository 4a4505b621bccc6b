package layout

import "bulletin/parser/layout/cue"

// joinCutRow joins to the last grid of a page the line the page ends on
// where a copy cut the page off within the grid's next row (… / 五、协助尸检
// | 元/具 | 150 | / 六、礼厅租用[提供哀悼、祭奠): the line opens with the
// enumerator that follows the one its rows were counted with last (五、 →
// 六、), ends no sentence, and nothing but chrome stands after it, so the
// reading, finding the grid broken off, gave it another role. The row is
// the grid's as far as it was printed; so is the line that opens the
// count (一、本年新收政府信息) under a grid of no figure, its head printed
// and its rows cut off (headOnly). A line with text after it, an
// enumerator the rows did not count, or a sentence stays as read.
func (a *assembly) joinCutRow(runs [][]int) [][]int {
	if len(runs) == 0 {
		return runs
	}
	last := runs[len(runs)-1]
	cut := -1
	for i := last[len(last)-1] + 1; i < len(a.roles); i++ {
		switch {
		case a.roles[i] == cue.Chrome:
		case cut < 0:
			cut = i
		default:
			return runs // text after the line: no page cut off there
		}
	}
	if cut < 0 || !a.rowCountedOn(last, cut) {
		return runs
	}
	a.relabel(cut, cue.Table)
	a.cutRow = a.d.Lines[cut].Num
	runs[len(runs)-1] = append(last, cut)
	return runs
}

// rowCountedOn reports whether line i, no sentence, opens with the
// enumerator after the last one a cell of run opens with, of its kind.
func (a *assembly) rowCountedOn(run []int, i int) bool {
	s := a.d.Lines[i].Sq
	k, v, end := cue.Enumerator(s)
	if k == cue.NoEnum || end == len(s) || cue.EndsSentence(s) {
		return false
	}
	for n := len(run) - 1; n >= 0; n-- {
		// A grid in bars may come joined into one line (| 四、… | 115 |
		// 五、… | 150 |): its cells are asked from the last.
		// Cells set a space apart part the enumerator from its words (2. |
		// 火化费): the line itself is asked last.
		cells := append([]string{a.d.Lines[run[n]].Sq}, cue.Cells(a.d.Lines[run[n]])...)
		for c := len(cells) - 1; c >= 0; c-- {
			if pk, pv, _ := cue.Enumerator(cells[c]); pk != cue.NoEnum {
				return pk == k && pv+1 == v
			}
		}
	}
	// A grid of no figure is a head cut off from its rows (headOnly):
	// the line under it that opens the count (一、本年新收政府信息) is its
	// first row.
	return v == 1 && !a.runHolds(run, numberLike)
}

// runHolds reports whether a cell of a line of run is one is holds of.
func (a *assembly) runHolds(run []int, is func(string) bool) bool {
	for _, i := range run {
		if countCells(cue.Cells(a.d.Lines[i]), is) > 0 {
			return true
		}
	}
	return false
}

// cutHead is the header count of a grid whose first row a copy cut off
// (joinCutRow: the row that opens the count under a grid of no figure):
// every row above it is the head. Any other grid keeps header.
func cutHead(rows []Row, header, cutRow int) int {
	n := len(rows)
	if cutRow == 0 || n < 2 || rows[n-1].Line != cutRow || hasNumber(rows[n-1].Cells) {
		return header
	}
	for _, r := range rows[:n-1] {
		if hasNumber(r.Cells) {
			return header
		}
	}
	return n - 1
}

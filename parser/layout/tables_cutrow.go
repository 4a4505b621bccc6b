package layout

import "bulletin/parser/layout/cue"

// joinCutRow joins to the last grid of a page the line the page ends on
// where a copy cut the page off within the grid's next row (… / 五、协助尸检
// | 元/具 | 150 | / 六、礼厅租用[提供哀悼、祭奠): the line opens with the
// enumerator that follows the one its rows were counted with last (五、 →
// 六、), ends no sentence, and nothing but chrome stands after it, so the
// reading, finding the grid broken off, gave it another role. The row is
// the grid's as far as it was printed; a line with text after it, an
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
	return false
}

package layout

import (
	"slices"
	"strconv"

	"bulletin/parser/layout/cue"
)

// barOpenedRows reads a grid saved one cell a line, each closed by a bar,
// whose rows' ends are not padded (序号 | / 收费项目 | / … / (一) | / 普通殡
// 仪车接运 | …): a merged cell prints once and an empty one may print no
// line, so no count of cells cuts the rows. The cells that open them do,
// as the grid prints them:
//
//   - under a serial head (序号), its numbers: a cell that is the next
//     number of its kind (1, 2, 3; 一、 over (一), (二)), a section's
//     number restarting the kinds under it;
//   - in a grid of figures, the word cell that leads each row of them
//     (利州区 | 13 | 13 | 昭化区 | 12.72 …), every row holding a figure;
//   - a note cell (sentences, a merged 备注) that ends a row as wide as the
//     head closes it: the cell after it opens the next, the sub-row under
//     a merged serial cell. A note cell in a row not yet so wide is a
//     column of sentences (起止点: 北起…,南至…。) and closes nothing.
//
// The cells before the first opener are the head, one row; a unit label
// above them (单位:万元 |) is the grid's note. Where no cell opens a row
// after the head, it reports false and nothing is taken.
func (a *assembly) barOpenedRows(run, title []int, cells []barCell, rest []int) bool {
	var above []int
	for len(cells) > 0 && unitLabel(cells[0].text) {
		above = append(above, cells[0].lines...)
		cells = cells[1:]
	}
	opens := barSerialOpeners(cells)
	if opens == nil {
		opens = barFigureOpeners(cells)
	}
	from := -1
	for k, o := range opens {
		if o {
			from = k
			break
		}
	}
	if from < 1 || hasNumber(barTexts(cells[:from])) {
		return false
	}
	blk := Block{Rows: []Row{a.barRow(cells[:from])}, Header: 1}
	var cur []barCell
	for k, c := range cells[from:] {
		if len(cur) > 0 && opens[from+k] {
			blk.Rows = append(blk.Rows, a.barRow(cur))
			cur = nil
		}
		cur = append(cur, c)
		if len(cur) >= from && barNoteCell(c.text) {
			blk.Rows = append(blk.Rows, a.barRow(cur))
			cur = nil
		}
	}
	if len(cur) > 0 {
		blk.Rows = append(blk.Rows, a.barRow(cur))
	}
	if len(blk.Rows) == 2 && listExtract(cells) {
		// One row of a longer list, keyed by its number there: a row of
		// data, no form's fields under their head.
		return a.closeBarTitled(blk, run, title, above, rest)
	}
	return a.closeBarGrid(blk, run, title, above, rest)
}

// barSerial is the kind of a bare number in a serial column (1 |), ranked
// under every enumerator.
const barSerial = cue.Circled + 1

// barSerialOpeners marks the cells that open a row under a serial head
// (序号, the grid's first cell): the numbers that run on their kind's
// count from 1, a number of a kind restarting the counts of the kinds
// ranked under it. It is nil where the grid has no serial head.
func barSerialOpeners(cells []barCell) []bool {
	if len(cells) == 0 || !cue.SerialHead(cells[0].text) {
		return nil
	}
	opens := barSerialCount(cells, 0)
	if !slices.Contains(opens, true) {
		if from := serialFrom(cells); from > 0 {
			opens = barSerialCount(cells, from)
		}
	}
	return opens
}

// barSerialCount marks the cells that open a row under a serial head, the
// bare numbers counting on from from+1 (barSerialOpeners).
func barSerialCount(cells []barCell, from int) []bool {
	opens := make([]bool, len(cells))
	next := map[cue.Enum]int{barSerial: from}
	for k, c := range cells[1:] {
		kind, v := barSerialOf(c.text)
		if kind == cue.NoEnum || v != next[kind]+1 {
			continue
		}
		opens[k+1] = true
		next[kind] = v
		for e := range next {
			if e > kind {
				delete(next, e)
			}
		}
	}
	return opens
}

// barSerialOf reads the number a serial cell holds: a bare number (3), or
// an enumerator alone or opening a section's words ((一), 一、遗体接运费).
func barSerialOf(s string) (cue.Enum, int) {
	if v, err := strconv.Atoi(s); err == nil {
		return barSerial, v
	}
	kind, v, _ := cue.Enumerator(s)
	return kind, v
}

// barFigureOpeners marks the cells that open a row in a grid of figures
// led by a word cell each (利州区 | 13 | 13 | 昭化区 | 12.72 …): the word
// cell before the first figure, and each word cell after a figure. It is
// nil where a row so cut holds no figure or a word cell after its key (a
// column of words: no grid of figures).
func barFigureOpeners(cells []barCell) []bool {
	opens := make([]bool, len(cells))
	first := -1
	for k, c := range cells {
		if numberLike(c.text) {
			first = k
			break
		}
	}
	if first < 1 || !barWordCell(cells[first-1].text) {
		return nil
	}
	opens[first-1] = true
	figured := false
	for k := first; k < len(cells); k++ {
		c := cells[k].text
		if barWordCell(c) {
			if !figured || !numberLike(cells[k-1].text) {
				return nil
			}
			opens[k], figured = true, false
			continue
		}
		figured = figured || numberLike(c)
	}
	return opens
}

// barWordCell reports whether s is a cell of words: no figure, no note.
func barWordCell(s string) bool {
	return s != "" && !numberLike(s) && !barNoteCell(s)
}

package layout

import "bulletin/parser/layout/cue"

// joinTitledCells joins to the grid under it a table's title read alone
// (静安园二期公墓价格表, a run of its own that names a table) where the
// lines between them were read as the attachment the grid is printed in:
// an attachment's grid whose head and first rows, wrapped a cell or two a
// line (位置 墓型 规格 价格 / E7区、B7-1区 / 2号生态 / 墓 / 单穴 1250),
// the reading gave to the attachment. Every line between must be a cell
// (no sentence, no label's colon) and none the attachment's own heading
// (附件, 附件2); a line of text there keeps them apart.
func (a *assembly) joinTitledCells(runs [][]int) [][]int {
	return a.joinRunsOver(runs, a.titleAlone, a.titledCell)
}

// titledCell reports whether line i, read as an attachment's, is a cell of
// a grid under a table's title: a cell, no title of a table and no
// attachment's heading (附件, 附件2).
func (a *assembly) titledCell(i int) bool {
	return a.roles[i] == cue.Attachment && cue.IsCell(a.d.Lines[i]) && !cue.NamesTable(a.d.Lines[i].Sq) && !attachHead(a.d.Lines[i].Sq)
}

// titleAlone reports whether run is a table's title alone: one line that
// names a table and holds no cells of a row.
func (a *assembly) titleAlone(run []int) bool {
	return len(run) == 1 && cue.NamesTable(a.d.Lines[run[0]].Sq) && !a.isRow(run[0])
}

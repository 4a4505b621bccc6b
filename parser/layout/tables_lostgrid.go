package layout

import "bulletin/parser/layout/cue"

// lostGrids reads a run of table lines that holds titles and nothing else,
// each line naming a table alone (新城片区干道名称一览表 / 新城片区支路名称
// 一览表), where a line of body text above them, anywhere from the text's
// top, points its reader to a table below it (现将道路名称(见下表)公示如下)
// and no line under them, to the text's end, is a grid's row: a page that
// printed its grids as pictures, which the copy lost, keeps their titles.
// Each title is a table of its own whose rows are lost: no data row, its
// title set as its one header row, as a grid cut off after its head is
// read (headOnly). A run that holds a row or a line that names no table,
// titles under a text that points to no table below (or under a headline
// or other line of no body text that does), or titles over a grid (its
// title printed apart from it, a sentence between) are left to the other
// readers. (An attachment's heading, 附件1, is no line that names a table:
// titleAlone refuses it.)
func (a *assembly) lostGrids(run []int) bool {
	for _, i := range run {
		if !a.titleAlone([]int{i}) {
			return false
		}
	}
	if !a.pointsBelow(run[0]) {
		return false
	}
	for i := run[len(run)-1] + 1; i < len(a.d.Lines); i++ {
		if a.roles[i] == cue.Table && a.isRow(i) {
			return false // a grid under the titles: theirs
		}
	}
	for _, i := range run {
		title := tableTitleField(a.text(i))
		a.doc.Blocks = append(a.doc.Blocks, Block{Title: title, Header: 1, Rows: []Row{{Cells: []string{title.Value}, Line: a.d.Lines[i].Num, Text: a.text(i)}}})
	}
	return true
}

// pointsBelow reports whether a line of the body text above line i, from
// the text's top, points its reader to a table printed under it
// (cue.PointsBelow).
func (a *assembly) pointsBelow(i int) bool {
	for j := 0; j < i; j++ {
		if a.roles[j] != cue.Body {
			continue
		}
		if cue.PointsBelow(a.d.Lines[j].Sq) {
			return true
		}
	}
	return false
}

package cue

import "strings"

// figureBarRow: a row of a grid whose cells bars part, two figures or
// more among them, with another row of the grid beside it (一、本年新收
// 政府信息公开申请数量 | 0 | 0 | …): a grid counts its rows down its first
// column with the enumerators of an outline (一、 二、, (一) (二)), and a
// row so opened is still a row. A heading prints one phrase, never cells
// of figures, so such a line is no heading.
type figureBarRow struct{}

func (figureBarRow) Name() string    { return "figure-bar-row" }
func (figureBarRow) Roles() []Role   { return []Role{Table} }
func (figureBarRow) Denies() []Role  { return []Role{Section, Heading, Subheading, Brief} }
func (figureBarRow) Needs() []string { return []string{"|", "｜"} }

func (figureBarRow) Match(d *Doc, i int) bool {
	l := d.Lines[i]
	if l.Tabs || !d.inGrid(i) || !strings.Contains(strings.Trim(l.Text, "|｜ "), "|") {
		return false
	}
	n := 0
	for _, c := range Cells(l) {
		if numberCell(c) {
			n++
		}
	}
	return n >= 2
}

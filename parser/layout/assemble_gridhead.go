package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// gridHeadCells reads the head of a page that publishes a table under a
// headline naming it (2024年10月…统计表), its head's cells printed a cell
// a line (地区 / 低保户数 / 低保人数 / … / 其中: / 物价 / 补贴): the lines
// from the page's head to the table's first row read by the decoder are
// the table's head, where none of them holds a sentence: none heads a
// part, however the decoder read it (a heading), as a table is no item
// (GOLD.md). They are left to the table's reading as they stand, no
// heading: the grid's rows are read from its first row of figures.
func (a *assembly) gridHeadCells() {
	if a.doc.Title == nil || !cue.NamesTable(a.doc.Title.Value) {
		return
	}
	from := a.contentStart()
	to := from
	for to < len(a.roles) && (a.roles[to] != cue.Table || !strings.ContainsAny(a.d.Lines[to].Sq, "0123456789")) {
		to++
	}
	if to >= len(a.roles) || to == from {
		return
	}
	for i := from; i < to; i++ {
		s := a.d.Lines[i].Sq
		if a.roles[i] == cue.Chrome {
			continue
		}
		if strings.ContainsAny(s, "。；;") || cue.SentencePunct(strings.TrimRight(s, "：: ")) {
			return // a sentence: the page's text before its table
		}
	}
	for i := from; i < to; i++ {
		if r := a.roles[i]; r == cue.Heading || r == cue.Subheading {
			a.relabel(i, cue.Body)
		}
	}
}

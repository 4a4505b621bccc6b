package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
)

// placeColumns reads as a table's, whatever the decoder read them as, the
// lines under a line that names a list or a table (省级地名文化遗产地名名录)
// that a web page's copy printed a cell a line, its head first (地名名称
// (类别) / 所在政区), where one of its columns names a division in each
// row (济南市历下区, 广饶县: names of the gazetteer, one after another):
// the column of places tells how wide the grid is, its cells recurring
// every so many lines. The grid is as wide as the fewest cells that make
// a head of words (no place, no figure) and rows whose cell in one column,
// the same in each, is a division's and whose other cells are none; two
// rows at the least, the last of which may lose its cells after the key
// with the page. The cells run to the first line that is none (a
// sentence, a label's colon) or to the text's end. The table is titled by
// the line that names it. Lines that make no such grid, or that a reader
// of grids already read as one (the decoder's table lines: the cells stop
// at the first), are left as read.
func (a *assembly) placeColumns(m markedTables) {
	for i := 0; i+1 < len(a.d.Lines); i++ {
		if !cue.NamesTable(a.d.Lines[i].Sq) {
			continue
		}
		end := i + 1
		for end < len(a.d.Lines) && a.roles[end] != cue.Table && cue.IsCell(a.d.Lines[end]) && !strings.ContainsAny(a.d.Lines[end].Sq, "：:") {
			end++
		}
		lines := lineRange(i+1, end)
		for w := 2; 2*w < len(lines); w++ {
			blk, ok := a.placeRows(lines, w)
			if !ok {
				continue
			}
			blk.Title = tableTitleField(a.text(i))
			a.mark(m, lineRange(i, end), func([]int) { a.doc.Blocks = append(a.doc.Blocks, blk) })
			i = end - 1
			break
		}
	}
}

// placeRows reads lines, a cell each, as a grid w cells wide with a
// column of places (placeColumns), or reports that they make none.
func (a *assembly) placeRows(lines []int, w int) (Block, bool) {
	cell := func(i int) string { return strings.TrimSpace(a.d.Lines[i].Sq) }
	col := -1
	for c := 0; c < w && col < 0; c++ {
		col = c
		for from := w; from+c < len(lines); from += w {
			if !placeCell(cell(lines[from+c])) {
				col = -1
				break
			}
		}
	}
	if col < 0 {
		return Block{}, false
	}
	blk := Block{Header: 1}
	for from := 0; from < len(lines); from += w {
		to := min(from+w, len(lines))
		var cells []string
		for k, i := range lines[from:to] {
			s := cell(i)
			if from == 0 && (placeCell(s) || numberLike(s)) || from > 0 && k != col && placeCell(s) {
				return Block{}, false // a head of places, or places in two columns: no grid of this width
			}
			cells = append(cells, s)
		}
		if to-from < w && col < to-from {
			return Block{}, false // the last row cut before its place: the cut no row's end
		}
		blk.Rows = append(blk.Rows, a.cellRow(cells, lines[from:to]))
	}
	return blk, true // more lines than two rows (placeColumns' 2*w < len): three rows at the least
}

// placeCell reports whether s names a division and nothing else: names of
// the gazetteer one after another (济南市历下区, 广饶县).
func placeCell(s string) bool {
	g := lexicon.Places()
	for i := 0; i < len(s); {
		w, ok := g.At(s, i)
		if !ok {
			return false
		}
		i += len(w)
	}
	return s != ""
}

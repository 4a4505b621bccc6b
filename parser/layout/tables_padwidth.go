package layout

import (
	"strings"

	"bulletin/parser/span"
)

// paddedRows splits the rows of a grid in bars, printed a cell a line,
// that the reading ran together. Such a page closes each row with the
// empty cells that fill it out to the grid's width (三级目录类 | |||: three
// cells and three empty ones, a head of six columns); a row is read up to
// its closing bar, so where the copy dropped the empties of a row or two
// the row read holds the cells of several. widths are the rows' cells as
// read, the empty ones too: the head's gives the grid's width, a row as
// wide is one row, and a row a whole number of times as wide is that many
// rows, each as wide as the head, its empty cells dropped. The head must
// close with empty cells of its own, and every row be a whole number of
// widths; any other grid keeps its rows.
func paddedRows(rows []Row, widths []int, padded bool) []Row {
	if !padded || len(rows) < 2 || len(widths) != len(rows) {
		return rows
	}
	w := widths[0]
	if w < 2 {
		return rows
	}
	for k, n := range widths {
		if n%w != 0 || len(rows[k].Cells) > n {
			return rows
		}
	}
	var out []Row
	for k, r := range rows {
		if widths[k] == w {
			out = append(out, r)
			continue
		}
		cells := append(append([]string(nil), r.Cells...), make([]string, widths[k]-len(r.Cells))...)
		for b := 0; b < len(cells); b += w {
			part := cells[b : b+w]
			for len(part) > 1 && part[len(part)-1] == "" {
				part = part[:len(part)-1]
			}
			if b > 0 && part[0] == "" && len(part) == 1 {
				continue // the empty cells that close the last row
			}
			out = append(out, Row{Cells: append([]string(nil), part...), Line: r.Line, Text: span.Plain(strings.Join(part, " "), r.Line)})
		}
	}
	return out
}

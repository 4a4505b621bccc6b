package layout

import (
	"strings"

	"bulletin/parser/lexicon"
)

// headOnly is the header count of a grid cut off after its head: a
// statistical table whose columns count and sum (户数, 人数, 金额, 件数:
// a head that ends with a word of the measurehead list) and none of whose
// rows under the head holds a digit has lost its rows, as a page that printed a form's
// head and left it unfilled, or the second of two grids the copy cut
// off, or a section of the 2019 report form of 政府信息公开 printed with no
// figures: every row is its head, and it has no data row. Any other grid
// keeps header.
func headOnly(rows []Row, header int) int {
	if header >= len(rows) {
		return header
	}
	for _, r := range rows[header:] {
		if strings.ContainsAny(strings.Join(r.Cells, ""), "0123456789０１２３４５６７８９") {
			return header // a figure, or an amount with its unit (380元): a row of data
		}
	}
	measured := false
	for _, r := range rows {
		for _, c := range r.Cells {
			c = strings.TrimSpace(strings.Trim(c, "|｜ "))
			if _, ok := measureHeads().Suffix(c); ok {
				measured = true
			}
		}
	}
	if !measured {
		return header
	}
	return len(rows)
}

// measureHeads are the words a statistical table's column head ends with
// where the column holds figures (cue_words.tsv, measurehead).
func measureHeads() *lexicon.Words { return lexicon.CueWordList("measurehead") }

package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestPaddedRows: a grid in bars printed a cell a line closes each row
// with the empty cells that fill it to the head's width; a row read as
// a whole number of widths is that many rows, each as wide as the head.
// A head closed with no empty cells, a row that is no whole number of
// widths, or a grid whose rows all fit keep the rows as read. The rows'
// widths are checked too: another reader may key the rows alike.
func TestPaddedRows(t *testing.T) {
	const title = "某局政府信息公开目录\n一、编制说明\n本目录所收集信息系本机关应当主动公开的政府信息。\n二、目录\n公开目录分类表\n"
	tests := []struct{ name, text, grids, widths string }{
		{"a full row and a second run together, the head's width four",
			title + "类别 |\n名称 | ||\n" +
				"01 |\n甲类 |\n001 |\n一号 |\n002 |\n乙类 | ||\n" +
				"003 |\n丙类 | ||\n",
			"公开目录分类表 | 1 | 01 002 003 | ", "2 4 2 2"},
		{"two full rows and a third run together",
			title + "类别 |\n名称 | ||\n" +
				"01 |\n甲类 |\n001 |\n一号 |\n02 |\n乙类 |\n002 |\n二号 |\n003 |\n丙类 | ||\n" +
				"004 |\n丁类 | ||\n",
			"公开目录分类表 | 1 | 01 02 003 004 | ", "2 4 4 2 2"},
		// Kept as read.
		{"a head closed with no empty cells",
			title + "类别 |\n名称 |\n" +
				"01 |\n甲类 |\n001 |\n一号 |\n002 |\n乙类 | ||\n" +
				"003 |\n丙类 | ||\n",
			"公开目录分类表 | 1 | 003 | ", "8 8"},
		{"a row that is no whole number of widths",
			title + "类别 |\n名称 | ||\n" +
				"01 |\n甲类 |\n001 |\n一号 |\n002 |\n乙类 | |\n" +
				"003 |\n丙类 | ||\n",
			"公开目录分类表 | 1 | 01 003 | ", "2 6 2"},
		{"every row as wide as the head",
			title + "类别 |\n名称 | ||\n" +
				"01 |\n甲类 | ||\n02 |\n乙类 | ||\n",
			"公开目录分类表 | 1 | 01 02 | ", "2 2 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			if got := gridSummary(d); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
			if got := gridWidths(d); got != tc.widths {
				t.Errorf("rows' widths %q, want %q", got, tc.widths)
			}
		})
	}
}

// TestPaddedRowsGuards: the rows and widths as the grid's reading hands
// them over, each row's cells with their closing empties dropped. A row
// of two widths splits in two, and a width of empty cells that closes a
// row is no row. Kept as read: a head closed with no empty cells, a head
// of one cell, a row of no whole number of widths, a row holding more
// cells than its width, widths that are not the rows'.
func TestPaddedRowsGuards(t *testing.T) {
	rows := func(rs ...string) []Row {
		var out []Row
		for k, r := range rs {
			out = append(out, Row{Cells: strings.Split(r, "|"), Line: k + 1})
		}
		return out
	}
	tests := []struct {
		name   string
		rows   []Row
		widths []int
		padded bool
		want   string // the rows' cells, | between cells, ; between rows
	}{
		{"a row of two widths", rows("类别|名称", "01|甲类|001|一号|002|乙类", "003|丙类"), []int{4, 8, 4}, true,
			"类别|名称; 01|甲类|001|一号; 002|乙类; 003|丙类"},
		{"a row of two widths, the second all empty", rows("类别|名称", "01|甲类|001|一号", "003|丙类"), []int{4, 8, 4}, true,
			"类别|名称; 01|甲类|001|一号; 003|丙类"},
		// Kept as read.
		{"no rows", nil, nil, true, ""},
		{"a head closed with no empty cells", rows("类别|名称", "01|甲类|001|一号|002|乙类", "003|丙类"), []int{4, 8, 4}, false,
			"类别|名称; 01|甲类|001|一号|002|乙类; 003|丙类"},
		{"a head of one cell", rows("名称", "甲类|一号|乙类", "丙类"), []int{1, 3, 1}, true,
			"名称; 甲类|一号|乙类; 丙类"},
		{"a row of no whole number of widths", rows("类别|名称", "01|甲类|001|一号|002", "003|丙类"), []int{4, 6, 4}, true,
			"类别|名称; 01|甲类|001|一号|002; 003|丙类"},
		{"a row holding more cells than its width", rows("类别|名称", "01|甲类|001|一号|002|乙类", "003|丙类|004|丁类|005|戊类"), []int{4, 4, 8}, true,
			"类别|名称; 01|甲类|001|一号|002|乙类; 003|丙类|004|丁类|005|戊类"},
		{"fewer widths than rows", rows("类别|名称", "01|甲类|001|一号|002|乙类", "003|丙类"), []int{4, 8}, true,
			"类别|名称; 01|甲类|001|一号|002|乙类; 003|丙类"},
		{"more widths than rows", rows("类别|名称", "01|甲类|001|一号|002|乙类"), []int{4, 8, 4}, true,
			"类别|名称; 01|甲类|001|一号|002|乙类"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range paddedRows(tc.rows, tc.widths, tc.padded) {
				got = append(got, strings.Join(r.Cells, "|"))
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("paddedRows = %q, want %q", g, tc.want)
			}
		})
	}
}

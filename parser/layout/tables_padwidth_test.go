package layout

import (
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

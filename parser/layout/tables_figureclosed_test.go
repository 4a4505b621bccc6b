package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestFigureClosedRows: a grid whose rows close with a figure, some too
// wide for their column and wrapped over lines before the line that
// closes them, keeps a row for each, keyed by its first line, under its
// head; the title over the head is the table's, even where the reading
// gave the head and the first rows to the attachment the grid is printed
// in. A grid printed a cell a line, or a line of text among the rows, is
// left to the other readers.
func TestFigureClosedRows(t *testing.T) {
	const notice = "某县民政局关于核定公墓价格的通知\n各乡镇人民政府:\n现将公墓价格核定如下,请遵照执行。\n某县民政局\n2019年4月28日\n附表\n"
	tests := []struct{ name, text, grids string }{
		{"rows wrapped before their closing figure",
			notice + "某公园二期公墓价格表\n位置 墓型 规格 价格\nE7区、B7-1区\n2号生态\n墓\n单穴 1250\nC1区、C7区2排、D1区\n1号生态\n墓\n单穴 2000\nC2区-C4区 3号墓 双穴 8800\nE1区-E5区 3号墓 双穴 6000\nC5区-C10区、D2区 2号墓 双穴 12800\nC11区-C14区 1号墓 双穴 32000\n",
			"某公园二期公墓价格表 | 1 | E7区、B7-1区 C1区、C7区2排、D1区 C2区-C4区 E1区-E5区 C5区-C10区、D2区 C11区-C14区 | "},
		{"a wrapped row among whole ones",
			notice + "某公园公墓价格表\n位置 墓型 规格 价格\nA1区 1号墓 单穴 1500\nB2区、B3区\n2号生态墓 双穴 9000\nC1区 3号墓 双穴 6000\n",
			"某公园公墓价格表 | 1 | A1区 B2区、B3区 C1区 | "},
		// Not read so.
		{"a grid printed a cell a line",
			notice + "救灾补助资金指标分配表\n乡 镇\n金 额\n杨兴乡\n2\n新州镇\n0.5\n安场镇\n0.5\n",
			"救灾补助资金指标分配表 | 1 | 杨兴乡 新州镇 安场镇 | "},
		{"a line of text among the rows",
			notice + "某公园公墓价格表\n位置 墓型 规格 价格\nA1区 1号墓 单穴 1500\nB2区、B3区\n以上价格含管理费,按年收取。\nC1区 3号墓 双穴 6000\n",
			"某公园公墓价格表 | 1 | A1区 C1区 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

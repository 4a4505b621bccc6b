package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestBarCells67: a grid a web page saved one cell a line, each cell
// closed by a bar and a row's end padded with empty cells (… | |): the
// bar is no cell; a head of one row fixes the columns, a row cut at that
// many cells, a first row that lacks its 序号 cell closed by its padding;
// a head padded wider than the rows (… | ||) is read row by row; a note
// cell of sentences closes its row and opens none; a letter-spaced cell
// is one cell. Grids with no padding, or whose padding reads otherwise,
// are left to the rules before.
func TestBarCells67(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	const intro = "一、全县低保基本情况\n本月全县低保对象保持稳定。\n"
	tests := []struct{ name, text, want string }{
		{"a head of one row, the first row lacking its serial",
			intro + lines("二、各乡镇低保数据一览表",
				"序号 |", "乡 镇 |", "户数 |", "人数 |",
				"东城 |", "12 |", "30 | |",
				"2 |", "西城 |", "8 |", "20 |",
				"3 |", "南 山 |", "5 |", "11 |",
				"合计 |", "25 |", "61 |"),
			"各乡镇低保数据一览表 | 1 | 东城 2 3 合计 | "},
		{"a head of two padded rows, a note cell merged down the rows",
			intro + lines("三、各乡镇报表上报情况",
				"地 区 |", "低保 (月报) |", "特困 (月报) |", "备 注 | ||",
				"按时 上报 |", "报表 质量 |", "按时 上报 |", "报表 质量 | ||",
				"东城 |", "√ |", "优 |", "√ |", "优 |", "1、按时上报:“√”为按时;“×”为不按时。 2、报表质量:优为准确,良为基本准确。 |",
				"西城 |", "√ |", "良 |", "√ |", "优 | |",
				"北 山 |", "× |", "优 |", "√ |", "优 | |",
				"南湖 |", "√ |", "优 |", "√ |", "良 |"),
			"各乡镇报表上报情况 | 2 | 东城 西城 北山 南湖 | "},
		// A head that opens with 序号 over rows that open with their
		// number, each data row closed by its empty cells run together on
		// a line (|||): the first figure is the first row's number, and
		// the line of bars its row's close.
		{"a serial head, empty cells run together",
			intro + lines("二、补助项目名单",
				"序号 |", "项目名称 |", "建设补助 |", "运营补助 |", "护理床位 |", "小计 |",
				"1 |", "东城幸福院 |", "3 |", "2 |", "5 |",
				"||",
				"2 |", "西城幸福院 |", "4 |", "4 |",
				"|||",
				"3 |", "南山敬老院 |", "6 |", "6 |",
				"|||",
				"合计 |", "13 |", "2 |", "15 |"),
			"补助项目名单 | 1 | 1 2 3 合计 | "},
		// Not this layout: the rules before read these.
		{"cells closed by bars, no padding anywhere",
			intro + lines("二、各乡镇低保数据一览表",
				"序号 |", "乡镇 |", "户数 |",
				"1 |", "东城 |", "12 |",
				"2 |", "西城 |", "8 |",
				"3 |", "南山 |", "5 |"),
			"各乡镇低保数据一览表 | 1 | 1 2 3 | "},
		{"a padded head over rows padded as wide",
			intro + lines("二、目录分类",
				"一级 |", "二级 | |||",
				"名称 |", "编号 |", "01 |", "机构 |", "001 | |||",
				"02 |", "政策 |", "002 | |||"),
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("tables\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

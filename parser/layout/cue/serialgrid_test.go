package cue

import "testing"

// blankParted sets lines one a line, a blank line after each.
func blankParted(lines ...string) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l, "")
	}
	return out
}

// TestSerialGrid: a table flattened one cell a line, blank lines between,
// under a 序号 head: every line from the head to the end of its last row,
// cells of sentences and enumerators too, a head wrapped onto a second
// line, one row alone; not a serial list with no heads, or the text after
// the last row once it runs longer
// than the rows before (than the heads, after one row alone). A copy that
// kept no blank between cells is read a line a cell, up to a blank line.
func TestSerialGrid(t *testing.T) {
	grid := []string{"序号", "事项名称", "办理依据", "办理时限", "1", "低保审核",
		"1、申请材料：身份证、户口簿；", "十五个工作日", "2", "临时救助", "(一)因灾致困的家庭；", "(二)因病致困的家庭；"}
	mark := func(lines []string, at int) []string {
		out := append([]string(nil), lines...)
		out[at] = ">" + out[at]
		return out
	}
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"the head", mark(blankParted(grid...), 0), true},
		{"a head cell", mark(blankParted(grid...), 4), true},
		{"a cell of a sentence", mark(blankParted(grid...), 12), true},
		{"a cell opened by an enumerator in the last row", mark(blankParted(grid...), 20), true},
		{"the last row's second serial", mark(blankParted(grid...), 16), true},
		{"cells closed by a bar each, no blanks", mark([]string{"序号 |", "拟定名称 |", "起止点 |", "名称含义 |", "1 |", "某某大道 |", "北起某路，南至某桥。 |", "取某镇镇名命名。 |", "2 |", "某某路 |"}, 6), true},
		{"a serial head that names what it counts", mark(blankParted("事项序号", "行业分类", "主项名称", "事项类型", "1", "民政", "社会团体登记", "行政许可"), 12), true},
		// Not such a grid.
		{"a head that runs longer before 序号 than the word itself", mark(blankParted("本次公示名单的序号", "行业分类", "主项名称", "事项类型", "1", "民政", "社会团体登记", "行政许可"), 12), false},
		{"bar-closed lines with one that closes none between", mark([]string{"序号 |", "拟定名称 |", "起止点", "名称含义 |", "1 |", "某某大道 |", "北起某路，南至某桥。", "取某镇镇名命名。 |", "2 |", "某某路 |"}, 7), false},
		{"the lines after the last row, past the longest row", mark(blankParted(append(append([]string(nil), grid...), "三、下步工作", "各地要做好救助工作。")...), 26), false},
		{"one row alone", mark(blankParted(grid[:8]...), 2), true},
		{"a head wrapped over two lines", mark(append(blankParted("序号", "申请人姓名", "评估"), append([]string{"时间", ""}, blankParted("户籍地", "1", "张某某", "2025年5月", "某村")...)...), 10), true},
		// A copy that kept no blanks: a line a cell, or a wrapped cell's
		// part, the serials alone on their lines opening the rows; a blank
		// line ends the grid.
		{"no blank lines between the cells", mark(grid, 2), true},
		{"no blanks, a cell wrapped over two lines", mark([]string{"序号", "事项名称", "办理依据", "办理时限", "1", "低保审核", "《社会救助暂行", "办法》", "2", "临时救助", "十五个工作日"}, 7), true},
		{"no blanks, the text after a blank line", mark(append(append([]string(nil), grid...), "", "各地要做好救助工作。"), 13), false},
		{"no blanks, rows not opened by a serial alone", mark([]string{"序号", "事项名称", "办理依据", "办理时限", "1、低保审核", "2、临时救助"}, 4), false},
		{"the lines after one row alone, past its heads", mark(blankParted(append(append([]string(nil), grid[:8]...), "三、下步工作", "各地要做好救助工作。")...), 16), false},
		{"no heads between the serial head and the rows", mark(blankParted("序号", "1", "低保审核", "2", "临时救助"), 2), false},
		{"heads that are sentences", mark(blankParted("序号", "做好审核工作。", "加强资金监管，", "1", "低保审核", "2", "临时救助"), 8), false},
	}
	for _, tc := range tests {
		if got, line := matchAt(serialGrid{}, tc.lines); got != tc.want {
			t.Errorf("%s: serial-grid on %q = %v, want %v", tc.name, line, got, tc.want)
		}
	}
}

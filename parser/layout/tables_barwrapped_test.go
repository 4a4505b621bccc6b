package layout

import "testing"

// TestBarWrapped: a grid in bars whose cells wrap over lines (the words
// after a line's last bar go on into the next line) is cut into rows by
// the numbers under its serial head, counting from 1 or on from past it.
// A grid whose lines are its rows, one with no serial head, Markdown rows
// opening with a bar, or cells one a line are left to the other readers.
func TestBarWrapped(t *testing.T) {
	tests := []gridCase{
		{"rows wrapped over lines, numbered from 1",
			"序 号 | 公开事项 | 公开内容 | 公开依据 |\n" +
				"1 | 临\n时\n救\n助 | 政策\n法规 | ●《某省临时救助办法》\n●各地配套文件 | 信息公开规定 |\n" +
				"2 | 办事 指南 | ●办理条件\n●申请材料 | 《某省临时救助办法》 |\n" +
				"3 | 审核\n审批 | ●救助对象名单 | 《某省临时救助办法》 |\n",
			"- | 1 | 1 2 3 | "},
		{"rows wrapped over lines, numbered on from past 1",
			"序 号 | 公开事项 | 公开内容 | 公开依据 |\n" +
				"11 | 临\n时\n救\n助 | 政策\n法规 | ●《某省临时救助办法》\n●各地配套文件 | 信息公开规定 |\n" +
				"12 | 办事 指南 | ●办理条件\n●申请材料 | 《某省临时救助办法》 |\n" +
				"13 | 审核\n审批 | ●救助对象名单 | 《某省临时救助办法》 |\n",
			"- | 1 | 11 12 13 | "},
		// Left to the other readers.
		{"each line a row",
			"序 号 | 公开事项 | 公开内容 | 公开依据 |\n" +
				"1 | 临时救助 | 政策法规 | 信息公开规定 |\n" +
				"2 | 办事指南 | 办理条件 | 某省临时救助办法 |\n",
			"not read"},
		{"no serial head",
			"事项 | 公开内容 | 公开依据 |\n" +
				"临\n时\n救\n助 | 政策\n法规 | 信息公开规定 |\n" +
				"办事 指南 | ●办理条件\n●申请材料 | 某省临时救助办法 |\n",
			"not read"},
		{"rows with no closing bar, a short row under a full one",
			"序号 | 项目 | 单位 | 标准\n1 | 火化 | 具 | 600\n具 | 350\n2 | 接尸 | 具 | 240\n",
			"not read"},
		{"cells one a line",
			"序 号 |\n公开事项 |\n1 |\n临\n时\n救\n助 |\n2 |\n办事指南 |\n",
			"not read"},
		{"Markdown rows opening with a bar",
			"| 序号 | 公开事项 | 公开内容 |\n" +
				"| 1 | 临时救助 | 政策法规 |\n" +
				"| 2 | 办事指南 | 办理条件 |\n",
			"not read"},
	}
	checkGrids(t, tests, runRead((*assembly).barWrapped, gridSummary))
}

// TestBarWrappedGuards: the guards of barWrapped, each reached by a run
// that passes the others. A bar alone on its line is an empty cell, and
// the words after the last line's last bar its last cell, its bar lost;
// the rows' widths are summed up after the grids.
func TestBarWrappedGuards(t *testing.T) {
	const head = "序 号 | 公开事项 | 公开内容 | 公开依据 |\n"
	tests := []gridCase{
		{"a bar alone on its line",
			head + "1 | 临\n时\n救\n助 | 政策\n法规 |\n|\n" +
				"2 | 办事 指南 | ●办理条件\n●申请材料 | 《某省临时救助办法》 |\n",
			"- | 1 | 1 2 | ; widths 4 4 4"},
		{"the last cell's bar lost",
			head + "1 | 临\n时\n救\n助 | 政策\n法规 | 信息公开规定 |\n" +
				"2 | 办事 指南 | ●办理条件\n●申请材料 | 《某省临时救助办法》",
			"- | 1 | 1 2 | ; widths 4 4 4"},
		// Left to the other readers.
		{"cells parted by tabs",
			head + "1 | 临\n时\n救\n助 | 政策\t法规 | 信息公开规定 |\n" +
				"2 | 办事 指南 | ●办理条件\n●申请材料 | 《某省临时救助办法》 |\n",
			"not read"},
		{"a row opening with a bar",
			head + "1 | 临\n时\n救\n助 | 政策\n法规 | 信息公开规定 |\n" +
				"| 2 | 办事 指南 | ●办理条件\n●申请材料 | 《某省临时救助办法》 |\n",
			"not read"},
		{"no serial head over rows keyed by words",
			"地区 | 人数 | 金额 |\n利\n州\n区 | 13 | 1300 |\n昭化区 | 12 | 1200 |\n",
			"not read"},
		{"no number counting the rows",
			head + "甲 | 临\n时\n救\n助 | 政策\n法规 | 信息公开规定 |\n" +
				"乙 | 办事 指南 | ●办理条件\n●申请材料 | 《某省临时救助办法》 |\n",
			"not read"},
	}
	checkGrids(t, tests, runRead((*assembly).barWrapped, withWidths))
}

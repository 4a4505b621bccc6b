package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestPipeGrids reads grids in bars as Markdown and web pages print them:
// the first row that fills two cells or more is the header, a line above
// it with none of the grid's cells (or a caption row of one cell) the
// title, and every line a row, whatever its cells (an outline label in
// the first, empty cells, fewer cells).
func TestPipeGrids(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // title | header rows | keys | notes, or "" for no table
	}{
		{"a title line above bar rows, a timestamp by it",
			"各馆收费项目一览表 (2024-03-27 )\n序号 | 收费项目 | 计价单位 | 收费标准(元) |\n1 | 火化 | 具 | 600 |\n2 | 接尸 | 具 | 240 |\n3 | 消毒 | 具 | 5 |\n",
			"各馆收费项目一览表 | 1 | 1 2 3 | "},
		{"a title line of words one space apart above bar rows",
			"各馆 收费 项目\n序号 | 收费项目 | 计价单位 |\n1 | 火化 | 具 |\n2 | 接尸 | 具 |\n",
			"各馆收费项目 | 1 | 1 2 | "},
		{"a caption row of one cell, a period under it",
			"| 民政事业统计月报表 | ||\n| 2020年3月 | ||\n| 指标名称 | 单位 | 数量 |\n| 乡镇级合计 | 个 | 1,405 |\n| 1.镇 | 个 | 679 |\n",
			"民政事业统计月报表 | 1 | 乡镇级合计 1.镇 | 2020年3月"},
		{"outline labels open rows, their other cells empty",
			"| 指标名称 | 单位 | 数量 |\n| 一、综合 | ||\n| 乡镇级合计 | 个 | 1,405 |\n| 1.镇 | 个 | 679 |\n| 二、社会工作 | ||\n| 1.孤儿数 | 人 | 10,374 |\n",
			"- | 1 | 一、综合 乡镇级合计 1.镇 二、社会工作 1.孤儿数 | "},
		{"a row with an empty cell among full ones",
			"| 指标名称 | 单位 | 数量 |\n| 1.孤儿数 | 人 | 10,374 |\n| (1)困境儿童 | 487,828 | |\n| 2.床位数 | 张 | 90,106 |\n",
			"- | 1 | 1.孤儿数 (1)困境儿童 2.床位数 | "},
		{"outline labels and a row with its cells out of line, under a caption",
			"| 统计季报表 | ||\n| 指标名称 | 单位 | 数量 |\n| 一、综合 | ||\n| 乡镇级合计 | 个 | 1,407 |\n| 1.镇 | 个 | 679 |\n| 二、社会工作 | ||\n| 1.孤儿数 | 人 | 10,374 |\n| (1)困境儿童 | 487,828 | |\n| 2.床位数 | 张 | 90,106 |\n",
			"统计季报表 | 1 | 一、综合 乡镇级合计 1.镇 二、社会工作 1.孤儿数 (1)困境儿童 2.床位数 | "},
		// A grid of labels and their values has no header: a header names
		// columns and states no sentence.
		{"labels and their values, the first value a sentence",
			"| 事项内容 | 免除城乡困难居民的基本殡葬服务费用,含遗体运输费。 |\n| 申请条件 | 具有本市常住户口的城乡困难居民 |\n| 办理部门 | 县民政局 |\n",
			"- | 0 | 事项内容 申请条件 办理部门 | "},
		// A header's second level: labels under some of its columns.
		{"a header of two levels, the second under two columns",
			"| 公开事项 | 公开内容(要素) | 公开依据 | 公开范围 |\n| 一级事项 | 二级事项 | | |\n| 机关信息 | 机关简介 | 《某条例》第二十条 | 全社会 |\n| 财政预决算 | 部门预算 | 《某条例》第二十条 | 全社会 |\n",
			"- | 2 | 机关信息 财政预决算 | "},
		{"a data row with its last cell empty under the header",
			"| 组别 | 职务及姓名 | 备注 |\n| 第一组 | 局党组成员某某 | |\n| 第二组 | 副局长某某 | 牵头 |\n| 第三组 | 副局长某某 | 牵头 |\n",
			"- | 1 | 第一组 第二组 第三组 | "},
		{"a row with fewer cells, bars at neither end",
			"序号 | 项目 | 单位 | 标准\n1 | 火化 | 具 | 600\n具 | 350\n2 | 接尸 | 具 | 240\n",
			"- | 1 | 1 具 2 | "},
		{"a note row in bars closes the grid",
			"| 指标名称 | 单位 | 数量 |\n| 1.镇 | 个 | 679 |\n| 2.乡 | 个 | 400 |\n| 注:部分数据因四舍五入存在误差 | ||\n",
			"- | 1 | 1.镇 2.乡 | 注:部分数据因四舍五入存在误差"},
		{"one cell a line closed by a bar, a row closed by two",
			"二、主动公开情况\n第二十条第(一)项 | ||||\n信息内容 |\n本年新 |\n对外公开总数量 | |\n规章 |\n0 |\n0 | |\n规范性文件 |\n1 |\n2 | |\n",
			"第二十条第(一)项 | 1 | 规章 规范性文件 | "},
		// Not changed: the first row of bars is the header, a caption only
		// where a row fills one cell.
		{"a numbered heading above a grid stays a heading",
			"一、各县完成情况\n| 县 | 户数 | 完成率 |\n| 西峡县 | 120 | 80% |\n| 内乡县 | 90 | 75.5% |\n二、下步打算\n全面落实各项任务。\n",
			"各县完成情况 | 1 | 西峡县 内乡县 | "},
		{"an outline label in the first row is no caption",
			"| 一、综合 | ||\n| 乡镇级合计 | 个 | 1,405 |\n| 1.镇 | 个 | 679 |\n| 2.乡 | 个 | 400 |\n",
			"- | 1 | 乡镇级合计 1.镇 2.乡 | "},
		{"a one-cell first row with one row under the header is no caption",
			"| 表 | ||\n| 指标名称 | 单位 | 数量 |\n",
			"- | 1 | 指标名称 | "},
		{"lines closed by one bar each, no row closed by two",
			"通知如下 |\n请各单位 |\n认真落实 |\n",
			""},
		{"a bar-closed row of cells a line, one row only",
			"信息内容 |\n本年新 |\n对外公开总数量 | |\n全年工作有序推进。\n",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestPipeGridRowsAreNoHeadings: outline labels in a grid's first cells
// make no items, and a notice's numbered headings above a grid still do.
func TestPipeGridRowsAreNoHeadings(t *testing.T) {
	text := "关于公布收费标准的通知\n各区民政局：\n现将有关事项通知如下。\n一、收费标准\n| 项目 | 单位 | 标准 |\n| 一、火化 | ||\n| 平板炉 | 具 | 180 |\n| 二、接尸 | ||\n| 灵车 | 具 | 240 |\n二、工作要求\n各单位要严格执行。\n"
	d := Analyze(clean.Lines(text))
	var titles []string
	for _, it := range d.Items {
		if it.Title != nil {
			titles = append(titles, it.Title.Value)
		}
	}
	if strings.Join(titles, " ") != "收费标准 工作要求" {
		t.Errorf("items %q, want 收费标准 工作要求", titles)
	}
	if len(d.Blocks) != 1 || len(d.Blocks[0].Rows)-d.Blocks[0].Header != 4 {
		t.Fatalf("blocks %+v, want one grid of 4 rows", d.Blocks)
	}
}

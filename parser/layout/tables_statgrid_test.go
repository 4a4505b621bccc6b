package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestStatTable: a statistical form's grid of indicators whose copy kept
// no bars is read under its head (指标名称 单位 数量): each indicator or
// category opens a row keyed by its name, its unit and figure cut off
// whether run together, a space apart or a cell a line; a unit or a
// figure alone on a line is a cell of the row above. A name that ends in
// a unit's character keeps it where no figure follows; a grid in bars
// keeps its cells.
func TestStatTable(t *testing.T) {
	const title = "2022年社会服务统计3月份报表\n\n"
	tests := []struct{ name, text, grids string }{
		{"indicators run together with unit and figure",
			title + "指标名称单位数量\n一、民政事业费累计支出亿元30.4\n二、乡级行政区划单位\n镇143\n养老机构床位万张11.3\n最低生活保障平均标准元/人·月1,245.0\n精神疾病服务机构床位万张\n",
			"2022年社会服务统计3月份报表 | 1 | 一、民政事业费累计支出 二、乡级行政区划单位 镇 养老机构床位 最低生活保障平均标准 精神疾病服务机构床位 | "},
		{"indicators a space apart from unit and figure",
			title + "指 标 单 位 数 量\n一、综合\n1.行政区划\n镇 个 20113\n街道办事处 个 7564\n其中:救灾支出 亿元 121.3\n",
			"2022年社会服务统计3月份报表 | 1 | 一、综合 1.行政区划 镇 街道办事处 其中:救灾支出 | "},
		{"a cell a line between borders",
			title + "指标\n|\n单位\n|\n数量\n|\n1.优抚、安置\n|\n|\n国家抚恤、补助各类优抚对象\n|\n万人\n|\n467.0\n|\n累计接收军队离退休干部\n|\n人\n|\n1008\n|\n",
			"2022年社会服务统计3月份报表 | 1 | 1.优抚、安置 国家抚恤、补助各类优抚对象 累计接收军队离退休干部 | "},
		// A name's last character that is a unit stays where no figure
		// follows it; a row's figure with no unit is cut off alone.
		{"a name ending in a unit's character",
			title + "指标名称单位数量\n六、残疾人\n享受护理补贴的残疾人\n孤儿数 人 552\n",
			"2022年社会服务统计3月份报表 | 1 | 六、残疾人 享受护理补贴的残疾人 孤儿数 | "},
		// An indicator's code (JZH011110000) is a column of its own, no
		// figure a bare unit stands before; a unit with its multiple (万元)
		// is the unit's column before it.
		{"indicators with their codes",
			title + "指标名称 单位 代码 数量 上季度\n一、综合 JZH011000000\n(一)乡级行政区划 JZH011110000 3,101 3,101\n7.区公所 JZH011114000\n(二)民政事业费累计支出 万元 JZH011310000 1,750,824.6 1,142,713.9\n其他 QT\n",
			"2022年社会服务统计3月份报表 | 1 | 一、综合 (一)乡级行政区划 7.区公所 (二)民政事业费累计支出 其他QT | "},
		{"a grid in bars is read by its cells",
			title + "|指标名称|单位|数量|\n|镇|个|20113|\n|乡|个|12816|\n|残疾人|万人|3.1|\n",
			"2022年社会服务统计3月份报表 | 1 | 镇 乡 残疾人 | "},
	}
	// A form printed a cell a line, each cell closed by its bar, an empty
	// cell a bar alone, under a 栏次 row: the head's six cells give the
	// columns every row fills in turn.
	closed := "发布时间:2024-09-30 09:37:00 来源:规划财务科 |\n" + barCells("指标名称", "单位", "代码", "数量", "上年数据", "同比", "甲", "乙", "丙", "1", "2", "3",
		"一、综合", "", "JZH011000000", "", "", "",
		"(一)乡级行政区划", "个", "JZH011110000", "77", "77", "",
		"1.镇", "个", "JZH011111000", "43", "43", "",
		"2.乡", "个", "JZH011112000", "2", "2", "",
		"3.民族乡", "个", "JZH011112100", "", "", "",
		"4.苏木", "个", "JZH011112200", "6", "6", "",
		"6.街道", "个", "JZH011113000", "26", "26", "")
	tests = append(tests, struct{ name, text, grids string }{"a cell a line, each closed by its bar, under a 栏次 row", closed,
		"- | 2 | 一、综合 (一)乡级行政区划 1.镇 2.乡 3.民族乡 4.苏木 6.街道 | "})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

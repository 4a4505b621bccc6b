package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestFormHead66b: a statistical form prints under its column heads a
// row of units (万元 万元 …) and a row numbering its columns (序号 1 2 5
// 6 …, 栏次 1 2 3): both are the head's, and the data rows are those
// under them. A key followed by figures alone, wide gaps where a cell
// was left empty, is one row of figures. A row of counts that does not
// rise from 1, one under a data row, and words set apart by wide gaps
// keep their reading.
func TestFormHead66b(t *testing.T) {
	const intro = "某县2024年10月城市居民最低生活保障统计表\n时间:2024-11-15\n"
	head := "地区 低保户数 低保人数 女性 老年人 资金支出 低保金\n"
	tests := []struct{ name, text, grids string }{
		{"units and column numbers under the heads, wide gaps in rows",
			intro + head +
				"序号 1 2 5 6 7 8\n" +
				"甲镇 90 171 83 9   2000   1136\n" +
				"乙镇 80 137 65 5 0 1200\n" +
				"全县 170 308 148 14 2000 2336\n",
			"某县2024年10月城市居民最低生活保障统计表 | 2 | 甲镇 乙镇 全县 | "},
		{"a 栏次 row alone",
			intro + head +
				"栏次 1 2 3 4 5 6\n" +
				"甲镇 90 171 83 9 2000 1136\n" +
				"乙镇 80 137 65 5 0 1200\n",
			"某县2024年10月城市居民最低生活保障统计表 | 2 | 甲镇 乙镇 | "},
		{"a row of units over a 栏次 row",
			intro + head +
				"元 户 人 人 人 元\n" +
				"栏次 1 2 3 4 5 6\n" +
				"甲镇 90 171 83 9 2000 1136\n" +
				"乙镇 80 137 65 5 0 1200\n",
			"某县2024年10月城市居民最低生活保障统计表 | 3 | 甲镇 乙镇 | "},
		{"the columns of words lettered before the numbered ones",
			intro + "|指标名称|单位|数量|上期|环比|\n" +
				"|甲|丙|1|2|3|\n" +
				"|1.镇|个|653|653||\n" +
				"|2.乡|个|251|270|-7.04|\n",
			"某县2024年10月城市居民最低生活保障统计表 | 2 | 1.镇 2.乡 | "},
		// Not the head's: counts that do not rise from 1, words among
		// units, words set apart by wide gaps.
		{"counts rising from 3 are data",
			intro + head +
				"甲镇 3 5 8 9 12 15\n" +
				"乙镇 80 137 65 5 0 1200\n",
			"某县2024年10月城市居民最低生活保障统计表 | 1 | 甲镇 乙镇 | "},
		{"rising counts under a data row are data",
			intro + head +
				"甲镇 90 171 83 9 2000 1136\n" +
				"乙镇 1 2 3 4 5 6\n" +
				"丙镇 80 137 65 5 0 1200\n",
			"某县2024年10月城市居民最低生活保障统计表 | 1 | 甲镇 乙镇 丙镇 | "},
		{"a data row whose key is a stem's name",
			intro + "|地区|户数|人数|\n" +
				"|甲|1|2|\n" +
				"|乙|3|5|\n",
			"某县2024年10月城市居民最低生活保障统计表 | 1 | 甲 乙 | "},
		{"words among figures keep their wide gaps",
			intro + "地区  户数  情况\n" +
				"甲镇 西村  12  已完成\n" +
				"乙镇 东村  8  在建\n",
			"某县2024年10月城市居民最低生活保障统计表 | 1 | 甲镇西村 乙镇东村 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestHeader66: a header names a grid's columns and holds no one
// organisation's 统一社会信用代码 (GB 32100-2015, eighteen characters);
// a first row that holds one is a record of a form printed as a grid
// (label | value | label | value), and every row is data. A header over
// records that hold codes, or a first row whose long figure is no such
// code, keeps its head.
func TestHeader66(t *testing.T) {
	const head = "某事项基本信息\n"
	tests := []struct{ name, text, grids string }{
		{"a form's first record holds the body's code",
			head + "行使层级 | 市级 | 实施主体 | 某市民政局 | 实施主体编码 | 11622700013944908W |\n" +
				"服务内容 | 等级评估。 | ||||\n" +
				"服务对象 | 社会组织法人 | ||||\n",
			"某事项基本信息 | 0 | 行使层级 服务内容 服务对象 | "},
		{"a code in the middle of the first row, digits alone",
			head + "行使层级 | 县级 | 实施主体编码 | 113300005098765432 | 实施主体 | 某县民政局 |\n" +
				"服务内容 | 等级评估。 | ||||\n" +
				"服务对象 | 社会组织法人 | ||||\n",
			"某事项基本信息 | 0 | 行使层级 服务内容 服务对象 | "},
		// Not a record: the codes stand under the head, or the long
		// figure is no 统一社会信用代码.
		{"a list whose rows hold the codes under a head",
			head + "名称 | 统一社会信用代码 | 等级 |\n" +
				"某县慈善总会 | 513300005098765432 | 4A |\n" +
				"某县老年协会 | 51330000509876543X | 3A |\n",
			"某事项基本信息 | 1 | 某县慈善总会 某县老年协会 | "},
		{"a first row whose figure is seventeen characters",
			head + "项目 | 编号 | 说明 |\n" +
				"甲项 | 1162270001394490W | 说明一 |\n" +
				"乙项 | 1162270001394491W | 说明二 |\n",
			"某事项基本信息 | 1 | 甲项 乙项 | "},
		{"a first row whose code holds a letter the standard leaves out",
			head + "项目 | 11622700013944908O | 说明 |\n" +
				"甲项 | 甲 | 说明一 |\n" +
				"乙项 | 乙 | 说明二 |\n",
			"某事项基本信息 | 1 | 甲项 乙项 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

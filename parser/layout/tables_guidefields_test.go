package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestGuideFields: a service guide's grid of labels and their values,
// the rows under the first opened by whole labels of a guide's parts, has
// no head: its first row is a field. A grid under a head of columns (项目
// | 内容), one whose rows under the first name one part or none, or whose
// parts head its columns keeps its head.
func TestGuideFields(t *testing.T) {
	tests := []struct{ name, text, grids string }{
		{"two pairs a row, the labels of the guide's parts under the first",
			"| 事项类型 | 其他行政权力 | 办理形式 | 窗口办理 |\n" +
				"| 受理条件 | 具有本市户籍的老年人 | ||\n" +
				"| 办理时间 | 法定工作日上午 | ||\n" +
				"| 办理地点 | 区政务服务中心 | ||\n",
			"- | 0 | 事项类型 受理条件 办理时间 办理地点 | "},
		{"a pair a row",
			"| 实施主体 | 某区民政局 |\n" +
				"| 申请条件 | 年满八十周岁的本区户籍老年人 |\n" +
				"| 所需材料 | 身份证、户口簿 |\n",
			"- | 0 | 实施主体 申请条件 所需材料 | "},
		// The head kept.
		{"a head that names the matter's column",
			"| 事项名称 | 高龄津贴发放 |\n" +
				"| 申请条件 | 年满八十周岁的本区户籍老年人 |\n" +
				"| 所需材料 | 身份证、户口簿 |\n",
			"- | 1 | 申请条件 所需材料 | "},
		{"a head of columns over the parts",
			"| 项目 | 内容 |\n" +
				"| 申请条件 | 年满八十周岁的本区户籍老年人 |\n" +
				"| 所需材料 | 身份证、户口簿 |\n",
			"- | 1 | 申请条件 所需材料 | "},
		{"one part's label under the first row",
			"| 实施主体 | 某区民政局 |\n" +
				"| 申请条件 | 年满八十周岁的本区户籍老年人 |\n" +
				"| 联系人 | 王某 |\n",
			"- | 1 | 申请条件 联系人 | "},
		{"the parts heading the columns",
			"| 序号 | 事项名称 | 申请条件 | 所需材料 |\n" +
				"| 1 | 高龄津贴 | 年满八十周岁 | 身份证 |\n" +
				"| 2 | 困难补贴 | 低保家庭 | 户口簿 |\n",
			"- | 1 | 1 2 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

// TestGuideFieldsRows: a first row of one cell, a grid of one row or of
// none is no guide's fields whatever labels follow.
func TestGuideFieldsRows(t *testing.T) {
	row := func(cells ...string) Row { return Row{Cells: cells} }
	tests := []struct {
		name string
		rows []Row
		want bool
	}{
		{"two labels under the first row", []Row{row("实施主体", "某区民政局"), row("申请条件", "年满八十周岁"), row("所需材料", "身份证")}, true},
		// Not fields.
		{"a first row of one cell", []Row{row("基本信息"), row("申请条件", "年满八十周岁"), row("所需材料", "身份证")}, false},
		{"one row", []Row{row("实施主体", "某区民政局")}, false},
		{"no rows", nil, false},
	}
	for _, tc := range tests {
		if got := guideFields(tc.rows); got != tc.want {
			t.Errorf("%s: guideFields = %v, want %v", tc.name, got, tc.want)
		}
	}
}

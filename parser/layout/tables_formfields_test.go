package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestFormField: a label and its value under a form's title is a field;
// a sentence whose clause runs before its colon, or a line with no colon,
// is none.
func TestFormField(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"编制单位:某省民政厅 2017年7月", true},
		{"填报单位：某县民政局", true},
		{"单位:万元", true},
		// Not a field.
		{"社会服务统计月报表", false},
		{"根据有关规定，现将情况公布如下:", false},
		{"：某某", false},
		{"2017年7月社会服务统计月报", false},
	}
	for _, tc := range tests {
		if got := formField(tc.s); got != tc.want {
			t.Errorf("formField(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestStatFormHead: a statistical form whose copy set its cells a space
// apart keeps its name as the title, the 编制单位 field under it a note;
// the 栏次 row under the head (1 2 3) is the head's, and each indicator's
// name is cut from its unit and figures. A form with no field keeps its
// title whole and no 栏次 row makes no second head row.
func TestStatFormHead(t *testing.T) {
	rows := "一、综合\n" +
		"社会服务事业费总支出 万元 406,996.1 345,892.7 17.67\n" +
		"1.抚恤支出 万元 81,007.2 65,238.3 24.17\n" +
		"(1)城市低保人数 75,616 75,916 -0.40\n" +
		"其中:当月新增城市低保人数 553\n"
	keys := "一、综合 社会服务事业费总支出 1.抚恤支出 (1)城市低保人数 其中:当月新增城市低保人数"
	tests := []struct{ name, text, grids string }{
		{"a field under the title, a 栏次 row",
			"社会服务统计月报表\n编制单位:某省民政厅 2017年7月\n指标名称 单位 数量 上期 环比\n1 2 3\n" + rows,
			"社会服务统计月报表 | 2 | " + keys + " | 编制单位:某省民政厅2017年7月"},
		{"no field, no 栏次 row",
			"社会服务统计月报表\n指标名称 单位 数量 上期 环比\n" + rows,
			"社会服务统计月报表 | 1 | " + keys + " | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

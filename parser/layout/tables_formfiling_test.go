package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestFormFiling: a line that opens with a statistical form's filing
// label and its colon (表号, 制表机关, 编制单位, 填报单位 …) prints the form's
// filing fields, in bars or not, its spaces squeezed; a column's head of
// the same words with no colon, a label of another kind (单位:万元), a
// filing label after other words, or a sentence that opens with one and
// no colon are none.
func TestFormFiling(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"编制单位:某省 | 2020年度 | 批准机关:某局 | |||", true},
		{"表 号:ABC | |||||", true},
		{"| 制表机关：某局 | |", true},
		{"填报单位:某县民政局     填表日期:2023年1月28日", true},
		// Not the form's filing fields.
		{"填报单位 | 人数 | 金额 |", false},
		{"单位:万元 | |", false},
		{"其中:编制单位 | 3 | 4 |", false},
		{"各填报单位:请按时报送。", false},
		{"填报单位要按时报送报表。", false},
	}
	for _, tc := range tests {
		if got := formFiling(cue.Line{Text: tc.s}); got != tc.want {
			t.Errorf("formFiling(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestFormFilingNotes: the filing fields a statistical form in bars prints
// over its head are notes over the grid, whether the form's name is a
// caption cell over them or a line of its own: the head is the row of
// column names under them, with the row of column codes (甲 乙 1 2 3). A
// row that opens with the words of a filing label and no colon is the
// grid's head as before.
func TestFormFilingNotes(t *testing.T) {
	grid := []string{
		"指标名称 | 单位 | 数量 | 上期 | 环比 |",
		"甲 | 乙 | 1 | 2 | 3 |",
		"一、综合 | ||||",
		"1.镇 | 个 | 20 | 20 | |",
		"2.乡 | 个 | 5 | 6 | -16.7 |",
	}
	lines := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	tests := []struct{ name, text, grids string }{
		{"under a caption cell",
			lines(append([]string{"某市民政统计月报表 | ||||", "表 号:ABC | ||||", "编制单位:某市 | 2020年度 | 批准机关:某局 | ||"}, grid...)...),
			"某市民政统计月报表 | 2 | 一、综合 1.镇 2.乡 | 表号:ABC|||||编制单位:某市|2020年度|批准机关:某局|||"},
		{"under a title line",
			lines(append([]string{"某市民政统计月报表", "编制单位:某市 | 2020年度 | 批准机关:某局 | ||"}, grid...)...),
			"某市民政统计月报表 | 2 | 一、综合 1.镇 2.乡 | 编制单位:某市|2020年度|批准机关:某局|||"},
		// The head as before.
		{"a head that opens with a filing label's words",
			lines("某市报表报送情况统计表", "填报单位 | 应报数 | 已报数 |", "甲县 | 12 | 10 |", "乙县 | 8 | 8 |"),
			"某市报表报送情况统计表 | 1 | 甲县 乙县 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestTablesStackedForms covers statistical forms set one under another
// in bars: each form's title over its rows starts a table of its own, and
// the foot of a form (制表人:… 审核人:…) is a note under it, no row.
func TestTablesStackedForms(t *testing.T) {
	tests := []struct{ name, text, grids string }{
		{"two forms in bars, each with its foot",
			"某区8月份农村特困金统计表 | |||\n单位 | 户数 | 金额 |\n甲镇 | 5 | 4440 |\n乙镇 | 2 | 1776 |\n制表人:张某 审核人:李某 审批人:王某 |\n" +
				"某区8月份城市特困金统计表 | |||\n单位 | 户数 | 金额 |\n丙街道 | 3 | 2664 |\n丁街道 | 1 | 888 |\n",
			"某区8月份农村特困金统计表 | 1 | 甲镇 乙镇 | 制表人:张某审核人:李某审批人:王某|; 某区8月份城市特困金统计表 | 1 | 丙街道 丁街道 | "},
		// Not changed: a table's title over its rows, and a row whose first
		// cell merely ends in 表 among the rows.
		{"one form, a row ending in 表",
			"某区8月份特困金统计表 | |||\n单位 | 户数 | 金额 |\n甲镇 | 5 | 4440 |\n乙镇代表 | 2 | 1776 |\n",
			"某区8月份特困金统计表 | 1 | 甲镇 乙镇代表 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

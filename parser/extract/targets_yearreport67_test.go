package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsOfYearReport: a document titled as the yearly report of a year
// over by its date (…2024年政府信息公开工作年度报告, dated 2025-06-03) tells
// that year's work, so a count with a plan word (完成, 新增) is a result; a
// sentence that turns ahead keeps its target, and a title of the document's
// own year, of a later one, with a plan beside it, with no year, or of a
// notice about yearly reports changes nothing. The test document is dated
// 2025-06-03.
func TestTargetsOfYearReport(t *testing.T) {
	for _, tc := range []struct{ title, in, want string }{
		{"某区民政局2024年政府信息公开工作年度报告", "2024年依规完成行政规范性文件备案1件。", "achieved 1 件 -"},
		{"某区民政局2024年政府信息公开工作年度报告", "新增养老床位200张。", "achieved 200 张 -"},
		{"某县民政局政府信息公开工作年度报告(2024年度)", "完成行政规范性文件备案3件。", "achieved 3 件 -"},
		{"某市社会组织2024年年报", "新增社会组织12家。", "achieved 12 家 -"},
		{"2023年度某县民政局政府信息公开工作年度报告", "完成行政规范性文件备案2件。", "achieved 2 件 -"},

		// A sentence that turns ahead; a year not over; no year; a plan in the
		// title; a notice about yearly reports.
		{"某区民政局2024年政府信息公开工作年度报告", "下一步,将完成行政规范性文件备案5件。", "plan 5 件 -"},
		{"某区民政局2024年政府信息公开工作年度报告", "力争2025年底前完成文件备案5件。", "plan 5 件 2025-12-31"},
		{"某区民政局2025年政府信息公开工作年度报告", "完成行政规范性文件备案1件。", "plan 1 件 -"},
		{"某区民政局2026年政府信息公开工作年度报告", "完成行政规范性文件备案1件。", "plan 1 件 -"},
		{"某区民政局政府信息公开工作年度报告", "完成行政规范性文件备案1件。", "plan 1 件 -"},
		{"2024年度报告和2025年工作计划", "完成行政规范性文件备案1件。", "plan 1 件 -"},
		{"关于开展2024年度社会组织年度报告工作的通知", "完成年报的社会组织达到100家。", "plan 100 家 -"},
	} {
		t.Run(tc.title+"/"+tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Doc.Title = &layout.Field{Value: tc.title}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

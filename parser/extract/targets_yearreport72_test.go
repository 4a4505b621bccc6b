package extract

import (
	"testing"

	"bulletin/parser/chrono"
	"bulletin/parser/layout"
)

// TestTargetsOfUndatedYearReport: a yearly report with no date of its own,
// its year known only from its title or text (Ref 2023, no day), still
// tells the year its title names: such a report is published after that
// year ends (条例 art. 49-50), so 新增 there tells a result. Not so: a
// sentence that turns ahead, a title with no year, a plan beside the
// report in the title, and a notice about yearly reports.
func TestTargetsOfUndatedYearReport(t *testing.T) {
	for _, tc := range []struct{ title, in, want string }{
		{"某州民政局2023年政府信息公开工作年度报告", "微信公众号推送文章121篇,新增粉丝量1625个,较去年同比增长123%。", "achieved 1625 个 -"},
		{"某县民政局政府信息公开工作年度报告(2023年度)", "完成行政规范性文件备案3件。", "achieved 3 件 -"},
		{"某区民政局2023年政府信息公开工作年度报告", "完成行政规范性文件备案1件。", "achieved 1 件 -"},

		{"某区民政局2023年政府信息公开工作年度报告", "下一步,将完成行政规范性文件备案5件。", "plan 5 件 -"},
		{"某区民政局政府信息公开工作年度报告", "完成行政规范性文件备案1件。", "plan 1 件 -"},
		{"2023年度报告和2024年工作计划", "完成行政规范性文件备案1件。", "plan 1 件 -"},
		{"关于开展2023年度社会组织年度报告工作的通知", "完成年报的社会组织达到100家。", "plan 100 家 -"},
	} {
		t.Run(tc.title+"/"+tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Ref = chrono.Ref{Year: 2023}
			in.Env.Doc.Title = &layout.Field{Value: tc.title}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestReportKind: a report published as such, titled …的报告 or …公报,
// with no 发文字号 and no 主送, is an article whatever profile read it; one
// that prints its number or its recipients is a 公文 it sends.
func TestReportKind(t *testing.T) {
	const body = "一、基本情况\n2025年，我局共收到人大代表建议7件，政协提案33件，均已按期办结。\n二、主要做法\n强化组织领导，明确责任分工，确保办理质量。\n三、下一步工作\n进一步完善办理机制，提高办理实效。\n"
	for _, tc := range []struct {
		name, text string
		want       Kind
	}{
		{"a report", "某市民政局关于2025年人大代表建议办理情况的报告\n" + body, Article},
		{"a report with its number", "某市民政局关于2025年人大代表建议办理情况的报告\n某民〔2025〕12号\n" + body, Notice},
		{"a report to its recipients", "某市民政局关于2025年人大代表建议办理情况的报告\n市人民政府：\n" + body, Notice},
		{"a notice", "某市民政局关于做好2025年人大代表建议办理工作的通知\n" + body, Notice},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Analyze(clean.Lines(tc.text)).Kind; got != tc.want {
				t.Errorf("kind %v, want %v", got, tc.want)
			}
		})
	}
}

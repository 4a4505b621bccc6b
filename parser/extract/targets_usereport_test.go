package extract

import "testing"

// TestTargetsUseReport: a title that names a report of funds used
// (使用情况, stance report), also before the 公示 that makes it public,
// heads a report of what was done. Not so: a 公示 of a plan or of a list,
// and a 使用情况 title that turns to what is to come.
func TestTargetsUseReport(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"某县民政局2020年度福彩公益金使用情况公示", true},
		{"关于2022年度福利彩票公益金使用情况的公示", true},
		{"某市民政局关于2023年度资金使用情况的报告", true},

		{"某县2024年养老服务补贴发放计划公示", false},
		{"关于拟命名地名的公示", false},
		{"2023年资金使用情况及下一步安排公示", false},
	}
	for _, tc := range tests {
		if got := reportTitle(tc.title); got != tc.want {
			t.Errorf("reportTitle(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

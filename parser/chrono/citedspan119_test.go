package chrono

import "testing"

// TestCitedSpanYear: a cited title whose year a report or an inspection
// covers (《2022年度工作报告书》) names no year of the text that cites it,
// as that year has ended before the report is filed; a title that opens
// with the year of its work, or a year of 年度 before other words, does.
func TestCitedSpanYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"填报《2022年度工作报告书》,于4月30日前提交预审。", 0},
		{"依据《2022年度财务审计报告(范本)》出具报告", 0},
		{"报送《2023年度年检报告》", 0},
		{"根据《2022年度全市民政工作要点》", 2022},
		{"印发《2024年度养老服务补贴发放方案》", 2024},
		{"根据《2025年全市社会组织年检工作方案》", 2025},
	}
	for _, tc := range tests {
		if got := OwnYear(tc.in); got != tc.want {
			t.Errorf("OwnYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

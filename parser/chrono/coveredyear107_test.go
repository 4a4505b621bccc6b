package chrono_test

import (
	"testing"

	"bulletin/parser/chrono"
)

// TestCoveredYear: a year written with 年度 whose clause names the annual
// inspection or report after the bodies it covers (开展2022年度市属社会组织
// 年度检查) is the year checked, no year of the text's own. A year without
// 度, a 年度 whose clause names no inspection, and an inspection in
// another clause stay the text's own.
func TestCoveredYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"经研究决定,自即日起开展2022年度市属社会组织(不含慈善组织)年度检查工作", 0},
		{"5月19日某区民政局举办了2020年度社会组织年检培训。", 0},
		{"做好2023年度基金会年度报告工作,2024年继续开展抽查。", 2024},
		{"报送2021年度社会团体年报", 0},
		// The text's own year.
		{"2023年开展年度检查", 2023},
		{"部署2023年度全市民政工作", 2023},
		{"2024年度全市养老服务工作要点,年检另行通知", 2024},
		{"2024年度预算已经批复。", 2024},
		{"2025年度社会组织等级评估结果", 2025},
	}
	for _, tc := range tests {
		if got := chrono.StatedYear(tc.in); got != tc.want {
			t.Errorf("StatedYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

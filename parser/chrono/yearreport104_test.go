package chrono_test

import (
	"testing"

	"bulletin/parser/chrono"
)

// TestReportedYear: the year an annual report or an annual inspection
// covers (2023年度年报, 2022年度工作报告, 2023年度年检, 2022年度审计报告,
// 2021年检结论) has ended before
// the text that files or checks it: a line states no year by it, and a
// year it states otherwise is read. A year's 年度 before other words of
// work (2023年度全市民政工作, 2024年度预算), a check held in a year
// (2021年检查, 2021年检测) and a year that is (2023年是…) stay the text's
// own.
func TestReportedYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"具体包括:是否按要求完成2023年度年报工作;", 0},
		{"填报2022年度工作报告书,于4月30日前提交预审。", 0},
		{"关于开展2023年度检查工作的通知", 0},
		{"2023年度年检工作已于近日启动", 0},
		{"完成2022年度年报,2023年继续开展抽查。", 2023},
		{"需提交审计机构出具的2022年度审计报告;", 0},
		{"提交2022年度财务审计报告", 0},
		{"(三)2021年检结论为基本合格或不合格的", 0},
		{"2021年检结果已公布,2022年继续开展", 2022},
		// The text's own year.
		{"部署2023年度全市民政工作", 2023},
		{"2024年度预算已经批复。", 2024},
		{"2023年是全面贯彻落实党的二十大精神的开局之年", 2023},
		{"2023年报送材料", 2023},
		{"2021年检查了全市养老机构", 2021},
		{"2022年度审计工作全面完成", 2022},
		{"2021年检测结果全部合格", 2021},
	}
	for _, tc := range tests {
		if got := chrono.StatedYear(tc.in); got != tc.want {
			t.Errorf("StatedYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

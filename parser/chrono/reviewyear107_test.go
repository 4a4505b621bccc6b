package chrono_test

import (
	"testing"

	"bulletin/parser/chrono"
)

// TestReviewedYear: a year that a verb of report presents the state or
// results of (介绍了2023年…工作情况) has run before the text that reports
// on it: a line states no year by it, and a year it states otherwise is
// read. The verb before work set out ahead, the close with no verb before
// the year, and a year in another clause stay the text's own.
func TestReviewedYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"3月26日上午,某市政府新闻办召开发布会,某局副局长介绍了2023年某市民政局相关工作情况。", 0},
		{"会议通报了2021年养老服务设施建设工作完成情况;", 0},
		{"总结2024年工作成效,科学谋划2025年重点任务", 2025},
		{"会上回顾了2018年全县民政工作成绩", 0},
		{"汇报2023年工作任务完成情况和2024年工作谋划情况", 2024},
		// The text's own year.
		{"介绍2025年清明节群众祭扫工作的相关安排", 2025},
		{"汇报2025年上海民政工作思路和重点工作打算", 2025},
		{"2023年工作情况良好", 2023},
		{"介绍了有关情况,2023年全市新增养老床位", 2023},
		{"总结经验,2024年全市民政工作取得新成绩", 2024},
	}
	for _, tc := range tests {
		if got := chrono.StatedYear(tc.in); got != tc.want {
			t.Errorf("StatedYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

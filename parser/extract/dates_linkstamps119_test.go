package extract

import (
	"strings"
	"testing"

	"bulletin/parser/layout"
)

// TestLinkedStamps: timestamps after the text, more than one each under a
// line of words of its own, are a list of links to other articles; a
// page's own stamp alone, or stamps with no line of words between, are
// not. The text's last line is line 1.
func TestLinkedStamps(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"正文。\n全站热点\n唐园小区自治模式调查\n2014-10-13 15:03阅读\n狄寨街道采取六项措施\n2014-10-13 10:04阅读", true},
		{"正文。\n相关新闻\n某区召开会议\n2023-11-20 09:00\n\n某街道开展活动\n2023-11-18 16:30", true},
		{"正文。\n上一篇:某某\n2021-5-6 10:00\n下一篇:某某\n2021-5-9 11:00\n返回", true},
		// Not a list of links.
		{"正文。\n2023-11-22 11:10:01 A6版", false},
		{"正文。\n返回目录\n2023-11-22 11:10:01 A6版", false},
		{"正文。\n2023-11-22 11:10:01\n2023-11-22 11:12:09", false},
		{"正文。\n打印本页\n2023-11-22 11:10:01\n关闭窗口", false},
	}
	for _, tc := range tests {
		var lines []layout.Labelled
		for i, l := range strings.Split(tc.in, "\n") {
			lines = append(lines, layout.Labelled{Num: i + 1, Text: l})
		}
		if got := linkedStamps(lines, 1); got != tc.want {
			t.Errorf("linkedStamps(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestSerialFrom: a grid in bars under a serial head whose numbers count
// on from past 1 is an extract of a longer list: its rows open at those
// numbers, one row too. A count from 1, a number of another kind, a
// figure with no words after it or a note before it reads as before: no
// serial rows under a head (header 0).
func TestSerialFrom(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	const intro = "一、进度情况\n现将各项目实施进度公布如下。\n"
	head := []string{"某局2023年民生实事项目实施进度表", "序号 |", "责任单位 |", "实施内容 |", "最新进度 |"}
	tests := []struct{ name, text, want string }{
		{"one row numbered past 1",
			intro + lines(append(head, "15 |", "民政局 |", "新增养老床位300张 |", "已完成 |")...),
			"某局2023年民生实事项目实施进度表 | 1 | 15 | "},
		{"two rows numbered past 1",
			intro + lines(append(head, "7 |", "民政局 |", "新增养老床位300张 |", "已完成 |",
				"8 |", "民政局 |", "改造敬老院2所 |", "在建 |")...),
			"某局2023年民生实事项目实施进度表 | 1 | 7 8 | "},
		// The rule must not fire.
		{"a figure with no words after it",
			intro + lines(append(head, "15 |", "300 |", "已完成 |")...),
			"某局2023年民生实事项目实施进度表 | 0 | 序号 | | "},
		{"a number of another kind before it",
			intro + lines(append(head, "二 |", "民政局 |", "15 |", "民政局 |")...),
			"某局2023年民生实事项目实施进度表 | 0 | 序号 民政局 | "},
		{"a note before it",
			intro + lines(append(head, "全年计划已完成。 |", "15 |", "民政局 |")...),
			"某局2023年民生实事项目实施进度表 | 0 | 序号 民政局 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("tables\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

package cue

import (
	"strings"
	"testing"
)

// TestSplitStamp: a publish stamp printed a part a line (the year, the
// month and day, the time) marks each of its lines and reads as one date;
// a year alone, a year over a fraction in running text, or a month and
// day past twelve is no stamp.
func TestSplitStamp(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		marks string // one mark per line but blank ones: s for a stamp's line, . for none
		iso   string // the date read at the first line
	}{
		{"year, day and time", []string{"2024", "", "07/30", "", "16:46", "", "来源:", "某市民政局"}, "sss..", "2024-07-30"},
		{"year and day", []string{"2022", "1-17", "某市民政局关于做好工作的通知"}, "ss.", "2022-01-17"},
		{"seconds on the clock", []string{"2023", "12.05", "08:53:51", "浏览次数"}, "sss.", "2023-12-05"},
		{"a year between rules", []string{"—2023—", "01/19", "08:18:12", "2023-01-19 08:18:12来源:某某晚报"}, "sss.", "2023-01-19"},
		// No stamp.
		{"rules around words", []string{"—2023年—", "01/19", "08:18:12"}, "...", ""},
		{"rules with no year", []string{"——", "01/19", "08:18:12"}, "...", ""},
		{"a year alone", []string{"2024", "某市民政局工作要点"}, "..", ""},
		{"no such month", []string{"2024", "13/20", "16:46"}, "...", ""},
		{"a year in running text", []string{"全市计划于2024", "3/4的家庭完成"}, "..", ""},
		{"a clock with no date", []string{"16:46", "来源:"}, "..", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := docOf(tc.lines...)
			var got strings.Builder
			for i := range d.Lines {
				if d.stamp[i] {
					got.WriteByte('s')
				} else {
					got.WriteByte('.')
				}
			}
			if got.String() != tc.marks {
				t.Errorf("marks %s, want %s", got.String(), tc.marks)
			}
			iso, _, ok := d.SplitStamp(0)
			if iso != tc.iso || ok != (tc.iso != "") {
				t.Errorf("SplitStamp(0) = %q, %v; want %q", iso, ok, tc.iso)
			}
		})
	}
}

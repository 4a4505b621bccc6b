package extract

import (
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout"
)

// TestEpochRef: a page whose only date is the placeholder of Unix time
// (1970-01-01, a time its site never set) gives its yearless dates no
// year, nor a later month the year before; a year the text states still
// does, and a real date, any year, is the reference as before.
func TestEpochRef(t *testing.T) {
	tests := []struct {
		in   string
		year int
	}{
		{"来源: 更新时间:1970-01-01 08:00:00 编辑:张三 浏览:1237\n区民政局召开养老机构消防安全工作会议\n8月底区民政局将联合区消防开展检查。", 0},
		{"发布时间:1970-01-01\n区民政局召开会议\n8月底将开展检查。", 0},
		{"来源: 更新时间:1970-01-01 08:00:00\n区民政局召开2023年养老机构消防安全工作会议\n8月底区民政局将开展检查。", 2023},
		// Must not change: a real date is the reference.
		{"发布时间:2020-03-02 10:00\n区民政局召开会议\n8月底将开展检查。", 2020},
		{"发布时间:1970-01-02\n区民政局召开会议\n8月底将开展检查。", 1970},
		{"区民政局召开会议\n8月底将开展检查。\n区民政局\n2019年7月1日", 2019},
	}
	for _, tc := range tests {
		doc := layout.Analyze(clean.Lines(tc.in))
		if got := refOf(doc).Year; got != tc.year {
			t.Errorf("refOf(%q).Year = %d, want %d", tc.in, got, tc.year)
		}
	}
}

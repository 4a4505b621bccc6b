package chrono

import "testing"

// TestYearTold: a year after 回到 (时间回到2026年2月2日) is the time the
// text tells, its own; after 到 alone, 截至到 or a verb that sets a goal
// (达到, 延长到) it stays a goal's or a count's end.
func TestYearTold(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"时间回到2026年2月2日下午,杨某走进了救助站。", 2026},
		{"让我们回到2019年冬天,那场大雪。", 2019},

		// 到 alone, 截至到, another verb with 到.
		{"到2025年,全市建成30个互助点。", 0},
		{"截至到2024年底,共救助100人。", 0},
		{"服务期限延长到2027年。", 0},
		{"力争达到2030年的目标。", 0},
	}
	for _, tc := range tests {
		if got := StatedYear(tc.in); got != tc.want {
			t.Errorf("StatedYear(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

package extract

import "testing"

// TestTargetsReachDate: a date with 到 right before it (计划到9月份) sets
// the deadline of the target in its sentence, to the date's last day; a
// date with no 到, a span's end and 截至到 do not. The test document is
// dated 2025-06-03.
func TestTargetsReachDate(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"到 a month", "已收养孤儿21名，计划到9月份收养孤儿40名。", "plan 40 名 2025-09-30; achieved 21 名 -"},
		{"到 a month, no 份", "计划到10月新建互助点12个。", "plan 12 个 2025-10-31"},
		{"到 a day", "到9月15日，全县建成30个村级互助点。", "plan 30 个 2025-09-15"},

		// No 到, a span's end, 截至到.
		{"a month with no 到", "计划9月份在全县开展培训3次。", "plan 3 次 -"},
		{"the end of a span", "计划从7月到9月份在全县开展培训3次。", "plan 3 次 -"},
		{"截至到", "截至到9月份，全县建成30个村级互助点。", "achieved 30 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

package chrono

import "testing"

// TestLostYearMark: a month whose 年 the copy lost is read with its year,
// and with its day where a day of that month and its 日 follow (a day the
// month has not leaves the month alone); an amount before 月, figures of
// no plausible year or month, and figures run on from a number are none.
func TestLostYearMark(t *testing.T) {
	ref := Ref{Year: 2024, Month: 8, Day: 1}
	tests := []struct {
		in, want string
	}{
		{"新标准自20237月开始执行", "20237月=month:2023-07[2023-07-01,2023-07-31]"},
		{"必要丧葬费\n20224月临时救助", "20224月=month:2022-04[2022-04-01,2022-04-30]"},
		{"统计至202412月", "202412月=month:2024-12[2024-12-01,2024-12-31]"},
		{"共202307月", "202307月=month:2023-07[2023-07-01,2023-07-31]"},
		{"自20251月1日起", "20251月1日=day:2025-01-01[2025-01-01,2025-01-01]"},
		{"至202512月31日止", "202512月31日=day:2025-12-31[2025-12-31,2025-12-31]"},
		{"于20252月30日", "20252月=month:2025-02[2025-02-01,2025-02-28]"},
		// Not a month whose 年 was lost.
		{"岗位12000月薪", ""},
		{"每人20000月", ""},
		{"于202513月", ""},
		{"编号3.20237月", ""},
		{"收入21000月", ""},
		{"共120251月1日", ""},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package chrono

import "testing"

// TestJoinedDay: the last day of a list joined by 和, 及 or 与 shares the
// month of the day before it, as a day after 、 does. A number after the
// conjunction that is no day (和5个, 和10人), a day no later than the one
// before, or a month of its own (和5月2日) is not read as the list's day.
func TestJoinedDay(t *testing.T) {
	ref := Ref{Year: 2023, Month: 4}
	tests := []struct {
		in, want string
	}{
		{"检查组于6月12日和13日到乡镇", "6月12日=day:2023-06-12[2023-06-12,2023-06-12]; 13日=day:2023-06-13[2023-06-13,2023-06-13]"},
		{"8月2日、9日及16日开放", "8月2日=day:2023-08-02[2023-08-02,2023-08-02]; 9日=day:2023-08-09[2023-08-09,2023-08-09]; 16日=day:2023-08-16[2023-08-16,2023-08-16]"},
		{"2021年10月8日与9日举办培训", "2021年10月8日=day:2021-10-08[2021-10-08,2021-10-08]; 9日=day:2021-10-09[2021-10-09,2021-10-09]"},
		{"请于7月5日和6日前报送", "7月5日=day:2023-07-05[2023-07-05,2023-07-05]; 6日前=day:2023-07-06[,2023-07-06] before"},
		// Not a day joined to the list.
		{"7月5日和6个单位签约", "7月5日=day:2023-07-05[2023-07-05,2023-07-05]"},
		{"9月3日和10人座谈", "9月3日=day:2023-09-03[2023-09-03,2023-09-03]"},
		{"9月13日和3日的记录", "9月13日=day:2023-09-13[2023-09-13,2023-09-13]"},
		{"9月3日和10月2日", "9月3日=day:2023-09-03[2023-09-03,2023-09-03]; 10月2日=day:2023-10-02[2023-10-02,2023-10-02]"},
		{"9月3日和平路", "9月3日=day:2023-09-03[2023-09-03,2023-09-03]"},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

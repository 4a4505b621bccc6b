package chrono

import "testing"

// TestOpenedRange: a period printed 自…起至…止 (统计期限, 有效期, 公示期)
// marks its opening end with 起 before 至 or 到, and is one range: its
// closing end takes the opening end's year, as 至 alone gives it, and is
// not read on its own against the document's date (a December end in a
// January report is not the year before). Without 至 or 到 after it, 起
// opens no range, and a dash after 起 joins nothing.
func TestOpenedRange(t *testing.T) {
	ref := Ref{Year: 2022, Month: 1, Day: 20}
	tests := []struct {
		in, want string
	}{
		{"统计期限自2021年1月1日起至12月31日止", "2021年1月1日起至12月31日=day:2021-01-01..2021-12-31[2021-01-01,2021-12-31]"},
		{"自2021年1月1日起到12月31日止", "2021年1月1日起到12月31日=day:2021-01-01..2021-12-31[2021-01-01,2021-12-31]"},
		{"公示期自2021年12月20日起至1月5日止", "2021年12月20日起至1月5日=day:2021-12-20..2022-01-05[2021-12-20,2022-01-05]"},
		{"自2014年7月起到2018年6月", "2014年7月起到2018年6月=month:2014-07..2018-06[2014-07-01,2018-06-30]"},
		// Not a range opened by 起.
		{"本办法自2021年1月1日起施行", "2021年1月1日=day:2021-01-01[2021-01-01,2021-01-01]"},
		{"自2021年3月1日起，至6月30日结束", "2021年3月1日=day:2021-03-01[2021-03-01,2021-03-01]; 6月30日=day:2021-06-30[2021-06-30,2021-06-30]"},
		{"自2021年1月1日起，至今未变", "2021年1月1日=day:2021-01-01[2021-01-01,2021-01-01]"},
		{"2021年1月1日起-3个月", "2021年1月1日=day:2021-01-01[2021-01-01,2021-01-01]"},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package chrono

import "testing"

// TestAheadMonth: a yearless month far after the document's month is put
// in the year before (a December event in a January issue), but not when
// the text sets it ahead as a deadline (12月底前, 11月20日前 in a spring
// text): a deadline looks ahead, in the document's year, as 年底前 does.
// The mark may follow a part of the month (底, 末, 下旬). A deadline in
// the month just before the document's (12月31日前 in a January page) is
// the one just past, a notice put up after its term. A month that
// reports what happened stays in the year before, and so does a month
// whose 前 opens another word (前往, 前后).
func TestAheadMonth(t *testing.T) {
	spring := Ref{Year: 2019, Month: 3, Day: 10}
	winter := Ref{Year: 2019, Month: 12, Day: 5}
	january := Ref{Year: 2020, Month: 1, Day: 10}
	february := Ref{Year: 2020, Month: 2, Day: 10}
	tests := []struct {
		in   string
		ref  Ref
		want string
	}{
		{"各社区服务站12月底前全部建成", spring, "12月底前=month:2019-12[,2019-12-31] before"},
		{"改造工程于11月20日前完工", spring, "11月20日前=day:2019-11-20[,2019-11-20] before"},
		{"10月下旬前完成验收", spring, "10月下旬前=month:2019-10[,2019-10-31] before"},
		{"1月底前报送材料", winter, "1月底前=month:2020-01[,2020-01-31] before"},
		{"12月底前完成年度评估", february, "12月底前=month:2020-12[,2020-12-31] before"},
		// Not ahead: the year before, or the document's.
		{"12月31日前报送花名册", january, "12月31日前=day:2019-12-31[,2019-12-31] before"},
		{"12月底,全市完成了验收", spring, "12月底=month:2018-12[2018-12-21,2018-12-31]"},
		{"11月20日,慰问组前往敬老院", spring, "11月20日=day:2018-11-20[2018-11-20,2018-11-20]"},
		{"10月下旬前后开展检查", spring, "10月下旬=month:2018-10[2018-10-21,2018-10-31]"},
		{"1月底,完成了验收", winter, "1月底=month:2019-01[2019-01-21,2019-01-31]"},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, tc.ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

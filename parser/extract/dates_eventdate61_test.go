package extract

import "testing"

// TestEventDateDeadlineFirst: an item's date is its first date, a
// deadline too where it comes before the others (GOLD.md: the first date
// the item's own text gives); a date that comes before a deadline stays
// first, and a period (年底前) is no date.
func TestEventDateDeadlineFirst(t *testing.T) {
	tests := []struct{ in, want string }{
		{"各单位应于8月15日前完成自查。2025年7月1日起开放系统", "2025-08-15"},
		{"请于10月20日前报送材料，11月2日组织评审", "2025-10-20"},
		{"申请人须在2024年9月30日之前提交，2024年9月1日开始受理", "2024-09-30"},
		// Another date first, or no date for an event.
		{"7月1日起开放系统，8月15日前完成自查", "2025-07-01"},
		{"截至6月底，共办理2000件，7月10日前完成复核", "2025-06"},
		{"5月8日召开会议，要求6月30日前完成", "2025-05-08"},
		{"年底前完成改造任务", "-"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := orDash(EventDate(run(t, tc.in, "dates").Dates)); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

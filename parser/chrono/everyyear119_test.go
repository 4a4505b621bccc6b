package chrono

import "testing"

// TestCountedFromEveryYear: a year counted from another (上年, 当年) after
// 每年 in its sentence counts from each year, so the month after it is no
// date; the same words where the sentence names no every year, writes a
// year after it, or has ended keep their dates.
func TestCountedFromEveryYear(t *testing.T) {
	ref := Ref{Year: 2024, Month: 3, Day: 2}
	tests := []struct {
		in, want string
	}{
		{"殡仪馆于每年11月底前,将上年12月1日至当年11月末的补贴资料报送区民政局", ""},
		{"每年3月底前报送上年12月的统计报表", ""},
		{"年年如此，当年6月开展自查", ""},
		{"每一年都要在次年1月总结", ""},
		{"每年开展一次检查，上一年12月的台账一并核对", ""},
		// The year is the calendar's.
		{"上年12月1日起施行", "上年12月1日=day:2023-12-01[2023-12-01,2023-12-01]"},
		{"当年11月召开会议", "当年11月=month:2024-11[2024-11-01,2024-11-30]"},
		{"每年开展一次。上年12月完成检查", "上年12月=month:2023-12[2023-12-01,2023-12-31]"},
		{"每年开展检查，2022年当年6月完成", "当年6月=month:2022-06[2022-06-01,2022-06-30]"},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package chrono

import "testing"

// TestLunarDays: a month and day written in the lunar calendar (农历十二月
// 三十日, 阴历的十二月二十三日) is no Gregorian day: none is read, while a
// Gregorian date beside it is; a word that only ends like the calendar's
// name, or stands apart from the date, names no lunar day.
func TestLunarDays(t *testing.T) {
	ref := Ref{Year: 2023, Month: 1, Day: 10}
	tests := []struct{ in, want string }{
		{"包括农历十二月三十日、正月十五日", ""},
		{"阴历的十二月二十三日是小年", ""},
		{"农历十月初一(2022年11月24日)为寒衣节", "2022年11月24日=day:2022-11-24[2022-11-24,2022-11-24]"},
		// Not a lunar day.
		{"农历新年前,1月20日起开放预约", "1月20日=day:2023-01-20[2023-01-20,2023-01-20]"},
		{"学历12月30日前提交", "12月30日前=day:2022-12-30[,2022-12-30] before"},
		{"12月30日农历腊月初八", "12月30日=day:2022-12-30[2022-12-30,2022-12-30]"},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package chrono

import "testing"

// TestRunInListNumber: a list's number run into its paragraph after a
// colon, a semicolon or a full stop (…如下：1.2021年3月1日以后…；2.…)
// numbers the item; the date after its . keeps its own year. Figures
// after a letter, a word or a longer number stay a number, and the date
// after them is read without them.
func TestRunInListNumber(t *testing.T) {
	ref := Ref{Year: 2023, Month: 4}
	tests := []struct {
		in, want string
	}{
		{"有下列情形的不予受理：1.2021年3月1日以后登记的；", "2021年3月1日=day:2021-03-01[2021-03-01,2021-03-01]"},
		{"已注销的；2.2019年9月30日前未年检的", "2019年9月30日前=day:2019-09-30[,2019-09-30] before"},
		{"办理流程如下。 3.5月8日前提交材料", "5月8日前=day:2023-05-08[,2023-05-08] before"},
		{"申报条件: 12.2020年7月起连续缴费", "2020年7月=month:2020-07[2020-07-01,2020-07-31]"},
		// Not a list's number.
		{"工期约1.5月8日完工", ""},
		{"版本：V1.2020年6月1日修订", "6月1日=day:2023-06-01[2023-06-01,2023-06-01]"},
		{"合计：101.2020年6月1日", "6月1日=day:2023-06-01[2023-06-01,2023-06-01]"},
		{"增幅为1.2021年5月", "5月=month:2023-05[2023-05-01,2023-05-31]"},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

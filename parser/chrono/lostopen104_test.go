package chrono

import "testing"

// TestLostOpenRange: a range whose opening day lost 年, 月 and 日 is read
// when a day closed by its 日 follows the connector (202459——719日,
// 2023315—61日, 2023315至7月2日). Not so: no 日 at the end, an end that
// splits two ways or comes before the start, a run of figures that is no
// year, and a number that runs on from another.
func TestLostOpenRange(t *testing.T) {
	ref := Ref{Year: 2024, Month: 5, Day: 6}
	tests := []struct {
		in, want string
	}{
		{"年检时间：202459——719日。", "202459——719日=day:2024-05-09..2024-07-19[2024-05-09,2024-07-19]"},
		{"开通时间:2023315—61日,通道关闭后", "2023315—61日=day:2023-03-15..2023-06-01[2023-03-15,2023-06-01]"},
		{"公示期2023315至7月2日", "2023315至7月2日=day:2023-03-15..2023-07-02[2023-03-15,2023-07-02]"},
		{"申报期2023315—19日", "2023315—19日=day:2023-03-15..2023-03-19[2023-03-15,2023-03-19]"},
		{"20231120—1231日", "20231120—1231日=day:2023-11-20..2023-12-31[2023-11-20,2023-12-31]"},
		// Not a range of lost marks.
		{"编号202459—719", ""},
		{"2023315—112日", ""},
		{"2023615—31日", ""},
		{"1023315—61日", ""},
		{"12023315—61日", ""},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestListedAfterRange: days listed with 、 after a range of days inside
// one month share its month and the 日 closing the list (4月4-6、13、14日);
// not after a range into another month, nor where the list closes on no 日.
func TestListedAfterRange(t *testing.T) {
	ref := Ref{Year: 2024, Month: 3, Day: 18}
	tests := []struct {
		in, want string
	}{
		{"4月4-6、13、21日祭扫", "4月4-6=day:2024-04-04..2024-04-06[2024-04-04,2024-04-06]; 13=day:2024-04-13[2024-04-13,2024-04-13]; 21日=day:2024-04-21[2024-04-21,2024-04-21]"},
		{"4月4—6、13日", "4月4—6=day:2024-04-04..2024-04-06[2024-04-04,2024-04-06]; 13日=day:2024-04-13[2024-04-13,2024-04-13]"},
		{"5月16日至17日、20日", "5月16日至17日=day:2024-05-16..2024-05-17[2024-05-16,2024-05-17]; 20日=day:2024-05-20[2024-05-20,2024-05-20]"},
		// Not listed after the range.
		{"11月20日-12月3日、5日", "11月20日-12月3日=day:2023-11-20..2023-12-03[2023-11-20,2023-12-03]"},
		{"4月4-6、13人", ""},
		{"4月6-4、13日", ""},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

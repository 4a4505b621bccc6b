package chrono

import "testing"

// TestLostMarkRange: a day whose 月 (or 年 and 月) the copy lost is read
// with the end of a range after it, as the whole day is (5月16日至17日):
// the end takes the start's month. Not so: a figure after 至 that is no
// day (至17人, 至17时), and a deadline's day (531日前).
func TestLostMarkRange(t *testing.T) {
	ref := Ref{Year: 2023, Month: 5, Day: 18}
	tests := []struct {
		in, want string
	}{
		{"516日至17日,厅长带队调研", "516日至17日=day:2023-05-16..2023-05-17[2023-05-16,2023-05-17]"},
		{"于729日-31日举办培训", "729日-31日=day:2023-07-29..2023-07-31[2023-07-29,2023-07-31]"},
		{"2023630日至7月2日公示", "2023630日至7月2日=day:2023-06-30..2023-07-02[2023-06-30,2023-07-02]"},
		{"516日至17日,5月16日至17日", "516日至17日=day:2023-05-16..2023-05-17[2023-05-16,2023-05-17]; 5月16日至17日=day:2023-05-16..2023-05-17[2023-05-16,2023-05-17]"},
		// Not a range's end.
		{"516日至17人参加", "516日=day:2023-05-16[2023-05-16,2023-05-16]"},
		{"于531日前报送", "531日前=day:2023-05-31[,2023-05-31] before"},
		{"516日至17时结束", "516日=day:2023-05-16[2023-05-16,2023-05-16]"},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

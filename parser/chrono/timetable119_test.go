package chrono

import "testing"

// TestTimetableMonth: a month with no day and a clock time after it is a
// season of a timetable, no date; a day with its time, a month with no
// clock after it, and a month before a number that is no time keep theirs.
func TestTimetableMonth(t *testing.T) {
	ref := Ref{Year: 2014, Month: 10, Day: 3}
	tests := []struct {
		in, want string
	}{
		{"工作日:8:00-12:00 14:00-18:00(7-8月 15:00-18:00)", ""},
		{"夏季(7月 15:00-18:00)", ""},
		{"5-9月14:30至17:30开放", ""},
		// Dates.
		{"7月8日 15:00召开会议", "7月8日=day:2014-07-08[2014-07-08,2014-07-08]"},
		{"7-8月开展排查", "7-8月=month:2014-07..2014-08[2014-07-01,2014-08-31]"},
		{"7月 共办理15件", "7月=month:2014-07[2014-07-01,2014-07-31]"},
		{"9月 2014:01号文件", "9月=month:2014-09[2014-09-01,2014-09-30]"},
		// A year printed makes the month one of the calendar.
		{"2024年7月 15:00召开会议", "2024年7月=month:2024-07[2024-07-01,2024-07-31]"},
		{"2024年7-8月 15:00-18:00开放", "2024年7-8月=month:2024-07..2024-08[2024-07-01,2024-08-31]"},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

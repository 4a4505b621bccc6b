package chrono

import "testing"

// TestHeadedDay: under a heading that names its month (a chronicle's 1月
// over 3日，…), a day printed alone at the opening of a clause is a day of
// that month, alone or as a range; a count of days after other words, a
// day after its own month, and any day with no month heading are not.
func TestHeadedDay(t *testing.T) {
	headed := Ref{Year: 2023, HeadMonth: 5}
	tests := []struct {
		in   string
		ref  Ref
		want string
	}{
		{"3日，市民政局召开会议", headed, "3日=day:2023-05-03[2023-05-03,2023-05-03]"},
		{"20日至21日，举办培训", headed, "20日至21日=day:2023-05-20..2023-05-21[2023-05-20,2023-05-21]"},
		{"会议结束；31日，开展慰问", headed, "31日=day:2023-05-31[2023-05-31,2023-05-31]"},
		// Not a day of the heading's month.
		{"活动历时3日，共接待群众", headed, ""},
		{"会议要求，3日内完成整改", headed, ""},
		{"活动举办 3日，圆满结束", headed, ""},
		{"（3日）召开会议", headed, ""},
		{"3号，市民政局召开会议", headed, ""},
		{"32日，市民政局召开会议", headed, ""},
		{"6月3日，市民政局召开会议", headed, "6月3日=day:2023-06-03[2023-06-03,2023-06-03]"},
		{"3日，市民政局召开会议", Ref{Year: 2023}, ""},
		{"3号楼，市民政局", headed, ""},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, tc.ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

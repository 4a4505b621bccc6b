package extract

import "testing"

// TestTargetsPurposeTail: a clause of securing after the deeds (…，确保…)
// plans only its own clause and those after; the clauses before it keep
// their own stance (此次核查覆盖13个乡镇: what a check made reached). A
// plan word of the earlier clause with 将 or a deadline, a 确保 that opens
// the sentence, and a number inside the 确保 clause keep their plans.
func TestTargetsPurposeTail(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"此次…，确保…", "此次核查工作覆盖全县13个乡镇、104个行政村,真正做到横向到边,确保覆盖到位。", ""},
		{"以确保 after a check made", "此次排查覆盖7个县,以确保不留死角。", ""},

		// Plans keep their stance: 将, a deadline, 确保 opening, a number after it.
		{"将 before the tail", "全市将新建养老机构5所,确保服务覆盖到位。", "plan 5 所 -"},
		{"a number inside the tail", "此次核查覆盖全县乡镇,确保覆盖率达到100%。", "plan 100 % -"},
		{"确保 opens the sentence", "确保新建养老机构5所。", "plan 5 所 -"},
		{"此次 with no tail stays event", "此次摸排覆盖7个县。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

package extract

import "testing"

// TestTargetsReachBy: a year's end with 到 before it (到2026年底，) sets the
// deadline of the targets in the later clauses of its sentence; a year's
// end with no 到, the end of a span, and a later sentence do not. The test
// document is dated 2025-06-03.
func TestTargetsReachBy(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"到 a year's end, a clause before", "到2026年底,60个行政村完成门牌设置。", "plan 60 个 2026-12-31"},
		{"力争到, full-width comma", "力争到2027年底，全县建成30个村级互助点。", "plan 30 个 2027-12-31"},
		{"after a frame clause", "方案提出，到2026年底，80%的乡镇完成标志更新。", "plan 80 % 2026-12-31"},

		// No 到, a span's end, another sentence.
		{"a year's end with no 到", "2026年底,全县建成30个村级互助点。", "plan 30 个 -"},
		{"the end of a span", "2024年到2026年底,全县建成30个村级互助点。", "plan 30 个 -"},
		{"another sentence", "到2026年底,完成普查。全县建成30个村级互助点。", "plan 30 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

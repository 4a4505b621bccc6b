package extract

import "testing"

// TestTargetsSpanEnd: the end of a five-year plan period (“十四五”末,
// 十四五期末) dates the targets after it in its sentence; the period named
// whole (期间, 时期), a period not ended by an end word and a later sentence
// do not.
func TestTargetsSpanEnd(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"quoted, 末", "“十四五”末，每个乡镇至少建成4个互助点。", "plan 4 个 2025-12-31"},
		{"期末, no quotes", "十四五期末,全县养老床位达到1200张。", "plan 1200 张 2025-12-31"},
		{"到 and the period end", "到“十五五”末，护理型床位占比达到70%。", "plan 70 % 2030-12-31"},

		{"the period whole", "“十四五”期间，每个乡镇至少建成4个互助点。", "plan 4 个 -"},
		{"the period named alone", "“十四五”时期，全县养老床位达到1200张。", "plan 1200 张 -"},
		{"another sentence", "“十四五”末完成评估。全县养老床位达到1200张。", "plan 1200 张 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

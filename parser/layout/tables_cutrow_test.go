package layout

import "testing"

// TestJoinCutRow: the line a page ends on joins the grid above it where
// it opens with the enumerator after the rows' last; text after it, an
// enumerator out of count or of another kind, a sentence or a line that
// is its enumerator alone keeps it apart.
func TestJoinCutRow(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // role letter | text
		want  string   // the runs, their line numbers
	}{
		{"the next row cut off",
			[]string{"t|四、遗体包裹 |", "t|元/具 |", "t|115 |", "t|五、协助尸检 |", "t|元/具 |", "t|150 |", "a|六、礼厅租用[提供哀悼、祭奠"},
			"1 2 3 4 5 6 7"},
		{"chrome after it",
			[]string{"t|1. 火化费", "t|元/具", "t|120", "t|2. 接运费", "t|元/具", "t|100", "a|3. 骨灰寄存费", "c|扫一扫在手机上查看当前页面"},
			"1 2 3 4 5 6 7"},
		// Kept apart.
		{"text after it",
			[]string{"t|四、遗体包裹 |", "t|115 |", "t|五、协助尸检 |", "t|150 |", "b|六、本通知自发布之日起执行", "b|某县民政局"},
			"1 2 3 4"},
		{"an enumerator out of count",
			[]string{"t|四、遗体包裹 |", "t|115 |", "t|五、协助尸检 |", "t|150 |", "b|七、礼厅租用"},
			"1 2 3 4"},
		{"an enumerator of another kind",
			[]string{"t|四、遗体包裹 |", "t|115 |", "t|五、协助尸检 |", "t|150 |", "b|(六)礼厅租用"},
			"1 2 3 4"},
		{"a sentence",
			[]string{"t|四、遗体包裹 |", "t|115 |", "t|五、协助尸检 |", "t|150 |", "b|六、本标准自发布之日起执行。"},
			"1 2 3 4"},
		{"no enumerator in the rows",
			[]string{"t|遗体包裹 |", "t|115 |", "t|协助尸检 |", "t|150 |", "a|一、礼厅租用"},
			"1 2 3 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkJoinedRuns(t, tc.lines, tc.want, (*assembly).joinCutRow)
		})
	}
}

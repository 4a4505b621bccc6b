package layout

import "testing"

// TestJoinTitledCells: a table's title read alone joins the grid under it
// where the lines between, read as the attachment's, are cells; a line of
// text, an attachment's heading, a body line between, or a first run that
// is no title alone keeps the runs apart.
func TestJoinTitledCells(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // role letter | text
		want  string   // the runs, their line numbers
	}{
		{"head and wrapped rows read as the attachment",
			[]string{"t|某公园公墓价格表", "a|位置 墓型 规格 价格", "a|E7区、B7-1区", "a|单穴 1250", "t|C2区-C4区 3号墓 双穴 8800"},
			"1 2 3 4 5"},
		{"chrome between",
			[]string{"t|某公园公墓价格表", "a|位置 墓型 规格 价格", "c|—4—", "t|C2区-C4区 3号墓 双穴 8800"},
			"1 2 4"},
		// Kept apart.
		{"a sentence between",
			[]string{"t|某公园公墓价格表", "a|以上价格含管理费,按年收取。", "t|C2区-C4区 3号墓 双穴 8800"},
			"1; 3"},
		{"an attachment's heading between",
			[]string{"t|附件:某公园公墓价格表", "a|附件2", "t|C2区-C4区 3号墓 双穴 8800"},
			"1; 3"},
		{"a body line between",
			[]string{"t|某公园公墓价格表", "b|位置 墓型 规格 价格", "t|C2区-C4区 3号墓 双穴 8800"},
			"1; 3"},
		{"no title alone above",
			[]string{"t|A1区 1号墓 单穴 1500", "a|位置 墓型 规格 价格", "t|C2区-C4区 3号墓 双穴 8800"},
			"1; 3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkJoinedRuns(t, tc.lines, tc.want, (*assembly).joinTitledCells)
		})
	}
}

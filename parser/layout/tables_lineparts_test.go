package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestPartOfRow: a later part of a printed row in bars, cut by the
// reading, goes on with the part before it; a whole line after it, a
// part of another line, a part with no bar or a tab-separated row does
// not.
func TestPartOfRow(t *testing.T) {
	row := "4 | 骨灰寄存 | 元/年 | 80元/年 | 不满一年按一年计算。"
	tests := []struct {
		name string
		i, j cue.Line
		want bool
	}{
		{"the cells after a sentence's cut", cue.Line{Num: 8, Part: 1, Text: row}, cue.Line{Num: 8, Part: 2, Text: "| (略)"}, true},
		{"the row's last part", cue.Line{Num: 8, Part: 2, Text: "| (略)"}, cue.Line{Num: 8, Part: 3, Text: "居民免费寄存15天。 |"}, true},
		// Not a part of the row.
		{"the next printed line", cue.Line{Num: 8, Text: row + " |"}, cue.Line{Num: 9, Text: "5 | 守灵 | 元/天 | 100元 |"}, false},
		{"the first part of another line", cue.Line{Num: 8, Part: 2, Text: "| (略)"}, cue.Line{Num: 9, Part: 1, Text: "5 | 守灵 |"}, false},
		{"a part with no bar", cue.Line{Num: 8, Part: 1, Text: row}, cue.Line{Num: 8, Part: 2, Text: "居民免费寄存15天。"}, false},
		{"a tab-separated row", cue.Line{Num: 8, Part: 1, Text: "4\t骨灰寄存 | 年", Tabs: true}, cue.Line{Num: 8, Part: 2, Text: "| (略)"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &assembly{d: &cue.Doc{Lines: []cue.Line{tc.i, tc.j}}}
			if got := a.partOfRow(0, 1); got != tc.want {
				t.Errorf("partOfRow = %v, want %v", got, tc.want)
			}
		})
	}
}

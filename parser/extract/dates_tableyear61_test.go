package extract

import (
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
)

// TestTableYear: a document with no date whose text outside its tables
// states no year takes the year its table states for its subject (a page
// that is a table of tasks: …列入2025年工作要点); a year the text states
// outside the table comes first, and a table that states no year, or only
// a goal's (到2030年), gives none.
func TestTableYear(t *testing.T) {
	type line struct {
		role cue.Role
		text string
	}
	tests := []struct {
		name  string
		lines []line
		want  int
	}{
		{"table only", []line{{cue.Table, "序号 | 任务 | 进展"}, {cue.Table, "1 | 养老服务 | 已列入2023年工作要点,截至4月底完成"}}, 2023},
		{"title and table", []line{{cue.Title, "养老服务任务进展表"}, {cue.Table, "1 | 助餐点 | 2021年新建12个"}}, 2021},
		// A year stated outside the table, or none.
		{"body first", []line{{cue.Body, "2024年全区推进助餐服务。"}, {cue.Table, "1 | 助餐点 | 2021年新建12个"}}, 2024},
		{"no year", []line{{cue.Table, "序号 | 任务 | 进展"}, {cue.Table, "1 | 养老服务 | 截至4月底完成"}}, 0},
		{"goal only", []line{{cue.Table, "1 | 养老服务 | 到2030年全覆盖"}}, 0},
		{"year of a chrome line", []line{{cue.Chrome, "2022年版权所有"}, {cue.Table, "1 | 养老服务 | 截至4月底完成"}}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &layout.Document{}
			for i, l := range tc.lines {
				doc.Lines = append(doc.Lines, layout.Labelled{Num: i + 1, Text: l.text, Role: l.role})
			}
			if got := refOf(doc).Year; got != tc.want {
				t.Errorf("refOf year = %d, want %d", got, tc.want)
			}
		})
	}
}

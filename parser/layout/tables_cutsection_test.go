package layout

import (
	"strings"
	"testing"

	"bulletin/parser/span"
)

// TestCutSection: a report form's last section cut off before its
// figures keeps its keys as rows under a head of the opener and the cells
// that name a measure (件数, 金额, a bracketed unit aside). No measure
// after the opener, no key after the measures, or a measure among the
// keys leaves the section text.
func TestCutSection(t *testing.T) {
	tests := []struct {
		name  string
		cells string // | between
		want  string // header cells; the keys, or "text"
	}{
		{"a sum with its unit in brackets", "信息内容|本年收费金额(单位:万元)|行政事业性收费", "信息内容 本年收费金额(单位:万元); 行政事业性收费"},
		{"two counts, two keys", "信息内容|本年制发件数|现行有效件数|规章|行政规范性文件", "信息内容 本年制发件数 现行有效件数; 规章 行政规范性文件"},
		{"a full-width bracket", "信息内容|本年收费金额（万元）|行政事业性收费", "信息内容 本年收费金额（万元）; 行政事业性收费"},
		// Text.
		{"no measure after the opener", "信息内容|收费项目|行政事业性收费", "text"},
		{"no key after the measures", "信息内容|本年制发件数|现行有效件数", "text"},
		{"a measure among the keys", "信息内容|本年制发件数|规章|现行有效件数", "text"},
		{"an empty key", "信息内容|本年收费金额(单位:万元)|", "text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cells := strings.Split(tc.cells, "|")
			rows, ok := cutSection(cells, func(from, to int) Row {
				return Row{Cells: cells[from:to], Text: span.Plain(strings.Join(cells[from:to], " "), 1)}
			})
			got := "text"
			if ok {
				var keys []string
				for _, r := range rows[1:] {
					keys = append(keys, r.Cells[0])
				}
				got = strings.Join(rows[0].Cells, " ") + "; " + strings.Join(keys, " ")
			}
			if got != tc.want {
				t.Errorf("cutSection(%q) = %q, want %q", tc.cells, got, tc.want)
			}
		})
	}
}

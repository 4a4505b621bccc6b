package layout

import (
	"strings"
	"testing"
)

// TestBarKeptEmpties: a grid saved a bar-closed cell a line that keeps its
// empty cells as bars alone is cut at the fewest cells a row that make a
// regular grid (a head of words, rows keyed by words, figures in their
// columns), its last row cut short by the page's end; too few empty
// cells, a figure in the head, or figures out of any column read none.
func TestBarKeptEmpties(t *testing.T) {
	tests := []struct {
		name  string
		cells string // the cells, "_" for an empty one, a space apart
		want  string // each row's first cell, "" for none
	}{
		{"a fee grid, the first row's key before the first figure",
			"项目 单位 标准 依据 备注 甲费(大) 元/次 300 某文号 含甲项 甲费(小) 元/次 100 某文号 _ 乙费 元/天 50 某文号 _",
			"项目 甲费(大) 甲费(小) 乙费"},
		{"a row that prints a price in words",
			"项目 单位 标准 备注 甲费 元/次 30 _ 乙费 _ 面议 _ 丙费 元/天 20 含丙项",
			"项目 甲费 乙费 丙费"},
		{"the last row cut short by the page's end",
			"项目 单位 标准 备注 甲费 元/次 30 _ 乙费 元/次 40 _ 丙费 元/天",
			"项目 甲费 乙费 丙费"},
		// None.
		{"one empty cell", "项目 单位 标准 甲费 元/次 30 乙费 _ 40 丙费 元/天 20", ""},
		{"a figure in the head", "项目 2023 2024 甲费 30 _ 乙费 _ 40 丙费 20 _", ""},
		{"figures out of their columns", "项目 单位 标准 甲费 30 _ 乙费 _ 40 丙费 元/天 _ 丁费 _ 50", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var cells []barCell
			for _, c := range strings.Fields(tc.cells) {
				if c == "_" {
					c = ""
				}
				cells = append(cells, barCell{text: c})
			}
			var got []string
			if rows, ok := barKeptEmpties(cells); ok {
				for _, r := range rows {
					got = append(got, r[0].text)
				}
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("got %q, want %q", strings.Join(got, " "), tc.want)
			}
		})
	}
}

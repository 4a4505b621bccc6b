package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/span"
)

// feeLead is the prose over a fee table set one cell a line.
const feeLead = "广大市民朋友:\n\n  为规范我区殡葬服务价格管理及收费行为,减轻群众丧葬负担,现就我区殡葬基本服务政策告知如下。\n\n" +
	"  三、殡葬基本服务项目及费用标准\n\n  以下殡葬基本服务由政府免费提供:\n\n"

// feeClose is the paragraph under the grid, set with a paragraph's
// two-character indent.
const feeClose = "\n\n  以上殡葬基本服务项目的免费标准为1500元,按照实际使用情况据实计算,未选择的基本殡葬服务项目不得减免,超出上述免费项目及标准之外的其他服务项目及费用由丧属承担。\n"

// TestEnumeratedRows63b: a fee table printed one cell a line, whose rows
// leave empty cells out (no unit, no 备注) and whose head cell wraps its
// unit ((元)), is read by its items' numbers 1. 2. 3. …: a row runs from
// one number to the next, an item's second case after a figure is a row
// of its own, and the indented paragraph after the grid is no cell of it.
// Without numbers in sequence, or with a figure in the header, the grid
// is read as before.
func TestEnumeratedRows63b(t *testing.T) {
	tests := []struct{ name, text, grids string }{
		{"rows at the items' numbers, uneven widths",
			feeLead + cellLines("收费项目", "计算单位", "收费标准", "(元)", "备注",
				"1.遗体接运(普通殡葬专用车)", "城区内", "180", "农村、跨市(县)", "具·公里", "3.5", "每具收费不低于120元,以来回程距离计算",
				"2.遗体火化(普通火化炉)", "250", "含骨灰清理、包装",
				"3.骨灰寄存", "格位·年", "70", "含管理费",
				"4.遗体消毒", "100") + feeClose,
			"- | 1 | 1.遗体接运(普通殡葬专用车) 农村、跨市(县) 2.遗体火化(普通火化炉) 3.骨灰寄存 4.遗体消毒 | "},
		{"the paragraph after the last row is prose",
			feeLead + cellLines("收费项目", "计算单位", "收费标准", "(元)", "备注",
				"1.遗体接运", "具", "180", "2.遗体火化", "250", "含骨灰清理、包装",
				"3.骨灰寄存", "格位·年", "70", "4.骨灰盒", "200", "含写字") + feeClose,
			"- | 1 | 1.遗体接运 2.遗体火化 3.骨灰寄存 4.骨灰盒 | "},
		// Not read by numbers: too few, out of sequence, a figure in the header.
		{"two numbered items only",
			feeLead + cellLines("收费项目", "计算单位", "收费标准", "备注",
				"1.遗体接运", "具", "180", "含回程", "2.遗体火化", "具", "250", "含包装") + feeClose,
			"- | 1 | 备注 含回程 | "}, // the number of rows (2), not the numbers
		{"numbers out of sequence",
			feeLead + cellLines("收费项目", "计算单位", "收费标准", "备注",
				"1.遗体接运", "城区内", "180", "农村", "具·公里", "3.5", "3.骨灰寄存", "70", "5.遗体消毒", "100") + feeClose,
			"- | 0 | 收费项目 农村 3.骨灰寄存 5.遗体消毒 | "},
		{"a figure in the header",
			feeLead + cellLines("收费项目", "2024", "收费标准", "备注",
				"1.遗体接运", "城区内", "180", "农村", "具·公里", "3.5", "2.遗体火化", "250", "3.遗体消毒", "100") + feeClose,
			"", // no grid read at all
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

// TestEnumeratedRowsCells63b checks the rule on the cells alone.
func TestEnumeratedRowsCells63b(t *testing.T) {
	row := func(cells []string) func(from, to int) Row {
		return func(from, to int) Row {
			return Row{Cells: cells[from:to], Text: span.Plain(strings.Join(cells[from:to], " "), 1)}
		}
	}
	tests := []struct {
		name  string
		cells []string
		want  string // rows joined by ;, "" if the rule does not read them
	}{
		{"an item's second case",
			[]string{"收费项目", "收费标准", "(元)", "1.接运", "城区内", "180", "农村", "3.5", "附注", "2.火化", "250", "3.寄存", "70"},
			"收费项目 收费标准(元);1.接运 城区内 180;农村 3.5 附注;2.火化 250;3.寄存 70"},
		{"一、 二、 三、",
			[]string{"项目", "标准", "一、接运", "180", "二、火化", "250", "三、寄存", "70"},
			"项目 标准;一、接运 180;二、火化 250;三、寄存 70"},
		{"an item with no figure", []string{"项目", "标准", "1.接运", "免费", "2.火化", "250", "3.寄存", "70"}, ""},
		{"kinds mixed", []string{"项目", "标准", "1.接运", "180", "二、火化", "250", "3.寄存", "70"}, ""},
		{"no header", []string{"1.接运", "180", "2.火化", "250", "3.寄存", "70"}, ""},
		{"a number alone opens no row", []string{"项目", "标准", "1.", "180", "2.", "250", "3.", "70"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, _, ok := enumeratedRows(tc.cells, row(tc.cells))
			var got []string
			if ok {
				for _, r := range rows {
					got = append(got, strings.Join(r.Cells, " "))
				}
			}
			if s := strings.Join(got, ";"); s != tc.want {
				t.Errorf("got %q want %q", s, tc.want)
			}
		})
	}
}

// TestParagraphAfterGrid63b: a line set with a paragraph's two-character
// indent, holding a sentence longer than any cell, ends a grid set one
// cell a line and stands as prose; an indented cell (one space, or no
// longer than the cells, or no sentence) stays in the grid.
func TestParagraphAfterGrid63b(t *testing.T) {
	grid := feeLead + cellLines("收费项目", "计算单位", "收费标准", "备注",
		"1.遗体接运", "具", "180", "2.遗体火化", "具", "250", "3.骨灰寄存", "格位·年", "70")
	tests := []struct {
		name, tail string
		inGrid     bool
	}{
		{"a paragraph under the grid", feeClose, false},
		{"one space of indent", "\n\n" + strings.TrimPrefix(feeClose, "\n\n "), true},
		{"indented, no sentence", "\n\n  含骨灰清理、包装以及骨灰盒的运送和交付等全部服务项目的费用\n", true},
		{"indented, no longer than a cell", "\n\n  含写字。\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(grid + tc.tail))
			word := strings.TrimSpace(tc.tail)[:6]
			in := false
			for _, b := range d.Blocks {
				for _, r := range b.Rows {
					in = in || strings.Contains(strings.Join(r.Cells, " "), word)
				}
			}
			if in != tc.inGrid {
				t.Errorf("%q in the grid: %v, want %v", word, in, tc.inGrid)
			}
		})
	}
}

package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// headSummary prints the head rows of each grid, a row's cells parted by
// " / ", rows by " ; ", grids by " || ".
func headSummary(d *Document) string {
	var got []string
	for _, b := range d.Blocks {
		var rows []string
		for _, r := range b.Rows[:b.Header] {
			rows = append(rows, strings.Join(r.Cells, " / "))
		}
		got = append(got, strings.Join(rows, " ; "))
	}
	return strings.Join(got, " || ")
}

// TestBarHeadWrap68: a head cell of a grid saved one cell a line, each
// closed by a bar, that wraps over lines (收费 / 标准 / (元) |) reads in
// the order printed, top line first. A cell on one line is left as it is.
func TestBarHeadWrap68(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	const intro = "一、全县殡葬服务收费情况\n本月全县殡葬服务收费保持稳定。\n"
	tests := []struct{ name, text, want string }{
		{"a head cell wrapped over three lines",
			intro + lines("二、殡仪服务站基本服务收费标准",
				"序号 |", "收费项目 |", "收费", "标准", "(元) |",
				"遗体接运 |", "300 | |",
				"2 |", "遗体存放 |", "60 |",
				"3 |", "告别厅 |", "200 |"),
			"序号 / 收费项目 / 收费 标准 (元)"},
		{"a head cell wrapped over two lines",
			intro + lines("二、殡仪服务站基本服务收费标准",
				"序号 |", "服务项目 |", "金额", "(元) |",
				"遗体接运 |", "300 | |",
				"2 |", "遗体存放 |", "60 |",
				"3 |", "告别厅 |", "200 |"),
			"序号 / 服务项目 / 金额 (元)"},
		// Not wrapped: each head cell on its own line is read as printed.
		{"head cells on one line each",
			intro + lines("二、殡仪服务站基本服务收费标准",
				"序号 |", "收费项目 |", "收费标准(元) |",
				"遗体接运 |", "300 | |",
				"2 |", "遗体存放 |", "60 |",
				"3 |", "告别厅 |", "200 |"),
			"序号 / 收费项目 / 收费标准(元)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := headSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("head\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

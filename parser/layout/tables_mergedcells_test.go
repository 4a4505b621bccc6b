package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestMergedRows: a grid printed a cell a line whose merged cells are
// printed once, with the first row of their group; the rows under it open
// with their own first cell, a line of spaces is an empty cell, and the
// head printed again opens an untitled grid. Grids with no shared cells,
// a short row only where the run ends, no later row as wide as the head,
// or cells set with no blank line between are read as before.
func TestMergedRows(t *testing.T) {
	const top = "各镇(街)社会事务办:\n\n现将补贴统计表印发给你们。\n\n某区民政局\n\n2019年9月11日\n\n附件:\n\n2019年中秋节临时补贴统计表\n\n"
	tests := []gridCase{
		{"groups under a merged cell, a subtotal with an empty cell",
			top + cellLines("镇(街)", "类别", "人数", "金额",
				"甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000", "小计", "218", " ",
				"乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000", "小计", "322", " ",
				"合计", "城镇低保", "472", "236000", "农村低保", "68", "34000"),
			"2019年中秋节临时补贴统计表 | 1 | 甲街道 农村低保 小计 乙镇 农村低保 小计 合计 农村低保 | "},
		{"the head printed again opens a grid of its own",
			top + cellLines("镇(街)", "类别", "人数", "金额",
				"甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000",
				"乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000", " ",
				"镇(街)", "类别", "人数", "金额",
				"甲街道", "五老", "3", "1500", "乙镇", "五老", "2", "1000", "合计", "5", "2500"),
			"2019年中秋节临时补贴统计表 | 1 | 甲街道 农村低保 乙镇 农村低保 | ; - | 1 | 甲街道 乙镇 合计 | "},
		// Read as before.
		{"every row as wide as the head",
			top + cellLines("镇(街)", "类别", "人数", "金额",
				"甲街道", "城镇低保", "190", "95000", "乙镇", "城镇低保", "282", "141000", "丙镇", "农村低保", "40", "20000"),
			"2019年中秋节临时补贴统计表 | 1 | 甲街道 乙镇 丙镇 | "},
		{"a short row only where the run ends",
			top + cellLines("镇(街)", "类别", "人数", "金额",
				"甲街道", "城镇低保", "190", "95000", "乙镇", "城镇低保", "282", "141000", "合计", "472", "236000"),
			"2019年中秋节临时补贴统计表 | 1 | 甲街道 乙镇 合计 | "},
		{"no later row as wide as the head",
			top + cellLines("镇(街)", "类别", "人数", "金额",
				"甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000", "特困人员", "3", "1500"),
			"2019年中秋节临时补贴统计表 | 1 | 城镇低保 农村低保 特困人员 | "},
		{"a note in a cell",
			top + cellLines("镇(街)", "类别", "人数", "金额",
				"甲街道", "城镇低保", "190", "95000", "农村低保", "28", "按月发放,次月到账。",
				"乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000"),
			"2019年中秋节临时补贴统计表 | 0 | 镇(街) 农村低保 | ; - | 0 | 乙镇 农村低保 | "},
		{"cells with no blank line between",
			top + strings.Join([]string{"镇(街)", "类别", "人数", "金额",
				"甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000",
				"乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000"}, "\n") + "\n",
			"2019年中秋节临时补贴统计表 | 0 | 镇(街) 农村低保 乙镇 农村低保 | "},
	}
	checkGrids(t, tests, analyzed)
}

// TestMergedRowsKeepLines: a row of cells printed one a line keeps each
// cell's line in its text (a value found in a cell names the line it was
// printed on), not its first line for all.
func TestMergedRowsKeepLines(t *testing.T) {
	const top = "各镇(街)社会事务办:\n\n现将补贴统计表印发给你们。\n\n某区民政局\n\n2019年9月11日\n\n附件:\n\n2019年中秋节临时补贴统计表\n\n"
	d := Analyze(clean.Lines(top + cellLines("镇(街)", "类别", "人数", "金额",
		"甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000", "小计", "218", " ",
		"乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000")))
	if len(d.Blocks) == 0 || len(d.Blocks[0].Rows) < 2 {
		t.Fatalf("no grid read")
	}
	r := d.Blocks[0].Rows[1]
	l := r.Text.Lines()
	if l.First != r.Line || l.Last <= l.First {
		t.Errorf("row %v: text on lines %d-%d, want from %d over the lines of its cells", r.Cells, l.First, l.Last, r.Line)
	}
}

// TestMergedRowsGuards reads runs of cells with mergedRows alone, so that
// no other reader takes what it leaves: each run left is one grid of
// merged cells (the first row) broken in one way. " " is an empty cell.
func TestMergedRowsGuards(t *testing.T) {
	tests := []gridCase{ // want: each grid's head; its keys, or "not read"
		{"a merged cell over two rows",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000",
				"乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000"),
			"镇(街) 类别 人数 金额; 甲街道 农村低保 乙镇 农村低保"},
		// Not read.
		{"two cells with no blank line between",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "190\n95000", "农村低保", "28", "14000",
				"乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000"),
			"not read"},
		{"a sentence in a cell",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000",
				"乙镇", "城镇低保，按月发放。", "282", "141000", "农村低保", "40", "20000"),
			"not read"},
		{"rows opened by items' numbers",
			cellLines("镇(街)", "类别", "人数", "金额", "1.甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000",
				"2.乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000", "3.丙镇", "城镇低保", "30", "15000"),
			"not read"},
		{"no figure to open a row after",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "乙镇", "农村低保"),
			"not read"},
		{"a first row wider than the head",
			cellLines("镇(街)", "类别", "金额", "甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000",
				"小计", "218", "乙镇", "282", "141000"),
			"not read"},
		{"a figure in the head",
			cellLines("镇(街)", "类别", "2019", "190", "95000", "88", "农村低保", "28", "14000",
				"小计", "218", "乙镇", "282", "141000"),
			"not read"},
		{"an empty cell in the head",
			cellLines("镇(街)", "类别", " ", "190", "95000", "88", "农村低保", "28", "14000",
				"小计", "218", "乙镇", "282", "141000"),
			"not read"},
		{"no figure in the first row",
			cellLines("镇(街)", "类别", "人数", "甲街道", "城镇低保", " ", "农村低保", "28", "14000",
				"小计", "218", "乙镇", "282", "141000"),
			"not read"},
		{"the head printed again over no figure",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000",
				"乙镇", "城镇低保", "282", "141000", "镇(街)", "类别", "人数", "金额", "丙镇", "五老", " ",
				"丁镇", "五老", "2", "1000"),
			"not read"},
		{"a row wider than the head",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000", "5", "6",
				"小计", "218", "乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000"),
			"not read"},
		{"a row with no figure",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "190", "95000", "农村低保", "28", "14000",
				"五保", "老人", " ", "乙镇", "城镇低保", "282", "141000", "农村低保", "40", "20000"),
			"not read"},
		{"every row as wide as the head",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "190", "95000", "乙镇", "城镇低保", "282", "141000"),
			"not read"},
		{"the short row closed by an empty cell",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "190", "95000", "小计", "218", " ",
				"乙镇", "城镇低保", "282", "141000"),
			"not read"},
		{"a short row only where the run ends",
			cellLines("镇(街)", "类别", "人数", "金额", "甲街道", "城镇低保", "190", "95000", "乙镇", "城镇低保", "282", "141000",
				"合计", "472", "236000"),
			"not read"},
	}
	checkGrids(t, tests, func(text string) string {
		a, run := runAssembly(text)
		blks, _, ok := a.mergedRows(run)
		if !ok {
			return "not read"
		}
		var gs []string
		for _, b := range blks {
			var keys []string
			for _, r := range b.Rows[b.Header:] {
				keys = append(keys, r.Cells[0])
			}
			gs = append(gs, strings.Join(b.Rows[0].Cells, " ")+"; "+strings.Join(keys, " "))
		}
		return strings.Join(gs, " | ")
	})
}

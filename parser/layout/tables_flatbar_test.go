package layout

import (
	"strings"
	"testing"
)

// TestFlatBarGrid: a grid in bars run into one line after its title is
// read whole: its head the cells of words before the first figure but
// the first row's key, each row as wide, a key of words and figures. A
// cell of words among the figures, cells that fill no whole rows, one row
// alone, a head of one cell or none, a key with a figure or left empty, a
// first cell of no words or with words before the head that are no title,
// or no bars leave the line as it was read.
func TestFlatBarGrid(t *testing.T) {
	tests := []gridCase{
		{"an attachment's title before the head",
			"附件1: 2021年1月份补助金汇总表 乡镇 (街道) | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 4 | 4000 | 合计 | 5 | 5000 |",
			"2021年1月份补助金汇总表 / 乡镇(街道) 人数 金额 / 甲镇 乙镇 合计"},
		{"no title, the empty cells that close the line",
			"乡镇 (街道) | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 4 | 4000 | ||",
			" / 乡镇(街道) 人数 金额 / 甲镇 乙镇"},
		// Left as read.
		{"a cell of words among the figures", "乡镇 | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 待定 | 4000 |", "not read"},
		{"cells that fill no whole rows", "乡镇 | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 4 | 4000 | 丙镇 | 3 |", "not read"},
		{"words before the head that are no title",
			"附件:1.补助金汇总表 某县民政局 2021年1月11日 附件1: 补助金汇总表 乡镇 | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 4 | 4000 |", "not read"},
		{"one row alone", "乡镇 | 人数 | 金额 | 甲镇 | 1 | 1000 |", "not read"},
		{"a head of one cell", "乡镇 | 甲镇 | 1 | 乙镇 | 4 |", "not read"},
		{"a key alone before the figures", "乡镇 | 1 | 2 |", "not read"},
		{"a key with a figure", "乡镇 | 人数 | 金额 | 甲镇 | 1 | 1000 | 2号楼 | 4 | 4000 |", "not read"},
		{"a key left empty", "乡镇 | 人数 | 金额 | 甲镇 | 1 | 1000 | | 4 | 4000 |", "not read"},
		{"a first cell of no words", "2021 | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 4 | 4000 |", "not read"},
		{"no bars", "乡镇 人数 金额 甲镇 1 1000 乙镇 4 4000", "not read"},
	}
	checkGrids(t, tests, flatSummary(flatBarGrid))
}

// TestFlatSerialGrid: a grid in bars run into one line under a serial
// head is read whole: the head the cells before the first 1, the rows as
// wide, each opened by its number counting from 1; a title naming a table
// before the head is its title. No serial head, numbers that skip one,
// cells that fill no whole rows, one row alone, a head of one cell, or
// words before the head that name no table leave the line as read.
func TestFlatSerialGrid(t *testing.T) {
	tests := []gridCase{
		{"rows numbered from 1",
			"序号 | 审批地名 (汉语拼音) | 类别 | 1 | 甲路 Jiǎ Lù | 次干路 | 2 | 乙路 Yǐ Lù | 主干路 | ||",
			" / 序号 审批地名(汉语拼音) 类别 / 1 2"},
		{"a title before the head",
			"道路命名表 序号 | 地名 | 类别 | 1 | 甲路 | 次干路 | 2 | 乙路 | 主干路 |",
			"道路命名表 / 序号 地名 类别 / 1 2"},
		// Left as read.
		{"no serial head", "地名 | 类别 | 说明 | 1 | 甲路 | 次干路 | 2 | 乙路 | 主干路 |", "not read"},
		{"a number skipped", "序号 | 地名 | 类别 | 1 | 甲路 | 次干路 | 3 | 乙路 | 主干路 |", "not read"},
		{"cells that fill no whole rows", "序号 | 地名 | 类别 | 1 | 甲路 | 次干路 | 2 | 乙路 | 主干路 | 3 | 某桥 |", "not read"},
		{"one row alone", "序号 | 地名 | 类别 | 1 | 甲路 | 次干路 |", "not read"},
		{"a head of one cell", "序号 | 1 | 2 |", "not read"},
		{"words before the head that name no table",
			"某县地名管理服务中心 2025年1月2日 序号 | 地名 | 类别 | 1 | 甲路 | 次干路 | 2 | 乙路 | 主干路 |", "not read"},
	}
	checkGrids(t, tests, flatSummary(flatSerialGrid))
}

// TestFlatBarLines: a notice whose attachment's table ran into the line
// after its 落款 is read as that table, titled, and so is a grid under a
// serial head run into the line after it, its sentences cutting the line
// into parts; a line of text with bars in it stays text, and a line the
// decoder read as the page's chrome (a site's counter in bars) stays so.
func TestFlatBarLines(t *testing.T) {
	const notice = "为保障孤儿基本生活,经审核,决定下拨补助金。 附件:1.2021年1月份补助金汇总表 某县民政局 2021年1月11日 "
	tests := []gridCase{
		{"the attachment's table run into the line",
			notice + "附件1: 2021年1月份补助金汇总表 乡镇 (街道) | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 4 | 4000 | 合计 | 5 | 5000 |\n",
			"2021年1月份补助金汇总表 | 1 | 甲镇 乙镇 合计 | "},
		{"a serial grid run into the line, cut into parts at its sentences",
			"根据《地名管理条例》有关地名备案公告的规定,“甲路”等2处地名已经批准,现予以公告。 某县地名管理服务中心 2025年1月2日 " +
				"序号 | 审批地名 | 类别 | 基本概况 | 1 | 甲路 | 次干路 | 位于城东,路长约300米,路宽6米。 | " +
				"2 | 乙路 | 主干路 | 位于城南,路长2000米,宽8米,开建时间2000年5月。 |\n",
			"- | 1 | 1 2 | "},
		// Text.
		{"bars among words",
			notice + "附件1: 2021年1月份补助金汇总表 乡镇 (街道) | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 另行通知 | 4000 |\n",
			""},
		{"a site's counter in the page's chrome",
			notice + "\n\n主办:某市民政局 | 访问 | 累计 | 今日 | 12 | 3456 | 本月 | 3 | 45 |\n\n网站标识码:0000000000\n",
			""},
	}
	checkGrids(t, tests, analyzed)
}

// flatSummary sums up the grid read reads from a line: its title, its
// head and its rows' keys, each row with the text it stands at ("not
// read" where it reads none).
func flatSummary(read func(string) (flatGrid, bool)) func(string) string {
	return func(line string) string {
		g, ok := read(line)
		if !ok {
			return "not read"
		}
		var keys []string
		for _, r := range g.rows[1:] {
			keys = append(keys, r.cells[0])
		}
		return g.title + " / " + strings.Join(g.rows[0].cells, " ") + " / " + strings.Join(keys, " ")
	}
}

// TestFlatBarRowText: each row of a grid run into one line takes as its
// text the part of the line its own cells stand in, from its first cell's
// words to its last's, and the head its cells after the title: a value
// read in a cell names the row it was printed in, not the whole line. A
// line that holds no grid gives no rows.
func TestFlatBarRowText(t *testing.T) {
	tests := []gridCase{
		{"a title before the head",
			"附件1: 2021年1月份补助金汇总表 乡镇 (街道) | 人数 | 金额 | 甲镇 | 1 | 1000 | 乙镇 | 4 | 4000 |",
			"乡镇 (街道) | 人数 | 金额 / 甲镇 | 1 | 1000 / 乙镇 | 4 | 4000"},
		{"a serial grid, empty cells in and closing rows, and closing the line",
			"序号 | 地名 | 类别 | 1 | 甲路 |  | 2 |  | 主干路 | ||",
			"序号 | 地名 | 类别 / 1 | 甲路 / 2 |  | 主干路"},
		{"full-width bars",
			"乡镇｜人数｜金额｜甲镇｜1｜1000｜乙镇｜4｜4000｜",
			"乡镇｜人数｜金额 / 甲镇｜1｜1000 / 乙镇｜4｜4000"},
		// No grid, no rows.
		{"no bars", "乡镇 人数 金额 甲镇 1 1000 乙镇 4 4000", "not read"},
		{"cells that fill no whole rows", "序号 | 地名 | 类别 | 1 | 甲路 | 次干路 | 2 | 乙路 |", "not read"},
	}
	checkGrids(t, tests, func(line string) string {
		g, ok := flatBarGrid(line)
		if !ok {
			g, ok = flatSerialGrid(line)
		}
		if !ok {
			return "not read"
		}
		var texts []string
		for _, r := range g.rows {
			texts = append(texts, line[r.from:r.to])
		}
		return strings.Join(texts, " / ")
	})
}

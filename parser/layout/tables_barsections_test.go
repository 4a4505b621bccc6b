package layout

import (
	"strings"
	"testing"
)

// TestBarSections: the 主动公开 table of an annual report saved a cell a
// line, each cell closed by its bar, the rows' ends unmarked and their
// empty cells printed as lines of bars alone (||| after a caption, || after
// a row's figures): each section is a table titled by its caption, the
// bars alone no cells, and the remark over the grid the first table's
// note. The same cells with no bars read so too; a grid whose sections do
// not repeat their header is left to the other readers.
func TestBarSections(t *testing.T) {
	bars := func(cells ...string) string {
		var b strings.Builder
		for _, c := range cells {
			if strings.Trim(c, "|") != "" {
				c += " |"
			}
			b.WriteString(c + "\n")
		}
		return b.String()
	}
	tests := []gridCase{
		{"bars alone padding the rows, a remark over the grid",
			"(数据核定时间点为2022年12月31日)\n" + bars("第二十条第(一)项", "|||", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
				"规章", "0", "0", "0", "行政规范性文件", "0", "0", "0",
				"第二十条第(五)项", "|||", "信息内容", "本年处理决定数量", "||", "行政许可", "38", "||",
				"第二十条第(六)项", "|||", "信息内容", "本年处理决定数量", "||", "行政处罚", "0", "||", "行政强制", "0"),
			"第二十条第(一)项 | 1 | 规章 行政规范性文件 | (数据核定时间点为2022年12月31日); 第二十条第(五)项 | 1 | 行政许可 | ; 第二十条第(六)项 | 1 | 行政处罚 行政强制 | "},
		{"no remark over the grid",
			bars("第二十条第(一)项", "|||", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
				"规章", "0", "0", "0", "行政规范性文件", "0", "0", "0",
				"第二十条第(五)项", "|||", "信息内容", "本年处理决定数量", "||", "行政许可", "38"),
			"第二十条第(一)项 | 1 | 规章 行政规范性文件 | ; 第二十条第(五)项 | 1 | 行政许可 | "},
		// Left to the other readers.
		{"no header repeated under the captions",
			bars("第二十条第(一)项", "|||", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
				"规章", "0", "0", "0", "行政规范性文件", "0", "0", "0",
				"第二十条第(五)项", "|||", "事项", "本年处理决定数量", "||", "行政许可", "38"),
			"not read"},
	}
	checkGrids(t, tests, runRead((*assembly).cellSections, gridSummary))
}

// TestBarSectionCells: the cells of a run closed by bars, the bars alone
// left out and the lines over the first cell set apart; a run of cells
// with no bar, or one whose bars stop, is the run itself.
func TestBarSectionCells(t *testing.T) {
	tests := []gridCase{
		{"bars alone among the cells, a remark over them",
			"(数据核定时间点为2022年12月31日)\n第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n现行有效件数 |\n规章 |\n0 |\n0 |\n" +
				"第二十条第(五)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n38 |\n||\n",
			"第二十条第(一)项 | / 信息内容 | / 本年制发件数 | / 现行有效件数 | / 规章 | / 0 | / 0 | / " +
				"第二十条第(五)项 | / 信息内容 | / 本年处理决定数量 | / 行政许可 | / 38 |; over (数据核定时间点为2022年12月31日)"},
		{"cells closed by bars alone",
			"第二十条第(一)项 |\n信息内容 |\n本年处理决定数量 |\n行政许可 |\n38 |\n",
			"第二十条第(一)项 | / 信息内容 | / 本年处理决定数量 | / 行政许可 | / 38 |; over "},
		// The run itself.
		{"cells with no bar",
			"第二十条第(一)项\n信息内容\n本年处理决定数量\n行政许可\n38\n",
			"第二十条第(一)项 / 信息内容 / 本年处理决定数量 / 行政许可 / 38; over "},
		{"a cell with no bar after the bars",
			"第二十条第(一)项 |\n|||\n信息内容 |\n本年处理决定数量\n行政许可 |\n38 |\n",
			"第二十条第(一)项 | / ||| / 信息内容 | / 本年处理决定数量 / 行政许可 | / 38 |; over "},
	}
	checkGrids(t, tests, func(text string) string {
		a, run := runAssembly(text)
		cells, over := a.barSectionCells(run)
		texts := func(idx []int) string {
			var ts []string
			for _, i := range idx {
				ts = append(ts, strings.TrimSpace(a.d.Lines[i].Text))
			}
			return strings.Join(ts, " / ")
		}
		return texts(cells) + "; over " + texts(over)
	})
}

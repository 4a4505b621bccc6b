package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/span"
)

// barCells prints cells one a line, each closed by a bar, no row's end
// marked: the copy runs them into one bar row.
func barCells(cells ...string) string { return strings.Join(cells, " |\n") + " |\n" }

// TestRunTogetherRows63: a web copy that printed a grid's cells one a line
// with no row's end marked runs its header and rows into one bar row; the
// grid's own stride (keys numbered 一、 二、 …, or a key after each row's
// figures, the header as wide as a row) parts it into rows again, and the
// caption cell over it is its title. A bar row with no such stride, or a
// header of another width than its rows, is left as it is.
func TestRunTogetherRows63(t *testing.T) {
	const caption = "各乡镇财政所、社会事务办公室:\n经研究,拨付2022年8月份城镇低保资金共计109.90万元。\n" +
		"附件:2022年8月份城镇低保资金汇总表\n某县财政局 某县民政局\n2022年8月25日\n" +
		"附件:\n某县2022年8月份城镇低保资金汇总表 |\n||||\n"
	tests := []struct{ name, text, grids string }{
		{"rows opened by a key after the figures",
			caption + barCells("乡镇", "户数", "人数", "金额",
				"甲镇", "78", "94", "36284", "乙镇", "70", "100", "38600", "丙镇", "9", "10", "3860"),
			"某县2022年8月份城镇低保资金汇总表 | 1 | 甲镇 乙镇 丙镇 | "},
		{"rows opened by keys numbered 一、 二、 三、",
			caption + barCells("项目名称", "计量单位", "收费标准", "服务内容",
				"一、遗体洁身", "元/具", "95", "对遗体进行清洁处理", "二、遗体更衣", "元/具", "170", "为遗体更换衣物",
				"三、遗体化妆", "元/具", "120", "对遗体容貌进行修饰"),
			"某县2022年8月份城镇低保资金汇总表 | 1 | 一、遗体洁身 二、遗体更衣 三、遗体化妆 | "},
		{"the last row cut short",
			caption + barCells("乡镇", "户数", "人数", "金额",
				"甲镇", "78", "94", "36284", "乙镇", "70", "100", "38600", "丙镇", "9"),
			"某县2022年8月份城镇低保资金汇总表 | 1 | 甲镇 乙镇 丙镇 | "},
		{"the page cut off in the next row, no bar after it",
			caption + barCells("项目名称", "计量单位", "收费标准", "服务内容",
				"一、遗体洁身", "元/具", "95", "对遗体进行清洁处理", "二、遗体更衣", "元/具", "170", "为遗体更换衣物") +
				"三、礼厅租用[提供哀悼",
			"某县2022年8月份城镇低保资金汇总表 | 1 | 一、遗体洁身 二、遗体更衣 三、礼厅租用[提供哀悼 | "},
		// Not split: no stride, or a header of another width.
		{"rows of another width than the header",
			caption + barCells("乡镇", "户数", "人数", "金额", "备注",
				"甲镇", "78", "94", "36284", "乙镇", "70", "100", "38600", "丙镇", "9", "10", "3860"),
			"- | 1 | 乡镇 | "},
		{"rows of uneven widths, no stride",
			caption + barCells("乡镇", "户数", "人数", "金额",
				"甲镇", "78", "94", "36284", "乙镇", "70", "丙镇", "9", "10", "3860", "丁镇", "5", "6"),
			"- | 1 | 乡镇 | "},
		{"a pipe grid a row a line is read as before",
			"某县低保资金表\n| 乡镇 | 户数 | 金额 |\n| 甲镇 | 78 | 36284 |\n| 乙镇 | 70 | 38600 |\n",
			"某县低保资金表 | 1 | 甲镇 乙镇 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

// TestRunTogetherStride63 checks the stride a run-together row gives on
// its cells alone, and that no row other than a single one is split.
func TestRunTogetherStride63(t *testing.T) {
	tests := []struct {
		name  string
		rows  [][]string
		width int // cells of the header; 0: not split
	}{
		{"figures", [][]string{{"区", "人数", "甲区", "3", "乙区", "4", "丙区", "5"}}, 2},
		{"enumerated keys", [][]string{{"项目", "单位", "价格", "1.火化", "元", "380", "2.接运", "元", "200"}}, 3},
		// Not split.
		{"two rows already", [][]string{{"区", "人数"}, {"甲区", "3", "乙区", "4", "丙区", "5"}}, 0},
		{"one row of data", [][]string{{"甲区", "3", "4", "5"}}, 0},
		{"keys counted out of sequence", [][]string{{"项目", "单位", "1.火化", "元", "3.接运", "元"}}, 0},
		{"a header wider than the rows", [][]string{{"区", "人数", "备注", "甲区", "3", "乙区", "4", "丙区", "5"}}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rows []Row
			for _, c := range tc.rows {
				rows = append(rows, Row{Cells: c, Text: spanPlainBar(c)})
			}
			out, ok := runTogetherRows(rows, 0)
			got := 0
			if ok {
				got = len(out[0].Cells)
			}
			if got != tc.width {
				t.Errorf("header width %d, want %d (%v)", got, tc.width, out)
			}
		})
	}
}

// spanPlainBar is cells as the text of one bar row.
func spanPlainBar(cells []string) span.Text {
	return span.Plain("| "+strings.Join(cells, " | ")+" |", 1)
}

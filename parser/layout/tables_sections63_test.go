package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestCellSections63: the 主动公开 table of a 政府信息公开工作年度报告,
// printed one cell a line, holds sections each under a caption cell and a
// header opening with the same cell (第二十条第(一)项 / 信息内容 / …): each
// section is a table titled by its caption, its rows a key and as many
// figures as its header has cells past the first; a last section cut off
// before its figures keeps its keys as rows under a head of measures
// (cutSection), else is text. Cells with no repeated header, or a section
// whose rows do not fit its header, are read as before.
func TestCellSections63(t *testing.T) {
	const report = "某县民政局2021年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度依法公开各类信息。\n\n二、主动公开政府信息情况\n\n"
	tests := []struct{ name, text, grids string }{
		{"sections under captions, a header repeated",
			report + cellLines("第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
				"规章", "0", "0", "0", "行政规范性文件", "1", "0", "3",
				"第二十条第(五)项", "信息内容", "本年处理决定数量", "行政许可", "12",
				"第二十条第(六)项", "信息内容", "本年处理决定数量", "行政处罚", "2", "行政强制", "0"),
			"第二十条第(一)项 | 1 | 规章 行政规范性文件 | ; 第二十条第(五)项 | 1 | 行政许可 | ; 第二十条第(六)项 | 1 | 行政处罚 行政强制 | "},
		{"the last section cut off before its figures",
			report + cellLines("第二十条第(一)项", "信息内容", "本年制发件数", "现行有效件数",
				"规章", "0", "0", "行政规范性文件", "1", "3",
				"第二十条第(五)项", "信息内容", "本年处理决定数量", "行政许可", "12",
				"第二十条第(八)项", "信息内容", "本年收费金额", "行政事业性收费"),
			"第二十条第(一)项 | 1 | 规章 行政规范性文件 | ; 第二十条第(五)项 | 1 | 行政许可 | ; 第二十条第(八)项 | 1 | 行政事业性收费 | "},
		{"the last section cut off, its head naming no measure",
			report + cellLines("第二十条第(一)项", "信息内容", "本年制发件数", "现行有效件数",
				"规章", "0", "0", "行政规范性文件", "1", "3",
				"第二十条第(五)项", "信息内容", "本年处理决定数量", "行政许可", "12",
				"第二十条第(八)项", "信息内容", "收费项目", "行政事业性收费"),
			"第二十条第(一)项 | 1 | 规章 行政规范性文件 | ; 第二十条第(五)项 | 1 | 行政许可 | "},
		// Read as before: no header repeated, or rows that do not fit.
		{"one section alone",
			report + cellLines("第二十条第(一)项", "信息内容", "本年制发件数", "现行有效件数",
				"规章", "0", "0", "行政规范性文件", "1", "3"),
			"主动公开政府信息情况 | 0 | 第二十条第(一)项 行政规范性文件 | "},
		{"a section whose rows do not fit its header",
			report + cellLines("第二十条第(一)项", "信息内容", "本年制发件数", "现行有效件数",
				"规章", "0", "0", "行政规范性文件", "1",
				"第二十条第(五)项", "信息内容", "本年处理决定数量", "行政许可", "12"),
			"主动公开政府信息情况 | 1 | 0 行政规范性文件 第二十条第(五)项 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.grids {
				t.Errorf("tables\n got %q\nwant %q", got, tc.grids)
			}
		})
	}
}

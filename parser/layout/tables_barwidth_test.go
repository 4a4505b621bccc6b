package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestJoinBarHead: bar-closed cells read as the attachment's, and the
// title over them, join the grid under them, its bare bars with them; a
// sentence or a label over the cells, a line of text among them, no cell
// between or a run that opens with no bar-closed cell keeps the runs as
// read.
func TestJoinBarHead(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // role letter | text
		want  string   // the runs, their line numbers
	}{
		{"head and first row read as the attachment",
			[]string{"a|某局2015年工作完成情况公示", "a|考核指标 |", "a|计量单位 |", "a|新增床位100张 |", "c||", "t|张 |", "t|100 |", "c||", "t|元 |"},
			"1 2 3 4 5 6 7 8 9"},
		{"a body line over the cells",
			[]string{"b|某县低保资金发放表", "b|镇名 |", "b|人数 |", "t|东镇 |", "t|12 |"},
			"1 2 3 4 5"},
		// Kept as read.
		{"a sentence over the cells",
			[]string{"b|现将完成情况公示如下。", "a|考核指标 |", "a|计量单位 |", "t|新增床位100张 |", "t|张 |"},
			"4 5"},
		{"a label over the cells",
			[]string{"a|单位:元", "a|考核指标 |", "a|计量单位 |", "t|新增床位100张 |", "t|张 |"},
			"4 5"},
		{"a heading over the cells",
			[]string{"h|一、完成情况", "a|考核指标 |", "a|计量单位 |", "t|新增床位100张 |", "t|张 |"},
			"4 5"},
		{"no cell between",
			[]string{"a|某局工作完成情况公示", "t|考核指标 |", "t|计量单位 |"},
			"2 3"},
		{"the run opens with no bar-closed cell",
			[]string{"a|某局工作完成情况公示", "a|考核指标 |", "t|计量单位", "t|张 |"},
			"3 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkJoinedRuns(t, tc.lines, tc.want, (*assembly).joinBarHead)
		})
	}
}

// TestBarWidthRows: a grid saved one cell a line that prints its empty
// cells as bare bars is cut at the head's count, a bare bar an empty cell;
// where the cells fill no whole rows, a row holds no figure, no bare bar
// is printed or the head is one cell, the rule takes nothing (a section's
// row of empty cells right under the head: TestBarOpened67b).
func TestBarWidthRows(t *testing.T) {
	intro := []string{"2015年,某局承担的项目共4项,现将完成情况予以公示。", "某市民政局", "2015年12月8日"}
	tests := []struct {
		name  string
		lines []string // the grid's lines, its title first
		want  string   // the rows' keys, the header's first; "" where it takes nothing
	}{
		{"row-spanned cells printed once, their slots bare bars",
			[]string{"某局2015年工作完成情况公示", "考核指标 |", "计量单位 |", "工作目标 |", "已完成数 |",
				"新增床位100张 |", "张 |", "敬老院新增床位60张 |", "60 |",
				"张 |", "福利院新增床位40张 |", "40 |", "|",
				"城乡低保 |", "元 |", "月人均不低于330元 |", "332.5 |",
				"元 |", "农村低保月人均不低于171元 |", "171 |", "|",
				"居家养老服务中心 |", "个 |", "建设40个 |", "40 |"},
			"考核指标 新增床位100张 张 城乡低保 元 居家养老服务中心"},
		{"an empty cell inside a row",
			[]string{"某县救助情况表", "镇名 |", "户数 |", "人数 |",
				"东镇1组 |", "|", "12 |",
				"西镇2组 |", "3 |", "7 |",
				"南镇3组 |", "5 |", "|"},
			"镇名 东镇1组 西镇2组 南镇3组"},
		// The rule must not fire.
		{"cells that fill no whole rows",
			[]string{"某局工作完成情况公示", "考核指标 |", "计量单位 |", "工作目标 |",
				"新增床位100张 |", "|", "100 |", "张 |",
				"城乡低保 |", "元 |", "332.5 |", "元 |"},
			""},
		{"no bare bar: the empty cells print no line",
			[]string{"某局工作完成情况公示", "考核指标 |", "计量单位 |",
				"新增床位100张 |", "张 |", "床位60张 |", "60 |"},
			""},
		{"a row with no figure",
			[]string{"某县联系人表", "镇名 |", "联系人 |",
				"东镇1组 |", "|", "西镇 |", "张三 |", "|", "北镇 |"},
			""},
		{"a head of one cell",
			[]string{"某县救助情况表", "镇名 |", "东镇1组 |", "|", "西镇2组 |", "南镇 |", "|"},
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := cue.NewDoc(units(clean.Lines(strings.Join(append(append([]string(nil), intro...), tc.lines...), "\n") + "\n")))
			if len(d.Lines) != len(intro)+len(tc.lines) {
				t.Fatalf("%d lines, want %d: the grid's lines were joined", len(d.Lines), len(intro)+len(tc.lines))
			}
			roles := make([]cue.Role, len(d.Lines))
			var run []int
			for k := range roles {
				roles[k] = cue.Body
				if k >= len(intro) {
					roles[k] = cue.Table
					run = append(run, k)
				}
			}
			a := &assembly{d: d, roles: roles, doc: &Document{Lines: make([]Labelled, len(roles))}}
			got := ""
			if a.barWidthRows(run) {
				var keys []string
				for _, r := range a.doc.Blocks[0].Rows {
					keys = append(keys, r.Cells[0])
				}
				got = strings.Join(keys, " ")
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

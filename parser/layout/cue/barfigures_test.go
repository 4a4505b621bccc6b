package cue

import (
	"strings"
	"testing"
)

// matchAt matches the cue c on the line of lines marked with a leading
// ">" (blank strings are blank lines, no lines of the Doc).
func matchAt(c Cue, lines []string) (bool, string) {
	var in []string
	at := -1
	for _, l := range lines {
		if strings.HasPrefix(l, ">") {
			l = l[1:]
			at = len(in)
		}
		in = append(in, l)
	}
	d := docOf(in...)
	i := at
	for _, l := range in[:at] {
		if strings.TrimSpace(l) == "" {
			i--
		}
	}
	got := c.Match(d, i)
	if n := c.Needs(); n != nil && !containsAny(d.Lines[i].Sq, n) {
		got = false
	}
	return got, d.Lines[i].Text
}

// TestFigureBarRow: a row of a grid in bars that holds figures is a row,
// whatever enumerator opens its first cell; a line of bars alone, a row of
// words, a row with one figure, or a heading above the grid is not one.
func TestFigureBarRow(t *testing.T) {
	tests := []struct {
		lines []string
		want  bool
	}{
		{[]string{"项目 | 甲县 | 乙县 |", ">一、本年受理申请数 | 12 | 7 |", "二、上年结转申请数 | 3 | 0 |"}, true},
		{[]string{"项目 | 甲县 | 乙县 |", "一、本年受理申请数 | 12 | 7 |", ">(二)部分办结 | 4 | 1 |"}, true},
		{[]string{"| 项目 | 人数 | 金额 |", ">| 第一批 | 25 | 3,600 |", "| 第二批 | 18 | 2,400 |"}, true},
		{[]string{"类别 | 户数 | 人数", ">三、本年办理结果 | (一)同意 | 5 | 6 ||", "(二)不同意 | 1 | 0 ||"}, true},
		// Not rows of figures.
		{[]string{"项目 | 甲县 | 乙县 |", ">一、本年受理申请数 | 12 | |", "二、上年结转申请数 | 3 | |"}, false},
		{[]string{"项目 | 甲县 | 乙县 |", ">申请人 | 自然人 | 法人 |", "一、本年受理申请数 | 12 | 7 |"}, false},
		{[]string{"各项工作进展顺利。", ">一、2024年工作情况 | 2025年计划", "全年完成投资12亿元。"}, false},
		{[]string{">第一部分 | 12 | 7 |", "", "全年完成投资12亿元，同比增长7%。"}, false},
	}
	for _, tc := range tests {
		if got, line := matchAt(figureBarRow{}, tc.lines); got != tc.want {
			t.Errorf("figure-bar-row on %q = %v, want %v", line, got, tc.want)
		}
	}
}

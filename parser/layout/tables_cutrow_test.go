package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestJoinCutRow: the line a page ends on joins the grid above it where
// it opens with the enumerator after the rows' last, or the first under a
// grid of no figure (its head, its rows cut off); text after it, an
// enumerator out of count or of another kind, a sentence or a line that
// is its enumerator alone keeps it apart.
func TestJoinCutRow(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // role letter | text
		want  string   // the runs, their line numbers
	}{
		{"the next row cut off",
			[]string{"t|四、遗体包裹 |", "t|元/具 |", "t|115 |", "t|五、协助尸检 |", "t|元/具 |", "t|150 |", "a|六、礼厅租用[提供哀悼、祭奠"},
			"1 2 3 4 5 6 7"},
		{"chrome after it",
			[]string{"t|1. 火化费", "t|元/具", "t|120", "t|2. 接运费", "t|元/具", "t|100", "a|3. 骨灰寄存费", "c|扫一扫在手机上查看当前页面"},
			"1 2 3 4 5 6 7"},
		{"the first row under a head of no figure",
			[]string{"t|(本列数据的勾稽关系) | 申请人情况 | ||", "t|自然人 | 法人或其他组织 | 总计 |", "t|商业 企业 | 科研 机构 | 其他 |", "h|一、本年新收政府信息"},
			"1 2 3 4"},
		// Kept apart.
		{"the first count under a grid of figures",
			[]string{"t|申请人 | 数量 |", "t|自然人 | 5 |", "h|一、本年新收政府信息"},
			"1 2"},
		{"a count not the first under a head of no figure",
			[]string{"t|申请人情况 | ||", "t|自然人 | 法人或其他组织 |", "h|二、上年结转政府信息"},
			"1 2"},
		{"text after it",
			[]string{"t|四、遗体包裹 |", "t|115 |", "t|五、协助尸检 |", "t|150 |", "b|六、本通知自发布之日起执行", "b|某县民政局"},
			"1 2 3 4"},
		{"an enumerator out of count",
			[]string{"t|四、遗体包裹 |", "t|115 |", "t|五、协助尸检 |", "t|150 |", "b|七、礼厅租用"},
			"1 2 3 4"},
		{"an enumerator of another kind",
			[]string{"t|四、遗体包裹 |", "t|115 |", "t|五、协助尸检 |", "t|150 |", "b|(六)礼厅租用"},
			"1 2 3 4"},
		{"a sentence",
			[]string{"t|四、遗体包裹 |", "t|115 |", "t|五、协助尸检 |", "t|150 |", "b|六、本标准自发布之日起执行。"},
			"1 2 3 4"},
		{"no enumerator in the rows",
			[]string{"t|遗体包裹 |", "t|115 |", "t|协助尸检 |", "t|150 |", "a|一、礼厅租用"},
			"1 2 3 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkJoinedRuns(t, tc.lines, tc.want, (*assembly).joinCutRow)
		})
	}
}

// TestCutHead: a grid of no figure over the row a copy cut off is all
// head, the cut row its one data row; a grid with a figure, a cut row that
// is not the last, or no cut row keeps its header.
func TestCutHead(t *testing.T) {
	row := func(line int, cells ...string) Row { return Row{Cells: cells, Line: line} }
	head := []Row{row(1, "(本列数据的勾稽关系)", "申请人情况"), row(2, "自然人", "法人或其他组织", "总计"), row(3, "商业企业", "科研机构", "其他")}
	tests := []struct {
		name   string
		rows   []Row
		cutRow int
		want   int
	}{
		{"a head over the cut row", append(head[:3:3], row(4, "一、本年新收政府信息")), 4, 3},
		{"two head rows", []Row{head[0], head[1], row(4, "一、本年新收政府信息")}, 4, 2},
		// Kept.
		{"a figure in the grid", []Row{head[0], row(2, "自然人", "5"), row(4, "一、本年新收政府信息")}, 4, 1},
		{"no cut row", append(head[:3:3], row(4, "一、本年新收政府信息")), 0, 1},
		{"the cut row not the last", []Row{head[0], row(4, "一、本年新收政府信息"), head[1]}, 4, 1},
	}
	for _, tc := range tests {
		if got := cutHead(tc.rows, 1, tc.cutRow); got != tc.want {
			t.Errorf("%s: cutHead = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestCutRowNoItem: the row a copy cut off under a page's last grid is
// joined to it before the text's parts are read, so it heads no part; a
// heading with text after it heads its part as before.
func TestCutRowNoItem(t *testing.T) {
	const top = "一、总体情况\n2022年,区民政局收到公开政府信息申请9条。\n二、收到和处理政府信息公开申请情况\n" +
		"(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n" +
		"自然人 | 法人或其他组织 | 总计 | |||||||\n" +
		"商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
	tests := []struct {
		name, text string
		want       string // the items' titles
	}{
		{"the first row cut off", top + "一、本年新收政府信息\n", "总体情况|收到和处理政府信息公开申请情况"},
		// As read.
		{"a heading with text after it", top + "三、行政复议情况\n全年行政复议案件1起,结果维持。\n", "总体情况|收到和处理政府信息公开申请情况|行政复议情况"},
	}
	for _, tc := range tests {
		var got []string
		for _, it := range Analyze(clean.Lines(tc.text)).Items {
			if it.Title != nil {
				got = append(got, it.Title.Value)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: items %q, want %q", tc.name, got, tc.want)
		}
	}
}

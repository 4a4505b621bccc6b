package clean

import (
	"reflect"
	"testing"
)

func TestJoinSoftBreaks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a paragraph wrapped at a space", "5月7日上午，某县民政局局长\n张某某一行来到敬老院", []string{"5月7日上午，某县民政局局长张某某一行来到敬老院"}},
		{"a space kept beside a figure", "全县共发放救助金 2024\n年 5 月", []string{"全县共发放救助金 2024 年 5 月"}},
		{"Latin words join with a space", "排查设备运行情况\nand 各类隐患", []string{"排查设备运行情况 and 各类隐患"}},
		{"three lines of one paragraph", "甲乙\n丙丁\n戊", []string{"甲乙丙丁戊"}},
		{"a backslash ends in a hard break", "某县民政局\\\n2024年5月7日", []string{"某县民政局", "2024年5月7日"}},
		// Not one paragraph: blocks of their own.
		{"a blank line parts paragraphs", "第一段\n\n第二段", []string{"第一段", "", "第二段"}},
		{"a heading stands apart", "## 一、工作目标\n全面落实救助政策", []string{"一、工作目标", "全面落实救助政策"}},
		{"a list item stands apart", "相关链接\n- 某省民政厅", []string{"相关链接", "某省民政厅"}},
		{"grid rows stand apart", "| 单位 | 人数 |\n| 某镇 | 12 |", []string{"| 单位 | 人数 |", "| 某镇 | 12 |"}},
		{"a rule stands apart", "正文\n---\n落款", []string{"正文", "", "落款"}},
		{"two spaces end in a hard break", "某县民政局  \n2024年5月7日", []string{"某县民政局", "2024年5月7日"}},
		{"a heading after text stands apart", "全面落实救助政策\n## 二、工作措施", []string{"全面落实救助政策", "二、工作措施"}},
		{"tab-separated rows stand apart", "单位\t人数\n某镇\t12", []string{"单位\t人数", "某镇\t12"}},
		{"text before a grid row", "各镇人数如下\n| 某镇 | 12 |", []string{"各镇人数如下", "| 某镇 | 12 |"}},
		{"a grid row before text", "| 某镇 | 12 |\n合计人数如上", []string{"| 某镇 | 12 |", "合计人数如上"}},
		{"a tab-separated row before text", "某镇\t12\n合计人数如上", []string{"某镇\t12", "合计人数如上"}},
		{"text before a tab-separated row", "各镇人数如下\n某镇\t12", []string{"各镇人数如下", "某镇\t12"}},
		{"blocks a page's tags set apart on one line stay apart", "单位：某县民政局<br/>电话：1234567", []string{"单位：某县民政局", "电话：1234567"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range JoinSoftBreaks(Lines(tc.in)) {
				got = append(got, l.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestJoinSoftBreaksKeepsFirstLineNumber(t *testing.T) {
	got := JoinSoftBreaks(Lines("标题\n\n甲乙\n丙丁\n\n戊"))
	var nums []int
	for _, l := range got {
		nums = append(nums, l.Num)
	}
	if want := []int{1, 2, 3, 5, 6}; !reflect.DeepEqual(nums, want) {
		t.Errorf("line numbers %v, want %v", nums, want)
	}
}

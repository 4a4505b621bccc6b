package clean

import (
	"fmt"
	"strings"
	"testing"
)

// numbered is each line Lines reads from in that is not blank, as
// "number:text", one a line.
func numbered(in string) string {
	var got []string
	for _, l := range Lines(in) {
		if !l.Blank() {
			got = append(got, fmt.Sprintf("%d:%s", l.Num, l.Text))
		}
	}
	return strings.Join(got, "\n")
}

// TestBrokenRows: a pipe grid whose cells a converter put on lines of
// their own is read as one pipe line a row, whichever side of the cell
// its pipe stands; prose, whole pipe rows and a site's lone links stay
// line for line.
func TestBrokenRows(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"pipe after each cell, a lone pipe closes the row",
			"二、收支情况\n项目 |\n上年数 |\n本年数 |\n|\n救助 |\n12 |\n15 |\n|\n补贴 |\n3 |\n4 |\n|\n三、其他\n",
			"1:二、收支情况\n2:| 项目 | 上年数 | 本年数 |\n6:| 救助 | 12 | 15 |\n10:| 补贴 | 3 | 4 |\n14:三、其他"},
		{"pipe on the line under each cell, a spanning cell's pipes",
			"| 第五项\n|\n|||\n| 内容\n|\n件数\n|\n|\n| 许可\n|\n7\n|\n|\n| 处罚\n|\n0\n|\n|\n下一段文字。\n",
			"1:| 第五项 | |\n4:| 内容 | 件数 |\n9:| 许可 | 7 |\n14:| 处罚 | 0 |\n19:下一段文字。"},
		{"each row opened by a lone pipe, cells indented, blank lines between",
			"| \n    类别  |\n   \n    数量  |\n  \n| \n    床位  |\n   \n    120  |\n  \n| \n    护理型床位  |\n   \n    60  |\n",
			"2:| 类别 | 数量 |\n7:| 床位 | 120 |\n12:| 护理型床位 | 60 |"},
		{"a cell wrapped over two lines is one cell",
			"| 类别\n|\n本年新制作\n数量\n|\n本年新公开数量 |\n|\n| 规章 |\n0 |\n0 |\n|\n| 文件 |\n3 |\n",
			"1:| 类别 | 本年新制作数量 | 本年新公开数量 |\n8:| 规章 | 0 | 0 |\n12:| 文件 | 3 | |"},
		{"sections of their own widths under their captions",
			"第一部分 |\n||||\n事项 |\n新增 |\n总数 |\n|\n规章 |\n0 |\n2 |\n|\n第二部分 |\n|||\n事项 |\n金额 |\n||\n采购 |\n5万元 |\n||\n",
			"1:| 第一部分 | | |\n3:| 事项 | 新增 | 总数 |\n7:| 规章 | 0 | 2 |\n11:| 第二部分 | |\n13:| 事项 | 金额 |\n16:| 采购 | 5万元 |"},
		// Negative: not broken rows.
		{"a whole pipe table stays as it is",
			"| 区县 | 户数 |\n| --- | --- |\n| 甲县 | 12 |\n| 乙县 | 9 |\n",
			"1:| 区县 | 户数 |\n2:| --- | --- |\n3:| 甲县 | 12 |\n4:| 乙县 | 9 |"},
		{"a site's links each with a pipe give one row: left alone",
			"首页 |\n新闻中心 |\n政务公开\n正文第一段。\n",
			"1:首页 |\n2:新闻中心 |\n3:政务公开\n4:正文第一段。"},
		{"prose before a lone pipe is no cell of it",
			"现将有关情况报告如下。\n|\n正文。\n",
			"1:现将有关情况报告如下。\n2:|\n3:正文。"},
		{"cells a line with no row's end marked: rows of uneven width, left alone",
			"指标 |\n单位 |\n数量 |\n一、综合 |\n|\n乡镇 |\n个 |\n77 |\n村 |\n个 |\n43 |\n",
			"1:指标 |\n2:单位 |\n3:数量 |\n4:一、综合 |\n5:|\n6:乡镇 |\n7:个 |\n8:77 |\n9:村 |\n10:个 |\n11:43 |"},
		{"a site's bar of links and its fields, each closed by a bar: no grid of counts",
			"首页 |\n新闻中心 |\n|\n某县民政局开展慰问活动 |\n时间:2020-07-23 来源:某县民政局 |\n|\n正文。\n",
			"1:首页 |\n2:新闻中心 |\n3:|\n4:某县民政局开展慰问活动 |\n5:时间:2020-07-23 来源:某县民政局 |\n6:|\n7:正文。"},
		{"sentences each closed by a bar: no grid",
			"会议指出： |\n一要提高站位； |\n|\n会议要求， |\n12月底前全部验收。 |\n",
			"1:会议指出： |\n2:一要提高站位； |\n3:|\n4:会议要求， |\n5:12月底前全部验收。 |"},
		{"prose between a cell and a lone pipe is no cell",
			"| 类别\n|\n数量 |\n|\n| 规章\n|\n0 |\n|\n| 文件\n会议要求各单位抓好落实。\n|\n",
			"1:| 类别 | 数量 |\n5:| 规章 | 0 |\n9:| 文件 |\n10:会议要求各单位抓好落实。\n11:|"},
		{"one cell a row gives no grid",
			"| 甲\n|\n|\n| 乙\n|\n",
			"1:| 甲\n2:|\n3:|\n4:| 乙\n5:|"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if g := numbered(tc.in); g != tc.want {
				t.Errorf("\n got %s\nwant %s", g, tc.want)
			}
		})
	}
}

// BenchmarkBrokenRowsLongStretch: a cell's pipe and a lone pipe with a
// long stretch of bare lines between them, each line of which once read
// the whole stretch again.
func BenchmarkBrokenRowsLongStretch(b *testing.B) {
	text := "| 类别\n" + strings.Repeat("某某某某\n", 5000) + "|\n"
	for b.Loop() {
		Lines(text)
	}
}

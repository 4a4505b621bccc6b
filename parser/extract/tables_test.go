package extract

import (
	"fmt"

	"bulletin/parser/chrono"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout"
	"bulletin/schema"
)

func TestTypedCells(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"55", "55 number"}, {"2,252", "2252 number"}, {"7885", "7885 number"}, {"0", "0 number"},
		{"12.73%", "12.73 percent"}, {"100%", "100 percent"}, {"0%", "0 percent"}, {"41.4%", "41.4 percent"},
		{"-3", "-3 number"}, {"3.5", "3.5 number"},
		// Text stays text, empty cells are null.
		{"平顶山市", "平顶山市 text"}, {"试点地区覆盖", "试点地区覆盖 text"}, {"90%以上老年人", "90%以上老年人 text"},
		{"第一组", "第一组 text"}, {"", "<nil> "}, {"55%以上", "55%以上 text"}, {"1.2.3", "1.2.3 text"},
		{"12%%", "12%% text"}, {"约50", "约50 text"}, {"50人", "50人 text"},
		// Dates are dates, whole cells only.
		{"2019.06", "2019-06 date"}, {"2021年3月5日", "2021-03-05 date"}, {"2020.12.31", "2020-12-31 date"},
		{"6月3日", "2025-06-03 date"}, {"2019.55", "2019.55 number"}, {"1985.5", "1985-05 date"}, {"2021年3月5日前完成", "2021年3月5日前完成 text"},
		{"2021", "2021 number"},
		// A leading zero makes a code or a telephone number: its digits are
		// kept as printed; a decimal or a bare zero is still a number.
		{"02353250466", "02353250466 text"}, {"007", "007 text"}, {"0.5", "0.5 number"},
	}
	for _, tc := range tests {
		v, kind := typed(tc.in, chrono.Ref{Year: 2025, Month: 6, Day: 3})
		if got := fmt.Sprintf("%v %s", v, kind); got != tc.want {
			t.Errorf("typed(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// grid lays out a tab-separated table as the layout stage does.
func grid(t *testing.T, text string) []layout.Block {
	return layout.Analyze(clean.Lines(text)).Blocks
}

func TestTables(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // title | column paths | rows
	}{
		{"merged two-row header",
			"平顶山市养老服务重点任务清单\n\n单位\t街道综合养老中心\t\t\t社区养老服务设施\t\n\t目标数\t完成数\t占比\t目标数\t完成数\n平顶山市\t55\t7\t12.73%\t234\t140\n舞钢市\t6\t0\t0%\t29\t8\n",
			"平顶山市养老服务重点任务清单 | 单位:text 街道综合养老中心/目标数:number 街道综合养老中心/完成数:number 街道综合养老中心/占比:percent 社区养老服务设施/目标数:number 社区养老服务设施/完成数:number | [平顶山市 55 7 12.73 234 140] [舞钢市 6 0 0 29 8]"},
		{"one header row, text cells, empty cells kept",
			"**分包安排表**\n\n组别\t职务及姓名\t分包县\t备注\n第一组\t市民政局副局长 李自钦\t宝丰县\t\n第二组\t市民政局四级调研员 张国全\t舞钢市\t\n",
			"分包安排表 | 组别:text 职务及姓名:text 分包县:text 备注:empty | [第一组 市民政局副局长李自钦 宝丰县 <nil>] [第二组 市民政局四级调研员张国全 舞钢市 <nil>]"},
		{"markdown table",
			"各县完成情况\n\n| 县 | 户数 | 完成率 |\n|---|---|---|\n| 西峡县 | 120 | 80% |\n| 内乡县 | 90 | 75.5% |\n",
			"各县完成情况 | 县:text 户数:number 完成率:percent | [西峡县 120 80] [内乡县 90 75.5]"},
		{"no title above",
			"正文一段话。\n\n县\t户数\n西峡县\t120\n内乡县\t90\n",
			"- | 县:text 户数:number | [西峡县 120] [内乡县 90]"},
		{"space-aligned columns",
			"表1 床位统计\n单位      床位数    护理型床位\n西峡县    120       60\n内乡县    90        45\n",
			"表1床位统计 | 单位:text 床位数:number 护理型床位:number | [西峡县 120 60] [内乡县 90 45]"},
		// Not tables.
		{"one tab-separated line", "单位\t目标数\n", ""},
		{"running text with two spaces once", "会议要求  各单位抓好落实。\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out schema.Entities
			Tables{}.Extract(&Input{Blocks: grid(t, tc.in)}, &out)
			var got []string
			for _, tb := range out.Tables {
				title := "-"
				if tb.Title != nil {
					title = *tb.Title
				}
				var cols, rows []string
				for _, c := range tb.Columns {
					cols = append(cols, c.Path+":"+c.Type)
				}
				for _, r := range tb.Rows {
					rows = append(rows, fmt.Sprint(r))
				}
				got = append(got, title+" | "+strings.Join(cols, " ")+" | "+strings.Join(rows, " "))
			}
			if list(got) != tc.want {
				t.Errorf("\n got %q\nwant %q", list(got), tc.want)
			}
		})
	}
}

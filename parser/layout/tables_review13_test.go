package layout

import (
	"fmt"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// gridSummary is each table of d as title | header rows | keys | notes.
func gridSummary(d *Document) string {
	var got []string
	for _, b := range d.Blocks {
		title := "-"
		if b.Title != nil {
			title = b.Title.Value
		}
		var keys, notes []string
		for _, r := range b.Rows[b.Header:] {
			if len(r.Cells) > 0 {
				keys = append(keys, r.Cells[0])
			}
		}
		for _, n := range b.Notes {
			notes = append(notes, n.Value)
		}
		got = append(got, fmt.Sprintf("%s | %d | %s | %s", title, b.Header, strings.Join(keys, " "), strings.Join(notes, " ")))
	}
	return strings.Join(got, "; ")
}

// gridWidths is each table of d as its rows' widths in cells, header
// rows first (2 2 2; 4 4): where readers of a grid agree on its keys, the
// rows' widths tell how each cut the cells.
func gridWidths(d *Document) string {
	var got []string
	for _, b := range d.Blocks {
		var ws []string
		for _, r := range b.Rows {
			ws = append(ws, fmt.Sprint(len(r.Cells)))
		}
		got = append(got, strings.Join(ws, " "))
	}
	return strings.Join(got, "; ")
}

// cellLines prints cells one a line, a blank line between, as a web
// page's table is flattened.
func cellLines(cells ...string) string { return strings.Join(cells, "\n\n") + "\n" }

// TestHeadedCells reads tables laid out one cell a line whose header has
// two levels: the first level's cells, then each group's sub-cells, the
// same block once per group; the rows after them, their empty cells
// printed as no line.
func TestHeadedCells(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // title | header rows | keys | notes, or "" for no table
	}{
		{"rows of their label alone, a merged cell's text after the first",
			cellLines("三、各社区报表报送情况", "单  位", "民政统计", "(季报)", "残联统计", "(季报)", "说  明",
				"及时", "报送", "数据", "准确", "及时", "报送", "数据", "准确",
				"东风", "1、及时报送:“√”为及时;“×”为不及时。", "2、数据准确:优—表内数字准确。",
				"红旗", "胜利", "光明", "四、下步工作", "各社区要按时报送。"),
			"各社区报表报送情况 | 2 | 东风 红旗 胜利 光明 | 1、及时报送:“√”为及时;“×”为不及时。2、数据准确:优—表内数字准确。"},
		{"a sparse row: its label, a figure, a remark",
			cellLines("本月各社区共受理群众来电来函5件，均已办结。", "五、来电情况", "社区", "来电", "来函", "备注", "咨询", "求助", "咨询", "求助",
				"东风", "2", "已答复", "六、其他", "无。"),
			"来电情况 | 2 | 东风 | "},
		{"rows printed whole, as many cells as the columns",
			cellLines("各县发放情况", "县别", "低保", "特困", "户数", "人数", "户数", "人数",
				"甲县", "10", "20", "3", "4", "乙县", "11", "21", "5", "6", "丙县", "12", "22", "7", "8"),
			"各县发放情况 | 2 | 甲县 乙县 丙县 | "},
		{"two figures a row, remarks empty, the rows opened by their labels",
			cellLines("本月各镇共走访困难群众21人次。", "各镇走访情况表", "镇别", "入户", "电话", "备注", "人数", "次数", "人数", "次数",
				"东镇", "3", "5", "西镇", "4", "南镇", "7", "2"),
			"各镇走访情况表 | 2 | 东镇 西镇 南镇 | "},
		// Not changed: no block of sub-cells printed again right after itself.
		{"a header of one level over words and figures",
			cellLines("各镇补助资金分配表", "镇别", "金额", "备注", "东镇", "12", "西镇", "8", "合计", "20"),
			"各镇补助资金分配表 | 1 | 东镇 西镇 合计 | "},
		{"a block printed twice with too few cells above it for its groups",
			cellLines("一、参会人员", "主持", "张明", "李华", "张明", "李华", "二、会议内容", "会议听取了汇报。"),
			""},
		{"words printed twice in a list, no cell above them",
			cellLines("一、值班安排", "周一", "周二", "周一", "周二", "二、工作要求", "各单位要做好值班。"),
			""},
		{"a one-level header, the rest words alone",
			cellLines("一、评定结果", "单位", "等级", "东风社区", "优秀", "红旗社区", "良好", "二、下步工作", "继续做好评定工作。"),
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestSectionTables reads grids whose section rows repeat the header: a
// caption row of one cell over a row of words that opens with the
// header's first cell makes a table of its own, titled by the caption.
func TestSectionTables(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"cells a line closed by bars, each section with its header",
			"二、主动公开情况\n第一部分 | ||||\n事项 |\n新增 |\n减少 |\n总数 | |\n规章 |\n0 |\n0 |\n0 | |\n文件 |\n1 |\n1 |\n2 | |\n第二部分 | ||||\n事项 |\n上年数 |\n增减 |\n决定数 | |\n许可 |\n15 |\n0 |\n167 | |\n其他事项 |\n65 |\n+1 |\n0 | |\n",
			"第一部分 | 1 | 规章 文件 | ; 第二部分 | 1 | 许可 其他事项 | "},
		{"a numbered caption over a header of words titles the grid",
			"| （一）基本情况 | | |\n| 项目 | 单位 | 数量 |\n| 养老机构 | 家 | 12 |\n| 床位 | 张 | 860 |\n",
			"基本情况 | 1 | 养老机构 床位 | "},
		{"rows in bars, a caption and the header again",
			"各区收费标准\n| 项目 | 单位 | 标准 |\n| 火化 | 具 | 600 |\n| 接尸 | 具 | 240 |\n| 二、外区 | ||\n| 项目 | 单位 | 标准 |\n| 火化 | 具 | 800 |\n| 接尸 | 具 | 300 |\n",
			"各区收费标准 | 1 | 火化 接尸 | ; 外区 | 1 | 火化 接尸 | "},
		{"a last section cut off, its header alone, is no table",
			"各区收费标准\n| 项目 | 单位 | 标准 |\n| 火化 | 具 | 600 |\n| 接尸 | 具 | 240 |\n| 二、外区 | ||\n| 项目 | 单位 | 标准 |\n",
			"各区收费标准 | 1 | 火化 接尸 | "},
		// Not changed: section rows stay rows where no header follows them.
		{"an outline label over data rows stays a row",
			"各区收费标准\n| 项目 | 单位 | 标准 |\n| 一、本区 | ||\n| 火化 | 具 | 600 |\n| 二、外区 | ||\n| 火化 | 具 | 800 |\n",
			"各区收费标准 | 1 | 一、本区 火化 二、外区 火化 | "},
		{"a one-cell row over words that are no header's",
			"各区收费标准\n| 项目 | 单位 | 标准 |\n| 火化 | 具 | 600 |\n| 二、外区 | ||\n| 接尸 | 具 | 按里程 |\n| 消毒 | 具 | 5 |\n",
			"各区收费标准 | 1 | 火化 二、外区 接尸 消毒 | "},
		{"a total row of one cell over a row that repeats the header",
			"各区收费标准\n| 项目 | 单位 | 标准 |\n| 火化 | 具 | 600 |\n| 合计 | ||\n| 项目 | 单位 | 标准 |\n| 接尸 | 具 | 240 |\n",
			"各区收费标准 | 1 | 火化 合计 项目 接尸 | "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gridSummary(Analyze(clean.Lines(tc.text))); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestTableReach: an item whose section a table takes ends where the
// table does; a table under an attachment's heading or after other text
// is not the item's.
func TestTableReach(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // each item's reach
	}{
		{"a section given wholly to a grid",
			"关于公布收费标准的通知\n各区民政局：\n现将有关事项通知如下。\n一、收费标准\n| 项目 | 单位 | 标准 |\n| 火化 | 具 | 600 |\n| 接尸 | 具 | 240 |\n二、工作要求\n各单位要严格执行。\n",
			"7 0"},
		{"a grid in the middle of a section's text",
			"关于公布收费标准的通知\n各区民政局：\n现将有关事项通知如下。\n一、收费标准\n收费标准如下。\n| 项目 | 单位 | 标准 |\n| 火化 | 具 | 600 |\n| 接尸 | 具 | 240 |\n请遵照执行。\n二、工作要求\n各单位要严格执行。\n",
			"0 0"},
		{"a grid under an attachment's heading",
			"关于公布收费标准的通知\n各区民政局：\n现将有关事项通知如下。\n一、工作要求\n各单位要严格执行。\n附件1\n| 项目 | 单位 | 标准 |\n| 火化 | 具 | 600 |\n| 接尸 | 具 | 240 |\n",
			"0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range TableReach(Analyze(clean.Lines(tc.text))) {
				got = append(got, fmt.Sprint(r))
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("got %q, want %q", strings.Join(got, " "), tc.want)
			}
		})
	}
}

// TestJoinCellRuns: runs of table lines that nothing but cells a line
// stand between (a grid an extractor gave column by column, some of its
// cells read as text) are one run; text, a heading, or a line naming a
// table between them keeps them apart.
func TestJoinCellRuns(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // role letter (t table, b body, c chrome, h heading), a bar, the text
		want  string   // the runs, their lines' numbers
	}{
		{"cells read as text between two runs",
			[]string{"t|各县任务清单", "t|单位", "b|目 标 数", "b|25.00%", "t|东县 6", "t|12"},
			"1 2 3 4 5 6"},
		{"a cell with a comma among cells, chrome between",
			[]string{"t|东县 6", "b|55%", "b|90%以上老人,其他地区", "b|2", "c|- 3 -", "t|西县 3", "t|7"},
			"1 2 3 4 6 7"},
		// Not joined.
		{"a sentence between two runs",
			[]string{"t|单位", "t|东县 6", "b|以上数据截至年底。", "t|西县 3", "t|7"},
			"1 2; 4 5"},
		{"a heading between two runs",
			[]string{"t|单位", "t|东县 6", "h|二、工作要求", "t|西县 3", "t|7"},
			"1 2; 4 5"},
		{"a line that names a table between two runs",
			[]string{"t|单位", "t|东县 6", "b|各乡镇完成情况表", "t|西县 3", "t|7"},
			"1 2; 4 5"},
		{"a label between two runs",
			[]string{"t|单位", "t|东县 6", "b|单位：万元", "t|西县 3", "t|7"},
			"1 2; 4 5"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkJoinedRuns(t, tc.lines, tc.want, (*assembly).joinCellRuns)
		})
	}
}

// checkJoinedRuns labels lines given as "role letter|text" (t table,
// b body, c chrome, h heading, a attachment), joins their runs of table
// lines with join, and holds the runs, their line numbers joined by
// spaces and the runs by "; ", to want.
func checkJoinedRuns(t *testing.T, lines []string, want string, join func(*assembly, [][]int) [][]int) {
	t.Helper()
	letters := map[byte]Role{'t': cue.Table, 'b': cue.Body, 'c': cue.Chrome, 'h': cue.Heading, 'a': cue.Attachment}
	var text []string
	var roles []Role
	for _, l := range lines {
		roles = append(roles, letters[l[0]])
		text = append(text, l[2:])
	}
	d := cue.NewDoc(units(clean.Lines(strings.Join(text, "\n") + "\n")))
	if len(d.Lines) != len(roles) {
		t.Fatalf("%d lines, want %d", len(d.Lines), len(roles))
	}
	a := &assembly{d: d, roles: roles, doc: &Document{Lines: make([]Labelled, len(roles))}}
	var got []string
	for _, run := range join(a, a.runs(cue.Table)) {
		var nums []string
		for _, i := range run {
			nums = append(nums, fmt.Sprint(d.Lines[i].Num))
		}
		got = append(got, strings.Join(nums, " "))
	}
	if strings.Join(got, "; ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "; "), want)
	}
}

// TestOnlyTable: what may stand between an item's text and a table that
// its section gives the item's end: table lines and chrome, no text and no
// attachment's heading, the item's last line included.
func TestOnlyTable(t *testing.T) {
	lines := func(spec ...string) []Labelled {
		letters := map[byte]Role{'t': cue.Table, 'b': cue.Body, 'c': cue.Chrome}
		var out []Labelled
		for n, s := range spec {
			out = append(out, Labelled{Num: n + 1, Text: s[2:], Role: letters[s[0]]})
		}
		return out
	}
	tests := []struct {
		name     string
		lines    []Labelled
		from, to int
		want     bool
	}{
		{"nothing between", lines("b|一、收费标准", "t|项目 | 单位"), 1, 2, true},
		{"a title and chrome between", lines("b|正文。", "t|收费标准表", "c|- 2 -", "t|项目 | 单位"), 1, 4, true},
		{"text between", lines("b|正文。", "b|详见下表。", "t|项目 | 单位"), 1, 3, false},
		{"an attachment's heading between", lines("b|正文。", "t|附件 1", "t|项目 | 单位"), 1, 3, false},
		{"an attachment's heading ends the item's text", lines("b|正文。", "b|附件2", "t|项目 | 单位"), 2, 3, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := onlyTable(tc.lines, tc.from, tc.to); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

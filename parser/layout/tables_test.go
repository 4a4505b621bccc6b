package layout

import (
	"fmt"
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestTables reads tables in every layout the text of a document gives
// them: the title, the header rows and the first cell of each data row.
func TestTables(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // title | header rows | keys, or "" for no table
	}{
		{"tab-separated, a header wrapped over two rows",
			"一、总体情况\n\n各县养老服务设施统计表\n\n单位\t街道综合养老\t社区养老\n\t中心\t服务设施\n西峡县\t12\t30\n内乡县\t9\t21\n\n二、下步打算\n",
			"各县养老服务设施统计表 | 2 | 西峡县 内乡县"},
		{"pipe rows with a separator",
			"各县完成情况\n\n| 县 | 户数 | 完成率 |\n|---|---|---|\n| 西峡县 | 120 | 80% |\n| 内乡县 | 90 | 75.5% |\n",
			"各县完成情况 | 1 | 西峡县 内乡县"},
		{"pipe rows without a separator",
			"各县完成情况\n\n| 县 | 户数 | 完成率 |\n| 西峡县 | 120 | 80% |\n| 内乡县 | 90 | 75.5% |\n",
			"各县完成情况 | 1 | 西峡县 内乡县"},
		{"columns aligned with spaces",
			"表1 床位统计\n单位      床位数    护理型床位\n西峡县    120       60\n内乡县    90        45\n",
			"表1床位统计 | 1 | 西峡县 内乡县"},
		{"one cell a line, serial numbers and a total",
			"（三）救助情况\n\n排序\n\n街道\n\n户数\n\n人数\n\n1\n\n解放碑\n\n1166\n\n1279\n\n2\n\n上清寺\n\n667\n\n699\n\n3\n\n两路口\n\n1084\n\n1159\n\n合计\n\n2917\n\n3137\n\n二、街道工作情况\n",
			"救助情况 | 1 | 1 2 3 合计"},
		// Rows that wrap over as many lines as their cells need, under a
		// column head of serial numbers: each number opens a row.
		{"one cell a line under 序号, rows of uneven length",
			"某镇公开标准目录\n发布日期:2024-03-07\n\n序号\n\n公开事项\n\n公开内容\n\n公开主体\n\n1\n\n政策法规\n\n●《某省救助办法》\n\n●《某市实施细则》\n\n镇人民政府\n\n2\n\n监督检查\n\n●投诉电话\n\n镇人民政府\n",
			"某镇公开标准目录 | 1 | 1 2"},
		// Without the column head, lines of words with a 1 and a 2 among
		// them are no grid.
		{"one cell a line, a 1 and a 2 among words with no 序号",
			"工作安排\n\n统筹推进\n\n1\n\n健全完善\n\n积极推动\n\n2\n\n提升水平\n",
			""},
		{"bar rows with no bars at their ends, one data row",
			"一、道路命名表\n序号 | 拟名称 | 起点 | 终点 | 路况\n1 | 桂庄路 | 南起中兴东路 | 北至前进路 | 沥青路面\n二、道路示意图\n",
			"道路命名表 | 1 | 1"},
		{"one cell a line, a name and its amount, an empty column left out",
			"附件:\n\n2017年自然灾害生活补助资金分配表\n\n单位:万元\n\n单位\n补助资金(万元)\n备注\n资阳区\n150\n赫山区\n210\n大通湖区\n40\n合计\n400\n扫一扫在手机打开当前页\n",
			"2017年自然灾害生活补助资金分配表 | 1 | 资阳区 赫山区 大通湖区 合计"},
		{"one cell a line, names and amounts, a note after",
			"救灾补助资金指标分配表\n乡 镇\n金 额\n杨兴乡\n2\n新州镇\n0.5\n安场镇\n0.5\n合计\n3\n[1]\n",
			"救灾补助资金指标分配表 | 1 | 杨兴乡 新州镇 安场镇 合计"},
		{"a table too wide for its page, its rows wrapped",
			"平顶山市养老服务重点任务清单\n\n单位   街道综合养老中心              社区养老服务设施\n     目 标 数      完 成 数       占 比\n平顶山市       55   7     12.73%     48    234\n     25.00%     9     2252 597   26.51%\n舞钢市 6      0    0%    6     29   8\n     100   100  100% 55%    8    8\n宝丰县 3      1    33.33%      2    26    18\n     2002 347   17.33%      55%  12    8\n",
			"平顶山市养老服务重点任务清单 | 1 | 平顶山市 舞钢市 宝丰县"},
		{"a table too wide for its page, some keyed rows a space further in",
			"平顶山市养老服务重点任务清单\n\n单位   街道综合养老中心              社区养老服务设施\n     目 标 数      完 成 数       占 比\n平顶山市       55   7     12.73%     48    234\n                 25.00%     9     2252 597   26.51%\n舞钢市 6      0    0%    6     29   8\n                 100   100  100% 55%    8    8\n 宝丰县 3      1    33.33%      2    26    18\n                  2002 347   17.33%      55%  12    8\n 叶县 3      0    0%      3    21    20\n                  0%  55%   1     1      0\n",
			"平顶山市养老服务重点任务清单 | 1 | 平顶山市 舞钢市 宝丰县 叶县"},
		{"cells one space apart, a header of two lines, serial numbers",
			"(三)救助扩围增效情况(全市赛马比拼救助保障赛\n指标)\n排序 街道 20241 20242 对象总量增幅情况\n低保 特困 合计 低保 特困 合计\n1 解放碑 1166 113 1279 1188 116 1304 25\n2 上清寺 667 32 699 670 37 707 8\n3 两路口 1084 75 1159 1091 75 1166 7\n合计 9366 795 10161 9369 829 10198 37\n二、街道工作情况\n",
			"救助扩围增效情况(全市赛马比拼救助保障赛指标) | 2 | 1 2 3 合计"},
		{"cells one space apart, rows wrapped flush, a key run into a figure",
			"平顶山市养老服务重点任务清单\n单位 街道综合养老中心 社区养老服务设施\n目 标 数 完 成 数 占 比\n平顶山市 55 7 12.73% 48 234\n25.00% 9 2252 597 26.51%\n舞钢市 6 0 0% 6 29 8\n100 100 100% 55% 8 400叶县 3 0 0% 3\n21 20 95% 1 1 0\n试点地 区覆盖\n",
			"平顶山市养老服务重点任务清单 | 1 | 平顶山市 舞钢市 叶县"},
		{"a grid of words one space apart under its header",
			"分包县（市、区）养老服务工作安排表\n组别 职务及姓名 分包县（市、区） 备注\n第一组 局党组成员 雷 声 鲁山县\n第二组 副局长 李自钦 宝丰县、郟县\n第三组 四级调研员 张国全 舞钢市、高新区\n平顶山市民政局办公室\n",
			"分包县（市、区）养老服务工作安排表 | 1 | 第一组 第二组 第三组"},
		{"a grid of words whose header an extractor printed apart, a cell a line",
			"附件 2\n\n**平顶山市民政局领导班子成员**\n**分包县（市、区）养老服务工作安排表**\n\n备注\n\n分包县（市、区）\n\n组别 职务及姓名\n第一组 局党组成员 雷 声 鲁山县\n第二组 副局长 李自钦\n第三组 四级调研员 张国全 舞钢市、高新区\n第四组 四级调研员 李忠杰 叶县、卫东区\n\n平顶山市民政局办公室\n\n2021 年 7 月 29 日印发\n",
			"平顶山市民政局领导班子成员分包县（市、区）养老服务工作安排表 | 1 | 第一组 第二组 第三组 第四组"},
		{"keys run into their figures, no space kept between cells",
			"附件1\n平顶山市养老服务重点任务清单\n单位街道综合养老中心 社区养老服务设施\n目 标 数完 成 数占 比\n平顶山市55712.73%4823414059.83%94123\n25.00%9225259726.51%55%7441337885\n舞钢市600%629827.59%2111100%0\n100100100%55%880106857053.37%55%400\n试点地 区覆盖\n宝丰县3133.33%2261869%811100%0\n200234717.33%55%128484041649.52%55%\n",
			"平顶山市养老服务重点任务清单 | 1 | 平顶山市 舞钢市 宝丰县"},
		{"a grid one space apart under a row of heads, a merged cell's line among its rows",
			"某县殡葬收费项目公示\n序号 收费项目 收费标准 计费单位 备注\n1 运尸费 120元 每次 城乡低保对象免收。\n2 火化费 230元 每具 无\n3-5日40元\n3 骨灰寄存费 40元 每年 无\n\n某县殡葬管理所\n",
			"某县殡葬收费项目公示 | 1 | 1 2 3-5日40元 3"},
		{"a grid one space apart with no serial column, blank lines among its rows",
			"某市殡葬服务项目和收费清单\n项目类别 项目名称 收费标准 文件依据\n基本服务项目 遗体接运 100元/具 某价费发〔2005〕196号\n\n \n\n消毒 50元/具 某价费发〔2005〕196号\n",
			"某市殡葬服务项目和收费清单 | 1 | 基本服务项目 消毒"},
		{"ordinal labels run into the words after them, the first rows wider",
			"分包县（市、区）养老服务工作安排表\n组别职务及姓名分包县（市、区） 备注\n第一组市纪委监委派驻市民政局 纪检监察组组长、局党组成员 雷 声鲁山县\n第二组市民政局党组成员、副局长 李自钦宝丰县、郟县\n第三组市民政局 四级调研员 张国全舞钢市、高新区\n第四组市民政局 四级调研员 李忠杰叶县、卫东区\n第五组市民政局 四级调研员 顾国卿新华区、湛河区\n平顶山市民政局办公室\n",
			"分包县（市、区）养老服务工作安排表 | 1 | 第一组 第二组 第三组 第四组 第五组"},
		{"ordinal labels open the rows, a cell wrapped to a line of its own",
			"附件 2\n**分包县（市、区）养老服务工作安排表**\n组别\n职务及姓名\n分包县（市、区）\n备注\n第一组 市纪委监委派驻市民政局纪检监察组组长 雷 声\n鲁山县\n第二组 市民政局党组成员、副局长 李自钦\n宝丰县、郟县\n第三组 市民政局四级调研员 张国全\n舞钢市、高新区\n第四组 市民政局四级调研员 李忠杰\n叶县、卫东区\n平顶山市民政局办公室\n2021 年 7 月 29 日印发\n",
			"分包县（市、区）养老服务工作安排表 | 1 | 第一组 第二组 第三组 第四组"},
		{"ordinal labels that do not count from one stay whole",
			"附件2\n各组名单\n组别 成员 分包县\n第三组市民政局 张国全 舞钢市\n第五组市民政局 顾国卿 新华区\n第六组市民政局 孙玉山 石龙区\n",
			"各组名单 | 1 | 第三组市民政局 第五组市民政局 第六组市民政局"},
		{"a dated line under the title is no header apart",
			"各县养老床位统计表\n截至6月底\n单位 床位数 护理型床位\n西峡县 120 60\n内乡县 90 45\n淅川县 80 40\n",
			"各县养老床位统计表截至6月底 | 1 | 西峡县 内乡县 淅川县"},
		{"one cell a line column by column, a blank line before every cell",
			"（三）救助情况\n\n排序\n\n街道\n\n1\n\n2\n\n3\n\n合计\n\n解放碑\n\n上清寺\n\n两路口\n\n低保\n\n1166\n\n667\n\n1084\n\n2917\n\n特困\n\n113\n\n32\n\n75\n\n220\n\n二、街道工作情况\n",
			"救助情况 | 1 | 1 2 3 合计"},
		{"one cell a line, columns side by side in pairs under a header that repeats them",
			"附件\n\n某省补助资金分配表\n\n金额单位:万元\n\n单位\n\n金额\n\n单位\n\n金额\n\n单位\n\n金额\n\n全省合计\n\n100\n\n丁市\n\n3\n\n戊县\n\n7\n\n甲市小计\n\n40\n\n丁县\n\n2\n\n戊区\n\n1\n\n甲市\n\n30\n\n其中:市本级\n\n10\n",
			"某省补助资金分配表 | 1 | 全省合计 甲市小计 甲市"},
		{"one cell a line, a header of two heads that do not repeat: a row each pair",
			"附件\n某省补助资金分配表\n单位\n金额\n全省合计\n100\n甲市\n30\n乙市\n20\n乙县\n5\n",
			"某省补助资金分配表 | 1 | 全省合计 甲市 乙市 乙县"},
		{"one cell a line, read column by column",
			"附件1\n各街道救助对象情况表\n\n排序\n1\n2\n3\n合计\n\n街道\n解放碑\n上清寺\n两路口\n\n低保\n1166\n667\n1084\n2917\n",
			"各街道救助对象情况表 | 1 | 1 2 3 合计"},
		{"one cell or several a line, keyed rows",
			"附件 1\n平顶山市养老服务重点任务清单\n单位\n街道综合养老中心\n目 标 数\n完 成 数\n平顶山市\n55\n7\n12.73%\n48\n234\n舞钢市 6\n0\n0%\n6\n29\n宝丰县 3\n1\n33.33% 2\n26\n18\n",
			"平顶山市养老服务重点任务清单 | 1 | 平顶山市 舞钢市 宝丰县"},
		{"columns aligned with spaces, a narrow first column one space from the next",
			"附件2\n\n分包县（市、区）养老服务工作安排表\n\n组别  职务及姓名  分包县（市、区）    备注\n第一组 局党组成员 雷 声                      鲁山县\n第二组 市民政局党组成员、副局长 李自钦   宝丰县、郟县\n第三组 市民政局四级调研员 张国全  舞钢市、高新区\n",
			"分包县（市、区）养老服务工作安排表 | 1 | 第一组 第二组 第三组"},
		{"a row a block, its cells a line each",
			"附件2\n\n分包县（市、区）养老服务工作安排表\n\n组别\n职务及姓名\n分包县（市、区）\n备注\n\n第一组 局党组成员 雷 声\n鲁山县\n\n第二组 市民政局党组成员、副局长 李自钦\n宝丰县、郟县\n\n第三组 市民政局四级调研员 张国全\n舞钢市、高新区\n\n平顶山市民政局办公室\n\n2021 年 7 月 29 日印发\n",
			"分包县（市、区）养老服务工作安排表 | 1 | 第一组 第二组 第三组"},
		{"bar rows wrapped over lines, each closed by a bar",
			"一、道路命名表\n序号 | 拟名称 | 起点 | 终点 | 命名缘由 | 开\n工年月 |\n1 | 桂庄路 | 南起中兴东路 | 北至前进路 | 该道路位于原“桂\n庄村”附近,沿用老地名 | 2011.07 |\n2 | 乌山路 | 南起天生桥大道 | 北至规划路 | 沿用老地名 | 2012.05 |\n二、道路示意图\n",
			"道路命名表 | 1 | 1 2"},
		{"a bar row cut at a cell's bar, its last cells on the next line",
			"政务公开标准目录\n序号 | 事项 | 信息类别 | 内容标准 | 公开时限 | 公开形式 |\n1 | 政务公开 | 机构职能 | 【机构名称】 | 20个工作日内 | 网站公开 |\n2 | 政务公开 | 领导简历 | 【基本信息】 |\n20个工作日内 | 网站公开 |\n3 | 政务公开 | 内设机构 | 【机构名称】 | 20个工作日内 | 网站公开 |\n",
			"政务公开标准目录 | 1 | 1 2 3"},
		{"one cell a line, names and amounts, two of them 1 and 2",
			"救灾补助资金指标分配表\n单位:万元\n乡 镇\n金 额\n杨兴乡\n2\n新州镇\n0.5\n中观镇\n1\n班竹乡\n2\n格林镇\n2.5\n合计\n8.5\n",
			"救灾补助资金指标分配表 | 1 | 杨兴乡 新州镇 中观镇 班竹乡 格林镇 合计"},
		// Not tables.
		{"bar rows that never close with a bar, running text under them",
			"| 发布时间 | 2023-07-12 | 来源 | 区民政局\n7月11日，区民政局对辖区养老机构开展防汛安全检查。\n检查组一行来到敬老院 |\n",
			""},
		{"blocks of words, fewer than the first block's",
			"工作要求\n\n统筹推进\n健全完善\n积极推动\n提升水平\n\n加强领导\n明确责任\n狠抓落实\n\n强化督导\n跟踪问效\n务求实效\n",
			""},
		{"a date with its figures spaced", "会议于\n2021 年 7 月 29 日\n召开，2 0 2 1 年 底 前 完 成\n", ""},
		{"a telephone line with spaced groups", "联系电话：0371 6595 1234\n联系电话：0371 6595 4321\n", ""},
		{"words one space apart in running text", "全市 各级 民政 部门\n要 认真 落实 本 通知\n精神 确保 工作 实效。\n", ""},
		{"a page's information line in bars", "索 引 号: | K13651684/2023-12749 | 主题分类: | 民政 |\n发布机构: | 某区民政局 | 生成日期: | 2023-02-13 |\n", ""},
		{"one tab-separated line", "单位\t目标数\n", ""},
		{"a wrapped headline over its paragraph, words spaced at random by the extraction",
			"某市民政局召开全市养老机构 消防 安全 培训\n工作会议 5 月 28 日，市民政局 组织召开全市养老机构消防\n安全培训会议。会议 要求各 机构落实 责任。（市局办公室）\n", ""},
		{"heads one space apart over a row with fewer cells", "项目类别 项目名称 收费标准\n遗体接运 100元\n", ""},
		{"a site's menus one space apart", "首页 国内要闻 时政 社会新闻\n边境旅贸 文体新闻 全市各地 评论 视频\n", ""},
		{"heads one space apart over a row with no figure", "项目类别 项目名称 收费标准\n遗体接运 抬尸 面议\n", ""},
		{"running text with two spaces once", "会议要求  各单位抓好落实。\n", ""},
		{"short headings one a line", "统筹推进老龄事业发展\n健全完善社会福利制度\n积极推动养老服务改革创新\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			var got []string
			for _, b := range d.Blocks {
				title := "-"
				if b.Title != nil {
					title = b.Title.Value
				}
				var keys []string
				for _, r := range b.Rows[b.Header:] {
					if len(r.Cells) > 0 {
						keys = append(keys, r.Cells[0])
					}
				}
				got = append(got, fmt.Sprintf("%s | %d | %s", title, b.Header, strings.Join(keys, " ")))
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("\n got %q\nwant %q", strings.Join(got, "; "), tc.want)
			}
		})
	}
}

// TestUnreadTableKeepsText: the lines of a table that make no grid stay
// in the document as a passage, so the names in them are still read.
func TestUnreadTableKeepsText(t *testing.T) {
	text := "一、工作安排\n各组按分工落实。\n附件2\n平顶山市民政局领导班子成员分包县（市、区）养老服务工作安排表\n组别\n职务及姓名\n分包县（市、区）\n备注\n第一组 市民政局党组成员、副局长 李自钦\n宝丰县、郟县\n第二组 市民政局四级调研员 张国全\n舞钢市、高新区\n"
	d := Analyze(clean.Lines(text))
	if len(d.Blocks) != 0 {
		t.Fatalf("got %d grids, want none", len(d.Blocks))
	}
	found := false
	for _, p := range d.Passages {
		found = found || strings.Contains(p.Text.String(), "李自钦")
	}
	if !found {
		t.Errorf("the table's lines are in no passage: %+v", d.Passages)
	}
}

// TestSpacedRowText: a row whose cells one space sets apart is read as
// its words with the spaces as gaps, so a name letter-spaced to the width
// of three characters (雷 声) is read whole, and a wrapped cell joins its
// row's text on a line of its own.
func TestSpacedRowText(t *testing.T) {
	text := "附件 2\n分包县养老服务工作安排表\n组别 职务及姓名 分包县 备注\n第一组 市民政局副局长 雷 声 鲁山县\n第二组 市民政局副局长 李自钦\n宝丰县、郟县\n第三组 市民政局四级调研员 张国全 舞钢市\n"
	d := Analyze(clean.Lines(text))
	if len(d.Blocks) != 1 {
		t.Fatalf("got %d grids, want 1", len(d.Blocks))
	}
	rows := d.Blocks[0].Rows[d.Blocks[0].Header:]
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want 3", len(rows))
	}
	first := rows[0].Text
	if s := first.String(); s != "第一组市民政局副局长雷声鲁山县" {
		t.Errorf("first row's text %q", s)
	}
	if k := strings.Index(first.String(), "声"); k < 0 || !first.HasGapAt(k) {
		t.Errorf("no gap kept inside 雷 声: %v", first.Gaps())
	}
	if s := rows[1].Text.String(); s != "第二组市民政局副局长李自钦\n宝丰县、郟县" {
		t.Errorf("second row's text %q", s)
	}
}

// TestNoteRunsToSentenceEnd: a table's note that stops mid-sentence at a
// line's end goes on to the end of its sentence in the lines under it,
// with no break between, whatever role they were given; a note that ends
// its sentence takes nothing more.
func TestNoteRunsToSentenceEnd(t *testing.T) {
	grid := "各县完成情况\n\n| 县 | 户数 | 完成率 |\n|---|---|---|\n| 西峡县 | 120 | 80% |\n| 内乡县 | 90 | 75.5% |\n\n"
	tests := []struct{ name, note, want string }{
		{"wrapped", "任务提示：1、街道综合养老中心2021年底前完成70%；2、乡镇敬老院提升改造2022年\n完成2763人。\n\n附件2\n", "任务提示：1、街道综合养老中心2021年底前完成70%；2、乡镇敬老院提升改造2022年完成2763人。"},
		{"whole", "注：完成率为截至6月底数。\n特此通知。\n\n附件2\n", "注：完成率为截至6月底数。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(grid + tc.note))
			var notes []string
			for _, b := range d.Blocks {
				for _, n := range b.Notes {
					notes = append(notes, n.Value)
				}
			}
			if len(notes) != 1 || notes[0] != tc.want {
				t.Errorf("notes %q, want [%q]", notes, tc.want)
			}
		})
	}
}

// TestSerialRowsAtHeaderStride: under 序号, where every row holds a cell
// for each head, a count equal to the next serial number (家庭人口 2)
// opens no row.
func TestSerialRowsAtHeaderStride(t *testing.T) {
	d := Analyze(clean.Lines("某社区低保名单公示\n序号\n户主\n家庭人口\n金额\n1\n张某\n2\n300\n2\n李某\n3\n450\n3\n王某\n1\n150\n"))
	if len(d.Blocks) != 1 {
		t.Fatalf("got %d tables, want 1", len(d.Blocks))
	}
	var got []string
	for _, r := range d.Blocks[0].Rows {
		got = append(got, strings.Join(r.Cells, " "))
	}
	want := "序号 户主 家庭人口 金额; 1 张某 2 300; 2 李某 3 450; 3 王某 1 150"
	if strings.Join(got, "; ") != want {
		t.Errorf("\n got %q\nwant %q", strings.Join(got, "; "), want)
	}
}

package clean

import (
	"flag"
	"strings"
	"testing"
	"unicode/utf8"
)

var _ = flag.Bool("update", false, "rewrite golden files")

func TestLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Line
	}{
		{"full-width digits and letters fold, brackets stay", "２０２５年（ＡＢ）１２．７３％",
			[]Line{{Num: 1, Text: "2025年（AB）12.73%"}}},
		{"markdown heading and bold", "### **一、提升站位，加强领导**",
			[]Line{{Num: 1, Text: "一、提升站位，加强领导", Heading: 3}}},
		{"markdown quote", "> 民政局召开会议", []Line{{Num: 1, Text: "民政局召开会议"}}},
		{"markdown list item", "- 首页", []Line{{Num: 1, Text: "首页", Item: true}}},
		{"a minus before a figure is no list mark", "-1", []Line{{Num: 1, Text: "-1"}}},
		{"a trail of links wrapped onto its own line", "> 民政概要 > 大事记", []Line{{Num: 1, Text: "> 民政概要 > 大事记"}}},
		{"Latin ligatures spelt out", "ﬁle:///tmp/doc/article.html", []Line{{Num: 1, Text: "file:///tmp/doc/article.html"}}},
		{"horizontal rule", "---", []Line{{Num: 1, Rule: true}}},
		{"a rule run into the heading under it", "--## 某市民政局关于 加快推进养老服务的通知",
			[]Line{{Num: 1, Text: "某市民政局关于 加快推进养老服务的通知", Heading: 2}}},
		{"a dash before words is no rule", "--某市民政局", []Line{{Num: 1, Text: "--某市民政局"}}},
		{"one dash before a heading mark stays", "-# 标题", []Line{{Num: 1, Text: "-# 标题"}}},
		{"leading space of a new page", " 5 月 28 日，淅川县", []Line{{Num: 1, Text: "5 月 28 日，淅川县", Indent: 1}}},
		{"CRLF and CR line ends", "甲\r\n乙\r丙", []Line{{Num: 1, Text: "甲"}, {Num: 2, Text: "乙"}, {Num: 3, Text: "丙"}}},
		{"ideographic space", "编　辑：王晨晖", []Line{{Num: 1, Text: "编 辑：王晨晖"}}},
		{"web page chrome is kept for the layout", "【打印】【关闭】", []Line{{Num: 1, Text: "【打印】【关闭】"}}},
		{"tab-separated cells are marked", "单位\t目标数", []Line{{Num: 1, Text: "单位\t目标数", Tabs: true}}},
		{"bom", "\uFEFF南阳", []Line{{Num: 1, Text: "南阳"}}},
		// Radicals a browser's PDF font map put for common characters.
		{"radicals from the supplement and Kangxi", "南阳市⺠政局办公室 2025 年 12 ⽉ 8 ⽇ 市⻓", []Line{{Num: 1, Text: "南阳市民政局办公室 2025 年 12 月 8 日 市长"}}},
		{"the door radical as the simplified 户", "8957⼾", []Line{{Num: 1, Text: "8957户"}}},
		{"ideographs and strokes stay", "民工户㇐", []Line{{Num: 1, Text: "民工户㇐"}}},
		// Not chrome: words that merely contain the button names.
		{"print in running text", "打印机采购完成", []Line{{Num: 1, Text: "打印机采购完成"}}},
		{"a dash that is not a rule", "--x", []Line{{Num: 1, Text: "--x"}}},
		{"a button word inside a line", "请点击【打印】保存", []Line{{Num: 1, Text: "请点击【打印】保存"}}},
		{"bold marks, odd counts", "***重点***与__下划__", []Line{{Num: 1, Text: "*重点*与下划"}}},
		{"masked digits are no bold marks", "512323******0014 138****5678", []Line{{Num: 1, Text: "512323******0014 138****5678"}}},
		{"bold around a masked number", "**身份证号**512323******0014", []Line{{Num: 1, Text: "身份证号512323******0014"}}},
		{"a mask over a hidden name", "2024年,**民政局共收到收入432万元。****严格遵循宗旨。", []Line{{Num: 1, Text: "2024年,**民政局共收到收入432万元。****严格遵循宗旨。"}}},
		{"a long mask before a word", "****2024年度福彩公益金使用情况公告", []Line{{Num: 1, Text: "****2024年度福彩公益金使用情况公告"}}},
		{"a pair of bold marks before words", "**重点工作**已完成。", []Line{{Num: 1, Text: "重点工作已完成。"}}},
		{"markdown images are no text", "![](https://x.cn/a.png)民勤县民政局![图1](b.jpg)", []Line{{Num: 1, Text: "民勤县民政局"}}},
		{"an exclamation and brackets that are no image", "好！[附件](见下)", []Line{{Num: 1, Text: "好！[附件](见下)"}}},
		// Readings a mirror sets after characters (pinyin ruby).
		{"pinyin readings after characters", "青島市財(cái)政局關（guān）于", []Line{{Num: 1, Text: "青島市財政局關于"}}},
		{"a bracket of Latin letters with no tone mark stays", "养老机构(AI)评估(ok)", []Line{{Num: 1, Text: "养老机构(AI)评估(ok)"}}},
		{"a reading after no character stays", "拼音为 (cái)，声调", []Line{{Num: 1, Text: "拼音为 (cái)，声调"}}},
		// A page's blocks in their tags on one line: a line a block.
		{"paragraphs run together on one line", `甲事项 <p class="ql-block">5月8日,镇民政办到敬老院走访。</p> <p class="ql-block">5月9日,镇民政办核查低保。</p>`,
			[]Line{{Num: 1, Text: "甲事项"}, {Num: 1, Text: "5月8日,镇民政办到敬老院走访。"}, {Num: 1, Text: "5月9日,镇民政办核查低保。"}}},
		{"a line break between two fields", "单位：某县民政局<br/>电话：1234567\n下一行",
			[]Line{{Num: 1, Text: "单位：某县民政局"}, {Num: 1, Text: "电话：1234567"}, {Num: 2, Text: "下一行"}}},
		// Not a block: inline tags stay on the line, and so does a lone block tag.
		{"a span inside a line", `<span>某县</span>民政局召开会议`, []Line{{Num: 1, Text: "某县民政局召开会议"}}},
		{"one paragraph in its tags", `<p>某县民政局召开会议。</p>`, []Line{{Num: 1, Text: "某县民政局召开会议。"}}},
		{"a comparison is no tag", "年龄<60岁<p的老人", []Line{{Num: 1, Text: "年龄<60岁<p的老人"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Lines(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d lines %+v, want %+v", len(got), got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("line %d: got %+v, want %+v", i+1, got[i], tc.want[i])
				}
			}
		})
	}
}

// FuzzLines checks that cleaning never panics and that every line of the
// input gives a Line numbered as it: one, or two for a line of two columns.
func FuzzLines(f *testing.F) {
	f.Add("# 标题\r\n\r\n**正文** ２０２５\n---\n")
	f.Add("螀  訞")
	f.Add("甲乙丙丁    戊己庚辛\n壬癸子丑    寅卯辰巳\n\f午未申酉    戌亥甲乙\n")
	f.Add("| 类别\n|\n数量 |\n|\n| 规章\n|\n0\n|\n|\n｜文件 ｜\n1 |\n")
	f.Add("事项内容 |\n免除某市困难居民的费用。 |\n申请条件 ｜ 困难居民 ｜\n办理时限 |\n\n5个工作日 ｜\n")
	f.Add("常规工作 <p class=\"a\">5月8日,走访。</p> <p>5月9日,核查。</p><br/>[首页](#) \\> 正文\n")
	f.Fuzz(func(t *testing.T, s string) {
		ls := Lines(s)
		raw := strings.Split(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(strings.TrimPrefix(s, "\uFEFF")), "\n")
		n := len(raw)
		if strings.HasSuffix(s, "\n") || strings.HasSuffix(s, "\r") {
			n--
		}
		seen := make(map[int]int)
		for _, l := range ls {
			if l.Num < 1 || l.Num > n {
				t.Fatalf("line numbered %d of %d", l.Num, n)
			}
			seen[l.Num]++
		}
		for k := 1; k <= n; k++ {
			// Two for a line of two columns; a line a block for a line of
			// a page's blocks in their tags.
			if seen[k] < 1 || seen[k] > 2 && !blockTag.MatchString(raw[k-1]) {
				t.Fatalf("line %d gives %d Lines", k, seen[k])
			}
		}
		if len(ls) == n {
			for i, l := range ls {
				if l.Num != i+1 {
					t.Fatalf("line %d numbered %d", i+1, l.Num)
				}
			}
		}
	})
}

// needsFold is a byte-level shortcut: it must agree with foldRune on every
// rune, alone and inside Chinese text.
func TestNeedsFoldAgreesWithFoldRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "民政" + string(r) + "，。"
		if got, want := needsFold(s), strings.Map(foldRune, s) != s; got != want {
			t.Fatalf("needsFold(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestColumns reads pages laid out in two columns column by column and
// leaves every other layout line for line.
func TestColumns(t *testing.T) {
	two := "                    南阳民政工作动态\n" +
		"    第 39 期                        安全底线，全面排查整治民政服务\n" +
		"    南阳市民政局办公室              机构用电用气的安全隐患。四要加快\n" +
		"  市长调研民政工作 11 月 26 日上午，   年度重点任务落实，逐项梳理。\n" +
		"  市长深入我市民政服务机构调研。        （市局办公室）\n" +
		"\f  市民政局召开会议 11月27日，        会议强调，要提升站位，\n" +
		"  市民政局召开党组会议。              抓好整改。\n"
	tests := []struct{ name, in, want string }{
		{"two columns, two pages", two,
			"南阳民政工作动态|第 39 期|南阳市民政局办公室|市长调研民政工作 11 月 26 日上午，|市长深入我市民政服务机构调研。|安全底线，全面排查整治民政服务|机构用电用气的安全隐患。四要加快|年度重点任务落实，逐项梳理。|（市局办公室）|市民政局召开会议 11月27日，|市民政局召开党组会议。|会议强调，要提升站位，|抓好整改。"},
		// One column: line for line.
		{"a table aligned with spaces",
			"表1 床位统计\n单位      床位数    护理型床位\n西峡县    120       60\n内乡县    90        45\n",
			"表1 床位统计|单位      床位数    护理型床位|西峡县    120       60|内乡县    90        45"},
		{"a label and its value set apart",
			"发布机构    洛阳市民政局\n为进一步规范殡葬服务，现就有关事项通知如下。\n一、加强管理，落实责任。\n二、强化宣传，营造氛围。\n",
			"发布机构    洛阳市民政局|为进一步规范殡葬服务，现就有关事项通知如下。|一、加强管理，落实责任。|二、强化宣传，营造氛围。"},
		{"letter-spaced with ideographic spaces", "编　辑：王晨晖\n", "编 辑：王晨晖"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if g := texts(tc.in); g != tc.want {
				t.Errorf("\n got %s\nwant %s", g, tc.want)
			}
		})
	}
	// The right column's lines keep the numbers of the lines they stood on.
	for _, l := range Lines(two) {
		if l.Text == "会议强调，要提升站位，" && l.Num != 6 {
			t.Errorf("right column line numbered %d, want 6", l.Num)
		}
	}
}

// texts is the text of the lines Lines reads from in, blank lines
// aside, joined by |.
func texts(in string) string {
	var got []string
	for _, l := range Lines(in) {
		if !l.Blank() {
			got = append(got, l.Text)
		}
	}
	return strings.Join(got, "|")
}

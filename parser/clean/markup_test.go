package clean

import "testing"

func TestMarkupDropped(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a link keeps its words", "当前位置：[首页](#) > [信息公开](/xxgk/index.html) > 正文", "当前位置：首页 > 信息公开 > 正文"},
		{"a link with a title", `[某县民政局](http://mz.example.cn/ "返回") 主办`, "某县民政局 主办"},
		{"a link whose address holds brackets", "[说明](https://x.example.cn/a_(b).html)", "说明"},
		{"an escaped stop after a numeral", `2\. 某市养老服务工作安排表`, "2. 某市养老服务工作安排表"},
		{"escaped bars and arrows", `[首页](#) \| [政务公开](#) \> 正文`, "首页 | 政务公开 > 正文"},
		{"escaped stars of a masked number", `联系电话：138\*\*\*\*5678`, "联系电话：138****5678"},
		{"a tag left on its own line", `<div class="article">`, ""},
		{"a closing tag", "</div>", ""},
		{"a span around words", `<span class="logo">政务公开</span>首页`, "政务公开首页"},
		{"a cell tag inside a line", "单位<td>某县民政局", "单位 某县民政局"},
		{"a comment between lists", "<!-- -->", ""},
		{"an address in angle brackets", "<http://mz.example.cn/a.html>", "http://mz.example.cn/a.html"},
		// Not markup: brackets, angles and backslashes that are text.
		{"brackets round words before words in brackets", "好！[附件](见下)", "好！[附件](见下)"},
		{"a comparison is no tag", "年龄<60岁、收入>3000元的老人", "年龄<60岁、收入>3000元的老人"},
		{"a backslash before a letter", `存于 D:\Users\某局\2024`, `存于 D:\Users\某局\2024`},
		{"a bar escaped in a grid row stays for the grid", `| 甲\|乙 | 丙 |`, `| 甲\|乙 | 丙 |`},
		{"a bracketed year before a number", "平民[2021]54号", "平民[2021]54号"},
		{"book title marks are no tags", "《某市养老服务条例》", "《某市养老服务条例》"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Lines(tc.in)
			if len(got) != 1 || got[0].Text != tc.want {
				t.Errorf("Lines(%q) = %+v, want one line %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestBlockLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Line
	}{
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

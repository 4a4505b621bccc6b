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

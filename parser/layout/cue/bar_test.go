package cue

import "testing"

// TestBarOfPhrases tells a site's bar of links or key words, set over the
// headline, from a headline's first line.
func TestBarOfPhrases(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"首页|政务公开|通知公告|办事服务", true},
		{"午夜福利试看|在线观看,最新出品|种子连接,自拍偷拍第二页", true},
		{"某某精品综合网,日韩亚洲免费视频,国产影院hd,成人九区,黄色一级片", true},
		{"清明_清明节_清明祭祖", true},
		{"某某影院在线-国产精品大集合-《某某》在线观看-综合一区二区", true},
		{"某市民政局召开会议 - 某市人民政府网", false},
		{"2024-03-01某市民政局召开会议", false},
		// A headline's line: a clause or two, or a sentence.
		{"多方联动聚合力，共筑民生保障网", false},
		{"首页|政务公开", false},
		{"武汉市民政局_通知公告", false},
		{"春节前夕，市民政局走访慰问困难群众，送去慰问金。", false},
		{"市民政局召开养老服务工作会议", false},
	}
	for _, tc := range tests {
		if got := BarOfPhrases(tc.in); got != tc.want {
			t.Errorf("BarOfPhrases(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

package extract

import (
	"strings"
	"testing"
)

// TestAgencyQuotedAct: a quote that opens with a verb, a preposition or
// an adverb prints a slogan, a step or a rule's line, no body, though its
// last word is a body's ending. A quote that opens with a place, a proper
// name or a noun of its field still names one (the rule must not fire).
func TestAgencyQuotedAct(t *testing.T) {
	checkRows(t, []rowCase{
		{"树牢“以人民为中心”的发展思想。", ""},
		{"选择“申请网上纪念馆”,采取为逝者创建。", ""},
		{"提出“从严审批建设经营性公墓”。", ""},
		{"可在“查询婚姻登记处”栏目办理。", ""},
		// Must not fire.
		{"“武汉市新生命脊髓损伤者生活重建服务中心”的20多位伤友参加。", "武汉市新生命脊髓损伤者生活重建服务中心"},
		{"联合会“老年服务工作组”正式成立。", "老年服务工作组"},
		{"可到“月老办事处”领取纪念小礼品。", "月老办事处"},
		{"请从“连云港市民政局”首页下载。", "连云港市民政局"},
	}, "agencies", agencyNames)
}

// TestQuotedActGuards holds quotedAct itself to its guards, one row a
// guard: a quote that opens with a verb, a preposition or an adverb
// prints an act; not so a quote of that one word alone (“审批”: a term
// quoted), nor a quote read from inside a word (从|严审批: no word of the
// quote's own opens it), nor one that opens with a noun.
func TestQuotedActGuards(t *testing.T) {
	tests := []struct {
		s, quote string
		want     bool
	}{
		{"提出“从严审批建设经营性公墓”。", "从严审批建设经营性公墓", true},
		{"树牢“以人民为中心”的发展思想。", "以人民为中心", true},
		// Must not fire.
		{"完成“审批”。", "审批", false},
		{"提出“从严审批建设经营性公墓”。", "严审批建设经营性公墓", false},
		{"联合会“老年服务工作组”正式成立。", "老年服务工作组", false},
	}
	for _, tc := range tests {
		in := input(t, tc.s)
		i := strings.Index(tc.s, tc.quote)
		if got := quotedAct(in.Words, i, i+len(tc.quote)); got != tc.want {
			t.Errorf("quotedAct(%q, %q) = %v, want %v", tc.s, tc.quote, got, tc.want)
		}
	}
}

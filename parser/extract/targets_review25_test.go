package extract

import "testing"

// TestTargetsReview25Proposal covers review 23: 拟 states what a body
// plans to do, and the count in its verb's object is the plan's, or,
// where the object holds none, the count of the places it is set in. An
// eligibility rule, an age, a 公示's or a 征求意见 text's 拟, and counts
// with no proposal stay no target.
func TestTargetsReview25Proposal(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"the places counted, the object not",
			"和田地区福利彩票发行中心拟在和田47个空白区域布设福彩投注站,现以召开征召会的方式面向社会公开征召福彩销售代销者。", "plan 47 个 -"},
		{"the object counted in the next clause",
			"一、根据市场需求,省福彩中心拟在6个市县43个区域内,公开征召43个电脑福利彩票销售场所,欢迎热爱福彩事业,符合条件的合法公民积极报名参加。", "plan 43 个 -"},
		{"拟 before its verb", "我局拟招聘3名工作人员。", "plan 3 名 -"},

		// Not targets.
		{"an eligibility rule", "(1)年满18周岁,原则上不超过50岁,且具有完全民事行为能力。", ""},
		{"a condition in the number's clause", "拟对符合条件的5户家庭给予救助。", ""},
		{"a 公示", "经研究,拟新增74家服务机构为定点机构,现予以公示。", ""},
		{"a 征求意见 text", "决定拟对我县部分街路巷起止点变更7条、名称销名8条,现公开征求意见。", ""},
		{"no proposal", "在和田47个空白区域布设福彩投注站。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

package extract

import "testing"

// TestTargetsBenefit: the count after a benefactive 为 that a verb of
// service follows (为N名…提供, 为N户…安装) is how many a task reaches, a
// target, as are the counts after 改建 and 改扩建 (stance.tsv, plan). A 为
// of a longer word, a count with no verb of service, a sum, a report of
// what was done and a condition keep none. The test document is dated
// 2025-06-03.
func TestTargetsBenefit(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"为N名…提供", "今年为民办实事项目:为2500名独居老人提供助浴服务。", "plan 2500 名 2025-12-31"},
		{"为N万户…安装", "为2万户困难家庭安装燃气报警器。", "plan 20000 户 -"},
		{"为N个…配备", "为45个村卫生室配备除颤仪。", "plan 45 个 -"},
		{"改建N张", "改建1200张护理型床位。", "plan 1200 张 -"},
		{"改扩建N个", "改扩建15个乡镇敬老院。", "plan 15 个 -"},

		// No benefactive 为, no service verb, a sum, a report, a condition.
		{"成为 before the count", "该区成为15个示范区之一,提供经验。", ""},
		{"为 with no verb of service", "为2500名独居老人建立档案。", ""},
		{"a sum after 为", "为困难家庭提供补助,标准为500元。", ""},
		{"已为 reports", "目前已为2500名独居老人提供助浴服务。", "achieved 2500 名 -"},
		{"累计改建", "去年累计改建1200张护理型床位。", "achieved 1200 张 -"},
		{"a size 的 closes", "为2至3人的家庭配备助餐卡。", ""},
		{"a condition", "凡符合条件的,为其中80周岁以上老人提供服务。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

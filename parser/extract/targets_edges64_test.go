package extract

import "testing"

// TestTargetsEdges64: an amount whose sentence closes with its term
// (…3360余万元，将在1月15日前陆续发放到位) is a target with that deadline;
// the ；-parts of a sentence a 截至目前 frame opens and the parts of a
// 其中-sentence under a total that is no plan's tell what was done, their
// plan words (新增, 建设 of a noun) aside. A term clause with a figure of
// its own, one not closing the sentence, one without 将, a part that a
// word only a plan uses marks, and a 其中-sentence under a plan's total
// keep their reading. The test document is dated 2025-06-03.
func TestTargetsEdges64(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a term after a tally", "全市共计发放救助金3360余万元，将在1月15日前陆续发放到位。", "plan 33600000 元 2025-01-15"},
		{"a term with 于", "累计发放资金500万元，将于6月30日前发放到位。", "plan 5000000 元 2025-06-30"},
		{"as-of frame over the ；-parts", "截至目前，提交地名数据共7106条；备案审核新增地名15条。", "achieved 7106 条 -; achieved 15 条 -"},
		{"其中 under a total", "全局主动公开政府信息42条。其中，公益事业建设信息30条。", "achieved 30 条 -"},
		{"其中： under a total", "全市共有在建项目42个。其中：养老服务设施建设项目30个。", "achieved 30 个 -"},

		// The reading kept.
		{"a term with its own figure", "共计发放救助金3360万元，将在1月15日前再发放200万元。", "achieved 33600000 元 -; achieved 2000000 元 -"},
		{"a term not closing the sentence", "共计发放救助金3360万元，将在1月15日前发放，确保到位。", "achieved 33600000 元 -"},
		{"no 将 in the term", "共计发放救助金3360万元，已在1月15日前发放到位。", "achieved 33600000 元 -"},
		{"a future word in the part", "截至目前，已建成5个；力争新增地名15条。", "plan 15 条 -; achieved 5 个 -"},
		{"其中 under a plan's total", "全年新建养老机构10所。其中，新建农村幸福院6所。", "plan 10 所 -; plan 6 所 -"},
		{"将 in the part", "截至目前，已建成5个；将新增地名15条。", "plan 15 条 -; achieved 5 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

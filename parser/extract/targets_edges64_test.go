package extract

import "testing"

// TestTargetsEdges64: an amount whose sentence closes with its term
// (…3360余万元，将在1月15日前陆续发放到位) is a target with that deadline;
// the ；-parts of a sentence a 截至目前 frame opens and the parts of a
// 其中-sentence under a total that is no plan's tell what was done, their
// plan words (新增, 建设 of a noun) aside. A term clause with a figure of
// its own, one not closing the sentence, one without 将, a part that a
// word only a plan uses marks, and a 其中-sentence under a plan's total
// keep their reading. A 按照…原则 frame that lists figures sets each as a
// requirement; a count in the object of 对…进行统筹规划/命名 is the act's
// scope, no target, where one of 对…进行改造 or of a proposal (拟对…) is.
// The test document is dated 2025-06-03.
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
	tests = append(tests, []struct{ name, in, want string }{
		{"a basis frame's list", "按照保障50年殡葬用地需求，20年使用周期和5年开发期限原则，开展规划。", "plan 50 年 -; plan 20 年 -; plan 5 年 -"},
		{"a basis frame with 标准", "按照每处200平方米、每床30平方米的标准，配建养老服务设施。", "plan 200 平方米 -; plan 30 平方米 -"},
		{"the scope of 对…进行", "坚持规划引领，对全县1座公墓近期、长期建设进行统筹规划。", ""},
		{"the scope of 对…进行命名", "年内对全市6条新建道路进行命名。", ""},

		// The reading kept.
		{"a basis frame of one figure", "按照每人200元的标准，为老人购买了生活用品。", "achieved 200 元 -"},
		{"a basis frame over a deed", "按照50年需求和20年周期原则，已建成公墓。", "achieved 50 年 -; achieved 20 年 -"},
		{"a proposal's object", "拟对全镇236个地理实体进行命名。", "plan 236 个 -"},
		{"a count after 进行", "对困难群众进行走访，新建养老机构10所。", "plan 10 所 -"},
		{"a change the task makes", "今年对全县3座公墓进行改造提升。", "plan 3 座 2025-12-31"},
	}...)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

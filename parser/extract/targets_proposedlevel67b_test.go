package extract

import "testing"

// TestTargetsProposedLevel: the levels a proposal (拟) sets a standard to
// with a raise word and 为 are targets, each class's level after it too,
// across the parts of its sentence; a level kept in force (按现行标准执行),
// a raise told with no proposal, a 公示's 拟 that lists whom a decision
// names, and the level in force a sentence before are none.
func TestTargetsProposedLevel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"依据我市经济社会发展水平，拟将全市低保标准调整为：城市750元/月，农村543元/月；特困人员基本生活标准调整为：城市975元/月，农村分散供养706元/月，农村集中供养按现行标准执行（810元/月）。",
			"plan 750 元 -; plan 543 元 -; plan 975 元 -; plan 706 元 -"},
		{"拟将我县临时救助标准提高为每人每次1200元。", "plan 1200 元 -"},
		{"经研究，拟将城市低保标准调整为每人每月800元。现将有关事项公开征求意见。", "plan 800 元 -"},

		// None: no proposal; the current level; a 公示's list; a level set
		// before the proposal's sentence.
		{"自2025年1月起我县困难残疾人生活补贴标准调整为每人每月309元。", ""},
		{"农村集中供养按现行标准执行（810元/月）。", ""},
		{"拟将全市低保标准调整为：城市750元/月；农村集中供养按现行标准执行（810元/月）。", "plan 750 元 -"},
		{"经评审，拟推荐5个地区为示范县。现予以公示，公示期为7天。", ""},
		{"明确全省城市居民最低生活保障标准低限为740元/月。", ""},
		{"拟于9月初开展宣传活动，时间调整为3天。", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

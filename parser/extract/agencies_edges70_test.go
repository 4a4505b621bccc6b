package extract

import "testing"

// TestAgencyRoadNamedBy70 covers a plan word that is also a road's name
// (新建路): a street's ending right after it makes the word the road's,
// and a street office named after its road is a body (roadNamedBy, asked
// by stanceBeforeKind, buildVerbLeads and stanceOutsidePlace). Rows where
// it must not fire: the word before a level (新建|街道…: the plan builds a
// kind), before a kind of facility, and the word as a verb in a plan.
func TestAgencyRoadNamedBy70(t *testing.T) {
	checkRows(t, []rowCase{
		{"下步,新建路街道办事处将加大宣传力度。", "新建路街道办事处"},
		{"新郑市新建路街道办事处", "新郑市新建路街道办事处"},
		{"建设大道社区居委会组织居民开展活动。", "建设大道社区居委会"},
		// Must not fire.
		{"全年新建老年日间服务中心3个。", ""},
		{"新建街道综合养老服务中心2个。", ""},
		{"全年新建嵌入式养老服务中心5个。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyLevelPairOneRank70 covers two levels of one rank read as one
// word before a body (区县民政局): every district's and county's body, a
// class. Rows where it must not fire: one level (区民政局), a level
// repeated as the word of a name (市市场监管局), a level and a word of
// its own after it (县|乡村振兴局).
func TestAgencyLevelPairOneRank70(t *testing.T) {
	checkRows(t, []rowCase{
		{"在市民政局组织的区县民政局基层政务公开检查中取得好成绩。", "市民政局"},
		{"全市县区民政局要加强指导。", ""},
		// Must not fire.
		{"区民政局组织开展检查。", "区民政局"},
		{"市市场监管局参加会议。", "市市场监管局"},
		{"县乡村振兴局参加会议。", "县乡村振兴局"},
	}, "agencies", agencyNames)
}

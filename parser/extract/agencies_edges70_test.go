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

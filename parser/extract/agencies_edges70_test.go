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

// TestAgencyTopicGroup70 covers the ending 专题工作组 (agency_suffixes.tsv):
// a working body on one topic named by its region and topic, and its
// office. Rows where it must not fire: 专题 before a meeting's words, the
// group with no place before it (a kind), a group set up and not named.
func TestAgencyTopicGroup70(t *testing.T) {
	checkRows(t, []rowCase{
		{"区殡葬改革专题工作组召开第一次会议。", "区殡葬改革专题工作组"},
		{"苏浙皖养老协同专题工作组办公室印发通知。", "苏浙皖养老协同专题工作组办公室"},
		{"市养老服务专题小组召开会议。", "市养老服务专题小组"},
		// Must not fire.
		{"局党组召开专题会议研究部署。", "局党组"},
		{"成立专题工作组,负责推进。", ""},
		{"召开专题工作组会议。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyCitedYearIssuer70 covers a cited title that opens with its
// body and then the year (《某中心2018年度部门决算公开》): an ending after
// the year (部 of 部门) closes no name (figureInside), so the body before
// the year is the issuer. Rows where it must not fire: a title that opens
// with its year, a rules text with no body, a title with no year after
// a body of no place.
func TestAgencyCitedYearIssuer70(t *testing.T) {
	checkRows(t, []rowCase{
		{"现将《天津市河东区民政局2018年度部门决算》公开。", "天津市河东区民政局"},
		{"公开了《天津市河东区低收入家庭经济状况核对中心2018年度部门决算公开》等。", "天津市河东区低收入家庭经济状况核对中心"},
		// Must not fire.
		{"填写《2022年度部门决算申报表》。", ""},
		{"认真落实《北京市养老服务条例》。", ""},
		{"审议通过了《工作机制运行规则》。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyCommonWords70 covers a common word ending in 部 (头部, the
// head or a page's banner: non_agency_words.txt): no body. Rows where it
// must not fire: bodies ending in 部 with their place or standing alone.
func TestAgencyCommonWords70(t *testing.T) {
	checkRows(t, []rowCase{
		{"汕头市政府门户网站 Shantou Municipal Government 头部", ""},
		{"页面头部显示网站名称。", ""},
		// Must not fire.
		{"民政部印发通知。", "民政部"},
		{"区委宣传部参加会议。", "区委宣传部"},
	}, "agencies", agencyNames)
}

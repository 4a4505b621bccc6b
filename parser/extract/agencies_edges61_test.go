package extract

import "testing"

// TestAgencyListAfterExistenceVerb covers a list of members opened by the
// verb of existence after the class they fall in (成员单位有…, 参加单位有…):
// the verb bounds the first member's name, as 为 and 包括 do. Words that
// hold 有 (有限公司, 国有, 有色, 拥有) stay whole.
func TestAgencyListAfterExistenceVerb(t *testing.T) {
	checkRows(t, []rowCase{
		{"领导小组成员单位有县发改委、县卫健委、县财政局。", "县发改委; 县卫健委; 县财政局"},
		{"参加单位有区民政局、区财政局等。", "区民政局; 区财政局"},
		{"配合单位有市民政局。", "市民政局"},
		// Must not fire: 有 inside a word of the name, or a verb that is no list's.
		{"宏远建材有限公司负责施工。", "宏远建材有限公司"},
		{"县国有资产管理中心负责登记。", "县国有资产管理中心"},
		{"省有色地质勘查局派员参加。", "省有色地质勘查局"},
		{"成员单位为县民政局、县财政局。", "县民政局; 县财政局"},
	}, "agencies", agencyNames)
}

// TestAgencyBareBranch covers 支部 alone: the level of the Party's basic
// organisation, every branch (a class, GOLD.md), no one body; a branch
// named by its own words stays.
func TestAgencyBareBranch(t *testing.T) {
	checkRows(t, []rowCase{
		{"把各项任务落实到支部。", ""},
		{"推动工作重心下移到支部。", ""},
		// Must not fire: a branch named by its own words.
		{"到党支部开展活动。", "党支部"},
		{"南湖社区党支部开展活动。", "南湖社区党支部"},
		{"县民政局机关支部开展活动。", "县民政局机关支部"},
	}, "agencies", agencyNames)
}

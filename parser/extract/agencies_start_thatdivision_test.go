package extract

import "testing"

// TestAgencyThatDivision: a pronoun and the level it points back with
// (该县, 该镇) are no part of the name of its own after them; a body named
// by its field and ending alone, or a kind, takes the level as its place,
// and a pronoun of the writing body or a level word is left alone.
func TestAgencyThatDivision(t *testing.T) {
	checkRows(t, []rowCase{
		{"在该县遇驾山居家养老服务中心,省人大一行听取了汇报。", "遇驾山居家养老服务中心; 省人大"},
		{"记者来到该镇红星村幸福院,看望老人。", "红星村幸福院"},
		{"据悉,该市夕阳红老年公寓已入住老人80名。", "夕阳红老年公寓"},
		{"该区金色年华养老服务中心正式运营。", "金色年华养老服务中心"},
		// Must not fire.
		{"该县民政局局长张三介绍了情况。", "县民政局"},
		{"该区民政局组织开展检查。", "区民政局"},
		{"该市社会福利院收养儿童50名。", "市社会福利院"},
		{"我县殡葬管理所负责实施。", "殡葬管理所"},
		{"该镇敬老院共有床位50张。", "镇敬老院"},
	}, "agencies", agencyNames)
}

package extract

import "testing"

// TestAgencyTradedCanteen: a canteen (餐厅, 食堂) is a body where its trade
// name, a proper word, follows a street's or a community's name. Not so:
// a common word before the ending (a kind of canteen), a body's canteen
// (a room of it), a quoted brand, or a guess alone before it.
func TestAgencyTradedCanteen(t *testing.T) {
	tests := []rowCase{
		{"代表们来到董家沟街道民祥道智慧餐厅,参观了后厨。", "董家沟街道民祥道智慧餐厅"},
		{"在庙行镇社区长者食堂就餐的老人逐年增多。", ""},
		{"投入资金对中心敬老院餐厅进行改造。", "中心敬老院"},
		{"县里大力推进农村互助养老“快乐食堂”建设。", ""},
		{"全省新建社区老年食堂100个。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}

// TestAgencyQuotedPilotProgramme: a quoted name before the noun of a
// pilot scheme and a programme's noun (试点项目) or before 工程 names the
// scheme, no body. Not so: a quoted body's name that a verb follows.
func TestAgencyQuotedPilotProgramme(t *testing.T) {
	tests := []rowCase{
		{"结合“幸福新社区”试点项目建设,再增22个助餐点位。", ""},
		{"全面实施“幸福家园”工程,改善村容村貌。", ""},
		{"居民可登录“市民政局”网站查询。", "市民政局"},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}

package extract

import "testing"

// TestAgencyAgeBeforeList64 covers a list of kinds of people after an
// age (60岁以上老年人、农业农村局监测人口): an age measures the first
// member, it counts no members, so a later member that names a body
// (农业农村局, attributive before its noun) is read. Rows where the rule
// must not fire: a count of bodies before the list (9家), a count of
// people (名) that counts the members, a class of bodies (各…局).
func TestAgencyAgeBeforeList64(t *testing.T) {
	checkRows(t, []rowCase{
		{"为60岁以上老年人、农业农村局监测人口准备了防疫包。", "农业农村局"},
		{"为80岁老人、农业农村局监测人口发放了慰问金。", "农业农村局"},
		{"为3万元以下的困难户、农业农村局监测人口发放了慰问金。", "农业农村局"},
		// Must not fire.
		{"来自9家社会工作服务机构和社区社会工作室的社工参加。", ""},
		{"为60名老年人、农业农村局监测人口准备了防疫包。", ""},
		{"为60岁以上老年人、各区农业农村局监测人口准备了防疫包。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyShortInContext64 covers a body named by its field alone
// where the sentence makes it one body: right before a cited title (its
// issuer) and as the object of a verb of sending papers up (报送, 报).
// Rows where the rule must not fire: a pronoun (我局), a class (各…局,
// 有关部门), the short name in running text with no such place, a noun
// that ends in 报 (简报).
func TestAgencyShortInContext64(t *testing.T) {
	checkRows(t, []rowCase{
		{"根据民政厅《关于开展殡葬设施建设规划编制工作的通知》文件要求,开展规划。", "民政厅"},
		{"资金申请报告已于2025年12月报送财政局,待审批拨付。", "财政局"},
		{"各地调整标准后,并报民政厅备案。", "民政厅"},
		{"按照财政局《关于做好资金拨付工作的通知》要求执行。", "财政局"},
		// Must not fire.
		{"结合我局《党的温暖我来送主题活动方案》开展工作。", ""},
		{"报送有关部门审核后执行。", ""},
		{"请各县民政局按照要求报送材料。", ""},
		{"民政局是主管民政工作的部门。", ""},
		{"资金申请报告已经财政局审核。", ""},
		{"本期简报民政局动态栏目刊登。", ""},
	}, "agencies", agencyNames)
}

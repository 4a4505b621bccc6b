package extract

import "testing"

// TestAgencyProposedRating66b covers 拟 before the verb that rates or
// honours a body in a 公示 (拟评|南澳县福利院): the verb takes the body,
// no part of its name. Rows where the rule must not fire: a name with no
// such verb, a rated body after 评为 (the standing, no body), 评 inside a
// body's own name (市养老服务评估中心).
func TestAgencyProposedRating66b(t *testing.T) {
	checkRows(t, []rowCase{
		{"拟评南澳县福利院为二星级养老机构。", "南澳县福利院"},
		{"拟授予东城区社会福利院示范单位称号。", "东城区社会福利院"},
		{"拟表彰县民政局等单位。", "县民政局"},
		// Must not fire.
		{"南澳县福利院被评为二星级养老机构。", "南澳县福利院"},
		{"市养老服务评估中心开展等级评定。", "市养老服务评估中心"},
		{"县民政局拟于近期开展评定。", "县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyCommandField66b covers a 指挥部 named after the work it leads,
// its field's verbs and all (市应对|新冠肺炎疫情工作指挥部), as a 领导小组
// is. Rows where the rule must not fire: a verb after a body's whole name
// (区民政局|指导), a command with no field verb, a command's office.
func TestAgencyCommandField66b(t *testing.T) {
	checkRows(t, []rowCase{
		{"根据市应对新冠肺炎疫情工作指挥部《关于做好清明节工作的通知》要求。", "市应对新冠肺炎疫情工作指挥部"},
		{"县应对新冠肺炎疫情工作指挥部发布通告。", "县应对新冠肺炎疫情工作指挥部"},
		// Must not fire.
		{"西安市新冠肺炎疫情防控指挥部发布通告。", "西安市新冠肺炎疫情防控指挥部"},
		{"北海市新冠肺炎疫情防控指挥部办公室发布通告。", "北海市新冠肺炎疫情防控指挥部办公室"},
		{"区民政局指导工作小组开展工作。", "区民政局"},
	}, "agencies", agencyNames)
}

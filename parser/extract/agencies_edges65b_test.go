package extract

import "testing"

// TestAgencyBuildVerbLeads65b covers a verb of building a facility that
// opens the words before an ending (建设/vn|公墓, 增建/x|银川老年大学): a
// plan or a report names what it builds after the verb, no body's name
// opens with the act. Rows where the rule must not fire: the verb as a
// division's own name before its level (建设街道办事处, 建设社区居委会),
// inside a road's name (建设路社区), a place's name that holds it (新建区).
func TestAgencyBuildVerbLeads65b(t *testing.T) {
	checkRows(t, []rowCase{
		{"利用外资兴办养老机构的设立审批，建设公墓的审批，尸体运往非死亡地的批准适用本规定。", ""},
		{"优化课程结构，增建银川老年大学新校区。", "银川老年大学"},
		{"已建设社区老年大学6个，建设城市社区老年活动中心共136个。", ""},
		// Must not fire.
		{"建设街道办事处召开会议。", "建设街道办事处"},
		{"辖区内建设社区居委会组织居民开展活动。", ""},
		{"近日，新建区民政局召开会议。", "新建区民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyActorPredicate65b covers a body's name before a word of
// distinction and a verb (市委老干部局|主要/b|负责|老年大学): the body's
// main charge is a predicate, and the name after it is what it is in
// charge of, no part of one name. Rows where the rule must not fire: a
// verb right after a body that opens its unit's name (消防救援支队防火
// 监督科), no word of distinction between.
func TestAgencyActorPredicate65b(t *testing.T) {
	checkRows(t, []rowCase{
		{"其中市委老干部局主要负责老年大学及老年教育的相关工作。", "市委老干部局"},
		// Must not fire.
		{"南阳市消防救援支队防火监督科开展检查。", "南阳市消防救援支队防火监督科"},
	}, "agencies", agencyNames)
}

// TestAgencyPeopleJoined65b covers a conjunction after a noun of people
// (领导, 负责人, a title): 某县政府领导和民政局负责人 lists people of two
// bodies, and no name runs across the conjunction (GOLD.md: a body's
// name as written, the county's 民政局 of two counties a class). Rows
// where the rule must not fire: a conjunction inside one body's name.
func TestAgencyPeopleJoined65b(t *testing.T) {
	checkRows(t, []rowCase{
		{"黄梅县、蕲春县政府领导和民政局负责人参加督导。", "蕲春县政府"},
		{"蕲春县政府负责人和民政局负责人参加督导。", "蕲春县政府"},
		// Must not fire.
		{"市社会福利和捐助救助中心开展活动。", "市社会福利和捐助救助中心"},
		{"区民政局基层政权建设和社会治理科开展培训。", "区民政局基层政权建设和社会治理科"},
	}, "agencies", agencyNames)
}

// TestAgencyDonorClass65b covers a description of the kind of giver a
// body is before its name (爱心企业|阳光热力集团): the class, then the
// name. Rows where the rule must not fire: the description with no name
// after it, or only an ending (爱心企业集团).
func TestAgencyDonorClass65b(t *testing.T) {
	checkRows(t, []rowCase{
		{"近日，市民政局联合爱心企业阳光热力集团实施公益项目。", "市民政局; 阳光热力集团"},
		{"区民政局携手爱心企业黑龙江戈尔电梯智能装备有限公司开展慰问。", "区民政局; 黑龙江戈尔电梯智能装备有限公司"},
		// Must not fire.
		{"组织爱心企业观看慈善项目宣传片。", ""},
		{"社区携爱心企业为特殊群体送上温情。", ""},
	}, "agencies", agencyNames)
}

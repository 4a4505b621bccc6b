package extract

import "testing"

// TestAgencySpans covers where a name stops: a verb before a bare ending,
// verbs of engaging a body, a government that is a division's, a class
// term read whole, the ending 墓园, a township's name guessed after the
// county's level, a bureau listed without its level, and kinds of body (a
// firm without its own name, a class conjunct); each with cases where the
// rule must not fire.
func TestAgencySpans(t *testing.T) {
	tests := []rowCase{
		// A verb right before a bare ending acts on the kind of body.
		{"关于做好敬老院安全检查的通知", ""},
		{"要求做好敬老院安全管理", ""},
		{"关于做好县敬老院安全检查的通知", "县敬老院"},
		{"调研组最后来到了我县殡葬管理所", "殡葬管理所"},
		// A body engaged by another, and the one that engages it.
		{"县民政局委托甲乙会计师事务所出具审计报告", "县民政局; 甲乙会计师事务所"},
		{"县民政局聘请华信会计师事务所开展审计", "县民政局; 华信会计师事务所"},
		{"受市民政局邀请参加活动", "市民政局"},
		{"为受灾群众发放物资", ""},
		// A government is a division's: its name or level before 政府.
		{"民政局政府信息公开", ""},
		{"洪桥镇政府组织人员开展排查", "洪桥镇政府"},
		{"南阳市人民政府印发通知", "南阳市人民政府"},
		// A class term is read whole; two bodies side by side are not one.
		{"请填写南昌市民办非企业单位基本情况统计表", ""},
		{"绛县民政局联合安峪镇党委政府开展活动", "绛县民政局; 安峪镇党委"},
		// 墓园 ends a cemetery's name, whatever the segmenter cut.
		{"始兴县松鹤公墓园咨询电话", "始兴县松鹤公墓园"},
		{"福寿墓园位于城郊", "福寿墓园"},
		{"加强公墓园管理", ""},
		// A township's name guessed after the county's level.
		{"县洪桥镇光荣敬老院位于县城西郊。", "县洪桥镇光荣敬老院"},
		{"县洪桥镇敬老院开展检查。", "县洪桥镇敬老院"},
		{"县城中心开展活动", ""},
		// A bureau listed after a name with its level shares the level.
		{"县卫计局、市场监管局几家单位组成检查组", "县卫计局; 市场监管局"},
		{"县卫计局、市场监管局、县城管局参加检查", "县卫计局; 市场监管局; 县城管局"},
		{"市场监管局参加检查。", ""},
		{"县民政局、市场营销中心参加", "县民政局"},
		// A firm named by its trade alone; a class of societies.
		{"会计师事务所按照要求进行审计", ""},
		{"审计报告由律师事务所出具", ""},
		{"行业协会、商会另行填写自查表", ""},
		{"华信会计师事务所负责审计", "华信会计师事务所"},
		{"内乡县举行养老服务协会成立大会", "养老服务协会"},
		// The second conjunct of a class's word shares its head.
		{"探索试点农村、社区居家养老服务中心建设运营", ""},
		{"我市、县民政局开展检查", "县民政局"},
	}
	checkRows(t, tests, "agencies", agencyNames)
}

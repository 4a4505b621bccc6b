package extract

import "testing"

// TestAgenciesReview20 covers the conventions read from reviewers 18 and
// 19's pages, each with cases where the rule must not fire (about a third
// of each table).

// A street's name (…路, …街) before 街道 or 社区 is the name's; a
// community's own name may be common words after its township, and a
// document that prints it so names the community alone too; a distance in
// 里 opens a place's name; a quoted speech is read as text.
func TestAgenciesReview20Communities(t *testing.T) {
	checkRows(t, []rowCase{
		{"长江路街道玫瑰花园社区组织了巡逻队。", "长江路街道玫瑰花园社区"},
		{"山西省太原市海边街社区主任胡贵云说。", "山西省太原市海边街社区"},
		{"并确定迎泽区海边街社区和杏花岭区锦绣苑社区为首批试点。", "迎泽区海边街社区; 杏花岭区锦绣苑社区"},
		{"总结会在五里堡街道办事处召开。", "五里堡街道办事处"},
		{"十里铺镇人民政府召开会议。", "十里铺镇人民政府"},
		{"“我找不到家了。我知道我家在长江北社区,书记叫杨杰。”", "长江北社区"},
		{"玫瑰花园社区 夕阳红巡逻队在行动\n长江路街道玫瑰花园社区组织巡逻。", "玫瑰花园社区; 长江路街道玫瑰花园社区"},
		// Must not fire: a kind of community, a count of communities, a
		// slogan quoted, a community no township names anywhere.
		{"推进城乡社区建设。", ""},
		{"两个社区居委会召开会议。", ""},
		{"开展“党建引领,温暖社区”主题活动。", ""},
		{"玫瑰花园社区 夕阳红巡逻队在行动", ""},
	}, "agencies", agencyNames)
}

// Heads: a social-work 服务社, the national 审计署 alone, the Youth
// League's committees by their short names.
func TestAgenciesReview20Heads(t *testing.T) {
	checkRows(t, []rowCase{
		{"安徽省合肥市蜀山区民生社会工作服务社组织志愿者上门服务。", "安徽省合肥市蜀山区民生社会工作服务社"},
		{"今后各省需定期向审计署报送数据。", "审计署"},
		{"团省委、昭通市民政局等7家单位参加。", "团省委; 昭通市民政局"},
		{"团市委书记出席会议。", "团市委"},
		// Must not fire: the words 服务社会, 审计 and 团结, no head.
		{"积极服务社会。", ""},
		{"加强审计监督。", ""},
		{"团结协作完成任务。", ""},
	}, "agencies", agencyNames)
}

// A name ends at its head: before 在 where the body acts, before the verb
// 组成; a title inside a name read whole is the name's.
func TestAgenciesReview20Ends(t *testing.T) {
	checkRows(t, []rowCase{
		{"中原区慈善总会联合区民政局及区退役军人事务局在区民政局召开会议。", "中原区慈善总会; 区民政局; 区退役军人事务局"},
		{"中卫市人大常委会组成执法检查组赴中卫市殡仪馆。", "中卫市人大常委会; 中卫市殡仪馆"},
		{"宁夏回族自治区人民代表大会常务委员会办公厅主办", "宁夏回族自治区人民代表大会常务委员会办公厅"},
		// Must not fire: a list with no 在, a title before a name.
		{"市民政局、市财政局和市残联召开会议。", "市民政局; 市财政局; 市残联"},
		{"人大代表视察了市民政局。", "市民政局"},
	}, "agencies", agencyNames)
}

// No body: a site the text is reprinted from, the townships and street
// offices as a pair, places listed with 等地, a service quoted.
func TestAgenciesReview20Spurious(t *testing.T) {
	checkRows(t, []rowCase{
		{"声明:如需转载茶陵政府门户网文章,请声明文章来源。", ""},
		{"区领导对今年示范点创建的乡办工作给予了肯定。", ""},
		{"领导出席成都高新区、成华区等地颁证活动。", ""},
		{"全省已实现结婚登记“市内通办”。", ""},
		// Must not fire: a body's own website, a list of bodies, a quoted
		// body, a town's office, a notice reprinted by a body.
		{"可以从乌海市民政局门户网站下载。", "乌海市民政局"},
		{"成都高新区、成华区等单位参加。", "成都高新区"},
		{"选择“市民政局”办理。", "市民政局"},
		{"城关镇文明办召开会议。", "城关镇文明办"},
		{"转载市民政局通知。", "市民政局"},
	}, "agencies", agencyNames)
}

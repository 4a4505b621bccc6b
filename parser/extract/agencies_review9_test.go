package extract

import "testing"

// TestAgenciesReview9 covers the conventions read from reviewer 9's
// bureaus: a bracket before a name closes a byline unless it holds the
// levels of a class; an office named without its place before its head's
// title and name; a township the segmenter ran into its level; a class
// noun in apposition; a ministry's department named by its fields; the
// office of a field's work over a whole division; a body of co-ordination
// (领导小组); a span trimmed back past an adverb and its verb, a
// preposition, 原 and 特邀, a room's number; a meeting convened or named
// by its verb; a media outlet credited with a report; a list of a class
// closed by a conjunction, and a class's other names in brackets. Each
// with cases where the rule must not fire.
func TestAgenciesReview9(t *testing.T) {
	tests := []rowCase{
		// A byline's bracket closes before the name; a bracket of levels
		// is a class's.
		{"(记者 崔静)市民政局召开会议。", "市民政局"},
		{"(记者 崔静 卫敏丽)中华少年儿童慈善救助基金会31日在北京举行仪式", "中华少年儿童慈善救助基金会"},
		{"（二）市民政局负责", "市民政局"},
		{"各县（市、区）民政局要加强", ""},
		{"县（市、区）民政局要加强", ""},
		{"各县（市、\n区）委深改委、人民政府、民政局。", ""},
		{"街道(乡镇)养老照料中心作为巡视探访服务机构", ""},
		// An office named before its head's title and name, where the
		// text names its place elsewhere.
		{"县政府召开会议。会上民政局局长彭君作工作报告", "县政府; 民政局"},
		{"县政府召开会议,会议由政府办副主任杨春泉主持", "县政府; 政府办"},
		{"县政府召开会议。民政局党组书记、局长杨先春作报告", "县政府; 民政局"},
		{"民政局副局长金朝霞讲话", ""},
		// A post's chain of titles as long as the text prints it, and one
		// that no name closes.
		{"县政府召开会议。会上,民政局党组书记、局长、主任、委员、书记、副主任、组长、副组长、处长、科长张三作报告", "县政府; 民政局"},
		{"县政府召开会议。会上,民政局党组书记、局长、主任、委员、书记、副主任、组长、副组长、处长、科长出席", "县政府"},
		{"县政府召开会议。民政局领导班子成员参加会议。", "县政府"},
		{"县政府召开会议。张三、办公室主任李四出席。", "县政府"},
		{"县政府召开会议。该局局长张三出席。", "县政府"},
		// A township's name the segmenter ran into its level; a class
		// noun before a list of named bodies.
		{"燕子河镇民政办紧紧围绕党委、政府的中心工作", "燕子河镇民政办"},
		{"优胜单位城关镇民政办、县殡葬管理所和县殡仪馆", "城关镇民政办; 县殡葬管理所; 县殡仪馆"},
		{"乡镇民政办开展工作", ""},
		{"重点镇民政办开展工作", ""},
		{"联合中心镇政府、儿童福利院等单位开展慰问。", ""},
		{"相城区人民政府太平街道办事处：", "相城区人民政府太平街道办事处"},
		// A ministry's department named by its fields, and its division.
		{"民政部基层政权建设和社区治理司负责此事。", "民政部基层政权建设和社区治理司"},
		{"地址:北京市东城区北河沿大街147号民政部基层政权建设和社区治理司城市社区治理处", "民政部基层政权建设和社区治理司城市社区治理处"},
		{"民政部和财政部联合印发", "民政部; 财政部"},
		// The office of a field's work over a whole division; a body of
		// co-ordination named by its place.
		{"全国残疾人康复工作办公室制定了《规划》。", "全国残疾人康复工作办公室"},
		{"全县工作办公室开展检查", ""},
		{"市流浪乞讨人员救助与管理工作协调领导小组办公室起草了细则。", "市流浪乞讨人员救助与管理工作协调领导小组办公室"},
		{"县民政局成立工作协调小组", "县民政局"},
		{"成立工作领导小组", ""},
		// A span trimmed back to the name.
		{"关于暂停殡仪馆遗体告别的通告", ""},
		{"为进一步规范沙坪街道坡山村内道路名称", "沙坪街道"},
		{"为进一步规范社区服务中心管理", ""},
		{"实施办法已经县政府同意,现印发给你们", "县政府"},
		{"专职工作人员及特邀市第二十七中学在职高级教师", "市第二十七中学"},
		{"从242个申报资助的项目中,经过评审委员会初评", "评审委员会"},
		{"(原董马库乡人民政府驻地)", "董马库乡人民政府"},
		{"(原民乐镇人民政府驻地)", "民乐镇人民政府"},
		{"自怀镇敬老院开展活动", "自怀镇敬老院"},
		{"地址:本溪市明山区新城路18号406室社会事务科", "社会事务科"},
		// A meeting, no body.
		{"召开区人大建议、政协提案面商会,", ""},
		{"县政协召开协商会", "县政协"},
		{"举行养老服务协会成立大会", "养老服务协会"},
		{"参加残疾人协会活动", "残疾人协会"},
		// A media outlet credited with a report; a bureau credited is one.
		{"(瑞昌市融媒体中心 熊昱康 报道)", ""},
		{"(县民政局 张三 报道)", "县民政局"},
		{"瑞昌市融媒体中心开展活动", "瑞昌市融媒体中心"},
		// A class listed with a conjunction; a class's other names.
		{"各省、自治区、直辖市及计划单列市残疾人康复工作办公室要加强", ""},
		{"各县民政局及市救助站", "市救助站"},
		{"各区民政局、各功能区社会事务局(城乡工作处、 社会事业局)、局属各单位:", ""},
		{"民政局（社会事业局）召开会议", ""},
		{"市民政局(市老龄办)召开会议", "市民政局; 市老龄办"}, // 合署: each a name of its own (reviewer 17)
	}
	checkRows(t, tests, "agencies", agencyNames)
}

package extract

import "testing"

// TestAgenciesReview32 covers verbs glued to a name, kinds of body listed
// as classes, and short names in a list after a body, each with cases
// where the rule must not fire (about a third of the table): 交由 and
// 转交 bound the name of the body a work is handed to; 委托 (繁體 委託)
// after a body is the verb its 委 opens; 召開 (繁體) bounds the name
// before the meeting; a two-character word the segmenter tags as a place
// but no division is named (福利, 治安) is no place's name inside a listed
// kind of body, though one that opens a name is (中国残联); 街镇 and 镇街 join two levels as 乡镇 does; a
// body's short name that is a word of its own (团委) is a member of a
// list after a body once the list has named a member, but not right
// after the body that leads it (市纪委、监委).
func TestAgenciesReview32(t *testing.T) {
	checkRows(t, []rowCase{
		{"财政出资设立基金,交由南京市慈善总会管理。", "南京市慈善总会"},
		{"将材料转交县民政局审核。", "县民政局"},
		{"受民政部委託,由该中心编制报告。", "民政部"},
		{"受县民政局委托,会计师事务所开展审计。", "县民政局"},
		{"1月17日,江苏省民政厅召開党组(扩大)会议,传达学习精神。", "江苏省民政厅"},
		{"新疆生产建设兵团文明办、民政局、教育局、团委,各有关单位:", "新疆生产建设兵团文明办; 民政局; 教育局; 团委"},
		{"县民政局、财政局、团委、妇联联合开展活动。", "县民政局; 财政局; 团委; 妇联"},
		{"相关线索移交市纪委、监委,依规处理。", "市纪委"},
		{"天津市南开区民政局、和平区民政局等单位参加。", "天津市南开区民政局; 和平区民政局"},
		{"交警南开支队志愿服务队开展活动。", "交警南开支队志愿服务队"},
		{"民政部、公安部、全国妇联、中国残联等十部门制定意见。", "民政部; 公安部; 全国妇联; 中国残联"},
		// Must not fire: kinds of body listed, the levels of a class, a
		// work handed to no body named, a two-character word that names
		// no body after a body.
		{"资助县(含县)以上社会福利院、社会福利中心、老年公寓等项目170个。", ""},
		{"资助老年人社会福利机构、社会福利中心、农村五保供养服务设施等项目的建设。", ""},
		{"街镇社区党群服务中心、城市网格化综合管理中心、社会治安综合治理中心等部门专职从事社区服务的人员。", ""},
		{"镇街社区事务受理服务中心、社区文化活动中心等部门参加。", ""},
		{"所需资金交由其统一管理。", ""},
		{"县民政局、团队负责人参加。", "县民政局"},
	}, "agencies", agencyNames)
}

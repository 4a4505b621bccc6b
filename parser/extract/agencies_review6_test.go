package extract

import "testing"

// TestAgenciesReview6 covers the conventions read from reviewer 6's
// bureaus: a class of people served before an ending is the body's field
// (退役军人事务局); an adjective before a guessed word ending in 处 is a
// verb phrase (和谐共处); 局属 says what belongs to a bureau; a township
// named in a 主送 line and a body of a level above the class a 各-list
// spreads over are one body each; the short names of a distribution list;
// the class names of social-work stations and of 照料中心; a cited title
// that opens with its year names no issuer; a road before a body in an
// address is no part of it; a trail of links after 首页/ is chrome. Each with cases where the rule must not fire.
func TestAgenciesReview6(t *testing.T) {
	tests := []rowCase{
		// A class of people served names the body's field.
		{"县民政和退役军人事务局开展慰问活动。", "县民政和退役军人事务局"},
		{"县退役军人事务局开展活动。", "县退役军人事务局"},
		{"走访慰问困难群众。", ""},
		// An adjective before a guessed word in 处: a verb phrase.
		{"营造团结互助、和谐共处的良好氛围。", ""},
		{"省民政厅人事处来我县调研。", "省民政厅人事处"},
		// 局属: what belongs to the bureau.
		{"区民政局领导班子成员和局属单位负责人参加会议。", "区民政局"},
		{"市民政局属于政府组成部门。", "市民政局"},
		// A township named in a 主送 line; a level above the 各-class.
		{"各乡镇人民政府、甘蔗街道办事处：", "甘蔗街道办事处"},
		{"各乡镇人民政府、街道办事处：", ""},
		{"各镇(街)分管领导、民政所主任、区民政局领导班子成员参加会议。", "区民政局"},
		{"各县民政局、县财政局：", ""},
		// Short names in a distribution list.
		{"抄报：市民政局；县委、人大、县政府、政协、纪委。", "市民政局; 县委; 人大; 县政府; 政协; 纪委"},
		{"邀请人大代表、政协委员参加。", ""},
		// Classes of station and of 照料中心.
		{"社会工作站建设稳步推进。", ""},
		{"居家社区养老服务照料中心等级评定标准按照有关办法执行。", ""},
		{"城关街道社会工作站开展活动。", "城关街道社会工作站"},
		// A title that opens with its year names no issuer.
		{"上报《2022年度居家社区养老服务照料中心、农村幸福院等级评定申报表》。", ""},
		{"印发《南阳市民政局2022年工作要点》。", "南阳市民政局"},
		// A road before a body in an address.
		{"通讯地址:汕尾市区政和路汕尾市民政局救灾救济科,邮政编码516600", "汕尾市民政局救灾救济科"},
		{"解放路街道办事处开展活动。", "解放路街道办事处"},
		// A trail of links printed with slashes.
		{"首页/ 新闻中心 / 通知公告 / 正文", ""},
		{"市新闻中心/市民政局", "市新闻中心; 市民政局"},
	}
	checkRows(t, tests, "agencies", agencyNames)
}

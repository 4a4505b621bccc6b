package extract

import "testing"

// TestAgencyPlaceWithAdverbChar covers a division's name of the gazetteer
// that holds a character the segmenter tags as an adverb or a verb (都 of
// 三都镇): the division is read whole, the character no verb the name
// opens after. Rows where the name must still open after the adverb: a
// real adverb before a level, no division's name around it.
func TestAgencyPlaceWithAdverbChar(t *testing.T) {
	checkRows(t, []rowCase{
		{"随后为三都镇养老服务中心授牌。", "三都镇养老服务中心"},
		{"在三都镇民政办指导下开展工作。", "三都镇民政办"},
		{"随后与会嘉宾为城南镇、三都镇儿童服务中心授牌。", "三都镇儿童服务中心"},
		{"都江堰市民政局召开会议。", "都江堰市民政局"},
		// Must not run over the adverb.
		{"各项工作都由县民政局负责。", "县民政局"},
		{"大家都到市民政局办理。", "市民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyAfterVerbOfOwnership covers 归 and 属 (to belong to, to come
// under) and their traditional forms before a body's name: the verb's
// object is the body, the verb no part of its name. Rows where the rule
// must not fire: 所属, 归口 and 附属, words of their own.
func TestAgencyAfterVerbOfOwnership(t *testing.T) {
	checkRows(t, []rowCase{
		{"被采用的名称使用权归石哈河镇政府所有。", "石哈河镇政府"},
		{"本次征集活动解释权归大姚县民政局。", "大姚县民政局"},
		{"该社区属城关镇人民政府管辖。", "城关镇人民政府"},
		// Must not cut a word of its own.
		{"县民政局所属事业单位开展自查。", "县民政局"},
		{"由学院附属小学承办。", "学院附属小学"},
		{"归口县民政局管理的社会组织。", "县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyCountedDivisions covers a numeral before a level word inside a
// name's words (两县, 两地州, 三县): the divisions counted, a plural
// class, whose bodies are no one body. Rows where the rule must
// not fire: a numeral inside a division's own name (两当县, 六安市, 五河县),
// or one of the financial forms that spell places' names (郑陆镇).
func TestAgencyCountedDivisions(t *testing.T) {
	checkRows(t, []rowCase{
		{"且末、民丰两县人民政府相关领导出席。", ""},
		{"自治区民政厅、两地州民政局代表签订协议。", "自治区民政厅"},
		{"可联系市内其他任何一区民政局婚姻登记处办理。", ""},
		{"会同三县民政局开展联合检查。", ""},
		// Must not fire.
		{"两当县民政局召开会议。", "两当县民政局"},
		{"六安市民政局、五河县民政局签订协议。", "六安市民政局; 五河县民政局"},
		{"郑陆镇党委书记李汉田出席活动。", "郑陆镇党委"},
		{"三都镇人民政府召开会议。", "三都镇人民政府"},
	}, "agencies", agencyNames)
}

// TestAgencyKindsOfFacility covers the kinds of facility a page names
// without a body's own name: a station of Beijing's 养老服务驿站 is one body
// with its own name before the ending (东城安华楼社区养老服务驿站), the kind
// alone none; a martyrs' cemetery with no place is the kind (烈士陵园),
// and 殡仪场馆 a class of venues. Rows where the name must be found: the
// station's or the cemetery's own name.
func TestAgencyKindsOfFacility(t *testing.T) {
	checkRows(t, []rowCase{
		{"市民政局抽查,东城安华楼社区养老服务驿站等155家驿站符合备案标准。", "市民政局; 东城安华楼社区养老服务驿站"},
		{"广德苑养老服务驿站负责人介绍了情况。", "广德苑养老服务驿站"},
		{"一行先来到平江县烈士陵园祭扫。", "平江县烈士陵园"},
		// Must not fire.
		{"全市具备星级资格的社区养老服务驿站共有686家。", ""},
		{"各街道委托就近的社区养老服务驿站开展服务。", ""},
		{"组织社会各界群众赴烈士陵园开展了祭扫活动。", ""},
		{"哈尔滨市属殡仪场馆和公墓正式进入清明服务期。", ""},
	}, "agencies", agencyNames)
}

package extract

import "testing"

// TestAgenciesReview31 covers names glued to their neighbours, cut short
// or run long, classes and co-ordinated parts, and units that name one
// body in context, each with cases where the rule must not fire (about a
// third of the table): a county's short name that is also a verb (会同)
// bounds the name after it; a roster line's person's name is no part of
// the unit after it; 是指 and 含 bound a name; a bracketed note of what a
// body takes in is no part of its name; 每个 counts a class; schools named
// by how they are run are classes; a pilot's stations are a class; a
// zone's name that shares the head of the next member names no body; a
// list closed by its count of departments names each member; Hong Kong's
// 社会福利署 and 立法会 name one body each; a bureau's 受理大厅 is its unit;
// an upper level read with its ending as one word opens the name after a
// common noun of the clause.
func TestAgenciesReview31(t *testing.T) {
	checkRows(t, []rowCase{
		{"市民政局还会同资中县民政局,在全市开展活动。", "市民政局; 资中县民政局"},
		{"由市民政局牵头,会同综治办、法院、检察院等8个部门开展关爱行动。", "市民政局; 综治办; 法院; 检察院"},
		{"会同县民政局开展救助活动。", "会同县民政局"},
		{"二、督查成员\n组 长:郭鹏逸 市民政局副局长\n成 员:李 鹏 市民政局救灾科科长\n李 萍 市防灾减灾中心主任", "市民政局; 市民政局救灾科; 市防灾减灾中心"},
		{"市殡仪馆骨灰存放处(含育王陵园)暂停祭扫。", "市殡仪馆骨灰存放处; 育王陵园"},
		{"市民政局(含市老龄办)负责。", "市民政局; 市老龄办"},
		{"香港特區政府社會福利署將設長者生活津貼。社會福利署發言人表示。", "香港特區政府社會福利署; 社會福利署"},
		{"香港立法会财务委员会于2012年12月7日通过计划。立法会同时通过拨款。", "香港立法会财务委员会; 立法会"},
		{"社会福利署(社署)现正邀请学校申请。", "社会福利署"},
		{"办理机构:北京市民政局行政受理大厅", "北京市民政局行政受理大厅"},
		{"各县区人民政府,市开发区、高新区管委会:", "高新区管委会"},
		{"民政局、公安局等5个部门参加。", "民政局; 公安局"},
		{"伙牌镇试点社工站已建成。", "伙牌镇试点社工站"},
		{"由县民政局会同县财政局负责。", "县民政局; 会同县财政局"},
		{"对存在的问题市局将发出整改意见书。", "市局"},
		{"按市领导要求将检查情况报告市委、市政府,同时通报。", "市委; 市政府"},
		{"共青团市委开展活动。", "共青团市委"},
		{"团市委开展活动。", "团市委"},
		// Must not fire: a definition's term, a class counted by 每个,
		// schools by how they are run, a pilot's stations, fields of work
		// listed with no count, kinds of body counted, two zones alone.
		{"是指福利院与部分家庭签署协议。", ""},
		{"为每个街道社工站配备2名社工。", ""},
		{"申请学校必须是公营学校(包括官立学校、资助学校及按位津贴学校)或直接资助计划学校。", ""},
		{"为发挥试点社工站建设的示范效应。目前,六个试点社工站均已运营。", ""},
		{"教育、财政、医保、残联等部门参加。", ""},
		{"养老机构、照料中心等3个单位参加。", ""},
		{"市开发区、高新区参加。", "市开发区; 高新区"},
	}, "agencies", agencyNames)
}

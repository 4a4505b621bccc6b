package extract

import "testing"

// TestAgenciesReview24 covers text whose extractor strewed spaces inside
// words, and co-issuers printed together, each with cases where the rule
// must not fire (about a third of the table): where spaces between
// Chinese characters stand on most prose lines and spread over them, no
// space parts two words, in the text, in a table's row and in a cited
// title, and a name is read across it (联合县 妇联 → 县妇联, 二 龙乡 →
// 二龙乡, 办 公室 → 办公室); a whole name, then the whole name of a body
// of the central state, are two co-issuers (国家消防救援局民政部); 各 and a
// rank (各地级以上市民政局) make a category.
func TestAgenciesReview24(t *testing.T) {
	checkRows(t, []rowCase{
		{"5 月 29 日， 镇平县民政局 联合县 妇联、科协，携手开展\n活动，走进 二 龙乡三潭小学，开展 “手拉手”\n关爱活动， 为孩子们送去 学习用品。", "镇平县民政局; 县妇联; 科协; 二龙乡三潭小学"},
		{"5 月 27 日，内乡县举行养老服务 协会成立大会，选举产生了理事会、监事会。\n会议选举产生了 第一届理事会，\n会长作了 表态发言，\n会员单位 参加。", "养老服务协会"},
		{"对工作成效好的县（市、区）在资金 分配时予以倾斜，\n各县（市、区）民政局要结合《河南省民政厅办 公室关于做好养老服务工作的通知》要求，\n确保各项任务按时 完成，取得实效。", "河南省民政厅办公室"},
		{"请各地 认真贯彻 执行。\n确保 工作取得 实效。\n发至：各县（市、区） 委深改委、人民政府、民政局。\n抄送：省民政厅，市 委深改委成员。", "省民政厅; 市委深改委"},
		{"为加强 监督，\n检查组由市纪委监委派驻市民政局 纪检监察组、市民政局养老服务科、财务科组成，\n各组按时 到位，\n认真 开展检查。", "市纪委监委派驻市民政局纪检监察组; 市民政局养老服务科; 财务科"},
		{"传达学习了《国家消防救援局民政部关于切实加强养老机构消防安全工作的通知》精神。", "国家消防救援局; 民政部"},
		// 各 and a rank before a 主送 list: every body of that rank.
		{"各地级以上市民政局、中级人民法院、人民检察院：", ""},
		{"各县级以上民政部门要加强指导。", ""},
		{"广州市民政局、广州市中级人民法院：", "广州市民政局; 广州市中级人民法院"},
		{"党中央国务院高度重视养老服务工作。", "党中央; 国务院"},
		{"认真落实《国家卫生健康委民政部关于深入推进医养结合发展的若干意见》。", "国家卫生健康委; 民政部"},
		// Must not fire: in a text typed as written, a space on few of
		// its lines, or gathered on one, parts two words (two
		// co-issuers, a class of bodies and a unit); a body of the
		// central state with more after it is a body under the first.
		{"根据《湖南省民政厅 湖南省财政厅关于调整补贴标准的通知》要求", "湖南省民政厅; 湖南省财政厅"},
		{"根据《深圳市民政局 深圳市福田区人民政府推进养老服务合作协议》，双方开展合作。", "深圳市民政局; 深圳市福田区人民政府"},
		{"各县区民政局 社会组织管理科负责同志参加。", "社会组织管理科"},
		{"各县（市、区）民政局：\n市民政局 市财政局联合印发通知，要求各地抓好落实。\n请各地认真贯彻执行，确保工作取得实效。\n各地要加强组织领导，压实工作责任。", "市民政局; 市财政局"},
		{"民政部国家减灾中心派员参加。", "民政部国家减灾中心"},
	}, "agencies", agencyNames)
}

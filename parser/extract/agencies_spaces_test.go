package extract

import "testing"

// TestAgencySpaces covers spaces between Chinese characters: in a headline
// a space parts words as a mark does; in text whose extractor strewed
// spaces over most lines, no space parts two words and a name is read
// across it; a line of co-issuers a space apart is no strewn text. Each
// with cases where the rule must not fire.
func TestAgencySpaces(t *testing.T) {
	checkRows(t, []rowCase{
		// A space parts the words of a headline as a mark does: an ending before
		// it ends the name though the segmenter ran a word across it; 办 after a
		// level word is an office's short ending, no verb.
		{"宜川县城区街道办 以党建促发展 全力打造服务型社区", "宜川县城区街道办"},
		{"薛主任强调,在街道办党委、办事处的研究部署下,全面实施活动。", "街道办党委; 办事处"},
		{"由区政府办 统筹协调。", "区政府办"},
		// Must not fire: no space after the ending.
		{"宜川县城区街道办以党建促发展。", "宜川县城区街道"},
		// Where spaces between Chinese characters stand on most prose lines and
		// spread over them, no space parts two words, in the text, in a table's
		// row and in a cited title, and a name is read across it (联合县 妇联 → 县妇联, 二
		// 龙乡 → 二龙乡, 办 公室 → 办公室).
		{"5 月 29 日， 镇平县民政局 联合县 妇联、科协，携手开展\n活动，走进 二 龙乡三潭小学，开展 “手拉手”\n关爱活动， 为孩子们送去 学习用品。", "镇平县民政局; 县妇联; 科协; 二龙乡三潭小学"},
		{"5 月 27 日，内乡县举行养老服务 协会成立大会，选举产生了理事会、监事会。\n会议选举产生了 第一届理事会，\n会长作了 表态发言，\n会员单位 参加。", "养老服务协会"},
		{"对工作成效好的县（市、区）在资金 分配时予以倾斜，\n各县（市、区）民政局要结合《河南省民政厅办 公室关于做好养老服务工作的通知》要求，\n确保各项任务按时 完成，取得实效。", "河南省民政厅办公室"},
		{"请各地 认真贯彻 执行。\n确保 工作取得 实效。\n发至：各县（市、区） 委深改委、人民政府、民政局。\n抄送：省民政厅，市 委深改委成员。", "省民政厅; 市委深改委"},
		{"为加强 监督，\n检查组由市纪委监委派驻市民政局 纪检监察组、市民政局养老服务科、财务科组成，\n各组按时 到位，\n认真 开展检查。", "市纪委监委派驻市民政局纪检监察组; 市民政局养老服务科; 财务科"},
		{"市 救助服务中 心党支部开展活动，走访 困难群众 家中。", "市救助服务中心党支部"},
		// A line of co-issuers a space apart (a joint document's headline) is no
		// text strewn with spaces, and a 和 inside one of its names holds; a
		// division's level a space apart from its government (经区 人民政府) is the
		// government's.
		{"广东省民政厅 广东省人力资源和社会保障厅 广东省卫生和健康委员会 广东省医疗保障局 共青团广东省委员会 广东省残疾人联合会关于进一步加强儿童保障工作的实施意见", "广东省民政厅; 广东省人力资源和社会保障厅; 广东省卫生和健康委员会; 广东省医疗保障局; 共青团广东省委员会; 广东省残疾人联合会"},
		{"报本级人民政府审批。经区 人民政府同意，现批复如下：原江翠路路段，起江海四路，至五邑路，路宽16米。", "区人民政府"},
		// Must not fire: in a text typed as written, a space on few of its lines,
		// or gathered on one, parts two words (two co-issuers, a class of bodies
		// and a unit).
		{"根据《湖南省民政厅 湖南省财政厅关于调整补贴标准的通知》要求", "湖南省民政厅; 湖南省财政厅"},
		{"根据《深圳市民政局 深圳市福田区人民政府推进养老服务合作协议》，双方开展合作。", "深圳市民政局; 深圳市福田区人民政府"},
		{"各县区民政局 社会组织管理科负责同志参加。", "社会组织管理科"},
		{"各县（市、区）民政局：\n市民政局 市财政局联合印发通知，要求各地抓好落实。\n请各地认真贯彻执行，确保工作取得实效。\n各地要加强组织领导，压实工作责任。", "市民政局; 市财政局"},
		// A PDF's space before an ending that names no body alone (办公厅)
		// parts no name: the ending closes the name before the space.
		{"根据《中共东山省委 办公厅东山省人民政府办公厅关于某某工作的意见》要求", "中共东山省委办公厅; 东山省人民政府办公厅"},
		// Must not fire: a space between two whole co-issuers.
		{"根据《东山省民政厅 东山省财政厅关于某某工作的意见》要求", "东山省民政厅; 东山省财政厅"},
	}, "agencies", agencyNames)
}

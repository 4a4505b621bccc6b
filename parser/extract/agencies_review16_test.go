package extract

import "testing"

// TestAgenciesReview16 covers the conventions read from reviewer 16's
// pages, each with cases where the rule must not fire (about a third of
// each table).

// A name opens after a preposition (据, 到, 在) the segmenter glued to the
// one-character level that opens it (据市/x, 到州/x): the level is the
// name's. 州 stands for 自治州 as 市 for its city.
func TestAgenciesReview16Prepositions(t *testing.T) {
	checkRows(t, []rowCase{
		{"据市救助管理站工作人员介绍,市救助管理站将增加巡视班次。", "市救助管理站"},
		{"据县民政局统计,全县共有低保对象。", "县民政局"},
		{"该站成立寻亲小组,由专人负责,经常到州荣复医院,看望危重病人。", "州荣复医院"},
		{"现一直滞留在州荣复医院依托临时安置。", "州荣复医院"},
		// Must not fire: 据 inside a word, a report with no body.
		{"据了解,今年以来全市共救助流浪人员。", ""},
		{"省大数据管理局开展调研。", "省大数据管理局"},
		{"根据工作人员介绍,救助人数有所增加。", ""},
	}, "agencies", agencyNames)
}

// A space parts the words of a headline as a mark does: an ending before
// it ends the name though the segmenter ran a word across it; 办 after a
// level word is an office's short ending, no verb.
func TestAgenciesReview16Spaces(t *testing.T) {
	checkRows(t, []rowCase{
		{"宜川县城区街道办 以党建促发展 全力打造服务型社区", "宜川县城区街道办"},
		{"薛主任强调,在街道办党委、办事处的研究部署下,全面实施活动。", "街道办党委; 办事处"},
		{"由区政府办 统筹协调。", "区政府办"},
		// Must not fire: no space after the ending, 办 a verb after a
		// body's name.
		{"宜川县城区街道办以党建促发展。", "宜川县城区街道"},
		{"坚决反对大操大办。", ""},
		{"民政局办理了登记手续。", ""},
	}, "agencies", agencyNames)
}

// A kind of body is no body: named by a programme after it, counted with
// the first member of its list, designated by a scheme (定点).
func TestAgenciesReview16Classes(t *testing.T) {
	checkRows(t, []rowCase{
		{"据了解,社会工作服务站项目于9月18日上午,济阳区机关服务中心举行启动仪式。", "济阳区机关服务中心"},
		{"仪式结束后,来自9家社会工作服务机构和社区社会工作室的一线社工,在富昌乡香溪名苑社区发放宣传单页。", "富昌乡香溪名苑社区"},
		{"属危重病人、精神病人送定点医院救治。", ""},
		{"全县共有定点医疗机构。", ""},
		// Must not fire: a body named by its place before the programme,
		// a member with its place after a count, a hospital named whole.
		{"市民政局项目于9月启动。", "市民政局"},
		{"来自3家单位和市民政局的干部参加了培训。", "市民政局"},
		{"送市第一人民医院救治。", "市第一人民医院"},
	}, "agencies", agencyNames)
}

// A place's proper name before 街道 or 社区 is read whole, though its
// last character is a common word (太平|桥).
func TestAgenciesReview16PlaceNames(t *testing.T) {
	checkRows(t, []rowCase{
		{"联合区公安分局治安支队、六里桥街道、六里桥派出所、太平桥街道及太平桥派出所等部门开展行动。",
			"区公安分局治安支队; 六里桥街道; 六里桥派出所; 太平桥街道; 太平桥派出所"},
		{"太平桥街道开展活动。", "太平桥街道"},
		{"太平桥社区开展活动。", "太平桥社区"},
		// Must not fire: a kind of community.
		{"推进城乡社区建设。", ""},
		{"加强居家社区养老服务。", ""},
	}, "agencies", agencyNames)
}

// A site's copyright line names the site's owner, no body of the text.
func TestAgenciesReview16Copyright(t *testing.T) {
	checkRows(t, []rowCase{
		{"责任编辑:高小茹\nCopyright@2008-2018 中国社会新闻调查中心 All Rights Reserved", ""},
		{"版权所有:某某市民政局", ""},
		{"© 2020 中国社会新闻调查中心", ""},
		// Must not fire: the same body named in the text.
		{"中国社会新闻调查中心发布报告。", "中国社会新闻调查中心"},
		{"市民政局发布版权保护通知。", "市民政局"},
	}, "agencies", agencyNames)
}

package extract

import "testing"

// TestAgenciesReview22 covers the conventions read from reviewer 21's
// pages, each with cases where the rule must not fire (about a third of
// the table): a forwarding verb (批转) ends the approving body's name; a
// year's 度 (年度, or 2022度 with its 年 lost) opens no name; a kind of
// running or area (公办, 城乡) before a kind of body makes a class; a
// media centre named in a page's source field is the text's outlet.
func TestAgenciesReview22(t *testing.T) {
	checkRows(t, []rowCase{
		{"民政部关于贯彻国务院批转民政部《关于保护和扶持社会福利生产的请示报告》的通知", "民政部; 国务院"},
		{"现下达2022度城乡日间照料中心运营补贴资金", ""},
		{"现下达2022年度城乡日间照料中心运营补贴资金", ""},
		{"听取了社会组织双孵化工作、公办敬老院运行等情况的汇报。", ""},
		{"来源:伊犁融媒体中心\n伊犁州民政局组织活动。", "伊犁州民政局"},
		{"来源:某某日报\n市民政局召开会议。", "市民政局"},
		// Must not fire: a body named after its year, a body whose name
		// holds 城乡 inside, a media centre that acts, a body in a source
		// field.
		{"2025年度鞍山市民政局工作要点", "鞍山市民政局"},
		{"市住房和城乡建设局召开会议。", "市住房和城乡建设局"},
		{"瑞昌市融媒体中心开展活动", "瑞昌市融媒体中心"},
		{"来源:平江县民政局\n平江县开展活动。", "平江县民政局"},
	}, "agencies", agencyNames)
}

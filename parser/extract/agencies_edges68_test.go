package extract

import "testing"

// TestAgencyCitedPlan68 covers the department that opens the title of its
// own emergency plan cited with no 关于 (《河南省民政厅防范低温雨雪冰冻灾害
// 应急预案》): the organ that titles a 预案 by its name is its issuer. Rows
// where the rule must not fire: a plan titled by its place alone (a
// government's plan, 《河南省气象灾害应急预案》), a plan with no place, a
// regulation titled by its place.
func TestAgencyCitedPlan68(t *testing.T) {
	checkRows(t, []rowCase{
		{"依据《河南省民政厅防范低温雨雪冰冻灾害应急预案》制定本方案。", "河南省民政厅"},
		{"按照《四川省民政厅自然灾害救助应急预案》要求,做好救助准备。", "四川省民政厅"},
		{"根据《广元市民政局防汛抗旱应急预案》,启动四级响应。", "广元市民政局"},
		// Must not fire.
		{"依据《河南省气象灾害应急预案》制定本方案。", ""},
		{"按照《防范低温雨雪冰冻灾害应急预案》要求,做好准备。", ""},
		{"依据《河南省气象灾害防御条例》制定本方案。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyOrganClass68 covers a 主送 line's class of the issuing body's
// own sections (市局机关各科（室）、局属各单位：): the body's name that heads
// the class names no one body. Rows where the rule must not fire: the
// body's organ named as one (市局机关党委), the body with its own
// sections named after it, the body's name before a list with no 各.
func TestAgencyOrganClass68(t *testing.T) {
	checkRows(t, []rowCase{
		{"各县(市、区)民政局,市局机关各科(室)、局属各单位:", ""},
		{"发:各县市区民政局(社会事业局),市局机关各科(室、局)、局属各单位。", ""},
		{"各区民政局,市民政局机关各处室:", ""},
		// Must not fire.
		{"市局机关党委组织党员开展学习。", "市局机关党委"},
		{"市局办公室、市局社会救助科负责人参加会议。", "市局办公室; 市局社会救助科"},
		{"市民政局机关干部参加志愿服务活动。", "市民政局"},
	}, "agencies", agencyNames)
}

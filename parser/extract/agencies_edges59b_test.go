package extract

import "testing"

// TestAgencyPortfoliosJoined covers a department named after two
// portfolios joined by 和 (人力资源和社会保障部) after a list's mark: one
// name, where the list member before it is a name of its own; fields
// listed with one shared ending, or places joined, stay apart.
func TestAgencyPortfoliosJoined(t *testing.T) {
	checkRows(t, []rowCase{
		{"会议由民政部、人力资源和社会保障部联合主办。", "民政部; 人力资源和社会保障部"},
		{"财政部、住房和城乡建设部联合印发通知。", "财政部; 住房和城乡建设部"},
		{"市民政局、交通运输和物流局参加。", "市民政局; 交通运输和物流局"},
		// Must not fire: fields sharing one ending, places joined, a
		// class's noun (部门), a verb's words.
		{"民政、财政和人社局联合检查。", "财政和人社局"},
		{"城关区和东岗区民政局派员参加。", "东岗区民政局"},
		{"会议由民政部、人力资源和社会保障部门联合主办。", "民政部"},
		{"加强监督和管理科学化。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyLevelFieldUnit covers a unit named after the 基层政权 field
// (基层政权和社区建设科): 基层 opens the field's words, no class; before
// a level or an ending it still makes a class.
func TestAgencyLevelFieldUnit(t *testing.T) {
	checkRows(t, []rowCase{
		{"科室设置:救灾救济科、基层政权和社区建设科、优抚科。", "救灾救济科; 基层政权和社区建设科; 优抚科"},
		{"由社会救助科、基层政权建设和社区服务科牵头。", "社会救助科; 基层政权建设和社区服务科"},
		// Must not fire: 基层 before a level or a kind of body.
		{"推进基层社区服务中心建设。", ""},
		{"要求各乡镇和基层民政所配合。", ""},
	}, "agencies", agencyNames)
}

package extract

import "testing"

// TestAgencyActBeforePlace: a verbal noun before a body of co-ordination
// named by its place is the act done to it, even where the group's field
// holds verbal nouns of its own; it must not move the start of a name
// that holds no place after the verbal noun, of an ending named after no
// field, nor of a zone's name whose field is a verbal noun.
func TestAgencyActBeforePlace(t *testing.T) {
	checkRows(t, []rowCase{
		{"及时调整市民政局建议提案办理工作领导小组,印发通知。", "市民政局建议提案办理工作领导小组"},
		{"及时调整市民政局政府信息公开工作领导小组,印发通知。", "市民政局政府信息公开工作领导小组"},
		{"及时调整县民政局养老服务工作领导小组成员。", "县民政局养老服务工作领导小组"},
		// Must not fire.
		{"成立了市民政局政府信息公开工作领导小组。", "市民政局政府信息公开工作领导小组"},
		{"及时调整建议提案办理工作领导小组,印发通知。", ""},
		{"为全面推进中国式现代化连云港新实践开好局起好步作出新的更大贡献。", ""},
		{"督导组检查了台商投资区角美镇敬老院。", "台商投资区角美镇敬老院"},
	}, "agencies", agencyNames)
}

package extract

import "testing"

// TestAgencyTitleSharedUnit: a unit's field right before the title of its
// head that opens with the unit's ending (救灾处长魏国祥) names the unit
// (救灾处); a title with no field word, a title after a name or a word
// of one character, a unit ending of no 处/科/股 kind, and a title with
// no name after it name no unit.
func TestAgencyTitleSharedUnit(t *testing.T) {
	checkRows(t, []rowCase{
		{"省民政厅副巡视员汪虹波带领救灾处长魏国祥、法规处长范长林深入我市。", "省民政厅; 救灾处; 法规处"},
		{"陪同人员:社会救助科长王建民、养老服务科长李华。", "社会救助科; 养老服务科"},
		{"财务股长刘强介绍情况。", "财务股"},
		// Must not fire.
		{"副处长王建民介绍情况。", ""},
		{"王建民处长介绍情况。", ""},
		{"老处长王建民讲话。", ""},
		{"会上,政务司司长张建宗讲话。", "政务司"},
		{"带领救灾处长一行深入我市。", ""},
	}, "agencies", agencyNames)
}

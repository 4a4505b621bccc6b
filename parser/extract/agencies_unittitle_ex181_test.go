package extract

import "testing"

// TestAgencyUnitTitled: a unit named by its own words alone right before
// its head's title, which holds the unit's ending (救助科|科长), is named;
// a kind of unit, a unit whose ending the title does not hold, a title
// after a verb, and words too short to name a unit are not.
func TestAgencyUnitTitled(t *testing.T) {
	checkRows(t, []rowCase{
		{"县民政局局长出席,副局长王某,救助科科长李某参加。", "县民政局; 救助科"},
		{"座谈会上，优抚股股长张某介绍了情况。", "优抚股"},
		{"副局长王某、殡葬管理科副科长赵某列席。", "殡葬管理科"},
		{"会上,老龄工作科科长刘某作了发言。", "老龄工作科"},
		{"县民政局局长出席,福祉科科长李某参加。", "县民政局; 福祉科"},
		{"副局长王某、社会事务股副股长陈某参加。", "社会事务股"},
		// Must not fire.
		{"会议要求,各科科长要抓好落实。", ""},
		{"会议要求,各业务科科长要抓好落实。", ""},
		{"副局长王某,办公室科长李某参加。", ""},
		{"他曾担任救助科科长多年。", ""},
		{"会上,有关科室科长作了发言。", ""},
	}, "agencies", agencyNames)
}

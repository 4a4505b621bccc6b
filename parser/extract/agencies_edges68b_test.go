package extract

import "testing"

// TestAgencyComplementLeads68b covers the complement of result a verb
// takes right after it (落实好|民政部, 做好…): 好 after a verb is the
// verb's, no name's first character. Rows where the rule must not fire:
// 好 after a noun inside a name's words, a verb with no complement, a
// name whose place follows the verb.
func TestAgencyComplementLeads68b(t *testing.T) {
	checkRows(t, []rowCase{
		{"各级民政部门要落实好民政部和海南省政府领导的指示。", "民政部; 海南省政府"},
		{"要落实好国务院的部署。", "国务院"},
		{"全市各地要落实好民政部的要求。", "民政部"},
		// Must not fire.
		{"要落实民政部和海南省政府领导的指示。", "民政部; 海南省政府"},
		{"要抓好市民政局的部署。", "市民政局"},
		{"做好县民政局工作。", "县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyVerbAfterAdverb68b covers a verb with an adverb right before
// it (就|直奔|养老服务中心): the adverb qualifies the verb, the clause's
// predicate, and the body it goes to opens after it; a bare class of
// bodies is left no name. Rows where the rule must not fire: a verb after
// a verb (联合|为民社会工作服务中心), a name that opens with its place after
// the verb, no adverb.
func TestAgencyVerbAfterAdverb68b(t *testing.T) {
	checkRows(t, []rowCase{
		{"他刚从地里回来就直奔养老服务中心吃饭。", ""},
		{"大家就直奔日间照料中心吃饭。", ""},
		// Must not fire.
		{"联合为民社会工作服务中心开展活动。", "为民社会工作服务中心"},
		{"他刚从地里回来就到北冲村居家养老服务中心吃饭。", "北冲村居家养老服务中心"},
		{"老人们来到养老服务中心吃饭。", ""},
	}, "agencies", agencyNames)
}

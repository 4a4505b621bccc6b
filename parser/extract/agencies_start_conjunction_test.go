package extract

import "testing"

// TestAgencyStartConjunction: a clause's conjunction printed right before
// an ending that names a body by itself is none of the name; the 和 that
// joins two names, and words of a name before its ending, are left alone.
func TestAgencyStartConjunction(t *testing.T) {
	checkRows(t, []rowCase{
		// The bare 民政局 left is a kind, named by no place: no body.
		{"虽然下班时间已过,但是民政局仍有工作人员在值班。", ""},
		{"群众反映强烈,因此民政局决定延长办理时间。", ""},
		{"手续已经齐全,而且民政局当天就办结了。", ""},
		{"虽然下班时间已过,但是民政局婚姻登记中心仍在值班。", "民政局婚姻登记中心"},
		// Must not fire.
		{"县卫健局和民政局联合开展检查。", "县卫健局"},
		{"武山县民政局召开会议。", "武山县民政局"},
		{"但是县民政局仍有工作人员在值班。", "县民政局"},
	}, "agencies", agencyNames)
}

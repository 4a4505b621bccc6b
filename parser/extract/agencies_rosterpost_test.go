package extract

import "testing"

// TestAgencyRosterPost: a bracket after a name that holds a unit and its
// head's title alone (张某(低保处处长)) names the unit, one of the body
// whose roster it is (postBracketed, headedUnits). Not so: a class of
// units, a unit with its place (found whole elsewhere), a title alone.
func TestAgencyRosterPost(t *testing.T) {
	checkRows(t, []rowCase{
		{"成员为:张某(低保处处长),李某(办公室主任),王某(计财处处长)。", "低保处; 办公室; 计财处"},
		{"赵某某(低保处副处长)出席。", "低保处"},
		// Must not fire.
		{"张三(各科室负责人)参加。", ""},
		{"张三(处长)参加。", ""},
	}, "agencies", agencyNames)
}

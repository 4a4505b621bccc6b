package extract

import "testing"

// TestAgencyEndings98: the short form of a township's 民政服务站 (民服站)
// ends a name with its place. Not so: the words of serving the people
// (为民服务) with no station after them.
func TestAgencyEndings98(t *testing.T) {
	checkRows(t, []rowCase{
		{"千灯民服站开展活动。", "千灯民服站"},
		{"千灯镇民服站工作人员上门服务。", "千灯镇民服站"},
		// Must not fire.
		{"树牢为民服务的宗旨。", ""},
		{"推动民政服务进社区。", ""},
	}, "agencies", agencyTextRows)
}

package extract

import "testing"

// TestAgencyBodySetsUpUnits covers a body, then 设 (sets up) and its
// units (某县民政局设办公室、…科): the body is named whole, the verb
// bounds it, and each unit after the verb (内设, 下设 too) is the body's.
func TestAgencyBodySetsUpUnits(t *testing.T) {
	checkRows(t, []rowCase{
		{"平安县民政局设办公室、救灾科、优抚科。", "平安县民政局; 办公室; 救灾科; 优抚科"},
		{"县民政局设办公室。", "县民政局; 办公室"},
		{"平安县民政局内设办公室、救灾科、优抚科。", "平安县民政局; 办公室; 救灾科; 优抚科"},
		// Must not fire: 设 inside a word, 设 with no body before it, a
		// group named by its work alone.
		{"市规划设计院承担编制工作。", "市规划设计院"},
		{"县里设三个救助站。", ""},
		{"领导小组下设办公室,办公室设在县民政局。", "县民政局"},
	}, "agencies", agencyNames)
}

package extract

import "testing"

// TestAgencyEdges78: 设在 seats a group's office in a body: the office
// before the verb and the body after it are named each by its own words,
// no name running over the verb; a body with no 设在 keeps its words.
func TestAgencyEdges78(t *testing.T) {
	checkRows(t, []rowCase{
		{"领导小组下设办公室,办公室设在局办公室。", "办公室; 局办公室"},
		{"领导小组办公室设在县民政局,负责日常工作。", "领导小组办公室; 县民政局"},
		// Must not fire.
		{"县民政局办公室负责日常工作。", "县民政局办公室"},
		{"局办公室明确一名工作人员负责。", "局办公室"},
	}, "agencies", agencyNames)
}

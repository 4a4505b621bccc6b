package extract

import "testing"

// TestPeopleVisitVerb: 入户 (to call at a household, domain.tsv) after a
// title is the visit, no one's name; a name printed between the title and
// the verb is still read.
func TestPeopleVisitVerb(t *testing.T) {
	tests := []rowCase{
		{"社区主任王建国入户探访独居老人。", "王建国 主任 [主任]"},
		{"村党支部书记李秀英入户走访困难家庭。", "李秀英 书记 [书记] @村党支部"},
		// No name.
		{"镇领导与民政科主任入户探访独居老人。", ""},
		{"网格员入户走访,了解老人需求。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

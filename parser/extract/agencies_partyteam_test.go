package extract

import "testing"

// TestAgencyPartyTeam: a Party group's name with 班子 after it (agency
// cues partypost, team; partyPostsOff) is the leadership team, its members
// the body's leaders: the body before the party ending is the agency, and
// the group alone names none. Not so: a
// Party group that acts or meets, and a team with no party ending.
func TestAgencyPartyTeam(t *testing.T) {
	checkRows(t, []rowCase{
		{"会上,局党组班子成员进行工作点评。", ""},
		{"市民政局党组班子成员参加会议。", "市民政局"},
		{"厅党组班子成员出席会议。", ""},
		// Must not fire.
		{"经局党组研究同意,现下达资金。", "局党组"},
		{"市民政局党组召开会议。", "市民政局党组"},
		{"局领导班子成员参加会议。", ""},
	}, "agencies", agencyTextRows)
}

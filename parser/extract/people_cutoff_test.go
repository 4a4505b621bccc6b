package extract

import "testing"

// TestPeopleCutOff: a preposition at the end of a page saved cut off
// mid-sentence (在, no mark after it) is no name's last character; a stop
// that is no preposition there, or a preposition a mark closes, is.
func TestPeopleCutOff(t *testing.T) {
	tests := []rowCase{
		{"区民政局婚姻登记中心负责人王某在", "王某 负责人 [负责人] @区民政局婚姻登记中心"},
		{"区民政局婚姻登记中心负责人王某在\n", "王某 负责人 [负责人] @区民政局婚姻登记中心"},
		{"副局长王红都、王强参加。", "王红都 副局长 [副局长]; 王强 副局长 [副局长]"},
		// Must not cut: a stop that is no preposition at the text's end,
		// a preposition a mark closes.
		{"参加会议的有副局长王红都", "王红都 副局长 [副局长]"},
		{"副局长李自在、王强参加。", "李自在 副局长 [副局长]; 王强 副局长 [副局长]"},
		{"副局长李自在。", "李自在 副局长 [副局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

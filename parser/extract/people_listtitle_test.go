package extract

import "testing"

// TestPeopleListTitle: a title printed once after a 、-list of names is
// each name's; an address (同志) after the list gives none, a title before
// a member of its own stays that member's, and a title before the list is
// sharingTitle's.
func TestPeopleListTitle(t *testing.T) {
	tests := []rowCase{
		{"市民政局局长王大海带领张泰波、李永华调研员到镇里检查工作。", "王大海 局长 [局长] @市民政局; 李永华 调研员 [调研员]; 张泰波 调研员 [调研员]"},
		{"当天,王东、张泰波、李永华副局长到镇里检查工作。", "李永华 副局长 [副局长]; 张泰波 副局长 [副局长]; 王东 副局长 [副局长]"},

		// An address, a member with a title of its own, a title before the list.
		{"会议由张泰波、李永华同志主持。", "李永华 -; 张泰波 -"},
		{"局长王东、李永华副局长到镇里检查工作。", "王东 局长 [局长]; 李永华 副局长 [副局长]"},
		{"副局长张泰波、李永华到镇里检查工作。", "张泰波 副局长 [副局长]; 李永华 副局长 [副局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

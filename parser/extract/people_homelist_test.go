package extract

import "testing"

// TestPeopleHomeList (rows list people in the order the rules find them):
// a 、-list of full names closed by the home a visit went into (家中, 家里)
// after the place's level names each person, a given name that is also a
// word among them. Not so: no place's level before the first name, one
// name with no list, items that are classes of people or no names.
func TestPeopleHomeList(t *testing.T) {
	tests := []rowCase{
		{"副局长到金山镇窦同学、刘炳梅、申义商、战允才家中了解情况。", "窦同学 -; 刘炳梅 -; 申义商 -; 战允才 -"},
		{"局长来到城关镇张明、李华家里看望。", "张明 -; 李华 -"},
		{"工作组到和平社区王建国、赵丽家中走访。", "王建国 -; 赵丽 -"},

		// No list of names read.
		{"局长到金山镇窦同学家中了解情况。", ""},
		{"局长深入困难群众、特困人员家中走访。", ""},
		{"局长走进张庄村各户、各组家中。", ""},
		{"局长到同学、朋友家中做客。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

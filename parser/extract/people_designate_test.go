package extract

import "testing"

// TestPeopleDesignate: an office with 人选 right after it (局长人选杜某) is
// the post of the one chosen for it, the name after the compound; 人选
// after no office, or an office with no name after it, names no one.
func TestPeopleDesignate(t *testing.T) {
	tests := []rowCase{
		{"市民政局党组书记、局长人选杜朝野带队检查。", "杜朝野 局长人选 [党组书记 局长人选] @市民政局"},
		{"区民政局局长人选孙海出席会议。", "孙海 局长人选 [局长人选] @区民政局"},
		{"镇长人选王建国作表态发言。", "王建国 镇长人选 [镇长人选]"},
		{"副县长人选周敏同志介绍情况。", "周敏 副县长人选 [副县长人选]"},

		// No one: 人选 after no office, or no name after the compound.
		{"评议出85户作为推荐人选上报审核。", ""},
		{"确定村主任人选3名。", ""},
		{"认真做好局长人选的考察工作。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

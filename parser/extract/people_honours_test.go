package extract

import "testing"

// TestPeopleHonoursStatus: an honour of 全国劳动模范和先进工作者 printed
// before a name is its role; 贫困老人 before a name is a status (role
// null). After a name, or with no name after them, they name no one.
func TestPeopleHonoursStatus(t *testing.T) {
	tests := []rowCase{
		{"全省先进工作者高秀梅在会上发言。", "高秀梅 先进工作者 [先进工作者]"},
		{"全国劳动模范郑国庆介绍经验。", "郑国庆 劳动模范 [劳动模范]"},
		{"走进贫困老人曹玉珍家中。", "曹玉珍 -"},

		{"他被评为全省先进工作者。", ""},
		{"表彰劳动模范和先进工作者。", ""},
		{"慰问贫困老人。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

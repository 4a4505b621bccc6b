package extract

import "testing"

// TestPeopleNomineeRow: rows of a list naming people beside the honour
// each is put forward for, a name set off by a space (or spaced to three)
// and the honour in quotes or closed by 称号, two rows or more on lines
// next to each other, are people with no title. Not so: one such line
// alone, a body's name, a field of four characters or one that is no
// name, a field that names no honour or goes on past it, running text.
func TestPeopleNomineeRow(t *testing.T) {
	tests := []rowCase{
		{"某镇敬老院 全国“敬老文明号”\n黄桂芳 全国“敬老爱老助老模范人物”\n周 琼 全国“敬老爱老助老模范人物”", "黄桂芳 -; 周琼 -"},
		{"黄桂芳 省级“最美家庭”\n周淑珍 省级“最美家庭”", "黄桂芳 -; 周淑珍 -"},
		{"黄桂芳 全国劳动模范称号\n周淑珍 全国劳动模范称号", "黄桂芳 -; 周淑珍 -"},

		// No rows read.
		{"黄桂芳 全国“敬老爱老助老模范人物”", ""},
		{"黄桂芳 全国“敬老爱老助老模范人物”\n\n会议召开。\n周淑珍 全国“敬老爱老助老模范人物”", ""},
		{"某镇敬老院 全国“敬老文明号”\n某县福利院 全国“敬老文明号”", ""},
		{"黄桂芳 敬老爱老助老模范人物\n周淑珍 敬老爱老助老模范人物", ""},
		{"开展 “敬老月”活动\n组织 “银龄行动”", ""},
		{"王家大院 全国“敬老文明号”\n李家祠堂 全国“敬老文明号”", ""},
		{"敬老院 全国“敬老文明号”\n金山村 全国“敬老文明号”", ""},
		{"黄桂芳 “最美家庭”评选活动\n周淑珍 “最美家庭”评选活动", ""},
	}
	checkRows(t, tests, "people", personRows)
}

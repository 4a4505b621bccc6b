package extract

import "testing"

// TestPeopleHonourRow: the rows of a list of honoured people, the name,
// the sex in brackets or a space, then the unit and post, each person
// with the post at the end of their own line and not the line before.
// Not so: a line with no post, a bracket of other words, a line parted
// by a space alone, a line of running text.
func TestPeopleHonourRow(t *testing.T) {
	tests := []rowCase{
		{"张小梅(女)秦皇岛市民政局副局长\n聂大军 定州市民政局局长", "张小梅 副局长 [副局长] @秦皇岛市民政局; 聂大军 局长 [局长] @定州市民政局"},
		{"李 霞(女)张家口市天垣养老服务中心理事长\n胡大伟 乐亭县庞各庄敬老院院长", "李霞 理事长 [理事长] @张家口市天垣养老服务中心; 胡大伟 院长 [院长] @乐亭县庞各庄敬老院"},
		{"许小梅（女）武安市庆裕老年公寓院长", "许小梅 院长 [院长] @武安市庆裕老年公寓"},
		{"王 楠(女)容城县民政事业服务中心养老护理员", "王楠 养老护理员 [养老护理员] @容城县民政事业服务中心"},
		{"马小兰(回族)某县民政局副局长\n王小丽(女)某市友力托老康复中心院长", "马小兰 副局长 [副局长] @某县民政局; 王小丽 院长 [院长] @某市友力托老康复中心"},

		// No row read.
		{"张小梅(女)秦皇岛市民政局", ""},
		{"张小梅(试行)秦皇岛市民政局副局长", ""},
		{"聂大军 定州市民政局局长", ""},
		{"会议由张小梅(女)主持，强调要抓好落实。", ""},
		{"全国养老服务先进个人名单\n(河北省8名)", ""},
	}
	checkRows(t, tests, "people", personRows)
}

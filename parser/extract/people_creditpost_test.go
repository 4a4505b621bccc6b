package extract

import "testing"

// TestPeopleCreditPost: a credited person with a post in a bracket right
// after the name, closing the field, takes the post as the last title.
// Not so: a post no bracket closes; a bracket that holds no title, one
// that a clause goes on past, words before the title that name no body,
// a credit label in the bracket, a name with an office's title and no
// credit label.
func TestPeopleCreditPost(t *testing.T) {
	tests := []rowCase{
		{"编辑 | 钱志远(城关镇信息调研员)\n校对 | 黄桂芳", "钱志远 信息调研员 [编辑 信息调研员] @城关镇; 黄桂芳 校对 [校对]"},
		{"责编：周淑珍（某镇民政科科长）", "周淑珍 科长 [责编 科长] @某镇民政科"},
		{"编辑：钱志远（科长）", "钱志远 科长 [编辑 科长]"},

		// The credit's label stays the role.
		{"编辑 | 钱志远(某镇)\n校对 | 黄桂芳", "钱志远 编辑 [编辑]; 黄桂芳 校对 [校对]"},
		{"编辑 | 钱志远(科长)参与了审核工作", "钱志远 编辑 [编辑]"},
		{"编辑 | 钱志远(审核)", "钱志远 编辑 [编辑]"},
		{"编辑 | 钱志远(城关镇)", "钱志远 编辑 [编辑]"},
		{"编辑 | 钱志远(曾任科长)", "钱志远 编辑 [编辑]"},
		{"局长钱志远(城关镇信息调研员)", "钱志远 局长 [局长]"},
		{"会议召开。钱志远陪同。", "钱志远 -"},
		{"编辑：钱志远、城关镇科长", "钱志远 编辑 [编辑]"},

		{"编辑 | 钱志远 城关镇科长黄桂芳", "钱志远 编辑 [编辑]; 黄桂芳 科长 [科长]"},
		{"钱志远 编辑(城关镇信息调研员)", ""},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import "testing"

// TestPeopleSpacedPair (rows list people in the order the rules find them): two fields of one character each, a surname and a
// given name, beside another bare name in a closing credit are one
// two-character name letter-spaced. Not so: a bracket with no other name,
// a run of three single characters, a pair that opens with no surname, or
// a bracket inside a line.
func TestPeopleSpacedPair(t *testing.T) {
	tests := []rowCase{
		{"要坚持反腐倡廉，开展专项整治。(吴 丰 张凤元)", "张凤元 -; 吴丰 -"},
		{"会议要求抓好落实。（张凤元 吴 丰）", "张凤元 -; 吴丰 -"},
		{"会议要求抓好落实。(李明 王 芳 赵刚)", "李明 -; 赵刚 -; 王芳 -"},

		// No pair read.
		{"会议要求抓好落实。(张 三 丰 李明)", "李明 -"},
		{"会议要求抓好落实。(的 了 李明)", "李明 -"},
		{"会议要求抓好落实。(图 文 供稿)", ""},
		{"共有(吴 丰 张凤元)三人参加。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

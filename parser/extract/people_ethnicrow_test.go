package extract

import "testing"

// TestPeopleEthnicRow: an honours row whose name no surname opens is read
// where its bracket gives an ethnic group other than the Han (拉加才让(藏族)),
// the post run on after it. Not so: a bracket of the Han or of the sex, or
// a row with no post.
func TestPeopleEthnicRow(t *testing.T) {
	tests := []rowCase{
		{"拉加才让(藏族) 同仁市隆务镇四合吉社区党支部书记、居民委员会主任", "拉加才让 主任 [书记 主任] @同仁市隆务镇四合吉社区党支部"},
		{"果洛再拉(藏族) 班玛县江日堂乡多日麻村党支部书记、", "果洛再拉 书记 [书记] @班玛县江日堂乡多日麻村党支部"},
		{"阿依古丽(维吾尔族)某县民政局副局长", "阿依古丽 副局长 [副局长] @某县民政局"},

		// No row read: the Han, the sex, no post.
		{"拉加才让(汉族) 同仁市隆务镇四合吉社区党支部书记", ""},
		{"拉加才让(女) 同仁市隆务镇四合吉社区党支部书记", ""},
		{"拉加才让(藏族) 同仁市隆务镇四合吉社区", ""},
	}
	checkRows(t, tests, "people", personRows)
}

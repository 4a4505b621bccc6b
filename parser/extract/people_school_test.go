package extract

import "testing"

// TestPeopleSchoolHead: 校长 and 副校长 (titles.tsv, the head of a school
// and the deputy) are titles before a name, alone or as the last of a
// 、-chain of a body's titles; the word in a clause names no one.
func TestPeopleSchoolHead(t *testing.T) {
	tests := []rowCase{
		{"市第一中学校长陈文华出席开学典礼。", "陈文华 校长 [校长] @市第一中学"},
		{"县老年人体育协会副会长、县老年大学副校长周海涛作交流发言。", "周海涛 副校长 [副会长 副校长] @县老年人体育协会"},
		{"市实验小学副校长何丽娟介绍了办学情况。", "何丽娟 副校长 [副校长] @市实验小学"},

		// The word heads a noun or stands in a clause: no one is named.
		{"学校实行校长负责制。", ""},
		{"各校校长要高度重视。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import "testing"

// TestPeopleKinship: a kinship word before a relative's name gives the
// person with no title, as a status word does; a kinship word before no
// name (母亲节, 儿子在外打工), a time clause's 时 after a name, and a
// body's words between a status and an office (丈夫…管理站站长) give none
// of theirs.
func TestPeopleKinship(t *testing.T) {
	tests := []rowCase{
		{"在通山县民政局,夏雨的外婆孙兰华哽咽地说:“我一定会教育夏雨。”", "孙兰华 -"},
		{"民政局局长焦继萍的结对亲戚马秀梅、百名优秀道德模范代表孙秀玲做新春发言。", "焦继萍 局长 [局长]; 马秀梅 -; 孙秀玲 代表 [道德模范 代表]"},
		{"母亲节当天，老人的儿子在外打工，女儿出嫁。", ""},
		{"谈到儿子张力时在场的所有人为之动容。", ""},
		{"女子的丈夫紧紧握住市救助管理站站长郑国海的手。", "郑国海 站长 [站长] @市救助管理站"},
		{"湛江市退役军人事务局副局长张琦出席。", "张琦 副局长 [副局长] @湛江市退役军人事务局"},
	}
	checkRows(t, tests, "people", personRows)
}

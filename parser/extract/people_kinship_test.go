package extract

import "testing"

// TestPeopleKinship: a kinship word before a relative's name gives the
// person with no title, as a status word does; a kinship word before no
// name (母亲节, 儿子在外打工), a time clause's 时 after a name, and a
// body's words between a status and an office (丈夫…管理站站长) give none
// of theirs.
func TestPeopleKinship(t *testing.T) {
	tests := []rowCase{
		{"在县民政局,小雨的外婆孙某某哽咽地说:“我一定会教育小雨。”", "孙某某 -"},
		{"民政局局长焦某某的结对亲戚马某某、百名优秀道德模范代表孙某某做新春发言。", "焦某某 局长 [局长]; 马某某 -; 孙某某 代表 [道德模范 代表]"},
		{"母亲节当天，老人的儿子在外打工，女儿出嫁。", ""},
		{"谈到儿子张力时在场的所有人为之动容。", ""},
		{"女子的丈夫紧紧握住市救助管理站站长郑某某的手。", "郑某某 站长 [站长] @市救助管理站"},
		{"湛江市退役军人事务局副局长张琦出席。", "张琦 副局长 [副局长] @湛江市退役军人事务局"},
	}
	checkRows(t, tests, "people", personRows)
}

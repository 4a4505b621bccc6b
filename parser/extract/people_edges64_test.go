package extract

import "testing"

// TestPeopleResident: a visit report names the householder right after
// the residence noun 住户 (住户李玉梅家里), as after a status word
// (低保户赵国荣家): a person with no role, the name ending before 家里. 住户
// before a word that is no name (住户信息, 住户家中) names no one.
func TestPeopleResident(t *testing.T) {
	checkRows(t, []rowCase{
		{"日前,在北环路26号院住户李玉梅家里,工作人员送上慰问品。", "李玉梅 -"},
		{"工作人员来到住户王建国家中了解情况。", "王建国 -"},
		{"在低保户赵国荣家,工作人员询问生活情况。", "赵国荣 -"},

		// No name after 住户.
		{"社区逐户登记住户信息,建立台账。", ""},
		{"工作人员走进住户家中了解情况。", ""},
		{"全楼共有住户48户。", ""},
	}, "people", personRows)
}

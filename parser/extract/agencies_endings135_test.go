package extract

import "testing"

// TestAgencyJointBranchAndBoardingHome: a joint Party branch after the
// unit that hosts it is one body, 联合 a word of its name, and a 寄养院
// is a home named by its place. Not so: a joint branch with no unit
// before it (a kind set up), 联合 the verb of two bodies acting together,
// or 寄养 the care given in a family.
func TestAgencyJointBranchAndBoardingHome(t *testing.T) {
	tests := []rowCase{
		{"崇明区社会救助事务管理中心联合党支部书记、主任宋杰获表彰。", "崇明区社会救助事务管理中心联合党支部"},
		{"浦东新区重度残疾人寄养院获全国民政系统先进集体称号。", "浦东新区重度残疾人寄养院"},
		{"正式党员不足3人的单位可以成立联合党支部。", ""},
		{"两家单位联合开展走访慰问活动。", ""},
		{"全县开展儿童家庭寄养工作。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}

package extract

import "testing"

// TestPeopleReview30Members covers review 28's roster of a team: a member
// line prints a name, a space and the unit with the post (组 长:郭鹏逸
// 市民政局副局长), a two-character name spaced to three (李 鹏); the
// person is the name, the role the last title on the line, and the label
// before the colon (组长, 成员) is no person and no role.
func TestPeopleReview30Members(t *testing.T) {
	tests := []rowCase{
		{"组 长:郭鹏逸 市民政局副局长\n成 员:李 鹏 市民政局救灾科科长\n李 萍 市防灾减灾中心主任\n胡 成 市民政局救灾科工作人员",
			"郭鹏逸 副局长 [副局长] @市民政局; 李鹏 科长 [科长] @市民政局救灾科; 李萍 主任 [主任] @市防灾减灾中心; 胡成 -"},
		{"副组长:王建国 县民政局局长", "王建国 局长 [局长] @县民政局"},
		// Negatives: no label line before; a post that names no body and
		// no title; a value in digits.
		{"李 萍 市防灾减灾中心主任", ""},
		{"成 员:李 鹏 很好", ""},
		{"联系人:王建国 13800000000", "王建国 -"},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleReview30Credits covers review 28's closing credits: a bracket
// that closes with its credit label after the names ((包宇 文/图)) and a
// bare name run onto the last sentence (…建设任务。陈增勋) credit people
// with no role (GOLD Settled: a bare name in a closing credit).
func TestPeopleReview30Credits(t *testing.T) {
	tests := []rowCase{
		{"试点工作正有序开展。(包宇 文/图)", "包宇 -"},
		{"确保完成全年建设任务。陈增勋", "陈增勋 -"},
		// Negatives: a label before the name is the label's; words of
		// the language after the sentence; a body.
		{"试点工作正有序开展。(文/图 包宇)", "包宇 文/图 [文/图]"},
		{"确保完成全年建设任务。谢谢", ""},
		{"确保完成全年建设任务。民政局", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleReview30Titles covers review 28's titles: the role as printed
// (專職副主任, 专职副主任); a credit title that a preposition governs
// (至记者截稿) and a title before a noun compound and another title
// (社工机构负责人) name no one.
func TestPeopleReview30Titles(t *testing.T) {
	tests := []rowCase{
		{"街道人大工委专职副主任康燕元出席。", "康燕元 专职副主任 [专职副主任] @街道人大工委"},
		{"工会专职副主席王芳讲话。", "王芳 专职副主席 [专职副主席]"},
		{"记者高峰报道。", "高峰 记者 [记者]"},
		// Negatives.
		{"从平台上线至记者截稿,福利院尚未接到电话。", ""},
		{"入驻社工机构负责人参加培训。", ""},
		{"副主任王春美出席。", "王春美 副主任 [副主任]"},
	}
	checkRows(t, tests, "people", personRows)
}

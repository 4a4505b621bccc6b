package extract

import "testing"

// TestPeopleReview9 covers the people that pages of the ninth review's
// bureaus invented from a title word: a credit label that is also a verb
// (审核, 编辑, 签发) read inside a clause, and a level's character that is
// also a surname read with a body's ending before 委员.
func TestPeopleReview9(t *testing.T) {
	tests := []rowCase{
		// A credit label that is a verb is a label only where a credit
		// prints it: opening a field or followed by its colon, a space,
		// a separator.
		{"(注:直接登记和脱钩后的社会组织经党建领导机关审核盖章)", ""},
		{"建立健全低保信息网络化管理机制,健全年审核机制,加强督查。", ""},
		{"报业务主管单位审核作出结论并加盖公章", ""},
		{"由办公室编辑整理后印发", ""},
		{"经局长签发后执行", ""},
		{"审核:郑超", "郑超 审核 [审核]"},
		{"编辑 李华", "李华 编辑 [编辑]"},
		{"(编辑:宋金)", "宋金 编辑 [编辑]"},
		{"作者:厉定武 编辑:高晓龙", "厉定武 作者 [作者]; 高晓龙 编辑 [编辑]"},
		{"阅读次数:12 编辑:梅济民", "梅济民 编辑 [编辑]"},
		{"责编(二审)丨陈媛", "陈媛 责编 [责编]"},
		{"本报记者李华报道", "李华 记者 [记者]"}, // a noun label names a person anywhere
		// A level and a body's ending are no surname and given name.
		{"四是召开区人大代表、区政协委员集中见面会。", ""},
		{"县残联委员参加。", ""},
		{"、区志强委员参加。", "区志强 委员 [委员]"},
		{"市政协委员王刚出席。", "王刚 委员 [委员] @市政协"},
	}
	checkRows(t, tests, "people", personRows)
}

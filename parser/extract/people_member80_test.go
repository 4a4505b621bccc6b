package extract

import "testing"

// TestPeopleMemberClause: a roster member printed as a clause (name,
// comma, unit and post) has the post's last title as role, and a post
// closed by a staff label after its unit has the label; a line with a
// second comma, a post that is no Chinese text, a post whose label has no
// unit before it, or a name that is no name reads no member there.
func TestPeopleMemberClause(t *testing.T) {
	tests := []rowCase{
		{"组长：郭鹏逸，市民政局副局长。", "郭鹏逸 副局长 [副局长] @市民政局"},
		{"成员：李萍，市防灾减灾中心主任。", "李萍 主任 [主任] @市防灾减灾中心"},
		{"组长：郭鹏逸，市民政局副局长。\n成员：李萍，市防灾减灾中心主任。\n王刚，市民政局救灾科工作人员。",
			"郭鹏逸 副局长 [副局长] @市民政局; 李萍 主任 [主任] @市防灾减灾中心; 王刚 工作人员 [工作人员] @市民政局救灾科"},
		{"成 员:胡 成 市民政局救灾科工作人员", "胡成 工作人员 [工作人员] @市民政局救灾科"},

		// Where the rule must not fire.
		{"联系人：张三，电话12345678", "张三 -"},
		{"组长：郭鹏逸，副局长，负责全面工作。", "郭鹏逸 组长 [组长]"},
		{"成 员:胡 成 工作人员", ""},
		{"地点：民政局，三楼会议室。", ""},
		{"要求：各单位，认真落实。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

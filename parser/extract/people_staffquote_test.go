package extract

import "testing"

// TestPeopleStaffQuoted: a staff label before a name closed by a verb of
// saying or of an act names the person, the label the role. Not so: a
// name closed by a mark alone (a speaker's colon, 人员|管控，), the label
// before a plain noun or a clause (工作人员对…, 工作人员严格…), or a
// status word (特困人员: read by the title rules, with no role).
func TestPeopleStaffQuoted(t *testing.T) {
	tests := []rowCase{
		{"“今天人很多。”工作人员侯亮花介绍说：“好。”", "侯亮花 工作人员 [工作人员]"},
		{"办证人员张喜梅介绍说：“一些群众来办证。”", "张喜梅 办证人员 [办证人员]"},
		{"婚姻登记处工作人员李明表示，将延长服务时间。", "李明 工作人员 [工作人员]"},
		{"救助站工作人员刘强：“我们及时送医。”", ""},
		{"只允许一对当事人进入，做好人员管控，避免扎堆。", ""},
		{"工作人员将按时要求祭扫人员离场。", ""},
		{"登记人员王芳说，今天很忙。", "王芳 登记人员 [登记人员]"},
		{"民政办工作人员对全镇27名孤儿进行走访。", ""},
		{"工作人员严格落实疫情防控措施。", ""},
		{"工作人员向群众发放宣传资料。", ""},
		{"工作人员张贴海报，宣传政策。", ""},
		{"特困人员张三领取了补贴。", "张三 -"},
		{"工作人员指导群众填写表格。", ""},
		{"相关人员请于3月1日前报名。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

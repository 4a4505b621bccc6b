package extract

import "testing"

// TestPeopleCountedHead: the one name that heads a group counted after 等
// in persons (等N位, 等N名同志), opening its clause or after the verb or
// the preposition that governs the group, is a person with no title; a
// count of things, a long clause before the name, a word that is no name
// and a list (closedLists') give none here.
func TestPeopleCountedHead(t *testing.T) {
	tests := []rowCase{
		{"经审核,调增黄桂芳等12位高龄老人的补贴。", "黄桂芳 -"},
		{"因死亡等原因,终止周淑珍等9位老人的补贴。", "周淑珍 -"},
		{"经研究,授予郑晓燕等15名同志“优秀社工”称号。", "郑晓燕 -"},
		{"为马秀兰等6位老人送去慰问金。", "马秀兰 -"},
		{"钱志远等3位同志参加培训。", "钱志远 -"},

		// A count of things, a count by 名 with no 同志 after it, a long
		// clause before the name, a body's word, a title inside.
		{"调增城关镇等12个单位的经费。", ""},
		{"授予黄桂芳等15名优秀奖。", ""},
		{"今年以来共走访慰问周淑珍等9位老人。", ""},
		{"授予民政局等3位同志。", ""},
		{"为王局长等6位同志送行。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleCopulaHolder: a title of office with 为 and a name that ends
// the clause (负责人为某某。) names the post's holder, one transcribed
// without a Han surname as well; 为 before anything else (to do for), a
// word for a member's place and a longer clause name no one.
func TestPeopleCopulaHolder(t *testing.T) {
	tests := []rowCase{
		{"同意设立该服务站,负责人为林志强。", "林志强 负责人 [负责人]"},
		{"领导小组组长为郭建平。", "郭建平 组长 [组长]"},
		{"同意筹建该养老院,负责人为哈斯巴根。", "哈斯巴根 负责人 [负责人]"},

		{"局长为群众办实事。", ""},
		{"各科室负责人为成员。", ""},
		{"主任为林志强颁发证书。", ""},
		{"负责人为本单位法定代表人。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

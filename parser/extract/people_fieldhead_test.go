package extract

import "testing"

// TestPeopleFieldHead: a company's post printed after the body's ending
// with the field it heads before it (有限公司|人资|总监) is the role as
// printed; a post right after the ending, one after another title, or
// after words that join two posts keeps its own word.
func TestPeopleFieldHead(t *testing.T) {
	tests := []rowCase{
		{"永兴瑞达商贸有限公司人资总监王建国参加。", "王建国 人资总监 [人资总监] @永兴瑞达商贸有限公司"},
		{"某某物业服务有限公司项目经理李秀英介绍。", "李秀英 项目经理 [项目经理]"},
		{"某某健康科技部智慧养老投资总监张建华介绍。", "张建华 智慧养老投资总监 [智慧养老投资总监]"},
		// The post's own word.
		{"永兴瑞达商贸有限公司总经理王建国参加。", "王建国 总经理 [总经理] @永兴瑞达商贸有限公司"},
		{"某某集团董事长兼总经理王建国出席。", "王建国 总经理 [总经理]"},
		{"市民政局与某某公司和总监王建国座谈。", "王建国 总监 [总监]"},
	}
	checkRows(t, tests, "people", personRows)
}

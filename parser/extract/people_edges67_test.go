package extract

import "testing"

// TestPeopleEdges67: the people of review 67's pages. A reply letter's
// signer label (领导署名:某某) names a person with no role; a closing
// credit's 转载:某某 names the reposter, role 转载, while 转载 in running
// text stays a verb; a verb of greeting before 老人 is no name; a place
// list's 清河镇长岗村 holds no 镇长; 主管/分管 before a title is part of the
// post. At least a third are texts where the rule must not fire.
func TestPeopleEdges67(t *testing.T) {
	checkRows(t, []rowCase{
		{"领导署名:欧阳晓波\n联系人:王靖夷", "王靖夷 -; 欧阳晓波 -"},
		{"领导署名：黄桂珍", "黄桂珍 -"},
		{"(新闻来源:武山县融媒体中心 转载:马文洁)", "马文洁 转载 [转载]"},
		{"来源:某市民政局 转载:李红梅", "李红梅 转载 [转载]"},
		{"镇长王珂、主管镇长王晓文来到福利中心。", "王珂 镇长 [镇长]; 王晓文 主管镇长 [主管镇长]"},
		{"区政府分管副区长张建华出席会议。", "张建华 分管副区长 [分管副区长] @区政府"},

		// Where the rules must not fire.
		{"并致以节日问候,祝福老人身体健康、长命百岁。", ""},
		{"向他们问候老人节日快乐。", ""},
		{"大路镇古马岭村,清河镇长岗村,凉水朝鲜族乡杨木村。", ""},
		{"如需转载茶陵政府门户网文章,请注明出处。", ""},
		{"转载市民政局通知:王明同志任局长。", "王明 -"},
		{"各分管副局长安排了相应工作。", ""},
		{"张三老人今年九十岁。", "张三 -"},
	}, "people", personRows)
}

package extract

import "testing"

// People from reviewer 16: the labels of a public account's or a county
// site's credit block (监制, 出品, 美编); a bare name in brackets closing
// the body is a credit where the footer's credits follow on its line; a
// given name that is a word of the language (富强, 建设) is not cut by
// it, after a title of office or a byline's label, and a byline's name
// runs to its field's end.
func TestPeopleReview16(t *testing.T) {
	tests := []rowCase{
		{"编辑:吴春妹\n监制:李德品", "吴春妹 编辑 [编辑]; 李德品 监制 [监制]"},
		{"出品人:王立新 美编:陈小红", "王立新 出品人 [出品人]; 陈小红 美编 [美编]"},
		{"一审:张伟 二审:李娜 三审:王芳", "张伟 一审 [一审]; 李娜 二审 [二审]; 王芳 三审 [三审]"},
		{"努力提高群众的满意度。(杨晓涵) 编辑:吴光宇 审核:杜振东", "吴光宇 编辑 [编辑]; 杜振东 审核 [审核]; 杨晓涵 -"},
		{"努力提高群众的满意度。(杨晓涵)", "杨晓涵 -"},
		{"本报讯(通讯员 井富强)寒夜暖心扉。", "井富强 通讯员 [通讯员]"},
		{"(记者 刘富强 通讯员 张建设)", "刘富强 记者 [记者]; 张建设 通讯员 [通讯员]"},
		{"局长王富强出席会议并讲话。", "王富强 局长 [局长]"},
		{"副局长刘建设、主任赵和平出席。", "刘建设 副局长 [副局长]; 赵和平 主任 [主任]"},
		{"本报讯(通讯员 王建和)近日。", "王建和 通讯员 [通讯员]"},
		// Negatives: a credit verb in running text, a bracket followed by
		// words of the body, an outlet after a byline's label, a
		// particle closing the field, a stop that opens a verb after a name.
		{"由县委宣传部监制并发行。", ""},
		{"会议由县政府主持。(试行) 编辑:", ""},
		{"满意度明显提高。(杨晓涵) 近日又召开会议。", ""},
		{"来源:武进新闻 作者:阳湖网 |", ""},
		{"(通讯员 陈立等)", "陈立 通讯员 [通讯员]"},
		{"局长王富强调,要做好工作。", "王富 局长 [局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import "testing"

// People from reviewer 17: the bracket after a news dateline (…日电, …讯)
// credits its writers, two names run together in it split where each
// part opens with a surname; the names a class of people lists (现役军人,
// 志愿者) are people with no title; a surname that is also a preposition
// (经, 向, 从) before a word of the language opens no name; every name a
// credit label's field lists takes the label, and the label is the role
// as printed (图文编辑).
func TestPeopleReview17(t *testing.T) {
	tests := []rowCase{
		{"中新网乌鲁木齐11月22日电 (宋雪云刘洪文)11月21日,新疆阿克苏地区紧急下发通知。", "宋雪云 -; 刘洪文 -"},
		{"人民网琼海4月1日电 (李浩蓉)据琼海市疫情防控工作指挥部消息,暂停祭扫活动。", "李浩蓉 -"},
		{"新华社北京3月5日电(王刚李明华)今天上午召开会议。", "王刚 -; 李明华 -"},
		{"本报讯 (张丽王建国)近日,县民政局召开会议。", "张丽 -; 王建国 -"},
		{"新华社长沙二十日电(欧阳明李刚)记者从省民政厅获悉。", "欧阳明 -; 李刚 -"},
		{"慰问组先后到小龙潭镇现役军人叶冬、张永奇军属家中送上喜报。", "叶冬 -; 张永奇 -"},
		{"志愿者王小红、李建军为老人理发。", "王小红 -; 李建军 -"},
		{"图文编辑:李馨雨\n审核:陈美文 武颖娜", "李馨雨 图文编辑 [图文编辑]; 陈美文 审核 [审核]; 武颖娜 审核 [审核]"},
		{"作者:刘向前 来源:规划财务科", "刘向前 作者 [作者]"},
		{"文字编辑:王芳", "王芳 文字编辑 [文字编辑]"},
		// Negatives: a dateline's bracket that names a body or a place, a
		// 电 that ends a word (来电, 供电), a preposition after a class of
		// people, a class before a compound noun, an editor's label inside
		// a clause.
		{"中新网北京3月5日电 (记者 张三)今天召开会议。", "张三 记者 [记者]"},
		{"新华社北京3月5日电(国务院办公厅)近日印发通知。", ""},
		{"市民来电(王刚李明华)反映情况。", ""},
		{"新华社北京3月5日电(张家港市)近日。", ""},
		{"新华社北京3月5日电(市民政局)近日印发通知。", ""},
		{"新华社北京3月5日电(人民日报)近日刊文。", ""},
		{"汇报内容主要为:一、站点社工经需求调研了解社区弱势群体需求后,开展服务。", ""},
		{"社工向社会公开服务内容。", ""},
		{"志愿者服务队开展活动。", ""},
		{"办公室编辑:王芳", "王芳 编辑 [编辑]"},
		{"会议要求加强编辑:王芳负责", "王芳 编辑 [编辑]"},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import "testing"

// TestPeopleBylines covers the bylines and closing credits of a news report:
// a line of bare names and a credit verb, the bracket after a dateline (…日电,
// …讯, …消息), a reporter's label joined to the name by a slash, and a closing
// bracket or bare name that credits people with no role.
func TestPeopleBylines(t *testing.T) {
	tests := []rowCase{
		// A byline of bare names with a verb after them (商铮 报道, 张三 摄), the line
		// holding nothing else: each name is a person with no role. A report told
		// in a sentence, an outlet, or a titled reporter is no such byline.
		{"商铮 报道\n本报讯 2月28日,全市民政工作会召开。", "商铮 -"},
		{"会议现场。\n张伟 摄", "张伟 -"},
		{"李明 王芳 摄影", "李明 -; 王芳 -"},
		{"刘洋 供稿", "刘洋 -"},
		{"记者 王军 报道", "王军 记者 [记者]"},
		// No bylines.
		{"新华社 报道", ""},
		{"据新华社报道,全国共有养老机构4万家。", ""},
		{"媒体对此次会议进行了报道。", ""},
		{"专题 报道", ""},
		{"商铮 报道 全市民政工作会召开", ""},

		// The bracket after a news dateline (…日电, …讯) credits its writers; two
		// names run together split where each part opens with a surname. A bracket
		// that names a body, a place or a paper, or a 电 that ends a word (来电),
		// credits no one.
		{"中新网乌鲁木齐11月22日电 (宋雪云刘洪文)11月21日,新疆阿克苏地区紧急下发通知。", "宋雪云 -; 刘洪文 -"},
		{"人民网琼海4月1日电 (李浩蓉)据琼海市疫情防控工作指挥部消息,暂停祭扫活动。", "李浩蓉 -"},
		{"新华社北京3月5日电(王刚李明华)今天上午召开会议。", "王刚 -; 李明华 -"},
		{"本报讯 (张丽王建国)近日,县民政局召开会议。", "张丽 -; 王建国 -"},
		{"新华社长沙二十日电(欧阳明李刚)记者从省民政厅获悉。", "欧阳明 -; 李刚 -"},
		{"中新网北京3月5日电 (记者 张三)今天召开会议。", "张三 记者 [记者]"},
		{"新华社北京3月5日电(国务院办公厅)近日印发通知。", ""},
		{"市民来电(王刚李明华)反映情况。", ""},
		{"新华社北京3月5日电(张家港市)近日。", ""},
		{"新华社北京3月5日电(市民政局)近日印发通知。", ""},
		{"新华社北京3月5日电(人民日报)近日刊文。", ""},
		// 讯 right after a date's day closes the dateline too, though the
		// segmenter reads 日讯 as one word; a day before a bracket with no 讯
		// is none.
		{"某某网3月8日讯(赵立新)近日,县民政局召开会议。", "赵立新 -"},
		{"某某新闻网十二日讯(钱某)今天召开会议。", "钱某 -"},
		{"会议定于3月8日(周五)召开。", ""},
		{"3月8日讯问了(赵立新)的情况。", ""},

		// A local paper's dateline may close with 消息, and the bare name in the
		// bracket after it is a byline as after 讯; 消息 in a sentence or a longer
		// word is no dateline.
		{"信阳消息(蒋彬)为深入贯彻落实安全生产工作部署。", "蒋彬 -"},
		{"本报消息(记者 蒋彬)近日召开会议。", "蒋彬 记者 [记者]"},
		{"标题\n信阳消息（李娜）近日,检查组走访了敬老院。", "李娜 -"},
		// Negatives: 消息 inside a sentence, a word that holds it, and
		// a bracket with no name.
		{"我们收到了好消息(蒋彬)。", ""},
		{"据有关部门发布的消息(蒋彬)称。", ""},
		{"信阳消息(图)近日召开会议。", ""},

		// A reporter's credit whose label a slash joins to the name (记者/林可欣,
		// 报道/曹俊山); the verb 报道 with no slash credits no one.
		{"阳江日报讯(记者/林可欣)中秋节前夕,市民政局开展慰问活动。", "林可欣 记者 [记者]"},
		{"本报讯 记者/王小明 通讯员/李华 近日,市民政局开展慰问。", "王小明 记者 [记者]; 李华 通讯员 [通讯员]"},
		{"(报道/曹俊山)\n技术编辑:王赟", "曹俊山 报道 [报道]; 王赟 技术编辑 [技术编辑]"},
		{"据新华社报道,张三出席。", ""},

		// A titled byline in a bracket: a given name that is a word of the
		// language (富强, 建设) is not cut by it, the name runs to its field's end,
		// and a particle (等) closes the field.
		{"本报讯(通讯员 井富强)寒夜暖心扉。", "井富强 通讯员 [通讯员]"},
		{"(记者 刘富强 通讯员 张建设)", "刘富强 记者 [记者]; 张建设 通讯员 [通讯员]"},
		{"本报讯(通讯员 王建和)近日。", "王建和 通讯员 [通讯员]"},
		{"(通讯员 陈立等)", "陈立 通讯员 [通讯员]"},

		// A bare name in brackets closing the body is a credit where the body ends
		// there or the footer's credits follow on its line; words of the body
		// after it make it none.
		{"努力提高群众的满意度。(杨晓涵) 编辑:吴光宇 审核:杜振东", "吴光宇 编辑 [编辑]; 杜振东 审核 [审核]; 杨晓涵 -"},
		{"努力提高群众的满意度。(杨晓涵)", "杨晓涵 -"},
		{"满意度明显提高。(杨晓涵) 近日又召开会议。", ""},
		// A name of two spaced to the width of three in the closing bracket;
		// two characters that are no surname and name, or a bracket of three
		// fields, are none.
		{"推动社会工作高质量发展。(唐 凡)", "唐凡 -"},
		{"推动社会工作高质量发展。(李 鹏)", "李鹏 -"},
		{"推动社会工作高质量发展。(上 下)", ""},
		{"推动社会工作高质量发展。(甲 乙 丙)", ""},

		// Several names in one credit: each name a titled byline lists after the
		// first runs to its field's end (覃宣博 彭道远 龚红霞), a closing bracket of bare
		// names splits two names run together, and a value that prints the
		// person's place first names the person after the place.
		{"本报讯(通讯员 覃宣博 彭道远 龚红霞) 近日,区民政局开展村务公开检查。", "覃宣博 通讯员 [通讯员]; 彭道远 通讯员 [通讯员]; 龚红霞 通讯员 [通讯员]"},
		{"社区超市正式开业。\n(杨炜 黄立新张勇)", "杨炜 -; 黄立新 -; 张勇 -"},
		{"审核:广水毛小波", "毛小波 审核 [审核]"},
		{"编辑\n审核\n广水毛小波\n广水市人民政府关于实施全域火葬的通告", "毛小波 审核 [审核]"},
		{"责任编辑:武汉李小波", "李小波 责任编辑 [责任编辑]"},
		// Negatives: a bracket with one field that is no name is not
		// split; a place and a paper's name; a place alone; a name
		// that opens with a place's characters but leaves no whole name.
		{"社区超市正式开业。\n(黄立新张勇)", ""},
		{"编辑:南阳日报", ""},
		{"审核:江山", ""},
		{"审核:黄山明", "黄山明 审核 [审核]"},

		// A bracket that closes with its credit label after the names ((包宇 文/图))
		// and a bare name run onto the last sentence credit people with no role.
		{"试点工作正有序开展。(包宇 文/图)", "包宇 -"},
		{"确保完成全年建设任务。陈增勋", "陈增勋 -"},
		// Negatives: a label before the name is the label's; words of
		// the language after the sentence; a body.
		{"试点工作正有序开展。(文/图 包宇)", "包宇 文/图 [文/图]"},
		{"确保完成全年建设任务。谢谢", ""},
		{"确保完成全年建设任务。民政局", ""},

		// A photo credit (outlet and 记者, the name, 摄): the name ends at the
		// printed space or before the verb, whatever its surname; a field set
		// apart by a colon and a space is a name however the segmenter reads
		// it across the space (小某 人浏览: 某人).
		{"图为某地敬老院。\n某某社记者 才某 摄", "才某 记者 [记者]"},
		{"图为某地敬老院。\n某某社记者 李明 摄", "李明 记者 [记者]"},
		{"某某社记者李明摄", "李明 记者 [记者]"},
		{"某某社记者 张 昕 摄", "张昕 记者 [记者]"},
		{"核 稿：金 路", "金路 核稿 [核稿]"},
		{"时间:2021-05-06 09:10 作者:小佳 人浏览", "小佳 作者 [作者]"},
		// Negatives: spaced words of a sentence, a handle, a paper.
		{"记者 近日 从 市民政局 获悉", ""},
		{"作者:小编 人浏览", ""},
		{"来源:某县民政局 作者:未知 点击:", ""},
		{"某某社记者 某某日报 摄", ""},

		// Names a credit lists after one label, parted by spaces, share it,
		// a name that is also a word of the language (曲艺, an art) too.
		{"(记者 刘某某 通讯员 王某某 曲艺 唐某)", "刘某某 记者 [记者]; 王某某 通讯员 [通讯员]; 曲艺 通讯员 [通讯员]; 唐某 通讯员 [通讯员]"},
		{"通讯员 王某 曲艺 报道", "王某 通讯员 [通讯员]; 曲艺 通讯员 [通讯员]"},
		// Negatives: a spaced word that opens with no surname, the
		// credit's verb.
		{"(通讯员 王某 今天 表示)", "王某 通讯员 [通讯员]"},
		{"(通讯员 王某 报道)", "王某 通讯员 [通讯员]"},
		// A credit's list parted by 、 holds names only too (宽容, a word).
		{"(责编:阎梦婕、宽容)", "阎梦婕 责编 [责编]; 宽容 责编 [责编]"},
		{"(责编:阎梦婕、王伟)", "阎梦婕 责编 [责编]; 王伟 责编 [责编]"},
		// Negatives: an outlet, a credit's label, a clause after an office's list.
		{"(记者:李华、新华社)", "李华 记者 [记者]"},
		{"(编辑:王明、审核)", "王明 编辑 [编辑]"},
		{"副局长王明、宽容对待群众。", "王明 副局长 [副局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

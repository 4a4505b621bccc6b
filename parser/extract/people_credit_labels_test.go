package extract

import "testing"

// TestPeopleCreditLabels covers the labels of a page's credit block and
// footer: which words are credit labels (三审 rounds, 监制, 出品人, 图文编辑, 文/, 签发人),
// the role as printed, and the label that is also a verb, read as a label
// only where a credit prints it.
func TestPeopleCreditLabels(t *testing.T) {
	tests := []rowCase{
		// The short 三审 labels of a news page's footer, with the round in brackets
		// and a stroke for the colon.
		// The short 三审 labels of a news page's footer, with the round in
		// brackets and a stroke for the colon.
		{"责编(二审)丨陈媛", "陈媛 责编 [责编]"},
		// 制作 labels the maker in a post's credit block; in running text
		// it is the verb.
		{"会议强调。\n   制作:韦某娜                 编校:梁某某  ", "韦某娜 制作 [制作]; 梁某某 编校 [编校]"},
		{"我们制作宣传展板50块，制作了视频。", ""},
		{"网站地图|维护制作:沈阳市民政局", ""},
		{"总编（三审）丨王乾帝", "王乾帝 总编 [总编]"},
		{"责编:周雪", "周雪 责编 [责编]"},
		{"编辑丨李华", "李华 编辑 [编辑]"},
		{"报社总编辑李四出席", "李四 总编辑 [总编辑]"},
		{"责编(特约)丨陈媛", ""}, // the bracket holds no round
		// A standard's foreword names its drafters; 本文件 is no part of the label.
		// 作者 that closes the noun 工作者 is no credit.
		{"本文件主要起草人:\n吴贤良  艾天福", "吴贤良 主要起草人 [主要起草人]; 艾天福 主要起草人 [主要起草人]"},
		{"社区工作服务站专职工作者由县(市)区民政部门统一招聘。", ""},
		{"局长(二审)丨王五", ""}, // a round follows a credit label only

		// The proof rounds of a 三审三校 footer (一校, 二校, 三校), with the review they
		// stand for in brackets, are credit labels like 初审 and 终审.
		{"一校(审):胡学军", "胡学军 一校 [一校]"},
		{"二校（审）：余逸飞", "余逸飞 二校 [二校]"},
		{"三校:杨剑兵", "杨剑兵 三校 [三校]"},
		// Negatives: the words in running text, and a bracket that holds
		// no round.
		{"经过一校二校三校后付印。", ""},
		{"经过一审二审三审后付印。", ""},
		{"严格落实三审三校制度。", ""},
		{"稿件经一校、二校后付印。", ""},
		{"一校(区)李华", ""},
		// The outlet's word for itself (本网, 本报, 本刊: 本 and a kind of
		// outlet) in a credit or a disclaimer is no one's name.
		{"责任编辑:本网编辑", ""},
		{"责任编辑:本报编辑", ""},
		{"本文仅代表作者本人观点,并不代表本网赞同其观点。", ""},
		{"责任编辑:本刊", ""},
		{"责任编辑:李华", "李华 责任编辑 [责任编辑]"},
		// An outlet as the credit's value: a media centre's short form or a
		// medium's word at its end, after the place it is of.
		{"编辑:某县融媒", ""},
		{"编辑:江城融媒体", ""},
		{"作者:安阳日报", ""},
		{"编辑:融小媒", "融小媒 编辑 [编辑]"},
		{"编辑:融媒", ""},
		{"编辑:江城", ""},

		// The credits of a news page: 文/ and 图/, 签发人 and 审核人, a review round
		// before its label, an anonymous writer.
		// The credits of a news page.
		{"(文/记者陈润 图/罗盟)", "陈润 记者 [文 记者]; 罗盟 图 [图]"},
		{"文/张三 图/李四", "张三 文 [文]; 李四 图 [图]"},
		{"文/图:黄建伟 杜明珉", "黄建伟 文/图 [文/图]; 杜明珉 文/图 [文/图]"},
		{"见附图/表", ""},
		{"舞民〔2022〕55号                     签发人:任宏伟", "任宏伟 签发人 [签发人]"},
		{"2024-09-10 09:26:54 编辑: 叶美霞 审核人:叶玲玲 阅读次数:385 |", "叶美霞 编辑 [编辑]; 叶玲玲 审核人 [审核人]"},
		{"舞民〔202255签发人:任宏伟\n办理结果:B", "任宏伟 签发人 [签发人]"}, // a line's end closes the name
		{"初审编辑:刘进", "刘进 初审编辑 [初审编辑]"},
		{"责任编辑:冷晶晶 / 编审:翟竞", "冷晶晶 责任编辑 [责任编辑]; 翟竞 编审 [编审]"},
		{"初审：王明 复审：李华", "王明 初审 [初审]; 李华 复审 [复审]"}, // labels apart stay apart
		{"发布时间:2023-12-26 作者:佚名 来源:西藏自治区民政厅", ""}, // 佚名: anonymous
		{"作者：匿名", ""},
		{"签发人员要认真审核。", ""},

		// A credit label that is a verb (审核, 编辑, 签发) is a label only where a
		// credit prints it: opening a field or followed by its colon, a space, a
		// separator.
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
		{"本报记者李华报道", "李华 记者 [记者]"}, // a noun label names a person anywhere

		// The labels of a public account's or a county site's credit block (监制,
		// 出品人, 美编, 一审); a credit verb in running text, an outlet after a byline's
		// label, or a label with no value names no one.
		{"编辑:吴春妹\n监制:李德品", "吴春妹 编辑 [编辑]; 李德品 监制 [监制]"},
		{"出品人:王立新 美编:陈小红", "王立新 出品人 [出品人]; 陈小红 美编 [美编]"},
		{"一审:张伟 二审:李娜 三审:王芳", "张伟 一审 [一审]; 李娜 二审 [二审]; 王芳 三审 [三审]"},
		{"由县委宣传部监制并发行。", ""},
		{"会议由县政府主持。(试行) 编辑:", ""},
		// 编校 signs the same block; in a clause it is a noun of the work.
		{"审核:黎小燕                 编校:梁小旎", "黎小燕 审核 [审核]; 梁小旎 编校 [编校]"},
		{"编校:王立新", "王立新 编校 [编校]"},
		{"加强编校质量管理。", ""},
		{"严把编校关，确保内容准确。", ""},
		{"来源:武进新闻 作者:阳湖网 |", ""},

		// Every name a credit label's field lists takes the label, and the label
		// is the role as printed (图文编辑, 文字编辑); an editor's label after a body or
		// inside a clause is 编辑.
		{"图文编辑:李馨雨\n审核:陈美文 武颖娜", "李馨雨 图文编辑 [图文编辑]; 陈美文 审核 [审核]; 武颖娜 审核 [审核]"},
		{"作者:刘向前 来源:规划财务科", "刘向前 作者 [作者]"},
		{"文字编辑:王芳", "王芳 文字编辑 [文字编辑]"},
		{"办公室编辑:王芳", "王芳 编辑 [编辑]"},
		{"会议要求加强编辑:王芳负责", "王芳 编辑 [编辑]"},

		// A credit whose value is a body's name, or runs from a body's name into
		// page chrome, names no person.
		{"编辑 | 李平", "李平 编辑 [编辑]"},
		{"编辑：李平", "李平 编辑 [编辑]"},
		{"编辑：张文科", "张文科 编辑 [编辑]"},
		{"责任编辑:区民政局", ""},
		{"编辑：市民政局办公室", ""},
		{"编辑：县融媒体中心", ""},
		{"签发人:任宏伟", "任宏伟 签发人 [签发人]"},
		{"来源:区民政局作者:区民政局字体[ 大 中 小 ]", ""},
		{"作者:区民政局", ""},

		// A forum's edit stamp (本帖最后由 某某 于 时间 编辑) ends with 编辑 as its verb, and a
		// field label that opens the next line (索引号:) is no one's name.
		{"本帖最后由 张三 于 2014-7-10 09:37 编辑\n王小明", ""},
		{"本帖最后由 烽火荆州 于 2014-7-10 09:37 编辑\n索引号:000014688/2014-00079\n主题分类:民政", ""},
		{"局长\n索引号:000014688", ""},
		// Positives: a credit label at a time with its value on its
		// line, and one whose name wraps to the next line.
		{"发布时间:2024-09-05 16:56 编辑:叶亚运\n正文", "叶亚运 编辑 [编辑]"},
		{"责任编辑\n王小明", "王小明 责任编辑 [责任编辑]"},
		{"审核:陈美文\n", "陈美文 审核 [审核]"},
		{"民政局局长\n李明:今年我们将继续推进。", "李明 局长 [局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

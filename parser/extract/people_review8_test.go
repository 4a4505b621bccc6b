package extract

import "testing"

// TestPeopleReview8 covers the names that pages of the eighth review's
// bureaus print: a name cut before a conjunction, a title whose first
// character doubles the body's ending, credits of a news page (文/, 图/,
// 签发人, 审核人, a review round before its label, an anonymous writer),
// a body's tail read as a name, and the bare names that a convention
// makes certain: a list closed by 等 and a leaders' noun, a body's 领导
// before a name, a name awarded an honour.
func TestPeopleReview8(t *testing.T) {
	tests := []rowCase{
		// A name the segmenter cut before its last character, then a
		// conjunction: the character is the name's.
		{"魏都区民政局局长张明虎及相关办事处主要负责同志陪同。", "张明虎 局长 [局长] @魏都区民政局"},
		{"副县长李建华和相关部门负责人参加。", "李建华 副县长 [副县长]"},
		{"局长张丽及相关人员参加。", "张丽 局长 [局长]"},     // the conjunction right after the name
		{"副市长王刚县及乡镇干部参加。", "王刚 副市长 [副市长]"}, // a level before the conjunction opens a body

		// A body ending in 处 before the title 处长: the segmenter's guess
		// that runs the title's tail into the name does not hide the title.
		{"省发改委就业和收入分配处处长孙耀霖一行到我区调研。", "孙耀霖 处长 [处长] @省发改委就业和收入分配处"},
		{"市民政局社会事务处处长王立军出席。", "王立军 处长 [处长] @市民政局社会事务处"},
		{"甚至带着摄影师全程跟拍", ""}, // a word the segmenter knows still holds the title
		{"加强科长期培训工作。", ""},  // likewise

		// A body's tail is no name: a name does not start inside a word
		// the segmenter knows.
		{"济宁经济技术开发区发展软环境保障局和太白湖新区社会事业发展局负责人参加会议。", ""},
		{"区社会事业发展局局长王刚参加会议。", "王刚 局长 [局长] @区社会事业发展局"},
		{"会议由发展局负责人王刚主持。", "王刚 负责人 [负责人]"},

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

		// A list of bare names closed by 等 and a leaders' noun.
		{"黄慧、吴呈钱、胡宝锋、王晓雄、张贤孟等县四套班子领导带头奉献爱心。", "黄慧 -; 吴呈钱 -; 胡宝锋 -; 王晓雄 -; 张贤孟 -"},
		{"当天上午,杨胜杰、李昌明、蔡周钧、吴善灵、陈晨等县四套班子领导在县行政中心参加活动。", "杨胜杰 -; 李昌明 -; 蔡周钧 -; 吴善灵 -; 陈晨 -"},
		{"王刚、李华等领导同志出席。", "王刚 -; 李华 -"},
		{"在市行政中心大厅,徐张艳、方健忠、杜兴林等副市级以上领导依次捐款。", "徐张艳 -; 方健忠 -; 杜兴林 -"},
		{"民政、财政、人社等部门领导参加。", ""},      // the members are no names
		{"周口、商丘、信阳等市领导参加。", ""},       // places
		{"养老、救助等领导小组办公室", ""},         // likewise
		{"王刚、李华等同志参加。", "王刚 -; 李华 -"}, // 同志, the form of address, closes a list of people too
		{"王刚、李华等人员参加。", ""},           // no leaders' noun
		{"王刚、会议室等领导", ""},             // a member that is no name spoils the list
		{"王刚、李华等人员参加。今年领导重视。", ""},    // the leaders' noun lies beyond the list's words

		// A body or a level's 领导 before a name.
		{"衡阳市领导刘正兴参加捐款。", "刘正兴 -"},
		{"县领导吴晖华、陈福军出席仪式", "吴晖华 -; 陈福军 -"},
		{"市委领导张三出席。", "张三 -"},
		{"市领导蔡伦斌、宁经谋、刘光享,市慈善总会会长胡延森参加。", "胡延森 会长 [会长] @市慈善总会; 蔡伦斌 -; 宁经谋 -; 刘光享 -"},
		{"市民政局领导班子,区、县民政局主要负责人参加会议。", ""}, // 领导 opens a word
		{"县领导王刚、江山出席。", "王刚 -"},           // a place listed after the name
		{"每到一户,局领导们为他们送上了慰问金。", ""},
		{"市领导高度重视。", ""},
		{"县领导班子成员参加。", ""},
		{"在市领导关心下，工作顺利。", ""},
		{"成立市领导小组。", ""},
		{"主要领导王刚出席。", ""}, // no body or level before 领导

		// A name that opens a clause and is awarded an honour.
		{"专兼职工作人员688名,马少平获襄阳市“最美退役军人工作者”,城关镇老君山村退役军人服务站获襄阳市“十佳退役军人服务站”。", "马少平 -"},
		{"今年,王晓红荣获“全国劳动模范”称号。", "王晓红 -"},
		{"全县获“省级示范县”称号。", ""},  // a place
		{"张家港获“文明城市”称号。", ""},  // a place
		{"马少平获得了大家的认可。", ""},   // no honour
		{"近日马少平获“最美”称号。", ""},  // the name does not open the clause
		{"老君山村获“最美村庄”称号。", ""}, // a village
		{"市民政局获“先进集体”称号。", ""}, // a body
		{"黄山获“世界遗产”称号。", ""},   // a place
	}
	checkRows(t, tests, "people", personRows)
}

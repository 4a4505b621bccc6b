package extract

import "testing"

// TestPeopleTitles covers titles of office read whole and the bodies before
// them: graded and executive posts (七级职员, 常务副书记), honorary and counsellor
// posts, the heads of 旗 and 盟, 政协 as the body of its title, occupations and
// the role as printed, and words of those titles that name no one.
func TestPeopleTitles(t *testing.T) {
	tests := []rowCase{
		// A grade of a public institution's management posts is a title (七级职员), 代表
		// is a title printed before the name only, and a title after a count of
		// levels names a class (三级书记).
		{"全国最美家庭代表张素霞分享了经验。", "张素霞 代表 [代表]"},
		{"群众代表李建国发言。", "李建国 代表 [代表]"},
		{"滕州市妇女儿童事务服务中心七级职员黄秀莲同志", "黄秀莲 七级职员 [七级职员] @滕州市妇女儿童事务服务中心"},
		{"区民政局一级科员王明参加培训。", "王明 一级科员 [一级科员] @区民政局"},
		{"市委书记杨浩东出席会议。", "杨浩东 书记 [书记] @市委"},
		// A 党委 or 纪委 is a body: its name before 书记 is no part of the title,
		// nor is the 自治区 of its 主席; a 党组 post is read whole.
		{"自治区党委书记陈全国出席会议。", "陈全国 书记 [书记] @自治区党委"},
		{"区党委常委、纪委书记金书波出席。", "金书波 书记 [常委 书记] @区党委"},
		{"镇党委副书记李明主持会议。", "李明 副书记 [副书记] @镇党委"},
		{"区党委副书记、自治区主席洛桑江村讲话。", "洛桑江村 主席 [主席]"},
		{"市民政局党组书记王刚讲话。", "王刚 党组书记 [党组书记] @市民政局"},
		{"区党委副书记主持会议。", ""}, // the body before the title, no name
		{"最高人民检察院副检察长童建明,教育部副部长郑富芝", "童建明 副检察长 [副检察长] @最高人民检察院; 郑富芝 副部长 [副部长] @教育部"},
		// Negatives: holders at several levels, 代表 after a name as the
		// verb of speaking for someone, words after a representative that
		// are no name.
		{"形成了县乡村三级书记抓未保、部门联动谋未保的格局。", ""},
		{"压实五级书记抓乡村振兴责任。", ""},
		{"各级书记抓落实。", ""},
		{"张三代表市民政局致辞。", ""},
		{"代表市政府向大家致以问候。", ""},
		{"选出人大代表大会代表。", ""},
		{"不得设立分支机构或者代表机构。", ""},
		// A title before a body's word of no particular name (机构, 中心,
		// 站) makes a noun with it: no name follows. A name after the
		// title still does.
		{"引导社工机构、社会组织参与服务。", ""},
		{"某县律师机构参与调解。", ""},
		{"社工陈某某上门走访。", "陈某某 社工 [社工]"},
		// 主持人 before a name is a title; 老师 is none (老师傅们, 王老师和李老师:
		// read as a title it cut names out of words); a host named no one.
		{"邀请某台主持人钱立新担任司仪。", "钱立新 主持人 [主持人]"},
		{"王老师带领孩子们做手工。", ""},
		{"学生们向老师傅们请教剪纸技艺。", ""},
		{"学校老师们参加了活动。", ""},
		{"孩子们向老师请教问题。", ""},
		{"会议主持人宣布大会开幕。", ""},

		// The executive deputies' titles are read whole (常务副书记); 常务 of a body's
		// name is none.
		{"会议由区党委常务副书记吴英杰主持。", "吴英杰 常务副书记 [常务副书记] @区党委"},
		{"常务副县长张明出席。", "张明 常务副县长 [常务副县长]"},
		{"市慈善总会常务副会长李华致辞。", "李华 常务副会长 [常务副会长] @市慈善总会"},
		{"区党委常务委员会召开会议。", ""},

		// Honorary posts are read whole (名誉理事长); 参事, a counsellor of a
		// government's 参事室, is a title; 任 before a title or a common noun is the
		// verb of a post.
		{"市慈善基金会名誉理事长陈铁迪出席。", "陈铁迪 名誉理事长 [名誉理事长] @市慈善基金会"},
		{"名誉会长张明致辞。", "张明 名誉会长 [名誉会长]"},
		// A social organisation's supervisors (监事长, 监事) are posts too;
		// its 监事会 meeting names nobody.
		{"县人大常委会副主任、县慈善总会监事长柯美荣一行慰问困难群众。", "柯美荣 监事长 [副主任 监事长] @县人大常委会"},
		{"县慈善总会监事会召开会议。", ""},
		// 参事, a counsellor of a government's 参事室, is a title; the office
		// before it is a body, no title.
		{"由省政府参事李发昌一行4人组成的调研组来我厅调研。", "李发昌 参事 [参事] @省政府"},
		{"省政府参事室调研组来我厅调研。", ""},
		{"由副局长王明任组长。", "王明 副局长 [副局长]"},
		{"下属各单位负责人任成员。", ""},
		{"各科室负责人任组长。", ""},

		// A body ending in 处 before the title 处长: the segmenter's guess that runs
		// the title's tail into the name does not hide the title.
		// A body ending in 处 before the title 处长: the segmenter's guess
		// that runs the title's tail into the name does not hide the title.
		{"省发改委就业和收入分配处处长孙耀霖一行到我区调研。", "孙耀霖 处长 [处长] @省发改委就业和收入分配处"},
		{"市民政局社会事务处处长王立军出席。", "王立军 处长 [处长] @市民政局社会事务处"},
		{"甚至带着摄影师全程跟拍", ""}, // a word the segmenter knows still holds the title
		{"加强科长期培训工作。", ""},  // likewise

		// A level and a body's ending are no surname and given name before 委员.
		// A level and a body's ending are no surname and given name.
		{"四是召开区人大代表、区政协委员集中见面会。", ""},
		{"县残联委员参加。", ""},
		{"、区志强委员参加。", "区志强 委员 [委员]"},
		{"市政协委员王刚出席。", "王刚 委员 [委员] @市政协"},

		// A Party branch's name before 书记 is the agency, and a second post joined
		// by 兼 is one of the titles.
		{"新达街道办事处副主任兼社区党支部书记陈秋霞说。", "陈秋霞 书记 [副主任 书记] @新达街道办事处"},
		{"村党支部书记李四介绍情况。", "李四 书记 [书记] @村党支部"},
		{"市民政局党组书记李德荣出席。", "李德荣 党组书记 [党组书记] @市民政局"},

		// The heads of a 旗's and a 盟's governments (旗长, 副旗长, 盟长) are titles of
		// office as 县长 is.
		{"旗人民政府副旗长刘晓东,旗人大常委会相关委办负责人参加调研。", "刘晓东 副旗长 [副旗长] @旗人民政府"},
		{"盟长李明出席会议。", "李明 盟长 [盟长]"},
		{"常务副旗长王强主持会议。", "王强 常务副旗长 [常务副旗长]"},
		// Negatives: the words where no name follows.
		{"旗长办公会议研究了民政工作。", ""},
		{"各旗长、区长参加。", ""},

		// 政协 before a title is the body the title belongs to, an agency, not part
		// of the role (GOLD.md: 市委书记王智慧 → 书记); 政协委员 and 政协提案 with no name give no
		// person.
		{"政协副主席史文英讲话。", "史文英 副主席 [副主席]"},
		{"旗人大常委会副主任提名人选、政协副主席史文英等出席会议。", "史文英 副主席 [副主席]"},
		{"县政协副主席蒋昌智出席会议。", "蒋昌智 副主席 [副主席] @县政协"},
		{"政协委员王芳出席。", "王芳 委员 [委员]"},
		// Negatives: the titles and the body with no name.
		{"会上,政协委员提出建议。", ""},
		{"区政协提案办理工作会议召开。", ""},
		{"全县政协委员参加。", ""},

		// An occupation before the name (残疾摄影师陈志刚) is its title, and the head of
		// the whole of a project (总负责人) is a post of its own, not 负责人.
		{"残疾摄影师陈志刚表示,这幅照片记录了老街。", "陈志刚 摄影师 [摄影师]"},
		{"大亚湾总负责人黄丽珍说,超市物资来自捐赠。", "黄丽珍 总负责人 [总负责人]"},
		{"现场总指挥李明说,救援队已到位。", "李明 总指挥 [总指挥]"},
		{"负责人邱一凌介绍,超市已开业。", "邱一凌 负责人 [负责人]"},
		// Negatives: the occupation heads a noun phrase or closes its
		// clause; 总 with no title after it.
		{"摄影师培训班开班。", ""},
		{"摄影师们表示感谢。", ""},
		{"总体负责人员到位。", ""},

		// The media-centre reporter's 全媒体记者 is the role as printed, and 代表人 read
		// whole leaves no 代表 before a word that is no name; a 、 list that 各 opens
		// is a list of classes.
		{"(全媒体记者李直建 通讯员卢佳)近日,驿站开放。", "李直建 全媒体记者 [全媒体记者]; 卢佳 通讯员 [通讯员]"},
		{"融媒体记者王芳报道。", "王芳 融媒体记者 [融媒体记者]"},
		{"法定代表人张三出席会议。", "张三 法定代表人 [法定代表人]"},
		{"志愿者、李明社工表示感谢。", "李明 社工 [社工]"},
		// Negatives: 代表人 before a verb, and a class list that 各
		// opens; 各位 is a greeting, no such list.
		{"单位的法人或代表人持放弃户口地的证明。", ""},
		{"各社区民政干部、双百社工要借助驿站平台。", ""},
		{"各位来宾、李明社工表示感谢。", "李明 社工 [社工]"},

		// The role as printed (專職副主任, 专职副主任); a credit title that a preposition
		// governs (至记者截稿) and a title before a noun compound and another title
		// name no one.
		{"街道人大工委专职副主任康燕元出席。", "康燕元 专职副主任 [专职副主任] @街道人大工委"},
		{"工会专职副主席王芳讲话。", "王芳 专职副主席 [专职副主席]"},
		{"记者高峰报道。", "高峰 记者 [记者]"},
		// Negatives.
		{"从平台上线至记者截稿,福利院尚未接到电话。", ""},
		{"入驻社工机构负责人参加培训。", ""},
		{"副主任王春美出席。", "王春美 副主任 [副主任]"},
		// A name before the verb of appointment and a post stays whole
		// (王某某任组长), and the verb with the post after it is no name.
		{"县民政局局长孙立华任组长,副县长钱广林任副组长。", "孙立华 局长 [局长] @县民政局; 钱广林 副县长 [副县长]"},
		{"由区慈善会会长赵明兼任副组长。", "赵明 会长 [会长] @区慈善会"},
		// Negatives: 任 in a word of its own (主任, 责任) or with no post after
		// it names no one new.
		{"副县长钱广林任职以来,走访了全县。", "钱广林 副县长 [副县长]"},
		{"办公室主任组长会议召开。", ""},
		// A numeral and its measure that close the clause right after a
		// title and a surname are the given name (会长曾三元,).
		{"区慈善会会长曾三元,区民政局局长王丽参加会议。", "曾三元 会长 [会长] @区慈善会; 王丽 局长 [局长] @区民政局"},
		// Negatives: the adverb 曾 before a numeral that does not close
		// its clause.
		{"局长曾三次到村走访。", ""},
		{"会长曾两次捐款。", ""},
		// The addressee of a reply to a deputy's proposal: name, 代表 and
		// a colon alone on the line.
		{"关于某某事项提案的答复\n孙某某代表：\n您提出的建议收悉。", "孙某某 代表 [代表]"},
		{"钱立群代表:", "钱立群 代表 [代表]"},
		// 等 after the name: the first named of several deputies.
		{"关于某某事项建议的答复\n周永平等代表：\n您提出的建议收悉。", "周永平 代表 [代表]"},
		{"周永平等代表：我们将认真研究", ""},
		{"各位人大代表:", ""},
		// Negatives: 代表 after a name with words after it on the line is
		// the verb of speaking for someone.
		{"孙某某代表市民政局致辞:", ""},
		{"孙某某代表:我们将认真研究", ""},
		// A title's label:value field parted from the next by spaces: the
		// run up to the printed space is the whole name (繁體 reaches the
		// extractors folded by the character map).
		{"现予公布。   局长:王立新   二〇二〇年五月六日", "王立新 局长 [局长]"},
		{"现予公布。   部长:赵立国   二〇二〇年五月六日", "赵立国 部长 [部长]"},
		{"主任:陈国平   副主任:李某", "陈国平 主任 [主任]; 李某 副主任 [副主任]"},
		// 老师 after a full name is the role a teacher is named by; a credit
		// label before the name keeps the name's role.
		{"作者:王某林老师", "王某林 作者 [作者]"},
		{"王某林老师为学员授课。", "王某林 老师 [老师]"},
		{"老师们参加了培训。", ""},
		{"幼儿园老师照看儿童。", ""},
		// Negatives: a run longer than a name, a run with no surname, and a
		// field with no colon keep the name rules' reading.
		{"局长:王立新同志讲话   二〇二〇年五月六日", "王立新 局长 [局长]"},
		{"局长:主持会议   二〇二〇年五月六日", ""},
		// A second office in brackets between the first title and the
		// name: the name follows the bracket (bracketedOfficeEnd); a
		// bracket that holds a note with a clause's punctuation does not.
		{"某县民政局党组书记（兼某协会常务副会长）孙某平、局长吴某率队走访。", "孙某平 常务副会长 [常务副会长]; 吴某 局长 [局长]"},
		{"区民政局局长(某基金会理事长)郑某出席。", "郑某 理事长 [理事长]"},
		{"局长（2020年，兼任会长）郑某出席。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

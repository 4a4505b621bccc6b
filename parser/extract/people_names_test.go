package extract

import "testing"

// TestPeopleNameBounds covers where a name after a title begins and ends:
// stop characters that open a verb, spans the segmenter knows no word in,
// given names that are words or places, surnames that are prepositions,
// adverbs or measure words, and words that only look like a surname and a
// name.
func TestPeopleNameBounds(t *testing.T) {
	tests := []rowCase{
		// A stop character that only opens a verb (强 of 强调, 新 before 主持) is the
		// name's last where the verb is not printed there; a stop that is a word
		// alone (及) or that opens the verb printed, and an adverb before the verb
		// (曾), end the name.
		// A stop character that only opens a verb (强 of 强调, 新 before
		// 主持) is the name's last where the verb is not printed there.
		{"副局长张孟强说，要抓好落实。", "张孟强 副局长 [副局长]"},
		{"局长王建强出席会议。", "王建强 局长 [局长]"},
		{"副厅长张孟强《在推进会上的讲话》精神得到传达。", "张孟强 副厅长 [副厅长]"},
		{"会议由局长王立新主持。", "王立新 局长 [局长]"},
		{"局长陈国新参加会议。", "陈国新 局长 [局长]"},
		// A stop that is a word alone (及) or that opens the verb printed
		// (强调), and an adverb before the verb (曾), end the name.
		{"局长张丽及相关人员参加。", "张丽 局长 [局长]"},
		// 复 opens the verb of a reply (复函): the name ends before it.
		{"民政部向全国人大代表李莉复函。", "李莉 代表 [代表]"},
		{"副局长李复兴出席。", "李复兴 副局长 [副局长]"},
		// A married woman's name with her husband's surname before her own
		// is one name of four characters; a name of two before a known word is not.
		{"香港西区妇女福利会主席萧曾凤群(致辞)", "萧曾凤群 主席 [主席]"},
		{"主席王林发言。", "王林 主席 [主席]"},
		{"副局长张孟强调，要抓好落实。", "张孟 副局长 [副局长]"},
		{"局长李明曾主持会议。", "李明 局长 [局长]"},

		// After a title of office, a span the segmenter knows no word in, closed
		// by a verb, is a name whatever its surname or characters.
		// After a title of office, a span the segmenter knows no word in,
		// closed by a verb, is a name whatever its surname or characters.
		{"县民政局党组书记、局长张彧杰带领干部走访慰问。", "张彧杰 局长 [党组书记 局长] @县民政局"},
		{"县人民政府副县长拉西出席活动。", "拉西 副县长 [副县长] @县人民政府"},
		{"副县长扎西出席活动。", "扎西 副县长 [副县长]"},
		// A Party department's head, named by the department.
		{"县委常委、组织部长吕霞陪同调研。", "吕霞 组织部长 [常委 组织部长] @县委"},
		{"市委组织部副部长刘伟霞陪同调研。", "刘伟霞 副部长 [副部长] @市委组织部"},
		{"副县长到会讲话。", ""},  // a stop character: a verb
		{"局长从严要求。", ""},   // a word the segmenter knows
		{"局长办公会议研究。", ""}, // a word the segmenter knows
		{"副县长一行调研。", ""},  // a word the segmenter knows

		// Words that only look like a surname and a given name.
		// Words that only look like a surname and a given name.
		{"为让困难群众过一个温暖的冬天", ""},             // a numeral word after the "surname"
		{"须由负责人（如会长、副会长、秘书长任选1人）扫码", ""},   // a count right after the "name"
		{"各镇分管领导、民政所主任、县民政局班子成员参加会议。", ""}, // a civil-affairs term opens a body's name
		{"局长王一鸣出席会议。", "王一鸣 局长 [局长]"},      // 一 inside a name is no numeral word
		{"联系人：张华13800000000", "张华 -"},      // a phone number is no count

		// A name the segmenter cut before its last character, then a conjunction:
		// the character is the name's.
		// A name the segmenter cut before its last character, then a
		// conjunction: the character is the name's.
		{"魏都区民政局局长张明虎及相关办事处主要负责同志陪同。", "张明虎 局长 [局长] @魏都区民政局"},
		{"副县长李建华和相关部门负责人参加。", "李建华 副县长 [副县长]"},
		{"副市长王刚县及乡镇干部参加。", "王刚 副市长 [副市长]"}, // a level before the conjunction opens a body

		// A body's tail is no name: a name does not start inside a word the
		// segmenter knows.
		// A body's tail is no name: a name does not start inside a word
		// the segmenter knows.
		{"济宁经济技术开发区发展软环境保障局和太白湖新区社会事业发展局负责人参加会议。", ""},
		{"区社会事业发展局局长王刚参加会议。", "王刚 局长 [局长] @区社会事业发展局"},
		{"会议由发展局负责人王刚主持。", "王刚 负责人 [负责人]"},

		// A transcribed name of one name word of the lexicon and words the
		// segmenter does not know is read whole (白玛赤林); one name word before a
		// verb or a stop is read alone.
		{"区党委副书记、区人大常委会主任白玛赤林出席会议。", "白玛赤林 主任 [副书记 主任] @区党委"},
		{"自治区主席洛桑江村讲话。", "洛桑江村 主席 [主席]"},
		{"副主任白玛出席会议。", "白玛 副主任 [副主任]"},
		// 全, a surname, is the adverb wholly before a verb (全覆盖): no name.
		{"在村(居)设儿童主任41名,实现村(居)儿童主任全覆盖。", ""},
		{"实现社区主任全覆盖。", ""},
		{"主任全志刚出席会议。", "全志刚 主任 [主任]"},
		{"局长洛桑在会上讲话。", "洛桑 局长 [局长]"},

		// A stop that only leads the words after it (都, 为) closes no clause:
		// before punctuation it is the name's, before other words it ends the
		// name; a stop that may close a clause (等, 说) ends it.
		{"广东省民政厅党组书记丁红都、广西壮族自治区民政厅厅长王琛介绍情况。", "丁红都 党组书记 [党组书记] @广东省民政厅; 王琛 厅长 [厅长] @广西壮族自治区民政厅"},
		{"党组书记丁红都、厅长王琛出席。\n党组书记丁红都介绍了情况。", "丁红都 党组书记 [党组书记]; 王琛 厅长 [厅长]"},
		{"区长杲云为老年人代表赠送慰问金。", "杲云 区长 [区长]"},
		{"区长王云为老年人代表赠送慰问金。", "王云 区长 [区长]"},
		{"局长王明等。", "王明 局长 [局长]"},
		{"局长张文说:", "张文 局长 [局长]"},

		// A given name that is a word of the language (富强, 建设) is not cut by it
		// after a title of office; a stop that opens a verb after a name still
		// ends it.
		{"局长王富强出席会议并讲话。", "王富强 局长 [局长]"},
		{"副局长刘建设、主任赵和平出席。", "刘建设 副局长 [副局长]; 赵和平 主任 [主任]"},
		{"局长王富强调,要做好工作。", "王富 局长 [局长]"},

		// A surname that is also a preposition (经, 向) before a word of the
		// language opens no name.
		{"汇报内容主要为:一、站点社工经需求调研了解社区弱势群体需求后,开展服务。", ""},
		{"社工向社会公开服务内容。", ""},

		// A given name the segmenter reads as a place's name (张|江海) after a title
		// and before a verb is a name; a surname that is also a preposition or a
		// verb before a place opens none.
		{"1月11日上午,我市举行发放仪式,副市长张江海出席了活动。", "张江海 副市长 [副市长]"},
		{"副县长李黄河参加会议。", "李黄河 副县长 [副县长]"},
		{"副县长张长江参加会议。", "张长江 副县长 [副县长]"},
		{"局长张江南出席并讲话。", "张江南 局长 [局长]"},
		// Negatives: a preposition, a verb or a pronoun before a place, a
		// place that ends in a body's or an area's word.
		{"副市长于北京出席会议。", ""},
		{"局长到江海区调研。", ""},
		{"县长任江西省委常委。", ""},
		{"副市长在江海出席会议。", ""},

		// The holder's name before a title that the segmenter ran into the word
		// before (落|实习|近平|总书记), and a name given with 叫 after a title; an adverb,
		// a time word or a pronoun before a surname and its title, and a title's
		// holder not named after 叫, give no one.
		{"以贯彻落实习近平总书记系列重要讲话为主线。", "习近平 总书记 [总书记]"},
		{"我知道我家在长江北社区,书记叫杨杰。", "杨杰 书记 [书记]"},
		{"社区主任名叫王小明。", "王小明 主任 [主任]"},
		{"老人有时候会糊涂,平时杨书记对老人很照顾。", ""},
		{"会上,随后张书记讲话。", ""},
		{"随后驻站社工对社工站工作进行了介绍。", ""},
		{"其中持证社工2766人。", ""},
		{"书记叫我们去开会。", ""},

		// A given name the segmenter reads as a distinguishing word (国立) after a
		// surname, before the title, in the simplified text matched against a
		// traditional page.
		{"区政府办公室徐国立主任主持会议。", "徐国立 主任 [主任] @区政府办公室"},
		{"会上，徐国立主任作了讲话。", "徐国立 主任 [主任]"},
		// Negatives: the distinguishing word qualifies the noun or the
		// title, with no surname before it.
		{"设立专职主任一名。", ""},
		{"区政府办公室国立主任主持会议。", ""},
		{"参观国立大学校园。", ""},

		// A surname the segmenter read as a measure word (局长|封|新华): right after a
		// title no numeral or demonstrative stands before it, so it opens the
		// name.
		{"泰州市民政局局长封新华出席活动并致辞。", "封新华 局长 [局长] @泰州市民政局"},
		{"局长封新华表示,要关心困境儿童。", "封新华 局长 [局长]"},
		{"副局长段迎春主持会议。", "段迎春 副局长 [副局长]"},
		// Negatives: the measure after a numeral or a demonstrative
		// counts (一封, 这封); a measure before a common word.
		{"局长收到一封新华社的来信。", ""},
		{"局长这封新华书店的回信。", ""},
		{"局长一行到社区走访。", ""},
		// 发 glued to a name before a verb is the name's last (verbBeforeVerb);
		// a verb that leads another (来参加) and 发 as a word (发表) end it.
		{"区委副书记、区长孙德发主持召开会议。", "孙德发 区长 [副书记 区长] @区委"},
		{"副区长周国来参加会议。", "周国 副区长 [副区长]"},
		{"局长赵某发表讲话。", "赵某 局长 [局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleDottedNames covers names transcribed in pieces joined by a
// middle dot (间隔号): the name is whole wherever it stands, titled or not, no
// piece of it a name alone; a dot between words of the language joins no
// name.
func TestPeopleDottedNames(t *testing.T) {
	tests := []rowCase{
		// The dotted name of a person with a title or none, and in a list.
		{"来自水定镇的困难群众古丽奴儿·吐尔地收到新衣后高兴地说。", "古丽奴儿·吐尔地 -"},
		{"州党委常委海依拉提·阿西克参加发放仪式并讲话。", "海依拉提·阿西克 常委 [常委] @州党委"},
		{"走访慰问了困难群众沙拉买提汗·巴拉提、王利芬、陈风等人。", "沙拉买提汗·巴拉提 -; 王利芬 -; 陈风 -"},
		// A dotted name after a verb is whole, no piece of it alone.
		{"慰问了马木提·巴拉提、王利芬等人。", "马木提·巴拉提 -; 王利芬 -"},
		// Negative: a dot between words that are no name.
		{"开展“长者食堂·学堂”建设。", ""},

		// A dotted name after a noun of status, and the dots that join no name: a
		// slogan, a place before a body, a headline's halves, a piece in quotation
		// marks, a last piece of one character.
		{"只在牧民安置点的家中住了一晚的牧民哈里满哈孜·叶斯坎迪尔,便准备返回牧场。", "哈里满哈孜·叶斯坎迪尔 -"},
		// Negatives: a slogan, a place before a body, a headline's halves,
		// a piece in quotation marks, a last piece of one character.
		{"开展“我们的节日·端午”主题活动。", ""},
		{"通过中国·国家地名信息库填写地名。", ""},
		{"上一篇:威高·天空里征集", ""},
		{"开展“心连心・守护留守盼花开”关爱活动。", ""},
		{"发放标准为元/人·月。", ""},

		// A dotted name with a title and a body, a dot of another shape (‧), and a
		// dot inside a place's slogan.
		{"民政部社会事务司副司长乌玛尔江·努合曼,出席活动。", "乌玛尔江·努合曼 副司长 [副司长] @民政部社会事务司"},
		{"会议在“中国·成都”召开,局长张三出席。", "张三 局长 [局长]"},
		// A preposition after a dotted name opens its clause; a word of
		// another kind after it leaves the end a guess.
		{"统战部部长哈力木拉提·马木提对辖区养老机构进行了安全检查。", "哈力木拉提·马木提 部长 [部长] @统战部"},
		{"副县长阿依古丽·买买提在会上讲话。", "阿依古丽·买买提 副县长 [副县长]"},
		// A verb of going or coming before a place ends the last piece
		// (…·扎日|来|乌苏市调研); must not fire: 到 of 到场, 来 of 来自.
		{"自治区民政厅厅长依明江·扎日来乌苏市调研。", "依明江·扎日 厅长 [厅长] @自治区民政厅"},
		{"副厅长阿不都·热合曼到喀什市调研。", "阿不都·热合曼 副厅长 [副厅长]"},
		{"副县长阿依古丽·买买提到场讲话。", "阿依古丽·买买提 副县长 [副县长]"},
		{"牧民哈里满哈孜·叶斯坎迪尔来自喀什市。", "哈里满哈孜·叶斯坎迪尔 -"},
	}
	checkRows(t, tests, "people", personRows)
}

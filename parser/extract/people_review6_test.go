package extract

import "testing"

// TestPeopleReview6 covers the names that pages of further bureaus print
// next to a title: given names that end in a character that also opens a
// verb, names of rare characters or with no Han surname, the short 三审
// credit labels, and words that only look like a surname and a name.
func TestPeopleReview6(t *testing.T) {
	tests := []rowCase{
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
		{"副局长张孟强调，要抓好落实。", "张孟 副局长 [副局长]"},
		{"局长李明曾主持会议。", "李明 局长 [局长]"},

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

		// The short 三审 labels of a news page's footer, with the round in
		// brackets and a stroke for the colon.
		{"责编(二审)丨陈媛", "陈媛 责编 [责编]"},
		{"总编（三审）丨王乾帝", "王乾帝 总编 [总编]"},
		{"责编:周雪", "周雪 责编 [责编]"},
		{"编辑丨李华", "李华 编辑 [编辑]"},
		{"报社总编辑李四出席", "李四 总编辑 [总编辑]"},
		{"责编(特约)丨陈媛", ""}, // the bracket holds no round
		{"局长(二审)丨王五", ""}, // a round follows a credit label only

		// Words that only look like a surname and a given name.
		{"为让困难群众过一个温暖的冬天", ""},             // a numeral word after the "surname"
		{"须由负责人（如会长、副会长、秘书长任选1人）扫码", ""},   // a count right after the "name"
		{"各镇分管领导、民政所主任、县民政局班子成员参加会议。", ""}, // a civil-affairs term opens a body's name
		{"局长王一鸣出席会议。", "王一鸣 局长 [局长]"},      // 一 inside a name is no numeral word
		{"联系人：张华13800000000", "张华 -"},      // a phone number is no count

		// A title printed next to the name beats one shared across a list.
		{"副市长王刚、李华出席。李华局长讲话。", "王刚 副市长 [副市长]; 李华 局长 [局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

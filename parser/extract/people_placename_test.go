package extract

import "testing"

// TestPeopleSeenAsPlacesQuotesBodies covers three readings that only look
// like a name or unlike one: a name of two characters the segmenter reads as
// a place (江北), between a title of office and a verb a report prints after
// a name, is the holder's; the halves of a dotted name inside quotation or
// title marks are words of an activity's name, no person; and a profession's
// title before a body's ending (社工服务社) is a word of the body's name, the
// words before it no one's.
func TestPeopleSeenAsPlacesQuotesBodies(t *testing.T) {
	tests := []rowCase{
		// A place's word between a title and a verb of acting.
		{"县民政局副局长黄河出席仪式并致辞。", "黄河 副局长 [副局长] @县民政局"},
		{"副主任常州陪同调研。", "常州 副主任 [副主任]"},
		{"副局长南山出席活动。", "南山 副局长 [副局长]"},
		{"社区党支部书记黄原松分别为困境儿童们送上生活用品。", "黄原松 书记 [书记] @社区党支部"},
		// No verb of acting right after, a surname that leads a place, a word
		// between the title and the place, a place of three characters.
		{"县委书记黄河岸边调研。", ""},
		{"副县长于北京出席会议。", ""},
		{"副县长于都出席会议。", ""},
		{"副局长到江北出席活动。", ""},
		{"副局长江北区出席活动。", ""},
		{"副局长江北区分别出席活动。", ""},
		{"县委书记黄河边亲自调研。", ""},
		{"副局长江北了解情况。", ""},
		// A word that is no place (同时, 亲自) after the title, a compound
		// surname alone.
		{"副县长同时出席会议。", ""},
		{"书记亲自主持会议。", ""},
		{"副局长欧阳出席活动。", ""},
		// A place's word (和平) that a surname leading a phrase opens; a
		// place with a stop of names (说, 来) or a letter after it.
		{"书记和平出席会议。", ""},
		{"副局长江北说出席会议。", ""},
		{"副局长黄河来出席会议。", ""},
		{"书记黄原A分别为困境儿童们送上生活用品。", ""},
		// A word of the language that is no place (常年), a place that a
		// surname leading a phrase opens (随州: 随, along with).
		{"局长常年走访困难群众。", ""},
		{"副市长随州出席会议。", ""},
		// A place and a character the place takes, not a name's last: a
		// function word, a localizer, an adverb, a numeral, a measure.
		{"副局长江北之出席会议。", ""},
		{"书记黄河上亲自调研。", ""},
		{"副局长江北均出席会议。", ""},
		{"副局长江北两出席会议。", ""},
		{"副局长江北个出席会议。", ""},

		// A dot inside quotation marks parts the halves of a quoted name.
		{"设立“你说我听·你需我帮”服务区。", ""},
		{"开展“我帮你·你帮我”活动。", ""},
		{"设立“你呼我应·我来帮办”窗口。", ""},
		// A quotation that holds a clause, what someone said, may name one.
		{"他说:“牧民哈里满哈孜·叶斯坎迪尔,便准备返回牧场。”", "哈里满哈孜·叶斯坎迪尔 -"},

		// A profession's title before a body's ending names no one.
		{"区民政局与阳光社工服务社签约。", ""},
		{"乐善社工服务社负责运营。", ""},
		// The title after a name with no body's ending, and a title of office
		// before one, still name a person.
		{"王明社工为老人讲解政策。", "王明 社工 [社工]"},
		{"张华律师提供咨询。", "张华 律师 [律师]"},
		{"李强书记工作室揭牌。", "李强 书记 [书记]"},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import (
	"testing"

	"bulletin/parser/hant"
)

// TestPeopleTraditionalYu covers 於, the 于 of 繁體 text, which the
// character map leaves as printed: after a title or a name it is the
// preposition (關於, 於會上, 於是), no name nor a name's last character, as
// 于 is; before a given name it is still the surname. The rows are printed
// in 繁體 and reach the extractors mapped, as a parsed page's text does;
// the names are given as mapped.
func TestPeopleTraditionalYu(t *testing.T) {
	rows := []rowCase{
		// 關於 after a title: no name; the name before the title is read.
		{"李明華書記關於養老服務工作作出批示。", "李明华 书记 [书记]"},
		{"市長關於此項工作表示。", ""},
		// 於 after a name or a title: the preposition closes the name.
		{"局長陳立於昨日出席。", "陈立 局长 [局长]"},
		{"局長張文於2024年調任。", "张文 局长 [局长]"},
		{"王剛主任於日前到社區調研。", "王刚 主任 [主任]"},
		{"副主任於會上講話。", ""},
		{"主席於是宣佈開會。", ""},
		// Must not change: 於 before a given name is the surname; 對於 and
		// the function words the map folds (為, 與, 們) were read so already;
		// 关于 printed simplified is a word of the segmenter's.
		{"副局長於洪濤出席。", "於洪涛 副局长 [副局长]"},
		{"局長於文華出席會議。", "於文华 局长 [局长]"},
		{"於梨華局長出席。", "於梨华 局长 [局长]"},
		{"習近平總書記對於民政工作作出指示。", "习近平 总书记 [总书记]"},
		{"副局長王建國於會上通報了全年工作。", "王建国 副局长 [副局长]"},
		{"局長為群眾辦實事。", ""},
		{"副局長與市長一同出席。", ""},
		{"廳長們於會後合影。", ""},
		{"局长关于此事表示。", ""},
	}
	for k := range rows {
		rows[k].in = hant.Map(rows[k].in)
	}
	checkRows(t, rows, "people", personRows)
}

// TestPeopleVerbBeforeAct covers a name of three whose last character the
// segmenter cut off as a verb before a verb a report prints after a name
// (某某|呈|出席): the character is the name's. A verb that leads another
// (会, 去, 来, 做), a stop (到, 作) or a verb not of those printed after a
// name (呈报) ends the name before it, and a name cut whole before the verb
// has no character to take.
func TestPeopleVerbBeforeAct(t *testing.T) {
	checkRows(t, []rowCase{
		{"县民政局局长周永呈出席会议并讲话。", "周永呈 局长 [局长] @县民政局"},
		{"副县长陈志呈主持会议。", "陈志呈 副县长 [副县长]"},
		{"副局长吴天呈介绍情况。", "吴天呈 副局长 [副局长]"},
		{"主任杨立呈陪同调研。", "杨立呈 主任 [主任]"},
		{"副县长赵立达表示，要抓好落实。", "赵立达 副县长 [副县长]"},
		// Must not fire: the name ends where the verb phrase starts.
		{"局长王明出席会议。", "王明 局长 [局长]"},
		{"局长李强调研养老机构。", "李强 局长 [局长]"},
		{"局长赵刚去慰问困难群众。", "赵刚 局长 [局长]"},
		{"局长孙丽来参加。", "孙丽 局长 [局长]"},
		{"局长周华做介绍。", "周华 局长 [局长]"},
		{"局长刘石可出席。", "刘石 局长 [局长]"},
		{"书记马强需出席。", "马强 书记 [书记]"},
		{"局长王明到会讲话。", "王明 局长 [局长]"},
		{"局长王强即带领工作组出席会议。", "王强 局长 [局长]"},
		{"局长张军呈报材料。", "张军 局长 [局长]"},
	}, "people", personRows)
}

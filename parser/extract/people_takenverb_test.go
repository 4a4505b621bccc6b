package extract

import "testing"

// TestTakenVerb covers a surname the segmenter ran into the word before
// it, read as a name's only where that word is a verb and the given name
// opens with no stop; and where it still is.
func TestTakenVerb(t *testing.T) {
	checkRows(t, []rowCase{
		{"以贯彻落实习近平总书记系列重要讲话为主线。", "习近平 总书记 [总书记]"},
		{"会议强调,要认真落实习近平总书记重要指示。", "习近平 总书记 [总书记]"},
		// Must fire no name: a noun's last character before a title, a
		// preposition opening the guessed given name.
		{"已培养专业持证社工49人。", ""},
		{"成立由厅党组书记、厅长“双牵头”的巡视整改工作专班。", ""},
		{"全县已有专业持证社工12名。", ""},
	}, "people", personRows)
}

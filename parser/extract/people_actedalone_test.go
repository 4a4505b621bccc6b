package extract

import "testing"

// TestPeopleActedAlone: a sentence of a bare name and a verb of an
// official's act closing it (a full stop, a semicolon, the line's or the
// text's end) names the official, with no title, also where the segmenter
// reads the name's last character with the verb. Not so: a verb with an
// object after it, a question, more words before the name, a word that
// is no name, a title inside.
func TestPeopleActedAlone(t *testing.T) {
	tests := []rowCase{
		{"实地感受新城建设带来的新变化、新气象。钱志远陪同。", "钱志远 -"},
		{"会议由县民政局召开。黄桂芳主持。", "黄桂芳 -"},
		{"钱志远出席\n会议听取了汇报。", "钱志远 -"},
		{"会议由县民政局召开。黄桂芳主持；", "黄桂芳 -"},
		{"会议由县民政局召开。黄桂芳主持", "黄桂芳 -"},
		{"会议由县民政局召开。黄建民主持。", "黄建民 -"},

		// Not a sentence of its own.
		{"钱志远陪同调研。", ""},
		{"会上钱志远陪同。", ""},
		{"会议由县民政局召开。黄桂芳主持？", ""},
		{"会议召开。全体出席。", ""},
		{"会议召开。局长陪同。", ""},
		{"会议召开。同时参加。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

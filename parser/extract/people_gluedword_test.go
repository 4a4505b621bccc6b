package extract

import "testing"

// TestPeopleGluedWord: a name's last character that the segmenter glued to
// the list's conjunction into a word it knows (平和, 祥和) is the name's
// where the next member opens right after; a verb (参与), a function word
// (以及) or an adjective before a particle or a clause's end is not.
func TestPeopleGluedWord(t *testing.T) {
	tests := []rowCase{
		{"副局长张国平和李四科长出席。", "张国平 副局长 [副局长]; 李四 科长 [科长]"},
		{"县民政局局长吴德祥和镇长郑华一同走访。", "吴德祥 局长 [局长] @县民政局; 郑华 镇长 [镇长]"},
		{"总编张国平和李四出席。", "张国平 总编 [总编]"},

		// A verb, a conjunction read whole, an adjective that describes.
		{"局长王明参与调研。", "王明 局长 [局长]"},
		{"局长王明以及李四出席。", "王明 局长 [局长]"},
		{"局长王明温和地说。", "王明 局长 [局长]"},
		{"局长王明平和。", "王明 局长 [局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

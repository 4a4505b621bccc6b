package extract

import "testing"

// TestPeoplePrepSurname: 于 right after a title, or after a 、 of the list
// that shares it, before a given name the segmenter does not know, is the
// holder's surname (代表于贵东、倪成旭); before a word it knows, a figure or
// with no title before it, 于 is the preposition and opens no name.
func TestPeoplePrepSurname(t *testing.T) {
	tests := []rowCase{
		{"街道为工作组代表于贵东、倪成旭颁发聘书。", "于贵东 代表 [代表]; 倪成旭 代表 [代表]"},
		{"街道为工作组代表于贵东颁发聘书。", "于贵东 代表 [代表]"},
		{"会议由副局长于贵东主持。", "于贵东 副局长 [副局长]"},
		// The preposition: a word after it, a figure, no title before it.
		{"副局长于近日主持召开会议。", ""},
		{"群众代表于会上发言。", ""},
		{"局长于2月3日带队检查。", ""},
		{"会议于贵阳召开。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import (
	"strings"
	"testing"
)

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
		// Two guards of prepSurname that the whole run shows: the row reads
		// a name if that guard is removed (the other rules and checkName let
		// it through); TestPrepSurnameGuards pins each of them alone.
		{"主任还逐户走访。", ""},  // the token is an adverb (还, d), no preposition
		{"困难户于衢江务工。", ""}, // a status word before 于, no office
	}
	checkRows(t, tests, "people", personRows)
}

// TestPrepSurnameGuards asks prepSurname itself at the token the row
// marks: each row but the first two is refused by one guard alone, the
// one its comment names, and would be read as a surname without it (the
// later checks of a name refuse some of these anyway, so the rows of
// TestPeoplePrepSurname alone could not tell a guard was lost).
func TestPrepSurnameGuards(t *testing.T) {
	tests := []struct {
		in, at string
		want   bool
	}{
		{"街道为工作组代表于贵东、倪成旭颁发聘书。", "于", true},
		{"会议由副局长于贵东主持。", "于", true},
		{"主任还逐户走访。", "还", false},      // tag: an adverb (d), no preposition
		{"活动于蔡甸举行。", "于", false},      // title: no title before it
		{"困难户于衢江务工。", "于", false},     // title: a status word, no office
		{"副局长于近日主持召开会议。", "于", false}, // name tag: a word it knows (近日, t)
		{"局长于·主持。", "于", false},       // Han: a mark it does not know (x), no character of a name
		{"代表于网格员、", "于", false},       // length: three characters after 于, more than a given name
		{"代表于侨联发言。", "于", false},      // body: an agency's ending (侨联), no given name
		{"代表于贵东的家", "于", false},       // closed: the word runs on (的), no clause end or verb
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			s := in.Text.String()
			i := strings.Index(s, tc.at)
			ts := in.Words(i)
			k := tokenAt(ts, i)
			if k < 0 {
				t.Fatalf("no word opens at %q", tc.at)
			}
			if got := prepSurname(s, ts, k); got != tc.want {
				t.Errorf("prepSurname at %q = %v, want %v", tc.at, got, tc.want)
			}
		})
	}
}

package punct

import (
	"strings"
	"testing"
)

func TestBracket(t *testing.T) {
	tests := []struct {
		r    rune
		want int
	}{
		{'“', 1}, {'《', 1}, {'（', 1}, {'【', 1},
		{'”', -1}, {'》', -1}, {')', -1}, {'】', -1},
		{'，', 0}, {'民', 0}, {'"', 0},
	}
	for _, tt := range tests {
		if got := Bracket(tt.r); got != tt.want {
			t.Errorf("Bracket(%q) = %d, want %d", tt.r, got, tt.want)
		}
	}
}

func TestMarksApart(t *testing.T) {
	for _, r := range SentenceEnds {
		if strings.ContainsRune(ClauseMarks, r) {
			t.Errorf("%q both ends a sentence and parts a clause", r)
		}
	}
}

func TestRangeJoinAt(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int
		want string
	}{
		{"80--89周岁", 2, "--"},
		{"80—89岁", 2, "—"},
		{"1日——3日", 4, "——"},
		{"3至5个", 1, "至"},
		{"2～4个", 1, "～"},
		// No connector: a figure, a word, a slash, the text's end.
		{"80岁以上", 2, ""},
		{"3/5", 1, ""},
		{"2024", 4, ""},
	} {
		if got := RangeJoinAt(tc.s, tc.i); got != tc.want {
			t.Errorf("RangeJoinAt(%q, %d) = %q, want %q", tc.s, tc.i, got, tc.want)
		}
	}
}

func TestOpensWithCloser(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"”;", true},
		{"，全县共发放救助金", true},
		{"）等5项", true},
		{"〕号文件", true},
		// Not so.
		{"（一）加强领导", false},
		{"“中山大道”", false},
		{"", false},
	} {
		if got := OpensWithCloser(tc.in); got != tc.want {
			t.Errorf("OpensWithCloser(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

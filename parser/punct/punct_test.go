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

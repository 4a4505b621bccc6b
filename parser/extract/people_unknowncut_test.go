package extract

import (
	"strings"
	"testing"
)

// TestPeopleUnknownCut: a full name before a title that the segmenter,
// knowing none of its words, cut with the character before it
// (以习|近平|总书记) is read whole; a word it knows before the title, a
// given name opening with a stop or a name read whole keep their reading.
func TestPeopleUnknownCut(t *testing.T) {
	tests := []rowCase{
		{"要以习近平总书记重要讲话为遵循。", "习近平 总书记 [总书记]"},
		{"全市民政部门要以习近平总书记对民政工作重要指示为根本遵循。", "习近平 总书记 [总书记]"},
		// Read as before: a known word, no name, a name read whole.
		{"会议强调,要认真落实习近平总书记重要指示。", "习近平 总书记 [总书记]"},
		{"各社区专职书记参加培训。", ""},
		{"由社区党支部书记主持。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// TestUnknownCutGuards asks unknownCutBefore itself of the surname and the
// title the row marks: a cut across the surname counts as a guess only
// where the segmenter knew neither word, so each negative row has one of
// the two words known, the one its comment names, and would be read as a
// guessed cut without the tag's check (the rows of TestPeopleUnknownCut
// alone could not tell: the other rules refuse these names anyway).
func TestUnknownCutGuards(t *testing.T) {
	tests := []struct {
		in, sur, title string
		want           bool
	}{
		{"要以习近平总书记重要讲话为遵循。", "习", "总书记", true},
		{"基于贵东局长的要求。", "于", "局长", false},   // the word before: 基于 (p), one it knows
		{"以习建国总书记为榜样。", "习", "总书记", false}, // the given name: 建国 (ns), one it knows
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			s := in.Text.String()
			j, i := strings.Index(s, tc.sur), strings.Index(s, tc.title)
			if got := unknownCutBefore(in.Words(j), j, i); got != tc.want {
				t.Errorf("unknownCutBefore(%q, %q) = %v, want %v", tc.sur, tc.title, got, tc.want)
			}
		})
	}
}

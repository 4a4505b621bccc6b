package extract

import "testing"

// TestGivenClauseWord covers a surname read alone before a particle or a
// verb of the actverb list, which is no name; and names whose given name
// is a word of another kind, which stay.
func TestGivenClauseWord(t *testing.T) {
	checkRows(t, []rowCase{
		{"沈晓明在会见代表时指出,全省民政工作者立足岗位。", ""},
		{"推广6个这个社区社工室的试点。", ""},
		// Must not fire: a given name the segmenter reads as a verb of
		// no such list, or as a word of its own.
		{"副局长时建国主持会议。", "时建国 副局长 [副局长]"},
		{"局长王了然出席。", "王了然 局长 [局长]"},
		{"副主任时强调研了养老工作。", "时强 副主任 [副主任]"},
	}, "people", personRows)
}

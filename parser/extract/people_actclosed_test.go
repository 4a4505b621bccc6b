package extract

import "testing"

// TestPeopleActClosed: a verb of actverb the segmenter tags as a noun
// (讲话) closes the unknown name after a title as a verb does (副省长阿东
// 讲话); a title with no name before the verb, a known word between or a
// stop of names keep their reading.
func TestPeopleActClosed(t *testing.T) {
	tests := []rowCase{
		{"副省长阿东讲话。", "阿东 副省长 [副省长]"},
		{"会上，副市长阿东讲话，对全市民政工作提出要求。", "阿东 副市长 [副市长]"},
		// Read as before: no name, a known word, a stop.
		{"市长讲话。", ""},
		{"副省长在大会上讲话。", ""},
		{"副省长会议讲话。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

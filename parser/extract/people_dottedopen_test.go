package extract

import "testing"

// TestPeopleDottedNameWords: a name word of the lexicon is a piece of a
// dotted name whatever the segmenter read it as (买买提, a noun), and one
// opens the first piece over the words it spells up to the dot (古丽|苏木);
// a name word spelled over single characters (托|合|提) closes the last
// piece. Not so: halves of a place, a slogan or a venue joined by a dot,
// a run of more than a piece's characters, a function word in the run.
func TestPeopleDottedNameWords(t *testing.T) {
	tests := []rowCase{
		{"民政局局长吐尔洪·买买提讲话。", "吐尔洪·买买提 局长 [局长]"},
		{"牧民买买提·吐逊出席会议。", "买买提·吐逊 -"},
		{"走访了贫困家庭古丽苏木·托合提的家中。", "古丽苏木·托合提 -"},
		{"慰问了低保户阿依古丽·吾斯曼、王建国等人。", "阿依古丽·吾斯曼 -; 王建国 -"},
		// Halves of a place, a venue or a slogan: no name word, or no
		// transcribed last piece.
		{"新疆·伊犁州民政局召开会议。", ""},
		{"活动在中国·和田国际会展中心举行。", ""},
		{"扎西德勒·藏历新年", ""},
		// A function word between the name word and the dot.
		{"看望了古丽和苏木·托合提。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

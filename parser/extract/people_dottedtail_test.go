package extract

import "testing"

// TestPeopleDottedTail: a transcribed name that the document prints
// elsewhere after a title with one more character before its first part
// is that person's, listed once under the whole name. Not so: a name
// printed whole only, a longer run after no title or after a status, a
// title with a mark before the name, a name with no dot, a name after a
// title whose last character is the one before it (副秘书长).
func TestPeopleDottedTail(t *testing.T) {
	tests := []rowCase{
		{"自治区民政厅厅长依明江·扎日来塔城调研。\n厅长明江·扎日带领处室负责人一行调研。", "依明江·扎日 厅长 [厅长] @自治区民政厅"},
		{"厅长依明江·扎日出席。\n会上,厅长明江·扎日指出,要抓好落实。", "依明江·扎日 厅长 [厅长]"},

		{"副秘书长依明江·扎日出席会议。\n副秘书长明江·扎日讲话。", "依明江·扎日 副秘书长 [副秘书长]"},

		// Read as printed.
		// The character before closes the title (副秘书|长): no tail.
		{"行署副秘书长阿布都·热合曼出席会议。", "阿布都·热合曼 副秘书长 [副秘书长]"},
		{"区政府副秘书长热孜万·阿不都主持。\n热孜万·阿不都指出,要抓好落实。", "热孜万·阿不都 副秘书长 [副秘书长] @区政府"},
		{"厅长依明江·扎日来塔城调研。", "依明江·扎日 厅长 [厅长]"},
		{"在依明江·扎日家中,厅长明江·扎日了解情况。", "明江·扎日 厅长 [厅长]"},
		{"厅长王明江来塔城调研。\n厅长明江讲话。", "王明江 厅长 [厅长]; 明江 厅长 [厅长]"},
		// A mark between the title and the name, a status (no office)
		// before the longer run.
		{"自治区民政厅厅长:明江·扎日来塔城调研。", "明江·扎日 厅长 [厅长] @自治区民政厅"},
		{"低保户依明江·扎日家中,厅长明江·扎日了解情况。", "明江·扎日 厅长 [厅长]"},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import "testing"

// TestPeopleOpeningCredit: a bracket of bare names that opens a paragraph
// before the lead's time word ((许宁)近日，…) credits the report's writers,
// with no role. Not so: a bracket with no time word after it, a heading's
// number, a body, or a bracket inside a sentence.
func TestPeopleOpeningCredit(t *testing.T) {
	tests := []rowCase{
		{"标题\n(许宁)近日,由大连市民政局组织的现场会在金普新区举行。", "许宁 -"},
		{"标题\n  (高雨晴 刘小红)5月31日,市儿童福利院开展活动。", "高雨晴 -; 刘小红 -"},
		{"标题\n（王建国）日前,县民政局召开会议。", "王建国 -"},

		// No credit: no time word, a number, a body, inside a sentence.
		{"标题\n(许宁)由大连市民政局组织的现场会在金普新区举行。", ""},
		{"标题\n(一)近日,县民政局召开会议。", ""},
		{"标题\n(县民政局)近日召开会议。", ""},
		{"标题\n会议由(许宁)近日主持。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

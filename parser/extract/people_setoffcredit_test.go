package extract

import "testing"

// TestPeopleSetOffCredit: bare names after a separator mark in a byline
// bracket that a credit word opens are credits with no role. Not so: a
// bracket with no credit word before the mark, a field after it that is
// no bare name, or a mark that closes the bracket.
func TestPeopleSetOffCredit(t *testing.T) {
	tests := []rowCase{
		{"本报讯 (记者 佟 强 □ 门丽杰 潘青青)春节期间，民政局开展救助。", "佟强 记者 [记者]; 门丽杰 -; 潘青青 -"},
		{"本报讯（记者 王芳 ■ 李明）近日，民政局开展救助。", "王芳 记者 [记者]; 李明 -"},

		// No one after the mark.
		{"共发放物资(大米 □ 面粉)。", ""},
		{"本报讯 (记者 王芳 □)近日，民政局开展救助。", "王芳 记者 [记者]"},
		{"本报讯 (记者 王芳 □ 民政局)近日，开展救助。", "王芳 记者 [记者]"},
		{"选项(□ 李明 □ 王芳)。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

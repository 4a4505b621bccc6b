package extract

import (
	"regexp"
	"strings"

	"bulletin/parser/chrono"
)

// editStampTail matches what follows the date of an edit stamp: its clock
// time, if printed, and the verb of editing closing the line (… 于
// 2018-7-5 10:54 编辑, … 于 2020-03-02 修改).
var editStampTail = regexp.MustCompile(`^[ \t\x{3000}]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t\x{3000}]*)?(?:编辑|修改)[ \t\x{3000}]*(?:\n|$)`)

// editStamp reports whether the date e of s is the stamp a forum or a
// site's editor prints over a post when someone edits it (本帖最后由 某某
// 于 2018-7-5 10:54 编辑): who edited it, 于, the time, and the verb
// closing the line. The time is the page's, when it was changed, not a
// date of the text (GOLD.md: page chrome is not the document's content).
// A date in a sentence about editing (于3月5日编辑出版了…) goes on after
// its verb, and a post's own time (发表于, 时间:) has no 编辑 after it:
// both stay.
func editStamp(s string, e chrono.Expr) bool {
	if e.Kind != chrono.Day {
		return false
	}
	before := strings.TrimRight(s[:e.Start], " \t\u3000")
	if !strings.HasSuffix(before, "于") {
		return false
	}
	return editStampTail.MatchString(s[e.End:])
}

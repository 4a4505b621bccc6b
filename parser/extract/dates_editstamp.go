package extract

import (
	"regexp"
	"strings"

	"bulletin/parser/chrono"
	"bulletin/parser/lexicon"
)

// clockBeforeVerb matches what may stand between an edit stamp's date and
// its verb: white space and the clock time, if printed (… 10:54 编辑).
var clockBeforeVerb = regexp.MustCompile(`^[ \t\x{3000}]*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[ \t\x{3000}]*)?`)

// editStamp reports whether the date e of s is the stamp a forum or a
// site's editor prints over a post when someone edits it (本帖最后由 某某
// 于 2018-7-5 10:54 编辑): who edited it, 于, the time, and the verb
// (cue_words editverb) closing the line. The time is the page's, when it
// was changed, not a date of the text (GOLD.md: page chrome is not the
// document's content). A date in a sentence about editing (于3月5日编辑
// 出版了…) goes on after its verb, and a post's own time (发表于, 时间:)
// has no 编辑 after it: both stay.
func editStamp(s string, e chrono.Expr) bool {
	if e.Kind != chrono.Day {
		return false
	}
	before := strings.TrimRight(s[:e.Start], " \t\u3000")
	if !strings.HasSuffix(before, "于") {
		return false
	}
	rest := s[e.End:]
	rest = rest[len(clockBeforeVerb.FindString(rest)):]
	verb, ok := lexicon.CueWordList("editverb").Prefix(rest)
	if !ok {
		return false
	}
	after := strings.TrimLeft(rest[len(verb):], " \t\u3000")
	return after == "" || after[0] == '\n'
}

package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A visit report also prints the home bare, as the place a clause of 在
// or 到 names and closes at a comma (在低保户某某家，局长详细了解…; 到五保
// 老人某某家，…: 《现代汉语词典》 家, 家庭的住所): the 家 is the home's,
// no character of the name before it, as the localizer's is in 家中 and
// 家里 (cue list home). The frame asks the preposition opening the clause
// and the comma right after 家, so 某某家说 or 某某家的 in any other
// clause leave the name as read.

// visitHome reports whether the 家 at j closes the place of a visit's
// clause: a comma right after it, and the clause before it opening with a
// word of cue list visitprep (在, 到, 来到, 走进).
func visitHome(s string, j int) bool {
	if !strings.HasPrefix(s[j:], homeChar) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j+len(homeChar):])
	if r != '，' && r != ',' {
		return false
	}
	start := strings.LastIndexAny(s[:j], "，,。；;：:！？!?\n")
	if start >= 0 {
		_, w := utf8.DecodeRuneInString(s[start:])
		start += w
	} else {
		start = 0
	}
	clause := strings.TrimLeft(s[start:j], " \t　")
	_, ok := lexicon.CueWordList("visitprep").Prefix(clause)
	return ok
}

// homeChar is the home a visit went into (某某家).
const homeChar = "家"

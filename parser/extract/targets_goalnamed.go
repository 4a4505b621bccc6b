package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// goalNamed reports whether the number at r is named the goal set to reach
// (cue lists goalnoun, goalcopula): a goal noun right after the number and
// its unit, 的 between allowed (23人目标, 23人的目标值), or a goal noun and a
// copula right before it (目标为23人). The noun tells the number the level a
// plan set, so it is a target whatever the sentence reports done around
// it (已超过全省23人的目标值: the 23 is the goal, what was reached is
// another number). A goal noun that opens a longer word (目标责任, 目标考核)
// names no number. A quota noun (target_cues.tsv quotanoun: 名额) with a
// copula before the number (表彰名额为150个) names the level an award sets
// the same way.
func goalNamed(s string, r byteRange) bool {
	nouns := lexicon.CueWordList("goalnoun")
	after := strings.TrimPrefix(s[r.End:], "的")
	if w, ok := nouns.At(after, 0); ok && goalNounAlone(after[len(w):]) {
		return true
	}
	before := s[:r.Start]
	quotas := lexicon.TargetCueList("quotanoun") // 表彰名额为150个
	for _, c := range lexicon.CueList("goalcopula") {
		head := strings.TrimSuffix(before, c)
		if head == before {
			continue
		}
		if _, ok := nouns.EndingAt(head, len(head)); ok {
			return true
		}
		if _, ok := quotas.EndingAt(head, len(head)); ok {
			return true
		}
	}
	return false
}

// goalNounAlone reports whether the goal noun ends its word at rest: the
// clause or the sentence closes there, or a verb of reaching it follows
// closes there: no character goes on a compound (目标责任, 目标考核).
func goalNounAlone(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.Is(unicode.Han, r)
}

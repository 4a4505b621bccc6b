package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// 此次 and 本次 (cue_words.tsv, thisevent) take up the event a news report
// has just told, whose counts are what it reached (targets_thisevent.go).
// With a modal of necessity right after it (此次需命名道路3条、更名道路2条;
// stance.tsv, oblige) the demonstrative names a round of work still to be
// done and says what that round requires: the counts its verb takes are
// the round's tasks, however the verb is worded (GOLD.md, targets: a
// requirement with a number). A modal further on (本次活动参加人员需…) or a
// word that is no modal (此次需要: a verb of its own, 需求) leaves the
// clause as read. Source: the 此次需…/本次须… of bureaus' notices of a
// naming or checking round and the 解读 that restate them; 《现代汉语词典》
// (7th ed.) 此次, 本次; 需, 须 (助动词：必须, 应该).

// roundRequired reports whether the clause opens with an event
// demonstrative whose next word is a modal of necessity of its own (此次|
// 需|命名…): the clause requires its counts of the round.
func roundRequired(in *Input, s string, clause byteRange) bool {
	text := s[:clause.End]
	i := clause.Start + len(text[clause.Start:]) - len(strings.TrimLeft(text[clause.Start:], " \u3000\t\n"))
	w, ok := lexicon.CueWordList("thisevent").At(text, i)
	if !ok {
		return false
	}
	i += len(w)
	m, ok := lexicon.Stance().At(text, i)
	return ok && lexicon.Stance().Label(m, 0) == "oblige" && ownWord(in, i, m)
}

package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A list of bare names closed by 等 and a verb of what officials do at an
// event (某甲、某乙、某丙等陪同; 某甲、某乙等出席: cue_words.tsv actverb)
// names the people who did it, as a leaders' noun after 等 does
// (closedLists): each member a name standing whole between the marks. 等人
// (and others) closes such a list as well; 等人员 (staff) names a kind of
// people, no list's close.

// actingListAt reports whether what follows 等 at i says its list names
// people: a verb of an official's act, or 人 that opens no 人员.
func actingListAt(s string, i int) bool {
	if _, ok := lexicon.CueWordList("actverb").At(s, i); ok {
		return true
	}
	return othersAt(s, i)
}

// othersAt reports whether what follows 等 at i sums up the rest of a
// group of people (cue list othersafter: 等人, 等一行) and goes on into no
// other word (等人员: staff, a kind of people).
func othersAt(s string, i int) bool {
	w, ok := lexicon.CueWordList("othersafter").At(s, i)
	return ok && !strings.HasPrefix(s[i+len(w):], "员")
}

package extract

import (
	"unicode/utf8"

	"bulletin/parser/segment"
)

// unknownCutBefore reports whether the segmenter, knowing none of the
// words from the character before the surname at j to the title at i,
// cut the run into two unknown words of two characters across the
// surname (以习|近平|总书记): the cut of words it does not know is a guess,
// so it says nothing of where the name opens, and a report prints the
// holder's full name, surname and given name of two, right before the
// title (习近平总书记, 楼阳生书记). Where the word before is one the
// segmenter knows (落实|习近平), surnameTakenBefore decides; a given name
// opening with a stop of names is the stop and what it leads.
func unknownCutBefore(ts []segment.Token, j, i int) bool {
	k := tokenOver(ts, j+1)
	if k+1 >= len(ts) || ts[k].Start >= j || ts[k].Tag != "x" || utf8.RuneCountInString(ts[k].Word) != 2 || !allHan(ts[k].Word) {
		return false
	}
	g := ts[k+1]
	return g.Start == ts[k].End && g.End == i && g.Tag == "x" && utf8.RuneCountInString(g.Word) == 2 && allHan(g.Word) && !givenOpensStop(g.Word)
}

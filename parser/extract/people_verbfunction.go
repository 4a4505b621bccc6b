package extract

import (
	"unicode/utf8"

	"bulletin/parser/segment"
)

// verbThenFunction reports whether the run of three characters from i to
// j, before a title, is a verb of two characters the segmenter knows and
// a function word of one (成立|由|局长、…任组长: a preposition, a
// conjunction or a particle, functionTag): the verb and the word that
// leads the title after it, no name. A given name does not end with a
// function word the segmenter reads alone.
func verbThenFunction(ts []segment.Token, i, j int) bool {
	k := tokenAt(ts, i)
	if k < 0 || k+1 >= len(ts) || ts[k].Tag != "v" || utf8.RuneCountInString(ts[k].Word) != 2 {
		return false
	}
	f := ts[k+1]
	return f.Start == ts[k].End && f.End == j && utf8.RuneCountInString(f.Word) == 1 && functionTag(f.Tag)
}

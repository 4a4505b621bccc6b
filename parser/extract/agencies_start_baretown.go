package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// bareTownLeads moves the start past a township's level word printed bare
// before a community's or a village's own name (，街道|瀛池社区、…; 街道|王家
// 磨社区举办…): a street's own report calls itself 街道, no name before the
// level, and names its communities after it, each one body (the review
// golds list 瀛池社区, not 街道瀛池社区). The level opens the clause (a mark
// or the text's start before it); the ending is a settlement's of the
// level 村 (社区, 村) with the community's own name between, of
// ownNameMinRunes characters or more (街道|东社区 leaves a stray character,
// no name).
type bareTownLeads struct{}

// ownNameMinRunes is the fewest characters of a community's own name
// between a bare level and the settlement's ending: a name of two or more
// (瀛池社区); one character before 社区 is no name of its own.
const ownNameMinRunes = 2

func (bareTownLeads) open(r *startReading) bool {
	if hanBefore(r.s, r.i) || lexicon.Levels().Label(r.suffix, 0) != "村" {
		return true
	}
	w, ok := lexicon.Levels().At(r.s, r.i)
	// r.i+len(w) > r.j(): the level runs into the ending, nothing between.
	if !ok || lexicon.Levels().Label(w, 0) != "乡" || r.i+len(w) > r.j() ||
		utf8.RuneCountInString(r.s[r.i+len(w):r.j()]) < ownNameMinRunes {
		return true
	}
	r.i += len(w)
	return true
}

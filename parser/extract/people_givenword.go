package extract

import (
	"unicode/utf8"

	"bulletin/parser/segment"
)

// givenClauseWord reports whether the word that opens at j, right after a
// surname the segmenter read as a word of its own, belongs to the clause
// and no given name: a structural particle alone (的, 了: 社工|室|的|试点),
// which joins the words around it and is no name's character, or a verb
// of the actverb list whole (指出, 主持: 代表|时|指出), which a report
// prints after a name, never as one. The "surname" is then a word of the
// clause too (时 the time noun, 室 a room).
func givenClauseWord(ts []segment.Token, j int) bool {
	k := tokenAt(ts, j)
	if k < 0 {
		return false
	}
	w := ts[k]
	switch {
	case utf8.RuneCountInString(w.Word) == 1 && (w.Tag == "uj" || w.Tag == "ul"):
		return true
	case utf8.RuneCountInString(w.Word) == 2 && len(w.Tag) > 0 && w.Tag[0] == 'v' && actVerbs().Has(w.Word):
		return true
	}
	return false
}

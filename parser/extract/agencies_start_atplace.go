package extract

import "bulletin/parser/lexicon"

// atPlaceBefore reports whether the preposition of place (在: the agency
// boundaries labelled at) ends at i. 在 takes the whole name of the place
// it points at as its object (在|银台山公墓落实值班), so a guess of the
// segmenter's that opens right after it is the name's first characters,
// not a word the clause ran onto a place of the gazetteer inside the
// name (银|台山: 台山 a county-level city): wordStart keeps the guess
// whole there, as it does after a list's mark, and guessHeadOfWord
// reads no clause word of 在 and the guess's first character.
func atPlaceBefore(s string, i int) bool {
	b := lexicon.AgencyBoundaries()
	w, ok := b.EndingAt(s, i)
	return ok && b.Label(w, 0) == "at"
}

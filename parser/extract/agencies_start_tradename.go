package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// tradeNameGuess reads a boundary word (a verb or a preposition: 致, 至,
// 为) that the segmenter guessed into one word with the characters around
// it (致善/x, 福至/x, 见义/x 勇为/x), where the guesses run on unbroken
// from a place read whole (某省|尚致/x…基金会). A social body's name is
// printed [place][字号][行业][组织形式] (《社会团体登记管理条例》,
// 《基金会管理条例》: the name opens with its place, then the body's own
// words): a 字号 the segmenter does not know comes out as its guesses, and
// a character in it that is also a verb or a preposition cuts nothing. The
// scan steps back over the guesses to the place, which opens the name.
// A guess that is the boundary word and a level glued after it (由市/x)
// is the boundary and the name's level, and bounds the name as before.
type tradeNameGuess struct{}

func (tradeNameGuess) back(r *startReading) scanMove {
	w, ok := lexicon.AgencyBoundaries().EndingAt(r.s, r.i)
	if !ok || len(r.ts) == 0 {
		return scanPass
	}
	k := tokenOver(r.ts, r.i)
	if k >= len(r.ts) {
		return scanPass
	}
	t := r.ts[k]
	if t.Tag != "x" || t.Start > r.i-len(w) || t.Start == r.i-len(w) && t.End == r.i || levelGluedTo(t, r.i, w) || townGuess(t.Word) {
		return scanPass
	}
	if otherBoundaryIn(r.s, t.Start, t.End, r.i) {
		return scanPass // 送至/x: a verb and a preposition, both bounding
	}
	if p, ok := guessesFromPlace(r.s, r.ts, k); ok {
		r.i = p
		return scanOn
	}
	return scanPass
}

// guessesFromPlace is where the segmenter's guesses that run back
// unbroken from the guess ts[k] open, if a place read whole (a place of
// the gazetteer, or a word tagged as one) ends right there.
func guessesFromPlace(s string, ts []segment.Token, k int) (int, bool) {
	for ; k >= 0 && ts[k].Tag == "x"; k-- {
		p := ts[k].Start
		if place, ok := lexicon.Places().EndingAt(s, p); ok && len(place) > len("市") {
			return p, true
		}
		if k > 0 && ts[k-1].End == p && ts[k-1].Tag == "ns" {
			return p, true
		}
		if k == 0 || ts[k-1].End != p {
			return 0, false
		}
	}
	return 0, false
}

// otherBoundaryIn reports whether a boundary word other than the one that
// ends at i lies whole in [start, end) (送至/x: 送 and 至 are both verbs or
// prepositions that bound a name): the guess is a verb phrase the
// segmenter did not know, no 字号.
func otherBoundaryIn(s string, start, end, i int) bool {
	for p := start; p < end; {
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
		if b, ok := lexicon.AgencyBoundaries().EndingAt(s, p); ok && p != i && p-len(b) >= start {
			return true
		}
	}
	return false
}

package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// placeWhole reads a place of the gazetteer (of more than one character)
// that ends where the scan stands as one word: the scan steps over it
// whole (和平区 is not 和 + 平区, so 和 bounds nothing there). A place that
// opens with a conjunction right after an agency ending (路口福利院和县
// 社会福利院) is two bodies joined: the name starts after the conjunction.
type placeWhole struct{}

func (placeWhole) back(r *startReading) scanMove {
	place, ok := lexicon.Places().EndingAt(r.s, r.i)
	if !ok || len(place) <= len("市") || verbAsPlace(place) {
		return scanPass
	}
	if conjunctionLed(r.s, r.i-len(place), place) {
		// 路口福利院和县社会福利院: two bodies; the name starts after 和.
		_, w := utf8.DecodeRuneInString(place)
		r.i, r.afterBoundary = r.i-len(place)+w, true
		return scanStop
	}
	r.i -= len(place) // a place is read whole: 和平区 is not 和 + 平区
	return scanOn
}

// conjunctionLed reports whether a place found at [i, …) opens with a
// conjunction that joins two names: 路口福利院和县社会福利院 is two bodies,
// not one in 和县.
func conjunctionLed(s string, i int, place string) bool {
	r, _ := utf8.DecodeRuneInString(place)
	if r != '和' && r != '与' && r != '及' {
		return false
	}
	_, ok := lexicon.AgencySuffixes().EndingAt(s, i)
	return ok
}

// verbAsPlace reports whether a place found before a name is a county's
// short name (its name without 县) that is also a bounding word, a verb
// of working with another body (会同 of 会同县): the word is the verb and
// bounds the name after it, whether a level word (会同|省委宣传部),
// another place (会同|资中县民政局) or a body's short name (会同|综治办)
// follows. A county's body is named with its full name (会同县民政局),
// which is read whole, so the short name that is also a verb never opens
// a name.
func verbAsPlace(place string) bool {
	if !lexicon.AgencyBoundaries().Has(place) {
		return false
	}
	for _, d := range lexicon.Places().Lookup(place) {
		if d.Name == place {
			return false // a division's full name
		}
	}
	return true
}

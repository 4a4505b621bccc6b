package extract

import "bulletin/parser/lexicon"

// nationalAfterPlace stops the scan before a body of the central state
// whose name is whole by itself (民政部, 国务院: the national words that
// end in an agency ending) where a place of the gazetteer ends right
// before it (近日,山阳县|民政部儿童福利司副司长…): a ministry of the State
// Council is named with no place (《国务院组织法》), so the place is the
// clause's, where its officials came, not the body's. A national word
// that opens a name of its own level (国家税务局, read after its county:
// 某县国家税务局) is no whole name and is left to the other rules, as is
// a country's name before it (中国民政部), which the gazetteer reads as
// no place below the nation.
type nationalAfterPlace struct{}

func (nationalAfterPlace) back(r *startReading) scanMove {
	w, ok := lexicon.National().At(r.s, r.i)
	if !ok {
		return scanPass
	}
	if _, ended := lexicon.AgencySuffixes().Suffix(w); !ended {
		return scanPass
	}
	place, ok := lexicon.Places().EndingAt(r.s, r.i)
	if !ok || len(place) <= len("市") || verbAsPlace(place) {
		return scanPass
	}
	r.afterBoundary = true
	return scanStop
}

package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// roomNumbered steps the scan over the number of a room printed between
// a body's name and the ending of its office (临沂市民政局511办公室): a
// bureau's guide names the office that takes applications by its room,
// and the office is the body's, named as a whole. The ending is a room's
// (agency_cues.tsv, room: 室 of 办公室, more than the room's 室) and the name before the figure
// ends as a body's; a bare room (市民政局412室) is a place in the body's
// building, an address, and a figure after anything else (2号楼306办公室)
// is left to the other rules.
type roomNumbered struct{}

func (roomNumbered) back(r *startReading) scanMove {
	if r.i != r.j() {
		return scanPass
	}
	last, _ := utf8.DecodeLastRuneInString(r.suffix)
	if utf8.RuneCountInString(r.suffix) < 2 || lexicon.AgencyCues().Label(string(last), 0) != "room" {
		return scanPass
	}
	k := len(strings.TrimRight(r.s[:r.i], "0123456789"))
	if k == r.i {
		return scanPass
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(r.s, k); !ok {
		return scanPass
	}
	r.i = k
	return scanOn
}

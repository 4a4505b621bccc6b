package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// protectedBefore stops the scan at text another reading holds (a quote,
// a cited title in 《》, a title of office, a quantity, a date: the
// protected spans) and at a space of the source that parts two words
// (第一组 市纪委…, a table's columns: wordGap): a name runs across neither.
// A division's government is named by its division right before it
// (agency suffixes, division): a level's one character before a space and
// the ending (经区 人民政府同意) is that name's level, the space one an
// extractor set inside the name.
type protectedBefore struct{}

func (protectedBefore) back(r *startReading) scanMove {
	if r.protect.crosses(r.i-1, r.i) {
		return scanStop
	}
	if r.gap(r.i) && !levelApartFromGovernment(r) {
		return scanStop
	}
	return scanPass
}

// levelApartFromGovernment reports whether the scan stands right before a
// division's government's ending (人民政府, 政府) and a one-character level
// (区, 县, 市) ends there (经区| 人民政府): the level names the
// government's division.
func levelApartFromGovernment(r *startReading) bool {
	if r.i != r.j() || lexicon.AgencySuffixes().Label(r.suffix, 1) != "division" {
		return false
	}
	lv, _ := utf8.DecodeLastRuneInString(r.s[:r.i])
	return agency.OneCharLevel(string(lv)) != ""
}

package extract

import "bulletin/parser/lexicon"

// nationalAfterName stops the scan before a body of the central state
// whose name is whole by itself (民政部: a national word that ends in an
// agency ending) where another body's name ends right before it, no mark
// between (邀请民政部社会组织管理局|民政部培训中心): a ministry is named with
// nothing before it (《国务院组织法》), so an ending before it closes a name
// of its own, run together with the next in a list printed without its
// 、. A national name before it (国务院…) is read by the other rules.
type nationalAfterName struct{}

func (nationalAfterName) back(r *startReading) scanMove {
	w, ok := lexicon.National().At(r.s, r.i)
	if !ok {
		return scanPass
	}
	if _, ended := lexicon.AgencySuffixes().Suffix(w); !ended {
		return scanPass
	}
	before, ok := lexicon.AgencySuffixes().EndingAt(r.s, r.i)
	if !ok || len(before) == r.i {
		return scanPass
	}
	if _, national := lexicon.National().EndingAt(r.s, r.i); national {
		return scanPass
	}
	r.afterBoundary = true
	return scanStop
}

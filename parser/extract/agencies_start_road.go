package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// roadBeforeName stops the scan at a road's name before a body named with
// its own place (政和路|汕尾市民政局): an address prints the road before the
// body it reaches; a name that opens with its own place after a road's
// name is the body, the road no part of it. A name that opens with its
// level (…路|市民政局) is left to the scan.
type roadBeforeName struct{}

func (roadBeforeName) back(r *startReading) scanMove {
	if _, ok := lexicon.Streets().EndingAt(r.s, r.i); ok && agency.HasLocality(r.s[r.i:r.e]) && !agency.OpensWithLevel(r.s[r.i:r.e]) {
		r.afterBoundary = true
		return scanStop
	}
	return scanPass
}

package extract

// countedTownMember is countedClass, except that a later member of a list
// after a count that opens with a township's own name the gazetteer does
// not hold (向9个镇办及|某某镇红十字会: townNamed, two characters or more and
// the township's level) is one body, as a member that opens with a place
// of the gazetteer is (countedListMember, agency.HasLocality): the count
// counts the kind before the conjunction, and the town's body after it
// is named. A name counted itself (建成3个|镇…工作站: the quantity ends
// where it opens) is still a class. Golds: a named body after 及, 和 or 、
// behind a counted kind is listed, 1 of 1 in the three sets (5个居民小组、
// 某某村委会), and in review 126b.
type countedTownMember struct{}

func (countedTownMember) open(r *startReading) bool {
	if !r.protect.quantityEnds[r.i] && r.i < r.e && townNamed(r.s[r.i:r.e], r.i, r.ts) {
		if _, ok := conjunctionBefore(r.s, r.i); ok {
			return true
		}
	}
	return countedClass{}.open(r)
}

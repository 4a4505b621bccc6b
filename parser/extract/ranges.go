package extract

import (
	"cmp"
	"slices"
	"sort"
)

// byteRange is a byte range [Start, End) of an Input's text.
type byteRange struct{ Start, End int }

// overlaps reports whether the range shares a byte with [i, j).
func (r byteRange) overlaps(i, j int) bool { return i < r.End && r.Start < j }

// holds reports whether offset i lies in r.
func (r byteRange) holds(i int) bool { return i >= r.Start && i < r.End }

// ranges are where the values of one kind stand in an Input's text.
type ranges []byteRange

// rangeIndex answers overlap queries in logarithmic time: the ranges
// sorted by start, with the furthest end reached by each prefix. A scan
// of every range for every candidate is quadratic on a long line.
type rangeIndex struct {
	rs     []byteRange
	maxEnd []int
}

// index builds the index of the ranges of one or more kinds.
func index(kinds ...ranges) rangeIndex {
	var x rangeIndex
	for _, k := range kinds {
		x.rs = append(x.rs, k...)
	}
	slices.SortFunc(x.rs, func(a, b byteRange) int { return cmp.Compare(a.Start, b.Start) })
	x.maxEnd = make([]int, len(x.rs))
	m := -1
	for i, r := range x.rs {
		m = max(m, r.End)
		x.maxEnd[i] = m
	}
	return x
}

// overlap reports whether [i, j) shares a byte with one of the ranges: of
// those that start before j, the furthest end must pass i.
func (x rangeIndex) overlap(i, j int) bool {
	k := sort.Search(len(x.rs), func(n int) bool { return x.rs[n].Start >= j })
	return k > 0 && x.maxEnd[k-1] > i
}

// startingAt is the longest of the ranges that starts at offset i.
func (x rangeIndex) startingAt(i int) (byteRange, bool) {
	k := sort.Search(len(x.rs), func(n int) bool { return x.rs[n].Start >= i })
	var r byteRange
	found := false
	for ; k < len(x.rs) && x.rs[k].Start == i; k++ {
		if !found || x.rs[k].End > r.End {
			r, found = x.rs[k], true
		}
	}
	return r, found
}

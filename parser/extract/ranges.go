package extract

// byteRange is a byte range [Start, End) of an Input's text.
type byteRange struct{ Start, End int }

// overlaps reports whether the range shares a byte with [i, j).
func (r byteRange) overlaps(i, j int) bool { return i < r.End && r.Start < j }

// ranges are where the values of one kind stand in an Input's text.
type ranges []byteRange

// overlap reports whether [i, j) shares a byte with one of the ranges.
func (rs ranges) overlap(i, j int) bool {
	for _, r := range rs {
		if r.overlaps(i, j) {
			return true
		}
	}
	return false
}

package extract

// byteRange is a byte range [Start, End) of an Input's text.
type byteRange struct{ Start, End int }

// overlaps reports whether the range shares a byte with [i, j).
func (r byteRange) overlaps(i, j int) bool { return i < r.End && r.Start < j }

// noted holds, per extractor, the byte ranges of what it found, so that a
// later extractor can read where earlier values stand.
type noted map[string][]byteRange

// note records that extractor name found a value at [i, j).
func (in *Input) note(name string, i, j int) {
	if in.found == nil {
		in.found = noted{}
	}
	in.found[name] = append(in.found[name], byteRange{i, j})
}

// covered reports whether [i, j) overlaps a value found by any of names.
func (in *Input) covered(i, j int, names ...string) bool {
	for _, n := range names {
		for _, r := range in.found[n] {
			if r.overlaps(i, j) {
				return true
			}
		}
	}
	return false
}

// foundBy returns the ranges found by extractor name.
func (in *Input) foundBy(name string) []byteRange { return in.found[name] }

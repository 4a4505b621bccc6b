package extract

import "bulletin/schema"

// A plan that sets a range reads its lower end as the range's upper end
// (控制在3至5人之内: the cap is 5), where its upper end is read as no plan of
// its own. Where the upper end is a plan's target too (每个街道建有2至3所),
// the plan sets a band, and each end is a target once, with the value and
// unit it has as a quantity (GOLD.md, targets: value and unit as for
// quantities; quantities: a range gives both ends): read as the upper end
// twice, the band loses its lower end and counts its upper end twice.

// rangeLow is a plan's target read off a range's lower end: its index in
// the targets, the lower end's own value, and the range's text.
type rangeLow struct {
	target int
	value  float64
	r      byteRange
}

// keepBandEnds gives back its own value to each lower end in lows whose
// range's upper end is a target of its own: one of planned (the ranges of
// the targets read, by target index) that starts inside the range after
// its lower end and ends with it.
func keepBandEnds(ts []schema.Target, lows []rangeLow, planned map[int]byteRange) {
	for _, l := range lows {
		for k, r := range planned {
			if k != l.target && r.Start > l.r.Start && r.End == l.r.End && ts[k].Value == ts[l.target].Value {
				ts[l.target].Value = l.value
				break
			}
		}
	}
}

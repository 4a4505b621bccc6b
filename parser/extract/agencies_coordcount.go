package extract

import "bulletin/parser/segment"

// listCountAt reports whether a count of bodies opens at p, right after a
// list member's ending (茅山社区|三个社区居委会, 东湖社区、西湖社区|两个
// 社区居委会): a numeral with a measure of things counted (bodyCountInside)
// sums the members of the list before it with their kind, so the last
// member ends before it and no name runs on over the count.
func listCountAt(s string, ts []segment.Token, p int) bool {
	k := tokenAt(ts, p)
	if k < 0 || ts[k].Tag != "m" && ts[k].Tag != "mq" {
		return false
	}
	end := ts[k].End
	if k+1 < len(ts) && ts[k+1].Start == end && ts[k+1].Tag == "q" {
		end = ts[k+1].End // 三|个: the measure a word of its own
	}
	return bodyCountInside(s, ts, p, end)
}

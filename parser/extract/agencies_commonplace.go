package extract

import "bulletin/parser/segment"

// commonPlaceWordOpens reports whether every word in [i, j) the segmenter
// tags as a place is a common word it guesses as one (城市/ns: two
// characters the gazetteer holds as no division, fieldTaggedPlace), the
// name opening with one (城市|养老服务中心). placeInside lets such a word
// through at a name's start, where a place the gazetteer lacks may stand;
// among kinds of body listed and closed by 等 (儿童福利院、城市养老服务
// 中心、社会福利院等) the word names the urban ones of a kind, no place.
func commonPlaceWordOpens(ts []segment.Token, i, j int) bool {
	opens := false
	for k := tokenOver(ts, i+1); k >= 0 && k < len(ts) && ts[k].Start < j; k++ {
		if ts[k].Start < i || ts[k].End > j || ts[k].Tag != "ns" {
			continue
		}
		if !fieldTaggedPlace(ts[k].Word) {
			return false
		}
		opens = opens || ts[k].Start == i
	}
	return opens
}

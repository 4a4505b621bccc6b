package extract

import "bulletin/parser/lexicon"

// actorBoundary reports whether the boundary word w that ends at i is one
// that bounds a name only after the name of the body that acts (the agency
// boundaries labelled actor: 区民政局|结合|国办…), and no agency ending
// closes the words before it: there the word is part of the name (中西医
// 结合医院, 医养结合服务中心), and the scan goes on through it.
func actorBoundary(s string, i int, w string) bool {
	if lexicon.AgencyBoundaries().Label(w, 0) != "actor" {
		return false
	}
	_, ok := lexicon.AgencySuffixes().EndingAt(s, i-len(w))
	return !ok
}

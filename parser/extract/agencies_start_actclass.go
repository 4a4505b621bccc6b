package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// actOnClass finds no body where a verb stands before a word of category
// (加快建设|乡镇敬老院, 指导|基层民政部门): the act is done to a kind of
// body.
type actOnClass struct{}

func (actOnClass) open(r *startReading) bool {
	return !verbBeforeClass(r.s, r.ts, r.i, r.j(), r.e)
}

// verbBeforeClass reports whether a verb or a verbal noun inside [i, j)
// stands before words that open with a word of category up to the name's
// end e (加快建设|乡镇敬老院, 指导|基层民政部门): the act is done to a kind of
// body, and no name runs across the verb, even after a boundary word
// (要求|加快建设乡镇敬老院). A word that points at the place (我市) opens
// one body's name and is no category, nor does a whole division's one
// body (组建|全区社会组织评估委员会: agency.Whole). So does one before a
// kind of body's whole term, more than its ending (规范运营|社会工作站: the
// generic agencies), where no place's or proper name stands before the
// verb: after one the verb is its body's words (某街道综合|为老服务中心), and
// 捐助|中心 is a name's words and its ending.
func verbBeforeClass(s string, ts []segment.Token, i, j, e int) bool {
	return lastTokenIn(ts, i, j, func(k int) bool {
		if !leadingVerb(ts[k].Tag) && ts[k].Tag != "vn" {
			return false
		}
		if ts[k].End < j && lexicon.GenericAgencies().Has(s[ts[k].End:e]) && !properNameIn(s, ts, i, ts[k].Start) {
			return true // 运营|社会工作站: the act done to the kind
		}
		p, ok := lexicon.GenericPrefixes().Prefix(s[ts[k].End:e])
		return ok && len(p) < e-ts[k].End && lexicon.GenericPrefixes().Label(p, 0) != "deictic" && !agency.Whole(s[ts[k].End:e])
	}) >= 0
}

// properNameIn reports whether [i, j) holds a place or a proper name: a
// division of the gazetteer, or a word the segmenter tags as a place's, an
// organisation's or a person's name, or guessed (ns, nt, nz, nr, x).
func properNameIn(s string, ts []segment.Token, i, j int) bool {
	if i < j && agency.HasLocality(s[i:j]) {
		return true
	}
	return lastTokenIn(ts, i, j, func(k int) bool {
		switch ts[k].Tag {
		case "ns", "nt", "nz", "nr", "x":
			return true
		}
		return false
	}) >= 0
}

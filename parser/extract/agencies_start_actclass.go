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
// body (组建|全区社会组织评估委员会: agency.Whole).
func verbBeforeClass(s string, ts []segment.Token, i, j, e int) bool {
	return lastTokenIn(ts, i, j, func(k int) bool {
		if !leadingVerb(ts[k].Tag) && ts[k].Tag != "vn" {
			return false
		}
		p, ok := lexicon.GenericPrefixes().Prefix(s[ts[k].End:e])
		return ok && len(p) < e-ts[k].End && lexicon.GenericPrefixes().Label(p, 0) != "deictic" && !agency.Whole(s[ts[k].End:e])
	}) >= 0
}

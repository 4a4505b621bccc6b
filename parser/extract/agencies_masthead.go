package extract

import "bulletin/parser/lexicon"

// mastheadAfter reports whether the word that closes a 公文's masthead
// (文件: the masthead agency cues) follows at e and ends its line: the
// name before it is the issuer's as GB/T 9704 sets it, its full name or
// standard short name, which opens with its place.
func (p *agencyText) mastheadAfter(s string, e int) bool {
	w, ok := lexicon.AgencyCues().At(s, e)
	if !ok || lexicon.AgencyCues().Label(w, 0) != "masthead" {
		return false
	}
	end := e + len(w)
	return end == len(s) || s[end] == '\n' || p.lineBreak != nil && p.lineBreak(end)
}

// periodicalAfter reports whether a word that names a periodical (杂志:
// the periodical agency cues) follows a title in 《》 that ends at e
// (《宁夏人大》杂志): the title is a publication's, whose name may be its
// body's, and names no issuer.
func periodicalAfter(s string, e int) bool {
	w, ok := lexicon.AgencyCues().At(s, e)
	return ok && lexicon.AgencyCues().Label(w, 0) == "periodical"
}

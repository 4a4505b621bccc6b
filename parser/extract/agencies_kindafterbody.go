package extract

import "bulletin/parser/lexicon"

// kindAfterBody reports whether the ending that ends at e closes a kind
// of body printed after a body's name (福德陵园|经营性公墓, 某街道办事处|
// 农村公益性公墓): the words between the two endings are all words of a
// kind of body (the generic prefixes), one of them a kind by standing in
// law (经营性, 公益性: labelled kind, the classes of cemetery of 《殡葬管理
// 条例》 §8, §9). They say which kind of facility the named body is or
// runs, as a report of visits prints it, so the name ends at the body's
// own ending before them and no second name ends here. A kind with no
// body's ending before it (某县公益性公墓, 为规范|公益性公墓) is left to
// the other rules.
func kindAfterBody(s string, e int, suffix string) bool {
	g := lexicon.GenericPrefixes()
	p, kind := e-len(suffix), false
	for p > 0 {
		w, ok := g.EndingAt(s, p)
		if !ok {
			break
		}
		kind = kind || g.Label(w, 0) == "kind"
		p -= len(w)
	}
	if !kind {
		return false
	}
	_, body := lexicon.AgencySuffixes().EndingAt(s, p)
	return body
}

package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// donorClassLeads moves the start past a noun that describes the kind of
// giver a body is (爱心企业|阳光热力集团, 爱心单位|某某有限公司: the agency
// cues labelled donor), printed before its name in apposition as reports
// of charity and of 慰问 do: the description is a class (GOLD.md: a
// generic class is no agency), and the body's own name opens after it,
// with or without a place (classNounLeads asks for a place). The name
// after the description keeps words of its own before its ending (爱心
// 企业集团 is no name after it).
type donorClassLeads struct{}

func (donorClassLeads) open(r *startReading) bool {
	cues := lexicon.AgencyCues()
	for k := r.j() - 1; k > r.i; k-- {
		w, ok := cues.EndingAt(r.s, k)
		if !ok || cues.Label(w, 0) != "donor" || k-len(w) < r.i {
			continue
		}
		if tokenEndingAt(r.ts, k) < 0 || strings.TrimSpace(r.s[k:r.j()]) == "" {
			continue
		}
		r.i, r.afterBoundary = k, true
		return true
	}
	return true
}

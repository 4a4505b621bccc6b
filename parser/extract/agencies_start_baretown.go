package extract

import (
	"bulletin/parser/lexicon"
)

// bareTownLeads moves the start past a township's level word printed bare
// before a community's or a village's own name (，街道|瀛池社区、…; 街道|王家
// 磨社区举办…): a street's own report calls itself 街道, no name before the
// level, and names its communities after it, each one body (the review
// golds list 瀛池社区, not 街道瀛池社区). The level opens the clause (a mark
// or the text's start before it); the ending is a settlement's of the
// level 村 (社区, 村) with the community's own words between.
type bareTownLeads struct{}

func (bareTownLeads) open(r *startReading) bool {
	if hanBefore(r.s, r.i) || lexicon.Levels().Label(r.suffix, 0) != "村" {
		return true
	}
	w, ok := lexicon.Levels().At(r.s, r.i)
	if !ok || lexicon.Levels().Label(w, 0) != "乡" || r.i+len(w)+len("某某") > r.j() {
		return true
	}
	r.i += len(w)
	return true
}

package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// stanceBeforeKind moves the start past a plan or report word the
// segmenter took for a place (新建/ns: also a district's name) where no
// place and no level follows it (新建|老年日间服务中心, 新建|嵌入式养老服务
// 中心): a district is written with its level when it names a body's
// place (新建区民政局), so the word is the plan's verb and what follows it
// the kind of facility it builds. The start is then guessed (weak), and a
// kind with no place of its own names no one body (agency.One). A name
// that opens with its place after the word is stanceLeads'. A street's
// ending right after the word (新建|路街道办事处) makes the word the road's
// name, no verb: street offices are named after their roads (…路街道).
type stanceBeforeKind struct{}

func (stanceBeforeKind) open(r *startReading) bool {
	s, i, e := r.s, r.i, r.e
	k := tokenAt(r.ts, i)
	if k < 0 || r.ts[k].Tag != "ns" {
		return true
	}
	w, ok := lexicon.Stance().Prefix(s[i:e])
	if !ok || r.ts[k].Word != w {
		return true
	}
	rest := s[i+len(w) : e]
	if roadNamedBy(rest) {
		return true
	}
	if rest == "" || agency.HasLocality(rest) || agency.OneCharLevel(rest) != "" {
		return true
	}
	r.i, r.weak = i+len(w), true
	return true
}

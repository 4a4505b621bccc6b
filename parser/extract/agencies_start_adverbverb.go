package extract

import (
	"bulletin/parser/agency"
)

// verbAfterAdverb moves the start past a verb the scan stopped before
// when an adverb stands right before it (就|直奔养老服务中心, 又|走进…,
// 随即|赶赴…): an adverb qualifies the verb after it (《现代汉语八百词》,
// 副词 — 修饰动词、形容词), so the verb is the clause's predicate, and the
// body it goes to or acts on opens after it, as adverbLeads reads an
// adverb the scan ran through (进一步规范|沙坪街道). The scan stops at a
// boundary word that is an adverb here (就: agency_boundaries), where a
// verb after a boundary may open a name (联合|为民社会工作服务中心: a verb,
// no adverb, before it). Nothing but the ending after the verb is the act
// done to a kind of body, left to the rules of that (actOnKind).
type verbAfterAdverb struct{}

func (verbAfterAdverb) open(r *startReading) bool {
	s, ts, e := r.s, r.ts, r.e
	k := tokenAt(ts, r.i)
	if k < 1 || ts[k].Tag != "v" || ts[k].End >= r.j() || agency.HasLocality(s[r.i:e]) {
		return true
	}
	if d := ts[k-1]; d.End != ts[k].Start || d.Tag != "d" {
		return true
	}
	rest := s[ts[k].End:e]
	r.i, r.weak = ts[k].End, !agency.HasLocality(rest) && !properNameOpens(rest, ts[k].End, ts)
	r.afterBoundary = true
	return true
}

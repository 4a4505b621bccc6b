package extract

import "bulletin/parser/lexicon"

// locationLeadOpens moves the start past a word that leads into where
// something lies (位于, 地处: the location leads): it says where, and no
// body's name holds it (在|位于|某某公园游客服务中心旁, the centre's name
// opens after 位于). The scan stops at a preposition before it (在), so
// the lead itself is left at the name's head.
type locationLeadOpens struct{}

func (locationLeadOpens) open(r *startReading) bool {
	if w, ok := lexicon.LocationLeads().At(r.s, r.i); ok && r.i+len(w) < r.j() {
		r.i += len(w)
	}
	return true
}

package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// kindBeforeBuild finds no body where a kind named with no place or proper
// name stands right before a word of building (…试点开展综合救助服务中心
// 建设, 安排部署了街道综合养老服务中心建设工作: agency cues, build): the kind
// is the object of the building told as a noun (建设/vn), the facilities a
// programme builds, none yet named. A body named by its place or its own
// name (某州儿童福利院建设) is the one whose building is told and stays, as
// does one opening with a word of scope or count (全区社会组织评估委员会
// 建设: generic prefixes), which the rules on those words read.
type kindBeforeBuild struct{}

func (kindBeforeBuild) open(r *startReading) bool {
	cues := lexicon.AgencyCues()
	w, ok := cues.At(r.s, r.e)
	if !ok || cues.Label(w, 0) != "build" {
		return true
	}
	if _, ok := lexicon.GenericPrefixes().At(r.s, r.i); ok {
		return true
	}
	return agency.HasLocality(r.s[r.i:r.e]) || properNameIn(r.s, r.ts, r.i, r.j())
}

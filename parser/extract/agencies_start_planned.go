package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// plannedBuild finds that the words after a site a plan names (拟在|某小区
// 新建综合为老服务中心, 计划在|某村新建…) name the facility still to be
// built there, no body: a plan word of the future (拟, 计划, 将: the cue
// list ahead) and 在 open the site, and a verb of building (新建, 改建:
// agency cues, build) a word of its own after the site's words opens what
// is built. What does not exist yet acts in no text, so it is no agency
// (GOLD.md: a kind or a plan is no body); a body named before 在 (某镇拟
// 在…) is read from its own words.
type plannedBuild struct{}

func (plannedBuild) open(r *startReading) bool {
	s, i, j := r.s, r.i, r.j()
	before := strings.TrimSuffix(s[:i], "在")
	if len(before) == i {
		return true
	}
	if _, ok := lexicon.CueWordList("ahead").EndingAt(before, len(before)); !ok {
		return true
	}
	cues := lexicon.AgencyCues()
	for k := tokenAt(r.ts, i); k >= 0 && k < len(r.ts) && r.ts[k].End <= j; k++ {
		if r.ts[k].Start > i && cues.Has(r.ts[k].Word) && cues.Label(r.ts[k].Word, 0) == "build" {
			return false // 拟在某小区新建|…中心: what a plan builds
		}
	}
	return true
}

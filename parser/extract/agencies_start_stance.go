package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// stanceLeads moves the start past a plan or report word the segmenter
// took for a place (新建/ns 合江县社会救助福利院: 新建 is also a district's
// name) where a name that names its own place follows it; a
// one-character level after it (新建|区民政局) is the place's own.
type stanceLeads struct{}

func (stanceLeads) open(r *startReading) bool {
	s, i, e := r.s, r.i, r.e
	if w, ok := lexicon.Stance().Prefix(s[i:e]); ok && agency.HasLocality(s[i+len(w):e]) {
		if agency.OneCharLevel(s[i+len(w):e]) == "" { // 新建|区民政局 is the place's own
			r.i, r.weak = i+len(w), true
		}
	}
	return true
}

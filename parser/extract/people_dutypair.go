package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// dutyPair reports whether the 、 at j after what a leader's word leads
// opens a clause of the same shape for a class of staff (领导包片、干部包村:
// cue list cadre, 干部; or a status of titles.tsv): the mark parts two
// duties, each its own subject and verb, so the words after 领导 are its
// verb and object (包片, to take charge of an area), no name. A list of
// leaders goes on with names or their bodies (县领导甲、乙; 市领导甲、县民政局
// 局长乙), never with the class of staff that shares the work.
func dutyPair(s string, j int) bool {
	rest, ok := strings.CutPrefix(s[j:], "、")
	if !ok {
		return false
	}
	if _, ok := lexicon.CueWordList("cadre").At(rest, 0); ok {
		return true
	}
	w, ok := lexicon.Titles().At(rest, 0)
	return ok && statusWord(w)
}

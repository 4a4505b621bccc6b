package extract

import (
	"slices"
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// dropCommunityWork drops a name that ends in a place's kind (社区: an
// ending labelled named) where a word of the work done in communities
// follows it (cue list communitywork: 天津市社区|共治, 广州市居家社区|养老服务,
// 示范性社區|助老食堂) and the words before the ending name no community: a
// division by its place and level alone (天津市), or a common word (居家,
// 示范性, 和: commonWordBefore, or a distinguishing adjective, tag b). 社区
// so printed qualifies the field of work (社区共治; 居家和社区养老, home and
// community care, the terms of 《城乡社区服务体系建设规划》), and the place
// before it is the one whose work it is. A community's own name before
// the ending (古塔社区|建设: a proper name) keeps the name; so does a body
// named with the field after it (某某社区养老服务中心), read whole by its own
// ending, and a community's own act (某社区建设了…, with the particle of the
// act done).
func dropCommunityWork(s string, words wordsAt, cs []candidate) []candidate {
	cues := lexicon.CueWordList("communitywork")
	return slices.DeleteFunc(cs, func(c candidate) bool {
		name := s[c.start:c.end]
		suffix, _ := agency.Ending(name)
		if suffix == "" || lexicon.AgencySuffixes().Label(suffix, 1) != "named" {
			return false
		}
		w, ok := cues.At(s, c.end)
		if !ok || strings.HasPrefix(s[c.end+len(w):], "了") {
			return false
		}
		j := c.end - len(suffix)
		if rest := name[:len(name)-len(suffix)]; rest != "" && agency.Division(rest) {
			return true
		}
		ts := words(j - 1)
		if k := tokenEndingAt(ts, j); k >= 0 && ts[k].Tag == "b" {
			return true
		}
		return commonWordBefore(ts, j)
	})
}

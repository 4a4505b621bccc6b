package extract

import (
	"slices"
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// dropCommunityWork drops a name that ends in a place's kind (社区: an
// ending labelled named) where a word of the work done in communities
// follows it (cue list communitywork: 天津市社区|共治, 美丽社区|建设, 广州市
// 居家社区|养老服务, 黄浦社区|建设的整体水平): 社区 so printed qualifies the
// field of work (社区建设, community building; 居家和社区养老, home and
// community care, the terms of 《城乡社区服务体系建设规划》), and the words
// before it name the place whose work it is, no community. A body named
// with the field after it (某某社区养老服务中心) is read whole by its own
// ending; a verb of the community's own act (某社区建设了…, with the
// particle of the act done) leaves the name.
func dropCommunityWork(s string, cs []candidate) []candidate {
	cues := lexicon.CueWordList("communitywork")
	return slices.DeleteFunc(cs, func(c candidate) bool {
		suffix, _ := agency.Ending(s[c.start:c.end])
		if suffix == "" || lexicon.AgencySuffixes().Label(suffix, 1) != "named" {
			return false
		}
		w, ok := cues.At(s, c.end)
		if !ok {
			return false
		}
		return !strings.HasPrefix(s[c.end+len(w):], "了")
	})
}

package chrono

import (
	"strings"

	"bulletin/parser/lexicon"
)

// citedAbout is where the year of a title's work stands after the title's
// 关于 (《民政部办公厅关于做好2020年清明节祭扫工作的通知》): right after 关于,
// or after a verb of the cue list citedlead (做好, 下达) that orders
// that work. A 公文's title names its subject after 关于 (GB/T 9704-2012
// 7.3.1: 发文机关名称、事由和文种), so the year there is the year of the work,
// as a title that opens with it is. The 关于 must be the title's own,
// before its 》 or any nested 《, and ok is false where no year follows.
func citedAbout(s string, i int) (int, bool) {
	const about = "关于"
	t := s[i:]
	if n := strings.IndexAny(t, "》《\n"); n >= 0 {
		t = t[:n]
	}
	k := strings.Index(t, about)
	if k < 0 {
		return 0, false
	}
	j := i + k + len(about)
	if w, ok := lexicon.CueWordList("citedlead").At(s, j); ok {
		j += len(w)
	}
	if j < len(s) && isDigitRune(rune(s[j])) {
		return j, true
	}
	return 0, false
}

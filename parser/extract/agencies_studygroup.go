package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// studyGroup is the name of the way of study (中心组), whose first word
// the agency ending 中心 is.
const studyGroup = "中心组"

// studyGroupAt reports whether the ending 中心 that ends at e is the head
// of a party committee's study group (党组理论学习中心组, 党委中心组): 组
// follows, and a study group's word (the cue words labelled studygroup:
// 理论学习, 理论, 党组, 党委) stands right before the 中心. The 中心组 is a way
// of study, no centre, so no name ends there; a centre before 组织 or 组建
// (养老服务中心组织…) has no such word before it.
func studyGroupAt(s string, e int, suffix string) bool {
	rest, head := strings.CutPrefix(studyGroup, suffix)
	if suffix == "" || !head || !strings.HasPrefix(s[e:], rest) {
		return false
	}
	_, ok := lexicon.CueWordList("studygroup").EndingAt(s, e-len(suffix))
	return ok
}

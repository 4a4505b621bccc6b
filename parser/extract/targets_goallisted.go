package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// goalListed reports whether the number at r stands in a list that a goal
// noun opens with its copula and a colon (cue lists goallist, goalcopula:
// 年度考核指标为：办公室为20分；优安科为15分；保底条数：办公室为15条), after
// them in the same full sentence: the list sets each named part the level
// it is to reach, so every number in it is a target, as 目标为23人 is one
// (goalNamed). A goal noun with no copula or no colon after it (围绕目标，…;
// 指标为20分 is goalNamed's), or one in another sentence, opens no list.
func goalListed(s string, full, r byteRange) bool {
	if r.Start <= full.Start || r.Start > full.End {
		return false
	}
	before := s[full.Start:r.Start]
	for _, n := range lexicon.CueList("goallist") {
		for _, c := range lexicon.CueList("goalcopula") {
			for _, colon := range []string{"：", ":"} {
				if strings.Contains(before, n+c+colon) {
					return true
				}
			}
		}
	}
	return false
}

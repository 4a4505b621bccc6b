package extract

import (
	"slices"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// partyTeamsOff reads a name that closes on a Party group's or
// committee's ending with 班子 right after it (局党组|班子成员, 市民政局
// 党委|班子: cue list partyteam): the leadership team, whose members hold
// the body's posts as 党组成员 does (titles.tsv), so the agency is the body
// before the party ending (市民政局), and a name with no body of its own
// before it (局党组: the text's own bureau, by its ending alone) names none.
func partyTeamsOff(s string, cs []candidate) []candidate {
	team := lexicon.CueWordList("partyteam")
	gone := map[int]bool{}
	for n, c := range cs {
		suffix, kind := agency.Ending(s[c.start:c.end])
		if kind != "party" {
			continue
		}
		if _, ok := team.At(s, c.end); !ok {
			continue
		}
		before := s[c.start : c.end-len(suffix)]
		if own, _ := agency.Ending(before); before == "" || own == before {
			gone[n] = true // 局党组班子成员: the bureau the text is of, unnamed
		} else if agency.Shape(before) && agency.One(before, false) {
			cs[n].end -= len(suffix) // 市民政局|党组班子: the bureau's team
		}
	}
	n := 0
	return slices.DeleteFunc(cs, func(candidate) bool { n++; return gone[n-1] })
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// levelsListed finds no body where the name the scan found is the last
// member of a 、-list whose member before it is a level word alone, with
// no place's name (三级区、街道、|社区养老服务中心, 区、街道、|居委会养老服务
// 中心): the levels listed share the head noun after the last, and name
// the bodies of every division of each level, a tier of facilities, as a
// bracket of levels does (县(市、区)民政局, levelsBracketedBefore). A name
// with its own place or level (市、|县民政局) is read by the rules on lists.
type levelsListed struct{}

func (levelsListed) open(r *startReading) bool {
	return !bareLevelMemberBefore(r.s, r.i) || agency.HasLocality(r.s[r.i:r.e])
}

// bareLevelMemberBefore reports whether the member of a 、-list right
// before i is a level word standing alone (街道、, 区、): before it the list's
// mark, a count of levels (三级), or no Chinese character.
func bareLevelMemberBefore(s string, i int) bool {
	k, ok := strings.CutSuffix(s[:i], "、")
	if !ok {
		return false
	}
	w, ok := lexicon.Levels().EndingAt(k, len(k))
	if !ok {
		return false
	}
	before := k[:len(k)-len(w)]
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || !unicode.Is(unicode.Han, r) || r == '、' || r == '级'
}

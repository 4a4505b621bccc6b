package extract

import (
	"slices"
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// dropSharedUnitMembers drops a township's short name (三垟街道: a place's
// name and a level that ends names) that a list co-ordinates with a next
// member naming a township's unit (…、三垟街道、泽雅镇社会事务办): the members
// before share the unit the last one names (each town's and street's
// 社会事务办), as 甲区和乙区民政局 shares its bureau; GOLD.md lists
// co-ordinated names as written, the last member only. A next member that
// names no unit after its level (三垟街道、泽雅镇), a government or a body
// of another kind (三垟街道、泽雅镇人民政府, 三垟街道、泽雅镇敬老院: a street has
// no government, and an institution may be one town's alone) leaves the
// member a name.
func dropSharedUnitMembers(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool { return sharesNextUnit(s, c.start, c.end) })
}

// sharesNextUnit reports whether the name [i, e) ends in a level that ends
// names and 、 follows it, then a township's place, its level and the
// ending of a unit (办, 办公室: the suffixes of kind unit).
func sharesNextUnit(s string, i, e int) bool {
	suf, ok := lexicon.AgencySuffixes().EndingAt(s, e)
	if !ok || lexicon.AgencySuffixes().Label(suf, 1) != "named" || e-i <= len(suf) || !strings.HasPrefix(s[e:], "、") {
		return false
	}
	j := e + len("、")
	k := hanRunEnd(s, j, len(s))
	next := s[j:k]
	n := 0
	for off := range next {
		if n >= 2 {
			if w, level, ok := agency.LevelAt(next, off); ok && level == "乡" {
				unit := next[off+len(w):]
				ending, ok := lexicon.AgencySuffixes().Suffix(unit)
				return ok && !lexicon.Levels().Has(unit) && lexicon.AgencySuffixes().Label(ending, 0) == "unit"
			}
		}
		n++
	}
	return false
}

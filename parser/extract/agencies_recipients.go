package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// ownNamedMember reports whether a member of a 主送 line that 各 opens
// (各镇民政所、焦岗湖国家湿地公园管理处社会事务部：) names one body by a name
// of its own: 各 counts the bodies of the kind it heads, and a later
// member with its own name is one body (GOLD.md: 各街(镇)民政办、鼓楼老年
// 公寓 lists 鼓楼老年公寓), as a member with a place is. The member names a
// body by its own words, four characters or more before its first agency
// ending, and then a unit of that body (…管理处|社会事务部); neither a
// level, a word of category nor a word of the trade opens it (镇政府,
// 有关单位 are kinds, and 社会福利服务中心, one ending, may be one).
func ownNamedMember(name string) bool {
	if _, _, ok := agency.LevelAt(name, 0); ok {
		return false
	}
	if _, ok := lexicon.GenericPrefixes().Prefix(name); ok {
		return false
	}
	if _, ok := lexicon.Domain().Prefix(name); ok {
		return false
	}
	n := 0
	for k, r := range name {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		end := k + utf8.RuneLen(r)
		if suffix, ok := lexicon.AgencySuffixes().EndingAt(name, end); ok {
			return n+1-utf8.RuneCountInString(suffix) >= 4 && end < len(name)
		}
		n++
	}
	return false
}

package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// portfoliosJoined reports whether the conjunction at [c, after) joins
// the two portfolios a government department is named after (人力资源和
// 社会保障部, 住房和城乡建设部, 工业和信息化部, 文化和旅游厅: the 国务院组成
// 部门 of the 机构改革方案 of 2008 and 2018, whose names the provinces'
// 厅 and the counties' 局 repeat), where the department is named without
// its place after a list's or a clause's mark (民政部、人力资源和社会保障部
// 联合…). The ending is a department's of one character (部, 厅, 局, 委:
// agency_suffixes.tsv's government, no division's); the words before the
// conjunction are a field's (fieldsJoined). Where a list's mark 、
// stands before them, the member before it ends in an agency ending, a
// name of its own: in 民政、财政和人社局 the list's members share the one
// ending, and the name is the last member's alone (GOLD.md: co-ordinated
// names are listed as written).
func portfoliosJoined(s string, ts []segment.Token, c, after, e int, suffix string) bool {
	if utf8.RuneCountInString(suffix) != 1 || lexicon.AgencySuffixes().Label(suffix, 0) != "government" {
		return false
	}
	left, ok := fieldsJoined(s, ts, c, after, e)
	if !ok {
		return false
	}
	if strings.HasSuffix(s[:left], "、") {
		_, named := lexicon.AgencySuffixes().EndingAt(s, left-len("、"))
		return named
	}
	return true
}

// levelFieldUnit reports whether name is a unit named after its field of
// work that opens with a word ranking bodies by their level (基层政权和社区
// 建设科, 基层政权建设和社区治理科: the 民政 system's units for the
// 基层政权 field): a word labelled level among the generic prefixes makes
// a class before a level or an ending (基层社区), but before a field's
// words (fieldAfterLevel) it is the field's first word, and the unit is
// one, as the words after the prefix name one (agency.One).
func levelFieldUnit(name string) bool {
	suffix, _ := agency.Ending(name)
	if lexicon.AgencySuffixes().Label(suffix, 0) != "unit" {
		return false
	}
	p, class := lexicon.GenericPrefixes().Prefix(name)
	return class && fieldAfterLevel(name, p) && agency.One(name[len(p):], false)
}

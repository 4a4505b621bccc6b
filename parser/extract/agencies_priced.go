package extract

import (
	"regexp"
	"slices"

	"bulletin/parser/lexicon"
)

// pricePerUnit is a price per unit printed right after a name: a figure, a
// currency, a slash or 每 and the unit it is charged by (100元/天, 3元每次).
var pricePerUnit = regexp.MustCompile(`^[ \t]*[0-9][0-9.,，]*[ \t]*万?元[ \t]*(?:[/／]|每)`)

// dropPricedNames drops a name followed by a price per unit (告别厅80元/次,
// 某某厅100元/天): a fee list (收费标准, 减免项目) prices a room, a hall or a
// service that a body's place offers by the day or the time, and what is
// priced so is rented or sold, no body. A sum alone after a name (某某公司
// 10万元, a donor's list) gives no unit and is left, and so is a body
// that charges by the month (某福利院1200元/月): only a name ending as a
// room does (agency_cues.tsv, room) is a room's.
func dropPricedNames(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		w, ok := lexicon.AgencyCues().Suffix(s[c.start:c.end])
		return ok && lexicon.AgencyCues().Label(w, 0) == "room" && pricePerUnit.MatchString(s[c.end:])
	})
}

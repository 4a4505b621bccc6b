package layout

import (
	"regexp"
	"strings"
)

// creditCodeRe is an organisation's 统一社会信用代码 as GB 32100-2015
// prints it: eighteen characters, a registering authority's code and an
// organisation kind (two of the code's characters, digits and capitals
// with I, O, S, V, Z left out), the six digits of the registering area
// (行政区划码), the nine of the organisation's code and a check character.
var creditCodeRe = regexp.MustCompile(`^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-HJ-NPQRTUWXY]$`)

// codeRow reports whether cells hold an organisation's 统一社会信用代码:
// a header names the grid's columns and holds no one organisation's
// code, so a first row that does is a record (a 基本信息 form printed as
// a grid, label | value | label | value, 实施主体编码 | 1162…W), no head.
func codeRow(cells []string) bool {
	for _, c := range cells {
		if creditCodeRe.MatchString(strings.TrimSpace(strings.Trim(c, "|｜ "))) {
			return true
		}
	}
	return false
}

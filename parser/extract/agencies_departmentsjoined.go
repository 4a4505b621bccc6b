package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// departmentsJoined reports whether first and rest are two departments of
// one provincial government printed back to back (自治区财政厅|民政厅, as
// a 联合发文 notice runs its issuers together: 某省财政厅民政厅关于…): a
// department is named by its field and 厅, the second with its level
// again or with none (the province's, which the first prints), so a whole
// department's name right after another ends the first, as two ministries'
// names do (ministriesJoined); a second that prints its place is parted by
// the place (splitJoined). A department's units end in an
// ending of their own (民政厅|办公厅, 某厅|社会救助处), no field's 厅.
func departmentsJoined(first, rest string) bool {
	_, placed := lexicon.Places().At(rest, 0)
	return fieldDepartment(first) && fieldDepartment(rest) && !placed
}

// fieldDepartment reports whether s is a government body named by its
// field (two characters or more) and the ending 厅, its place or level
// before it or none (自治区财政厅, 省民政厅, 民政厅).
func fieldDepartment(s string) bool {
	body, ok := strings.CutSuffix(s, "厅")
	_, kind := agency.Ending(s)
	return ok && kind == "government" && utf8.RuneCountInString(body) >= 2
}

// jointDepartment reports whether the k-th of the names run together
// (splitJoined) is one of two departments printed back to back
// (departmentsJoined): a bare department's name (民政厅) needs its place,
// which the pair names once for both, the co-issuers of one province.
func jointDepartment(parts []part, k int) bool {
	return k > 0 && departmentsJoined(parts[k-1].text, parts[k].text) ||
		k+1 < len(parts) && departmentsJoined(parts[k].text, parts[k+1].text)
}

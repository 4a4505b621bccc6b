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
// department is named by its field and 厅, and the second takes the
// place the first prints (the province's), so a whole department's name
// right after another ends the first, as two ministries' names do
// (ministriesJoined). A department's units end in an ending of their own
// (民政厅|办公厅, 某厅|社会救助处), no field's 厅.
func departmentsJoined(first, rest string) bool {
	return fieldDepartment(first, true) && fieldDepartment(rest, false)
}

// fieldDepartment reports whether s is a government body named by its
// field (two characters or more) and the ending 厅, one body by itself;
// placed says whether its place or level may open it (自治区财政厅), else
// it holds no place and no level (民政厅).
func fieldDepartment(s string, placed bool) bool {
	body, ok := strings.CutSuffix(s, "厅")
	if _, kind := agency.Ending(s); !ok || kind != "government" || utf8.RuneCountInString(body) < 2 {
		return false
	}
	if placed {
		return true
	}
	_, p := lexicon.Places().At(s, 0)
	return !p && !agency.OpensWithLevel(s)
}

// jointDepartment reports whether the k-th of the names run together
// (splitJoined) is one of two departments printed back to back
// (departmentsJoined): a bare department's name (民政厅) needs its place,
// which the pair names once for both, the co-issuers of one province.
func jointDepartment(parts []part, k int) bool {
	return k > 0 && departmentsJoined(parts[k-1].text, parts[k].text) ||
		k+1 < len(parts) && departmentsJoined(parts[k].text, parts[k+1].text)
}

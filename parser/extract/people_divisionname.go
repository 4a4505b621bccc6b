package extract

import (
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// divisionNamed reports whether name is a division's place and level
// (杜楼镇: agency.Division) that the document prints elsewhere as the
// opening of a body's name (杜楼镇人民政府): a page that credits its
// writer (作者:杜楼镇) with the division names the division's office, no
// person, whatever surname its first character reads as (杜).
func divisionNamed(doc, name string) bool {
	if !agency.Division(name) {
		return false
	}
	for i := strings.Index(doc, name); i >= 0; {
		j := i + len(name)
		if _, ok := lexicon.AgencySuffixes().At(doc, j); ok {
			return true
		}
		k := strings.Index(doc[j:], name)
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}

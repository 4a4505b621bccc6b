package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// officeLabels are the titles' groups that name an office a person holds
// (titles.tsv): a leader's, an official's, a party post or a rank.
var officeLabels = map[string]bool{"leader": true, "official": true, "party": true, "rank": true}

// givenAfterTitle reads a name of two characters printed between a title
// of office and a form of address that ends at i (副市长|日新|同志): 同志
// follows a person's name in officialese, and the title before it frames
// the name on both sides, so two characters there name the person though
// the surname list lacks their first (a given name used alone, or a rare
// surname). A function word or a verb (等, 及, 在: the name stops) or a
// title of office among them is no name (局长|及|各位同志).
// It returns the name and the title before it, the person's role.
func givenAfterTitle(s string, i int) (string, title, bool) {
	j := i
	for n := 0; n < 2; n++ {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.Is(unicode.Han, r) || lexicon.NameStops().Has(string(r)) {
			return "", title{}, false
		}
		j -= w
	}
	if _, ok := lexicon.Titles().At(s, j); ok {
		return "", title{}, false
	}
	if _, ok := lexicon.Titles().EndingAt(s, i); ok {
		return "", title{}, false
	}
	t, ok := lexicon.Titles().EndingAt(s, j)
	if !ok || !officeLabels[lexicon.Titles().Label(t, 0)] {
		return "", title{}, false
	}
	return s[j:i], title{j - len(t), j, t}, true
}

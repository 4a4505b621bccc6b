package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// creditElsewhere is the credit label (记者, 通讯员) the document prints
// before name at another place, a space or a colon between them allowed
// (长城网讯(记者 杨亚红)): the bare name a page's source line gives after
// its outlet (来源：某某网  杨亚红, people_sourcename.go) is the reporter
// that credit names, one person, and the record keeps the title printed
// next to the name (GOLD.md people). Only a credit noun counts; a credit
// verb (编辑, 审核: labelled act) is a label only in its own field, and an
// office is left to officeElsewhere.
func creditElsewhere(doc, name string) (string, bool) {
	for i := range printedAt(doc, name) {
		j := i
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(doc[:j])
			if !strings.ContainsRune(" \u3000\t:：", r) {
				break
			}
			j -= n
		}
		if w, ok := lexicon.Titles().EndingAt(doc, j); ok && creditNoun(w) {
			return w, true
		}
	}
	return "", false
}

// creditNoun reports whether a title word is a credit label that names a
// person wherever it stands (记者, 通讯员), not a credit verb (编辑).
func creditNoun(w string) bool {
	return lexicon.Titles().Label(w, 0) == "credit" && lexicon.Titles().Label(w, 1) != "act"
}

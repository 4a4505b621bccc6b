package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// officeElsewhere is the title of office the document prints right before
// name at another place (部长某某 in the body beside 某某同志 in the
// headline): the person is one, and the record names them with the title
// printed next to their name (GOLD.md people), wherever the mention it
// keeps stands. The first such place gives it; credit labels, statuses
// and forms of address are no office.
func officeElsewhere(doc, name string) (string, bool) {
	if name == "" {
		return "", false
	}
	for i := strings.Index(doc, name); i >= 0; {
		if w, ok := lexicon.Titles().EndingAt(doc, i); ok && officeWord(w) && !statusWord(w) && !addressWord(w) {
			return w, true
		}
		k := strings.Index(doc[i+len(name):], name)
		if k < 0 {
			break
		}
		i += len(name) + k
	}
	return "", false
}

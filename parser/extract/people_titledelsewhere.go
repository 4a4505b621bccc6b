package extract

import (
	"iter"
	"strings"

	"bulletin/parser/lexicon"
)

// officeElsewhere is the title of office the document prints right before
// name at another place (部长某某 in the body beside 某某同志 in the
// headline): the person is one, and the record names them with the title
// printed next to their name (GOLD.md people), wherever the mention it
// keeps stands. The first such place gives it; credit labels, statuses
// and forms of address are no office. Where no title stands before the
// name anywhere, the first printed right after it gives it (习近平总书记
// beside the author of 《习近平关于…论述摘编》), as the titles' rule reads
// either side.
func officeElsewhere(doc, name string) (string, bool) {
	for i := range printedAt(doc, name) {
		if w, ok := lexicon.Titles().EndingAt(doc, i); ok && officeWord(w) && !statusWord(w) && !addressWord(w) {
			return w, true
		}
	}
	// 习近平总书记 beside 《习近平关于…论述摘编》: where no title stands
	// before the name, one printed right after it is the office too.
	for i := range printedAt(doc, name) {
		if w, ok := lexicon.Titles().At(doc, i+len(name)); ok && officeWord(w) && !statusWord(w) && !addressWord(w) {
			return w, true
		}
	}
	return "", false
}

// printedAt yields each byte offset where doc prints name, left to right;
// none for an empty name.
func printedAt(doc, name string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if name == "" {
			return
		}
		for i := strings.Index(doc, name); i >= 0; {
			if !yield(i) {
				return
			}
			k := strings.Index(doc[i+len(name):], name)
			if k < 0 {
				return
			}
			i += len(name) + k
		}
	}
}

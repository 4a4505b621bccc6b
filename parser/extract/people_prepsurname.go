package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// prepSurname reports whether the one-character token ts[k], which the
// segmenter read as a preposition (于, p) and which is also a surname,
// opens the name of the holder of the title printed right before it, or
// of the next one of a list that shares the title (工作组代表于|贵东、…):
// a preposition there would have no object a name could not be, and the
// word after it is a given name the segmenter read as a name's or did not
// know (贵东, x), closed by the list's mark, the clause's end, an act verb
// or a verb (givenNameClosed). A preposition before a word the segmenter
// knows (局长于|近日, 代表于|会上) or before a figure keeps its reading.
// Source: the 于 of 《现代汉语词典》 (7th ed.), both a preposition and a
// surname (《百家姓》).
func prepSurname(s string, ts []segment.Token, k int) bool {
	tok := ts[k]
	if tok.Tag != "p" || k+1 >= len(ts) || utf8.RuneCountInString(tok.Word) != 1 {
		return false
	}
	t, ok := lexicon.Titles().EndingAt(s, tok.Start)
	if !(ok && officeWord(t)) && !(strings.HasSuffix(s[:tok.Start], "、") && listAfterTitle(s, tok.Start)) {
		return false
	}
	next := ts[k+1]
	if next.Start != tok.End || !allHan(next.Word) || !nameTag(next.Tag) {
		return false
	}
	if n := utf8.RuneCountInString(next.Word); n < 1 || n > 2 {
		return false
	}
	// A body's ending the segmenter does not know (侨联, x) is no given
	// name. A title needs no guard here: the user dictionary tags every
	// title n (segment.UserDict), which nameTag refuses above.
	if lexicon.AgencySuffixes().Has(next.Word) {
		return false
	}
	return givenNameClosed(s, ts, k+1)
}

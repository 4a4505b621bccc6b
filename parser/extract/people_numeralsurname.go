package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
	"bulletin/parser/segment"
)

// numeralSurname reports whether the one-character token ts[k], which the
// segmenter read as a numeral (万, m) and which is also a surname, opens the
// name of the holder of the title of office printed right before it
// (副县长|万|建华|讲话): a report prints the holder's name right after the
// title, and a numeral there, with no figure or measure after it, counts
// nothing. The given name must follow it as a word the segmenter read as a
// name or a proper noun (nr, nz, x) of at most two characters, which a
// verb, the next word or the clause's end closes; a numeral before a
// measure or a noun (局长万人, 主任万元) is the count the segmenter read.
func numeralSurname(s string, ts []segment.Token, k int) bool {
	tok := ts[k]
	if tok.Tag != "m" || k+1 >= len(ts) || utf8.RuneCountInString(tok.Word) != 1 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(tok.Word); !numeral.IsChinese(r) {
		return false
	}
	if t, ok := lexicon.Titles().EndingAt(s, tok.Start); !ok || !officeWord(t) {
		return false
	}
	next := ts[k+1]
	if next.Start != tok.End || !allHan(next.Word) || utf8.RuneCountInString(next.Word) > 2 {
		return false
	}
	if !nameTag(next.Tag) && next.Tag != "nz" {
		return false
	}
	return givenNameClosed(s, ts, k+1)
}

// givenNameClosed reports whether the given name ts[k] is closed where a
// name ends: the clause's end, an act verb (讲话, 主持) or a verb token
// after it, which leave it no noun it could go on into.
func givenNameClosed(s string, ts []segment.Token, k int) bool {
	end := ts[k].End
	if clauseEnd(s, end) {
		return true
	}
	if _, ok := actVerbs().At(s, end); ok {
		return true
	}
	return verbToken(ts, k+1)
}

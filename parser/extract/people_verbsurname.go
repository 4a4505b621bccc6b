package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// verbSurname reports whether the one-character token ts[k], which the
// segmenter read as a verb (付, v) and which is also a surname, opens the
// name of the holder of the title of office printed right before it, or
// of the next one of a list that shares the title (二级巡视员宋某、付|卫兵,):
// a report prints the holder's name right after the title, and a verb
// there would have no subject; the given name the segmenter read as a
// common noun of two characters (卫兵, n). As numeralSurname, the given
// name must be closed by the clause's end, an act verb or a verb, so a
// verb with its object and more (局长付|工资|款项) is left alone.
func verbSurname(s string, ts []segment.Token, k int) bool {
	tok := ts[k]
	if tok.Tag != "v" || k+1 >= len(ts) || utf8.RuneCountInString(tok.Word) != 1 {
		return false
	}
	t, ok := lexicon.Titles().EndingAt(s, tok.Start)
	if !(ok && officeWord(t)) && !(strings.HasSuffix(s[:tok.Start], "、") && listAfterTitle(s, tok.Start)) {
		return false
	}
	next := ts[k+1]
	if next.Start != tok.End || !allHan(next.Word) || utf8.RuneCountInString(next.Word) != 2 || next.Tag != "n" {
		return false
	}
	if lexicon.Titles().Has(next.Word) || lexicon.AgencySuffixes().Has(next.Word) {
		return false
	}
	return givenNameClosed(s, ts, k+1)
}

// listAfterTitle reports whether the 、 that ends at i parts a list of
// names right after a title of office on the same clause (副局长甲某、|):
// the run back from the mark reaches a title before any punctuation.
func listAfterTitle(s string, i int) bool {
	j := i - len("、")
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if r == '、' || !allHan(string(r)) {
			return false
		}
		j -= w
		if t, ok := lexicon.Titles().EndingAt(s, j); ok {
			return officeWord(t)
		}
	}
	return false
}

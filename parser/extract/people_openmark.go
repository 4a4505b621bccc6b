package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// openingQuoteAt reports whether the mark at j opens a quotation: an
// opening quotation mark (“, ‘, 「, 『) or a title mark (《), by 《标点符号用法》
// (GB/T 15834-2011). A name stands before one as the subject of the clause
// that quotes or cites (厅长黄某某以“四不两直”方式, 局长王某《某某》), so
// the mark closes no clause there. A bracket after a name is another
// matter: it holds a note on the name (萧曾凤群(致辞)).
func openingQuoteAt(s string, j int) bool {
	if j >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.Is(unicode.Pi, r) || strings.ContainsRune("「『《", r)
}

package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/segment"
)

// sayCloses reports whether tok is a one-character verb of saying (说, 称:
// sayVerbs) with a mark of a quote's end or opening right after it
// (sayFollows: 买买提·艾力|说|，…): a report quotes a person by name and
// the verb, so the verb is the clause's predicate and the last part of a
// transcribed name before it ends there, as it ends before a predicate of
// two characters (讲话, 介绍). With no such mark after it the character may
// be the name's own or open a word of its own (说明), and the end stays a
// guess.
func sayCloses(s string, tok segment.Token) bool {
	if utf8.RuneCountInString(tok.Word) != 1 || !sayVerbs().Has(tok.Word) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[tok.End:])
	return tok.End < len(s) && strings.ContainsRune(sayFollows, r)
}

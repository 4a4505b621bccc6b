package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A byline's or a head's field of several names loses the spaces between
// them when the page is extracted (本报讯(记者甲某通讯员乙某丙某), 签发人:甲某某乙某某
// of a joint document, GB/T 9704-2012 §7.2.6: each issuing body's signer
// in turn). The second name is read where the field closes right after
// it, as a credit's verb closes it (runOnCreditName): the bracket that
// holds the byline closes, the line ends, or a function word that opens
// the phrase after a name stands there (cue list nameclose: 关于, the
// 事由 of the title that follows the head, GB/T 9704-2012 §7.3.1). With
// no verb after it, the second name is no dateline's place (记者某某北京报道):
// a word that names a place there (金山) is the name it is printed as.

// runOnFieldClose reports whether the field of a credit's names closes at
// j with no verb: its bracket, the line's end, or a word of nameclose.
func runOnFieldClose(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); strings.ContainsRune(bylineClosers, r) {
		return true
	}
	_, ok := lexicon.CueWordList("nameclose").At(s, j)
	return ok
}

// bylineClosers close a byline's bracket or its line.
const bylineClosers = ")）\n"

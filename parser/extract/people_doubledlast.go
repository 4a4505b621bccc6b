package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// gluedDoubledLast reads the last character of a three-character name
// whose last character is also the first of the verb printed right after
// it (刘芳|颁|颁发聘书): the segmenter, knowing the verb (颁发), cut the
// character before it off alone. Written Chinese doubles no verb's first
// syllable before the verb (a verb is reduplicated whole: 看看, 研究研究),
// so the character standing alone before it is the name's own. A stop of
// names or a body's character (县, 局) there is no name's, nor is the
// character where the word after it is no verb.
func gluedDoubledLast(s string, ts []segment.Token, k int) (string, bool) {
	if k+1 >= len(ts) {
		return "", false
	}
	c, verb := ts[k], ts[k+1]
	if utf8.RuneCountInString(c.Word) != 1 || !allHan(c.Word) || verb.Start != c.End {
		return "", false
	}
	if !verbToken(ts, k+1) || utf8.RuneCountInString(verb.Word) < 2 || !strings.HasPrefix(verb.Word, c.Word) {
		return "", false
	}
	if lexicon.NameStops().Has(c.Word) || bodyChar(c.Word) {
		return "", false
	}
	return c.Word, true
}

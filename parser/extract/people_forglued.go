package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// forMark is the preposition a report prints right after an official's
// name before those the official acts for (副市长某某为新人颁发结婚证书,
// 局长某某为站点揭牌): 为, for.
const forMark = "为"

// forClauseMax is how many characters after 为 the act may stand at most
// (为新人颁发: 2; 为全体参会人员讲解: 6).
const forClauseMax = 10

// gluedForLast reads the last character of a three-character name that
// the segmenter glued to the 为 after it into another word (副市长张义|华为|
// 新人颁发结婚证书: 华为, a firm's name): 为 and an act done for someone
// (cue_words.tsv foract) follow the name right after its title, so the character before
// 为 is the name's own. A stop of names, a body's character or a word that
// leads the verb alone (再为, 均为: leadsOnly) there is no name's, nor is a
// 为 with no such act in its clause (成为, 作为: to become, as), nor one of
// a word of its own that ends with 为 (较为, 广为, 行为, 人为: forword).
func gluedForLast(s string, next segment.Token) (string, bool) {
	if utf8.RuneCountInString(next.Word) != 2 {
		return "", false
	}
	_, w := utf8.DecodeRuneInString(next.Word)
	c := next.Word[:w]
	if next.Word[w:] != forMark || lexicon.NameStops().Has(c) || bodyChar(c) || leadsOnly(c) {
		return "", false
	}
	if slices.Contains(lexicon.CueList("forword"), next.Word) {
		return "", false // 某某|较为|系统地讲解: a word of its own (cue_words.tsv forword)
	}
	n := 0
	for i, r := range s[next.End:] {
		if n >= forClauseMax || !allHan(string(r)) {
			break
		}
		for _, act := range lexicon.CueList("foract") {
			if strings.HasPrefix(s[next.End+i:], act) {
				return c, true
			}
		}
		n++
	}
	return "", false
}

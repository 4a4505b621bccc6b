package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// speechVerb is the verb a report prints right after the name of an
// official who speaks at a meeting, before what was delivered (某某作工作
// 报告, 某某作了讲话): 作, with 了 after it or not.
const speechVerb = "作"

// speechNouns are what an official delivers at a meeting, the objects of
// speechVerb in the phrasing of meeting reports (作报告, 作讲话, 作总结, 作
// 部署, 作发言, 作说明), with at most a word before them (作工作报告, 作重要
// 讲话, 作表态发言).
func speechNouns() []string { return lexicon.CueList("speech") }

// speechObjectMax is how many characters the verb's object runs at most
// before a speech noun closes it (工作报告, 总结讲话, 动员部署).
const speechObjectMax = 4

// speechClauseEnds close the clause of the verb of a speech.
const speechClauseEnds = "，,。；;：:！!？?\n"

// gluedSpeechLast reads the last character of a three-character name that
// the segmenter glued to the verb of a speech after it into a word it did
// not know (主任赵某|成作|了工作报告): the verb and its object (作了工作报告)
// follow the name right after its title, so the character before the verb
// is the name's own, whatever the segmenter read it as (成, to become). A
// stop of names (到会作报告: 会), a body's character (县, 局) or a word
// that leads the verb alone (再作说明: 再, an adverb, as the segmenter tags
// it; leadsOnly) there is no name's, and a 作 with no speech after it
// (成作品) is read as cut.
func gluedSpeechLast(s string, next segment.Token) (string, bool) {
	if next.Tag != "x" || utf8.RuneCountInString(next.Word) != 2 || !allHan(next.Word) {
		return "", false
	}
	_, w := utf8.DecodeRuneInString(next.Word)
	c := next.Word[:w]
	if next.Word[w:] != speechVerb || lexicon.NameStops().Has(c) || bodyChar(c) || leadsOnly(c) {
		return "", false
	}
	rest := strings.TrimPrefix(s[next.End:], "了")
	n := 0
	for i, r := range rest {
		for _, noun := range speechNouns() {
			if strings.HasPrefix(rest[i:], noun) {
				return c, true
			}
		}
		if n++; n > speechObjectMax || !allHan(string(r)) {
			break
		}
	}
	// A longer object (作了全市近五年来老龄工作的总结报告) ends its
	// clause with the speech noun.
	clause := rest
	if k := strings.IndexAny(rest, speechClauseEnds); k >= 0 {
		clause = rest[:k]
	}
	for _, noun := range speechNouns() {
		if strings.HasSuffix(clause, noun) {
			return c, true
		}
	}
	return "", false
}

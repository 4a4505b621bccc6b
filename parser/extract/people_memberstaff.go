package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// staffPost reads a roster member's post that closes with a staff label
// after the unit (市民政局救灾科|工作人员): the label is a staff head
// (cue list staffhead: 人员) after a word of two Chinese characters, the
// form staffQuoted reads before a name, and the unit before it names a
// body. The label is the post printed, so the member's role (GOLD people:
// the title printed next to the name), and the unit the member's agency.
// A post with no unit before its label (工作人员 alone) is left to the
// other readings: the line may be no member's.
func staffPost(post string) (unit, label string, ok bool) {
	for _, h := range staffHeads() {
		if !strings.HasSuffix(post, h) {
			continue
		}
		head := post[:len(post)-len(h)]
		j := len(head)
		for range 2 {
			if j == 0 {
				return "", "", false
			}
			_, w := utf8.DecodeLastRuneInString(head[:j])
			j -= w
		}
		// The unit's own ending closes it right before the label (救灾科|,
		// 中心|): no words of the post's between.
		if unit := post[:j]; bodyClosed(unit) {
			return unit, post[j:], true
		}
	}
	return "", "", false
}

// bodyClosed reports whether a body's ending (局, 科, 中心) closes unit
// after characters of its name.
func bodyClosed(unit string) bool {
	w, ok := lexicon.AgencySuffixes().Suffix(unit)
	return ok && len(w) < len(unit)
}

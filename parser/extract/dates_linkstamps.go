package extract

import (
	"strings"

	"bulletin/parser/layout"
)

// linkedStamps reports whether the page's timestamps after the text's
// last line (last) are those of a list of links to other articles: more
// than one of them each printed under a line of words of its own (全站热点
// / 某某小区自治模式调查 / 2014-10-13 15:03阅读 / 狄寨街道… / 2014-10-13
// 10:04阅读), each the time of the headline above it, none the page's. A
// page's own stamp stands alone under the text (an e-paper's 2023-11-22
// 11:10:01 A6版).
func linkedStamps(lines []layout.Labelled, last int) bool {
	led, words := 0, false
	for _, l := range lines {
		if l.Num <= last || strings.TrimSpace(l.Text) == "" {
			continue
		}
		if !stampPrefix.MatchString(l.Text) {
			words = true
			continue
		}
		if words {
			led++
		}
		words = false
	}
	return led > 1
}

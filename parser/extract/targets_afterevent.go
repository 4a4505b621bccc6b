package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
)

// A rule that requires an act done within a span counted from an event
// prints the event between 自 (or 从) and 后: 应自收到《行政处罚决定书》后7日内
// 将…上交, 须从接到通知后3日内报送. The frame is the one 自…之日起N日内 prints
// with 起 (countedWithin), and it sets the limit to keep as requiredWithin's
// 需在15日内 does: a requirement with a number, a target (GOLD.md, targets:
// 要在9月完成). Only where the requirement word stands right before the
// preposition (应自, 须从, 应当自) or the sentence requires: a span after an
// event with no frame (审核通过后，5个工作日内提交; 在信息形成后20个工作日内予以
// 公开, the procedure a disclosure guide describes) is none. Source:
// 《行政处罚法》 (2021) art. 67 (自收到行政处罚决定书之日起十五日内) and the
// 送达 notices of bureaus (应自收到…后N日内); cue_words.tsv limitfrom and
// limitafter hold the words.

// requiredAfterEvent reports whether the number at r, a span of time
// closed by 内, follows an event framed 自…后 in its clause, the frame
// opened right after a word that requires it, or in a sentence that does.
func requiredAfterEvent(s string, r byteRange, unit string, required bool) bool {
	if unit != dayUnit && lexicon.Units().Label(unit, 0) != "duration" {
		return false
	}
	before := strings.TrimRight(s[:r.Start], " ")
	after, ok := lexicon.CueWordList("limitafter").EndingAt(before, len(before))
	if !ok {
		return false
	}
	from := lexicon.CueList("limitfrom")
	for i := len(before) - len(after); i > 0; {
		c, n := utf8.DecodeLastRuneInString(s[:i])
		if strings.ContainsRune(clauseStops, c) || strings.ContainsRune(punct.SentenceEnds, c) {
			return false // no frame opened in the clause
		}
		i -= n
		for _, w := range from {
			if strings.HasPrefix(s[i:], w) && (modalEndingAt(s, i) || required && requirementBefore(s, i)) {
				return closedWithin(s, r)
			}
		}
	}
	return false
}

// requirementBefore reports whether the preposition at i opens its clause
// (，自收到通知后3日内): in a sentence that requires, the frame is the
// requirement's; after a word (来自, 各自, 独自) 自 is no preposition.
func requirementBefore(s string, i int) bool {
	c, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || strings.ContainsRune(clauseStops, c) || strings.ContainsRune(punct.SentenceEnds, c)
}

// modalEndingAt reports whether a word that requires ends at i: one of
// stance.tsv's words of demand and obligation (需, 须, 应当, 要), or 应
// (cue_words.tsv limitmodal), which only a frame after it makes a modal.
func modalEndingAt(s string, i int) bool {
	if demandEndingAt(s, i) {
		return true
	}
	_, ok := lexicon.CueWordList("limitmodal").EndingAt(s, i)
	return ok
}

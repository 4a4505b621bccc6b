package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// dropCreditedOutlets drops a news outlet's name (某县融媒体中心, 某日报: a
// place, then a word of media.txt) that opens a credit: after a bracket, a
// label's colon (来源:, 作者:) or a space, right before a byline's word (记者,
// 通讯员: cue_words.tsv byline), or on a line of its own before an editing
// credit that closes the line (某县融媒体中心编发: cue_words.tsv editlabel).
// The outlet is named as the text's source or its reporter's employer, no
// body the text names (GOLD.md: a newspaper, broadcaster, website or public
// account named as the text's source is not an agency). The golds leave an
// outlet before a byline's word out 19 times of 20; the one listed stands
// in a sentence (接受市融媒体中心记者采访), and an outlet whose reporter opens a
// sentence (县融媒体中心记者报道,…) reports in the text: the rule leaves both.
func dropCreditedOutlets(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		name := s[c.start:c.end]
		w, ok := lexicon.Media().EndingAt(name, len(name))
		if !ok || utf8.RuneCountInString(w) == utf8.RuneCountInString(name) {
			return false
		}
		return outletCredited(s, c.start, c.end)
	})
}

// outletCredited reports whether the outlet at [i, e) opens a credit: a
// bracket, a label's colon or a space before it and a byline's word after
// it, spaces apart; or the line's start before it and an editing credit
// after it that closes the line.
func outletCredited(s string, i, e int) bool {
	k := e
	for k < len(s) && (s[k] == ' ' || strings.HasPrefix(s[k:], "\u3000")) {
		if s[k] == ' ' {
			k++
		} else {
			k += len("\u3000")
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if _, ok := lexicon.CueWordList("byline").At(s, k); ok {
		return i > 0 && strings.ContainsRune(" (（:：\u3000\t", r)
	}
	w, ok := lexicon.CueWordList("editlabel").At(s, k)
	if !ok || i > 0 && r != '\n' {
		return false
	}
	rest := strings.TrimLeft(s[k+len(w):], " \u3000\t")
	return rest == "" || strings.HasPrefix(rest, "\n")
}

package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A requirement that forbids going past a bound (不得超过5个字, 不得低于
// 80%, 严禁超过3人) sets a limit: what it forbids is not done, so the
// number is a level to keep whatever the text reports done around it (a
// report's deeds, a past date in the page). GOLD.md, targets: a
// requirement with a number is a target. Only a word of prohibition that
// opens the comparator, or ends right before it, counts (cue list forbid),
// so a bound that may tell a result (控制在5人以内, 未超过) is read as before.

// boundHeld reports whether bound (the number at r was read a plan by its
// requirement's bound) has a word of prohibition (cue list forbid: 不得,
// 严禁, 禁止) opening its comparator or right before it.
func boundHeld(bound bool, s string, clause, r byteRange) bool {
	c := comparator(s, r)
	if !bound || c == "" {
		return false
	}
	forbid := lexicon.CueWordList("forbid")
	if w, ok := forbid.At(c, 0); ok && len(w) < len(c) {
		return true // 不得超过
	}
	b := r.Start
	if !strings.HasPrefix(s[b:], c) {
		b -= len(c)
	}
	if b <= clause.Start {
		return false
	}
	_, ok := forbid.EndingAt(s, b)
	return ok
}

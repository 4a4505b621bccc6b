package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A plan states the requirements it must meet in a frame 按照…原则 (or
// 标准, 要求) that may list several of them, joined by commas and 和:
// 按照保障50年殡葬用地需求，20年使用周期和5年开发建设期限原则. Each figure
// of the list is a requirement the plan sets (GOLD.md, targets: a
// requirement with a number), not only the one the closer follows. A frame
// that holds a single figure (按照每人200元的标准，…) names the rate a deed
// or a payment follows, and is left to the other rules; a sentence that
// tells a deed (achieved) or a condition keeps its reading. The opener and
// the closers are cue words (cue_words.tsv: basisopen, basisclose).

// basisListed reports whether the number at r stands in a frame that a
// basis opener opens before it in its sentence and a closer shuts after
// it, right before a clause mark or the sentence's end, with at least two
// quantities in the frame.
func basisListed(s string, sent, r byteRange, qs ranges) bool {
	open := -1
	opens := lexicon.CueWordList("basisopen")
	for i := sent.Start; i < r.Start; i++ {
		if w, ok := opens.At(s, i); ok {
			open = i + len(w)
		}
	}
	if open < 0 {
		return false
	}
	closes := lexicon.CueWordList("basisclose")
	end := -1
	for i := r.End; i < sent.End; i++ {
		w, ok := closes.At(s, i)
		if !ok {
			continue
		}
		after := strings.TrimLeft(s[i+len(w):sent.End], " ")
		if c, _ := utf8.DecodeRuneInString(after); after == "" || strings.ContainsRune(clauseStops, c) {
			end = i
			break
		}
	}
	if end < 0 {
		return false
	}
	n := 0
	for _, q := range qs {
		if q.Start >= open && q.End <= end {
			n++
		}
	}
	return n >= 2
}

package extract

import (
	"strings"
)

// A paragraph that opens with an as-of frame (截至目前，…已经建成助餐点16个…。
// 为2.7万名老年人提供居家上门服务。) reports the state reached up to that day
// in each of its sentences, not the first alone: a sentence after it that
// counts what a task reaches (为…提供…服务) with no word of its own that
// turns ahead tells a deed done within the frame (GOLD.md, targets: 截至目前，
// 共排查… is not a target). A sentence of the paragraph with 将, a word only
// a plan uses, an intent or a later time (年底前将…; 计划…) states a plan of its
// own, and a paragraph the frame does not open is read as before. The
// frame is the one targets_tally.go reads on a sentence (asOfFramed).
// Source: the 截至目前 progress paragraphs of 民生实事 reports.

// asOfParagraph reports whether the paragraph holding the full sentence
// full opens, in an earlier full sentence, with an as-of frame, and the
// sentence whole holds no word that turns ahead.
func asOfParagraph(in *Input, s string, fulls stops, full, whole byteRange, counted map[int]bool) bool {
	start := in.lineStart(s, full.Start)
	if start >= full.Start || strings.TrimSpace(s[start:full.Start]) == "" {
		return false // the sentence opens the paragraph: asOfFramed reads it
	}
	if !asOfFramed(s, fulls.around(s, start)) {
		return false
	}
	// forwardIn reads the intent (计划), the proposal (拟) and the words
	// only a plan uses (必须, 力争) of the whole sentence, a purpose
	// clause's too, so of the sentence's stance only 将 before a verb is
	// asked apart: each of the two has a row of its own that fails
	// without it (TestAsOfParagraphGuards).
	return !stanceIn(in, s, whole, counted).will && !forwardIn(s[whole.Start:whole.End])
}

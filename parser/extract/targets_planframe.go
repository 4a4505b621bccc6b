package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A news report of a plan names the plan and a verb of setting out before
// its first comma (方案明确，…; 《…规划》提出，…; 意见要求，…) and goes on with
// what the plan sets: the paragraph after that frame tells the plan's
// tasks, not what was done, whatever their verbs (增加N个左右…, 撤并N个…),
// as the clauses a plan's 将 governs do (told.plan). A count there is a
// target (GOLD.md, targets: a plan with a number), but an age, which says
// whom a task serves, and a count a frame of its clause names as its basis
// (以…为) are none, and a sentence that reports what was done keeps its
// reading (achieved, condition). A frame a preposition of basis opens
// (按照《…实施方案》要求，近日，某县组织…摸排: cue_words.tsv clauseopen) names
// the plan as the basis of what the paragraph tells, which its own words
// say done or to be done; it sets out no task. Source: the 新闻 of provincial and city
// governments on the 方案, 规划 and 意见 they issue, which open their
// paragraphs so (方案明确, 方案提出, 规划要求). The kinds of plan and
// the verbs are cue words (cue_words.tsv: plandoc, setverb).

// maxPlanFrame is the most characters of the frame's clause: a plan's name
// and a verb, not a sentence.
const maxPlanFrame = 40

// planFramed reports whether the number at r stands in a paragraph that a
// plan's frame opens: the line's first clause, closed by a comma, is a
// plan document's kind (its closing title mark aside) and a verb of
// setting out.
func planFramed(in *Input, s string, r byteRange) bool {
	frame, ok := lineFrame(in, s, r)
	if !ok {
		return false
	}
	if utf8.RuneCountInString(frame) > maxPlanFrame {
		return false
	}
	if _, ok := lexicon.CueWordList("clauseopen").At(frame, 0); ok {
		return false // 按照《…方案》要求，…: the plan is the basis of what is told
	}
	verb, ok := lexicon.CueWordList("setverb").Suffix(frame)
	if !ok {
		return false
	}
	doc := strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(frame, verb)), "》")
	_, ok = lexicon.CueWordList("plandoc").Suffix(doc)
	return ok
}

// lineFrame is the first clause of the line of the number at r, where a
// comma closes it before the number: the frame a paragraph opens with
// (按照《…方案》要求，…; 《…规划》提出，…).
func lineFrame(in *Input, s string, r byteRange) (string, bool) {
	ls := in.lineStart(s, r.Start)
	line := s[ls:r.Start]
	k := strings.IndexAny(line, clauseStops+sentenceStops)
	if k <= 0 {
		return "", false
	}
	if c, _ := utf8.DecodeRuneInString(line[k:]); c != '，' && c != ',' {
		return "", false
	}
	return strings.TrimSpace(line[:k]), true
}

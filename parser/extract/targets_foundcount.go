package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// foundCount reports whether a verb of finding (target_cues.tsv
// foundverb: 排查出, 查出, 发现) stands in the number's clause before it
// with its object running on to the number: 排查出违规建设殡葬设施4处
// counts what a check found, the result its complement 出 marks done, so a
// plan word inside the object (建设 of 违规建设…设施, what the thing found
// is) sets out to reach nothing. A 的 between the found verb and the
// number closes a relative clause the verb opens (对排查出的问题100%整改;
// 将发现问题的5处墓地…整改: what the task after it is done to), so that
// number, a modal right before the verb (要排查出…, 应查出…: a task the
// segmenter may leave the sentence's demand unread in), and a clause with
// no found verb, read as before; the caller leaves out a sentence that
// requires (必须…全部查出…), but for the 要求 of a frame of basis (按照《…方案》
// 要求，…排查出…: basisFramed), a 将, an intent or a proposal. Source: the 摸排
// and 检查 reports of bureaus.
func foundCount(s string, clause, r byteRange) bool {
	found := lexicon.TargetCueList("foundverb")
	head := s[:r.Start] // a found verb ends by the number: none runs into it
	for i := clause.Start; i < r.Start; {
		if w, ok := found.At(head, i); ok {
			if !strings.Contains(head[i+len(w):], attributiveMark) && !modalEndingAt(s, i) {
				return true
			}
			i += len(w)
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// basisFramed reports whether the line of the number at r opens with a
// clause of basis that names a requirement (按照《…实施方案》要求，…: cue
// lists clauseopen and setverb): the 要求 is the basis's, which the
// paragraph after it carries out, no demand of the paragraph's own.
func basisFramed(in *Input, s string, r byteRange) bool {
	frame, ok := lineFrame(in, s, r)
	if !ok {
		return false
	}
	if _, ok := lexicon.CueWordList("clauseopen").At(frame, 0); !ok {
		return false
	}
	_, ok = lexicon.CueWordList("setverb").Suffix(frame)
	return ok
}

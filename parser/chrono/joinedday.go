package chrono

import "bulletin/parser/lexicon"

// dayJoinerAt is the byte length of the mark or conjunction at i of s that
// joins a day to the one before it, or 0: 、 between the days of a list,
// and 和, 及, 与 (cue_words conjunction) before its last (4月24日和25日,
// 3月1日、2日及5日), as 《标点符号用法》(GB/T 15834-2011) sets 、 and lets a
// conjunction stand for it. The day after one shares the month of the day
// before. After a conjunction the day must close with its own 日 (和25日):
// a number alone after 和 (和5个) is none.
func dayJoinerAt(s string, i int) (n int, conj bool) {
	if hasPrefixAt(s, i, "、") {
		return len("、"), false
	}
	if w, ok := lexicon.CueWordList("conjunction").At(s, i); ok {
		return len(w), true
	}
	return 0, false
}

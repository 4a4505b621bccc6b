package extract

import (
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// yearsSinceAt reports whether a count of years before 来 opens at i (五年来,
// 六年来, 二十年来, 5年来: a numeral, Chinese or in digits, then a word of
// target_cues.tsv yearssince), and where it ends. It names the span from
// that many years back to the time of speaking, as the since words of
// stance.tsv do (以来, 近年来, 多年来), whatever the count: the dictionary's
// 来 (方位词: 从过去某时到说话时为止) takes any numeral (十几年来: 几年来 is
// a row of its own). A year in digits (2019年来) is chrono's, read before.
func yearsSinceAt(s string, i int) (int, bool) {
	end := i
	for end < len(s) && isDigitByte(s[end]) {
		end++
	}
	if end == i {
		var ok bool
		if _, end, ok = numeral.ChineseAt(s, i, len(s)); !ok {
			return i, false
		}
	}
	w, ok := lexicon.TargetCueList("yearssince").At(s, end)
	if !ok {
		return i, false
	}
	return end + len(w), true
}

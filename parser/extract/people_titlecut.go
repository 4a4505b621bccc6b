package extract

import (
	"unicode/utf8"

	"bulletin/parser/segment"
)

// A title of office whose last character opens a place's word with the
// given name after it (厅|长江|波|参会, 局|长江|涛|出席): the segmenter reads
// the title's 长 and the surname 江 as the river, so the title seems part
// of a longer word and no name is looked for after it. Where the place's
// word runs past the title by one character, that character is a surname
// and a verb a report prints after an official's name (cue list actverb:
// 出席, 主持, 参会) follows the name of two or three characters, the
// words between the title and the verb are the holder's name: no place
// attends. A place after a title that no such verb follows (局长江西调研,
// 厅长江南考察) is left alone.

// titleCutName reads the name after the title ending at end that the
// segmenter's place word ts[k] runs across, or false.
func titleCutName(s string, ts []segment.Token, end int) (string, bool) {
	k := tokenOver(ts, end+1)
	if k >= len(ts) || ts[k].Start >= end || ts[k].Tag != "ns" || !allHan(ts[k].Word) {
		return "", false
	}
	if _, w := utf8.DecodeLastRuneInString(s[:end]); ts[k].Start != end-w {
		return "", false // the place's word takes the title's last character only
	}
	if _, ok := surnameAt(s, end); !ok {
		return "", false
	}
	for j := k + 1; j < len(ts) && j <= k+2; j++ {
		if ts[j].Start != ts[j-1].End {
			return "", false
		}
		if actVerbs().Has(ts[j].Word) {
			n := utf8.RuneCountInString(s[end:ts[j].Start])
			if n < 2 || n > 3 {
				return "", false
			}
			return checkName(s[end:ts[j].Start])
		}
		if !allHan(ts[j].Word) || utf8.RuneCountInString(ts[j].Word) != 1 {
			return "", false
		}
	}
	return "", false
}

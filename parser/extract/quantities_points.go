package extract

import "bulletin/parser/lexicon"

// pointsMeasure is the measure units.tsv and qualifiers.tsv label a count
// of points made (提出了3点意见, 3点要求) with, and the words that lead it
// or follow it.
const pointsMeasure = "points"

// noPoints reports whether the figure at i before a 点 counts no points
// though a word of the points leads or follows it: a figure after a word
// of the time of day (cue list clockhead: 下午3点要求全体人员到场, 要求 the
// verb) is the clock's hour, and one in Chinese numerals runs into set
// phrases (三点一线, 两点一线) and the hours of speech (三点钟): points
// counted are read where printed in digits, as a score's are
// (quantities_scoreverb.go).
func noPoints(s string, i int) bool {
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return true
	}
	_, ok := lexicon.CueWordList("clockhead").EndingAt(s, i)
	return ok
}

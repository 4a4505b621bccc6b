package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// levelAfterVerbWords moves the start to a one-character level of a county
// or above (省, 市, 县) that opens a body's name inside the words the scan
// ran through, where a verb of the clause stands among the words before it
// (歌声回荡|市某某中心, 队伍走进|县民政局): the level stands for its place and
// opens the name, as it does after a mark. A place's proper name opens with
// no verb of the clause, and the gazetteer's places are read whole (保定市,
// 通道县), so the words before the level are the clause's, however the
// segmenter cut them (a guess that runs a verb's character onto the level).
// A name that opens with its place (某县为民服务中心) or after a word that
// points at it keeps its words.
type levelAfterVerbWords struct{}

func (levelAfterVerbWords) open(r *startReading) bool {
	s, ts, e := r.s, r.ts, r.e
	if r.pointed || agency.HasLocality(s[r.i:e]) {
		return true
	}
	_, w := utf8.DecodeRuneInString(s[r.i:])
	for k := r.i + w; k < r.j(); {
		if agency.UpperLevelAt(s, k) && levelOpensWord(ts, k) && !placeThrough(s, k) && agency.One(s[k:e], false) {
			if lastTokenIn(ts, r.i, k, func(n int) bool { return ts[n].Tag == "v" }) >= 0 {
				r.i, r.weak = k, true
			}
			return true
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return true
}

// levelOpensWord reports whether the level at byte k opens a word, or
// closes a guess of the segmenter's (彻/市: a character of the word before
// run onto the level), rather than standing inside a word of the
// dictionary (都市, 城市).
func levelOpensWord(ts []segment.Token, k int) bool {
	n := tokenOver(ts, k+1)
	if n >= len(ts) || ts[n].Start >= k {
		// The words read stop short of k (a bracket before them
		// ends a clause's words): no word of them runs over k.
		return true
	}
	_, w := utf8.DecodeRuneInString(ts[n].Word[k-ts[n].Start:])
	return ts[n].Tag == "x" && ts[n].End == k+w
}

// placeThrough reports whether a place of the gazetteer ends with the level
// at byte k (保定市): the level closes the place's name, no name opens there.
func placeThrough(s string, k int) bool {
	_, w := utf8.DecodeRuneInString(s[k:])
	p, ok := lexicon.Places().EndingAt(s, k+w)
	return ok && len(p) > w
}

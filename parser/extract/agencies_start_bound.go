package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// boundMorphemeLeads finds no body where the name would open with a
// character the segmenter left alone as a bound morpheme (就/d|诊/zg|医院):
// such a character is no word by itself but the end of a word it forms
// with the character before it (就诊, to see a doctor), so the name would
// open inside a word; the words are a clause that qualifies a kind of
// body (就诊医院, the hospital one is treated at), no name. A level (县/zg
// 林业局) or a place that opens the name is read as the name's own.
type boundMorphemeLeads struct{}

func (boundMorphemeLeads) open(r *startReading) bool {
	return !boundMorphemeOpens(r)
}

// boundMorphemes are the segmenter's tags of a bound morpheme.
var boundMorphemes = map[string]bool{"zg": true, "g": true, "ng": true, "vg": true, "ag": true, "tg": true, "dg": true}

func boundMorphemeOpens(r *startReading) bool {
	k := tokenAt(r.ts, r.i)
	if k < 0 || !boundMorphemes[r.ts[k].Tag] || utf8.RuneCountInString(r.ts[k].Word) != 1 || r.ts[k].End > r.j() {
		return false
	}
	if prev, _ := utf8.DecodeLastRuneInString(r.s[:r.i]); r.i == 0 || !unicode.Is(unicode.Han, prev) {
		return false
	}
	if agency.HasLocality(r.s[r.i:r.e]) {
		return false
	}
	if _, ok := lexicon.GenericPrefixes().At(r.s, r.i); ok {
		return false
	}
	return !properNameOpens(r.s[r.i:r.e], r.i, r.ts)
}

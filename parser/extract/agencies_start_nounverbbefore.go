package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// nounVerbBefore reads a verb of the cue list nounverb that the segmenter
// tagged as a noun (资助/n, 统筹/n) ending where the scan stands, with the
// words after it up to the ending opening with a place or a level
// (定向资助|某省某县某艺术中心, 市民政局统筹|市救助管理站): the body is the
// verb's object, and the name opens after the verb, wherever in the clause
// it stands; nounTaggedVerb reads the verb only as the clause's first word.
// With no place after it (学生资助|管理中心) the verb is the name's own word
// and the scan goes on.
type nounVerbBefore struct{}

func (nounVerbBefore) back(r *startReading) scanMove {
	k := tokenEndingAt(r.ts, r.i)
	if k < 0 || r.ts[k].Tag != "n" || !lexicon.CueWordList("nounverb").Has(r.ts[k].Word) || !agency.HasLocality(r.s[r.i:r.e]) {
		return scanPass
	}
	r.afterBoundary = true
	return scanStop
}

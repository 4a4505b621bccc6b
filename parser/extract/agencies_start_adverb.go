package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/segment"
)

// adverbLeads moves the start past an adverb and the verb it qualifies
// (进一步规范|沙坪街道): a guessed start unless a name's place opens it.
// Where nothing but the ending is left after them (暂停|殡仪馆, 进一步
// 加强|社区) the act is done to a kind of body, and no body is named.
type adverbLeads struct{}

func (adverbLeads) open(r *startReading) bool {
	s, ts, e := r.s, r.ts, r.e
	h, act := adverbHead(s, ts, r.i, r.j(), e)
	if act {
		return false // 暂停|殡仪馆, 进一步加强|社区: the act done to a kind of body
	}
	if h > r.i {
		// 进一步规范|沙坪街道: the name opens after the verb the adverb
		// qualifies; a guessed start unless a name's place opens it.
		rest := s[h:e]
		r.i, r.weak = h, !agency.HasLocality(rest) && !properNameOpens(rest, h, ts) && !townNamed(rest, h, ts)
		r.afterBoundary = true
	}
	return true
}

// adverbHead reads an adverb the scan ran through (进一步规范|沙坪街道,
// 暂停|殡仪馆, 充分|尊重|陵园, as the segmenter tags them: d, and an
// adjective used as an adverb, ad): an adverb qualifies the verb
// after it, and a verb phrase is no part of a body's name, so the name
// opens after the word the adverb qualifies. act says that nothing but
// the ending is left after them (暂停|殡仪馆, 进一步加强|社区): the act is
// done to a kind of body, and no name is read, as actOnKind reads a verb
// there. A name that opens with its place keeps its words. i is where the
// scan stopped, j where the ending starts, e where it ends; h is -1 where
// the words hold no adverb.
func adverbHead(s string, ts []segment.Token, i, j, e int) (h int, act bool) {
	if agency.HasLocality(s[i:e]) {
		return -1, false
	}
	k := lastTokenIn(ts, i, j, func(k int) bool { return ts[k].Tag == "d" || ts[k].Tag == "ad" })
	if k < 0 {
		return -1, false
	}
	if k+1 < len(ts) && ts[k+1].Start == ts[k].End && utf8.RuneCountInString(ts[k].Word) == 1 && (oneCharTownGuess(ts[k+1]) || oneCharCountyGuess(ts[k+1])) {
		return -1, false // 亦/d|庄镇/x: the adverb's character opens the town's name
	}
	if after := ts[k].End; agency.HasLocality(s[after:e]) {
		return after, false // 已经|县政府同意: the name of a place after the adverb
	}
	if k+1 >= len(ts) || ts[k+1].End >= j {
		return -1, true
	}
	return ts[k+1].End, false
}

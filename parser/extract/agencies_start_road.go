package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// roadBeforeName stops the scan at a road's name before a body named with
// its own place (政和路|汕尾市民政局): an address prints the road before the
// body it reaches; a name that opens with its own place after a road's
// name is the body, the road no part of it. A name that opens with its
// level (…路|市民政局) is left to the scan.
type roadBeforeName struct{}

func (roadBeforeName) back(r *startReading) scanMove {
	if _, ok := lexicon.Streets().EndingAt(r.s, r.i); ok && agency.HasLocality(r.s[r.i:r.e]) && !agency.OpensWithLevel(r.s[r.i:r.e]) {
		r.afterBoundary = true
		return scanStop
	}
	return scanPass
}

// roadNamedBy reports whether rest, the text after a word, opens with a
// street's ending (新建|路街道办事处, 建设|大道): the word is then the
// road's own name, no verb of the clause, and street offices and
// communities are named after their roads (…路街道, …路社区). A level
// there (新建|街道) is the division's, no street's.
func roadNamedBy(rest string) bool {
	if _, _, level := agency.LevelAt(rest, 0); level {
		return false
	}
	_, ok := lexicon.Streets().Prefix(rest)
	return ok
}

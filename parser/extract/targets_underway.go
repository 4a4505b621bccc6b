package extract

import "bulletin/parser/lexicon"

// underWay reports whether an adverb of an action in progress
// (target_cues.tsv progressive: 正在) stands in the number's clause before
// it (拉萨市民政局正在推进…共21个社会工作站建设工作): the work its plan word
// tells is under way, not done, so a news report that tells it reports no
// deed and the count in the object of its verb is still to reach. One
// after the number (21个…正在建设, 8个正在施工) makes the count the subject
// of work in progress, how many stand so, a status the report tells; one
// in another clause bears on no plan word of the number's.
func underWay(s string, clause, r byteRange) bool {
	words := lexicon.TargetCueList("progressive")
	for i := clause.Start; i < r.Start; i++ {
		if _, ok := words.At(s, i); ok {
			return true
		}
	}
	return false
}

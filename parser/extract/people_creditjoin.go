package extract

import "bulletin/parser/lexicon"

// creditJoined reports whether the name n that a credit label's value
// gives at i is joined to the next member of a list by a conjunction
// right after it (总编某某和省民政厅办公室副主任…, 记者某某及市民政局…):
// cue_words.tsv, conjunction and nameclose (和, 及, 与). A body's name
// never holds a name and a conjunction, so the run is a list, the name
// its first member, not one body's name that creditBody would take the
// credit for (责任编辑:区民政局).
func creditJoined(s string, i int, n string) bool {
	j := i + len(n)
	if _, ok := lexicon.CueWordList("nameclose").At(s, j); !ok {
		return false
	}
	_, ok := conjunctions().At(s, j)
	return ok
}

package extract

import "bulletin/parser/lexicon"

// commissionAt reports whether a verb of the frame 受…委托 (受…邀请, 受…
// 委派: cue_words.tsv, commission) opens at i, right after a name that
// follows a title (受市民政局局长某某某委托，副局长某某带队): the frame
// names who commissions the act and closes the name, as a verb after it
// does. The segmenter tags 委托 a noun there, so no verb is seen after the
// name. Source: 《现代汉语词典》 (7th ed.) 受 (接受), 委托, 邀请, 委派; the
// 受…委托 of bureaus' reports of an inspection led on a leader's behalf.
func commissionAt(s string, i int) bool {
	_, ok := lexicon.CueWordList("commission").At(s, i)
	return ok
}

// commissionWord reports whether n is whole a verb of the frame (委托): a
// title with no name before it (受局长委托) leaves the verb there, whose
// first character is also a surname (委).
func commissionWord(n string) bool {
	return lexicon.CueWordList("commission").Has(n)
}

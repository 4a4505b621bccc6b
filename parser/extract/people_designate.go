package extract

import "bulletin/parser/lexicon"

// designated is the title word (the office w, as dutyModified widened it)
// that ends at end, widened over the word of
// designation printed right after it (局长|人选|杜某: cue list designate),
// where w is an office: the one chosen for the post before the vote or the
// appointment that seats them is named after the compound, which is the
// role as printed. Elsewhere it is w, ending at end.
func designated(s string, end int, w, word string) (int, string) {
	if !officeWord(w) {
		return end, word
	}
	if d, ok := lexicon.CueWordList("designate").At(s, end); ok {
		return end + len(d), word + d
	}
	return end, word
}

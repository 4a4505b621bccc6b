package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/punct"
)

// againSubjectRule marks an institution named again by its ending alone
// at the head of a sentence that againSubjects found.
const againSubjectRule = "again-subject"

// againSubjects finds an institution named by its ending alone (救助站,
// 殡仪馆: the segmenter's words cut at both its ends, the whole an
// institution's ending) that opens a sentence (。救助站工作人员给了他…, 。救助站内备足棉衣),
// where the document prints the same word after a place or a level
// elsewhere (市救助站, 某县殡仪馆): a report that has named its place's
// institution goes on to call it by its kind, the subject of what it did
// next, one body in context (GOLD.md: a unit that names one body in
// context is an agency), as againInstitutions reads it after a verb of
// going. Where the page names no such institution of its place, or names
// it only inside a clause, the word is left to the other rules.
func againSubjects(s string, words wordsAt, e *Env) []candidate {
	if e == nil {
		return nil
	}
	var out []candidate
	for i, suffix := range labelledEndings(s, "institution") {
		start := i - len(suffix)
		if !sentenceOpensAt(s, start) || runsOnAt(s, i) {
			continue
		}
		// The ending's words are the segmenter's, cut where it opens and
		// where it ends (救助/站|工作人员), no word running across either.
		ts := words(start)
		if tokenEndingAt(ts, i) < 0 || tokenAt(ts, start) < 0 {
			continue
		}
		if k := tokenAt(ts, i); k >= 0 && ts[k].Tag == "f" {
			continue // a localizer after it (大学期间): a time or a place the kind names, no body acting
		}
		if e.printedPlaced(suffix) {
			out = append(out, candidate{start, i, againSubjectRule})
		}
	}
	return out
}

// sentenceOpensAt reports whether a sentence opens at i: the text's or a
// line's start, or a mark that ends a sentence.
func sentenceOpensAt(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '\n' || strings.ContainsRune(punct.SentenceEnds, r)
}

package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A 其中-clause may divide the total its own sentence has just counted
// (本次共抽查社会组织115家，其中社会团体55家，社会服务机构53家，慈善组织7家):
// the parts are shares of that total and stand as it does, as those of a
// 其中-sentence after it do (subtallyOfPlan, targets_subtallyplan.go).
// Where the total was filed as a plan's, the parts are its planned shares,
// targets, though they print no plan word of their own; the clauses after
// the 其中-clause go on listing parts to the sentence's end. A 其中 inside
// a clause (其中的, 乐在其中) opens no breakdown; a total that is no plan's
// leaves its parts as read. Source: 其中 opening the breakdown of the count
// before it (《现代汉语词典》 其中: 那里面), as 双随机 inspection notices
// and relief plans print their totals' parts.

// subtallyInSentence reports whether the number at r stands in or after a
// clause of its full sentence full that opens with 其中 (cue_words.tsv
// subitem), and the last number before that 其中 in the sentence was
// filed as a plan's.
func subtallyInSentence(s string, full, r byteRange, qs ranges, stood map[int]string) bool {
	sub := lexicon.CueWordList("subitem")
	at := -1
	for i := full.Start; i < r.Start; {
		if w, ok := sub.At(s, i); ok {
			if c, _ := utf8.DecodeLastRuneInString(s[:i]); i > full.Start && strings.ContainsRune(clauseStops, c) {
				at = i
			}
			i += len(w)
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	if at < 0 {
		return false
	}
	for k := len(qs) - 1; k >= 0; k-- {
		if qs[k].End > at {
			continue
		}
		if qs[k].Start < full.Start {
			return false
		}
		return stood[k] == "plan"
	}
	return false
}

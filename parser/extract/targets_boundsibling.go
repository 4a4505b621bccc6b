package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A clause whose count closes it, followed in its sentence by a clause of
// a noun and a bounded count alone (工作站配备站长1名，持证社会工作者至少3名),
// lists the objects of one verb: the second clause leaves out the verb
// of the first (承前省略, as sharedVerb reads it the other way), and its
// bound (stance.tsv future: 至少, 不少于) makes the verb's objects a
// standard to meet, so the first count is a level the standard sets too
// (GOLD.md, targets: a requirement with a number). A second clause with a
// verb, a preposition or another stance word of its own, with no bound,
// or a first count that does not close its clause reads as before.
// Source: the staffing standards of 社会工作站 and care centres in the
// reports of district bureaus (配备站长1名，社工至少3名).

// boundSibling reports whether the number at r closes its clause and the
// next clause of the sentence sent is a noun, a bound and the next
// quantity, qs[k+1], which closes that clause.
func boundSibling(in *Input, s string, sent, clause, r byteRange, qs ranges, k int) bool {
	if k+1 >= len(qs) || strings.TrimRight(s[r.End:clause.End], " ") != "" || clause.End >= sent.End {
		return false
	}
	c, n := utf8.DecodeRuneInString(s[clause.End:])
	if c != '，' && c != ',' {
		return false
	}
	next := qs[k+1]
	start := clause.End + n
	if next.Start < start || next.End > sent.End {
		return false
	}
	end := next.End
	if rest := s[end:]; !strings.HasPrefix(rest, "，") && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "。") {
		return false // the count closes the next clause
	}
	// One stance word, a bound only a plan uses, right before the count.
	st := lexicon.Stance()
	bound := false
	for i, w := range stanceWords(s[:next.End], start) {
		if st.Label(w, 1) != "future" || lexicon.Qualifiers().Label(w, 0) != "before" || (i+len(w) != next.Start && !strings.HasPrefix(s[next.Start:], w)) {
			return false
		}
		bound = true
	}
	if !bound || strings.ContainsAny(s[start:next.Start], "0123456789") {
		return false
	}
	for _, t := range in.Words(start) {
		if t.Start >= start && t.End <= next.Start && (t.Tag == "v" || t.Tag == "p") {
			return false
		}
	}
	return true
}

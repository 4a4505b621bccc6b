package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A report may tell what a body did and, in the same sentence, the plan
// that deed set out (制定了《…实施方案》，到2022年底，完成新建…设施17个):
// a clause of 到 and a year's end alone, not yet past at the document's
// date, turns the sentence to what is to be reached by then, as 力争到
// 2025年， does (ledBy), and the plan word of the number's clause after it
// (完成) sets the level, whatever the 了 before the lead told (GOLD.md,
// targets: a plan with its deadline). A year already past (到2021年底，
// 完成…, in a text of 2022) or a word of a deed between the lead and the
// number (到2022年底，已完成…) reports a result.

// reachLeadClause is a clause that only names the time a level is due:
// 到, a year, its end or not.
var reachLeadClause = regexp.MustCompile(`^\s*到\s*(\d{4})\s*年底?\s*$`)

// reachLedPlan reports whether a reach-by lead clause not yet past stands
// in the sentence sent before the number's clause, a plan word of stance
// (plans) is in that clause before the number at r, and no word of a deed
// stands between the lead and the number.
func reachLedPlan(in *Input, s string, st sentenceStance, sent, clause, r byteRange) bool {
	ref := in.Ref()
	if ref.Year == 0 {
		return false
	}
	lead := -1
	for i := sent.Start; i < clause.Start; {
		j := i + strings.IndexFunc(s[i:clause.Start], func(c rune) bool { return clauseSet.has(c) || sentenceSet.has(c) })
		if j < i {
			break
		}
		if m := reachLeadClause.FindStringSubmatch(s[i:j]); m != nil {
			if y, err := strconv.Atoi(m[1]); err == nil && y >= ref.Year {
				lead = j
			}
		}
		_, w := utf8.DecodeRuneInString(s[j:])
		i = j + w
	}
	if lead < 0 {
		return false
	}
	planned := false
	for _, p := range st.plans {
		if p >= clause.Start && p < r.Start {
			planned = true
		}
	}
	return planned && !deedBetween(in, s, lead, r.Start)
}

// deedBetween reports whether a stance word of a deed (stance.tsv,
// achieved: 已, 了) stands as a word of its own in s[i:j].
func deedBetween(in *Input, s string, i, j int) bool {
	st := lexicon.Stance()
	for k := i; k < j; {
		if w, ok := st.At(s, k); ok && k+len(w) <= j && st.Label(w, 0) == "achieved" && ownWord(in, k, w) {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
	}
	return false
}

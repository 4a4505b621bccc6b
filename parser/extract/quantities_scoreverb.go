package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// scoreVerb is the place qualifiers.tsv gives the verbs a scoring rule
// gives its points by (计, 为, 得, 记), apart from the lead words of a
// band (得分在950以上), so that a verb leads no band.
const scoreVerb = "verb"

// scoredByVerb reports whether the figure at i, its unit ending at e,
// gives the points of a scoring rule: a verb of scoring right before it
// (普通信息计2分, 考核指标为20分), the points closing the clause: a mark,
// a space or a bound (以上) after them. A 分 that runs on into a word
// (划为3分区管理, 为三分之一: a fraction) is none, and so is a figure in
// Chinese numerals (得十分圆满: 十分 the adverb "very"): points are
// printed in digits.
func scoredByVerb(s string, i, e int) bool {
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return false
	}
	q := lexicon.Qualifiers()
	w, ok := q.EndingAt(s, i)
	if !ok || q.Label(w, 0) != scoreVerb || q.Label(w, 2) != scoreMeasure {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[e:])
	if b, ok := q.At(s, e); ok && q.Label(b, 0) == "after" {
		return true
	}
	return e == len(s) || unicode.IsPunct(r) || unicode.IsSpace(r)
}

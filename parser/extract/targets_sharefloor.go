package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// shareFloor reports whether the share at r (a percent or a multiple:
// units.tsv percent, ratio) is the floor a negated comparison sets on a
// part of a base that the clause names between them: 不得低于在册人数的
// 70%, 按照不低于上年度城乡居民人均消费支出的30%调整, 不少于床位总数的30%.
// The bound (cue_words.tsv, setbound; qualifiers.tsv, at_least) governs
// the figure across the base noun and its 的, as 不低于30% governs it
// directly: the level a rule or a plan requires, a target (GOLD.md:
// 比例不低于5%). Between the bound and 的 only the base's words stand, no
// clause mark and no other figure. A share that 的 closes describes a noun
// (不低于收入的50%的家庭: whom a rule is for), and a ceiling (不得超过场所
// 容量的50%) on a crowd is a notice's measure of the day, left to the rules
// of caps. Source: the quotas of 安全生产 检查计划 and the standards of 低保
// and 特困 support, which print the floor as a share of a base.
func shareFloor(s string, clause, r byteRange, unit string) bool {
	if l := lexicon.Units().Label(unit, 0); l != percentMeasure && l != ratioMeasure {
		return false
	}
	if strings.HasPrefix(s[r.End:], attributiveMark) {
		return false // 不低于收入的50%的家庭: a class of the rule's, no level
	}
	of := strings.TrimRight(s[clause.Start:r.Start], " ")
	if !strings.HasSuffix(of, attributiveMark) {
		return false
	}
	base := clause.Start + len(of) - len(attributiveMark)
	bounds, q := lexicon.CueWordList("setbound"), lexicon.Qualifiers()
	for i := base; i > clause.Start; {
		c, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.Is(unicode.Han, c) {
			return false // a clause mark, a figure: no base noun between
		}
		i -= n
		if w, ok := bounds.EndingAt(s, i); ok && q.Label(w, 1) == "at_least" {
			return i < base // a base stands between the bound and 的
		}
	}
	return false
}

// ratioMeasure labels, in units.tsv, the units of a multiple (倍, 成).
const ratioMeasure = "ratio"

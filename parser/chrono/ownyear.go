package chrono

import (
	"strings"

	"bulletin/parser/numeral"
	"bulletin/parser/punct"
)

// roleOwn is the role of year_roles.tsv's relative word that names the
// text's own year (今年), not one counted from it (去年, 明年).
const roleOwn = "own"

// OwnYear is the year a text names for its own time where LineYear, read
// line by line, finds none: the text placed itself with a word before it
// wrote a year (今年3月，…。…2024年全市…), or states a year only in the
// titles it cites. It is 0 where the text decides none.
//
//   - A text that calls its time 今年 and then writes a year for its
//     subject names its own year by that figure: 今年 is that year. One
//     that first names another year by its relation (去年, 明年) may
//     write either after it, and decides none (LineYear). A figure in
//     the sentence of 今年 itself is another year set against it (今年
//     年初，某厅开展了2021年工作检查): the sentence has named its own.
//     A 今年 that names the year of the work a text sets out ahead
//     (今年民政工作要…, ownAhead) was written before that work: a year
//     written afterwards for work done (2025年,全市…办成了…) may be the
//     year it reviews, and decides none unless its own sentence sets out
//     work ahead too.
//   - A text that states no year for its subject outside 《》 names its
//     year by the title of a year's plan or figures it cites, a title
//     that opens with its year (《2025年某市…实施方案》, 《2024年2季度…
//     统计数据》): a yearly document is cited in the year of its work. A
//     law or a standing rule is not named by a year it opens with, and
//     a year inside a title elsewhere (…条例(2019年修订)) or a document
//     number (〔2020〕) is not read.
func OwnYear(s string) int {
	depth, cited, other, ownHere, ahead := 0, 0, false, false, false
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		switch r {
		case '《':
			if y := citedYear(s, i+n); depth == 0 && cited == 0 && y > 0 {
				cited = y
			}
			depth++
		case '〔', '[', '【':
			depth++
		case '》', '〕', ']', '】':
			if depth > 0 {
				depth--
			}
		}
		if depth == 0 && isRelativeYear(r) {
			if w, ok := relativeWordAt(s, i); ok {
				other = other || w.role != roleOwn
				ownHere = ownHere || w.role == roleOwn
				ahead = ahead || ownAhead(s, i, w)
			}
		}
		if r == '\n' || strings.ContainsRune(punct.SentenceEnds, r) {
			ownHere = false
		}
		if y, ok := subjectYearAt(s, i, r, depth); ok && !ownHere {
			if other {
				return 0 // the year may be the one 去年 named
			}
			if ahead && !sentenceAhead(s, i) {
				return 0 // 今年 sets out work ahead; the year may be the one reviewed
			}
			return y // placed by 今年, or by nothing: the text's year
		}
		i += n
	}
	return cited
}

// roleSpan is the role of year_roles.tsv's words that make a year a whole
// one summed up or covered by a report (2021年全年, 2022年度工作报告).
const roleSpan = "span"

// citedYear is the year that opens a title at byte i of s, just after its
// 《 (2024年…), or that follows the title's 关于 (citedAbout), or 0. A
// year the title's words give the role span is the year a report or an
// inspection covers (《2022年度工作报告书》, year_roles.tsv), filed or held
// in the next, so no year of the text that cites it.
func citedYear(s string, i int) int {
	if k, ok := citedAbout(s, i); ok {
		i = k
	}
	if i >= len(s) || !isDigitRune(rune(s[i])) {
		return 0
	}
	if y, j, ok := readYear(s, i); ok && PlausibleYear(y) && yearRole(s, i, j) != roleSpan {
		return y
	}
	return 0
}

// subjectYearAt reads the year at byte i of s (r the rune there) that the
// text states for its subject, as LineYear does: outside brackets, not
// the end of a range, and given no other role by the words beside it.
func subjectYearAt(s string, i int, r rune, depth int) (int, bool) {
	if _, cn := numeral.Digit(r); depth > 0 || !(isDigitRune(r) || cn) {
		return 0, false
	}
	y, j, ok := readYear(s, i)
	if !ok && isDigitRune(r) {
		y, j, ok = bareYearAt(s, i) // 2023北京某区…活动: an event's yearly name
	}
	if !ok || !PlausibleYear(y) || j < len(s) && isRangeDash(s, j) {
		return 0, false
	}
	if i > 0 && isConnectorBefore(s, i) || yearRole(s, i, j) != "" {
		return 0, false
	}
	return y, true
}

// relativeWordAt is the word of year_roles.tsv that names a year by its
// relation to the text's own (今年, 去年) starting at byte k of s.
func relativeWordAt(s string, k int) (roleWord, bool) {
	for _, w := range yearRoleWords[placeRel] {
		if hasPrefixAt(s, k, w.word) {
			return w, true
		}
	}
	return roleWord{}, false
}

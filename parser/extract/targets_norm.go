package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
)

// ruleNorm reports whether the number at r is a norm the rules of a
// notice set (a notice, or one a report carries after the formula that
// proclaims it: targets_proclaimed.go), with no word of demand (要, 须) in its sentence (in a report
// 每户不超过5人,秩序井然 tells how a day went):
//   - the measure 以…为宜 (以…为限) calls fitting (每条名称以2-3个字为宜,
//     每次以3人为限): the band or cap a rule asks to keep, each end a level
//     (cue_words.tsv, norm);
//   - a cap or floor per unit (每个墓穴每天祭扫人员不超过3人, 每批不得多于20
//     人) on a count or a time: how many may gather, how long a thing may
//     last, a limit to keep. A sum per unit (每户每月不超过500元) is the
//     standard a thing is shared out by, and is left to setBound.
//
// A bound that describes a noun (不超过5人的家庭) or an age says whom a rule
// is for, and is none. Source: the 通知 and 通告 of bureaus, whose rules
// print their limits so (GOLD.md, targets: a requirement with a number,
// 比例不低于5%; the settled 每个墓主家属不超过5人 of a 清明 通告).
func ruleNorm(in *Input, s string, clause, r byteRange, unit string) bool {
	if !noticeRules(in, r.Start) {
		return false // a notice's, or one a report carries (targets_proclaimed.go)
	}
	label := lexicon.Units().Label(unit, 0)
	if label == "age" || strings.HasPrefix(s[r.End:], "的") {
		return false
	}
	if fittingNorm(s, clause, r) || sizeNorm(s, clause, r) || unit == "" && sizeLed(s, r.Start) {
		return true // 以2-3个字为宜; 字数2—4个字 (targets_size.go); 字数在3000以内
	}
	if label != "count" && label != "duration" {
		return false
	}
	c := comparator(s, r)
	if !lexicon.CueWordList("setbound").Has(c) {
		return false
	}
	b := r.Start
	if !strings.HasPrefix(s[b:], c) {
		b -= len(c)
	}
	if _, ok := lexicon.CueWordList("rate").EndingAt(s, b); ok {
		return false // 按不超过…: the rate a thing is done at
	}
	return portioned(s, clause.Start, b) && requiredBound(s, clause, r, unit)
}

// fittingNorm reports whether the number at r stands between 以 and a
// norm word (cue_words.tsv, norm: 为宜, 为限) of its clause, with no other
// clause mark between (以2-3个字为宜: both ends of the band; 以3人为限).
func fittingNorm(s string, clause, r byteRange) bool {
	rest := s[r.End:clause.End]
	words := lexicon.CueWordList("norm")
	at := -1
	for i := 0; i < len(rest); {
		if _, ok := words.At(rest, i); ok {
			at = i
			break
		}
		c, n := utf8.DecodeRuneInString(rest[i:])
		if strings.ContainsRune(punct.ClauseMarks, c) || n == 0 {
			return false
		}
		i += n
	}
	if at < 0 || utf8.RuneCountInString(rest[:at]) > 6 {
		return false
	}
	before := s[clause.Start:r.Start]
	k := strings.LastIndex(before, fitBy)
	if k < 0 {
		return false
	}
	// Between 以 and the number only the band's first end (以2-) may stand.
	return strings.Trim(before[k+len(fitBy):], "0123456789.-－~～至到") == ""
}

// fitBy is the preposition 以 that names the measure a norm calls fitting
// (以…为宜).
const fitBy = "以"

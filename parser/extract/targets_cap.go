package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// capped reports whether the count at r is the cap a rule sets on a
// portion with the verb 限 (limited to) right before it, a portion word
// before that in the clause (每批次限15人以内, 每户限2车次): a level to keep,
// a target, as 每批次不超过15人 is in a notice's rules (targets_norm.go).
// Figures printed one after another after 限 share it (每墓限1车次3人次以内:
// each capped, whether or not its measure is read as a quantity's). Only a cap word of its own (限, 限制; not the 限 of 期限, 时限) caps, and only
// a count or a time (units.tsv); a cap that 的 closes describes a noun (限
// 3人的房间). Source: the 限 of the 通告 and 通知 of bureaus that cap visits
// and places (每人限购, 每批次限…人, 每车限…人), as 《现代汉语词典》 gives 限:
// 指定范围，不许超过.
func capped(in *Input, s string, clause byteRange, qs ranges, k int, unit string) bool {
	at, ok := capFigures(s, clause, qs, k, unit)
	if !ok {
		return false
	}
	m := capRun.FindStringIndex(s[clause.Start:at])
	e := clause.Start + m[0]
	acted := false
	if a, ok := lexicon.CueWordList("capact").EndingAt(s[clause.Start:e], e-clause.Start); ok {
		if w, ok := capWords().EndingAt(s, e-len(a)); ok && w == capMark && !limitWordEnd(s[:e-len(a)]) {
			e -= len(a) // 每家限|进馆|2人: the act the cap bounds (cue list capact)
			acted = true
		}
	}
	w, ok := capWords().EndingAt(s, e)
	if !ok || e-len(w) < clause.Start {
		return false
	}
	b := e - len(w)
	if !acted && !ownWord(in, b, w) && !(w == capMark && capClosesWord(in, b+len(w)) && !limitWordEnd(s[:b+len(w)])) {
		return false // 期限, 限额: 限 of a longer word; 每家|限 or 每家限 (glued) caps
	}
	return portioned(s, clause.Start, b)
}

// capMark is the cap word that takes an act between it and the count
// (每家限进馆2人): 限, a verb of one character.
const capMark = "限"

// limitLeads are the characters that make a noun of the 限 after them (期限,
// 时限, 权限, 界限, 年限, 上限, 下限, 极限, 无限, 有限, 局限): the segmenter
// glues a cap's 限 to the words around it (每家限|进馆, 限乘), so before an
// act the word is told by the character before 限.
const limitLeads = "期时权界年上下极无有局"

// limitWordEnd reports whether s ends with a noun of 限 (期限, 上限).
func limitWordEnd(s string) bool {
	rest := strings.TrimSuffix(s, capMark)
	r, _ := utf8.DecodeLastRuneInString(rest)
	return rest != s && strings.ContainsRune(limitLeads, r)
}

// capClosesWord reports whether a word of the segmenter's ends at i (每家限|2人:
// the cap glued to the portion before it, closing the word).
func capClosesWord(in *Input, i int) bool {
	return tokenEndingAt(in.Words(i), i) >= 0
}

// capWords cap what follows them (限20人, 每户限制5人): cue list capword.
func capWords() *lexicon.Words { return lexicon.CueWordList("capword") }

// capRun is the figures printed right after a cap word before the count,
// each with a measure of one or two characters, read as a quantity or not
// (限1车次: the 车次 a cap counts).
var capRun = regexp.MustCompile(`(?:[0-9]+\p{Han}{1,2})*$`)

// capFigures is where the run of figures that holds the count at qs[k]
// opens, where that count may be capped: a count or a time (units.tsv),
// no noun's description after it (限3人的房间: 的 closes it). Figures
// printed one after another share the cap (限1车次3人次), so the run opens
// at the first of them in the clause.
func capFigures(s string, clause byteRange, qs ranges, k int, unit string) (int, bool) {
	switch lexicon.Units().Label(unit, 0) {
	case "count", "duration":
	default:
		return 0, false
	}
	r := qs[k]
	q := lexicon.Qualifiers()
	rest := s[r.End:clause.End]
	if w, ok := q.At(rest, 0); ok && q.Label(w, 0) == "after" {
		rest = rest[len(w):]
	}
	if strings.HasPrefix(rest, "的") {
		return 0, false
	}
	at := r.Start
	for j := k - 1; j >= 0 && qs[j].End == at && qs[j].Start >= clause.Start; j-- {
		at = qs[j].Start
	}
	return at, true
}

package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// bracketLimit reports whether the count at r is a limit printed as a note
// in round brackets after the conduct a rule asks for (倡导错峰祭扫，减少人员
// 聚集(10人内); 控制活动规模（每场50人以内）): the note holds the figure, its
// unit one of a count or a time, closed by a postposition of a limit
// (cue_words.tsv, within: 内, 以内) or an upper bound after it
// (qualifiers.tsv: 以下), and nothing else but a portion before it (每场).
// The note bounds what the clause before it asks, as 不超过10人 does in the
// clause itself: a level to keep, a target, where the sentence requires
// (倡导, 要, 须) or the text is a notice's rules. A note with no limit word
// ((共10人), (10人)) tells a count, no limit. Source: GB/T 15834-2011
// 《标点符号用法》 4.9 (括号标示注释内容), as the 清明 and 疫情防控 通告 of
// bureaus print their caps on gatherings.
func bracketLimit(in *Input, s string, r byteRange, unit string, requires bool) bool {
	switch lexicon.Units().Label(unit, 0) {
	case "count", "duration":
	default:
		return false
	}
	open, ok := noteOpen(s, r.Start)
	if !ok {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[open:])
	if lead := s[open+n : r.Start]; lead != "" && !portionOnly(lead) {
		return false // (共10人): a note that counts
	}
	rest := strings.TrimLeft(s[r.End:], " ")
	bounded := closedWithin(s, r) || upperBounded(s, r)
	for _, w := range lexicon.CueList("within") {
		if strings.HasPrefix(rest, w) {
			rest = rest[len(w):]
			break
		}
	}
	if !bounded || !strings.HasPrefix(rest, ")") && !strings.HasPrefix(rest, "）") {
		return false
	}
	return requires || noticeRules(in, r.Start)
}

// noteOpen is the offset of the round bracket that opens a note before
// offset at, read back from at only as far as a lead portionOnly could
// accept: a figure or a clause mark before any bracket ends the walk, as
// a lead holding one is no portion (and with no bracket there is no note
// at all). The last bracket of the whole text before at, which the walk
// stands for, is found in the same places; a long line (a flattened page)
// is no longer read back to its start from every number.
func noteOpen(s string, at int) (int, bool) {
	for i := at; i > 0; {
		c, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		switch {
		case c == '(' || c == '（':
			return i, true
		case strings.ContainsRune(leadStops, c):
			return -1, false
		}
	}
	return -1, false
}

// leadStops are what portionOnly refuses in a note's lead: a figure or a
// clause mark.
const leadStops = "0123456789,，、；;：:"

// portionOnly reports whether lead, the words between a note's bracket
// and its figure, is a portion alone (每场, 每户每天: cue_words.tsv,
// portion, and the unit it portions), with no figure or clause mark.
func portionOnly(lead string) bool {
	if strings.ContainsAny(lead, leadStops) {
		return false
	}
	_, ok := lexicon.CueWordList("portion").At(lead, 0)
	return ok
}

// upperBounded reports whether the quantity at r closes with an upper
// bound printed after it (qualifiers.tsv, after, at_most: 10人以下).
func upperBounded(s string, r byteRange) bool {
	q := lexicon.Qualifiers()
	w, ok := q.EndingAt(s, r.End)
	return ok && q.Label(w, 0) == "after" && q.Label(w, 1) == "at_most"
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// quotedNameBefore reads a short quote right before the name's words as
// the proper name (专名) the body is known by (“3·14”|事件社会救助办公室,
// 天津“绿邻居”|社区环保志愿者工作站): a body's name is [place][proper
// name][words][ending], and a proper name coined for it is printed in
// quotes. The name opens with the quote, or with the place right before
// it, or with the name of the body or the settlement that runs it
// (quotedOwnerBefore). A quote of more than a few characters is a slogan or a title, no
// proper name; an honour with its rank (“五星级”) qualifies a kind of
// body (rankedHonour); and a quote right before the ending alone (“绿邻居”
// 工作站) leaves the kind unnamed. The quote's closing mark ends the clause
// the scan back reads (clauseStart): agencyStart asks here where the scan
// stopped at it.
func quotedNameBefore(r *startReading) {
	s, i := r.s, r.i
	if i >= r.j() || !r.protect.crosses(i-1, i) {
		return
	}
	close, cw := utf8.DecodeLastRuneInString(s[:i])
	if close != '”' {
		return
	}
	open := strings.LastIndex(s[:i-cw], "“")
	if open < 0 {
		return
	}
	q := s[open+len("“") : i-cw]
	if n := utf8.RuneCountInString(q); n == 0 || n > quotedNameRunes || rankedHonour(q) || agency.Shape(q) {
		return
	}
	for _, c := range q {
		if unicode.IsSpace(c) || strings.ContainsRune("，、。；：,;:!?！？", c) {
			return
		}
	}
	r.i = open
	if place, ok := lexicon.Places().EndingAt(s, open); ok {
		r.i -= len(place)
	} else if owner, ok := quotedOwnerBefore(r, open); ok {
		r.i = owner // 某社区|“夕阳红”配餐中心: the owner's name, then the quote
	} else {
		if r.protect.words != nil {
			r.i -= fieldBeforeQuote(r.protect.words(open-1), open)
		}
	}
	r.afterBoundary = true
}

// fieldBeforeQuote is the length of the field of work printed right before
// a quoted proper name (养老服务|“时间银行”管理中心: [field][proper name]
// [ending], the field saying what the body serves): one noun of at least
// two characters, a verb, a preposition or nothing of the clause before it
// (运营|养老服务), so that it is the name's first word, no noun phrase's
// last. Else 0.
func fieldBeforeQuote(ts []segment.Token, open int) int {
	k := tokenEndingAt(ts, open)
	if k < 0 || ts[k].Tag != "n" || ts[k].End-ts[k].Start < 2*len("中") {
		return 0
	}
	if k > 0 {
		switch ts[k-1].Tag {
		case "v", "vn", "p":
		default:
			return 0
		}
	}
	return ts[k].End - ts[k].Start
}

// quotedNameRunes is the most characters a quoted proper name holds.
const quotedNameRunes = 5

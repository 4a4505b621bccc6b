package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// ordinalLabel moves the start past a row's or a group's label (第三组|
// 市民政局): an ordinal opens no name; nothing but the ending after it is
// no body. A division of the 兵团 (第一师, corpsDivision) before its
// city's party committee or government is the name's own: the two share
// them (第一师阿拉尔市党委); an institution in the city is the city's
// (第六师|五家渠市某养老院).
type ordinalLabel struct{}

func (ordinalLabel) open(r *startReading) bool {
	if _, measure, end, ok := numeral.Ordinal(r.s[r.i:r.e]); ok {
		if corpsDivision(measure) && governingBody(r.s[r.i+end:r.e]) {
			return true // 第一师|阿拉尔市党委: the division and its city, one government (师市合一)
		}
		// 第三组|市民政局: a row's or a group's label opens no name.
		if r.i += end; r.i >= r.j() {
			return false
		}
	}
	// 开展第|届社区居委会换届: an ordinal whose number the text lost (第
	// then its counter at once) opens no name either.
	if r.i >= r.j() {
		return true
	}
	if rest, ok := strings.CutPrefix(r.s[r.i:r.j()], "第"); ok {
		if c, w := utf8.DecodeRuneInString(rest); strings.ContainsRune(lostOrdinalCounters, c) {
			if r.i += len("第") + w; r.i >= r.j() {
				return false
			}
		}
	}
	return true
}

// lostOrdinalCounters are the counters of an ordinal (第N届, 第N次, 第N期,
// 第N批, 第N轮) that follow 第 at once where the number was lost.
const lostOrdinalCounters = "届次期批轮"

// corpsDivision reports whether an ordinal's measure word counts the
// divisions of 新疆生产建设兵团 (第一师: agency cue list corps), each of
// which shares one government with its city (师市合一: 第一师阿拉尔市).
func corpsDivision(measure string) bool {
	c := lexicon.AgencyCues()
	return c.Has(measure) && c.Label(measure, 0) == "corps"
}

package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/numeral"
)

// ordinalLabel moves the start past a row's or a group's label (第三组|
// 市民政局): an ordinal opens no name; nothing but the ending after it is
// no body.
type ordinalLabel struct{}

func (ordinalLabel) open(r *startReading) bool {
	if _, _, end, ok := numeral.Ordinal(r.s[r.i:r.e]); ok {
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

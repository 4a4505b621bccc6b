package extract

import (
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
	return true
}

package extract

import "bulletin/parser/lexicon"

// spotBeforeLocative finds no body where the ending is 处 right after a
// noun of a spot (亭, 大厅, 广场, 门口: the cue list spot): 在云鹤亭处设置,
// 在服务大厅处 use 处 as the noun of place ("at the spot of"), and an
// office named 处 is named after the field of work it serves (人事处,
// 婚姻登记处), never after a structure. A body named before the spot
// (市民政局服务大厅处) is read by its own ending.
type spotBeforeLocative struct{}

func (spotBeforeLocative) open(r *startReading) bool {
	if r.suffix != "处" {
		return true
	}
	_, ok := lexicon.CueWordList("spot").EndingAt(r.s, r.j())
	return !ok
}

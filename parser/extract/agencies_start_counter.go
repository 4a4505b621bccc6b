package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// counterInHall finds no body where a name ending right before a
// counter (窗口: the cue list counter) runs on from a service hall's name
// (服务中心, 政务中心: the cue list hall): 常州市行政服务中心民政局窗口 is
// the bureau's counter in the hall, and the hall is the body the text
// sends its reader to, read by its own ending (中心), as in
// 市行政服务中心民政窗口. A bureau with no hall before it (到县民政局窗口
// 办理) is the body.
type counterInHall struct{}

func (counterInHall) open(r *startReading) bool {
	if _, ok := lexicon.CueWordList("counter").At(r.s, r.e); !ok {
		return true
	}
	hall := lexicon.CueWordList("hall")
	for k := r.j(); k > r.i; {
		if w, ok := hall.EndingAt(r.s, k); ok && k-len(w) >= r.i {
			return false
		}
		_, n := utf8.DecodeLastRuneInString(r.s[:k])
		k -= n
	}
	return true
}

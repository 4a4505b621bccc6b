package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A time limit counted from an event (自本公告发布之日起30日内, countedWithin)
// that a modal after it in its sentence binds someone to act in (…30日内，
// 你（单位）应到我局领取《行政处罚决定书》) sets the time to keep: a
// requirement with a number, a target (GOLD.md, targets), whatever the
// paragraph reports done around it (本机关已通过邮寄方式送达…: the office's
// deed, not the act the limit binds its addressee to). A limit no modal
// binds (自受理之日起5个工作日内完成调查, a procedure told) is read as
// before. Source: the 公告送达 of bureaus' 行政处罚 notices (自公告发布之日起
// N日内…应到…领取, 逾期视为送达: 《民事诉讼法》 art. 95, 《行政处罚法》
// (2021) art. 61).

// limitHeld reports whether the number at r is a limit counted from an
// event (countedWithin) with a modal of its own after it in the sentence
// sent: a word of demand or obligation (stance.tsv demand, oblige: 要, 须,
// 应当), or 应 (cue_words.tsv limitmodal) that opens a word (modalOpens).
func limitHeld(in *Input, s string, sent, r byteRange, unit string) bool {
	if !countedWithin(s, r, unit) {
		return false
	}
	st := lexicon.Stance()
	modal := lexicon.CueWordList("limitmodal")
	for i := r.End; i < sent.End; {
		if w, ok := st.At(s, i); ok {
			switch st.Label(w, 0) {
			case "demand", "oblige":
				if ownWord(in, i, w) {
					return true
				}
			}
			i += len(w)
			continue
		}
		if w, ok := modal.At(s, i); ok && modalOpens(in, i, w) {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// modalOpens reports whether the modal w at i is a word of its own, or
// opens a word the segmenter does not know (应到 of 应到我局领取, tagged x):
// a modal run into its verb. A known word it opens (应急, 应用) or one it
// ends (相应) is none.
func modalOpens(in *Input, i int, w string) bool {
	ts := in.Words(i)
	k := tokenAt(ts, i)
	return k >= 0 && (ts[k].Word == w || ts[k].Tag == "x")
}

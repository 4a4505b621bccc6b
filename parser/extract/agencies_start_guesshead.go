package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// guessHeadOfWord moves the start past the first character of a word the
// segmenter guessed (tag x) where that character ends the verb or the
// preposition before it (tags v, p) and the rest of the guess is the place or the
// level that opens the name (对|标省|民政厅: 对标, to benchmark against,
// then 省民政厅; 开放|日巴州|救助管理站: 开放日, then 巴州): a name opens
// with its place or its level (省, 市, 县), and a place's proper name is
// read whole, so one character glued before it that no place holds is the
// clause's word, not the name's. The guess itself naming a place (和县,
// 通道县) leaves the name whole.
type guessHeadOfWord struct{}

func (guessHeadOfWord) open(r *startReading) bool {
	k := tokenAt(r.ts, r.i)
	if k <= 0 {
		return true
	}
	t, prev := r.ts[k], r.ts[k-1]
	if t.Tag != "x" || prev.End != t.Start || prev.Tag != "v" && prev.Tag != "p" {
		return true
	}
	if atPlaceBefore(r.s, t.Start) {
		return true // 在|银台山/x 公墓: 在 points at the place's whole name (agencies_start_atplace.go)
	}
	if lexicon.Places().Has(t.Word) || deicticWord(t.Word) || t.End > r.j() {
		// 调研我区/x|社区: the pronoun points at the place (pointingWordLeads).
		return true
	}
	_, w := utf8.DecodeRuneInString(t.Word)
	rest := t.Word[w:]
	if rest == "" || lexicon.Levels().Has(t.Word[:w]) {
		// 市市/x|财政局: a level doubled is the name's as printed.
		return true
	}
	level := utf8.RuneCountInString(rest) == 1 && agency.UpperLevelAt(r.s, t.Start+w)
	if level || lexicon.Places().Has(rest) {
		r.i, r.weak = t.Start+w, false
	}
	return true
}

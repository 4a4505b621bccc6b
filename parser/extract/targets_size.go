package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A naming or writing notice states the length it requires of a name or a
// text as the count of its characters, plainly, in its 要求 (字数2—4个字;
// 字数为2-3个字为宜; 名称应为2-4个字): the size is the predicate of its
// clause, said of the count of characters (字数, 篇幅: cue_words.tsv,
// sizenoun) with a copula or none, or of the name itself with a modal
// copula (应为, 须为: cue_words.tsv, sizemodal). It is a norm the entries
// must keep, a target with no deadline, both ends of a band (GOLD.md,
// targets: a requirement with a number; the 以2-3个字为宜 of targets_norm.go
// printed with no 以). A count of characters a verb bounds (限定在4个字以内)
// or a noun takes (22字工作法) is no such statement. Source: the 征名 and
// 征集 notices of 民政 bureaus (社区, 道路 and 地名 names).

// sizeNorm reports whether the number at r, in clause, states the length
// required in characters: a count of 个字 (or 字) right after it, and the
// size noun or a modal copula right before it (a band's first end aside).
func sizeNorm(s string, clause, r byteRange) bool {
	if r.End > clause.End || !strings.HasPrefix(s[r.End:clause.End], charWord) {
		return false
	}
	before := strings.TrimRight(s[clause.Start:r.Start], bandStart)
	if _, ok := lexicon.CueWordList("sizemodal").EndingAt(before, len(before)); ok {
		return true
	}
	if w, ok := lexicon.CueWordList("sizecopula").EndingAt(before, len(before)); ok {
		before = before[:len(before)-len(w)]
	}
	_, ok := lexicon.CueWordList("sizenoun").EndingAt(before, len(before))
	return ok
}

// charWord is 字, the character a name's or a text's length is counted in
// (2-3个字: the measure 个 and the noun it counts).
const charWord = "字"

// bandStart is what stands between a band's upper end and the word before
// the band: its lower end and the dash or word that joins them (2—4, 2至4).
const bandStart = "0123456789.-－~～—至到"

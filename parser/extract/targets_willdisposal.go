package extract

import (
	"strings"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// 将 before a verb that opens a relative clause a 的 closes (及时主动将符合
// 条件的困难群众纳入社会救助范围) is the preposition of disposal: its object
// is the noun the clause describes (符合条件的困难群众), and the verb of the
// sentence comes after that noun (纳入), as 把 takes it (《现代汉语词典》 将
// ⑨, 介词: 把). It is no auxiliary of the future, so the clauses after it
// are no plan it governs (第四季度，新增城乡低保231户…; 新申请临时救助390户).
// A verb whose clause runs on with no 的 (将新建养老机构5所), or a 的 after a
// figure or past the clause's end, leaves 将 the future's.

// relativeClauseAt reports whether the verb at ts[k] opens a relative clause:
// a 的 comes after it before any figure or clause mark, and a word
// follows the 的.
func relativeClauseAt(ts []segment.Token, k int) bool {
	for j := k + 1; j < len(ts); j++ {
		w := ts[j].Word
		switch {
		case w == "的":
			return j+1 < len(ts) && !strings.ContainsAny(ts[j+1].Word, clauseStops+sentenceStops)
		case strings.ContainsAny(w, "0123456789"+clauseStops+sentenceStops):
			return false
		}
	}
	return false
}

// 将 before a noun phrase that a from word follows (我市将城市低保标准由
// 420元/月提高到480元/月) is the preposition of disposal too: its object
// is the standard, and the change from the old level to the new one (由…
// 提高到…, 由…调整为…) is the verb's, as 把 takes it (《现代汉语词典》 将
// ⑨, 介词: 把; 《现代汉语八百词》 把…由…变为…). It tells what the
// sentence changes, not when: the paragraph is no plan for it, and the
// report a year or a lead dates reads its figures as done.

// disposalFrom reports whether 将 at i, a word of its own (the callers
// have asked ownWord), takes a noun phrase as its object that a from word
// (stance.tsv: 由) closes in the same clause: only nouns, place names,
// adjectives or distinguishing words (objectWord) between them.
func disposalFrom(in *Input, s string, i int) bool {
	ts := in.Words(i)
	st := lexicon.Stance()
	n := 0
	for j := tokenAt(ts, i) + 1; j < len(ts); j++ {
		switch {
		case st.Label(ts[j].Word, 0) == "from":
			return n > 0
		case objectWord(ts[j].Tag) && ts[j].Tag != "vn":
			n++
		default:
			return false
		}
	}
	return false
}

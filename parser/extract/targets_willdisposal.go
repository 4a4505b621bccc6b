package extract

import (
	"strings"

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

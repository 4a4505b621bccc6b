package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A requirement quoted from the document a text carries out (关于“临时救助
// 资金使用率要求达到90%以上”的精神，目前我区…仅使用30.78万元) states the
// level the higher body set, a target (GOLD.md: a requirement with a
// number), whatever the text reports done around the quotation: the
// quotation's own words of demand or obligation (stance.tsv demand,
// oblige, or a plan word only a plan uses: 要求, 须, 确保, 不低于) before the
// number tell what is required, and the report's words outside it tell
// what was done. A quotation with no such word before the number (“新建
// 30个…”等民生实事全部完成) is a deed's name and reads as before. Source:
// the 通报 and 报告 of bureaus that measure their work against a higher
// plan's quoted requirement (按照“…要求达到…”的要求, 根据“…”的精神).

// quotedRequirement reports whether the number at r stands inside a
// quotation (“…”) of its sentence sent, and a word that requires stands
// in the quotation before the number.
func quotedRequirement(s string, sent, r byteRange) bool {
	o := strings.LastIndex(s[sent.Start:r.Start], "“")
	if o < 0 {
		return false
	}
	o += sent.Start + len("“")
	if strings.Contains(s[o:r.Start], "”") || !strings.Contains(s[r.End:sent.End], "”") {
		return false // the quotation closed before the number, or never does
	}
	st := lexicon.Stance()
	for _, w := range stanceWords(s[:r.Start], o) {
		switch {
		case st.Label(w, 0) == "demand", st.Label(w, 0) == "oblige", st.Label(w, 1) == "future":
			return true
		}
	}
	return false
}

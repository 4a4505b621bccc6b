package layout

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/punct"
)

// titleAside reports whether s, a line under a table's title and over its
// rows, is an aside in brackets that the title does not hold: a remark of
// clauses set apart under it ((市场调节价,家属自愿选择) under 殡葬选择性服务
// 项目及收费标准) says how the table's figures are set, as a note does. A
// title names its table without a clause break; a bracket that holds no
// clause mark (（2023年1月）, （试行）) may still be a part of it.
func titleAside(s string) bool {
	s = strings.TrimSpace(s)
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune("(（", first) || !strings.ContainsRune(")）", last) || unclosed(s) != 0 {
		return false
	}
	// The bracket that opens the line closes it: one aside, not two.
	depth := 0
	for k, r := range s {
		depth += punct.Bracket(r)
		if depth == 0 && k+utf8.RuneLen(r) < len(s) {
			return false
		}
	}
	return strings.ContainsAny(s, "，,；;")
}

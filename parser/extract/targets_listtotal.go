package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An enumeration closes with 等 and the count of what it lists (抓好编制
// 方案、建设词库、保护老地名等20项工作; 授予某中心等21个单位): the count
// sums up the list just given, the tasks of the plan itself or the bodies
// it names, no level that a plan sets out to reach (GOLD.md, targets). A
// report's total of what was done stays an achievement.
// Source: 《现代汉语词典》 等 (used after an enumeration, before the total:
// 北京、天津、上海等三个直辖市), as the 方案 and 通报 of bureaus print it.

// enumerationEnd closes an enumeration before its total.
const enumerationEnd = "等"

// listTotal reports whether the number at r is the total of an
// enumeration: 等 right before it (spaces aside), itself after a word,
// not after a numeral (三等, 一等: a grade).
func listTotal(s string, r byteRange) bool {
	before := strings.TrimRightFunc(s[:r.Start], unicode.IsSpace)
	head, ok := strings.CutSuffix(before, enumerationEnd)
	if !ok || head == "" {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(head)
	return !unicode.IsDigit(c) && !strings.ContainsRune("一二三四五六七八九十零〇两", c)
}

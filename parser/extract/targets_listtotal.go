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

// A count may total the list right before it with no 等 (同时在太和区、凌海市
// 2个县区积极推进; 正在推进城关区、堆龙德庆区、达孜区、当雄县、墨竹工卡县
// 5个区(县)…建设工作): the names parted by 、 and the count of them, an
// apposition that says how many places the work covers, no level to reach.
// The count is read so only where it is the number of the names, which a
// level set out would match by chance alone.

// maxListed is the most names a totalled list is read over.
const maxListed = 30

// listCounted reports whether the number at r, of value v, counts the
// names parted by 、 that end right before it in its clause: v names (v-1
// marks), no figure among them (a list of counts: 食堂5个、助餐点2个) and
// no bracket (a note's 、: 每个县(区、园区)抽查2个乡镇), the last of them
// short, a word right before the number.
func listCounted(s string, clause, r byteRange, v float64) bool {
	n := int(v)
	if float64(n) != v || n < 2 || n > maxListed || r.Start <= clause.Start {
		return false
	}
	words := s[clause.Start:r.Start]
	if strings.Count(words, "、")+1 != n || strings.ContainsAny(words, "0123456789") {
		return false // not a list of counts (食堂5个、助餐点2个)
	}
	if strings.ContainsAny(words, "()（）") {
		return false // a 、 of a note (每个县(区、园区)抽查2个乡镇) parts no names
	}
	last := words[strings.LastIndex(words, "、")+len("、"):]
	if last == "" || utf8.RuneCountInString(last) > maxListedName {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(last)
	return unicode.Is(unicode.Han, c)
}

// maxListedName is the most characters of the last name of a totalled list.
const maxListedName = 8

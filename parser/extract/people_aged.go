package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// agedEnd reports whether a name candidate ends with an age, a Chinese
// numeral and a measure of age (units lexicon, age: 岁, 周岁): 有|百岁|老人,
// 两位|九十岁|老人 read before 老人 are an attribute of the addressed, who
// is no one named. A given name is no count of years.
func agedEnd(cand string) bool {
	u, ok := lexicon.Units().EndingAt(cand, len(cand))
	if !ok || lexicon.Units().Label(u, 0) != "age" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(cand[:len(cand)-len(u)])
	return numeral.IsChinese(r)
}

// agedAddressed is the name printed right after a form of address that
// an age qualifies (百岁老人吴淑美家中; 九旬老人 is no age of the lexicon):
// the age makes the form a description of the one named next, an
// apposition as a title before a name is (副市长刘某), where a form
// of address alone (老人) follows the name it addresses (吴某老人). The
// name is read as after a title (nameAfter).
func agedAddressed(s string, words wordsAt, ti title) (string, bool) {
	if !agedEnd(s[:ti.start]) {
		return "", false
	}
	return nameAfter(s, words(ti.end), ti.end)
}

package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"bulletin/parser/segment"
)

// decreeNumber is what follows the 令 of a numbered decree: 第N号, or the
// number in brackets.
var decreeNumber = regexp.MustCompile(`^令\s*[(（]?\s*第\s*[0-9０-９一二三四五六七八九十百零〇]+\s*号`)

// decreeOfBody reports whether the ending suffix at e closes the name of a
// body that issues the numbered decree after it (国务院令第N号, 民政部令
// 第N号): an administrative regulation is promulgated by a 国务院令 and a
// department's rule by a 部门令, each numbered 第N号 (《行政法规制定程序
// 条例》 (2017) §29, 《规章制定程序条例》 (2017) §28), so 令 is the
// decree's word after its issuer even where the segmenter reads the
// issuer and 令 as one word (国务院令). A one-character ending joined to 令
// (司令) names no decree; the ending must have two characters at least.
func decreeOfBody(s string, ts []segment.Token, e int, suffix string) bool {
	if utf8.RuneCountInString(suffix) < 2 || !decreeNumber.MatchString(s[e:]) {
		return false
	}
	k := tokenOver(ts, e)
	return k < len(ts) && ts[k].Start < e && strings.HasSuffix(s[ts[k].Start:ts[k].End], suffix+"令")
}

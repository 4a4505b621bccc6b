package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/numeral"
)

// sessionAfter reports whether a session's count with no 第 follows a
// name ending at e (十四届全国人大|一次会议, 某市十届人大|三次全体会议):
// a people's congress numbers its sessions within its term so (《全国人民
// 代表大会议事规则》 and the congresses' own notices: 第十四届全国人民
// 代表大会第一次会议, short 十四届全国人大一次会议), and the words are the
// meeting's name, the congress's no act of its own as a body.
func sessionAfter(s string, e int) bool {
	j := e
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !numeral.IsChinese(r) {
			break
		}
		j += w
	}
	if j == e || !strings.HasPrefix(s[j:], "次") {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(s[j:], "次"), "全体")
	return strings.HasPrefix(rest, "会议")
}

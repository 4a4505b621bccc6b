package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// coordListRule marks the members of a list of bodies of co-ordination
// that runs into the class noun of their members.
const coordListRule = "coord-list"

// coordinationBodies finds the members of a 、 list of bodies of
// co-ordination (联席会议, 协调会议, 领导小组: the 议事协调机构 of 国发〔2008〕13号
// and the provinces' 联席会议制度) whose last member runs into the class
// noun of their members (文昌市养老服务工作联席会议、…、未成年人保护工作领导
// 小组成员单位参加会议): the list names the bodies whose member units
// attend, each a body, though only the first names its place (the list
// shares it). Every member of the list must close on such an ending and
// the list must hold two at least: one joint meeting before 成员单位 alone
// (经市地名管理工作联席会议各成员单位同意) is read as the meeting's system,
// no list of bodies.
func coordinationBodies(s string, words wordsAt) []candidate {
	bodies, members := lexicon.CueWordList("coordbody"), lexicon.CueWordList("memberclass")
	var out []candidate
	for i := 0; i < len(s); {
		_, w := utf8.DecodeRuneInString(s[i:])
		m, ok := members.At(s, i)
		if !ok {
			i += w
			continue
		}
		var list []candidate
		for end := i; ; {
			if _, ok := bodies.EndingAt(s, end); !ok {
				list = nil
				break
			}
			start := clauseStart(s, end)
			if !strings.HasSuffix(s[:start], "、") {
				start = clauseWordsPast(words(start), start, end)
				if bodies.Has(s[start:end]) {
					list = nil // the ending alone names no body
				} else if start < end {
					list = append(list, candidate{start, end, coordListRule})
				}
				break
			}
			if bodies.Has(s[start:end]) {
				list = nil
				break
			}
			list = append(list, candidate{start, end, coordListRule})
			end = start - len("、")
		}
		if len(list) >= 2 {
			out = append(out, list...)
		}
		i += len(m)
	}
	return out
}

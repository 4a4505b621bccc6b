package layout

import (
	"regexp"
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/layout/cue"
)

// issueLead is the run of Chinese words a bulletin's issue line opens
// with, up to where its date or number begins: a bracket, a year, 第 or
// 总第 (慈善之声(2023年4月 总第53期), 各地慈善动态 2023年第37期).
var issueLead = regexp.MustCompile(`^(\p{Han}+?)\s*(?:[(（]|\d{4}\s*年|第|总第)`)

// issueLineName reads a bulletin's name from the line that prints its
// issue number after it, where no line gave the title and the name holds
// no masthead word (简报, 动态 …) for mastheadLine to know it by: what a
// bulletin prints before its number is its name. An issuing body's name
// there (某厅办公室 2023年第5期) is the editing office, no title.
type issueLineName struct{}

func (issueLineName) name() string { return "masthead on the issue line" }

func (issueLineName) find(a *assembly) (headline, bool) {
	if a.doc.Kind != Bulletin {
		return headline{}, false
	}
	for i := 0; i < a.contentStart(); i++ {
		if a.roles[i] != cue.Header {
			continue
		}
		s := a.d.Lines[i].Sq
		if issue, total := cue.Issue(s); issue == "" && total == "" || cue.SentencePunct(s) {
			continue
		}
		m := issueLead.FindStringSubmatch(s)
		if m == nil || agency.Shapes(m[1]) || strings.HasSuffix(m[1], "年") {
			continue
		}
		t := a.text(i)
		if k := strings.Index(t.String(), m[1]); k >= 0 {
			return headline{line: i, words: t.Slice(k, k+len(m[1]))}, true
		}
	}
	return headline{}, false
}

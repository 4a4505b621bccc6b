package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// fieldLabelBefore stops the scan at the label of a page's information
// field (责任部门 西夏区民政局): a field's label opens no name; the value
// after it, a body named with its place, is the name (时间银行服务中心
// holds a word that is also a label, and no place after it).
type fieldLabelBefore struct{}

func (fieldLabelBefore) back(r *startReading) scanMove {
	if fieldLabelEndingAt(r.s, r.ts, r.i) && agency.HasLocality(r.s[r.i:r.e]) || formFieldEndingAt(r.s, r.ts, r.i) {
		r.afterBoundary = true
		return scanStop
	}
	return scanPass
}

// formFieldEndingAt reports whether the label of a service guide's field
// that names the handling body (办理单位, 实施主体: the agency cues labelled
// formfield) ends at i, opening its line or after a mark, and read as
// words there: the body after it is named with or without its place
// (办理单位 某局), and the label, no name's word, is no part of it.
func formFieldEndingAt(s string, ts []segment.Token, i int) bool {
	cues := lexicon.AgencyCues()
	l, ok := cues.EndingAt(s, i)
	return ok && cues.Label(l, 0) == "formfield" && !hanBefore(s, i-len(l)) && boundaryWord(ts, i, l)
}

// fieldLabelEndingAt reports whether the label of a field of a page's
// information lines (the cue list "info": 责任部门, 发布机构, 来源) ends
// at i, opening its line or after a mark, and read as words there: the
// value that follows it is no part of it, colon or none (责任部门
// 西夏区民政局 公开方式 主动公开).
func fieldLabelEndingAt(s string, ts []segment.Token, i int) bool {
	l, ok := lexicon.CueWordList("info").EndingAt(s, i)
	return ok && !hanBefore(s, i-len(l)) && boundaryWord(ts, i, l)
}

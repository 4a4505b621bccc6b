package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// formFiling reports whether l, over a statistical form's head, prints
// the form's filing fields (编制单位:某省 | 2020年度 | 批准机关:某局, 表号:…,
// 填报单位:…  填表日期:…): its first words are a filing label (cue_words
// formfiling) and its colon. Who drew the form up and who approved it is
// a note over the grid, as 单位:万元 is, no row of it: the head is the
// row of column names under it.
func formFiling(l cue.Line) bool {
	s := span.SqueezeString(strings.TrimLeft(l.Text, "|｜ \t"))
	w, ok := lexicon.CueWordList("formfiling").Prefix(s)
	if !ok {
		return false
	}
	return strings.HasPrefix(s[len(w):], ":") || strings.HasPrefix(s[len(w):], "：")
}

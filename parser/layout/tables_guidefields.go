package layout

import (
	"strings"

	"bulletin/parser/lexicon"
)

// guideFields reports whether rows are the fields of a service guide
// (办事指南) set as a grid of labels and their values, two pairs a row at
// the most (事项类型 | 其他行政权力 | 办理形式 | … over 受理条件 | 1、… and
// 办理时间 | …): the first cells of the rows under the first, two at the
// least, are whole labels of a guide's parts (guideLabel: 受理条件,
// 办理时间, 办理地点), and the first row opens with a label of its own,
// no column's head (cue_words colhead: 项目 | 内容 over 申请条件 | …, a
// grid of the parts under its head). Such a grid has no head: its first
// row is a field like the rest.
func guideFields(rows []Row) bool {
	if len(rows) < 2 || len(rows[0].Cells) < 2 {
		return false
	}
	for _, c := range rows[0].Cells[:2] {
		if _, ok := lexicon.CueWordList("colhead").Suffix(strings.TrimSpace(c)); ok || strings.TrimSpace(c) == "" {
			return false
		}
	}
	labels := 0
	for _, r := range rows[1:] {
		if len(r.Cells) > 0 && guideLabel(strings.TrimSpace(r.Cells[0])) {
			labels++
		}
	}
	return labels >= 2
}

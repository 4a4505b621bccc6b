package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// datedTitle cuts from a title the date a page's list prints in brackets
// after a headline (…任务指标的通知 ( 2025-01-27 )): the day the page was
// posted, no word of the title. Only a whole date in the brackets, the
// last words of the title, is cut: brackets that hold a year alone or
// words (…实施方案(2021-2025年), …(试行)) are the title's.
func datedTitle(t *Field) *Field {
	v := strings.TrimRight(t.Value, " ")
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
		inner, ok := strings.CutSuffix(v, b[1])
		if !ok {
			continue
		}
		k := strings.LastIndex(inner, b[0])
		if k <= 0 {
			continue
		}
		if _, ok := cue.FullDate(inner[k+len(b[0]):]); !ok {
			continue
		}
		head := strings.TrimRight(inner[:k], " ")
		if !cue.HasHan(head) {
			return t
		}
		return &Field{Value: head, Text: t.Text.Slice(0, len(head)), Rule: t.Rule}
	}
	return t
}

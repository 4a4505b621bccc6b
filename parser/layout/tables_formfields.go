package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// formFieldsApart parts the lines over a statistical form's head into its
// title and the fields printed under the title (编制单位:某省民政厅
// 2017年7月, 填报单位:…, 单位:万元): a label with its colon says who made
// the form or how its figures count, as the notes over a grid do, and is
// no part of the name. The first line is the title whatever it holds
// (附表:…统计表).
func formFieldsApart(d *cue.Doc, lines []int) (title, above []int) {
	for k, i := range lines {
		if k > 0 && len(title) > 0 && formField(d.Lines[i].Sq) {
			above = append(above, i)
			continue
		}
		title = append(title, i)
	}
	return title, above
}

// formField reports whether s is a label and its value (编制单位:某某):
// words before a colon that opens no sentence's clause.
func formField(s string) bool {
	k := strings.IndexAny(s, "：:")
	return k > 0 && !strings.ContainsAny(s[:k], "，,。；;")
}

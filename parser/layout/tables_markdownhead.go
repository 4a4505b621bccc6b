package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// markdownHeads extends each run of table lines back over the Markdown
// grid it lies in: a delimiter row (---|---|…) parts a grid's head, the
// row above it, from its rows, so the rows in bars between the delimiter
// and the run, each with as many bars, are the grid's rows and that head
// its head, however the decoder read them (the page's header fields, as
// a form's 事项名称 | … row reads). They join the run as table lines.
func (a *assembly) markdownHeads(runs [][]int) [][]int {
	for n, r := range runs {
		bars := strings.Count(strings.TrimSpace(a.d.Lines[r[0]].Text), "|")
		if bars < 2 {
			continue
		}
		sep := -1
		for i := r[0] - 1; i >= 0 && (n == 0 || i > runs[n-1][len(runs[n-1])-1]); i-- {
			t := strings.TrimSpace(a.d.Lines[i].Text)
			if strings.Count(t, "|") != bars {
				break
			}
			if markdownDelimiter(t) {
				sep = i
				break
			}
		}
		if sep < 1 || strings.Count(strings.TrimSpace(a.d.Lines[sep-1].Text), "|") != bars || markdownDelimiter(strings.TrimSpace(a.d.Lines[sep-1].Text)) {
			continue
		}
		var lines []int
		for i := sep - 1; i < r[0]; i++ {
			a.relabel(i, cue.Table)
			lines = append(lines, i)
		}
		runs[n] = append(lines, r...)
	}
	return runs
}

// markdownDelimiter reports whether t is a Markdown grid's delimiter row:
// bars, dashes, colons that align a column, and spaces alone.
func markdownDelimiter(t string) bool {
	return strings.Contains(t, "|") && strings.Contains(t, "---") && strings.Trim(t, "|-: ") == ""
}

package layout

import (
	"slices"
	"strings"

	"bulletin/parser/layout/cue"
)

// stackedHeadline: a headline a page sets as a stack of short lines, a
// phrase a line (2025年海南省 / “中华慈善日” / 主题宣传活动 / 新闻发布会 /
// 实录), is one title, though the decoder took its middle lines for the
// head's or the page's: the lines between two title runs, set as close
// as they (no break), each worded as a headline's part (no sentence, no
// field, date or number, no body's name), join the runs into one.
type stackedHeadline struct{}

func (stackedHeadline) name() string { return "a headline set as a stack" }

func (stackedHeadline) trim(a *assembly, ts [][]int) [][]int {
	if len(ts) < 2 {
		return ts
	}
	first, next := ts[0], ts[1]
	between := make([]int, 0, next[0]-first[len(first)-1])
	for i := first[len(first)-1] + 1; i < next[0]; i++ {
		if a.roles[i] != cue.Header && a.roles[i] != cue.Chrome {
			return ts
		}
		between = append(between, i)
	}
	for _, i := range slices.Concat(first, between, next) {
		if !a.stackPart(i) {
			return ts
		}
	}
	for _, i := range append(between, next[0]) {
		if a.d.Break(i) {
			return ts
		}
	}
	for _, i := range between {
		a.relabel(i, cue.Title)
	}
	a.stacked = true
	run := append(append(append([]int{}, first...), between...), next...)
	return append([][]int{run}, ts[2:]...)
}

// stackPart reports whether line i reads as a part of a stacked
// headline: a headline's shape, no body's name, no furniture, no item of
// a list or a bar of links, no column's name.
func (a *assembly) stackPart(i int) bool {
	s := a.d.Lines[i].Sq
	if _, column := cue.SectionName(s); column {
		return false
	}
	return a.headlineShaped(i) && !a.bodyNamed(i) && !cue.PageFurniture(a.d.Lines[i]) && !a.bulleted(i) && !cue.BarOfPhrases(s) && !strings.Contains(s, "|")
}

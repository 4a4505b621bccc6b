package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// A saved web page names its title twice: in the grid of information
// fields (标题:, 名称:) and as the headline printed over the text. Each
// copy may lose words the other keeps: the headline wraps, and the line
// read as the title is only its last; the grid cuts the kind of document
// closing the title. These read the title whole from the two.

// wrappedUnderGrid reports whether the headline read (title) is the last
// line of a headline that wraps, the grid's title (grid) the whole of it:
// the grid's words before the headline's are printed on the lines right
// over it (关于2023年度…使用情况公示 / (精神障碍社区康复服务项目)).
func (a *assembly) wrappedUnderGrid(grid, title *Field) bool {
	g, t := span.SqueezeString(grid.Value), span.SqueezeString(title.Value)
	before, ok := strings.CutSuffix(g, t)
	if !ok || before == "" || t == "" {
		return false
	}
	i := a.lineOfNum(title.Text.LineAt(0))
	above := ""
	for j := i - 1; j >= 0 && len(above) < len(before); j-- {
		if a.roles[j] == cue.Chrome {
			continue
		}
		if len(cue.InfoFields(a.d.Lines[j].Text)) > 0 {
			return false // the grid's own line: nothing printed over the headline
		}
		above = span.SqueezeString(a.d.Lines[j].Sq) + above
	}
	return above == before
}

// kindUnderGrid is the headline printed under the grid that closes the
// grid's title with the kind of document the grid cut (标题: 关于…有奖征集 /
// 关于…有奖征集公告), a line of the head before the text; or nil.
func (a *assembly) kindUnderGrid(grid *Field) *Field {
	g := span.SqueezeString(grid.Value)
	from := a.lineOfNum(grid.Text.LineAt(0))
	if g == "" || from < 0 {
		return nil
	}
	for i := from + 1; i < len(a.roles) && (a.roles[i] == cue.Header || a.roles[i] == cue.Chrome || a.roles[i] == cue.Title); i++ {
		s := span.SqueezeString(a.d.Lines[i].Sq)
		rest, ok := strings.CutPrefix(s, g)
		if !ok || rest == "" || !cue.KindAlone(rest) || !a.headlineShaped(i) {
			continue
		}
		h, ok := a.headlineAt(i)
		if !ok {
			return nil
		}
		return &Field{Value: h.words.String(), Text: h.words, Rule: "headline closing the grid's title"}
	}
	return nil
}

// lineOfNum is the first line printed on line num of the file, or -1.
func (a *assembly) lineOfNum(num int) int {
	for i, l := range a.d.Lines {
		if l.Num == num {
			return i
		}
	}
	return -1
}

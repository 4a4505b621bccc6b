package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// joinBarHead joins to a grid saved one cell a line, each cell closed by a
// bar (考核指标 | / 计量单位 | / …), the cells above it that the reading
// gave to the text around (after a 落款, to the attachment) and the title
// right over them (某局2015年…完成情况公示): the run the labelling found
// opens only where its cells read as a grid, at the first bare bar (|),
// an empty cell, so its head and first rows fell outside it. The bare bars
// among its cells, read as chrome, are its empty cells and join it too.
// Every line taken must be a bar-closed cell, and the line over them a
// title: words, no sentence, no label's colon, no attachment's heading;
// where none is, the run stays as read.
func (a *assembly) joinBarHead(runs [][]int) [][]int {
	out := make([][]int, 0, len(runs))
	for _, r := range runs {
		out = append(out, a.barHeadJoined(r))
	}
	return out
}

// barHeadJoined is run with the bar-closed cells and the title over it
// that joinBarHead joins, and its bare bars, or run itself.
func (a *assembly) barHeadJoined(run []int) []int {
	if text, _, ok := barCellLine(a.d.Lines[run[0]]); !ok || text == "" {
		return run
	}
	p := run[0] - 1
	words := 0
	for ; p >= 0 && a.roles[p] != cue.Table; p-- {
		text, _, ok := barCellLine(a.d.Lines[p])
		if !ok {
			break
		}
		if text != "" {
			words++
		}
	}
	if words == 0 || p < 0 || !a.barGridTitle(p) {
		return run
	}
	var out []int
	for i := p; i <= run[len(run)-1]; i++ {
		if i == p || i < run[0] || a.roles[i] == cue.Table || bareBar(a.d.Lines[i]) && a.roles[i] == cue.Chrome {
			out = append(out, i)
		}
	}
	for _, i := range out {
		if a.roles[i] != cue.Chrome {
			a.relabel(i, cue.Table)
		}
	}
	return out
}

// barGridTitle reports whether line i reads as a grid's title over its
// cells: words set alone, no sentence and no label, no cell of its own.
func (a *assembly) barGridTitle(i int) bool {
	s := a.d.Lines[i].Sq
	if a.roles[i] != cue.Attachment && a.roles[i] != cue.Body {
		return false
	}
	return cue.HasHan(s) && !strings.Contains(s, "|") && !cue.EndsSentence(s) && !cue.SentencePunct(s) &&
		!strings.ContainsAny(s, "：:") && !attachHead(s)
}

// bareBar reports whether l is a bar alone: an empty cell of a grid saved
// one cell a line.
func bareBar(l cue.Line) bool {
	text, pad, ok := barCellLine(l)
	return ok && text == "" && pad == 0
}

// barWidthRows reads a grid saved one cell a line, each closed by a bar,
// that prints its empty cells too, each a bare bar (|): every row then
// holds as many cells as the head, so the head's count cuts the rows, and
// a bare bar is an empty cell (a row-spanned one printed once), no row's
// end. The head is the cells of words before the first that holds a
// figure (考核指标 | 计量单位 | 工作目标 | 已完成数 | 占年度任务 over 新增
// 养老床位1671张 | 张 | …), that cell the first row's; the cells after it
// must fill whole rows, each with a figure, else the grid drops cells and
// the rule takes nothing.
func (a *assembly) barWidthRows(run []int) bool {
	title, cells, rest, padded, ok := a.readBarCells(run)
	if !ok || padded || len(cells) == 0 {
		return false
	}
	if rows, ok := barKeptEmpties(cells); ok {
		blk := Block{Header: 1}
		for _, r := range rows {
			blk.Rows = append(blk.Rows, a.barRow(r))
		}
		return a.closeBarGrid(blk, run, title, nil, rest)
	}
	n := 0
	for n < len(cells) && cells[n].text != "" && !hasDigit(cells[n].text) {
		n++
	}
	body := cells[n:]
	// The head ends where the figures start: an empty cell after it is a
	// row of a section's name (一、接运费 | | |), no first row of data.
	if n < 2 || len(body) == 0 || !hasDigit(body[0].text) || len(body)%n != 0 || !hasEmptyCell(body) {
		return false
	}
	blk := Block{Rows: []Row{a.barRow(cells[:n])}, Header: 1}
	for k := 0; k < len(body); k += n {
		row := body[k : k+n]
		if !hasDigit(strings.Join(barTexts(row), "")) {
			return false
		}
		blk.Rows = append(blk.Rows, a.barRow(row))
	}
	return a.closeBarGrid(blk, run, title, nil, rest)
}

// hasDigit reports whether s holds a figure's digit.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// hasEmptyCell reports whether cells holds an empty one.
func hasEmptyCell(cells []barCell) bool {
	for _, c := range cells {
		if c.text == "" {
			return true
		}
	}
	return false
}

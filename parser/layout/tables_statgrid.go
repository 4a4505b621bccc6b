package layout

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// statTable reads the grid of a statistical form's indicators that run
// lies in (cue.Doc.StatGrid), where its copy kept no bars to part the
// cells: an indicator, its unit and its figure on a line, run together
// (养老机构床位万张11.3) or a space apart (镇 个 20113), or a cell a line
// (累计社会捐赠款数 / 亿元 / 1.5), under category rows that name a group
// (一、综合). Each indicator or category opens a row keyed by its name; a
// unit or a figure alone on a line is a cell of the row above. A grid
// in bars (指标名称|单位|数量|…) is read as any grid of bars is. It reports
// whether the run was the grid's, read with it or before.
func (a *assembly) statTable(run []int, read map[int]bool) bool {
	at := slices.IndexFunc(run, a.d.StatGrid)
	if at < 0 {
		return false
	}
	title, above := formFieldsApart(a.d, run[:at]) // the form's name over its head (table-title)
	from := run[at]
	for from > 0 && a.d.StatGrid(from-1) && !a.d.StatHead(from) {
		from--
	}
	if !a.d.StatHead(from) || strings.Count(a.d.Lines[from].Text, "|") >= 2 {
		return false // a grid in bars: its cells are its own
	}
	if read[from] {
		return true
	}
	read[from] = true
	if blk, ok := a.statCellGrid(from); ok {
		a.closeTable(blk, run, title, above, nil)
		return true
	}
	blk := Block{Header: 1}
	blk.Rows = append(blk.Rows, Row{Cells: strings.Fields(a.d.Lines[from].Text), Line: a.d.Lines[from].Num, Text: a.text(from)})
	var lines []int // the lines of the row read last
	head := true
	for i := from + 1; i < len(a.d.Lines) && a.d.StatGrid(i); i++ {
		w := cue.CellWords(a.d.Lines[i].Sq)
		if w == "" {
			continue // a cell's bar alone: the grid's border
		}
		if head && cue.StatHeadCell(w) {
			blk.Rows[0].Cells = append(blk.Rows[0].Cells, w)
			continue // the head printed a cell a line (指标 / 单位 / 数量)
		}
		head = false
		if cells, ok := statCells(w); ok && len(blk.Rows) > 1 {
			// A unit or a figure alone: a cell of the row above.
			r := &blk.Rows[len(blk.Rows)-1]
			r.Cells = append(r.Cells, cells...)
			lines = append(lines, i)
			r.Text = a.text(lines...)
			continue
		}
		lines = []int{i}
		blk.Rows = append(blk.Rows, Row{Cells: statRowCells(a.d.Lines[i]), Line: a.d.Lines[i].Num, Text: a.text(i)})
	}
	if len(blk.Rows) < 2 {
		return false
	}
	blk.Header = formHead(blk.Rows, blk.Header) // a 栏次 row (1 2 3) under the head numbers its columns
	a.closeTable(blk, run, title, above, nil)
	return true
}

// statFigureRe is a figure of a statistical form, its thousands parted by
// commas (1,245.0), at the end of a line.
var statFigureRe = regexp.MustCompile(`[-+]?\d[\d,]*(?:\.\d+)?%?$`)

// statCells reads w as cells that belong to the row above, no row of
// their own: a unit, a figure, or a unit and its figure (万人467.0).
func statCells(w string) ([]string, bool) {
	var cells []string
	if f := statFigureRe.FindString(w); f != "" {
		w = w[:len(w)-len(f)]
		cells = append(cells, f)
	}
	if w == "" {
		return cells, true
	}
	if u, ok := statUnit(w, true); ok && u == w { // a unit alone is no name
		return append([]string{u}, cells...), true
	}
	return nil, false
}

// statRowCells parts the line of one indicator into its name, its unit
// and its figure: by the figure at its end and the unit before it
// (养老机构床位万张11.3, or 镇 个 20113, whose spaces between characters
// and figures the squeeze takes out). A row of several figures (… 万元
// 406,996.1 345,892.7 17.67: this period, the last, the change) keeps
// the spaces between its figures, and its first part is read so too.
func statRowCells(l cue.Line) []string {
	if f := strings.Fields(span.SqueezeString(l.Text)); len(f) > 1 {
		return append(statNameCells(f[0]), f[1:]...)
	}
	return statNameCells(cue.CellWords(l.Sq))
}

// statNameCells parts w, an indicator's name run together with its unit
// and its first figure, into those cells.
func statNameCells(w string) []string {
	fig := statFigureRe.FindString(w)
	if fig == w {
		return []string{w}
	}
	name := w[:len(w)-len(fig)]
	figured := fig != ""
	if code := statCodeRe.FindString(name); figured && code != "" {
		// The indicator's code, letters and figures (JZH011110000), a
		// column of its own between the unit and the figures: no figure
		// that a bare unit (所 of 区公所) would stand before.
		name, fig, figured = name[:len(name)-len(code)], code+fig, false
	}
	var cells []string
	if u, ok := statUnit(name, figured); ok && u != name {
		name, cells = name[:len(name)-len(u)], []string{u}
	}
	if fig != "" {
		cells = append(cells, fig)
	}
	return append([]string{name}, cells...)
}

// statCodeRe is the letters an indicator's code opens with (JZH of
// JZH011110000), its figures read as the row's first figure.
var statCodeRe = regexp.MustCompile(`[A-Za-z]+$`)

// statUnit is the unit of measure w ends with: a unit of the lexicon
// (人, 张, 元) with its multiple (万张, 亿元) or its divisor (元/人·月). A
// name may end in a unit's character (残疾人), so a bare unit counts only
// before a figure (figured); a multiple or a divisor marks a unit alone.
func statUnit(w string, figured bool) (string, bool) {
	units := lexicon.Units()
	end := len(w)
	if k := strings.Index(w, "/"); k > 0 {
		end = k // 元/人·月: the unit before the divisor
	}
	u, ok := units.Suffix(w[:end])
	if !ok {
		return "", false
	}
	start := end - len(u)
	multiple := strings.TrimRight(w[:start], unitMultiples)
	r, _ := utf8.DecodeRuneInString(u)
	marked := len(multiple) < start || end < len(w) || strings.ContainsRune(unitMultiples, r) // 万元: the lexicon's unit with its multiple
	if !figured && !marked {
		return "", false
	}
	return w[len(multiple):], true
}

// statCellGrid reads a statistical form's grid printed a cell a line,
// each cell closed by its bar and an empty cell a bar alone (指标名称 | /
// 单位 | / 代码 | / … / 一、综合 | / | / JZH011000000 | …): the head's cells
// run from the grid's head to the first that holds no head's words (the
// 栏次 row's 甲, a numbered category, a figure, an empty cell), and
// their number is the number of columns every row fills in turn. A 栏次
// row under the head is the head's (columnNumbers).
func (a *assembly) statCellGrid(from int) (Block, bool) {
	var cells []string
	var lines []int
	for i := from; i < len(a.d.Lines) && a.d.StatGrid(i); i++ {
		t := strings.TrimSpace(a.d.Lines[i].Text)
		c, ok := strings.CutSuffix(t, "|")
		if !ok || strings.Contains(c, "|") {
			return Block{}, false // a line of several cells, or none closed
		}
		cells, lines = append(cells, strings.TrimSpace(c)), append(lines, i)
	}
	cols := 0
	for cols < len(cells) && statHeadWords(cells[cols]) {
		cols++
	}
	if cols < 2 || cols == len(cells) {
		return Block{}, false
	}
	row := func(k, n int) Row {
		return Row{Cells: cells[k : k+n], Line: a.d.Lines[lines[k]].Num, Text: a.text(lines[k : k+n]...)}
	}
	blk := Block{Rows: []Row{row(0, cols)}, Header: 1}
	k := cols
	if k+cols <= len(cells) && columnNumbers(cells[k:k+cols]) {
		blk.Rows, blk.Header, k = append(blk.Rows, row(k, cols)), 2, k+cols
	}
	for ; k < len(cells); k += cols {
		blk.Rows = append(blk.Rows, row(k, min(cols, len(cells)-k)))
	}
	return blk, true
}

// statHeadWords reports whether a cell could be a head of a statistical
// form's column: words, no figure, no enumerator, no column code.
func statHeadWords(c string) bool {
	if c == "" || numberLike(c) || cue.ColumnCode(c) {
		return false
	}
	k, _, _ := cue.Enumerator(c)
	return k == cue.NoEnum
}

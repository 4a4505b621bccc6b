package layout

import (
	"slices"
	"sort"
	"strings"

	"bulletin/parser/layout/cue"
)

// A price list, a 名单 or a 任务清单 printed as one grid often sets a
// label across its whole width before each block of rows (政府定价服务
// 基本项目 | |||||, 常规延伸服务自选项目 | |||||) and prints the head again
// under it (序号 | 服务项目 | … |), as a table continued over a page
// repeats its head (续表). The head printed again, the same cells as the
// grid's own, continues the grid; the label over it groups the rows under
// it and is no row. A label over a head of other cells opens a table of
// its own (sectionCuts).

// joinRepeatedHeads joins two runs of table lines parted by one line that
// prints again, cell for cell, a head row of the run above (two cells or
// more filled, no figure): the layout read that line apart (a heading, a
// short line of words), but the grid goes on under it.
func (a *assembly) joinRepeatedHeads(runs [][]int) [][]int {
	runs = a.markdownHeads(runs)
	var out [][]int
	for _, r := range runs {
		if n := len(out); n > 0 {
			last := out[n-1]
			if h, ok := a.lineBetween(last[len(last)-1], r[0]); ok && strings.Contains(a.d.Lines[r[0]].Text, "|") && a.headOf(last, h) {
				a.relabel(h, cue.Table)
				out[n-1] = append(append(last, h), r...)
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// lineBetween is the one line between lines i and j that is not the
// page's chrome, where there is one alone.
func (a *assembly) lineBetween(i, j int) (int, bool) {
	h := -1
	for k := i + 1; k < j; k++ {
		if a.roles[k] == cue.Chrome {
			continue
		}
		if h >= 0 {
			return 0, false
		}
		h = k
	}
	return h, h >= 0
}

// headOf reports whether line h prints again a head row among the lines
// run: a row in bars of words, two cells filled or more and no figure,
// the same cells as one of run's lines.
func (a *assembly) headOf(run []int, h int) bool {
	l := a.d.Lines[h]
	if !strings.Contains(l.Text, "|") {
		return false
	}
	c := squeezedCells(cue.Cells(l))
	if filled(c) < 2 || hasNumber(c) {
		return false
	}
	for _, i := range run {
		if strings.Contains(a.d.Lines[i].Text, "|") && slices.Equal(c, squeezedCells(cue.Cells(a.d.Lines[i]))) {
			return true
		}
	}
	return false
}

// squeezedCells is cells with no spaces in them, and no empty cells at
// the end: a head printed again may space its words or close its row
// otherwise.
func squeezedCells(cells []string) []string {
	out := make([]string, len(cells))
	for k, c := range cells {
		out[k] = squeezeCell(c)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// groupLabels takes out of a grid's rows each label row (one cell filled,
// no figure, no total) that stands over a row printing the grid's head
// again and a row under that: the label is the block's, kept as a note;
// the head printed again is no row. It returns the rows kept, the labels,
// and the row indices dropped (for the caller's line map).
func groupLabels(rows []Row, header int) (kept, labels []Row, dropped []int) {
	if header < 1 || header >= len(rows) {
		return rows, nil, nil
	}
	head := squeezedCells(rows[header-1].Cells)
	if filled(head) < 2 || hasNumber(head) {
		return rows, nil, nil
	}
	for k := 0; k < len(rows); k++ {
		if k >= header && k+2 < len(rows) && labelRow(rows[k].Cells) && slices.Equal(squeezedCells(rows[k+1].Cells), head) {
			labels = append(labels, rows[k])
			dropped = append(dropped, k, k+1)
			k++
			continue
		}
		kept = append(kept, rows[k])
	}
	return kept, labels, dropped
}

// labelRow reports whether cells are a label spanning a grid: one cell
// filled, its first, words and no figure nor total. A caption numbered in
// the document's outline (二、外区, （一）基本情况) heads a part of the
// document and titles a table of its own (sectionCuts), not a group.
func labelRow(cells []string) bool {
	if filled(cells) != 1 || firstFilled(cells) != 0 {
		return false
	}
	c := cells[0]
	if k, _, _ := cue.Enumerator(c); k != cue.NoEnum {
		return false
	}
	return cue.HasHan(c) && !numberLike(c) && !cue.IsTotal(c)
}

// regroup reads the rows of blk again once parted: the keys a line ran
// together split into rows (runOnKeys), then the group labels taken out
// (groupLabels), rowLines kept in step where it maps the rows to lines.
func regroup(blk *Block, rowLines []int) ([]Row, []int) {
	rowLines = runOnKeys(blk, rowLines)
	kept, labels, dropped := groupLabels(blk.Rows, blk.Header)
	if len(labels) == 0 {
		return nil, rowLines
	}
	if rowLines != nil {
		var rl []int
		for k, i := range rowLines {
			if !slices.Contains(dropped, k) {
				rl = append(rl, i)
			}
		}
		rowLines = rl
	}
	blk.Rows = kept
	return labels, rowLines
}

// addGroupNotes gives the last table read the group labels as notes, in
// the order of their lines among its notes, where a table was read.
func (a *assembly) addGroupNotes(before int, labels []Row) {
	if len(labels) == 0 || len(a.doc.Blocks) == before {
		return
	}
	b := &a.doc.Blocks[len(a.doc.Blocks)-1]
	for _, r := range labels {
		s := r.Text.String()
		v := strings.TrimRight(strings.TrimSpace(s), "|｜ ")
		k := strings.Index(s, v)
		b.Notes = append(b.Notes, Field{Value: v, Text: r.Text.Slice(k, k+len(v)), Rule: "table group label"})
	}
	sort.SliceStable(b.Notes, func(i, j int) bool { return b.Notes[i].Text.LineAt(0) < b.Notes[j].Text.LineAt(0) })
}

package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// enumeratedRows reads a fee table laid out one cell a line whose rows
// open at its items' numbers, one kind counting 1, 2, 3 … (1.遗体接运 /
// 2.遗体火化 …, 一、 二、 …), seriesLeast at the least: a row is the cells from
// one number to the next, whatever it holds, for a row that leaves a
// column empty prints no line for it (计算单位 omitted where the unit is
// the default, no 备注). The cells before the first number are the header
// and hold no figure; each row holds one. Within an item, a cell of words
// right after a figure, with a figure still to come before the next
// number, opens a row of its own: the item's second case (城区内 180 /
// 农村、跨市(县) 具·公里 3.5), its number cell merged over both. A head
// cell that is only a bracketed unit, wrapped under its column's name
// (收费标准 / (元)), is part of that cell.
func enumeratedRows(cells []string, row func(from, to int) Row) ([]Row, int, bool) {
	starts := enumeratedStarts(cells)
	if len(starts) < seriesLeast || starts[0] == 0 || hasNumber(cells[:starts[0]]) {
		return nil, 0, false
	}
	bounds := append(starts, len(cells))
	for n := range starts {
		if !hasNumber(cells[bounds[n]:bounds[n+1]]) {
			return nil, 0, false
		}
	}
	head := row(0, starts[0])
	head.Cells = joinUnitHeads(head.Cells)
	rows := []Row{head}
	for n, s := range starts {
		end, from := bounds[n+1], s
		for k := s + 1; k < end; k++ {
			if !numberLike(cells[k]) && numberLike(cells[k-1]) && hasNumber(cells[k+1:end]) {
				rows = append(rows, row(from, k))
				from = k
			}
		}
		rows = append(rows, row(from, end))
	}
	return rows, 1, true
}

// joinUnitHeads joins a head cell that is only a bracketed unit ((元),
// （万元）) to the cell before it, the column's name it was wrapped under.
func joinUnitHeads(cells []string) []string {
	var out []string
	for _, c := range cells {
		if len(out) > 0 && bracketedUnit(c) {
			out[len(out)-1] += c
			continue
		}
		out = append(out, c)
	}
	return out
}

// bracketedUnit reports whether s is a unit alone in brackets: (元),
// （万元）, (人), a measure of few characters with no figure.
func bracketedUnit(s string) bool {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if inner, ok := strings.CutPrefix(s, p[0]); ok {
			if inner, ok = strings.CutSuffix(inner, p[1]); ok {
				return inner != "" && cue.HasHan(inner) && !strings.ContainsAny(inner, "()（）、，,") && !strings.ContainsAny(inner, "0123456789")
			}
		}
	}
	return false
}

// paragraphAfterGrid is where the cells of a grid set one a line (idx)
// end at a paragraph: a line opens with a paragraph's first-line indent
// (空两格, two characters, the printed convention for prose) while every
// cell before it stands flush, holds a sentence (。) and runs longer than
// any cell before it. That line and those after it are prose under the
// grid; len(idx) if none.
func (a *assembly) paragraphAfterGrid(idx []int) int {
	widest := 0.0
	for k, i := range idx {
		l := a.d.Lines[i]
		w := cue.Width(l.Sq)
		if l.Indent == 0 {
			widest = max(widest, w)
			continue
		}
		if k >= 2 && l.Indent >= twoCharIndent && strings.Contains(l.Sq, "。") && w > widest {
			return k
		}
		return len(idx) // an indented cell: the grid's lines are not flush
	}
	return len(idx)
}

// twoCharIndent is a paragraph's first-line indent: two characters (空两格).
const twoCharIndent = 2

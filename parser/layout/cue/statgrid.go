package cue

import "strings"

// statRow: a line of a statistical form's grid of indicators, whatever
// its copy kept of the cells: a category row (一、综合, (一)行政区划,
// 1.优抚、安置 over the rows they group: the form numbers its rows as a
// notice numbers its parts), an indicator with its unit and figure run
// together (养老机构床位万张11.3), a cell a line. Under the form's head
// (指标名称 单位 数量, on a line or a cell a line) every line is the grid's,
// no heading and no text, up to where the text takes up again: a
// sentence, a note, a 落款, the page's furniture.
type statRow struct{}

func (statRow) Name() string    { return "stat-grid" }
func (statRow) Roles() []Role   { return []Role{Table} }
func (statRow) Settles() Role   { return Table }
func (statRow) Needs() []string { return nil }

func (statRow) Match(d *Doc, i int) bool {
	// A cell's bar alone on a line is the grid's border (chrome).
	return d.stat != nil && d.stat[i] && cellWords(d.Lines[i].Sq) != ""
}

// measureStatGrids marks the lines under each statistical form's head up
// to the grid's end (statRow), or is nil where the text has no such head.
func measureStatGrids(d *Doc) []bool {
	var out []bool
	for i := 0; i < len(d.Lines); i++ {
		if !indicatorHead(d, i) {
			continue
		}
		if out == nil {
			out = make([]bool, len(d.Lines))
		}
		out[i] = true
		for i++; i < len(d.Lines) && !gridEnds(d, i) && !(d.punct[i] && d.ends[i]); i++ {
			out[i] = true
		}
	}
	return out
}

// indicatorHead reports whether line i heads a statistical form's grid:
// the indicator column's head (指标名称) and then the unit's (单位, 计量单位)
// on the line, its cells' bars and spaces aside, or the unit's on the next
// line of words (a cell a line).
func indicatorHead(d *Doc, i int) bool {
	s := cellWords(d.Lines[i].Sq)
	w, ok := indicatorHeads.prefix(s)
	if !ok || SentencePunct(s) {
		return false
	}
	if strings.Contains(s[len(w):], unitHead) {
		return true
	}
	if s != w {
		return false
	}
	for j := i + 1; j < len(d.Lines); j++ {
		if next := cellWords(d.Lines[j].Sq); next != "" {
			return strings.HasSuffix(next, unitHead) && !SentencePunct(next)
		}
	}
	return false
}

// unitHead is the head of a statistical form's column of units (单位,
// 计量单位).
const unitHead = "单位"

// cellWords is s without the bars and spaces of a grid's cells.
func cellWords(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '|' || r == '｜' || r == ' ' || r == '\u3000' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// StatGrid reports whether line i belongs to a statistical form's grid of
// indicators, its head included (statRow).
func (d *Doc) StatGrid(i int) bool { return d.stat != nil && d.stat[i] }

// StatHead reports whether line i opens a statistical form's grid: the
// head of its indicators' column (指标名称 单位 数量, or 指标 alone over
// its other heads a cell a line).
func (d *Doc) StatHead(i int) bool { return d.StatGrid(i) && indicatorHead(d, i) }

// StatHeadCell reports whether s, a line under a statistical form's head
// (its cells' bars and spaces aside), is a head of its columns printed a
// cell a line: the units' (单位, 计量单位) or the figures' (数量, 本期).
func StatHeadCell(s string) bool {
	w := cellWords(s)
	return w != "" && (strings.HasSuffix(w, unitHead) || figureHeads.has(w))
}

// CellWords is s without the bars and spaces of a grid's cells.
func CellWords(s string) string { return cellWords(s) }

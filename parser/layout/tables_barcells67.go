package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// barCell is one cell of a grid a web page saved one cell a line, each
// closed by a bar (an HTML table whose every <td> became a line: 南纪门 |).
type barCell struct {
	text  string
	pad   int   // the empty cells printed after it on its line (-10322 | |): a row's close
	lines []int // its lines: a head cell may wrap over several (收费 / 标准 / (元) |)
}

// barCellLine reads line l as one cell closed by a bar: the words before
// the first bar, and how many bars follow the closing one. A line that
// opens with a bar and holds words after it is a row of cells (| a | b |),
// none of this layout.
func barCellLine(l cue.Line) (text string, pad int, ok bool) {
	t := strings.TrimSpace(strings.ReplaceAll(l.Sq, "｜", "|"))
	k := strings.Index(t, "|")
	if l.Tabs || k < 0 {
		return "", 0, false
	}
	rest := t[k+1:]
	if strings.Trim(rest, "| ") != "" {
		return "", 0, false
	}
	return strings.TrimSpace(t[:k]), strings.Count(rest, "|"), true
}

// barCells reads a run of lines as a grid saved one cell a line, each cell
// closed by a bar, where the page marks a row's end by empty cells after
// its last one (-10322 | |, 备 注 | ||), as an HTML table's <td>s flattened
// give it:
//
//   - the trailing bar closes a cell and is no cell of its own; a line
//     that ends no cell (收费 / 标准 / (元) |) wraps into the next;
//   - the head is the lines that open the grid: where its rows are padded
//     wider than the data rows (备 注 | || and 报表 质量 | || over 石油路 … 优
//     | |), those rows; else the cells of words before the first figure,
//     the last of them the first row's key (a first data row may lack its
//     序号 cell). A one-row head fixes the grid's columns: a row is cut at
//     that many cells;
//   - a row ends at its padding, at the head's count, or after a note cell
//     (a cell of sentences, a merged 备注 column's 1、… text), which opens
//     no row;
//   - a cell whose letters are spaced (大 坪, 街 道) is one cell.
//
// The lines before the first cell are the title; those after the last,
// notes. Where the run reads otherwise, it reports false and nothing is
// taken.
func (a *assembly) barCells(run []int) bool {
	title, cells, rest, padded, ok := a.readBarCells(run)
	if !ok || len(cells) == 0 {
		return false
	}
	if !padded {
		return a.barOpenedRows(run, title, cells, rest)
	}
	head, n, from := barHead(cells)
	if len(head) == 0 {
		return false
	}
	var blk Block
	mk := a.barRow
	for _, h := range head {
		blk.Rows = append(blk.Rows, mk(h))
	}
	blk.Header = len(head)
	var cur []barCell
	for _, c := range cells[from:] {
		if len(cur) == 0 && barNoteCell(c.text) && len(blk.Rows) > blk.Header {
			// A note cell is no row's key: the merged column it stands in
			// belongs to the row above.
			last := &blk.Rows[len(blk.Rows)-1]
			last.Cells = append(last.Cells, c.text)
			continue
		}
		cur = append(cur, c)
		if c.pad > 0 || n > 0 && len(cur) == n || len(cur) > 1 && barNoteCell(c.text) {
			blk.Rows = append(blk.Rows, mk(cur))
			cur = nil
		}
	}
	if len(cur) > 0 {
		blk.Rows = append(blk.Rows, mk(cur))
	}
	return a.closeBarGrid(blk, run, title, nil, rest)
}

// closeBarGrid closes a grid of bar-closed cells as a table where it holds
// rows of data, not one (a head over one row reads as a form's fields):
// its title is the line right over its first cell.
func (a *assembly) closeBarGrid(blk Block, run, title, above, rest []int) bool {
	if len(blk.Rows)-blk.Header < 2 {
		return false
	}
	return a.closeBarTitled(blk, run, title, above, rest)
}

// closeBarTitled closes a grid of bar-closed cells as a table, its title
// the line right over its first cell.
func (a *assembly) closeBarTitled(blk Block, run, title, above, rest []int) bool {
	var tl []int
	if len(title) > 0 {
		tl = title[len(title)-1:]
	}
	a.closeTable(blk, run, tl, above, rest)
	return true
}

// barRow is a row of a grid's cells, at the line of its first.
func (a *assembly) barRow(cs []barCell) Row {
	var texts []string
	var lines []int
	for _, c := range cs {
		texts = append(texts, c.text)
		lines = append(lines, c.lines...)
	}
	first := a.d.Lines[lines[0]].Num
	return Row{Cells: texts, Line: first, Text: span.Plain(strings.Join(texts, " "), first)}
}

// readBarCells reads run as cells closed by bars, one a line: the lines
// above the first cell (the title), the cells, the lines after the last
// (notes) and whether a row's end is padded with empty cells. It reports
// false where cells follow the notes: none of this layout.
func (a *assembly) readBarCells(run []int) (title []int, cells []barCell, rest []int, padded, ok bool) {
	var wrap []int
	for k, i := range run {
		l := a.d.Lines[i]
		text, pad, ok := barCellLine(l)
		// A piece of a line the reading split (1、… / 2、… |) goes on into
		// the cell the line closes.
		piece := k+1 < len(run) && a.d.Lines[run[k+1]].Num == l.Num
		switch {
		case ok && len(rest) == 0:
			lines := append(append([]int(nil), wrap...), i)
			// The wrapped lines open the cell in the order printed.
			var parts []string
			for _, w := range wrap {
				parts = append(parts, strings.TrimSpace(a.d.Lines[w].Sq))
			}
			text = strings.TrimSpace(strings.Join(append(parts, text), " "))
			wrap = nil
			cells = append(cells, barCell{text: text, pad: pad, lines: lines})
			padded = padded || pad > 0
		case ok:
			return nil, nil, nil, false, false // cells after the notes: none of this layout
		case len(cells) == 0:
			title = append(title, i)
		case len(rest) == 0 && (piece || !cue.EndsSentence(l.Sq) && !cue.SentencePunct(l.Sq)):
			wrap = append(wrap, i)
		default:
			rest = append(rest, i)
		}
	}
	rest = append(wrap, rest...)
	return title, cells, rest, padded, true
}

// barHead finds the head of a grid of bar-closed cells: its rows, the
// number of columns a data row is cut at (0 where the head's rows are
// padded: the padding alone closes rows), and the first data cell.
func barHead(cells []barCell) (head [][]barCell, n, from int) {
	// Rows closed by padding: the head's rows are padded wider than the
	// data rows after them.
	var ends []int
	for k, c := range cells {
		if c.pad > 0 {
			ends = append(ends, k)
		}
	}
	if len(ends) > 1 {
		least := cells[ends[len(ends)-1]].pad
		for _, e := range ends {
			least = min(least, cells[e].pad)
		}
		start := 0
		for _, e := range ends {
			if cells[e].pad <= least || hasNumber(barTexts(cells[start:e+1])) {
				break
			}
			head = append(head, cells[start:e+1])
			start = e + 1
		}
		// The rows after the head close as the data rows do: a row under
		// it padded as wide as the head's is no data row of this layout.
		if len(head) > 0 {
			for _, e := range ends {
				if e >= start {
					if cells[e].pad > least {
						return nil, 0, 0
					}
					break
				}
			}
			return head, 0, start
		}
	}
	// A head of one row: the cells of words before the first figure, the
	// last of them the first row's key.
	w := 0
	for w < len(cells) && !numberLike(cells[w].text) {
		if cells[w].pad > 0 {
			return nil, 0, 0 // a row closed among the words: no head of one row
		}
		w++
	}
	if w < 3 || w == len(cells) {
		return nil, 0, 0
	}
	if cue.SerialHead(cells[0].text) && cells[w].text == "1" {
		// Under a head that opens with its column of serial numbers (序号)
		// the first figure is the first row's number: every word before
		// it is a head's.
		return [][]barCell{cells[:w]}, w, w
	}
	return [][]barCell{cells[:w-1]}, w - 1, w - 1
}

func barTexts(cells []barCell) []string {
	out := make([]string, len(cells))
	for k, c := range cells {
		out[k] = c.text
	}
	return out
}

// barNoteCell reports whether s is a note's cell among a grid's: sentences
// (按时上报:“√”为按时。…), as a merged 备注 column prints, no key.
func barNoteCell(s string) bool {
	return cue.EndsSentence(s) && cue.SentencePunct(s)
}

// joinBarRuns joins two runs of cells closed by bars that a cell's text
// parts: a note cell of several enumerated sentences (1、… 2、… |) that
// the reading split at its enumerators, so that its first part, ending
// no cell, was read as text. The lines between the runs are the pieces of
// one printed line: the line the next run opens with, or one whose last
// piece closes the cell.
func (a *assembly) joinBarRuns(runs [][]int) [][]int {
	var out [][]int
	for _, r := range runs {
		if n := len(out); n > 0 {
			last := out[n-1]
			_, _, closed := barCellLine(a.d.Lines[last[len(last)-1]])
			_, _, opens := barCellLine(a.d.Lines[r[0]])
			between := make([]int, 0, r[0]-last[len(last)-1])
			for i := last[len(last)-1] + 1; i < r[0]; i++ {
				between = append(between, i)
			}
			same := closed && opens && len(between) > 0
			if same {
				// The pieces: one printed line, its last piece closing a
				// cell, or the pieces before the line the next run opens.
				end := r[0]
				if _, _, ok := barCellLine(a.d.Lines[between[len(between)-1]]); ok {
					end = between[len(between)-1]
				}
				for _, i := range between {
					same = same && a.d.Lines[i].Num == a.d.Lines[end].Num
				}
			}
			if same {
				for _, i := range between {
					a.relabel(i, cue.Table)
				}
				out[n-1] = append(append(last, between...), r...)
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

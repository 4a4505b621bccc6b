package layout

import (
	"regexp"
	"strings"

	"bulletin/parser/clean"
	"bulletin/parser/span"
)

var (
	pipeSepRe  = regexp.MustCompile(`^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$`)
	spaceColRe = regexp.MustCompile(`\S(\s{2,})\S`)
	spaceRunRe = regexp.MustCompile(`\s{2,}`)
	noteRe     = regexp.MustCompile(`^(任务提示|注|备注|说明|填表说明|资料来源|数据来源)\s*[:：]`)
)

// cells splits a line of a grid into its cells, or returns nil when the line
// is not one: tab-separated, a Markdown table row, or columns set apart by
// runs of spaces.
func cells(l clean.Line) []string {
	t := l.Text
	switch {
	case l.Tabs:
		parts := strings.Split(t, "\t")
		if len(parts) < 2 {
			return nil
		}
		return squeezeAll(parts)
	case strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 3:
		if pipeSepRe.MatchString(t) {
			return []string{}
		}
		t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
		return squeezeAll(strings.Split(t, "|"))
	case strings.Count(t, "  ") >= 2 && len(spaceColRe.FindAllStringIndex(t, -1)) >= 2:
		return squeezeAll(spaceRunRe.Split(t, -1))
	}
	return nil
}

func squeezeAll(parts []string) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = squeeze(strings.TrimSpace(p))
	}
	return out
}

// blocks finds grids of cells: two or more tab or Markdown rows, or three or
// more space-aligned rows, with the title lines above them and note lines
// (任务提示, 注) below.
func (a *analyzer) blocks() {
	for i := 0; i < len(a.lines); i++ {
		if a.lines[i].role != roleBody {
			continue
		}
		first := cells(a.lines[i].Line)
		if len(first) == 0 {
			continue
		}
		spaced := !a.lines[i].Tabs && !strings.HasPrefix(a.lines[i].Text, "|")
		rowsAt := []int{i}
		j := i
		for {
			k := a.next(j)
			if k >= len(a.lines) || a.lines[k].role != roleBody {
				break
			}
			c := cells(a.lines[k].Line)
			if c == nil {
				break
			}
			if spaced != (!a.lines[k].Tabs && !strings.HasPrefix(a.lines[k].Text, "|")) {
				break
			}
			rowsAt = append(rowsAt, k)
			j = k
		}
		if len(rowsAt) < 2 || spaced && len(rowsAt) < 3 {
			continue
		}
		var blk Block
		for _, k := range rowsAt {
			a.lines[k].role = roleBlock
			c := cells(a.lines[k].Line)
			if len(c) == 0 {
				continue // a Markdown separator row
			}
			blk.Rows = append(blk.Rows, Row{Cells: c, Line: a.lines[k].Num, Text: span.Plain(a.lines[k].Text, a.lines[k].Num)})
		}
		blk.Header = headerRows(blk.Rows)
		blk.Title = a.blockTitle(i)
		for k := a.next(j); k < len(a.lines) && a.lines[k].role == roleBody && noteRe.MatchString(a.lines[k].sq); k = a.next(k) {
			// A note runs on over the lines that follow it directly.
			idx := []int{k}
			for c := a.next(k); c < len(a.lines) && a.lines[c].role == roleBody && !noteRe.MatchString(a.lines[c].sq) &&
				!attachHeadRe.MatchString(a.lines[c].sq) && !a.endsSentence(a.lines[idx[len(idx)-1]].sq) && !a.strongStart(a.lines[c]); c = a.next(c) {
				idx = append(idx, c)
			}
			t := a.text(idx...)
			for _, x := range idx {
				a.lines[x].role = roleBlock
			}
			blk.Notes = append(blk.Notes, Field{Value: t.String(), Text: t, Rule: "table note"})
			j = idx[len(idx)-1]
			k = j
		}
		a.doc.Blocks = append(a.doc.Blocks, blk)
		i = j
	}
}

// blockTitle takes the one or two short lines just above a grid as its
// title (平顶山市养老服务重点任务清单), stopping at an attachment heading.
func (a *analyzer) blockTitle(first int) *Field {
	var idx []int
	for k := first - 1; k >= 0 && len(idx) < 2; k-- {
		l := a.lines[k]
		if l.role == roleBlank {
			if len(idx) > 0 || first-k > 3 {
				break
			}
			continue
		}
		if l.role != roleBody || attachHeadRe.MatchString(l.sq) || !atMostRunes(l.sq, 50) || sentencePunct(l.sq) || isTerminal(lastRune(l.sq)) {
			break
		}
		idx = append([]int{k}, idx...)
	}
	if len(idx) == 0 {
		return nil
	}
	for _, k := range idx {
		a.lines[k].role = roleBlock
	}
	t := a.text(idx...)
	return &Field{Value: t.String(), Text: t, Rule: "table title"}
}

// headerRows counts the header rows of a grid: the first row, and the rows
// after it that continue the header (an empty first cell, no numbers), as
// under a merged heading (街道综合养老中心 / 目标数 完成数 …).
func headerRows(rows []Row) int {
	if len(rows) < 2 {
		return 0
	}
	n := 1
	for n < len(rows)-1 {
		r := rows[n].Cells
		if len(r) == 0 || r[0] != "" || hasNumber(r) {
			break
		}
		n++
	}
	return n
}

var numberCellRe = regexp.MustCompile(`^[-+]?\d[\d,]*(\.\d+)?%?$`)

func hasNumber(cells []string) bool {
	for _, c := range cells {
		if numberCellRe.MatchString(c) {
			return true
		}
	}
	return false
}

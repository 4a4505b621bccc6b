package cue

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	pipeSepRe  = regexp.MustCompile(`^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$`)
	spaceColRe = regexp.MustCompile(`\S(\s{2,})\S`)
	spaceRunRe = regexp.MustCompile(`\s{2,}`)
)

// tabRow: cells set apart by tabs.
type tabRow struct{}

func (tabRow) Name() string             { return "tab-row" }
func (tabRow) Roles() []Role            { return []Role{Table} }
func (tabRow) Needs() []string          { return nil }
func (tabRow) Match(d *Doc, i int) bool { return d.Lines[i].Tabs && d.inGrid(i) }

// pipeRow: a row of a Markdown or web table, | a | b |, or its separator.
type pipeRow struct{}

func (pipeRow) Name() string    { return "pipe-row" }
func (pipeRow) Roles() []Role   { return []Role{Table} }
func (pipeRow) Needs() []string { return []string{"|"} }

func (pipeRow) Match(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Text)
	return strings.HasPrefix(s, "|") && d.inGrid(i)
}

// spacedRow: cells set apart by runs of spaces, as space-aligned columns.
type spacedRow struct{}

func (spacedRow) Name() string    { return "spaced-row" }
func (spacedRow) Roles() []Role   { return []Role{Table} }
func (spacedRow) Needs() []string { return nil }

func (spacedRow) Match(d *Doc, i int) bool {
	l := d.Lines[i]
	return !l.Tabs && !strings.HasPrefix(l.Text, "|") && d.inGrid(i)
}

// cellRun: a line in a run of table cells laid out one a line, as a web
// page's table is flattened.
type cellRun struct{}

func (cellRun) Name() string             { return "cell-run" }
func (cellRun) Roles() []Role            { return []Role{Table} }
func (cellRun) Needs() []string          { return nil }
func (cellRun) Match(d *Doc, i int) bool { return d.cells[i] }

// CellRun reports whether line i is a cell of a table laid out one cell a line.
func (d *Doc) CellRun(i int) bool { return d.cells[i] }

// tableNote: a note under a table: 注：…, 备注：…, 任务提示：….
type tableNote struct{}

func (tableNote) Name() string    { return "table-note" }
func (tableNote) Roles() []Role   { return []Role{Table} }
func (tableNote) Needs() []string { return []string{"：", ":"} }

func (tableNote) Match(d *Doc, i int) bool { return IsNote(d.Lines[i].Sq) }

// IsNote reports whether s opens a note under a table.
func IsNote(s string) bool {
	w, ok := noteLabels.prefix(s)
	return ok && (strings.HasPrefix(s[len(w):], "：") || strings.HasPrefix(s[len(w):], ":"))
}

// tableTitle: a table's title: a line with no running text that names a
// list or a table (…清单, …一览表, …情况表), or that stands right above a
// table's rows (itself, or with the line that continues it).
type tableTitle struct{}

func (tableTitle) Name() string    { return "table-title" }
func (tableTitle) Roles() []Role   { return []Role{Table} }
func (tableTitle) Needs() []string { return nil }

func (tableTitle) Match(d *Doc, i int) bool {
	s := strings.Trim(d.Lines[i].Sq, "*")
	if !d.shaped(i) || d.isRow(i) {
		return false
	}
	if _, ok := tableEndings.suffix(s); ok {
		_, pointer := tablePointers.prefix(s) // 具体见列表: a pointer to the table, not its title
		return !pointer
	}
	if opensSomething(d.Lines[i]) {
		return false // a numbered heading above a table heads a part, not the table
	}
	for j := i + 1; j < len(d.Lines) && j <= i+2; j++ {
		if d.inGrid(j) {
			return true
		}
		if !titleShaped(d.Lines[j].Sq) {
			break
		}
	}
	return false
}

// NamesTable reports whether s is a line that names a list or a table
// (…清单, …一览表, …情况表), not a pointer to one (具体见列表).
func NamesTable(s string) bool {
	s = strings.Trim(s, "*")
	if _, ok := tableEndings.suffix(s); !ok || SentencePunct(s) || EndsSentence(s) {
		return false
	}
	_, pointer := tablePointers.prefix(s)
	return !pointer
}

// isRow reports whether line i is set as a row of a grid: cells apart by
// tabs, pipes or runs of spaces.
func (d *Doc) isRow(i int) bool { return d.rows[i] }

// Row reports whether line i is set as a row of a grid.
func (d *Doc) Row(i int) bool { return d.rows[i] }

// rowSet reports whether a line is set as a row of a grid.
func rowSet(l Line) bool {
	if l.Tabs {
		return len(Cells(l)) >= 2
	}
	t := strings.TrimSpace(l.Text)
	if strings.HasPrefix(t, "|") {
		return strings.Count(t, "|") >= 3
	}
	if barRow(t) || figureRow(t) {
		return true
	}
	if strings.Count(t, "  ") < 2 {
		return false // two runs of spaces at the least, tested before the expression
	}
	return len(spaceColRe.FindAllStringIndex(t, -1)) >= 2
}

// figureRow reports whether t is a row of a grid whose cells one space
// sets apart, as extractors that rebuild lines from glyph positions print
// one (1 解放碑 1166 113 1279 …): figures stand side by side at least twice,
// which running text with its digits spaced (2021 年 7 月 29 日) never does,
// and nothing in it is clause punctuation or a field's label.
func figureRow(t string) bool {
	if SentencePunct(t) || strings.ContainsAny(t, "：:") {
		return false
	}
	f := strings.Fields(t)
	pairs := 0
	for k := 1; k < len(f); k++ {
		if numberCell(f[k]) && numberCell(f[k-1]) {
			pairs++
		}
	}
	return pairs >= 2
}

// wordRow reports whether t reads as a row of a grid's header or of a
// grid of words, cells one space apart: three cells at the least, no
// clause punctuation, no field's label, no enumerator opening it.
func wordRow(l Line) bool {
	t := strings.TrimSpace(l.Text)
	if l.Tabs || SentencePunct(t) || EndsSentence(t) || strings.ContainsAny(t, "：:|") || len(strings.Fields(t)) < 3 {
		return false
	}
	k, _, _ := Enumerator(l.Sq)
	return k == NoEnum
}

// gridHeads marks as rows the lines of a header set one space apart above
// a grid's rows (排序 街道 20241 20242 / 低保 特困 合计 …), and the rows of a
// grid of words under such a header: lines with as many cells as it at the
// least (组别 职务及姓名 分包县（市、区） 备注 / 第一组 … 鲁山县).
func (d *Doc) gridHeads() {
	for i := range d.Lines {
		if !d.rows[i] || !d.inGrid(i) || i > 0 && d.rows[i-1] {
			continue
		}
		if strings.Contains(d.Lines[i].Text, "|") {
			continue // a grid in bars prints its header in bars: a line of words above it is its title
		}
		for j := i - 1; j >= 0 && wordRow(d.Lines[j]); j-- {
			d.rows[j] = true
		}
	}
	for i := 0; i+2 < len(d.Lines); i++ {
		if d.rows[i] || !wordRow(d.Lines[i]) || i > 0 && d.rows[i-1] {
			continue
		}
		n := len(strings.Fields(d.Lines[i].Text))
		j := i + 1
		for j < len(d.Lines) && !d.rows[j] && wordRow(d.Lines[j]) && len(strings.Fields(d.Lines[j].Text)) >= n {
			j++
		}
		if j-i < 3 {
			continue // a header and two rows at the least
		}
		for k := i; k < j; k++ {
			d.rows[k] = true
		}
		// A row above the run with more cells than the header it follows
		// (第一组 … 雷 声 鲁山县 under a two-cell 组别 职务及姓名) is its first.
		for k := i - 1; k >= 0 && !d.rows[k] && wordRow(d.Lines[k]) && len(strings.Fields(d.Lines[k].Text)) >= n; k-- {
			d.rows[k] = true
		}
		i = j - 1
	}
}

// wrappedBarRows finds bar rows wrapped over several lines (a grid copied
// out of a page, printed, and extracted again): where a grid's rows close
// with a bar (序号 | 拟名称 | … |), a row's lines run up to the one that
// closes it, and every row holds as many bars as the first. The lines
// that go on with the line before are marked as continuing it.
func (d *Doc) wrappedBarRows() {
	d.barMore = make([]bool, len(d.Lines))
	closes := func(k int) bool { return strings.HasSuffix(strings.TrimSpace(d.Lines[k].Text), "|") }
	for i := 0; i < len(d.Lines); i++ {
		if !d.rows[i] || !strings.Contains(d.Lines[i].Text, "|") {
			continue
		}
		// Read rows from line i on while each closes with a bar after as
		// many bars as the first.
		want, k, wrapped := -1, i, false
		var ends []int
		for k < len(d.Lines) && (k == i || !d.Break(k)) {
			bars, j := 0, k
			for j < len(d.Lines) && (j == k || !d.Break(j)) {
				bars += strings.Count(d.Lines[j].Text, "|")
				if closes(j) || want > 0 && bars >= want {
					break
				}
				j++
			}
			if j >= len(d.Lines) || !closes(j) || want > 0 && bars != want {
				break
			}
			want = bars
			wrapped = wrapped || j > k
			ends = append(ends, j)
			k = j + 1
		}
		if !wrapped || len(ends) < 2 {
			continue
		}
		start := i
		for _, e := range ends {
			for m := start + 1; m <= e; m++ {
				d.barMore[m] = true
			}
			start = e + 1
		}
		i = ends[len(ends)-1]
	}
	d.cellBarRows()
}

// cellBarRows finds the rows of a grid printed one cell a line, each cell
// closed by a bar and each row by one more (信息内容 | / 本年新 | / 对外公开总数量 | |),
// as a web page's table is copied out cell by cell: a row's lines run up to
// the one whose bars close it twice, and two rows of two cells or more,
// as many each, make a grid. The lines are rows, those after a row's first
// going on with it.
func (d *Doc) cellBarRows() {
	for i := 0; i < len(d.Lines); {
		if cellBars(d.Lines[i].Text) == 0 {
			i++
			continue
		}
		j := i
		var ends []int
		for j < len(d.Lines) && (j == i || !d.Break(j)) && cellBars(d.Lines[j].Text) > 0 {
			if cellBars(d.Lines[j].Text) >= 2 {
				ends = append(ends, j)
			}
			j++
		}
		width, same := map[int]int{}, false
		start := i
		for _, e := range ends {
			if n := e - start + 1; n >= 2 {
				width[n]++
				same = same || width[n] >= 2
			}
			start = e + 1
		}
		if same {
			start = i
			for _, e := range ends {
				for k := start; k <= e; k++ {
					d.rows[k] = true
					d.barMore[k] = k > start
				}
				start = e + 1
			}
			for k := start; k < j; k++ {
				d.rows[k], d.barMore[k] = true, k > start // a last row cut off
			}
		}
		i = j
	}
}

// cellBars is the number of bars that close t where it is one cell
// closed by bars (本年新 |, 对外公开总数量 | |), or 0.
func cellBars(t string) int {
	t = strings.TrimSpace(t)
	k := strings.IndexByte(t, '|')
	if k <= 0 || strings.TrimSpace(t[:k]) == "" {
		return 0
	}
	rest := t[k:]
	if strings.Trim(rest, "| ") != "" {
		return 0
	}
	return strings.Count(rest, "|")
}

// BarMore reports whether line i goes on with the bar row of the line
// before it.
func (d *Doc) BarMore(i int) bool { return d.barMore[i] }

// inGrid reports whether line i is a row with a row beside it: one line
// set in cells is no table (a page's information line in pipe cells).
func (d *Doc) inGrid(i int) bool {
	return d.isRow(i) && (i > 0 && d.isRow(i-1) || i+1 < len(d.Lines) && d.isRow(i+1))
}

// Cells splits a line of a grid into its cells: tab-separated, a Markdown
// row, or columns set apart by runs of spaces. A Markdown separator row
// gives no cells.
func Cells(l Line) []string {
	t := l.Text
	switch {
	case l.Tabs:
		return squeezeAll(strings.Split(t, "\t"))
	case strings.HasPrefix(strings.TrimSpace(t), "|") || barRow(strings.TrimSpace(t)):
		t = strings.TrimSpace(t)
		if pipeSepRe.MatchString(t) {
			return nil
		}
		t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
		return squeezeAll(strings.Split(t, "|"))
	}
	t = strings.TrimSpace(t)
	if !strings.Contains(t, "  ") {
		// Cells one space apart, as a grid rebuilt from glyph positions;
		// characters one space apart are one letter-spaced word (雷 声).
		return squeezeAll(letterSpaced(strings.Fields(t)))
	}
	var cells []string
	for _, c := range squeezeAll(spaceRunRe.Split(t, -1)) {
		// A narrow column leaves one space between a name and its figure
		// (舞钢市 6): two cells.
		if m := keyFigureRe.FindStringSubmatch(c); m != nil {
			cells = append(cells, m[1], m[2])
			continue
		}
		cells = append(cells, c)
	}
	return cells
}

// letterSpaced joins the runs of single Chinese characters among fields:
// a word spaced out to fill its cell (雷 声, 目 标 数).
func letterSpaced(f []string) []string {
	single := func(s string) bool {
		r, n := utf8.DecodeRuneInString(s)
		return n == len(s) && IsHan(r)
	}
	var out []string
	for k, w := range f {
		if k > 0 && single(w) && single(f[k-1]) {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// keyFigureRe is a cell of words and a figure a single space apart, as the
// squeeze leaves it: the words run into the figure (舞钢市6).
var keyFigureRe = regexp.MustCompile(`^(\p{Han}{2,})(\d[\d.,]*%?)$`)

// barRow reports whether t is a row of cells set apart by bars with no bar
// at its ends (序号 | 拟名称 | 起点), as some pages copy out: three cells at
// the least, none a field's label (索 引 号: | K136… is a page's
// information line).
func barRow(t string) bool {
	if strings.Count(t, "|") < 2 {
		return false
	}
	for _, c := range strings.Split(t, "|") {
		c = strings.TrimSpace(c)
		if strings.HasSuffix(c, ":") || strings.HasSuffix(c, "：") {
			return false
		}
	}
	return true
}

func squeezeAll(parts []string) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = squeeze(strings.TrimSpace(p))
	}
	return out
}

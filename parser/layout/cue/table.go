package cue

import (
	"regexp"
	"slices"
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

// betweenRows: words with no bar, no sentence and no number of a heading,
// between a grid's rows with nothing else between (11 | 临 / 时 / 救 /
// 助 | 政策): a cell's words the copy wrapped past its row, a cell a line.
type betweenRows struct{}

func (betweenRows) Name() string             { return "between-rows" }
func (betweenRows) Roles() []Role            { return []Role{Table} }
func (betweenRows) Needs() []string          { return nil }
func (betweenRows) Match(d *Doc, i int) bool { return d.between[i] }

// betweenLines marks the lines betweenRows reads.
func (d *Doc) betweenLines() []bool {
	n := len(d.Lines)
	filler := make([]bool, n)
	for i, l := range d.Lines {
		k, _, _ := Enumerator(l.Sq)
		filler[i] = !d.rows[i] && !d.ends[i] && !d.info[i] && k == NoEnum && strings.TrimSpace(l.Sq) != "" && !labelCells(l.Text)
	}
	// A row of a grid: one of two rows or more back to back, not a line
	// that happens to be spaced (a menu, a date and its paper's name); or
	// a bar between words, where a copy cut a row a cell or two a line
	// (13 | 审核).
	row := func(i int) bool {
		if d.rows[i] && d.inGrid(i) {
			return true
		}
		t := d.Lines[i].Text
		return strings.Contains(strings.Trim(t, "| "), "|") && !labelCells(t)
	}
	between := make([]bool, n)
	above := false // a row stands above with fillers only between
	for i := range n {
		between[i] = filler[i] && above
		above = row(i) || filler[i] && above
	}
	below := false
	for i := n - 1; i >= 0; i-- {
		between[i] = between[i] && below
		below = row(i) || filler[i] && below
	}
	return between
}

// pastGrid: a line of words right after a grid's row closed by its bar
// (办结 | 5个工作日 | / 承诺办结时限22个工作日): the grid ended at its last
// bar, so the line is no row of it. A note under the grid (注：…) is
// still the grid's.
type pastGrid struct{}

func (pastGrid) Name() string    { return "past-grid" }
func (pastGrid) Roles() []Role   { return []Role{Body} }
func (pastGrid) Denies() []Role  { return []Role{Table} }
func (pastGrid) Needs() []string { return nil }

func (pastGrid) Match(d *Doc, i int) bool {
	return i > 0 && !d.rows[i] && !d.cells[i] && closedRow(d, i) && !IsNote(d.Lines[i].Sq)
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

// feeTitles end the title of a schedule of charges (…服务项目及收费标准,
// cue list feetitle). The layout's cues do not look for them: a notice's
// headings end so as well (一、收费标准, 1.殡葬基本服务收费标准), so only a
// line of no number, already among a table's lines, is named a table by
// one (NamesTable).
var feeTitles = cueWords("feetitle")

// feeTitle reports whether s ends with a fee table's title word and holds
// more than the word: 收费标准 alone is the cell of a grid's head, and a
// numbered line (一、收费标准) a notice's heading.
func feeTitle(s string) bool {
	w, ok := feeTitles.suffix(s)
	k, _, _ := Enumerator(s)
	return ok && w != s && k == NoEnum
}

// NamesTable reports whether s is a line that names a list or a table
// (…清单, …一览表, …情况表), not a pointer to one (具体见列表).
func NamesTable(s string) bool {
	s = strings.Trim(s, "*")
	if _, ok := tableEndings.suffix(s); !ok && !feeTitle(s) || SentencePunct(s) || EndsSentence(s) {
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
	if _, _, ok := directoryRow(t); ok {
		return true
	}
	if strings.Count(t, "  ") < 2 {
		return false // two runs of spaces at the least, tested before the expression
	}
	return len(spaceColRe.FindAllStringIndex(t, -1)) >= 2 && !countsAcross(spaceRunRe.Split(t, -1))
}

// countsAcross reports whether cells open with one kind of enumerator
// counting on from one to the next ((一)… (二)…): a list a copy ran into
// one line. A grid counts down its first column, never across a row.
func countsAcross(cells []string) bool {
	prevKind, prev := NoEnum, 0
	for _, c := range cells {
		k, v, _ := Enumerator(strings.TrimSpace(c))
		if k != NoEnum && k == prevKind && v == prev+1 {
			return true
		}
		prevKind, prev = k, v
	}
	return false
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
// closes it after as many bars as the first row holds. The lines
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
				// Once the first row has set the count, a line that
				// closes with a bar short of it is a row cut at a cell's
				// end (… | 【基本信息】 领导姓名 |), going on below.
				if want > 0 && bars >= want || want < 0 && closes(j) {
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
	d.headedCellGrids()
	d.strayCellRows()
}

// strayCellRows marks as rows the lines of a grid in bars that hold one
// cell closed by its bar (六、婚姻登记服务 | / 农村最低生活保障 |): a copy
// that moved a row's other cells to the next line leaves them so. Such a
// line is a row where it stands next to a row of two cells or more in
// bars, with no break between (the rows of a grid printed one cell a line
// close with a bar after one cell each: cellBarRows reads those); a lone
// line closed by a bar is a headline's or a field's.
func (d *Doc) strayCellRows() {
	barred := func(k int) bool {
		if !d.rows[k] || !strings.Contains(d.Lines[k].Text, "|") {
			return false
		}
		n := 0
		for _, c := range Cells(d.Lines[k]) {
			if c != "" {
				n++
			}
		}
		return n >= 2
	}
	for i := 1; i < len(d.Lines); i++ {
		if !d.rows[i] && barCell(d.Lines[i]) && !d.Break(i) && barred(i-1) {
			d.rows[i] = true
		}
	}
	for i := len(d.Lines) - 2; i >= 0; i-- {
		if !d.rows[i] && barCell(d.Lines[i]) && !d.Break(i+1) && barred(i+1) {
			d.rows[i] = true
		}
	}
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

// headedCellGrids marks as rows the lines of tables laid out one cell a
// line whose header has two levels (HeadedCells): a web page's table
// flattened, its cells words alone, which no count of figures tells from
// text. A stretch of cells whose data read as one row goes on over the
// lines of running text after it and the cells after those, where a
// merged cell (备注, spanning the rows) printed its text with the first row.
func (d *Doc) headedCellGrids() {
	cell := func(i int) bool { return isCell(d.Lines[i]) }
	for i := 0; i < len(d.Lines); {
		if !cell(i) {
			i++
			continue
		}
		j := i
		for j < len(d.Lines) && cell(j) && (j == i || !d.Break(j)) {
			j++
		}
		idx := make([]int, 0, j-i)
		for k := i; k < j; k++ {
			idx = append(idx, k)
		}
		g, ok := HeadedCells(d, idx)
		if !ok {
			i = j
			continue
		}
		if len(g.Rows) == 1 {
			// Running text right after the first row, then cells again.
			k := j
			for k < len(d.Lines) && !cell(k) && !d.Break(k) && runningText(d.Lines[k].Sq) {
				k++
			}
			e := k
			for e < len(d.Lines) && cell(e) && (e == k || !d.Break(e)) {
				e++
			}
			if k > j && e > k {
				more := append([]int(nil), idx...)
				for m := j; m < e; m++ {
					more = append(more, m)
				}
				if h, ok := HeadedCells(d, more); ok && len(h.Merged) > 0 {
					g, j = h, e
				}
			}
		}
		for _, k := range g.Lines() {
			d.rows[k] = true
		}
		i = j
	}
}

// IsCell reports whether l can be a cell of a table laid out one cell a
// line (isCell).
func IsCell(l Line) bool { return isCell(l) }

// runningText reports whether s reads as running text: clause
// punctuation, a sentence's end, or a label's colon.
func runningText(s string) bool {
	return HasHan(s) && (SentencePunct(s) || EndsSentence(s) || strings.ContainsAny(s, "：:"))
}

// CellGrid is a table laid out one cell a line whose header has two
// levels, as HeadedCells reads it: line indices throughout.
type CellGrid struct {
	Title  []int   // lines above the header that name the table
	Top    [][]int // the first level's cells, each its lines (城市低保 / (月报))
	Groups int     // how many of them head groups of sub-cells, after the first
	Sub    [][]int // the sub-cells, each group's in turn
	Block  int     // the sub-cells under each group
	Rows   [][]int // the data rows, each its cells' lines
	Merged []int   // running text a cell spanning the rows printed after the first
	Rest   []int   // the lines of idx after the grid
}

// Lines is every line of the grid, in order.
func (g CellGrid) Lines() []int {
	var out []int
	for _, c := range g.Top {
		out = append(out, c...)
	}
	for _, c := range g.Sub {
		out = append(out, c...)
	}
	for n, r := range g.Rows {
		out = append(out, r...)
		if n == 0 {
			out = append(out, g.Merged...)
		}
	}
	return out
}

// HeadedCells reads the lines idx as a table laid out one cell a line
// whose header has two levels, as a web page's table is flattened: the
// first level's cells (地区 / 城市低保 / 特困供养 / 备注), then the sub-cells
// of each group in turn, the same block once per group (按时上报 报表质量
// twice). The first cell heads the rows' labels; the groups stand after
// it, one for each time the block is printed, and the first level's cells
// after them head columns of their own. A line that opens with a bracket
// goes on with the cell above it ((月报)). The data rows follow (empty
// cells printed as no line): a row to each cell where the data hold no
// figure, a row to each cell of words that follows a figure where they
// do, and where every row is printed whole, as many cells as the columns.
// Lines of running text after the first row (a merged cell's text, 备注
// spanning the rows) are Merged where cells follow them.
func HeadedCells(d *Doc, idx []int) (CellGrid, bool) {
	var g CellGrid
	var cells [][]int // each cell's lines
	k := 0
	cell := func(i int) bool { return isCell(d.Lines[i]) && !strings.Contains(d.Lines[i].Text, "|") }
	for k < len(idx) && (!cell(idx[k]) || NamesTable(d.Lines[idx[k]].Sq)) {
		k++ // the title above the grid, and labels (单位：户)
	}
	g.Title = append([]int(nil), idx[:k]...)
	for ; k < len(idx) && cell(idx[k]); k++ {
		i := idx[k]
		s := d.Lines[i].Sq
		if n := len(cells); n > 0 && goesOn(s, cellText(d, cells[n-1])) {
			cells[n-1] = append(cells[n-1], i)
			continue
		}
		cells = append(cells, []int{i})
	}
	texts := make([]string, len(cells))
	for n, c := range cells {
		texts[n] = cellText(d, c)
	}
	p, m, groups := repeatedBlock(texts)
	if groups < 2 || p < groups+1 {
		return g, false
	}
	for _, t := range texts[:p] {
		if !HasHan(t) || numberCell(t) {
			return g, false
		}
	}
	data := cells[p+groups*m:]
	g.Top, g.Groups, g.Sub, g.Block = cells[:p], groups, cells[p:p+groups*m], m
	columns := p - groups + groups*m
	g.Rows = dataRows(texts[p+groups*m:], data, columns)
	if len(g.Rows) == 0 {
		return g, false
	}
	if w := sameWidth(d, g.Rows); w > 0 && hasFigure(texts[p+groups*m:]) {
		// Rows printed whole count the columns: first-level cells beyond
		// them open the run above the header, the table's title (各县发放
		// 情况 over 县别 / 低保 / 特困).
		if extra := columns - w; extra > 0 && extra < p-groups {
			for _, c := range cells[:extra] {
				g.Title = append(g.Title, c...)
			}
			g.Top = cells[extra:p]
		}
	}
	rest := idx[k:]
	if len(g.Rows) == 1 && len(rest) > 0 {
		// A merged cell's text after the first row, then the other rows.
		j := 0
		for j < len(rest) && !cell(rest[j]) && runningText(d.Lines[rest[j]].Sq) {
			j++
		}
		e := j
		for e < len(rest) && cell(rest[e]) {
			e++
		}
		if j > 0 && e > j {
			more := make([][]int, 0, len(data)+e-j)
			more = append(more, data...)
			moreText := append([]string(nil), texts[p+groups*m:]...)
			for _, i := range rest[j:e] {
				more = append(more, []int{i})
				moreText = append(moreText, d.Lines[i].Sq)
			}
			if rows := dataRows(moreText, more, columns); len(rows) > 1 && sameKind(texts[p+groups*m:], moreText[len(data):]) {
				g.Rows, g.Merged, rest = rows, rest[:j], rest[e:]
			}
		}
	}
	g.Rest = rest
	return g, true
}

// sameKind reports whether the cells after a merged cell's text read as
// the rows before it did: figures in both, or words alone in both.
func sameKind(before, after []string) bool {
	figure := func(c []string) bool {
		for _, s := range c {
			if numberCell(s) {
				return true
			}
		}
		return false
	}
	return figure(before) == figure(after) && !numberCell(after[0])
}

// dataRows parts a grid's data cells into rows (see HeadedCells).
func dataRows(texts []string, cells [][]int, columns int) [][]int {
	if len(texts) == 0 || numberCell(texts[0]) {
		return nil
	}
	figures := 0
	for _, t := range texts {
		if numberCell(t) {
			figures++
		}
	}
	var rows [][]int
	add := func(from, to int) {
		var r []int
		for _, c := range cells[from:to] {
			r = append(r, c...)
		}
		rows = append(rows, r)
	}
	if whole := len(texts) / columns; figures > 0 && len(texts)%columns == 0 && whole >= 2 {
		ok := true
		for r := 0; r < whole; r++ {
			ok = ok && !numberCell(texts[r*columns])
		}
		if ok {
			for r := 0; r < whole; r++ {
				add(r*columns, (r+1)*columns)
			}
			return rows
		}
	}
	from := 0
	for n := 1; n <= len(texts); n++ {
		if n < len(texts) && (numberCell(texts[n]) || figures > 0 && !numberCell(texts[n-1])) {
			continue
		}
		if n == len(texts) && figures > 0 && len(rows) > 0 && !hasFigure(texts[from:n]) {
			// Words after the last row's figures are its cells after
			// the groups (备注), not a row of their own.
			last := rows[len(rows)-1]
			for _, c := range cells[from:n] {
				last = append(last, c...)
			}
			rows[len(rows)-1] = last
			break
		}
		add(from, n)
		from = n
	}
	return rows
}

// sameWidth is the number of cells each of rows holds, where there are
// two rows at the least and all hold as many; else 0.
func sameWidth(d *Doc, rows [][]int) int {
	w := -1
	for _, r := range rows {
		n := len(CellTexts(d, r))
		if w >= 0 && n != w {
			return 0
		}
		w = n
	}
	if len(rows) < 2 {
		return 0
	}
	return w
}

func hasFigure(texts []string) bool {
	for _, t := range texts {
		if numberCell(t) {
			return true
		}
	}
	return false
}

// repeatedBlock finds, among the words that open cells (a header, before
// the first figure), the first block of two cells or more printed again
// right after itself: where it opens, its length, and how many times it
// stands in a row. Its cells are words, no two the same.
//
// The cells compared on blocks that fail add up to no more than the cells
// there are: the search stays linear.
func repeatedBlock(cells []string) (at, length, times int) {
	last := map[string]int{}
	budget := len(cells)
	for j := 0; j < len(cells) && !numberCell(cells[j]) && budget > 0; j++ {
		i, seen := last[cells[j]]
		last[cells[j]] = j
		m := j - i
		if !seen || m < 2 || j+m > len(cells) {
			continue
		}
		if n := commonPrefix(cells[i:j], cells[j:j+m]); n < m {
			budget -= n + 1
			continue
		}
		if !distinctWords(cells[i:j]) {
			budget -= m
			continue
		}
		n := 2
		for j+n*m <= len(cells) && slices.Equal(cells[i:j], cells[j+(n-1)*m:j+n*m]) {
			n++
		}
		return i, m, n
	}
	return 0, 0, 0
}

// commonPrefix is the number of cells a and b open with alike.
func commonPrefix(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// distinctWords reports whether cells are words, none a figure, no two
// the same.
func distinctWords(cells []string) bool {
	seen := make(map[string]bool, len(cells))
	for _, c := range cells {
		if seen[c] || !HasHan(c) || numberCell(c) {
			return false
		}
		seen[c] = true
	}
	return true
}

// goesOn reports whether the cell s, printed on a line of its own, goes on
// with the cell before it: a bracket that opens and closes it ((月报)),
// after words.
func goesOn(s, before string) bool {
	return (strings.HasPrefix(s, "(") || strings.HasPrefix(s, "（")) && unclosedIn(s) == 0 && !numberCell(before)
}

// CellTexts is the cells of a row of the grid printed over the lines idx,
// a line to a cell but those that go on with the cell above.
func CellTexts(d *Doc, idx []int) []string {
	var out []string
	for _, i := range idx {
		s := d.Lines[i].Sq
		if n := len(out); n > 0 && goesOn(s, out[n-1]) {
			out[n-1] += s
			continue
		}
		out = append(out, s)
	}
	return out
}

// cellText is the words of a cell printed over the lines idx.
func cellText(d *Doc, idx []int) string {
	var b strings.Builder
	for _, i := range idx {
		b.WriteString(d.Lines[i].Sq)
	}
	return b.String()
}

// unclosedIn is the number of brackets s opens and leaves open.
func unclosedIn(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case '(', '（':
			n++
		case ')', '）':
			n--
		}
	}
	return n
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
	if name, phone, ok := directoryRow(t); ok {
		return []string{name, phone}
	}
	if !strings.Contains(t, "  ") {
		// Cells one space apart, as a grid rebuilt from glyph positions;
		// characters one space apart are one letter-spaced word (雷 声).
		return squeezeAll(LetterSpaced(strings.Fields(t)))
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

// LetterSpaced joins the runs of single Chinese characters among fields:
// a word spaced out to fill its cell or its line (雷 声, 目 标 数, a 落款's
// 民 政 部).
func LetterSpaced(f []string) []string {
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

// labelCells reports whether a cell of the barred line t is a field's
// label (发布机构：| 某局): a grid of fields, no table.
func labelCells(t string) bool {
	for _, c := range strings.Split(t, "|") {
		c = strings.TrimSpace(c)
		if strings.HasSuffix(c, ":") || strings.HasSuffix(c, "：") {
			return true
		}
	}
	return false
}

// barRow reports whether t is a row of cells set apart by bars with no bar
// at its ends (序号 | 拟名称 | 起点), as some pages copy out: three cells at
// the least, none a field's label (索 引 号: | K136… is a page's
// information line).
func barRow(t string) bool {
	return strings.Count(t, "|") >= 2 && !labelCells(t)
}

func squeezeAll(parts []string) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = squeeze(strings.TrimSpace(p))
	}
	return out
}

package layout

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
	"bulletin/parser/span"
)

// tables reads the runs of lines labelled table as grids: the title
// lines above the rows, the rows (tab-separated, Markdown, space-aligned,
// or one cell a line), and the notes under them (注, 任务提示).
func (a *assembly) tables() {
	statRead := map[int]bool{} // the heads of statistical grids read (statTable)
	marked := markedTables{}
	a.flatBarLines(marked)
	a.colonDirectories(marked)
	a.placeLists(marked)
	a.gluedSerialGrids(marked)
	a.numberedColumns(marked)
	a.blankCellGrids(marked)
	a.attachedGrids(marked)
	a.placeColumns(marked)
	for _, run := range marked.apart(a.splitAtTitles(a.joinRepeatedHeads(a.joinBarRuns(a.joinCellRuns(a.joinTitledCells(a.joinCutRow(a.joinBarHead(a.joinFieldRows(a.runs(cue.Table)))))))))) {
		if marked.readMarked(run) {
			continue
		}
		if a.barWidthRows(run) {
			continue
		}
		if a.statTable(run, statRead) {
			continue
		}
		if a.figureClosedRows(run) {
			continue
		}
		if g, ok := a.headedCells(run); ok {
			a.headedTable(g)
			continue
		}
		if a.cellSections(run) {
			continue
		}
		if a.titledSections(run) {
			continue
		}
		if a.barCells(run) {
			continue
		}
		if a.barWrapped(run) {
			continue
		}
		var title, rows, notes, above []int
		labelled := a.ordinalLines(run)
		for _, i := range run {
			l := a.d.Lines[i]
			switch {
			case len(notes) > 0 || cue.IsNote(l.Sq) || barNote(l) || formCredits(l):
				notes = append(notes, i)
			case len(rows) == 0 && attachHead(l.Sq):
				// An attachment's heading (附件1) opens what follows: the
				// lines above it (the 附件 list) are none of the table's.
				title, above = nil, nil
			case len(rows) == 0 && titleAside(l.Sq):
				above = append(above, i) // (市场调节价,家属自愿选择): a note under the title (titleAside)
			case len(rows) == 0 && (cue.NamesTable(l.Sq) || len(title) == 0 && unclosed(l.Sq) < 0):
				// The title over cells a line, or the end of one wrapped
				// from the line above (… / 指标)). An attachment's heading
				// above it (附件1) is none of the table's.
				title = append(title, i)
			case len(rows) == 0 && unitLabel(l.Sq):
				above = append(above, i) // 单位:元 | | |: the grid's unit, set in a row of its own, no header
			case len(rows) == 0 && formFiling(l):
				above = append(above, i) // 编制单位:… | 2020年度 | 批准机关:…: the form's filing fields (formFiling)
			case a.isRow(i) || labelled[i]:
				rows = append(rows, i)
			case len(rows) == 0 && strings.ContainsAny(l.Sq, "：:"):
				above = append(above, i) // 单位：万元, a label above the grid: a note, no part of its title
			case len(rows) == 0:
				title = append(title, i)
			default:
				// A line of words among the rows: a cell of a table laid
				// out a cell a line, or a row's wrapped end.
				rows = append(rows, i)
			}
		}
		if len(rows) == 0 && a.lostGrids(run) {
			continue
		}
		if len(rows) == 0 {
			a.unreadTable(run)
			continue
		}
		if a.bulletList(rows) {
			// A bulleted list (bulletList): its lines are text under their
			// heading.
			a.doc.Passages = append(a.doc.Passages, Passage{Role: "body", Text: a.paragraphs(run)})
			continue
		}
		if len(title) == 0 {
			title, rows, above = a.captionRows(rows, above)
		}
		notes = a.noteToSentenceEnd(notes)
		title, rows = a.ordinalRowsApart(title, rows)
		var blk Block
		title, head := splitHeadApart(a.d, title)
		if len(head) > 0 && !a.oneCellALine(rows[0]) {
			// The header's lines stand as a row above the grid's rows.
			t := a.text(head...)
			var cells []string
			for _, i := range head {
				cells = append(cells, strings.Fields(a.d.Lines[i].Text)...)
			}
			blk.Rows = append(blk.Rows, Row{Cells: cells, Line: a.d.Lines[head[0]].Num, Text: t, Spaced: true})
		}
		var rowLines []int // each row's first line, where known
		if a.oneCellALine(rows[0]) && !a.d.Lines[rows[0]].Tabs {
			if k := a.paragraphAfterGrid(rows); k < len(rows) {
				a.doc.Passages = append(a.doc.Passages, Passage{Role: "body", Text: a.paragraphs(rows[k:])})
				rows = rows[:k]
			}
			if blks, spans, ok := a.mergedRows(rows); ok {
				a.mergedTables(blks, spans, run, title, above, notes)
				continue
			}
			blk.Rows, blk.Header = a.cellRows(rows)
			if blk.Header == 0 && len(blk.Rows) > 2 && yearsHead(blk.Rows[0].Cells) {
				blk.Header = 1 // 指标 2006 2007 … over 床位数 204.5 269.6 …
			}
		} else {
			var joined []int                   // the lines read as one, where bar rows wrap
			sep, start := false, len(blk.Rows) // after the header printed apart
			var widths []int                   // each row's cells, the empty ones that close it too
			padded := false                    // the first row closed with empty cells

			for k := 0; k < len(rows); k++ {
				i := rows[k]
				line := a.d.Lines[i]
				more := false
				for k+1 < len(rows) && (a.d.BarMore(rows[k+1]) || a.partOfRow(rows[k], rows[k+1])) {
					k++
					more = true
					line.Text = strings.TrimSpace(line.Text) + strings.TrimSpace(a.d.Lines[rows[k]].Text)
				}
				c := cue.Cells(line)
				if f, ok := figureRow(line.Text); ok && !more {
					c = f // a form's key and its figures, empty cells spaced wide (figureRow)
				}
				width := len(c) // with the empty cells that close it (paddedRows)
				for more && len(c) > 1 && c[len(c)-1] == "" {
					c = c[:len(c)-1] // the bar that closes a row of cells a line (… | |)
				}
				if len(widths) == 0 {
					padded = more && len(c) < width
				}
				if len(c) == 0 {
					sep = true
					continue // a Markdown separator row
				}
				joined = append(joined, i)
				l := a.d.Lines[i]
				t := strings.TrimSpace(l.Text)
				spaced := !l.Tabs && !strings.Contains(t, "|") && !strings.Contains(t, "  ")
				text := span.Plain(l.Text, l.Num)
				if spaced {
					// Its spaces are gaps: each may part two cells, or
					// letter-space a word (a two-character name set as
					// wide as three, 雷 声).
					text = span.Squeeze(l.Text, l.Num)
				}
				blk.Rows = append(blk.Rows, Row{Cells: c, Line: l.Num, Text: text, Spaced: spaced})
				widths = append(widths, width)
			}
			if sep {
				joined = rows // a Markdown grid: no rows wrapped by width
			}
			a.splitNarrowKeys(joined, blk.Rows[start:])
			n := len(blk.Rows)
			blk.Rows = append(blk.Rows[:start], a.joinWrappedRows(joined, blk.Rows[start:])...)
			blk.Rows = append(blk.Rows[:start], paddedRows(blk.Rows[start:], widths, padded && !sep)...)
			blk.Header = cutHead(blk.Rows, formHead(blk.Rows, headerRows(blk.Rows)), a.cutRow)
			if split, ok := runTogetherRows(blk.Rows[start:], a.cutRow); ok {
				blk.Rows, blk.Header = append(blk.Rows[:start], split...), start+1
			}
			if !sep && len(blk.Rows) == n {
				rowLines = append(make([]int, start), joined...)
			}
		}
		// A label over the grid's head printed again groups the rows
		// under it: no row, a note (groupLabels).
		var groups []Row
		groups, rowLines = regroup(&blk, rowLines)
		before := len(a.doc.Blocks)
		switch g, ok := a.garbledKeys(blk, rows); {
		case ok:
			a.closeTable(g, run, title, above, notes) // a grid printed box by box (garbledKeys)
		case rowLines != nil && len(sectionCuts(blk.Rows, blk.Header)) > 0:
			a.sectionTables(blk, rowLines, sectionCuts(blk.Rows, blk.Header), run, title, above, notes)
		default:
			blk.Header = headOnly(blk.Rows, blk.Header)
			blk.Rows = ordinalKeys(blk.Rows)
			a.closeTable(blk, run, title, above, notes)
		}
		a.addGroupNotes(before, groups)
	}
}

// unitLabelRe is the label that gives a grid's unit (单位：元, 金额单位：万元,
// 计量单位:户) and what follows it.
var unitLabelRe = regexp.MustCompile(`^\p{Han}{0,2}单位[：:]\s*(\S+)$`)

// unitLabel reports whether s is a grid's unit alone, though a web copy set
// it in a row of empty cells (单位:元||||||): a note over the grid, no row
// of it. What follows the label is a unit (元, 万元, 元/人月), not a body
// (上报单位：某区民政局).
func unitLabel(s string) bool {
	m := unitLabelRe.FindStringSubmatch(strings.TrimSpace(strings.Trim(s, "|｜ ")))
	if m == nil {
		return false
	}
	v := strings.TrimLeft(m[1], "万亿千百")
	u, ok := lexicon.Units().Prefix(v)
	return ok && (len(u) == len(v) || v[len(u)] == '/')
}

// sectionCuts finds the sections of a grid whose section rows repeat its
// header: a row with one cell filled (a caption spanning the grid, 第二十
// 条第(五)项 | ||||) over a row of words whose first cell is the header's
// (信息内容 | 上一年项目数量 | …), the section's own header. It returns the
// caption rows.
func sectionCuts(rows []Row, header int) []int {
	if header < 1 || header >= len(rows) || len(rows[0].Cells) == 0 || rows[0].Cells[0] == "" {
		return nil
	}
	var cuts []int
	for k := header; k+1 < len(rows); k++ {
		c, h := rows[k].Cells, rows[k+1].Cells
		if filled(c) != 1 || numberLike(c[firstFilled(c)]) || cue.IsTotal(c[firstFilled(c)]) {
			continue
		}
		if len(h) == 0 || h[0] != rows[0].Cells[0] || hasNumber(h) || filled(h) < 2 {
			continue
		}
		cuts = append(cuts, k)
	}
	return cuts
}

// sectionTables makes a table of each section of a grid (sectionCuts):
// the rows above the first caption keep the grid's title; each section is
// titled by its caption, its header the row under it. A section that
// holds no data row of two cells or more (a page's copy cut off) is text.
// The notes under the grid are the last section's.
// splitAtTitles cuts a run of table lines before a line, after rows, that
// names a table alone (某区8月份城市分散特困金统计表 |||): a page that sets
// its tables one under another starts the next there.
func (a *assembly) splitAtTitles(runs [][]int) [][]int {
	var out [][]int
	for _, run := range runs {
		from, rows := 0, false
		for k, i := range run {
			if rows && k > from && namesTableAlone(a.d.Lines[i]) {
				out = append(out, run[from:k])
				from, rows = k, false
			}
			rows = rows || a.isRow(i)
		}
		out = append(out, run[from:])
	}
	return out
}

// namesTableAlone reports whether l names a table, alone or as the one
// filled cell of a bar row.
func namesTableAlone(l cue.Line) bool {
	if !strings.Contains(l.Text, "|") {
		return cue.NamesTable(l.Sq)
	}
	c, ok := soleCell(l)
	return ok && cue.NamesTable(c)
}

// soleCell is the one filled cell of a row in bars, if it has one alone.
func soleCell(l cue.Line) (string, bool) {
	c := cue.Cells(l)
	if filled(c) != 1 {
		return "", false
	}
	return c[firstFilled(c)], true
}

// formCredits reports whether l is the foot of a statistical form, who
// filled, checked and approved it (制表人:某某 审核人:某某 审批人:某某):
// a note under the table, no row.
func formCredits(l cue.Line) bool {
	roles, _ := cue.Credits(strings.Trim(strings.TrimSpace(l.Text), "|"))
	return len(roles) > 0
}

func (a *assembly) sectionTables(blk Block, rowLines, cuts, run, title, above, notes []int) {
	linesOf := func(from, to int) []int { // the lines of run from line from up to line to
		var out []int
		for _, i := range run {
			if i >= from && (to < 0 || i < to) {
				out = append(out, i)
			}
		}
		return out
	}
	first := blk
	first.Rows = ordinalKeys(blk.Rows[:cuts[0]])
	a.closeTable(first, linesOf(-1, rowLines[cuts[0]]), title, above, nil)
	for n, c := range cuts {
		end, to := len(blk.Rows), -1
		if n+1 < len(cuts) {
			end, to = cuts[n+1], rowLines[cuts[n+1]]
		}
		var sec Block
		sec.Rows = blk.Rows[c+1 : end]
		sec.Header = headerRows(sec.Rows)
		var under []int
		if n == len(cuts)-1 {
			under = notes
		}
		lines := linesOf(rowLines[c], to)
		data := false
		for _, r := range sec.Rows[min(sec.Header, len(sec.Rows)):] {
			data = data || filled(r.Cells) >= 2
		}
		if !data {
			a.unreadTable(lines)
			continue
		}
		sec.Rows = ordinalKeys(sec.Rows)
		a.closeTable(sec, lines, []int{rowLines[c]}, nil, under)
	}
}

// closeTable gives a grid read from the lines run its title (the lines
// title, else the heading right above it) and its notes (the labels above
// it, then the notes under it), and keeps it where it holds a header and
// a row; else its lines are a passage of text.
func (a *assembly) closeTable(blk Block, run, title, above, notes []int) {
	if len(title) == 0 {
		// A heading right above a table names it: （三）救助情况.
		// A label between them (单位：万元) is the grid's note; the
		// page's information line (发布时间:…) is none.
		p := a.groupAbove(&blk, run[0])
		for p >= 0 && strings.ContainsAny(a.d.Lines[p].Sq, "：:") && !cue.EndsSentence(a.d.Lines[p].Sq) && !attachListed(a.d.Lines[p].Sq) && len(above) == 0 {
			if a.roles[p] != cue.Header {
				above = append(above, p)
			}
			p = a.prevLine(p)
		}
		// The head's lines (a grid's 事项名称 row read as the page's
		// title field) name the page, not the table under them.
		if p >= 0 && a.roles[p] != cue.Header && cue.HasHan(a.d.Lines[p].Sq) && !cue.SentencePunct(a.d.Lines[p].Sq) && !cue.EndsSentence(a.d.Lines[p].Sq) {
			title = []int{p}
		}
	}
	if len(title) > 0 {
		// A title that closes a bracket the line above it opened wraps
		// from there: (三)救助扩围增效情况(全市赛马比拼救助保障赛 / 指标).
		if p := a.prevLine(title[0]); p >= 0 && unclosed(a.d.Lines[title[0]].Sq) < 0 && unclosed(a.d.Lines[p].Sq) > 0 {
			title = append([]int{p}, title...)
		}
		blk.Title = tableTitleField(a.text(title...))
	}
	notes = append(above, notes...)
	for k := 0; k < len(notes); {
		// A note runs on over the lines after it that open no note.
		// A row in bars is a note of its own, its cell the note.
		j := k + 1
		for j < len(notes) && !cue.IsNote(a.d.Lines[notes[j]].Sq) && !barLine(a.d.Lines[notes[j]]) && !barLine(a.d.Lines[notes[k]]) {
			j++
		}
		t := a.text(notes[k:j]...)
		v := t.String()
		if barLine(a.d.Lines[notes[k]]) {
			v = strings.Trim(v, "| ")
		}
		blk.Notes = append(blk.Notes, Field{Value: v, Text: t, Rule: "table note"})
		k = j
	}
	blk.Rows = foldGroups(blk.Rows)
	if len(blk.Rows) >= 2 { // a grid has a header and a row at the least
		a.doc.Blocks = append(a.doc.Blocks, blk)
	} else {
		a.unreadTable(run)
	}
}

// headedCells reads the lines of run as a table laid out one cell a line
// whose header has two levels (cue.HeadedCells). A line among them taken
// for a page's chrome (投诉, a site's link) is read as one of its cells
// where the grid's header reads so with it: the sub-cells printed once
// per group, the same each time.
func (a *assembly) headedCells(run []int) (cue.CellGrid, bool) {
	if span := run[len(run)-1] - run[0] + 1; span > len(run) {
		all := make([]int, span)
		for k := range all {
			all[k] = run[0] + k
		}
		if g, ok := cue.HeadedCells(a.d, all); ok && !a.anyChrome(g.Title) && !a.anyChrome(g.Rest) {
			for _, i := range g.Lines() {
				if a.roles[i] == cue.Chrome {
					a.relabel(i, cue.Table)
				}
			}
			return g, true
		}
	}
	return cue.HeadedCells(a.d, run)
}

func (a *assembly) anyChrome(idx []int) bool {
	for _, i := range idx {
		if a.roles[i] == cue.Chrome {
			return true
		}
	}
	return false
}

// headedTable reads a table laid out one cell a line whose header has two
// levels (cue.HeadedCells): the first level's cells make the first header
// row, each group's heading over the first of its sub-cells, and the
// sub-cells the second; the running text a merged cell printed among the
// rows, and the lines after the grid, are its notes.
func (a *assembly) headedTable(g cue.CellGrid) {
	var blk Block
	top := make([]string, len(g.Top))
	for k, c := range g.Top {
		top[k] = strings.Join(cue.CellTexts(a.d, c), "")
	}
	var first, second []string
	first, second = append(first, top[0]), append(second, "")
	for n := 0; n < g.Groups; n++ {
		for k := 0; k < g.Block; k++ {
			label := ""
			if k == 0 {
				label = top[1+n]
			}
			first = append(first, label)
			second = append(second, strings.Join(cue.CellTexts(a.d, g.Sub[n*g.Block+k]), ""))
		}
	}
	for _, t := range top[1+g.Groups:] {
		first, second = append(first, t), append(second, "")
	}
	var headLines, subLines []int
	for _, c := range g.Top {
		headLines = append(headLines, c...)
	}
	for _, c := range g.Sub {
		subLines = append(subLines, c...)
	}
	blk.Rows = append(blk.Rows,
		Row{Cells: first, Line: a.d.Lines[headLines[0]].Num, Text: a.lines(headLines)},
		Row{Cells: second, Line: a.d.Lines[subLines[0]].Num, Text: a.lines(subLines)})
	blk.Header = 2
	for _, r := range g.Rows {
		blk.Rows = append(blk.Rows, Row{Cells: cue.CellTexts(a.d, r), Line: a.d.Lines[r[0]].Num, Text: a.lines(r)})
	}
	var title, above []int
	for _, i := range g.Title {
		if strings.ContainsAny(a.d.Lines[i].Sq, "：:") && !cue.NamesTable(a.d.Lines[i].Sq) {
			above = append(above, i) // 单位：户, a label above the grid
			continue
		}
		title = append(title, i)
	}
	notes := append(append([]int(nil), g.Merged...), g.Rest...)
	a.closeTable(blk, append(append([]int(nil), g.Title...), g.Lines()...), title, above, notes)
}

// joinCellRuns joins the runs of table lines that nothing but cells a
// line stand between (目 标 数, 25.00%, read as text): a grid an extractor
// gave column by column, whose cells between its runs the labelling took
// for text. A line that names a table opens another.
func (a *assembly) joinCellRuns(runs [][]int) [][]int {
	return a.joinRunsOver(runs, func([]int) bool { return true }, func(i int) bool {
		l := a.d.Lines[i]
		return a.roles[i] == cue.Body && (cue.IsCell(l) || a.cellAmong(i)) && !cue.NamesTable(l.Sq)
	})
}

// joinRunsOver joins each run of table lines to the run before it, where
// joins(last) holds of that run and every line between the two is page
// chrome or a line cell takes, which then become the table's.
func (a *assembly) joinRunsOver(runs [][]int, joins func(last []int) bool, cell func(i int) bool) [][]int {
	var out [][]int
	for _, r := range runs {
		if n := len(out); n > 0 && joins(out[n-1]) {
			last := out[n-1]
			var between []int
			ok := true
			for i := last[len(last)-1] + 1; i < r[0] && ok; i++ {
				switch {
				case a.roles[i] == cue.Chrome:
				case cell(i):
					between = append(between, i)
				default:
					ok = false
				}
			}
			if ok && len(between) > 0 {
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

// cellAmong reports whether line i, though its words hold a comma, is a
// cell among cells (90%以上老年人,其他地区, a note's cell): the lines on
// either side are cells, and it ends no sentence, opens with no
// enumerator and labels nothing.
func (a *assembly) cellAmong(i int) bool {
	s := a.d.Lines[i].Sq
	if i == 0 || i+1 >= len(a.d.Lines) || cue.EndsSentence(s) || strings.ContainsAny(s, "：:") {
		return false
	}
	if k, _, _ := cue.Enumerator(s); k != cue.NoEnum {
		return false
	}
	return cue.IsCell(a.d.Lines[i-1]) && cue.IsCell(a.d.Lines[i+1])
}

// captionRows reads the rows that open a grid in bars with one cell
// filled, above the first that fills two or more (| 民政事业统计月报表 | ||
// over | 指标名称 | 单位 | 数量 |), as a web page prints a caption cell
// spanning the grid: the first is the table's title, those after it (the
// period, | 2020年3月 | ||) notes above the grid, as are the rows of the
// form's filing fields under it, however many cells they fill (formFiling:
// | 编制单位:某省 | 2020年度 | 批准机关:某局 |). The row that fills two
// cells is the header, and a header and a data row must follow, or a row
// that runs them together (runTogetherRows).
func (a *assembly) captionRows(rows, above []int) (title, rest, notes []int) {
	if !barRows(a.d, rows) {
		return nil, rows, above
	}
	k := 0
	for k < len(rows) && (filled(cue.Cells(a.d.Lines[rows[k]])) == 1 || formFiling(a.d.Lines[rows[k]])) {
		k++ // a caption, or a note under it: the period, the form's filing fields (formFiling)
	}
	if k == 0 || k+2 > len(rows) && (k+1 > len(rows) || !runsTogether(cue.Cells(a.d.Lines[rows[k]]))) || filled(cue.Cells(a.d.Lines[rows[k]])) < 2 {
		return nil, rows, above
	}
	c := cue.Cells(a.d.Lines[rows[0]])[firstFilled(cue.Cells(a.d.Lines[rows[0]]))]
	if kind, _, _ := cue.Enumerator(c); kind != cue.NoEnum && hasNumber(cue.Cells(a.d.Lines[rows[k]])) || numberLike(c) {
		// A figure is no caption, nor a row's label over data (| 一、综合 |
		// || over | 乡镇级合计 | 个 | 1,405 |); a numbered part's over a
		// header of words is (| 第一部分 | || over | 事项 | 件数 |).
		return nil, rows, above
	}
	return rows[:1], rows[k:], append(above, rows[1:k]...)
}

// yearsHead reports whether cells are a header of years over a grid's
// columns (指标 2006 2007 … 2013, or 项目 2022年 2023年): past a first cell
// of words, two years or more and nothing else, each later than the one
// before, as a table of a series prints its years over its figures.
func yearsHead(cells []string) bool {
	if len(cells) > 0 && !numberLike(cells[0]) && !yearCellRe.MatchString(cells[0]) {
		cells = cells[1:]
	}
	if len(cells) < 2 {
		return false
	}
	last := 0
	for _, c := range cells {
		m := yearCellRe.FindStringSubmatch(c)
		if m == nil {
			return false
		}
		y, _ := strconv.Atoi(m[1])
		if y <= last {
			return false
		}
		last = y
	}
	return true
}

// yearCellRe is a cell that holds a year alone (2013, 2013年).
var yearCellRe = regexp.MustCompile(`^((?:19|20)\d{2})年?$`)

// barNote reports whether l is a row of bars whose one cell is a note
// (| 注:本资料部分数据因四舍五入… | ||), as a web grid closes with one.
func barNote(l cue.Line) bool {
	if !barLine(l) {
		return false
	}
	c, ok := soleCell(l)
	return ok && cue.IsNote(c)
}

// barLine reports whether l is a row of a grid in bars, | a | b |.
func barLine(l cue.Line) bool { return strings.HasPrefix(strings.TrimSpace(l.Text), "|") }

// filled counts the cells that are not empty.
func filled(cells []string) int { return countCells(cells, func(c string) bool { return c != "" }) }

func firstFilled(cells []string) int {
	for k, c := range cells {
		if c != "" {
			return k
		}
	}
	return 0
}

// tableTitle is the words of a table's title line: no enumerator, no
// bars or bold marks round it, and no timestamp in brackets after it, as
// a page prints its date by a headline (…一览表 (2024-03-27 )).
func tableTitle(s string) string {
	s = strings.Trim(s, "*| ")
	if m := stampTailRe.FindStringIndex(s); m != nil && m[0] > 0 {
		s = strings.TrimRight(s[:m[0]], " ")
	}
	if attachListed(s) {
		s, _ = cue.AttachmentList(s) // 附：某市殡葬服务机构联系方式, the attachment the grid is
	}
	if t := cue.StripEnumerator(s); t != "" {
		return t
	}
	return s // a caption that is its number alone (第一部分)
}

// tableTitleField is the table-title field of t, the text of a table's
// title lines: its value tableTitle's, its span the part of t that value
// is, or t whole where the value is not a part of it as it stands.
func tableTitleField(t span.Text) *Field {
	v := tableTitle(t.String())
	if k := strings.Index(t.String(), v); k >= 0 {
		t = t.Slice(k, k+len(v))
	}
	return &Field{Value: v, Text: t, Rule: "table title"}
}

// stampTailRe is a date or a timestamp in brackets that ends a line.
var stampTailRe = regexp.MustCompile(`[（(]\s*\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*[)）]\s*$`)

// ordinalRowsApart moves to the rows the lines at the end of a table's
// title that go on the count of ordinal labels its first row opens with
// (第一组 …, 第二组 … above 第三组 …): rows the grid's measure did not
// read as rows, being wider than the rest.
func (a *assembly) ordinalRowsApart(title, rows []int) ([]int, []int) {
	v, measure, _, ok := numeral.Ordinal(a.d.Lines[rows[0]].Sq)
	for ok && len(title) > 0 {
		w, m, _, ok2 := numeral.Ordinal(a.d.Lines[title[len(title)-1]].Sq)
		if !ok2 || m != measure || w != v-1 {
			break
		}
		rows = append([]int{title[len(title)-1]}, rows...)
		title, v = title[:len(title)-1], w
	}
	return title, rows
}

// ordinalLines is the lines of a run that open with ordinal labels
// counting 第一组, 第二组, 第三组 … from one, seriesLeast at the least: rows by
// their labels, however their cells are set.
func (a *assembly) ordinalLines(run []int) map[int]bool {
	var out map[int]bool
	want, measure := 1, ""
	for _, i := range run {
		v, m, _, ok := numeral.Ordinal(a.d.Lines[i].Sq)
		if !ok || v != want || want > 1 && m != measure {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[i], want, measure = true, want+1, m
	}
	if want <= seriesLeast {
		return nil
	}
	return out
}

// ordinalKeys reads rows that count 第一组, 第二组, 第三组 … from one,
// seriesLeast at the least (as serialOpens counts 1, 2, 3): the label is the
// row's key, and the words an extractor ran into it (第二组市民政局党组成员)
// the next cell; a line between two labelled rows that opens with none is
// the end of the row above, wrapped (第二组 … 李自钦 / 宝丰县、郟县).
func ordinalKeys(rows []Row) []Row {
	want := 1
	for _, r := range rows {
		if len(r.Cells) > 0 {
			if v, _, _, ok := numeral.Ordinal(r.Cells[0]); ok && v == want {
				want++
			}
		}
	}
	if want <= seriesLeast {
		return rows
	}
	var out []Row
	labelled := false
	for _, r := range rows {
		if len(r.Cells) == 0 {
			continue
		}
		_, _, end, ok := numeral.Ordinal(r.Cells[0])
		if !ok && labelled {
			last := &out[len(out)-1]
			last.Cells = append(last.Cells, r.Cells...)
			var b span.Builder
			b.AddText(last.Text)
			b.AddSeparator("\n", r.Line)
			b.AddText(r.Text)
			last.Text = b.Text()
			continue
		}
		labelled = labelled || ok
		if ok && end < len(r.Cells[0]) {
			r.Cells = append([]string{r.Cells[0][:end], r.Cells[0][end:]}, r.Cells[1:]...)
		}
		out = append(out, r)
	}
	return out
}

// splitHeadApart splits from a table's title lines the lines after the
// one that names the table (…安排表): short lines of words alone, no
// figure and no bracket opening them, are the grid's header that an
// extractor printed apart from its rows (备注 / 分包县（市、区） / 组别
// 职务及姓名), not more of its title.
func splitHeadApart(d *cue.Doc, title []int) (rest, head []int) {
	k := -1
	for n, i := range title {
		if cue.NamesTable(d.Lines[i].Sq) {
			k = n
		}
	}
	if k < 0 || k+1 == len(title) {
		return title, nil
	}
	for _, i := range title[k+1:] {
		s := d.Lines[i].Sq
		if !cue.HasHan(s) || strings.ContainsAny(s, "0123456789０１２３４５６７８９") || cue.SentencePunct(s) || cue.EndsSentence(s) || strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(") {
			return title, nil
		}
	}
	return title[:k+1], title[k+1:]
}

// unreadTable keeps the lines of a table that could not be read as a grid
// as a passage of text, so that the names and dates in them are found; its
// role tells the extractors that a space in it may part two cells.
func (a *assembly) unreadTable(run []int) {
	a.doc.Passages = append(a.doc.Passages, Passage{Role: "table", Text: a.lines(run)})
}

// oneCellALine reports whether line i is a cell of a grid flattened one
// cell a line: a run of cells, a grid under a column of serial numbers, or
// one under its column heads.
func (a *assembly) oneCellALine(i int) bool {
	return a.d.CellRun(i) || a.d.SerialGrid(i) || a.d.HeadGrid(i)
}

// isRow reports whether line i is a row of a grid.
func (a *assembly) isRow(i int) bool {
	l := a.d.Lines[i]
	if a.oneCellALine(i) || a.d.Row(i) || a.d.SpacedGrid(i) {
		return true
	}
	t := strings.TrimSpace(l.Text)
	if m := gluedKeyRe.FindStringSubmatch(t); m != nil && numberLike(m[2]) {
		return true // a key run into its figures (平顶山市55712.73%…)
	}
	if !l.Tabs && !strings.Contains(t, "  ") {
		return strings.HasPrefix(t, "|") // words one space apart: a row only as the grid's measure says
	}
	return len(cue.Cells(l)) >= 2 || strings.HasPrefix(t, "|")
}

// joinWrappedRows joins the lines of a table too wide for its page, whose
// rows wrap: where the rows that hold figures open at the left margin with
// their key (平顶山市 55 7 …) and the lines between them are indented, an
// indented line goes on with the row above it; the lines above the first
// keyed row are the header's, wrapped too, and make one row.
func (a *assembly) joinWrappedRows(idx []int, rows []Row) []Row {
	if len(idx) != len(rows) {
		return rows // separator rows dropped: no wrapped table
	}
	if barRows(a.d, idx) {
		// Bars part a grid's cells and its lines are its rows, however
		// their cells line up (| 一、综合 | || under | 指标名称 | 单位 | 数量 |):
		// a row wrapped over lines is read by its closing bar (BarMore).
		return rows
	}
	splitGluedKeys(rows)
	margin, keyed := -1, 0
	for k, i := range idx {
		l := a.d.Lines[i]
		if hasNumber(rows[k].Cells) && !numberLike(rows[k].Cells[0]) {
			if margin < 0 || l.Indent < margin {
				margin = l.Indent
			}
			keyed++
		}
	}
	wrapped, flush := false, false
	for k, i := range idx {
		if a.d.Lines[i].Indent > margin && k > 0 && hasNumber(rows[k].Cells) {
			wrapped = true
		}
	}
	if !wrapped && keyed >= 2 && !serialOpens(rows) {
		// A grid rebuilt from glyph positions wraps its rows with no
		// indent: a line that opens with a figure, or holds none, after a
		// keyed row goes on with it, unless figures open the rows as
		// their serial numbers.
		seen := false
		for _, r := range rows {
			key := hasNumber(r.Cells) && !numberLike(r.Cells[0])
			if seen && !key {
				flush = true
			}
			seen = seen || key
		}
	}
	if flush {
		return flushRows(rows)
	}
	if margin < 0 || keyed < 2 || !wrapped {
		return rows
	}
	// A keyed row stands left of the wrapped lines, though not always at
	// the margin (a page's rows may start a space further in).
	wrapIndent := -1
	for k, i := range idx {
		if l := a.d.Lines[i]; k > 0 && l.Indent > margin && len(rows[k].Cells) > 0 && numberLike(rows[k].Cells[0]) {
			if wrapIndent < 0 || l.Indent < wrapIndent {
				wrapIndent = l.Indent
			}
		}
	}
	var out []Row
	first := -1
	for k, i := range idx {
		l := a.d.Lines[i]
		left := l.Indent <= margin || wrapIndent > 0 && l.Indent < wrapIndent
		key := left && hasNumber(rows[k].Cells) && !numberLike(rows[k].Cells[0])
		switch {
		case key:
			if first < 0 && k > 0 {
				out = append(out, joinRows(rows[:k]))
			}
			first = k
			out = append(out, rows[k])
		case first < 0:
			// a header line: joined below
		default:
			last := &out[len(out)-1]
			last.Cells = append(last.Cells, rows[k].Cells...)
		}
	}
	return out
}

// barRows reports whether the lines of idx set their cells apart by bars:
// all of them, the last aside (a page's copy cut off mid-row).
func barRows(d *cue.Doc, idx []int) bool {
	for k, i := range idx {
		if !strings.Contains(d.Lines[i].Text, "|") && (k < len(idx)-1 || k == 0) {
			return false
		}
	}
	return len(idx) > 0
}

// flushRows rebuilds the rows of a grid whose wrapped lines stand flush
// with its keyed ones. Its cells read as one stream, and a row opens at
// each cell of words followed by a figure that opens its line or follows
// a figure (舞钢市 6 0 …, or …55% 439叶县 3 …, where the extractor ran the
// next row's key into the figure before it); the cells before the first
// make the header. Words between words are a note's (2763 目标, 试点地
// 区覆盖) and stay in their row.
func flushRows(rows []Row) []Row {
	type cell struct {
		s     string
		row   int
		opens bool // the cell opens its line
	}
	var stream []cell
	for k, r := range rows {
		for n, c := range r.Cells {
			if m := figureWordsRe.FindStringSubmatch(c); m != nil {
				stream = append(stream, cell{m[1], k, n == 0}, cell{m[2], k, false})
				continue
			}
			stream = append(stream, cell{c, k, n == 0})
		}
	}
	var out []Row
	keyed := false
	for j, c := range stream {
		key := !numberLike(c.s) && j+1 < len(stream) && numberLike(stream[j+1].s) &&
			(c.opens || j > 0 && numberLike(stream[j-1].s))
		if j == 0 || key && (keyed || j > 0) {
			out = append(out, Row{Line: rows[c.row].Line, Text: rows[c.row].Text})
		}
		keyed = keyed || key
		last := &out[len(out)-1]
		last.Cells = append(last.Cells, c.s)
	}
	return out
}

// figureWordsRe is a figure, or figures run together, with words run
// into it.
var figureWordsRe = regexp.MustCompile(`^(\d[\d.,%]*)(\p{Han}.*)$`)

// splitGluedKeys splits a row's key from the figures an extractor ran it
// into, where it kept no space between the cells (平顶山市55712.73%…): the
// words that open the row are its key, the figures after them its cells.
func splitGluedKeys(rows []Row) {
	for k, r := range rows {
		if len(r.Cells) != 1 {
			continue
		}
		if m := gluedKeyRe.FindStringSubmatch(r.Cells[0]); m != nil && numberLike(m[2]) {
			rows[k].Cells = []string{m[1], m[2]}
		}
	}
}

// gluedKeyRe is words with figures run on after them.
var gluedKeyRe = regexp.MustCompile(`^(\p{Han}+)(\d.*)$`)

// attachListed reports whether s names an attachment after its label
// (附：某市殡葬服务机构联系方式): the grid's title, not a note above it.
func attachListed(s string) bool {
	t, ok := cue.AttachmentList(s)
	return ok && t != ""
}

func attachHead(s string) bool {
	_, ok := cue.AttachmentHead(s)
	return ok
}

// unclosed is the number of brackets s opens and leaves open, less the
// number it closes that it did not open.
func unclosed(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case '(', '（', '[', '［', '【', '〔':
			n++
		case ')', '）', ']', '］', '】', '〕':
			n--
		}
	}
	return n
}

// splitNarrowKeys splits the first cell of a row that has fewer cells
// than the grid's first row, where one space stands in it: a narrow first
// column leaves one space between its cell and the next (第一组 市民政局
// 四级调研员 张国全   舞钢市、高新区, under 组别  职务及姓名  分包县  备注).
func (a *assembly) splitNarrowKeys(idx []int, rows []Row) {
	if len(idx) != len(rows) || len(rows) < 2 {
		return
	}
	want := len(rows[0].Cells)
	for k := 1; k < len(rows); k++ {
		l := a.d.Lines[idx[k]]
		if len(rows[k].Cells) >= want || rows[k].Spaced || l.Tabs || len(rows[k].Cells) == 0 {
			continue
		}
		raw := strings.TrimSpace(l.Text)
		if e := strings.Index(raw, "  "); e > 0 {
			raw = raw[:e]
		}
		sp := strings.IndexByte(raw, ' ')
		if sp <= 0 || numberLike(strings.TrimSpace(raw[sp:])) {
			continue // a figure after one space is keyFigure's (舞钢市 6)
		}
		key := span.SqueezeString(raw[:sp])
		rest := strings.TrimPrefix(rows[k].Cells[0], key)
		if rest == rows[k].Cells[0] || rest == "" {
			continue
		}
		rows[k].Cells = append([]string{key, rest}, rows[k].Cells[1:]...)
	}
}

// seriesLeast is how many members make a series of rows, counted 1, 2,
// 3 or 第一, 第二, 第三: two counted alike may be a pair of anything, a
// third makes the count a list's.
const seriesLeast = 3

// serialOpens reports whether rows open with serial numbers, 1, 2, 3 …,
// seriesLeast at the least: each of those rows is one of the grid's.
func serialOpens(rows []Row) bool {
	want := 1
	for _, r := range rows {
		if len(r.Cells) > 0 && r.Cells[0] == strconv.Itoa(want) {
			want++
		}
	}
	return want > seriesLeast
}

// joinRows makes one row of rows' cells, on the first row's line.
func joinRows(rows []Row) Row {
	r := Row{Line: rows[0].Line, Text: rows[0].Text}
	for _, x := range rows {
		r.Cells = append(r.Cells, x.Cells...)
	}
	return r
}

// cellRows rebuilds the rows of a table laid out one cell a line. Rows
// open with serial numbers 1, 2, 3 … at one stride: the cells before the
// first are the header, those after the last numbered row one more row (a
// total, its first cells merged). Without serial numbers a row opens at
// each cell of words that follows a number.
func (a *assembly) cellRows(idx []int) ([]Row, int) {
	cells := make([]string, len(idx))
	for k, i := range idx {
		// The bar a web page's table closes each cell with is no word of it.
		cells[k] = strings.TrimSpace(strings.TrimRight(a.d.Lines[i].Sq, "|｜ "))
	}
	row := func(from, to int) Row {
		return Row{Cells: append([]string(nil), cells[from:to]...), Line: a.d.Lines[idx[from]].Num, Text: span.Plain(strings.Join(cells[from:to], " "), a.d.Lines[idx[from]].Num)}
	}
	if blocks := cue.BlockRows(a.d, idx); blocks != nil {
		var rows []Row
		for _, b := range blocks {
			// Each line's cells are split at its spaces: a guess, so its
			// words are read as the row's whole text.
			r := Row{Line: a.d.Lines[b[0]].Num, Text: a.lines(b), Spaced: true}
			for _, i := range b {
				r.Cells = append(r.Cells, cue.Cells(a.d.Lines[i])...)
			}
			rows = append(rows, r)
		}
		return rows, 1
	}
	if rows, header, ok := a.columnRows(idx, cells); ok {
		return rows, header
	}
	var starts []int
	want := 1
	for k, c := range cells {
		if c == strconv.Itoa(want) && (len(starts) == 0 || k-starts[len(starts)-1] >= 2) {
			starts = append(starts, k)
			want++
		}
	}
	stride := cue.EvenStride(starts)
	var rows []Row
	header := 0
	if stride > 1 && len(starts) >= 3 { // 1 and 2 alone may be amounts (中观镇 1 班竹乡 2)
		if starts[0] > 0 {
			rows = append(rows, row(0, starts[0]))
			header = 1
		}
		for _, s := range starts {
			rows = append(rows, row(s, min(s+stride, len(cells))))
		}
		if end := starts[len(starts)-1] + stride; end < len(cells) {
			rows = append(rows, row(end, len(cells)))
		}
		return rows, header
	}
	// Under a column head of serial numbers (序号) each number opens a
	// row, however many lines its cells wrap over; where every row holds
	// a cell for each of the header's, the numbers stand at that stride,
	// and a count among the cells that equals the next number (家庭人口 2)
	// opens none.
	if len(starts) >= 1 && starts[0] > 0 && cue.SerialHead(cells[0]) {
		if st := starts[0]; headerStride(cells, st) {
			rows = append(rows, row(0, st))
			for s := st; s < len(cells); s += st {
				rows = append(rows, row(s, min(s+st, len(cells))))
			}
			return rows, 1
		}
		rows = append(rows, row(0, starts[0]))
		for n, s := range starts {
			end := len(cells)
			if n+1 < len(starts) {
				end = starts[n+1]
			}
			rows = append(rows, row(s, end))
		}
		return rows, 1
	}
	if rows, header, ok := enumeratedRows(cells, row); ok {
		return rows, header
	}
	if rows, header, ok := sentenceRows(cells, row); ok {
		return rows, header
	}
	// Rows open at each cell of words that follows a number. Where they
	// open at one stride, the first row holds as many cells as the rest,
	// and the cells before it are the header (单位 补助资金 备注 | 资阳区 150
	// | 赫山区 210 …, an empty column left out); cells after the last row
	// with no number are none of the table's.
	var opens []int
	for k := 1; k < len(cells); k++ {
		if !numberLike(cells[k]) && numberLike(cells[k-1]) {
			opens = append(opens, k)
		}
	}
	if st := cue.EvenStride(opens); st > 1 && opens[0]-st >= 0 {
		first := opens[0] - st
		if first > 0 {
			rows = append(rows, row(0, first))
			header = 1
		}
		if w := first; w > st && w%st == 0 && repeatsEvery(cells[:w], st) {
			// Columns set side by side in pairs (单位 金额 单位 金额 单位
			// 金额), a page saving its width: a row runs the whole header,
			// a list read across it; the last may be cut short.
			for b := first; b < len(cells); b += w {
				rows = append(rows, row(b, min(b+w, len(cells))))
			}
			return rows, header
		}
		bounds := append([]int{first}, opens...)
		for n, b := range bounds {
			end := len(cells)
			if n+1 < len(bounds) {
				end = bounds[n+1]
			}
			if n == len(bounds)-1 && !hasNumber(cells[b:end]) {
				break
			}
			rows = append(rows, row(b, end))
		}
		return rows, header
	}
	// Rows whose lines hold several cells each (舞钢市 6 / 0 / 0% 6 29 …):
	// read as one stream of cells, a row opening at each cell of words
	// followed by a figure.
	split := make([]Row, len(idx))
	several := false
	for k, i := range idx {
		c := cue.Cells(a.d.Lines[i])
		several = several || len(c) > 1
		split[k] = Row{Cells: c, Line: a.d.Lines[i].Num, Text: span.Plain(a.d.Lines[i].Text, a.d.Lines[i].Num)}
	}
	if several {
		if out := flushRows(split); len(out) > 1 {
			if !hasNumber(out[0].Cells) {
				header = 1
			}
			return out, header
		}
	}
	from := 0
	for k := 1; k <= len(cells); k++ {
		if k == len(cells) || !numberLike(cells[k]) && numberLike(cells[k-1]) {
			rows = append(rows, row(from, k))
			from = k
		}
	}
	if len(rows) > 1 && !hasNumber(rows[0].Cells) {
		header = 1
	}
	return rows, header
}

// repeatsEvery reports whether cells are one group of st heads printed
// again and again (单位 金额 单位 金额).
func repeatsEvery(cells []string, st int) bool {
	for k := st; k < len(cells); k++ {
		if cells[k] != cells[k-st] {
			return false
		}
	}
	return true
}

// sentenceRows reads a table of words whose rows each close with a cell
// of sentences (要点 | 重点内容 | 某项工作 | 推进……。 | 另一项工作 | 完善……。):
// where those cells stand at one stride, a row is that many cells, and
// the cells before the first row are the header. A cell cut off where
// the text ends closes the last row too.
func sentenceRows(cells []string, row func(from, to int) Row) ([]Row, int, bool) {
	var ends []int
	for k, c := range cells {
		if cue.EndsSentence(strings.TrimRight(c, "|｜ ")) || k == len(cells)-1 && len(ends) > 0 && cue.SentencePunct(c) {
			ends = append(ends, k)
		}
	}
	st := cue.EvenStride(ends)
	if st < 2 || ends[0]+1-st < 1 {
		return nil, 0, false
	}
	first := ends[0] + 1 - st
	rows := []Row{row(0, first)}
	for _, e := range ends {
		rows = append(rows, row(e+1-st, e+1))
	}
	return rows, 1, true
}

// headerStride reports whether the serial numbers 1, 2 … stand at every
// st-th cell from st on, st the header's cells, two rows at the least.
func headerStride(cells []string, st int) bool {
	n := 0
	for s := st; s < len(cells); s += st {
		if cells[s] != strconv.Itoa(n+1) {
			return false
		}
		n++
	}
	return n >= 2
}

// columnRows rebuilds a table read column by column, as extractors that
// follow a page's text flow give it: the serial numbers stand in one run,
// 1, 2, 3 …, under their header and over the rows' labels after them (合计),
// up to a break; each later run of cells between breaks that holds, past
// a header of words, no more cells than the rows is a column, set from
// the top. Other runs are pieces of a header spanning columns.
func (a *assembly) columnRows(idx []int, cells []string) ([]Row, int, bool) {
	// Where a blank line stands before every cell (pdfminer), blank lines
	// part no columns: the serial run ends where the numbers stop, and
	// only a total's label (合计) follows it among the keys.
	everyCell := len(idx) > 1
	for _, i := range idx[1:] {
		everyCell = everyCell && a.d.Lines[i].Blanks > 0
	}
	apart := func(k int) bool { return !everyCell && a.d.Lines[idx[k]].Blanks > 0 }
	from, n := -1, 0
	for k := 0; k < len(cells) && from < 0; k++ {
		if cells[k] != "1" {
			continue
		}
		m := 1
		for k+m < len(cells) && cells[k+m] == strconv.Itoa(m+1) && !apart(k+m) {
			m++
		}
		if m >= 3 {
			from, n = k, m
		}
	}
	if from < 0 {
		return nil, 0, false
	}
	end := from + n
	for end < len(cells) && !apart(end) && !numberLike(cells[end]) && (!everyCell || cue.IsTotal(cells[end])) {
		end++
	}
	keys := end - from
	rows := make([]Row, keys)
	for r := range rows {
		i := idx[from+r]
		rows[r] = Row{Cells: []string{cells[from+r]}, Line: a.d.Lines[i].Num, Text: span.Plain(a.d.Lines[i].Text, a.d.Lines[i].Num)}
	}
	head := Row{Line: a.d.Lines[idx[0]].Num, Text: span.Plain(a.d.Lines[idx[0]].Text, a.d.Lines[idx[0]].Num)}
	head.Cells = append(head.Cells, cells[:from]...)
	columns := 0
	for k := end; k < len(cells); {
		j := k + 1
		for j < len(cells) && !apart(j) {
			j++
		}
		if everyCell {
			// No break tells a column from the next: a column is as many
			// figures as there are rows, or words for the rows above the
			// totals; any other cell is the header's.
			if c, ok := stackedColumn(cells[k:], keys, keys-totals(cells[from:end])); ok {
				for r, x := range c {
					rows[r].Cells = append(rows[r].Cells, x)
				}
				columns++
				k += len(c)
			} else {
				head.Cells = append(head.Cells, cells[k])
				k++
			}
			continue
		}
		run := cells[k:j]
		data := run
		if len(data) > 0 && !numberLike(data[0]) {
			data = data[1:]
		}
		if len(data) <= keys && 2*len(data) > keys {
			for r, c := range data {
				rows[r].Cells = append(rows[r].Cells, c)
			}
			columns++
		}
		head.Cells = append(head.Cells, run[:len(run)-len(data)]...)
		if len(data) > keys || 2*len(data) <= keys {
			head.Cells = append(head.Cells, data...)
		}
		k = j
	}
	if columns == 0 {
		return nil, 0, false
	}
	return append([]Row{head}, rows...), 1, true
}

// stackedColumn returns the column that opens cells: keys figures, or
// labelled words for the rows above the totals.
func stackedColumn(cells []string, keys, labelled int) ([]string, bool) {
	all := func(n int, figure bool) bool {
		if n < 1 || n > len(cells) {
			return false
		}
		for _, c := range cells[:n] {
			if numberLike(c) != figure {
				return false
			}
		}
		return true
	}
	switch {
	case all(keys, true):
		return cells[:keys], true
	case labelled < keys && all(labelled, false):
		return cells[:labelled], true
	}
	return nil, false
}

// totals counts the total's labels among keys (合计).
func totals(keys []string) int { return countCells(keys, cue.IsTotal) }

// headerRows counts the header rows of a grid: the first row, and the rows
// after it that continue the header (an empty first cell, no numbers), as
// under a merged heading (街道综合养老中心 / 目标数 完成数 …).
func headerRows(rows []Row) int {
	if len(rows) < 2 || statesSentence(rows[0].Cells) {
		return 0 // a header names columns; a cell that states a sentence is data (申请条件 | 具有…的, …)
	}
	if c := rows[0].Cells; len(c) > 1 && cue.PhoneCell(c[len(c)-1]) {
		return 0 // nor does it give a number to call: a directory's first row
	}
	if codeRow(rows[0].Cells) {
		return 0 // nor an organisation's 统一社会信用代码: a form's first record (codeRow)
	}
	if guideFields(rows) {
		return 0 // nor a guide's label and its value: its first field (guideFields)
	}
	// Over a grid of figures, the rows above the first that holds more
	// figures than words are the header's, its first cells words (排序 街道
	// 20241 20242 / 低保 特困 合计 …, a header of two lines).
	for k, r := range rows {
		f := figures(r.Cells)
		if f > len(r.Cells)-f {
			if k > 1 {
				return k
			}
			break
		}
		if len(r.Cells) == 0 || numberLike(r.Cells[0]) {
			break
		}
	}
	n := 1
	for n < len(rows)-1 {
		r := rows[n].Cells
		if len(r) == 0 || r[0] != "" || hasNumber(r) {
			break
		}
		n++
	}
	if n == 1 && len(rows) > 2 && subHeader(rows[0].Cells, rows[1].Cells, rows[2].Cells) {
		n = 2 // 公开事项 | 公开内容 | … over 一级事项 | 二级事项 | | …
	}
	if n == 1 && len(rows) > 2 && groupSubHead(rows[0].Cells, rows[1].Cells) {
		n = 2 // 一级目录 | 二级目录 | … over 编号 | 名称 | 编号 | 名称 …
	}
	return n
}

// subHeader reports whether row, under the header head and over the
// first data row next, is the header's second level: labels under some of
// its columns (一级事项 | 二级事项, the cells under the rest left empty),
// two or more, fewer than the header and the row under it fill, no
// figure and no sentence. One label alone over the rows is an outline's
// (一、火化 | | ), a row of the grid.
func subHeader(head, row, next []string) bool {
	filled := func(cs []string) int { return countCells(cs, func(c string) bool { return c != "" }) }
	f := filled(row)
	if f < 2 || f >= filled(head) || f >= filled(next) || hasNumber(row) || statesSentence(row) {
		return false
	}
	// Each label names a part of the column over it, no longer than its
	// head (公开事项 over 一级事项); a data row's key or value runs longer
	// (组别 over 第一组).
	for k, c := range row {
		if c != "" && (k >= len(head) || utf8.RuneCountInString(c) > utf8.RuneCountInString(head[k])) {
			return false
		}
	}
	return true
}

// statesSentence reports whether a cell of cells states a sentence: a
// clause's mark in it, or a sentence's end.
// cellRow makes a row of cells printed one a line, on lines idx (indices
// of the document's lines, in order): its text the lines' own, so that
// each cell keeps the line it was printed on.
func (a *assembly) cellRow(cells []string, idx []int) Row {
	return Row{Cells: append([]string(nil), cells...), Line: a.d.Lines[idx[0]].Num, Text: a.text(idx...)}
}

func statesSentence(cells []string) bool {
	for _, c := range cells {
		if cue.SentencePunct(c) || cue.EndsSentence(c) {
			return true
		}
	}
	return false
}

// numberCellRe is a figure, or figures run together where an extractor
// kept no space between cells (55712.73%48).
var numberCellRe = regexp.MustCompile(`^[-+]?(\d[\d,]*(\.\d+)?%?)+$`)

func numberLike(s string) bool { return numberCellRe.MatchString(s) }

// figures counts the cells of a row that hold a figure.
func figures(cells []string) int { return countCells(cells, numberLike) }

// countCells counts the cells that is holds of.
func countCells(cells []string, is func(string) bool) int {
	n := 0
	for _, c := range cells {
		if is(c) {
			n++
		}
	}
	return n
}

func hasNumber(cells []string) bool { return figures(cells) > 0 }

// noteToSentenceEnd runs a table's note on to the end of its sentence: a
// note whose last line stops mid-sentence (…乡镇敬老院提升改造2022年) goes
// on in the lines after it, with no break between, whatever they were
// labelled (完成2763人。); those lines are the note's.
func (a *assembly) noteToSentenceEnd(notes []int) []int {
	for len(notes) > 0 {
		last := notes[len(notes)-1]
		j := last + 1
		if cue.EndsSentence(a.d.Lines[last].Sq) || j >= len(a.d.Lines) || a.d.Break(j) || a.roles[j] == cue.Table || a.roles[j] == cue.Chrome {
			return notes
		}
		if _, head := cue.AttachmentHead(a.d.Lines[j].Sq); head || cue.IsNote(a.d.Lines[j].Sq) {
			return notes
		}
		a.relabel(j, cue.Table)
		notes = append(notes, j)
	}
	return notes
}

// TableReach is, for each of doc's items, the last line of the tables that
// stand right under its text, with nothing but chrome between (a section
// given wholly to a grid, 二、主动公开政府信息情况 over its cells, ends where
// the grid does), or 0 where none does; the lines of a table not read as
// a grid count too. A table under an attachment's heading (附件1) is the
// attachment's, not the item's.
func TableReach(doc *Document) []int {
	var spans []span.Lines
	for _, b := range doc.Blocks {
		spans = append(spans, blockLines(b))
	}
	for _, p := range doc.Passages {
		if p.Role == "table" && p.Text.Len() > 0 {
			spans = append(spans, p.Text.Lines())
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].First < spans[j].First })
	out := make([]int, len(doc.Items))
	b := 0
	for k, it := range doc.Items {
		l := it.textLines()
		if l.First == 0 {
			continue
		}
		next := -1
		if k+1 < len(doc.Items) {
			next = doc.Items[k+1].textLines().First
		}
		end := l.Last
		for b < len(spans) && spans[b].First <= end {
			b++
		}
		for ; b < len(spans); b++ {
			if next > 0 && spans[b].Last >= next || !onlyTable(doc.Lines, end, spans[b].First) {
				break
			}
			end = lastTableLine(doc.Lines, spans[b].Last, next)
			out[k] = end
		}
	}
	return out
}

// blockLines is the range of lines a grid's rows and notes stand on.
func blockLines(b Block) span.Lines {
	l := span.Lines{First: b.Rows[0].Line, Last: b.Rows[0].Line}
	for _, r := range b.Rows {
		l.First, l.Last = min(l.First, r.Line), max(l.Last, r.Line)
		if r.Text.Len() > 0 {
			l.Last = max(l.Last, r.Text.Lines().Last)
		}
	}
	for _, n := range b.Notes {
		nl := n.Text.Lines()
		l.First, l.Last = min(l.First, nl.First), max(l.Last, nl.Last)
	}
	return l
}

// lastTableLine is the last line of the table whose cells reach line
// from: the lines labelled table after it (a row's cells a line each, read
// as the row's first) up to one of another role, chrome aside, and before
// line next where next > 0.
func lastTableLine(lines []Labelled, from, next int) int {
	end := from
	k := sort.Search(len(lines), func(k int) bool { return lines[k].Num > from })
	for ; k < len(lines) && (next <= 0 || lines[k].Num < next); k++ {
		switch lines[k].Role {
		case cue.Table:
			end = lines[k].Num
		case cue.Chrome:
		default:
			return end
		}
	}
	return end
}

// onlyTable reports whether the lines after line from and before line to
// are a table's or chrome, none an attachment's heading.
// The line from itself is no attachment's heading either (附件2 read as
// the end of the item's text).
func onlyTable(lines []Labelled, from, to int) bool {
	k := sort.Search(len(lines), func(k int) bool { return lines[k].Num >= from })
	for ; k < len(lines) && lines[k].Num < to; k++ {
		l := lines[k]
		if attachHead(span.SqueezeString(l.Text)) || l.Num > from && l.Role != cue.Table && l.Role != cue.Chrome {
			return false
		}
	}
	return true
}

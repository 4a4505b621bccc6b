package cue

import (
	"math"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/punct"
)

// Line is one line of a document as the cues see it: a line of the file,
// or one part of a line that held several run together.
type Line struct {
	Num     int    // 1-based line number in the original file
	Text    string // the cleaned text, inner spaces kept
	Sq      string // Text without the spaces extraction puts beside Chinese characters
	Indent  int    // leading white space of the original line, in runes
	Heading int    // Markdown heading level, 0 if none
	Item    bool   // a Markdown list item (- 首页), its mark taken off
	Tabs    bool   // the line holds tab-separated cells
	Blanks  int    // blank lines between this line and the one before
	Part    int    // 0 for a whole line; 1, 2 … for the parts of a split one
}

// Doc is a document's lines with what is measured on them. The cues
// compare a line with these measures, never with a constant.
type Doc struct {
	Lines []Line

	// Wrap is the width at which the document's running text wraps, or 0
	// when its lines are whole paragraphs; Slack is how far short of it a
	// wrapped line may stop (punctuation and Latin letters move the break).
	Wrap, Slack float64
	// Paragraph is the median width of the lines that close a sentence
	// of running text: in a text of a paragraph a line, how wide its
	// paragraphs are.
	Paragraph float64
	// Gap is the number of blank lines that usually stands between two
	// lines; more than that is a break.
	Gap int
	// Indent is the usual indent of a line.
	Indent int
	// Top is the outermost enumerator that numbers two lines in sequence
	// (一、 and 二、), or else one that numbers a first line (一、); lower
	// ones number parts inside.
	Top Enum

	headline    string         // the first line of Chinese text that could be a title
	firstText   string         // the first line of Chinese text, whatever its shape
	firstTextAt int            // and where it stands
	firstAt     map[string]int // where each line's text first stands
	lastAt      map[string]int // where it last stands
	heads       headings       // heading-shaped lines, to find their copies (headIndex)
	fileStem    string         // the name, its extension cut, of the first file a line names (fileTitled)
	fileStemAt  int            // and where that line stands

	// What every cue asks of a line, measured once: clause punctuation,
	// a sentence's end, cells of a grid, a page's information fields.
	punct, ends, rows, info []bool
	// aside marks the lines of a page's tool words alone, as a page sets
	// them into its text where a picture stood (打开某某新闻查看精彩图片):
	// the text flows past them.
	aside               []bool
	cells               []bool // lines in a run of table cells laid out one a line
	barMore             []bool // lines that go on with a bar row wrapped over them
	titles              []bool // lines of a run that reads as a notice's title
	leads               []bool // lines whose text a later line opens with (leadRepeat)
	listed              []bool // lines of a 目录 printed with no label (listedRuns)
	between             []bool // lines of a cell's words between a grid's rows (betweenLines)
	seal                int    // the index of the 落款's date line, or -1 (sealEnd)
	second              int    // the first line of a second document under the text, or -1 (secondDocument)
	serial              []bool // lines of a grid laid out one cell a line under 序号 (measureSerialGrids)
	spaced              []bool // rows of a grid whose cells one space parts (measureSpacedGrids)
	headed              []bool // lines of a grid one cell a line under its column heads (measureHeadGrids)
	stat                []bool // lines under a statistical form's head, or nil (measureStatGrids)
	form                []bool // lines of a web page's feedback form (measureForms)
	stamp               []bool // lines of a publish stamp split over lines (measureSplitStamps)
	placeLeds           []bool // a roundup's headings led by a place (measurePlaceLeds)
	digest              []bool // the dated paragraphs of a news digest (measureDigest)
	entries             []int  // where the text of a yearbook's entry named in brackets begins, or 0 (measureEntries)
	dated               []bool // lines that open with a date that starts a sentence (measureDigest)
	selfNamed           []bool // lines that name the text by its title's kind (selfNamedLines)
	pageColumns         []bool // the column names in a paper's list of its pages (measurePageColumns)
	unitLabels          []bool // the units' names over their news in a roundup (measureUnitLabels)
	recipients          []bool // lines of 主送 lists (recipientLines)
	running             int    // the index of the first line of running text (firstRunning)
	foot                []bool // lines under a distribution list (footLines)
	infoAgain           int    // the page's information line printed once more under its text, or len(Lines)
	creditsAt, closedAt int    // the article's closing credits, creditsAt up to closedAt (closingCredits), or len(Lines)
	credits             []bool // lines of a site's credits over its foot (creditLines)
	outlineAt           int    // the heading of a converter's list of bookmarks, or len(Lines)
	related             []bool // lines of a list of links to other articles (relatedLines)
	askers              []bool // a transcript's labels of who asks (askerLines)
	posted              string // the day the page's information line says it was posted (postedDay)
	wordsFrom           int    // the first line of words (firstWords)
}

// NewDoc measures a document.
func NewDoc(lines []Line) *Doc {
	return newDocWith(lines, Workers(lines))
}

// newDocWith is NewDoc with the measures of each line on its own taken by
// up to workers goroutines, each a stretch of the lines: every one reads
// its line only and writes its own slots, so the Doc is the same for any
// number (TestNewDocSameShared).
func newDocWith(lines []Line, workers int) *Doc {
	d := &Doc{Lines: lines}
	n := len(lines)
	d.punct, d.ends, d.rows, d.info, d.aside = make([]bool, n), make([]bool, n), make([]bool, n), make([]bool, n), make([]bool, n)
	// What titleRuns and cellRuns ask of each line on its own. Whether a
	// line is a print stamp or a page number is asked of the lines by a
	// table's cells only: on one goroutine, only there (see cellRuns).
	field, cell := make([]bool, n), make([]bool, n)
	var stamp []bool
	if workers > 1 {
		stamp = make([]bool, n)
	}
	Stretches(n, workers, func(from, to int) {
		for i := from; i < to; i++ {
			l := lines[i]
			d.punct[i], d.ends[i] = SentencePunct(l.Sq), EndsSentence(l.Sq)
			d.aside[i] = appBanner(l.Sq) || furnitureOnly(l.Sq)
			d.rows[i] = rowSet(l)
			d.info[i] = infoLine(l.Text)
			field[i] = d.shaped(i) && (d.info[i] || headerField(l))
			cell[i] = isCell(l)
			if stamp != nil {
				stamp[i] = stampOrNumber(strings.TrimSpace(l.Text))
			}
		}
	})
	d.wrappedInfo()
	d.measureGaps()
	d.stackedInfo()
	d.bulletedInfo()
	for k, v := range d.bulletedValues() {
		if v { // a field's value whose label was lost: no title's line
			d.info[k], field[k] = true, true
		}
	}
	d.columnHeads()
	d.posted = d.postedDay()
	d.wordsFrom = d.firstWords()
	// The measures below each read what is measured above and write a
	// part of d of their own, which none of the others reads, so on a long
	// document they are taken side by side.
	tasks := []func(){
		func() {
			d.gridHeads()
			d.wrappedBarRows()
		},
		func() {
			d.measureWrap()
			d.measureParagraph()
			d.measureTop()
		},
		func() {
			d.firstAt = make(map[string]int, len(lines))
			d.lastAt = make(map[string]int, len(lines))
			for i, l := range lines {
				if _, ok := d.firstAt[l.Sq]; !ok {
					d.firstAt[l.Sq] = i
				}
				d.lastAt[l.Sq] = i
				// A news script's speaker label (【同期】…) is no headline.
				// Nor is the site's banner over the page's trail of links
				// (某省政府 某市政府 / 当前位置:首页 > …): the headline stands
				// under the trail.
				if d.headline == "" && d.shaped(i) && !d.info[i] && !pageFurniture(l) && ScriptLabel(l.Sq) == "" && !(i+1 < len(lines) && IsBreadcrumb(lines[i+1].Sq)) && !numberedTrailAt(lines, i) {
					d.headline = l.Sq
				}
				if d.fileStem == "" {
					d.fileStem, d.fileStemAt = stemOf(l.Sq), i
				}
				if d.firstText == "" && HasHan(l.Sq) && !d.info[i] && !pageFurniture(l) {
					d.firstText, d.firstTextAt = strings.Trim(l.Sq, " |"), i // a page's cell bars are no words
				}
			}
			d.cells = cellRuns(d, cell, stamp)
		},
		func() { d.titles = titleRuns(d, field) },
		func() { d.serial = measureSerialGrids(d) },
		func() { d.spaced = measureSpacedGrids(d) },
		func() { d.stamp = measureSplitStamps(d.Lines) },
		func() { d.placeLeds = measurePlaceLeds(d) },
		func() { d.digest = measureDigest(d) },
		func() { d.entries = measureEntries(d) },
		func() { d.pageColumns = measurePageColumns(d) },
		func() { d.unitLabels = measureUnitLabels(d) },
		func() { d.heads = d.headIndex() },
		func() { d.credits = d.creditLines() },
		func() { d.related = d.relatedLines() },
		func() { d.askers = d.askerLines() },
		func() { d.leads = d.repeatedLeads() },
		func() {
			d.running = d.firstRunning()
			d.seal = d.sealEnd()
			d.foot = d.footLines()
		},
	}
	Stretches(len(tasks), workers, func(from, to int) {
		for _, task := range tasks[from:to] {
			task()
		}
	})
	d.Top = d.topAboveSeal()       // asks seal, measured above
	d.infoAgain = d.repeatedInfo() // asks running, measured above
	d.headed = measureHeadGrids(d) // asks serial, spaced, cells and rows, measured above
	d.form = measureForms(d)
	d.stat = measureStatGrids(d)
	d.recipients = d.recipientLines() // asks titles, measured above
	d.listed = d.listedRuns()         // asks lastAt, measured above
	d.between = d.betweenLines()
	d.creditsAt, d.closedAt = d.closingCredits()
	d.outlineAt = d.outlineStart()
	d.second = d.secondDocument()    // asks Top and running, measured above
	d.selfNamed = d.selfNamedLines() // asks titles, measured above
	return d
}

// WorkersFor is how many goroutines share the work on a text of n bytes:
// as many as there are cores from SharedFrom bytes, else one.
func WorkersFor(n int) int {
	if n >= SharedFrom {
		return runtime.GOMAXPROCS(0)
	}
	return 1
}

// WorkersOver is WorkersFor the text of lines, size giving each line's
// bytes; it stops counting at SharedFrom.
func WorkersOver[L any](lines []L, size func(L) int) int {
	n := 0
	for _, l := range lines {
		if n += size(l); n >= SharedFrom {
			break
		}
	}
	return WorkersFor(n)
}

// Workers is WorkersOver the cue lines.
func Workers(lines []Line) int { return WorkersOver(lines, func(l Line) int { return len(l.Sq) }) }

// Share calls do(k) for every k in [0, n), on up to workers goroutines,
// each taking the next k in turn; with one worker, in the caller, in
// order. A panic in a task is raised again in the caller, where Parse
// reports it.
func Share(n, workers int, do func(k int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for k := range n {
			do(k)
		}
		return
	}
	var (
		wg      sync.WaitGroup
		next    atomic.Int64
		failed  atomic.Bool
		once    sync.Once
		failure any
	)
	for range workers {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					once.Do(func() { failure = r })
					failed.Store(true)
				}
			}()
			for !failed.Load() {
				k := int(next.Add(1) - 1)
				if k >= n {
					return
				}
				do(k)
			}
		})
	}
	wg.Wait()
	if failure != nil {
		panic(failure)
	}
}

// Stretches calls do on [0, n) cut into stretches, shared (Share) among up
// to workers goroutines; with one worker, do(0, n) in the caller. There are
// four stretches a worker, so that a worker slowed by costly lines (or by
// another process on its core) does not hold up the others; four is not
// tuned (the result is the same for any number, and a stretch of a long
// document is thousands of lines against a goroutine's microseconds).
func Stretches(n, workers int, do func(from, to int)) {
	if workers < 2 || n < 2 {
		do(0, n)
		return
	}
	workers = min(workers, n)
	step := (n + 4*workers - 1) / (4 * workers)
	Share((n+step-1)/step, workers, func(k int) {
		do(k*step, min(k*step+step, n))
	})
}

// measureWrap finds the width at which running text wraps. A wrapped line
// is running text (clause punctuation inside) that ends no sentence and
// runs on into the next line, which opens nothing new; in text that wraps
// these lines are all nearly as wide. Their median width is the wrap
// width, and their spread below it the slack, a column at the least. Text
// holding a paragraph a line has few such lines, and of every width.
func (d *Doc) measureWrap() {
	var ws []float64
	for i, l := range d.Lines {
		if l.Tabs || l.Heading > 0 || !d.punct[i] || d.ends[i] || closesAttribution(l.Sq) || opensSomething(l) {
			continue
		}
		if i+1 >= len(d.Lines) {
			continue
		}
		next := d.Lines[i+1]
		if next.Num == l.Num || next.Blanks > 0 && d.Break(i+1) || opensSomething(next) {
			continue // a split part, a break, or something new after it
		}
		ws = append(ws, Width(l.Sq))
	}
	if len(ws) < 2 {
		return
	}
	slices.Sort(ws)
	med := ws[len(ws)/2]
	// The wrapped lines of a document cluster at one width; when those
	// below the median spread further than the median is wide, the lines
	// are paragraphs of every length, not wrapped text.
	q1 := ws[len(ws)/4]
	if med-q1 > q1 {
		return
	}
	slack := math.Max(1, med-q1)
	// A paragraph's last line is what the wrap leaves over: no wider than
	// the wrap. Where most of the lines that close a sentence run past
	// it, the text holds a paragraph a line, and the few lines that
	// looked wrapped were something else (a footer's list, 报：… / 送：…).
	over, closing := 0, 0
	for i, l := range d.Lines {
		if d.punct[i] && d.ends[i] && l.Heading == 0 {
			closing++
			if Width(l.Sq) > med+slack {
				over++
			}
		}
	}
	if over*2 > closing {
		return
	}
	d.Wrap = med
	d.Slack = slack
}

// measureParagraph finds the median width of the lines of running text
// that close a sentence.
func (d *Doc) measureParagraph() {
	var ws []float64
	for i, l := range d.Lines {
		if d.punct[i] && d.ends[i] && l.Heading == 0 {
			ws = append(ws, Width(l.Sq))
		}
	}
	if len(ws) == 0 {
		return
	}
	slices.Sort(ws)
	d.Paragraph = ws[len(ws)/2]
}

// opensSomething reports whether a line opens a part of its own: an
// enumerator, a Markdown heading.
func opensSomething(l Line) bool {
	k, _, _ := Enumerator(l.Sq)
	return k != NoEnum || l.Heading > 0
}

// measureGaps finds the usual number of blank lines between two lines.
func (d *Doc) measureGaps() {
	if len(d.Lines) < 2 {
		return
	}
	gs := make([]int, 0, len(d.Lines))
	for _, l := range d.Lines[1:] {
		if l.Part == 0 || l.Part == 1 {
			gs = append(gs, l.Blanks)
		}
	}
	if len(gs) > 0 {
		slices.Sort(gs)
		d.Gap = gs[(len(gs)-1)/2] // the lower median: a lone blank is a break
	}
	is := make([]int, 0, len(d.Lines))
	for _, l := range d.Lines {
		is = append(is, l.Indent)
	}
	slices.Sort(is)
	d.Indent = is[len(is)/2]
}

// measureTop finds the outermost enumerator that numbers two lines in
// sequence.
func (d *Doc) measureTop() { d.Top = TopOf(d.Lines) }

// topAboveSeal is the text's outermost numbering where a numbering the
// text above its 落款 does not use stands under it: a document printed
// after the 落款 (GB/T 9704-2012 §7.3.7; a 征求意见 公告 prints its draft
// there, numbered 一、 under the notice's 1. and 2.) numbers its own parts.
// The 附件 list over the 落款 numbers the attachments, not the text.
func (d *Doc) topAboveSeal() Enum {
	if d.seal < 0 || d.Top == NoEnum {
		return d.Top
	}
	text := d.Lines[:d.seal]
	for j, l := range text {
		if _, ok := AttachmentList(l.Sq); ok {
			text = text[:j]
			break
		}
	}
	for _, l := range text {
		if k, _, _ := Enumerator(l.Sq); k == d.Top {
			return d.Top // the text numbers with it too
		}
	}
	if top := TopOf(text); top != NoEnum {
		return top
	}
	return d.Top
}

// TopOf is the outermost enumerator that numbers lines in sequence, or
// NoEnum: of a whole text, or of a part of it that stands as a document
// of its own (the rules a notice issues, printed after its 落款).
func TopOf(lines []Line) Enum {
	seen := map[Enum]map[int]bool{}
	first := map[Enum]int{} // where each kind first numbers a line
	for i, l := range lines {
		k, v, _ := Enumerator(l.Sq)
		if k == NoEnum {
			continue
		}
		if seen[k] == nil {
			seen[k] = map[int]bool{}
			first[k] = i
		}
		seen[k][v] = true
	}
	// Two later numbers in sequence count only where no numbering counts
	// more surely: an excerpt printed from its thirteenth article (第十三条,
	// 第十四条).
	counts := countsTwo
	for k := Chapter; k <= Circled; k++ {
		if countsOn(seen[k]) {
			counts = countsOn
		}
	}
	for k := Chapter; k <= Circled; k++ {
		if counts(seen[k]) {
			if k == Article && attachedArticles(seen, first) {
				continue
			}
			top := k
			// An outer numbering that opens above it, though the text
			// stops before its second (一、 over （一） and 1., cut off) or
			// starts after its first (a page that opens at 二、社会工作 over
			// （一）), is the outermost the document uses; so is one whose
			// numeral was lost (、踏实工作 over （一）).
			for o := Chapter; o < k; o++ {
				if len(seen[o]) > 0 && (first[o] < first[k] || nestsUnder(lines, o, k, seen[o])) {
					top = o
					break
				}
			}
			return top
		}
	}
	// A document of one numbered part numbers it 一 (or 1) alone.
	for k := Chapter; k <= Circled; k++ {
		if seen[k][1] {
			return k
		}
	}
	return NoEnum
}

// nestsUnder reports whether numbering inner stands under numbering outer
// on a page cut in the middle of a part, outer numbering no line above
// inner's first: inner's run above starts again at its first number right
// under an outer line, after opening past its first number (（二）…（四）
// of 八、, then 九、联系方式 and its （一）), or outer counts on below a run
// of inner that stops there (（一）…（四） of 三、, then 四、组织领导 and
// 五、表彰形式). Inner going on under an outer line (（一） 三、四月份…
// （二）) makes outer words of the text; a run above that opens at its
// first number and outer that counts on from no line (1. 2. 三、 1. 五、)
// leave inner a list of its own; so does outer opening at its first number
// (the articles of the rules a notice carries under it).
func nestsUnder(lines []Line, outer, inner Enum, outerSeen map[int]bool) bool {
	opened, last := 0, 0 // the number inner opened with, the last it gave
	under, restarted := false, false
	for _, l := range lines {
		k, v, _ := Enumerator(l.Sq)
		switch {
		case k == outer && !under && v == 1:
			return false // outer opens at its first: a text of its own below (某办法 第一条…)
		case k == outer:
			under, last = true, 0
		case k == inner && under && last == 0:
			if v != 1 {
				return false // inner goes on under it
			}
			restarted, last = true, v
		case k == inner:
			if opened == 0 {
				opened = v
			}
			last = v
		}
	}
	return restarted && opened > 1 || countsTwo(outerSeen)
}

// countsOn reports whether a numbering numbers lines in sequence: 一、 and
// 二、 (or 二、 and 三、), or, on a page whose first parts lost their
// numerals or print none, three on from a later one (三、 四、 五、). Two
// later numbers alone may be words of the text (三、四月份 over 四、五月份,
// a span of months) or articles it quotes (第五条, 第六条).
func countsOn(seen map[int]bool) bool {
	if seen[1] && seen[2] || seen[2] && seen[3] {
		return true
	}
	for v := range seen {
		if seen[v+1] && seen[v+2] {
			return true
		}
	}
	return false
}

// countsTwo reports whether a numbering numbers two lines in sequence,
// at any count.
func countsTwo(seen map[int]bool) bool {
	for v := range seen {
		if seen[v+1] {
			return true
		}
	}
	return false
}

// Info reports whether line i is a web page's information line: fields,
// or a value that the page's grid or list of fields holds.
func (d *Doc) Info(i int) bool { return d.info[i] }

// BelowText reports whether line i stands below the text's first line of
// running text (firstRunning): what a page's head prints stands above it.
func (d *Doc) BelowText(i int) bool { return d.running < len(d.Lines) && i > d.running }

// DateLed reports whether line i opens with a date that starts a
// sentence (1月21日,副县长…): a report's lead, or a brief.
func (d *Doc) DateLed(i int) bool { return d.dated[i] }

// Break reports whether more blank lines than usual stand before line i,
// or it is the first.
func (d *Doc) Break(i int) bool { return i == 0 || d.Lines[i].Blanks > d.Gap }

// Full reports whether line i runs to the wrap width: text that goes on
// in the next line. A paragraph's first line counts, short of the wrap
// by its indent.
func (d *Doc) Full(i int) bool { return d.full(i) || d.carried(i) || d.opensParagraph(i) }

// carried reports whether line i stops one character short of the wrap
// because the typesetter carried its last character down with a mark that
// never opens a line (carriedOver): it runs to the wrap all the same. A
// line that closes a sentence, or its source in brackets, is cut there,
// and a character and a colon after it are a label (报：…, 注：…). A
// page's information fields (Info) are no running text a typesetter
// wraps: a field's label cut before its colon there (…背景 / 色：) says
// nothing of the wrap.
func (d *Doc) carried(i int) bool {
	return d.Wrap > 0 && i+1 < len(d.Lines) && !d.ends[i] && !d.info[i] && !closesAttribution(d.Lines[i].Sq) && d.Lines[i+1].Num != d.Lines[i].Num && !opensSomething(d.Lines[i+1]) && carriedOver(d.Lines[i+1].Sq) && Width(d.Lines[i].Sq) >= d.Wrap-d.Slack-1
}

// full reports whether line i reaches the wrap width itself. The last
// part of a line cut where a run-together part begins (…前往祭扫。 四、严禁在园)
// goes on where the whole line does: its width is the line's.
func (d *Doc) full(i int) bool {
	if d.Wrap == 0 {
		return false
	}
	w := Width(d.Lines[i].Sq)
	if l := d.Lines[i]; l.Part > 1 && (i+1 == len(d.Lines) || d.Lines[i+1].Num != l.Num) {
		for k := i - 1; k >= 0 && d.Lines[k].Num == l.Num; k-- {
			w += Width(d.Lines[k].Sq)
		}
	}
	return w >= d.Wrap-d.Slack
}

// opensParagraph reports whether line i, after a sentence's end or a
// block's end that is none (blockEnd: a label, a heading, a page's
// fields, with no stop), opens a paragraph that wraps: it stops short of the wrap width by no more than a paragraph's first-line
// indent, two characters (GB/T 9704-2012 7.3.3: each paragraph opens two
// characters in), or one more when the line after opens with the
// character carried down before a mark that never opens a line
// (carriedOver), and the line after it reaches the wrap width and goes
// on with it. A blank line between the two parts no paragraph: an
// extraction that reads the indented first line as a block of its own
// (mutool's text output) sets one after every paragraph's first line.
func (d *Doc) opensParagraph(i int) bool {
	if d.Wrap == 0 || i+1 >= len(d.Lines) || opensSomething(d.Lines[i+1]) {
		return false
	}
	// A paragraph opens after a sentence's end. A page's number (GB/T
	// 9704-2012 7.5: — 1 —, set below the text block) stands outside the
	// text, which runs on across it from the page before.
	k := i - 1
	for k >= 0 && isPageNumber(strings.TrimSpace(d.Lines[k].Text)) {
		k--
	}
	// The line after runs to the wrap, or it ends the paragraph's sentence
	// (a paragraph of two lines, its first cut two characters short).
	short := d.Wrap - d.Slack - paragraphIndent
	if carriedOver(d.Lines[i+1].Sq) {
		short-- // the line's last character went down with the mark after it
	}
	if k < 0 {
		return false
	}
	if !d.ends[k] {
		// After a block's end that is no sentence's, only a paragraph that
		// runs on to the wrap: a title's last line over its salutation
		// ends as a paragraph of two lines would.
		return d.blockEnd(k, i) && Width(d.Lines[i].Sq) >= short && d.full(i+1)
	}
	return Width(d.Lines[i].Sq) >= short && (d.full(i+1) || d.ends[i+1] && !d.ends[i])
}

// blockEnd reports whether line k, which closes no sentence, still ends
// a block of its own before line i: a label or heading without a stop
// (社会救助, 做好防护措施) on a line alone, after a sentence's end or a
// page's fields, over the paragraph it names, whose first line is
// indented as any other. It holds no clause punctuation and stops short
// of the wrap by more than any line inside a paragraph does (its first,
// short by the indent and a carried character), so no text runs on from
// it. A grid's row is no label, nor an item's closing source in brackets
// (（市局办公室）): the line under it opens the next item, its heading run
// into its text; a page's fields (line i) or a line with no Chinese (an
// address) open no paragraph.
func (d *Doc) blockEnd(k, i int) bool {
	l := d.Lines[k]
	return l.Heading == 0 && l.Part == 0 && HasHan(l.Sq) && !d.punct[k] && !d.rows[k] && !closesAttribution(l.Sq) && !d.info[i] && HasHan(d.Lines[i].Sq) && Width(l.Sq) < d.Wrap-d.Slack-paragraphIndent-1 && (k == 0 || d.ends[k-1] || d.info[k-1])
}

// carriedOver reports whether s opens with one character and a mark that
// never opens a line (GB/T 15834-2011; punct.NoLineStart): a typesetter
// that meets such a mark at the head of a line carries the character
// before it down with it, so the line above stops one character short.
func carriedOver(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return IsHan(r) && punct.OpensWithCloser(s[n:])
}

// paragraphIndent is the first-line indent of a paragraph, in characters,
// as GB/T 9704-2012 sets it and Chinese typesetting follows.
const paragraphIndent = 2

// Prev and Next are the indices of the lines before and after i, or -1.
func (d *Doc) Prev(i int) int { return i - 1 }

func (d *Doc) Next(i int) int {
	if i+1 < len(d.Lines) {
		return i + 1
	}
	return -1
}

// cellRuns marks the lines of tables laid out one cell a line, as web
// pages flatten them: a run of lines without clause punctuation or
// enumerators in which serial numbers (1, 2, 3 …) recur at one stride, or
// numbers recur at one stride among words (a name and its amount, row
// after row), or numbers outnumber words over at least two rows of two
// cells.
//
// cell holds isCell of each line, and stamp, unless nil, whether it is a
// print stamp or a page number, measured beforehand.
// oneWordedCell reports whether the lines at fill one cell at most, the
// rest empty bars, a page's tools or its foot: a page laid out in a
// table's frame (| / 本报讯…。 | / 上一篇 下一篇 |), whose one cell is its
// text, no table. A row of a grid fills its key's cell and its figures'.
func oneWordedCell(d *Doc, at []int) bool {
	n := 0
	for _, k := range at {
		s := strings.Trim(d.Lines[k].Sq, " |｜")
		if s != "" && !furnitureOnly(s) && !footWordIn(s) {
			n++
		}
	}
	return n <= 1
}

func cellRuns(d *Doc, cell, stamp []bool) []bool {
	out := make([]bool, len(d.Lines))
	// A page's chrome may stand between two cells: it breaks no run.
	pageChrome := func(k int) bool {
		if d.Lines[k].Sq == d.headline {
			return true
		}
		if stamp != nil {
			return stamp[k]
		}
		return stampOrNumber(strings.TrimSpace(d.Lines[k].Text))
	}
	for i := 0; i < len(d.Lines); {
		if !cell[i] {
			i++
			continue
		}
		j, nums := i, 0
		var run []Line
		sentences := false // a cell of sentences closed by its bar: the run's lines are all so closed
		for j < len(d.Lines) && (cell[j] || pageChrome(j) || sentenceCell(d, j, cell)) {
			if sentenceCell(d, j, cell) {
				sentences = true
			} else if sentences && !barCell(d.Lines[j]) && !pageChrome(j) {
				break // words after a table of bars (某县民政局) are the text's
			}
			if !pageChrome(j) {
				run = append(run, d.Lines[j])
				if numberCell(d.Lines[j].Sq) {
					nums++
				}
			}
			j++
		}
		bars := barCells(run)
		if bars && cutCell(d, j) && barCell(d.Lines[j-1]) {
			run = append(run, d.Lines[j])
			j++
		}
		// Serial numbers stacked one under another (1 / 2 / 3) are a
		// table's first column read column by column, beside its words.
		serial := serialStride(run)
		var at []int
		for k := i; k < j; k++ {
			if !pageChrome(k) {
				at = append(at, k)
			}
		}
		if blocks := BlockRows(d, at); blocks != nil {
			for _, b := range blocks {
				for _, k := range b {
					out[k] = true
				}
			}
		} else if (serial > 1 || serial == 1 && nums < len(run) || numberStride(run) > 1 || nums > len(run)-nums && len(run) >= 4 || bars || serialHeaded(run) || headsOverFigures(run)) && !oneWordedCell(d, at) {
			for k := i; k < j; k++ {
				out[k] = !pageChrome(k)
			}
		}
		i = j
	}
	return out
}

// headsOverFigures reports whether a run of cells is a grid's heads, a
// cell a line, and then its figures, a cell a line, table after table
// (本月低保户数 / (户) / 本月低保人数 / (人) / 231 / 363 / …, a row's key of
// words before its figures): the run opens with two heads at the least
// and holds figures two lines in a row somewhere. A list of words alone,
// or a figure here and there among them, is none.
func headsOverFigures(run []Line) bool {
	if len(run) < 2 || numberCell(strings.TrimSpace(run[0].Sq)) || numberCell(strings.TrimSpace(run[1].Sq)) {
		return false
	}
	for k := 1; k < len(run); k++ {
		if numberCell(strings.TrimSpace(run[k].Sq)) && numberCell(strings.TrimSpace(run[k-1].Sq)) {
			return true
		}
	}
	return false
}

// barCells reports whether a run of cells is closed by bars, each line
// one cell of a web page's table (barCell), and more than one line holds
// one: a single line closed by a bar is a headline's or a field's.
//
// A cell may hold sentences, closed by its bar as any other (社会救助体系不断完善 |
// / 推动建立……制度。 |), after a cell of words (sentenceCell): such a cell
// counts among the run's but not towards it.
func barCells(run []Line) bool {
	n := 0
	for k, l := range run {
		if barCell(l) {
			n++
		} else if !(barSentence(l) && k > 0 && barCell(run[k-1])) && strings.Trim(l.Sq, "|｜ ") != "" {
			return false
		}
	}
	return n > 1
}

// isCell reports whether l can be a cell of a table laid out one cell a
// line: no clause punctuation, no sentence's end, no label, no enumerator
// unless it is a number.
func isCell(l Line) bool {
	s := subItemCell(l.Sq)
	if s == "" || l.Tabs || SentencePunct(s) || EndsSentence(s) || strings.ContainsAny(s, "：:") {
		return barCell(l)
	}
	k, _, _ := Enumerator(s)
	return k == NoEnum || numberCell(s) || barCell(l)
}

// subItemCell is s without the label a statistical table's row opens with
// where it counts part of the row above (其中：市本级): what the cell names.
func subItemCell(s string) string {
	w, ok := subItems.prefix(s)
	if !ok {
		return s
	}
	for _, colon := range []string{"：", ":"} {
		if rest, ok := strings.CutPrefix(s[len(w):], colon); ok && rest != "" {
			return rest
		}
	}
	return s
}

// barCell reports whether l is a cell a web page's table left closed by
// its bar, one cell a line (指标名称 | / (一)乡级行政区划 | / 52,110.0 |):
// words and one bar after them, and no sentence. What the cell holds,
// an enumerator or a number, is the row's.
func barCell(l Line) bool {
	inner, ok := barInner(l)
	return ok && !EndsSentence(inner) && !strings.ContainsAny(inner, "：:")
}

// barInner is what a line closed by one bar holds before it, and whether
// the line is so closed: one cell of a web page's table, no bar inside.
func barInner(l Line) (string, bool) {
	s := strings.TrimSpace(l.Text)
	inner, ok := strings.CutSuffix(s, "|")
	if !ok {
		inner, ok = strings.CutSuffix(s, "｜")
	}
	inner = strings.TrimSpace(inner)
	return inner, ok && inner != "" && !strings.ContainsAny(inner, "|｜")
}

// cutCell reports whether line j, the text's last, is the last cell of
// the bar-closed cells (barCells) run before it, its bar lost where the
// copy of the page was cut off mid-sentence: clauses that run on and do
// not end (…153家、…捐赠总), after a cell of words that wants its text.
// A line of words alone there (某县民政局, a date, a credit) is the
// text's close, no cell.
func cutCell(d *Doc, j int) bool {
	if j != len(d.Lines)-1 {
		return false
	}
	s := strings.TrimSpace(d.Lines[j].Text)
	return s != "" && SentencePunct(s) && !EndsSentence(s) && !strings.ContainsAny(s, "|｜")
}

// sentenceCell reports whether line j is a cell of sentences closed by its
// bar (barSentence) that goes on a run of cells a line: right after a
// cell of words closed by its bar, as a table of a word and its text
// sets them (社会救助 | / 推动建立……。 |). Paragraphs that end in bars
// (a page's copy that closes each with one) open no run.
func sentenceCell(d *Doc, j int, cell []bool) bool {
	return j > 0 && barSentence(d.Lines[j]) && cell[j-1] && barCell(d.Lines[j-1])
}

// barSentence reports whether l is a cell of sentences closed by its
// bar: text and one bar after it, where barCell wants no sentence.
func barSentence(l Line) bool {
	_, ok := barInner(l)
	return ok
}

// BlockRows reads the lines idx of a table printed a row a block, as
// extractors that keep a page's text blocks give it: the header's cells a
// line each, then each row's cells on lines of their own, blank lines
// between rows and none inside one. The header holds three cells at the
// least, each a word with no space or figure in it; two rows at the least
// follow, each with as many cells as the header, or one fewer where its
// last is empty, the first with as many. The blocks from the header to the
// last such row are returned (the lines above it are the title's, those
// below the signature's); nil when the lines are not so laid out.
func BlockRows(d *Doc, idx []int) [][]int {
	if len(idx) == 0 {
		return nil
	}
	least := d.Lines[idx[0]].Blanks
	for _, i := range idx[1:] {
		least = min(least, d.Lines[i].Blanks)
	}
	var blocks [][]int
	for k, i := range idx {
		if k == 0 || d.Lines[i].Blanks > least {
			blocks = append(blocks, nil)
		}
		blocks[len(blocks)-1] = append(blocks[len(blocks)-1], i)
	}
	cells := func(b []int) int {
		n := 0
		for _, i := range b {
			n += len(Cells(d.Lines[i]))
		}
		return n
	}
	for h, head := range blocks {
		if len(head) < 3 || !wordsOnly(d, head) {
			continue
		}
		want := len(head)
		end := h + 1
		for end < len(blocks) {
			n := cells(blocks[end])
			if n != want && (n != want-1 || end == h+1) {
				break
			}
			end++
		}
		if end-h > 2 {
			return blocks[h:end]
		}
	}
	return nil
}

// wordsOnly reports whether lines idx each hold one word: Chinese, no
// space, no figure.
func wordsOnly(d *Doc, idx []int) bool {
	for _, i := range idx {
		s := strings.TrimSpace(d.Lines[i].Text)
		if strings.ContainsAny(s, " \t0123456789") || !HasHan(s) {
			return false
		}
	}
	return true
}

// serialStride is the distance at which serial numbers 1, 2, 3 … recur in
// a run of cells, or 0 when they do not recur at one distance.
func serialStride(run []Line) int {
	at := serialsAt(run)
	if len(at) < 3 {
		return 0
	}
	return EvenStride(at)
}

// serialsAt are the offsets in run of the cells that number it on, 1, 2,
// 3 …, each alone on its line.
func serialsAt(run []Line) []int {
	var at []int
	for k, l := range run {
		if strings.TrimSpace(l.Sq) == itoa(len(at)+1) {
			at = append(at, k)
		}
	}
	return at
}

// serialHeaded reports whether a run of cells opens with the head of a
// column of serial numbers (序号) and numbers two rows on under it (1, 2),
// each alone on its line: a table whose rows wrap over as many lines as
// their cells need, so no stride shows.
func serialHeaded(run []Line) bool {
	return len(run) > 0 && SerialHead(run[0].Sq) && len(serialsAt(run[1:])) >= 2
}

// SerialHeadPrefix is the head of a column of serial numbers that s opens
// with (序号单位名称…: heads a copy ran together), and whether it opens so.
func SerialHeadPrefix(s string) (string, bool) {
	return serialHeads.prefix(s)
}

// SerialHead reports whether s is the head of a column of serial numbers
// (序号).
// A head may name what the numbers count before the word (事项序号, 项目序号).
func SerialHead(s string) bool {
	s = strings.TrimSpace(s)
	if serialHeads.has(s) {
		return true
	}
	if len(s) > 2*longestSerialHead() {
		return false // longer than a word before the head: asked of every line, so asked first
	}
	w, ok := serialHeads.suffix(s)
	if !ok {
		return false
	}
	what := strings.TrimSuffix(s, w)
	return strings.IndexFunc(what, func(r rune) bool { return !IsHan(r) }) < 0 && utf8.RuneCountInString(what) <= utf8.RuneCountInString(w)
}

// longestSerialHead is the length in bytes of the longest head of serial
// numbers of the lexicon.
var longestSerialHead = sync.OnceValue(func() int {
	n := 0
	for _, w := range serialHeads.all() {
		n = max(n, len(w))
	}
	return n
})

// numberStride is the distance at which number cells recur in a run of
// cells, each row's words before its numbers (杨兴乡 2 新州镇 0.5 …), or 0
// when they do not recur at one distance three times.
func numberStride(run []Line) int {
	var at []int
	for k, l := range run {
		if numberCell(l.Sq) && (k == 0 || !numberCell(run[k-1].Sq)) {
			at = append(at, k)
		}
	}
	if len(at) < 3 {
		return 0
	}
	return EvenStride(at)
}

// EvenStride is the one distance between the offsets at, or 0 when they
// stand at several (or fewer than two are given).
func EvenStride(at []int) int {
	if len(at) < 2 {
		return 0
	}
	st := at[1] - at[0]
	for k := 2; k < len(at); k++ {
		if at[k]-at[k-1] != st {
			return 0
		}
	}
	return st
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// numberCell reports whether s is a number as a table cell holds one:
// 1166, -10, 12.73%, 1,279.
func numberCell(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	s = strings.TrimSuffix(s, "%")
	if s == "" {
		return false
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == ',':
		case c == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return s[0] >= '0' && s[0] <= '9'
}

// titleRuns marks the lines of a notice's title where it wraps over
// several lines (平顶山市民政局关于加快推进 / 养老服务重点任务落实的通知, or
// the issuing body on a line above 关于…的通知): the lines, with no break
// between them and none a header field of its own, that together read as
// a title.
//
// field holds, for each line, whether it is shaped as a title's line and
// is a header field (headerField), measured beforehand.
func titleRuns(d *Doc, field []bool) []bool {
	out := make([]bool, len(d.Lines))
	var b strings.Builder
	for j, l := range d.Lines {
		last := l.Sq
		if !d.shaped(j) {
			// A page may close the title with a colon, as if its text
			// were addressed (关于…暂停现场祭扫活动的通告:), or with an
			// exclamation, as a news account reposting it headlines it
			// (某市发布关于…的通告!); a line that exclaims before it is a
			// cry, no title (注意啦!重要公告!).
			t := strings.TrimRight(last, "：:！!")
			if t == last || SentencePunct(t) || strings.ContainsAny(t, "！!") || !HasHan(t) {
				continue
			}
			last = t
		}
		// A page may print the title in book-title marks, as it cites
		// one (《某县人民政府关于…的通告》): the marks are no part of it.
		quoted := false
		if t, ok := strings.CutSuffix(last, "》"); ok {
			if _, kind := documentKinds.suffix(t); kind {
				last, quoted = t, true
			}
		}
		if _, ok := documentKinds.suffix(last); !ok || field[j] {
			continue
		}
		if _, ok := AttachmentList(l.Sq); ok {
			continue // 附件:某年度…结果公示: the name of what is attached, under the text
		}
		// The run's text from each line to j is a suffix of one string,
		// built once: joining line by line copies the run once a line.
		first := j
		for first > 0 && d.shaped(first-1) && !field[first-1] && !d.Break(first) {
			first--
		}
		b.Reset()
		starts := make([]int, j-first+1)
		for i := first; i < j; i++ {
			starts[i-first] = b.Len()
			b.WriteString(d.Lines[i].Sq)
		}
		starts[j-first] = b.Len()
		b.WriteString(last)
		run, start := b.String(), -1
		about := -1 // where the first 关于 of the run from line i stands
		for i := j; i >= first; i-- {
			from, to := starts[i-first], len(run)
			if i < j {
				to = min(starts[i+1-first]+len("关于")-1, len(run))
			}
			if k := strings.Index(run[from:to], "关于"); k >= 0 {
				about = from + k
			}
			// A column's name a site runs into the title's first line
			// (世界要闻:某中心关于临时调整… / …安排的公告) is no part of it:
			// the title opens after its colon.
			if n := columnLeadOpens(d.Lines[i].Sq); n > 0 && i < j {
				from += n
			}
			k := -1
			if about >= from {
				k = about - from
			}
			t := run[from:]
			if quoted {
				// The run opens at the mark that the last line closes.
				var open bool
				if t, open = strings.CutPrefix(t, "《"); !open || strings.Contains(t, "《") {
					continue
				}
				if k >= 0 {
					k -= len("《")
				}
			}
			if titleWithAbout(t, k) {
				start = i
			}
		}
		for i := start; i >= 0 && i <= j; i++ {
			out[i] = true
		}
	}
	return out
}

// attachedArticles reports whether the document numbers its own parts
// 一、二、 before its first article: the articles are those of rules it
// carries (a notice's 一、 sections, then the attached 办法's 第一条 …).
func attachedArticles(seen map[Enum]map[int]bool, first map[Enum]int) bool {
	s := seen[CnComma]
	return (s[1] && s[2] || s[2] && s[3]) && first[CnComma] < first[Article]
}

// shaped is titleShaped for line i, from what was measured.
func (d *Doc) shaped(i int) bool { return !d.punct[i] && !d.ends[i] && HasHan(d.Lines[i].Sq) }

// titleShaped reports whether s can be a line of a title: Chinese text
// with no clause punctuation, not ending a sentence.
func titleShaped(s string) bool {
	return HasHan(s) && !SentencePunct(s) && !EndsSentence(s)
}

// headerField reports whether s is a field of a header printed on a line
// of its own: 发文字号, …文件, 第N期, a date, a mark of secrecy.
func headerField(l Line) bool {
	s := l.Sq
	if _, ok := FullDate(s); ok {
		return true
	}
	if fs := InfoFields(l.Text); len(fs) > 0 && fs[0].Start == 0 {
		return true // 体裁分类 公告公示 names a page's field, not a title
	}
	return numberLoc(s) != nil || issuerMarkRe.MatchString(s) || issueRe.MatchString(s) && !NoticeTitle(s)
}

// TitleIssuer returns the issuing body a notice's title opens with, the
// name before the first word its 事由 opens with (某市民政局关于…的通知,
// 某市民政局转发民政部《…》的通知), the first where several stand there,
// or "" where no body's name stands there.
func TitleIssuer(title string) string {
	for i, r := range title {
		if !titleVerbs.mayStart(r) {
			continue
		}
		if _, ok := titleVerbs.prefix(title[i:]); ok {
			if org := title[:i]; org != "" && agency.Shapes(org) {
				return agency.First(org) // of co-issuers, the first issues (GOLD.md)
			}
			return ""
		}
	}
	// A public text titled by its year and kind after its issuer
	// (某县民政局2024年度福彩公益金使用情况公告): the name before the year.
	if m := yearLedRe.FindStringIndex(title); m != nil && m[0] > 0 && publicTitle(title) {
		if org := title[:m[0]]; agency.Shape(org) {
			return org
		}
	}
	return ""
}

// yearLedRe is a year in digits that a title's 事由 opens with (2024年度,
// 2023年).
var yearLedRe = regexp.MustCompile(`(?:19|20)\d{2}年`)

// publicTitle reports whether title closes on the kind of a public text
// (公告, 通告, 公示: cue list publickind).
func publicTitle(title string) bool {
	k, ok := documentKinds.suffix(title)
	return ok && announcement(k)
}

// KindAlone reports whether s is the name of a kind of document alone
// (通告, 公示): a public text's whole title.
func KindAlone(s string) bool { return documentKinds.has(strings.TrimRight(s, "：:")) }

// EndsWithKind reports whether s ends with the name of a kind of
// document (…的通知, …工作年度报告), as a title's last line does.
func EndsWithKind(s string) bool {
	_, ok := documentKinds.suffix(strings.TrimSpace(s))
	return ok
}

// KindEnding returns the name of the kind of document s ends with (…行动
// 方案: 方案), if any.
func KindEnding(s string) (string, bool) { return documentKinds.suffix(strings.TrimSpace(s)) }

// NoticeTitle reports whether s reads as the title of a 公文 or public
// text: (issuing body) 关于…的通知, …的公告, or a body and a kind (兰州市民政局通告).
func NoticeTitle(s string) bool { return titleWithAbout(s, strings.Index(s, "关于")) }

var reportKinds = cueWords("reportkind")

// ReportTitle reports whether s is titled as a report (…情况的报告,
// …统计公报): it closes on a kind of cue list reportkind.
func ReportTitle(s string) bool {
	_, ok := reportKinds.suffix(strings.TrimSpace(s))
	return ok
}

// OutgoingTitle reports whether s is the title of a 公文 a body issues to
// other bodies or to the public: NoticeTitle with its 关于, and a kind of
// such 公文 closing it (cue list issuedkind: 某市民政局关于…的通知, …的批复).
// A page that carries the text under such a title carries a 公文, whether
// its 落款 survives the copy or not.
func OutgoingTitle(s string) bool {
	about := strings.Index(s, "关于")
	if about < 0 {
		return false
	}
	if _, ok := issuedKinds.suffix(s); !ok {
		return false
	}
	return titleWithAbout(s, about)
}

// titleWithAbout is NoticeTitle of s whose first 关于 stands at about (-1:
// none), known to a caller that reads many suffixes of one text.
func titleWithAbout(s string, about int) bool {
	kind, ok := documentKinds.suffix(s)
	if !ok {
		return false
	}
	head := strings.TrimSuffix(s, kind)
	if m, ok := kindMods.suffix(head); ok && strings.HasSuffix(strings.TrimSuffix(head, m), "的") {
		head = strings.TrimSuffix(head, m) // …的实施意见: the kind with its word of what it does
	}
	if closingWords.has(s) {
		return false // 特此通告 closes a text, it names none
	}
	if k := about; k >= 0 && k+len("关于") <= len(head) {
		// Co-issuers cut short after the first (某省民政厅等四部门):
		// the first names them.
		issuer := jointIssuersRe.ReplaceAllString(head[:k], "")
		// The issuer may be a division named by its place and level
		// alone (某市关于…的通知): the division's government.
		return strings.HasSuffix(head, "的") && len(head) > k+len("关于的") && (issuer == "" || agency.Shapes(issuer) || agency.Division(issuer))
	}
	if strings.HasSuffix(head, "的") {
		return HasHan(strings.TrimSuffix(head, "的"))
	}
	// 兰州市民政局通告, 大冶市部分乡镇乡村道路命名公示: a public text
	// named by its kind alone.
	return announcement(kind) && HasHan(head)
}

// jointIssuersRe is how a title cuts its co-issuers short after the
// first: 等四部门, 等3个单位, 等部门.
var jointIssuersRe = regexp.MustCompile(`等(?:[一二三四五六七八九十两\d]+个?)?(?:部门|单位)$`)

// announcement reports whether kind names a public text rather than a
// document sent to recipients.
func announcement(kind string) bool {
	switch kind {
	case "公告", "通告", "公示", "公报", "征求意见稿", "公开征求意见":
		return true
	}
	return false
}

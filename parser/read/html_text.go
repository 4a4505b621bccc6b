package read

import (
	"context"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/width"

	"bulletin/parser/numeral"
)

// htmlSpace is the collapsible white space waiting between two pieces of
// text, as CSS white-space: normal keeps it.
type htmlSpace int

const (
	htmlNoSpace htmlSpace = iota
	htmlSpaceRun
	htmlSegmentBreak // a run that held a line break of the source
)

// htmlWriter lays out the text of an HTML tree as lines, the way a browser
// shows it and a careful typist copies it: block elements start lines,
// inline ones do not, white space collapses (CSS Text 3), a line break of
// the source between two Chinese characters is no space at all, &nbsp;
// is a space that does not collapse, and tables come out as rows of
// TAB-separated cells.
type htmlWriter struct {
	ctx  context.Context
	err  error
	seen *int // nodes visited, to look at ctx now and then

	lines []string
	cur   []rune
	ws    htmlSpace

	// skip reports nodes that are not shown: scripts, hidden elements,
	// the page's furniture. Its children are not visited.
	skip func(*html.Node) bool
	// spaced puts a space around inline elements: the fields of an
	// information block stand apart on screen by their margins.
	spaced bool
	// pre is the depth of <pre> elements around the text.
	pre int
	// marks writes a heading (h1–h6) with its Markdown mark (## …), the
	// way the parser reads a heading of a converted page; off in table
	// cells and the headline.
	marks bool
	// prefix waits for the first text of the next line: a heading's mark,
	// a list item's number. A line with no text gets none.
	prefix string
	// cells is what is left of the budget of table cells that spans may
	// fill (see htmlTable).
	cells *int
	// memo holds the text of the table cells written so far: a table is
	// looked at before it is written (is it an information table?).
	memo map[*html.Node]string
}

func htmlNewWriter(ctx context.Context, skip func(*html.Node) bool, cells *int) *htmlWriter {
	return &htmlWriter{ctx: ctx, skip: skip, cells: cells, memo: map[*html.Node]string{}, seen: new(int)}
}

// sub is a writer for a part of the page (a table cell), sharing w's
// filters and budgets.
func (w *htmlWriter) sub() *htmlWriter {
	return &htmlWriter{ctx: w.ctx, skip: w.skip, cells: w.cells, memo: w.memo, seen: w.seen, spaced: w.spaced, pre: w.pre}
}

// done ends the text and returns its lines.
func (w *htmlWriter) done() []string {
	w.endLine()
	return w.lines
}

// htmlCtxEvery is how many nodes go by between two looks at ctx: often
// enough that a cancelled read stops within a fraction of a second.
const htmlCtxEvery = 1 << 12

// walk writes n and what it holds.
func (w *htmlWriter) walk(n *html.Node) {
	if w.err != nil {
		return
	}
	if *w.seen++; *w.seen%htmlCtxEvery == 0 {
		if err := w.ctx.Err(); err != nil {
			w.err = err
			return
		}
	}
	switch n.Type {
	case html.TextNode:
		if len(w.cur) > 0 && htmlOpensField(n.Data) {
			w.space(htmlSpaceRun)
		}
		w.text(n.Data)
		return
	case html.DocumentNode:
		w.children(n)
		return
	case html.ElementNode:
	default:
		return
	}
	if w.skip != nil && w.skip(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.endLine()
		return
	case atom.Hr:
		w.endLine()
		return
	case atom.Table:
		w.endLine()
		htmlTable(w, n)
		w.endLine()
		return
	case atom.Ol, atom.Ul, atom.Menu, atom.Dir:
		w.endLine()
		w.list(n)
		w.endLine()
		return
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext, atom.Textarea:
		w.endLine()
		w.pre++
		w.children(n)
		w.pre--
		w.endLine()
		return
	}
	if htmlBlock(n) {
		w.endLine()
		if level := htmlHeadingLevel(n); level > 0 && w.marks {
			w.prefix = strings.Repeat("#", level) + " "
		} else if w.marks && htmlBoldLine(n) && htmlOpensWithNumber(htmlFirstText(n, w.skip)) {
			// A numbered heading set in bold rather than marked as one
			// (<p><strong>一、提升站位，加强领导</strong></p>): a bold
			// line that is no heading (a 落款, a table's title) is left be.
			w.prefix = "### "
		}
		w.children(n)
		w.endLine()
		w.prefix = ""
		return
	}
	if w.spaced || htmlOpensField(htmlFirstText(n, w.skip)) {
		w.space(htmlSpaceRun)
	}
	w.children(n)
	if w.spaced {
		w.space(htmlSpaceRun)
	}
}

// htmlOpensField reports whether text opens with an information field
// (来源：…): set in an element of its own, a field stands apart from what
// goes before it on screen, and a typist puts a space between them.
func htmlOpensField(text string) bool {
	_, ok := htmlInfoLabelAt(text)
	return ok
}

func (w *htmlWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// list writes the items of a list: an ordered list prints its numbers
// (1. 2. …, or a. i. as its type says) unless an item's text already
// opens with its own; an unordered list prints bullets a typist leaves out.
func (w *htmlWriter) list(n *html.Node) {
	ordered := n.DataAtom == atom.Ol && !htmlNoMarkers(n)
	k := 1
	if v, ok := htmlIntAttr(n, "start"); ok {
		k = v
	}
	kind := htmlAttr(n, "type")
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			w.walk(c)
			continue
		}
		if w.skip != nil && w.skip(c) {
			continue
		}
		if v, ok := htmlIntAttr(c, "value"); ok {
			k = v
		}
		w.endLine()
		if ordered && !htmlNoMarkers(c) && !htmlOpensWithNumber(htmlFirstText(c, w.skip)) {
			w.prefix = htmlListMarker(k, kind) + "."
		}
		w.children(c)
		w.endLine()
		w.prefix = ""
		k++
	}
}

// text writes the content of a text node.
func (w *htmlWriter) text(s string) {
	for _, r := range s {
		switch {
		case w.pre > 0 && r == '\n':
			w.endLine()
		case w.pre > 0 && (r == ' ' || r == '\t'):
			w.cur = append(w.cur, ' ')
		case r == ' ' || r == '\t' || r == '\f' || r == '\r':
			w.space(htmlSpaceRun)
		case r == '\n':
			w.space(htmlSegmentBreak)
		case r == '\u00a0':
			// &nbsp;: a space that does not collapse.
			w.flushSpace(r)
			w.cur = append(w.cur, ' ')
		case r == '\u200b' || r == '\ufeff' || r == '\u200c' || r == '\u200d' || r == '\u00ad':
			// Zero-width marks and soft hyphens show nothing.
		case unicode.IsControl(r):
			w.space(htmlSpaceRun)
		default:
			w.flushSpace(r)
			w.cur = append(w.cur, r)
		}
	}
}

func (w *htmlWriter) space(s htmlSpace) {
	w.ws = max(w.ws, s)
}

// flushSpace writes the white space waiting before r: none at a line's
// start, none for a source line break between two East Asian wide
// characters (CSS Text 3, segment break transformation), else one space.
func (w *htmlWriter) flushSpace(next rune) {
	if w.prefix != "" && len(w.cur) == 0 && next != ' ' {
		w.cur = append(w.cur, []rune(w.prefix)...)
		w.prefix = ""
		w.ws = htmlNoSpace
		return
	}
	ws := w.ws
	w.ws = htmlNoSpace
	if ws == htmlNoSpace || len(w.cur) == 0 {
		return
	}
	last := w.cur[len(w.cur)-1]
	if last == ' ' {
		return
	}
	if ws == htmlSegmentBreak && htmlWide(last) && htmlWide(next) {
		return
	}
	w.cur = append(w.cur, ' ')
}

// endLine ends the line being written; an empty one is dropped.
func (w *htmlWriter) endLine() {
	w.ws = htmlNoSpace
	if len(w.cur) == 0 {
		return // a prefix waits for the line's first text
	}
	w.prefix = ""
	if len(w.cur) == 0 {
		return
	}
	line := htmlTrimLine(string(w.cur))
	w.cur = w.cur[:0]
	if line != "" {
		w.lines = append(w.lines, line)
	}
}

// htmlTrimLine trims a line: spaces at both ends, and ideographic spaces
// at its end. The ideographic spaces that indent a Chinese paragraph are
// text (CSS does not collapse them), and they mark its start.
func htmlTrimLine(s string) string {
	s = strings.TrimRight(s, " \u3000")
	s = strings.TrimLeft(s, " ")
	if strings.Trim(s, " \u3000") == "" {
		return ""
	}
	return s
}

// htmlWide reports whether r is East Asian wide or full-width, Hangul
// aside, as CSS Text 3 reads a segment break between two of them.
func htmlWide(r rune) bool {
	if unicode.Is(unicode.Hangul, r) {
		return false
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	}
	return false
}

// htmlJoin joins lines into one, the way a segment break joins: no space
// between two wide characters, one space otherwise.
func htmlJoin(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(l)
			if !htmlWide(last) || !htmlWide(first) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// htmlBlock reports whether an element starts and ends a line: the
// elements CSS displays as block, list-item or table parts by default.
func htmlBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog,
		atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr,
		atom.Html, atom.Legend, atom.Li, atom.Listing, atom.Main, atom.Menu,
		atom.Nav, atom.Ol, atom.P, atom.Plaintext, atom.Pre, atom.Section,
		atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th,
		atom.Thead, atom.Tr, atom.Ul, atom.Xmp, atom.Frameset, atom.Frame,
		atom.Noframes, atom.Optgroup, atom.Option, atom.Search:
		return true
	}
	return false
}

// htmlHeadingLevel is the level of a heading element, 0 for others.
func htmlHeadingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// htmlBoldLine reports whether a block shows one line all of it bold.
func htmlBoldLine(n *html.Node) bool {
	bold, plain := false, false
	var look func(*html.Node, bool) bool
	look = func(n *html.Node, inBold bool) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if strings.IndexFunc(c.Data, htmlWordRune) >= 0 {
					if inBold {
						bold = true
					} else {
						plain = true
					}
				}
			case html.ElementNode:
				if htmlUnseen(c) {
					continue
				}
				if htmlBlock(c) || c.DataAtom == atom.Br {
					return false
				}
				b := inBold || c.DataAtom == atom.B || c.DataAtom == atom.Strong ||
					strings.Contains(htmlStyle(c), "font-weight:bold") || strings.Contains(htmlStyle(c), "font-weight:700")
				if !look(c, b) {
					return false
				}
			}
		}
		return true
	}
	return look(n, false) && bold && !plain
}

// htmlNoMarkers reports whether a list's style hides its markers.
func htmlNoMarkers(n *html.Node) bool {
	s := htmlStyle(n)
	return strings.Contains(s, "list-style:none") || strings.Contains(s, "list-style-type:none")
}

// htmlOpensWithNumber reports whether an item's text carries its own
// number: 1. 1、 (1) （一） 一、 第一 ①.
func htmlOpensWithNumber(s string) bool {
	s = strings.TrimLeft(s, " \u3000*#_") // Markdown marks left in a page's text
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r == '(' || r == '（':
		r2, _ := utf8.DecodeRuneInString(s[n:])
		return unicode.IsDigit(r2) || numeral.IsChinese(r2)
	case r >= '①' && r <= '⒇', r >= '⑴' && r <= '⒛':
		return true
	case unicode.IsDigit(r):
		i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
		if i < 0 {
			return false
		}
		next, _ := utf8.DecodeRuneInString(s[i:])
		return strings.ContainsRune(".、．)）:：", next)
	case numeral.IsChinese(r):
		i := strings.IndexFunc(s, func(r rune) bool { return !numeral.IsChinese(r) })
		if i < 0 {
			return false
		}
		next, _ := utf8.DecodeRuneInString(s[i:])
		return next == '、'
	case r == '第':
		r2, _ := utf8.DecodeRuneInString(s[n:])
		return unicode.IsDigit(r2) || numeral.IsChinese(r2)
	}
	return false
}

// htmlListMarker is item k's number as an ordered list of this type
// prints it.
func htmlListMarker(k int, kind string) string {
	switch {
	case kind == "a" && k > 0:
		return htmlAlpha(k, 'a')
	case kind == "A" && k > 0:
		return htmlAlpha(k, 'A')
	case kind == "i" && k > 0 && k < 4000:
		return strings.ToLower(htmlRoman(k))
	case kind == "I" && k > 0 && k < 4000:
		return htmlRoman(k)
	}
	return strconv.Itoa(k)
}

func htmlAlpha(k int, base rune) string {
	var out []rune
	for k > 0 {
		k--
		out = append([]rune{base + rune(k%26)}, out...)
		k /= 26
	}
	return string(out)
}

func htmlRoman(k int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for k >= v {
			b.WriteString(syms[i])
			k -= v
		}
	}
	return b.String()
}

// htmlFirstText returns the first text n shows, up to its first break.
func htmlFirstText(n *html.Node, skip func(*html.Node) bool) string {
	var out string
	var find func(*html.Node) bool
	find = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if t := strings.TrimSpace(c.Data); t != "" {
					out = t
					return true
				}
			case html.ElementNode:
				if skip != nil && skip(c) {
					continue
				}
				if find(c) {
					return true
				}
			}
		}
		return false
	}
	find(n)
	return out
}

// htmlAttr returns an attribute's value, "" when absent.
func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func htmlHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// htmlIntAttr reads an integer attribute the way HTML parses one: leading
// digits, anything after them ignored.
func htmlIntAttr(n *html.Node, key string) (int, bool) {
	v := strings.TrimSpace(htmlAttr(n, key))
	end := 0
	if end < len(v) && (v[end] == '-' || v[end] == '+') {
		end++
	}
	for end < len(v) && v[end] >= '0' && v[end] <= '9' {
		end++
	}
	k, err := strconv.Atoi(v[:end])
	return k, err == nil
}

// htmlStyle returns an element's inline style, lower case, without spaces.
func htmlStyle(n *html.Node) string {
	s := htmlAttr(n, "style")
	if s == "" {
		return ""
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

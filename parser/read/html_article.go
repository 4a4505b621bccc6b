package read

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlPage is a parsed page and what was found in it: the article's body,
// its headline and the information blocks around them.
type htmlPage struct {
	ctx    context.Context
	doc    *html.Node
	body   *html.Node
	source string // the page as UTF-8, parsed again for readability
	order  map[*html.Node]int
	frames *htmlFrameSet
	cells  int // the budget of table cells spans may fill

	content  *html.Node          // the article's body
	framed   bool                // found by a known frame, not by readability
	bodyLen  int                 // the letters and digits the body shows
	title    *html.Node          // the headline's element, or nil
	headline string              // the headline's text
	keep     map[*html.Node]bool // the body and the ancestors of it and of the headline
	// holdsBody marks the body and its ancestors.
	holdsBody map[*html.Node]bool
}

// htmlArticle returns the lines of a page's article: the headline on a
// line of its own, the information block one field a line, then the body.
// Everything else of the page (navigation, side columns, tool bars, the
// site's footer) is left out: what is outside the article is found by
// structure, the article by the frames of government CMSs or, on a page
// built on none of them, by readability.
func htmlArticle(ctx context.Context, doc *html.Node, source string, size int) ([]string, error) {
	p := &htmlPage{ctx: ctx, doc: doc, source: source, frames: htmlFrames(), cells: size, order: map[*html.Node]int{}}
	k := 0
	var number func(*html.Node)
	number = func(n *html.Node) {
		p.order[n] = k
		k++
		if n.Type == html.ElementNode && n.DataAtom == atom.Body && p.body == nil {
			p.body = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			number(c)
		}
	}
	number(doc)
	if p.body == nil {
		p.body = doc
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.findContent()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.bodyLen = htmlTextLen(p.content)
	p.holdsBody = map[*html.Node]bool{}
	for x := p.content; x != nil; x = x.Parent {
		p.holdsBody[x] = true
	}
	p.findTitle()
	p.keep = map[*html.Node]bool{}
	for x := p.content; x != nil; x = x.Parent {
		p.keep[x] = true
	}
	if p.title != nil {
		for x := p.title.Parent; x != nil; x = x.Parent {
			p.keep[x] = true
		}
	}
	return p.lines()
}

// findContent finds the article's body: the outermost element a known
// frame names that shows the most text; else what readability finds;
// else the page's body.
func (p *htmlPage) findContent() {
	gq := goquery.NewDocumentFromNode(p.doc)
	var found []*html.Node
	seen := map[*html.Node]bool{}
	for _, sel := range p.frames.content {
		for _, n := range gq.FindMatcher(sel).Nodes {
			if !seen[n] && p.shown(n) {
				seen[n] = true
				found = append(found, n)
			}
		}
	}
	best, bestLen := (*html.Node)(nil), 0
	for _, n := range found {
		outer := true
		for x := n.Parent; x != nil; x = x.Parent {
			if seen[x] {
				outer = false
				break
			}
		}
		if !outer {
			continue
		}
		if l := htmlTextLen(n); l > bestLen {
			best, bestLen = n, l
		}
	}
	if best != nil {
		p.content, p.framed = best, true
		return
	}
	if n := htmlReadability(p.ctx, p.source, p.doc); n != nil {
		p.content = n
		return
	}
	p.content = p.body
}

// shown reports whether n and its ancestors are shown on screen.
func (p *htmlPage) shown(n *html.Node) bool {
	for x := n; x != nil; x = x.Parent {
		if htmlUnseen(x) {
			return false
		}
	}
	return true
}

// aside reports whether n sits in a part of the page around the article
// (a side column, the site's header or footer, a menu) that does not also
// hold the article's body.
func (p *htmlPage) aside(n *html.Node) bool {
	for x := n; x != nil; x = x.Parent {
		if p.holdsBody[x] {
			return false
		}
		if x.Type != html.ElementNode {
			continue
		}
		switch x.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside, atom.Header:
			if x.DataAtom != atom.Header || !htmlInside(x, atom.Article, atom.Main) {
				return true
			}
		}
		if htmlNamed(x, p.frames.region) || htmlNamed(x, p.frames.column) || htmlNamed(x, p.frames.chrome) {
			return true
		}
	}
	return false
}

// htmlInside reports whether n has an ancestor of one of the kinds.
func htmlInside(n *html.Node, kinds ...atom.Atom) bool {
	for x := n.Parent; x != nil; x = x.Parent {
		for _, k := range kinds {
			if x.DataAtom == k && x.Type == html.ElementNode {
				return true
			}
		}
	}
	return false
}

// findTitle finds the headline. Its candidates are the elements a frame
// names as one, and the h2, h3 and other elements (not links) whose text
// the page's own title (<title>, <meta name="ArticleTitle">) gives; none
// sits in a part of the page around the article. The headline is the
// candidate that opens the body; else, before the body, the nearest one
// the page's title names; else, in a body readability found (which may
// take in the column around the article), the first one the page's title
// names that more of the body follows than precedes; else the nearest
// candidate before the body. A page with none of them may still name its
// headline in its metadata, printed where no line of the article reads so.
func (p *htmlPage) findTitle() {
	gq := goquery.NewDocumentFromNode(p.doc)
	names := p.pageTitles(gq)
	first := p.firstShown(p.content)
	var before, beforeNamed, inside *html.Node
	seen := map[*html.Node]bool{}
	consider := func(n *html.Node, generic bool) bool {
		if seen[n] || p.holdsBody[n] || !p.shown(n) || p.aside(n) {
			return false
		}
		seen[n] = true
		text := p.inlineText(n)
		if text == "" {
			return false
		}
		named := names[htmlSqueeze(text)]
		if generic && !named {
			return false
		}
		if htmlContains(p.content, n) {
			switch {
			case first != nil && htmlContains(n, first):
				p.title, p.headline = n, text
				return true
			case !p.framed && named && (inside == nil || p.order[n] < p.order[inside]) && p.leads(n):
				inside = n
			}
			return false
		}
		if p.order[n] > p.order[p.content] {
			return false
		}
		if before == nil || p.order[n] > p.order[before] {
			before = n
		}
		if named && (beforeNamed == nil || p.order[n] > p.order[beforeNamed]) {
			beforeNamed = n
		}
		return false
	}
	for _, sel := range p.frames.title {
		for _, n := range gq.FindMatcher(sel).Nodes {
			if consider(n, false) {
				return
			}
		}
	}
	for _, n := range gq.Find("h2, h3").Nodes {
		if consider(n, true) {
			return
		}
	}
	if len(names) > 0 {
		// Any element whose text the page's title gives, but a link.
		var named []*html.Node
		var look func(*html.Node)
		look = func(n *html.Node) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				switch {
				case c.Type == html.TextNode && n.Type == html.ElementNode && names[htmlSqueeze(c.Data)]:
					named = append(named, n)
				case c.Type == html.ElementNode && c.DataAtom != atom.A && !htmlUnseen(c):
					look(c)
				}
			}
		}
		look(p.body)
		for _, n := range named {
			if consider(n, true) {
				return
			}
		}
	}
	for _, n := range []*html.Node{beforeNamed, inside, before} {
		if n != nil {
			p.title, p.headline = n, p.inlineText(n)
			return
		}
	}
	for _, sel := range []string{`meta[name="ArticleTitle"]`, `meta[property="og:title"]`} {
		if m := gq.Find(sel).First(); m.Length() > 0 {
			if v, ok := m.Attr("content"); ok && strings.TrimSpace(v) != "" {
				p.headline = strings.Join(strings.Fields(v), " ")
				return
			}
		}
	}
}

// pageTitles gathers the headline the page names in its head, squeezed of
// white space: its ArticleTitle, and its <title> where that joins the
// headline with the site's name (标题_某某市民政局, 标题 - 某某网): the
// longer part. A <title> of one part may be the site's name alone, which
// the page shows in many places, and names nothing.
func (p *htmlPage) pageTitles(gq *goquery.Document) map[string]bool {
	out := map[string]bool{}
	var meta string
	if m := gq.Find(`meta[name="ArticleTitle"]`).First(); m.Length() > 0 {
		meta, _ = m.Attr("content")
		if meta = htmlSqueeze(meta); meta != "" {
			out[meta] = true
		}
	}
	if t := gq.Find("title").First(); t.Length() > 0 {
		whole := htmlSqueeze(t.Text())
		parts := strings.FieldsFunc(whole, func(r rune) bool { return strings.ContainsRune("_|｜-–—", r) })
		longest := ""
		for _, part := range parts {
			if utf8.RuneCountInString(part) > utf8.RuneCountInString(longest) {
				longest = part
			}
		}
		if len(parts) > 1 && longest != "" {
			out[longest] = true
		}
	}
	return out
}

// htmlSqueeze removes white space.
func htmlSqueeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// leads reports whether more of the body's text follows n than goes before
// it: a headline heads the article, it does not close it.
func (p *htmlPage) leads(n *html.Node) bool {
	after := 0
	for _, f := range htmlFollowing(n, p.content) {
		after += htmlTextLen(f)
	}
	return 2*after > htmlTextLen(p.content)-htmlTextLen(n)
}

// firstShown returns the first text node under n that shows any text.
func (p *htmlPage) firstShown(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(strings.ReplaceAll(c.Data, "\u00a0", " ")) != "" {
				return c
			}
		case html.ElementNode:
			if htmlUnseen(c) {
				continue
			}
			if t := p.firstShown(c); t != nil {
				return t
			}
		}
	}
	return nil
}

// inlineText is the text of an element on one line.
func (p *htmlPage) inlineText(n *html.Node) string {
	w := htmlNewWriter(p.ctx, htmlUnseen, &p.cells)
	w.children(n)
	return htmlJoin(w.done())
}

// infoBlocks finds the information blocks above the headline (or above the
// body, where there is none); what comes after is written where it is:
// the elements a frame names as one, and the tables that pair labels with
// values, showing at least one field a bureau page labels so.
func (p *htmlPage) infoBlocks(limit int) []*html.Node {
	gq := goquery.NewDocumentFromNode(p.doc)
	cand := map[*html.Node]bool{}
	for _, sel := range p.frames.info {
		for _, n := range gq.FindMatcher(sel).Nodes {
			cand[n] = true
		}
	}
	probe := htmlNewWriter(p.ctx, htmlUnseen, &p.cells)
	for _, t := range gq.Find("table").Nodes {
		if rows, _ := htmlTableRows(t); htmlInfoTable(probe, rows) {
			cand[t] = true
		}
	}
	var out []*html.Node
	for n := range cand {
		// What comes after limit is written where it is.
		if p.order[n] >= limit || p.holdsBody[n] ||
			(p.title != nil && htmlContains(n, p.title)) || !p.shown(n) || p.aside(n) {
			continue
		}
		out = append(out, n)
	}
	// The outermost of them, in document order, that show a field.
	kept := map[*html.Node]bool{}
	for _, n := range out {
		kept[n] = true
	}
	var blocks []*html.Node
	for _, n := range out {
		outer := true
		for x := n.Parent; x != nil; x = x.Parent {
			if kept[x] {
				outer = false
				break
			}
		}
		if outer && p.hasField(n) {
			blocks = append(blocks, n)
		}
	}
	for i := 1; i < len(blocks); i++ {
		for j := i; j > 0 && p.order[blocks[j]] < p.order[blocks[j-1]]; j-- {
			blocks[j], blocks[j-1] = blocks[j-1], blocks[j]
		}
	}
	return blocks
}

// hasField reports whether a block shows a field a bureau page labels so.
func (p *htmlPage) hasField(n *html.Node) bool {
	for _, l := range p.render([]*html.Node{n}, p.infoSkip, true, false) {
		if _, ok := htmlInfoLabelAt(l); ok {
			return true
		}
	}
	return false
}

// lines writes the article: the headline, the information blocks, what
// stands between the headline and the body, and the body. Where the page
// marks no headline, the body's first line stands for it when it ends no
// sentence: the information block goes under the headline, never above it,
// as the page reads.
func (p *htmlPage) lines() ([]string, error) {
	var between, body []*html.Node
	limit := p.order[p.content]
	switch {
	case p.title == nil:
		body = []*html.Node{p.content}
	case htmlContains(p.content, p.title):
		// The headline opens the body, or, in a body readability found,
		// what comes before the headline is the page's.
		limit = p.order[p.title]
		body = htmlFollowing(p.title, p.content)
	default:
		limit = p.order[p.title]
		between = htmlBetween(p.title, p.content)
		body = []*html.Node{p.content}
	}
	var infos []string
	for _, b := range p.infoBlocks(limit) {
		infos = append(infos, p.render([]*html.Node{b}, p.infoSkip, true, false)...)
	}
	rest := p.render(between, p.betweenSkip, true, true)
	skip := p.contentSkip
	switch {
	case !p.framed && p.content == p.body:
		skip = p.betweenSkip // the whole page: only structure tells the article
	case !p.framed:
		skip = p.looseSkip
	}
	rest = append(rest, p.render(body, skip, false, true)...)
	if err := p.ctx.Err(); err != nil {
		return nil, err
	}
	headline := p.headline
	switch {
	case headline != "" && len(rest) > 0 && htmlSameText(rest[0], headline):
		rest = rest[1:] // the body repeats the headline
	case p.title == nil && headline != "":
		// A headline from the metadata only: the page shows it as a
		// line further on, or it is printed here.
		for _, l := range rest {
			if htmlSameText(l, headline) {
				headline = ""
				break
			}
		}
	}
	out := append(infos, rest...)
	if headline != "" {
		return append([]string{headline}, out...), nil
	}
	// No headline marked: the line under the information block stands
	// for it, if it ends no sentence.
	k := 0
	for k < len(out) && htmlInfoLine(out[k]) {
		k++
	}
	if k > 0 && k < len(out) && !htmlEndsSentence(out[k]) {
		line := out[k]
		copy(out[1:k+1], out[:k])
		out[0] = line
	}
	return out, nil
}

// htmlInfoLine reports whether a line is a field of an information block.
func htmlInfoLine(line string) bool {
	_, ok := htmlInfoLabelAt(line)
	return ok
}

// htmlEndsSentence reports whether a line ends a sentence or leads into
// what follows (。 ： ，), which a headline never does.
func htmlEndsSentence(line string) bool {
	line = strings.TrimRight(line, " \u3000”’」』）)】]\"'")
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune("。！？；：，、.!?;:,…", r)
}

// render writes nodes in order with a filter.
// Spaced sets inline elements apart (an information block's fields); marks
// writes headings with their Markdown marks.
func (p *htmlPage) render(nodes []*html.Node, skip func(*html.Node) bool, spaced, marks bool) []string {
	w := htmlNewWriter(p.ctx, skip, &p.cells)
	w.spaced, w.marks = spaced, marks
	for _, n := range nodes {
		w.endLine()
		w.walk(n)
	}
	return w.done()
}

// contentSkip filters the body: what does not show, and tool bars (share,
// print, font size) that hold no prose.
func (p *htmlPage) contentSkip(n *html.Node) bool {
	if p.keep[n] {
		return false
	}
	if htmlUnseen(n) {
		return true
	}
	return htmlNamed(n, p.frames.chrome) && !htmlHoldsProse(n)
}

// looseSkip filters a body readability found, which may take in some of
// the page around the article: on top of the body's filter, the page's
// controls, its regions (related links, comments), side columns of links
// that hold less than half the body's text (a column named right may be a
// signature's alignment, but that holds no link), and menus (blocks of two
// links or more and nothing else).
func (p *htmlPage) looseSkip(n *html.Node) bool {
	if p.keep[n] {
		return false
	}
	if p.contentSkip(n) || htmlControl(n) {
		return true
	}
	if !htmlBlock(n) {
		return false
	}
	if htmlNamed(n, p.frames.region) {
		return true
	}
	if htmlNamed(n, p.frames.column) && htmlLinks(n) > 0 && 2*htmlTextLen(n) < p.bodyLen {
		return true // a side column of links, not the article's own
	}
	return htmlLinks(n) >= 2 && htmlLinksOnly(n)
}

// infoSkip filters an information block: what does not show, tool bars,
// and the controls in them (字号 大 中 小, 打印, 关闭).
func (p *htmlPage) infoSkip(n *html.Node) bool {
	if p.keep[n] {
		return false
	}
	return htmlUnseen(n) || htmlNamed(n, p.frames.chrome) || htmlControl(n)
}

// betweenSkip filters what stands between the headline and the body, or a
// page with no article found: on top of the information block's filter,
// the page's regions and menus, and blocks whose text is all links.
func (p *htmlPage) betweenSkip(n *html.Node) bool {
	if p.keep[n] {
		return false
	}
	if p.infoSkip(n) {
		return true
	}
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Menu:
		return true
	}
	if htmlBlock(n) && (htmlNamed(n, p.frames.region) || htmlNamed(n, p.frames.column)) {
		return true
	}
	return htmlBlock(n) && htmlLinksOnly(n)
}

// htmlSameText reports whether two lines read the same, white space aside.
func htmlSameText(a, b string) bool {
	return strings.Join(strings.Fields(a), "") == strings.Join(strings.Fields(b), "")
}

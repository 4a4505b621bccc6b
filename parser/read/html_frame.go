package read

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlFramesTSV lists the frames of government CMSs (see its header).
//
//go:embed html_frames.tsv
var htmlFramesTSV string

// htmlInfoLabelsTxt lists the labels of information blocks.
//
//go:embed html_info_labels.txt
var htmlInfoLabelsTxt string

// htmlFrameSet is html_frames.tsv read.
type htmlFrameSet struct {
	content, title, info   []cascadia.Selector
	chrome, region, column []htmlNameRule
}

// htmlNameRule matches an element by its class and id.
type htmlNameRule struct {
	word  bool // the value is one of the words of a class or id; else a part
	value string
}

var htmlFrames = sync.OnceValue(func() *htmlFrameSet {
	f := &htmlFrameSet{}
	for _, line := range strings.Split(htmlFramesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			continue
		}
		role, kind, value := cols[0], cols[1], cols[2]
		if kind == "css" {
			sel, err := cascadia.Compile(value)
			if err != nil {
				continue // TestHTMLFramesLoad holds every line to compile
			}
			switch role {
			case "content":
				f.content = append(f.content, sel)
			case "title":
				f.title = append(f.title, sel)
			case "info":
				f.info = append(f.info, sel)
			}
			continue
		}
		rule := htmlNameRule{word: kind == "word", value: strings.ToLower(value)}
		switch role {
		case "chrome":
			f.chrome = append(f.chrome, rule)
		case "region":
			f.region = append(f.region, rule)
		case "column":
			f.column = append(f.column, rule)
		}
	}
	return f
})

var htmlInfoLabels = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(htmlInfoLabelsTxt, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
})

// htmlNamed reports whether an element's class or id matches one of rules.
func htmlNamed(n *html.Node, rules []htmlNameRule) bool {
	if n.Type != html.ElementNode {
		return false
	}
	names := strings.TrimSpace(htmlAttr(n, "class") + " " + htmlAttr(n, "id"))
	if names == "" {
		return false
	}
	lower := strings.ToLower(names)
	var words []string
	for _, r := range rules {
		if !r.word {
			if strings.Contains(lower, r.value) {
				return true
			}
			continue
		}
		if words == nil {
			words = htmlNameWords(names)
		}
		for _, w := range words {
			if w == r.value {
				return true
			}
		}
	}
	return false
}

// htmlNameWords splits class names and ids into lower-case words: at
// anything not a letter or digit, and where a lower-case letter meets an
// upper-case one (leftNav → left, nav).
func htmlNameWords(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	var prev rune
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return out
}

// htmlUnseen reports whether an element shows nothing on screen: the head
// and what it holds, scripts and styles, form controls and embedded
// objects, and elements the page hides.
func htmlUnseen(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Title, atom.Meta, atom.Link, atom.Base, atom.Button, atom.Input,
		atom.Select, atom.Option, atom.Datalist, atom.Textarea, atom.Iframe,
		atom.Frame, atom.Object, atom.Embed, atom.Svg, atom.Math, atom.Canvas,
		atom.Video, atom.Audio, atom.Map, atom.Area, atom.Source, atom.Track,
		atom.Param, atom.Dialog, atom.Img, atom.Picture, atom.Rp, atom.Rt:
		return true
	}
	if n.Namespace != "" {
		return true // SVG and MathML content
	}
	if htmlHasAttr(n, "hidden") {
		return true
	}
	s := htmlStyle(n)
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// htmlHoldsProse reports whether an element holds paragraphs, tables or
// headings: a container of the article, not a tool bar, whatever its name.
func htmlHoldsProse(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre:
			return true
		}
		if htmlHoldsProse(c) {
			return true
		}
	}
	return false
}

// htmlLinksOnly reports whether all the text an element shows sits in
// links (a menu, a list of related pages, a breadcrumb's tail), with at
// least one link; punctuation between them does not count.
func htmlLinksOnly(n *html.Node) bool {
	links := 0
	other := false
	var look func(*html.Node, bool)
	look = func(n *html.Node, inLink bool) {
		for c := n.FirstChild; c != nil && !other; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if !inLink && strings.IndexFunc(c.Data, htmlWordRune) >= 0 {
					other = true
				}
			case html.ElementNode:
				if htmlUnseen(c) {
					continue
				}
				if c.DataAtom == atom.A && htmlHasAttr(c, "href") && !inLink {
					links++
					look(c, true)
					continue
				}
				look(c, inLink)
			}
		}
	}
	look(n, false)
	return links > 0 && !other
}

// htmlWordRune reports whether r is a letter or digit: what is left of a
// menu's text once its links are taken out is punctuation (| > · 【】).
func htmlWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// htmlControl reports whether an element is a control of the page rather
// than a link of its text: a link that runs a script (打印, 关闭窗口,
// 加入收藏) or any element with a click handler.
func htmlControl(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if htmlHasAttr(n, "onclick") {
		return true
	}
	if n.DataAtom == atom.A {
		href := strings.ToLower(strings.TrimSpace(htmlAttr(n, "href")))
		return strings.HasPrefix(href, "javascript:")
	}
	return false
}

// htmlTextLen counts the letters and digits an element shows.
func htmlTextLen(n *html.Node) int {
	k := 0
	var look func(*html.Node)
	look = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				for _, r := range c.Data {
					if htmlWordRune(r) {
						k++
					}
				}
			case html.ElementNode:
				if !htmlUnseen(c) {
					look(c)
				}
			}
		}
	}
	look(n)
	return k
}

// htmlContains reports whether a holds b (or is b).
func htmlContains(a, b *html.Node) bool {
	for x := b; x != nil; x = x.Parent {
		if x == a {
			return true
		}
	}
	return false
}

// htmlBetween returns the nodes strictly between a and b in document
// order, as whole subtrees; a comes before b and neither holds the other.
func htmlBetween(a, b *html.Node) []*html.Node {
	onB := map[*html.Node]bool{}
	for x := b; x != nil; x = x.Parent {
		onB[x] = true
	}
	var out []*html.Node
	x := a
	for ; x.Parent != nil && !onB[x.Parent]; x = x.Parent {
		for s := x.NextSibling; s != nil; s = s.NextSibling {
			out = append(out, s)
		}
	}
	top := x.Parent
	if top == nil {
		return nil
	}
	for s := x.NextSibling; s != nil && !onB[s]; s = s.NextSibling {
		out = append(out, s)
	}
	var chain []*html.Node // from top's child on b's side down to b
	for y := b; y != nil && y != top; y = y.Parent {
		chain = append([]*html.Node{y}, chain...)
	}
	for i := 0; i+1 < len(chain); i++ {
		for c := chain[i].FirstChild; c != nil && c != chain[i+1]; c = c.NextSibling {
			out = append(out, c)
		}
	}
	return out
}

// htmlFollowing returns the nodes after n inside top in document order, as
// whole subtrees.
func htmlFollowing(n, top *html.Node) []*html.Node {
	var out []*html.Node
	for x := n; x != nil && x != top; x = x.Parent {
		for s := x.NextSibling; s != nil; s = s.NextSibling {
			out = append(out, s)
		}
	}
	return out
}

// htmlLinks counts the links an element holds.
func htmlLinks(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A && htmlHasAttr(c, "href") {
			k++
			continue
		}
		k += htmlLinks(c)
	}
	return k
}

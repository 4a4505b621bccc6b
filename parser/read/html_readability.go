package read

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// htmlMark is the attribute that numbers the elements of the copy of a
// page readability works on, so that what it keeps can be found again in
// the page itself.
const htmlMark = "data-bulletin-element"

// htmlReadability finds the article's body on a page no known frame
// describes, with go-readability (Mozilla's Readability.js in Go). It
// works on a copy of the page and returns the element of doc that holds
// all that readability kept, or nil. Readability rewrites and prunes what
// it keeps; only where it is is taken from it, and the text is written
// from doc by the rules of this reader. It runs apart from the caller so
// that ctx ends the wait for it.
func htmlReadability(ctx context.Context, source string, doc *html.Node) *html.Node {
	copyDoc, err := html.Parse(strings.NewReader(source))
	if err != nil {
		return nil
	}
	var elems []*html.Node
	var list func(*html.Node)
	list = func(n *html.Node) {
		if n.Type == html.ElementNode {
			elems = append(elems, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			list(c)
		}
	}
	list(doc)
	k := 0
	var mark func(*html.Node)
	mark = func(n *html.Node) {
		if n.Type == html.ElementNode {
			n.Attr = append(n.Attr, html.Attribute{Key: htmlMark, Val: strconv.Itoa(k)})
			k++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			mark(c)
		}
	}
	mark(copyDoc)
	if k != len(elems) {
		return nil // not the same tree: nothing to map back
	}

	found := make(chan *html.Node, 1)
	go func() {
		defer func() {
			if recover() != nil {
				found <- nil
			}
		}()
		parser := readability.NewParser()
		article, err := parser.ParseAndMutate(copyDoc, &url.URL{Scheme: "file", Path: "/"})
		if err != nil {
			found <- nil
			return
		}
		found <- article.Node
	}()
	var kept *html.Node
	select {
	case <-ctx.Done():
		return nil
	case kept = <-found:
	}
	if kept == nil {
		return nil
	}

	// The elements readability kept, as elements of doc, and the nearest
	// element that holds them all.
	var lca *html.Node
	onLCA := map[*html.Node]bool{}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if i, err := strconv.Atoi(htmlAttr(n, htmlMark)); err == nil && i >= 0 && i < len(elems) {
				e := elems[i]
				if lca == nil {
					lca = e
				} else {
					x := e
					for x != nil && !onLCA[x] {
						x = x.Parent
					}
					if x != nil {
						lca = x
					}
				}
				clear(onLCA)
				for x := lca; x != nil; x = x.Parent {
					onLCA[x] = true
				}
				return // what it holds is held by e
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(kept)
	return lca
}

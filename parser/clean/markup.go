package clean

import (
	"regexp"
	"strings"
)

// The marks a converter leaves when it writes a page or a PDF as Markdown
// (pandoc -t gfm, turndown, a reader service): links around the words a
// page showed, backslashes before the punctuation Markdown would read as a
// mark (2\. 附件名, 首页 \> 正文, 138\*\*\*\*5678), and the HTML it could not
// say in Markdown (a <div> left on its own line, a <span> or a <br> inside
// one). What the page showed is the words: the marks go, the words stay
// where they stood. CommonMark 0.31 sets out links (6.3), backslash escapes
// (2.4), autolinks (6.5) and raw HTML (6.6).
var (
	// mdLink is an inline link, [words](address "title"). The address is
	// ASCII without spaces, as a converter percent-encodes it: brackets
	// round words followed by words in brackets ([附件](见下)) are text.
	mdLink = regexp.MustCompile(`\[([^\[\]\n]*)\]\([!-'*-~]*(?:\([!-'*-~]*\)[!-'*-~]*)*(?:\s+"[^"\n]*")?\)`)
	// autoLink is an address set in angle brackets, <https://…>.
	autoLink = regexp.MustCompile(`<((?:https?|ftp|file|mailto):[^<>\s]*)>`)
	// htmlTag is an opening, closing or empty tag: a letter after the
	// angle bracket, so a comparison (年龄<60岁, <=3) is no tag.
	htmlTag = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	// htmlComment is a comment, as pandoc writes <!-- --> between lists.
	htmlComment = regexp.MustCompile(`<!--.*?-->`)
	// escaped is a backslash before ASCII punctuation: the punctuation.
	escaped = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
)

// dropMarkup takes the links, escapes and HTML tags off s, keeping the words
// they marked; a tag that breaks a line (<br>) leaves a space. In a row of a
// pipe grid (| a | b |) an escaped bar is a bar inside a cell: it stays, for
// the grid's reader.
func dropMarkup(s string) string {
	if strings.Contains(s, "<") {
		if strings.Contains(s, "<!--") {
			s = htmlComment.ReplaceAllString(s, "")
		}
		s = autoLink.ReplaceAllString(s, "$1")
		s = htmlTag.ReplaceAllStringFunc(s, func(tag string) string {
			if breaksLine(tag) {
				return " "
			}
			return ""
		})
	}
	if strings.Contains(s, "](") {
		s = mdLink.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, `\`) {
		grid := strings.HasPrefix(s, "|")
		s = escaped.ReplaceAllStringFunc(s, func(m string) string {
			if grid && m == `\|` {
				return m
			}
			return m[1:]
		})
	}
	return s
}

// breaksLine reports whether tag sets the words on either side of it
// apart: a block's tag (blockTag, which blockLines cuts a line at) or a
// cell's, a table's or a list's (the words of a row stay on its line).
func breaksLine(tag string) bool {
	return blockTag.MatchString(tag) || apartTag.MatchString(tag)
}

// apartTag is a tag of a cell, a table, a list or a rule.
var apartTag = regexp.MustCompile(`(?i)^</?(?:td|th|table|ul|ol|hr)(?:[\s/>])`)

// blockTag is a tag that opens or closes a block of a page: a paragraph,
// a division, an item of a list, a row, a heading, or a line break.
var blockTag = regexp.MustCompile(`(?i)</?(?:p|div|li|tr|h[1-6]|br|section|article|blockquote)(?:\s[^<>]*)?/?>`)

// blockLines splits a line that holds a page's blocks in their HTML (a
// copy of an editor's text with its <p class="…">…</p> run together on one
// line) into a line a block, each keeping the original line's number, as
// a browser would set them apart. The tags themselves go with the rest of
// the markup in repair.
func blockLines(src []source) []source {
	var out []source
	for k, s := range src {
		if !strings.Contains(s.text, "<") {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		cuts := blockTag.FindAllStringIndex(s.text, -1)
		var parts []string
		last := 0
		for _, c := range cuts {
			if strings.TrimSpace(s.text[last:c[0]]) != "" {
				parts = append(parts, s.text[last:c[0]])
			}
			last = c[1]
		}
		if strings.TrimSpace(s.text[last:]) != "" {
			parts = append(parts, s.text[last:])
		}
		if len(parts) < 2 { // one block: repair takes its tags off as it is

			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]source, 0, len(src)+len(parts)), src[:k]...)
		}
		for _, p := range parts {
			out = append(out, source{text: p, num: s.num})
		}
	}
	if out == nil {
		return src
	}
	return out
}

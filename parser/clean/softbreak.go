package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// JoinSoftBreaks joins the lines of each Markdown paragraph into its first
// line. In Markdown a paragraph runs on until a blank line; a line end
// inside it is a soft break (CommonMark 0.31, 6.8), as a converter that
// wraps its output (pandoc's 72 columns, html2text's 78) sets one at a
// space: 记者 / 某某). A line that opens a block of its own (a heading, a
// list item, a rule, a row of a grid) is no part of the paragraph before it;
// a line that ends with a backslash or two spaces ends in a hard break
// (6.7): the next
// line stands apart, and so do the blocks a page's tags set apart on one
// line (blockLines). A joined line keeps the number of its first: the
// values read from it are placed at the paragraph's first line.
//
// Where both sides of the break are Chinese (Han or full-width marks) the
// lines join with nothing between them, as a line end between Han
// characters is no space (W3C clreq, 3.1.4); elsewhere with one space.
func JoinSoftBreaks(lines []Line) []Line {
	out := make([]Line, 0, len(lines))
	hard := false // the last line of out ended in a hard break
	for _, l := range lines {
		if n := len(out); n > 0 && !hard && softBreak(out[n-1], l) {
			out[n-1].Text = JoinSoft(out[n-1].Text, l.Text)
		} else {
			out = append(out, l)
		}
		last := &out[len(out)-1]
		if hard = l.Hard; strings.HasSuffix(last.Text, `\`) {
			hard = true
			last.Text = strings.TrimRight(strings.TrimSuffix(last.Text, `\`), " ")
		}
	}
	return out
}

// softBreak reports whether l goes on the paragraph that prev is the last
// line of so far.
func softBreak(prev, l Line) bool {
	if prev.Blank() || l.Blank() || prev.Num == l.Num {
		return false // blocks a page's tags set apart on one line (blockLines) stay apart
	}
	// A rule is a blank line here (Rule, no Text): Blank refuses it.
	if prev.Heading > 0 || prev.Tabs || strings.HasPrefix(prev.Text, "|") {
		return false
	}
	return l.Heading == 0 && !l.Item && !l.Tabs && !strings.HasPrefix(l.Text, "|")
}

// JoinSoft joins two lines of a paragraph at a soft break.
func JoinSoft(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if chineseRune(last) && chineseRune(first) {
		return a + b
	}
	return a + " " + b
}

// chineseRune reports whether r is a Han character or a full-width mark
// (，。、；：“”《》（）).
func chineseRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF || r == '“' || r == '”' || r == '‘' || r == '’'
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/numeral"
)

// headingLineBefore stops the scan at a source line's break where the
// line before it is a numbered heading (七、申请条件 / 基金会、社会团体…,
// lines a layout joined into one passage): a heading of the form 一、
// (《党政机关公文格式》 GB/T 9704-2012 §7.3.3, the first level of a
// structure's headings) stands on a line of its own and ends there, so
// no name runs back across its end into its words.
type headingLineBefore struct{}

func (headingLineBefore) back(r *startReading) scanMove {
	if r.protect == nil || r.protect.lineBreak == nil {
		return scanPass
	}
	if !r.protect.lineBreak(r.i) || !numberedHeadingEndsAt(r.s, r.i, r.protect.lineBreak) {
		return scanPass
	}
	r.afterBoundary = true
	return scanStop
}

// headingRunes is the most characters a numbered heading's line holds
// that headingLineBefore reads as a heading's whole line.
const headingRunes = 20

// numberedHeadingEndsAt reports whether the source line that ends at i
// (back to the break before it, a newline or the text's start) opens
// with a Chinese numeral and 、 and holds at most headingRunes
// characters.
func numberedHeadingEndsAt(s string, i int, lineBreak func(int) bool) bool {
	p, n := i, 0
	for p > 0 && n <= headingRunes {
		r, w := utf8.DecodeLastRuneInString(s[:p])
		if r == '\n' {
			break
		}
		p -= w
		n++
		if lineBreak(p) {
			break
		}
	}
	if n > headingRunes {
		return false
	}
	line := strings.TrimLeftFunc(s[p:i], unicode.IsSpace)
	_, k, ok := numeral.ChineseAt(line, 0, 3)
	return ok && k > 0 && strings.HasPrefix(line[k:], "、") && k+len("、") < len(line)
}

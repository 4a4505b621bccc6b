package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
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

// numberedHeadingEndsAt reports whether the source line that ends at i
// (back to the break before it, a newline or the text's start) is a
// heading numbered 一、 (cue.Enumerator, CnComma) with words after its
// number and no clause among them: a heading's whole line, where a
// numbered paragraph runs on in clauses.
func numberedHeadingEndsAt(s string, i int, lineBreak func(int) bool) bool {
	p := i
	for p > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:p])
		if r == '\n' {
			break
		}
		if p -= w; lineBreak(p) {
			break
		}
	}
	line := strings.TrimLeftFunc(s[p:i], unicode.IsSpace)
	kind, _, end := cue.Enumerator(line)
	words := line[end:]
	return kind == cue.CnComma && words != "" && !cue.SentencePunct(words) && !cue.EndsSentence(words)
}

package layout

import (
	"strings"

	"bulletin/parser/numeral"
	"bulletin/parser/span"
)

// para is a paragraph of the body, its broken lines joined again, or a
// section marker of a bulletin.
type para struct {
	text    span.Text
	lines   []int // indices of the lines it was joined from
	heading int   // Markdown heading level of its first line
	section string
}

// paragraphs joins the body's lines into paragraphs. A line runs on to the
// next unless it ends a sentence, the next opens a heading or list, or it is
// a short line without running text (a heading); two short heading lines in
// a row are one heading that wrapped.
func (a *analyzer) paragraphs() []para {
	var out []para
	var cur []int
	flush := func() {
		if len(cur) == 0 {
			return
		}
		out = append(out, para{text: a.text(cur...), lines: cur, heading: a.lines[cur[0]].Heading})
		cur = nil
	}
	for i := range a.lines {
		l := a.lines[i]
		switch l.role {
		case roleBlank:
			continue
		case roleSection:
			flush()
			name, _ := sectionName(l.sq)
			out = append(out, para{text: a.text(i), lines: []int{i}, section: name})
			continue
		case roleBody:
		default:
			flush()
			continue
		}
		if len(cur) > 0 && !a.joins(cur[len(cur)-1], i) {
			flush()
		}
		cur = append(cur, i)
	}
	flush()
	return out
}

// joins decides whether line j continues line i.
func (a *analyzer) joins(i, j int) bool {
	cur, next := a.lines[i], a.lines[j]
	for k := i + 1; k < j; k++ {
		if a.lines[k].role != roleBlank && a.lines[k].role != roleChrome {
			return false // something else stands between them
		}
	}
	if a.strongStart(next) || cur.Heading > 0 || a.endsSentence(cur.sq) {
		return false
	}
	if !hasHan(cur.sq) || endsWithDigit(cur.sq) && startsWithHan(next.sq) {
		return true // a number broken from its unit: 发放补助金 1.1 / 万元
	}
	if a.isEnumHeading(cur) {
		return false
	}
	switch {
	case width(cur.sq) >= 0.85*a.wrap:
		return true // a full line: PDF wrapping
	case sentencePunct(cur.sq):
		return true // running text broken at a page end
	}
	return a.headingLike(cur.sq) && a.headingLike(next.sq)
}

// strongStart reports whether a line opens something new: a Markdown
// heading, an enumerated heading, a list item.
func (a *analyzer) strongStart(l line) bool {
	if l.Heading > 0 {
		return true
	}
	return enumerated(l.sq)
}

// enumerated reports whether s opens with an enumerator (第一章, 一、, （一）,
// 1.); the first character decides whether the patterns can match at all.
func enumerated(s string) bool {
	r := firstRune(s)
	if _, cn := numeral.Digit(r); !cn && r != '十' && r != '第' && r != '（' && r != '(' && (r < '0' || r > '9') {
		return false
	}
	return chapterRe.MatchString(s) || cnEnumRe.MatchString(s) || cnParenRe.MatchString(s) || numEnumRe.MatchString(s)
}

// isEnumHeading reports whether a line is an enumerated heading standing on
// its own (一、提升站位，加强领导).
func (a *analyzer) isEnumHeading(l line) bool {
	return a.strongStart(l) && width(l.sq) < 0.85*a.wrap && atMostRunes(l.sq, 40) && !strings.HasSuffix(l.sq, "。")
}

// endsSentence reports whether a line ends where a paragraph may end.
func (a *analyzer) endsSentence(s string) bool {
	r := lastRune(s)
	switch {
	case isTerminal(r):
		return true
	case r == '）' || r == ')':
		return closesWithAttribution(s)
	case r == '”' || r == '’' || r == '」':
		rs := []rune(s)
		return len(rs) > 1 && isTerminal(rs[len(rs)-2])
	}
	return false
}

// headingLike reports whether s reads as a heading: short, no running-text
// punctuation, no sentence end.
func (a *analyzer) headingLike(s string) bool {
	return s != "" && atMostRunes(s, 60) && width(s) < 0.85*a.wrap && !sentencePunct(s) && !a.endsSentence(s)
}

func hasHan(s string) bool {
	for _, r := range s {
		if isHan(r) {
			return true
		}
	}
	return false
}

func endsWithDigit(s string) bool {
	r := lastRune(s)
	return r >= '0' && r <= '9'
}

func startsWithHan(s string) bool { return isHan(firstRune(s)) }

package extract

import (
	"strings"
	"unicode/utf8"
)

// headlineRepeat reports whether the figure at byte i of the text stands
// on a line that prints the document's headline again, whole, once or run
// together several times (七夕，新郑有近200对新人…！七夕，新郑有近200对新人…！),
// where the page prints it on more lines than its own and the one over the
// article: a web page prints its headline in its head and over the text,
// whose figures both count, but one that gives each of its photos the
// headline as caption or alternative text repeats it between paragraphs,
// and those figures are the headline's again, no amounts the text states.
func headlineRepeat(in *Input, i int) bool {
	if in.Env == nil || in.Env.Doc == nil || !in.Env.Doc.Title.Found() {
		return false
	}
	title := in.Env.Doc.Title
	head := strings.TrimSpace(title.Value)
	line := in.Text.LineAt(i)
	if head == "" || title.Text.Len() > 0 && title.Text.Lines().First <= line && line <= title.Text.Lines().Last {
		return false // the headline itself
	}
	// Whether the page repeats its headline at all is the document's, read
	// once; the figure's own line is walked only on a page that does.
	repeats := in.Env.memo("headline repeats", func() bool {
		n := 0
		for _, l := range in.Env.Doc.Lines {
			if headlinesRun(head, l.Text) {
				n++
			}
		}
		// Its own line, the one over the article, and one more at least.
		return n > 2
	})
	return repeats && headlinesRun(head, lineAround(in, i))
}

// lineAround is the text of the source line byte i of the text stands on.
func lineAround(in *Input, i int) string {
	s := in.Text.String()
	line := in.Text.LineAt(i)
	from, to := i, i
	for from > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:from])
		if r == '\n' || in.Text.LineAt(from-w) != line {
			break
		}
		from -= w
	}
	for to < len(s) {
		r, w := utf8.DecodeRuneInString(s[to:])
		if r == '\n' || in.Text.LineAt(to) != line {
			break
		}
		to += w
	}
	return s[from:to]
}

// headlinesRun reports whether l is the headline head, once or more times
// run together, and nothing else.
func headlinesRun(head, l string) bool {
	rest := strings.TrimSpace(l)
	if rest == "" {
		return false
	}
	for rest != "" {
		var ok bool
		if rest, ok = strings.CutPrefix(rest, head); !ok {
			return false
		}
		rest = strings.TrimSpace(rest)
	}
	return true
}

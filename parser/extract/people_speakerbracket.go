package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// bracketSpeakers finds the speakers of a transcript (a press
// conference's 答记者问, a 座谈会's record) labelled at the head of their
// turn with the name, their body and post in brackets and a colon:
// 张某(市民政局某处处长)：…. The name is a bare name at the line's start;
// the bracket ends with a title of titles.tsv, the person's role, and the
// words before it are the body (GOLD.md, people: the body a title belongs
// to is an agency, not part of the role). A bracket that ends with no
// title (张某(摄)：, 李某(女)：) names no post, and the line is left to the
// other rules; a label with no bracket is answerSpeakers'.
func bracketSpeakers(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for at, line := range trimmedLines(s) {
		open := strings.IndexAny(line, "(（")
		if open < 0 {
			continue
		}
		n := line[:open]
		ow := 1
		if strings.HasPrefix(line[open:], "（") {
			ow = len("（")
		}
		rest := line[open+ow:]
		close := strings.IndexAny(rest, ")）")
		if close <= 0 {
			continue
		}
		inner := rest[:close]
		after := rest[close:]
		_, cw := utf8.DecodeRuneInString(after)
		after = strings.TrimLeft(after[cw:], " \u3000")
		if !strings.HasPrefix(after, "：") && !strings.HasPrefix(after, ":") {
			continue
		}
		// A body's name and the post in it (市民政局社会事务处处长): words
		// alone, no clause, closed by a title.
		if !allHan(inner) {
			continue
		}
		if !segmentedBareName(n, at, words) {
			continue
		}
		w, ok := lexicon.Titles().EndingAt(inner, len(inner))
		if !ok || statusWord(w) || addressWord(w) || creditWord(w) {
			continue
		}
		from := at + open + ow
		ti := title{from + len(inner) - len(w), from + len(inner), w}
		p := person(n, []title{ti})
		p.Found = found(t, at, ti.end, "people/bracket-speaker")
		if body := inner[:len(inner)-len(w)]; body != "" {
			p.Agency = body
		}
		out = append(out, p)
	}
	return out
}

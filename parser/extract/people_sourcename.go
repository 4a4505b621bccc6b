package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// sourceSeparators part a web page's info label from its value: the colon,
// or the bar a page's template prints in its place (来源 | 某某电视台).
const sourceSeparators = ":：|丨｜"

// sourceNames finds the writer a web page's source line names after the
// outlet: 来源：某县电视台  张某, 来源 | 某某网 李某. The source field
// (cue_words.tsv, source: 来源, 稿件来源) gives the outlet the
// text came from, and a bare name set apart from it by a space, last on
// the line, is the reporter the outlet credits: a byline with no title
// (GOLD.md, people: a bare name in a closing credit has role null). The
// outlet must be a field of its own before it, so a source that is a name
// alone (来源：张某) or a body's name run on (来源：县民政局张某) names no one
// here, and a field that is no bare name (来源：新华社 记者, 来源：某某网
// 2021-01-05) names no one.
func sourceNames(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for at, line := range trimmedLines(s) {
		end := at + len(line)
		w, ok := lexicon.CueWordList("source").At(line, 0)
		if !ok {
			continue
		}
		rest := strings.TrimLeft(line[len(w):], " \t\u3000")
		r, rw := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune(sourceSeparators, r) {
			continue
		}
		from := at + len(line) - len(rest) + rw
		fields := creditFields(t, from, end)
		for len(fields) > 0 && strings.TrimSpace(s[fields[len(fields)-1].start:fields[len(fields)-1].end]) == "" {
			fields = fields[:len(fields)-1]
		}
		if len(fields) != 2 {
			continue
		}
		f := fields[1]
		name := strings.TrimRight(s[f.start:f.end], "\r")
		if !segmentedBareName(name, f.start, words) {
			continue
		}
		p := schema.Person{Name: name}
		p.Found = found(t, f.start, f.start+len(name), "people/source-name")
		out = append(out, p)
	}
	return out
}

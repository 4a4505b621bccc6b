package extract

import (
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// creditLines reads the bare names of a credit line printed with no
// bracket at a report's foot (某某 记者 某某): a line of spaced fields only,
// all Chinese characters, one of them a byline's noun whole between names
// (titles.tsv, credit with no act kind: 记者, 通讯员). It credits the
// writers as a byline bracket does ((张三 记者 李四): leadNames), the
// outside writers by name alone ahead of the paper's own; the titled name
// after the label is the titles' rule's. A line with any other field, or
// with the label first or last, is left to the other rules.
func creditLines(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for start, end := range lineSpans(s) {
		if fields := creditFields(t, start, end); len(fields) >= 3 && allFieldsHan(s, fields) {
			for k, f := range fields[1 : len(fields)-1] {
				w, ok := lexicon.Titles().At(s, f.start)
				if ok && f.start+len(w) == f.end && creditWord(w) && !actLabel(w) {
					out = append(out, leadNames(t, words, fields, k+1, w, "people/credit-line")...)
					break
				}
			}
		}
	}
	return out
}

// allFieldsHan reports whether every field is Chinese characters only.
func allFieldsHan(s string, fields []bounds) bool {
	for _, f := range fields {
		if !allHan(s[f.start:f.end]) {
			return false
		}
	}
	return true
}

package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// outletCredits reads the bare names a credit run prints after its
// outlet's name, spaces apart, with no label before them (…工作基础。
// 某某时报 张三 通讯员 李四; 来源:今晚报   张三 李四): a paper credits
// its own writers by name after its masthead's name, each a person with
// no role (GOLD.md people: a bare name in a closing credit). A run is what
// follows a line's last sentence closer, or the separator of a source
// field that opens the line (来源:, as sourceNames reads it). The run's first field is the outlet: Han
// characters that end in an outlet's word (cue list outletend: 报, 网,
// 台, 社) after a name of their own. The names run to the run's end or
// to a byline's noun, whose names the titles' rule reads; any other field
// (记者 right after the outlet, a date, a body) leaves the run to the
// other rules. A page's cell bar after the run (| of a saved table) is no
// field.
func outletCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for start, end := range lineSpans(s) {
		for _, from := range creditRunStarts(t, start, end) {
			out = append(out, outletNames(t, words, creditFields(t, from, end))...)
		}
	}
	return out
}

// creditRunStarts lists where a line's credit runs may begin: after its
// last sentence closer, and after the separator of a source field that
// opens the line or one of its fields a printed space sets off (a page's
// info line: 2013年09月12日 15:38   来源:今晚报   张三 李四), the first
// such field only.
func creditRunStarts(t span.Text, start, end int) []int {
	s := t.String()
	line := s[start:end]
	var out []int
	if k := strings.LastIndexAny(line, sentenceClosers); k >= 0 {
		_, w := utf8.DecodeRuneInString(line[k:])
		out = append(out, start+k+w)
	}
	for _, f := range creditFields(t, start, end) {
		open := s[f.start:end]
		if word, ok := lexicon.CueWordList("source").At(open, 0); ok {
			rest := strings.TrimLeft(open[len(word):], " \t\u3000")
			if sep, w := utf8.DecodeRuneInString(rest); strings.ContainsRune(sourceSeparators, sep) {
				out = append(out, end-len(rest)+w)
				break
			}
		}
	}
	return out
}

// outletNames reads a run's fields: the outlet, then the bare names.
func outletNames(t span.Text, words wordsAt, fields []bounds) []schema.Person {
	s := t.String()
	for len(fields) > 0 && strings.Trim(s[fields[len(fields)-1].start:fields[len(fields)-1].end], "|丨｜\r") == "" {
		fields = fields[:len(fields)-1]
	}
	if len(fields) < 2 || !outletName(s[fields[0].start:fields[0].end]) {
		return nil
	}
	var out []schema.Person
	for _, f := range fields[1:] {
		v := s[f.start:f.end]
		if w, ok := lexicon.Titles().At(s, f.start); ok && f.start+len(w) == f.end && creditNoun(w) {
			break // 通讯员 李四: the titles' rule's
		}
		if !creditName(v, words(f.start), f.start) || lexicon.Places().Has(v) {
			return nil
		}
		p := schema.Person{Name: v}
		p.Found = found(t, f.start, f.end, "people/outlet-credit")
		out = append(out, p)
	}
	return out
}

// outletName reports whether v is an outlet's name: Han characters only,
// a name before the outlet's word it ends in.
func outletName(v string) bool {
	if !allHan(v) {
		return false
	}
	w, ok := lexicon.CueWordList("outletend").EndingAt(v, len(v))
	return ok && utf8.RuneCountInString(v[:len(v)-len(w)]) >= 2
}

package extract

import (
	"iter"
	"strings"
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// nomineeRows reads the rows of a list that names people beside the
// honour each is put forward for or given (a 推荐对象公示: 某某 全国“敬老
// 爱老助老模范人物”), one a line: a name, set off by a printed space (a
// name of two spaced to three, 梁 琼, as well), then the honour, its name
// in quotes or closed by 称号 (cue list honourmark). The honour is no title:
// each person takes none (GOLD.md people: role null where none is
// printed). A line parted by a space alone may be anything, so only two
// such rows or more on lines next to each other are read, as a list
// prints them (adjacentRows, which honourRows reads rows with a post
// by). The rows are the lines the source printed, whether the text joins
// them with a line's end or runs them on (a list the layout reads as one
// heading).
func nomineeRows(t span.Text) []schema.Person {
	out, _ := adjacentRows(printedLines(t), func(start, end int) (schema.Person, bool, bool) {
		p, ok := nomineeRow(t, start, end)
		return p, false, ok
	})
	return out
}

// printedLines yields the start and end of each line the source printed
// in t: the text's lines, cut again where it runs one source line on
// from another (span.Text's breaks).
func printedLines(t span.Text) iter.Seq2[int, int] {
	s := t.String()
	return func(yield func(int, int) bool) {
		breaks := t.Breaks()
		for start, end := range lineSpans(s) {
			from := start
			for _, b := range breaks {
				if b > from && b < end {
					if !yield(from, b) {
						return
					}
					from = b
				}
			}
			if !yield(from, end) {
				return
			}
		}
	}
}

// nomineeRow reads one row from start to end: a name field (or two of
// one character each) and an honour's field after it.
func nomineeRow(t span.Text, start, end int) (schema.Person, bool) {
	s := t.String()
	fields := gapFields(t, start, end)
	if len(fields) < 2 {
		return schema.Person{}, false
	}
	honour := fields[len(fields)-1]
	if !honourNamed(s[honour.start:honour.end]) {
		return schema.Person{}, false
	}
	head := fields[:len(fields)-1]
	name, ok := headName(s, head)
	if !ok {
		return schema.Person{}, false
	}
	if utf8.RuneCountInString(name) > nameMaxRunes || !creditName(name, nil, 0) {
		return schema.Person{}, false
	}
	p := schema.Person{Name: name}
	p.Found = found(t, head[0].start, head[len(head)-1].end, "people/nominee-row")
	return p, true
}

// honourNamed reports whether a row's last field names an honour: it
// holds a mark of one (cue list honourmark: an opening quote, 称号) and
// closes with the quote or the word.
func honourNamed(v string) bool {
	for _, m := range honourMarks() {
		if strings.Contains(v, m) && (strings.HasSuffix(v, "”") || strings.HasSuffix(v, "称号")) {
			return true
		}
	}
	return false
}

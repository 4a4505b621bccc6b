package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// describedMark is the particle that closes the phrase a report puts
// before a quoted person's name to say who the person is (新团社区的|某某说:
// “…”; 家住某村的|某某说，): 的.
const describedMark = "的"

// quoteOpeners are the marks right after a verb of saying that open what
// is quoted (某某说：“…”, 某某说，“…”).
const quoteOpeners = "：:，,"

// describedSpeakers finds a person a report quotes by name right after the
// phrase that says who the person is: 的, a bare name, a verb of saying
// (cue list say: 说, 称) and the mark that opens the quote (某社区的某某说：
// “…”). A report introduces a resident or a client it quotes so, with no
// title, so the name is a person with no role (GOLD.md, people: role null
// where none is printed). Only a bare name counts (bareName: a surname
// first, two or three characters, no word of another kind, no place or
// body; it refuses one character, so the run is tried from its first):
// 的新人说, 的负责人说 and 的同志们说 name no one.
func describedSpeakers(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for j := range occurrences(s, describedMark) {
		start := j + len(describedMark)
		ts := words(start)
		if tokenAt(ts, j) < 0 {
			continue // the particle closing a word (目的): it opens no token
		}
		e, n := start, 0
		for e < len(s) && n < nameMaxRunes {
			r, w := utf8.DecodeRuneInString(s[e:])
			if !allHan(string(r)) {
				break
			}
			e += w
			n++
			if !quoteSaidAt(s, e) {
				continue
			}
			if name := s[start:e]; bareName(name, ts, start) {
				p := schema.Person{Name: name}
				p.Found = found(t, start, e, "people/described-speaker")
				out = append(out, p)
			}
			break
		}
	}
	return out
}

// quoteSaidAt reports whether a verb of saying stands at i with a mark that
// opens a quote right after it (说：, 称，).
func quoteSaidAt(s string, i int) bool {
	v, ok := sayVerbs().At(s, i)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+len(v):])
	return strings.ContainsRune(quoteOpeners, r)
}

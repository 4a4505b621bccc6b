package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// partyMark is the word a report prints right after the name of the
// official who leads a visiting party (庄重一行先后到…: 一行, the party
// travelling together, 《现代汉语词典》 一行: 一群, 指同行的人).
const partyMark = "一行"

// partyNamed finds the holder of a title of office whose name is a word of
// the dictionary (厅长|庄重|来我县: 庄重, an adjective; 张力, a noun): the
// name rules take no known word of another kind for a name, but a document
// that prints the same word again before 一行 (庄重一行先后到…) tells of
// the party that person led, and only a person leads one. The word is two
// Chinese characters right after the title, the first a surname of the
// lexicon; a verb (带领一行, 率领一行) leads a party and is no name, nor is
// a word the name rules refuse (a title, a body's word). A word the
// segmenter tags as a name is read here too: the name rules read it as
// well, and the person is one.
// leads asks the whole document (partyLeader), once for each word.
func partyNamed(t span.Text, titles []title, words wordsAt, leads func(string) bool) []schema.Person {
	var out []schema.Person
	for _, ti := range titles {
		if !officeWord(ti.word) || beforeOnly(ti.word) {
			continue
		}
		ts := words(ti.end)
		k := tokenAt(ts, ti.end)
		if k < 0 {
			continue
		}
		w := ts[k].Word
		if utf8.RuneCountInString(w) != 2 || !allHan(w) || closedClassTag(ts[k].Tag) || strings.HasPrefix(ts[k].Tag, "v") {
			continue
		}
		if sur, ok := surnameAt(w, 0); !ok || len(sur) == len(w) || stopWord(sur) {
			continue
		}
		if _, ok := checkName(w); !ok || !leads(w) {
			continue
		}
		p := person(w, []title{ti})
		p.Found = found(t, ti.start, ti.end+len(w), "people/party-named")
		out = append(out, p)
	}
	return out
}

// partyLeader reports whether whole prints w right before 一行 where a
// name opens: at a line's start or after a mark, a space or a title.
func partyLeader(whole, w string) bool {
	key := w + partyMark
	for i := strings.Index(whole, key); i >= 0; {
		if boundaryBefore(whole, nil, i) {
			return true
		}
		j := strings.Index(whole[i+len(key):], key)
		if j < 0 {
			break
		}
		i += len(key) + j
	}
	return false
}

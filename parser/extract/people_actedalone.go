package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/punct"
	"bulletin/parser/span"
	"bulletin/schema"
)

// actedAlone finds the official a sentence of two words names: a bare
// name and the verb of what the official did, closing the sentence
// (…新气象。某某陪同。, 某某主持。): a report names an official who went
// along or chaired in such a sentence of its own, the title printed
// elsewhere or not at all. The verb is one of actverb (cue_words.tsv:
// 陪同, 出席, 主持), with nothing after it but the sentence's closing
// mark (。, ；, ！) or the line's end; the name runs from the sentence's
// start (the text's or a line's start, or a closing mark) to the verb and
// is a bare name (bareName: a surname first, two or three characters, no
// word of another kind, no place's or body's name). A title is a word of
// the segmenter (its user dictionary holds titles.tsv), so a bare name
// holds none. The verb is read as printed: where the segmenter reads the
// name's last character with the verb's first (黄建民主持 cut 黄建|民主|持)
// it misreads a name it does not know, and bareName still reads the
// name's own words.
func actedAlone(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, verb := range actVerbs().All() {
		for j := range occurrences(s, verb) {
			e := j + len(verb)
			if r, _ := utf8.DecodeRuneInString(s[e:]); e < len(s) && !strings.ContainsRune(aloneClosers, r) {
				continue
			}
			start := j
			for start > 0 {
				r, w := utf8.DecodeLastRuneInString(s[:start])
				if !unicode.Is(unicode.Han, r) {
					break
				}
				start -= w
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:start]); start > 0 && !strings.ContainsRune(aloneClosers, r) {
				continue
			}
			n := s[start:j]
			if !bareName(n, words(start), start) {
				continue
			}
			p := schema.Person{Name: n}
			p.Found = found(t, start, j, "people/acted-alone")
			out = append(out, p)
		}
	}
	return out
}

// aloneClosers close a sentence of its own that states what was done, or
// the line it stands on: a statement's end or a semicolon (a question asks
// whether it was).
const aloneClosers = punct.StatementEnds + punct.Semicolons + "\n"

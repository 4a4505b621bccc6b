package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// worksSuffixes close the title of a leader's collected works as the
// publishers of the Party's documents print it, the author's name first:
// 《毛泽东选集》, 《邓小平文选》, 《某某文集》, 《某某著作选读》.
func worksSuffixes() []string { return lexicon.CueList("works") }

// remarksOpen and remarksSuffixes frame the title of a compilation of a
// leader's remarks on one field, the author's name first: 《某某关于民政
// 工作论述摘编》, 《某某关于某工作的重要论述》.
const remarksOpen = "关于"

func remarksSuffixes() []string { return lexicon.CueList("remarks") }

// worksAuthors reads the author a book title names at its head (《某某关于
// …论述摘编》, 《某某文选》): the text names the person (GOLD.md, people:
// every distinct named person), with no title printed next to the name
// (role null). The name is a surname and one or two more characters, the
// whole of what stands between 《 and the frame; a word of a body or a
// class (《民政文选》) is no one's name (checkName), and the segmenter's
// single word of the language there (民政, a noun) is none either.
func worksAuthors(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for i := strings.Index(s, "《"); i >= 0; {
		at := i + len("《")
		end := strings.IndexAny(s[at:], "》\n")
		next := at
		if end >= 0 {
			next = at + end
		}
		if end >= 0 && s[next] != '\n' {
			if n, ok := worksAuthor(s[at:next]); ok && !oneKnownWord(words(at), at, at+len(n)) {
				p := schema.Person{Name: n}
				p.Found = found(t, at, at+len(n), "people/works-author")
				out = append(out, p)
			}
		}
		k := strings.Index(s[next:], "《")
		if k < 0 {
			break
		}
		i = next + k
	}
	return out
}

// worksAuthor returns the name that opens the book title inner (the text
// between 《 and 》) framed as a leader's works or remarks.
func worksAuthor(inner string) (string, bool) {
	name := ""
	for _, suf := range worksSuffixes() {
		if n, ok := strings.CutSuffix(inner, suf); ok {
			name = n
		}
	}
	if name == "" {
		for _, suf := range remarksSuffixes() {
			if !strings.HasSuffix(inner, suf) {
				continue
			}
			if k := strings.Index(inner, remarksOpen); k > 0 {
				name = inner[:k]
			}
		}
	}
	if c := utf8.RuneCountInString(name); c < 2 || c > 3 || !allHan(name) {
		return "", false
	}
	if _, ok := surnameAt(name, 0); !ok {
		return "", false
	}
	return checkName(name)
}

// oneKnownWord reports whether the segmenter read [i, j) as one word that
// is no name (民政, n): a word of the language, not the author's name.
func oneKnownWord(ts []segment.Token, i, j int) bool {
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].End == j && !nameTag(ts[k].Tag)
}

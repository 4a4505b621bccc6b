package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// copulaVerb links a post to its holder in the sentence that states who
// holds it (负责人为张三。, 组长为李四。): official writing names the
// holder of a post set up by the text (同意筹建…, 负责人为…) with 为,
// is, after the post, the name standing whole to the clause's end.
const copulaVerb = "为"

// copulaName is where the name starts that a title of office ending at i
// gives with 为 after it (负责人为张三。): the holder's name, a name of the
// lexicon's kind (nameAfter) or one transcribed from another language
// (哈斯木仁), ending the clause. Where 为 leads anything else (局长为群众办
// 实事, 主任为张三颁奖: to do for, the preposition) it is i.
func copulaName(s string, words wordsAt, i int) int {
	if !strings.HasPrefix(s[i:], copulaVerb) {
		return i
	}
	j := i + len(copulaVerb)
	ts := words(j)
	if n, ok := nameAfter(s, ts, j); ok && clauseEnd(s, j+len(n)) && !hasTitle(n) && !knownWordAt(ts, j) {
		return j // …负责人为成员。: a member's place, a word of its own, no name
	}
	if n, ok := transcribedAfter(s, ts, j); ok && clauseEnd(s, j+len(n)) {
		return j
	}
	if _, ok := unknownHolder(s, ts, j); ok {
		return j
	}
	return i
}

// unknownHolder reads the holder's name after 为 at j that is one word
// the segmenter did not know (x), of two to four Chinese characters,
// that ends the clause: a name of no Han surname transcribed from
// Mongolian or another language (哈斯木仁), which the name words'
// lexicon may lack. A word with a stop of names, a title, a body's
// ending or a place's name in it is none.
func unknownHolder(s string, ts []segment.Token, j int) (string, bool) {
	k := tokenAt(ts, j)
	if k < 0 || ts[k].Start != j || ts[k].Tag != "x" || !allHan(ts[k].Word) {
		return "", false
	}
	n := ts[k].Word
	if c := utf8.RuneCountInString(n); c < 2 || c > 4 || !clauseEnd(s, ts[k].End) {
		return "", false
	}
	if hasStop(n) || hasTitle(n) || bodySuffixAt(s, j+len(n)-len(lastRuneString(n))) || lexicon.Places().Has(n) {
		return "", false
	}
	if _, ok := checkName(n); !ok {
		return "", false
	}
	return n, true
}

// lastRuneString is the last character of s.
func lastRuneString(s string) string {
	_, w := utf8.DecodeLastRuneInString(s)
	return s[len(s)-w:]
}

// copulaHolder is the name read at i after 为, n (ok), or the whole word
// the segmenter did not know there where it is longer (unknownHolder:
// 哈斯木仁, which the surname rules cut to 哈斯木).
func copulaHolder(s string, ts []segment.Token, i int, n string, ok bool) (string, bool) {
	if !strings.HasSuffix(s[:i], copulaVerb) {
		return n, ok
	}
	if h, hok := unknownHolder(s, ts, i); hok && (!ok || len(h) > len(n)) {
		return h, true
	}
	return n, ok
}

// knownWordAt reports whether a word of two characters or more that the
// segmenter knows as no name's starts at j (成员, 法人).
func knownWordAt(ts []segment.Token, j int) bool {
	k := tokenAt(ts, j)
	return k >= 0 && ts[k].Start == j && utf8.RuneCountInString(ts[k].Word) >= 2 && !nameTag(ts[k].Tag)
}

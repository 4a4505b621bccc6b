package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
	"bulletin/parser/span"
)

// The credit block that closes a post of a 政务新媒体 account or a news
// page stacks its credits a line each (资料：… / 文字：… / 编辑：… / 美编：…
// / 校对：… / 主编：…), and its staff sign there as they sign the page,
// some with a pen name of one character (美编：昉). In such a block a credit
// line's value of one Han character alone, running to the line's end, is
// the signature of the person credited (GOLD.md, people: credit labels
// are roles). One such value on a line alone, with no credit line beside
// it, is read as no name: a stray label in running text (编辑：略) is not
// a block. Source: the credit blocks of 政务新媒体 posts, collected by hand
// (titles.tsv, the credit labels).

// oneCharCredit reads the one-character signature after the credit label
// titles[k] whose value starts at after: the label opens its line and its
// colon follows it, the value is one Han character that closes the line,
// a word of its own that may open a name as creditValue reads one (no
// verb, adverb or pronoun), and no stop character, place or body's ending
// (checkName), and a line
// next to it opens with another credit label and its colon.
func oneCharCredit(t span.Text, ts []segment.Token, titles []title, k, after int) (string, bool) {
	s := t.String()
	ti := titles[k]
	if !lineOpensAt(s, ti.start) || !colonAfter(s, ti.end) {
		return "", false
	}
	if after >= len(s) {
		return "", false
	}
	_, w := utf8.DecodeRuneInString(s[after:])
	v := s[after : after+w]
	if !allHan(v) || strings.TrimRight(lineRest(s, after+w), " \t\u3000") != "" {
		return "", false
	}
	if lexicon.NameStops().Has(v) || lexicon.Places().Has(v) {
		return "", false
	}
	if j := tokenAt(ts, after); j < 0 || ts[j].Word != v || !surnameTag(ts[j].Tag) {
		return "", false // 编辑：无, 审核：略, 编辑：本: a verb, an adverb, a pronoun
	}
	if _, ok := checkName(v); !ok {
		return "", false
	}
	for j, o := range titles {
		if j == k || !creditWord(o.word) || !lineOpensAt(s, o.start) || !colonAfter(s, o.end) {
			continue
		}
		if adjacentLines(s, ti.start, o.start) {
			return v, true
		}
	}
	return "", false
}

// colonAfter reports whether a colon follows the label ending at i.
func colonAfter(s string, i int) bool {
	return strings.HasPrefix(s[i:], "：") || strings.HasPrefix(s[i:], ":")
}

// lineRest is the text from i to the end of its line.
func lineRest(s string, i int) string {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return s[i : i+k]
	}
	return s[i:]
}

// adjacentLines reports whether the offsets i and j stand on lines next
// to each other.
func adjacentLines(s string, i, j int) bool {
	if j < i {
		i, j = j, i
	}
	return strings.Count(s[i:j], "\n") == 1
}

package extract

import (
	"sort"
	"strings"

	"bulletin/parser/lexicon"

	"bulletin/parser/segment"
)

// nounish reports whether a token can be part of a noun phrase: nouns,
// places, organisations, verbal nouns, idioms, abbreviations.
func nounish(t segment.Token) bool {
	switch t.Tag {
	case "n", "nz", "ns", "nt", "nr", "vn", "an", "j", "l", "ng", "nrt", "nrfg", "b":
		return true
	case "a":
		return true
	}
	return false
}

// tokenAt returns the index of the token that starts at byte offset i, or
// -1.
func tokenAt(ts []segment.Token, i int) int {
	k := sort.Search(len(ts), func(n int) bool { return ts[n].Start >= i })
	if k < len(ts) && ts[k].Start == i {
		return k
	}
	return -1
}

// tokenEndingAt returns the index of the token that ends at byte offset i,
// or -1.
func tokenEndingAt(ts []segment.Token, i int) int {
	k := sort.Search(len(ts), func(n int) bool { return ts[n].End >= i })
	if k < len(ts) && ts[k].End == i {
		return k
	}
	return -1
}

// tokenOver returns the index of the first token that ends at or after
// byte offset i, or len(ts). The words of a text come in order and do not
// overlap, so the lookups here are binary searches: a clause of a text
// with no punctuation can hold the words of a whole file.
func tokenOver(ts []segment.Token, i int) int {
	return sort.Search(len(ts), func(n int) bool { return ts[n].End >= i })
}

// nounAfter is the noun phrase that starts at byte offset i: the run of
// noun-like tokens there (完成4416名|特困人员|的 → 特困人员).
func nounAfter(ts []segment.Token, i int) string {
	k := tokenAt(ts, i)
	if k < 0 {
		return ""
	}
	end := k
	for end < len(ts) && nounish(ts[end]) {
		end++
		if lexicon.Titles().Has(ts[end-1].Word) {
			break // a title heads its phrase: 二级调研员|专职
		}
	}
	// The phrase ends on a noun, not on a modifier (二级调研员|专职).
	for end > k && !headNoun(ts[end-1]) {
		end--
	}
	var b strings.Builder
	for _, t := range ts[k:end] {
		b.WriteString(t.Word)
	}
	return trimPhrase(b.String())
}

// headNoun reports whether a token can end a noun phrase.
func headNoun(t segment.Token) bool {
	switch t.Tag {
	case "n", "nz", "ns", "nt", "nr", "j", "ng", "nrt", "nrfg", "l", "vn":
		return true
	}
	return false
}

// nounBefore is the noun phrase that ends at byte offset i: the run of
// noun-like tokens before it (排查|经济困难老年人|200余人 → 经济困难老年人).
func nounBefore(ts []segment.Token, i int) string {
	k := tokenEndingAt(ts, i)
	if k < 0 {
		return ""
	}
	start := k + 1
	for ; k >= 0 && nounish(ts[k]); k-- {
		start = k
	}
	// The phrase starts after a verb used as a noun (排查|经济困难老年人).
	for start <= k+1 && start < len(ts) && ts[start].Tag == "vn" && ts[start].End < i {
		start++
	}
	var b strings.Builder
	for j := start; j < len(ts) && ts[j].End <= i; j++ {
		b.WriteString(ts[j].Word)
	}
	return trimPhrase(b.String())
}

// trimPhrase drops a phrase too short to name anything.
func trimPhrase(s string) string {
	if len([]rune(s)) < 2 {
		return ""
	}
	return s
}

// subject is what a quantity counts: the noun phrase after a measure word
// (4416名特困人员), else the one before the number (经济困难老年人200余人).
func subject(in *Input, a amount) string {
	if a.unit != "%" && a.unit != "元" && !strings.HasSuffix(a.unit, "元") {
		if p := nounAfter(in.Words(a.unitEnd), a.unitEnd); p != "" {
			return p
		}
	}
	return nounBefore(in.Words(a.start-1), a.start)
}

// wordsAt gives the words of the clause around a byte offset.
type wordsAt func(i int) []segment.Token

// allWords serves the words of a text cut whole; allWords(nil) leaves a
// decision to the lexicon alone.
func allWords(ts []segment.Token) wordsAt { return func(int) []segment.Token { return ts } }

package extract

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
	"bulletin/parser/segment"
)

// placedShortRule marks a body named by its field alone that
// placedShortBodies found.
const placedShortRule = "placed-short"

// placedShortBodies finds a government body named by its field and its
// ending alone (民政局领导干部, 、民政局蒋勇局长) where the document prints
// the same words elsewhere after a place or a level (宽城区民政局, 林区民政
// 局): alone in running text the words name the kind of office, but a
// page that names its own place's body calls it so for short, one body
// in context (GOLD.md: a unit that names one body in context is an
// agency). The short name is one word of the segmenter's, a body's name
// (nt) of three characters, a field and a one-character ending (民政局,
// 财政局), that opens a clause or follows a person's title in a list of
// people (副区长、民政局蒋勇局长; a list of bodies' 、 or a bracket of
// levels before it, 各县（市、区）行政审批服务局、民政局, shares the
// list's class) and
// heads a title, its own head's (民政局|领导干部, 民政局|蒋勇|局长), as
// GOLD.md's 市委书记王智慧 names 市委.
func placedShortBodies(s string, words wordsAt, titles []title, e *Env) []candidate {
	if e == nil || len(titles) == 0 {
		return nil
	}
	var out []candidate
	for ts, k := range shortGovernmentWords(s, words) {
		i := ts[k].End
		if !clauseOpensAt(s, ts[k].Start) && !titleListed(s, titles, ts[k].Start) || !headTitled(s, titles, i) {
			continue // 林区|民政局: read whole where it is printed
		}
		if e.printedPlaced(ts[k].Word) {
			out = append(out, candidate{ts[k].Start, i, placedShortRule})
		}
	}
	return out
}

// shortGovernmentWords yields, for each government ending in s, the
// segmenter's words around it and the index of the one that ends there
// when that word is a body's short name: a name (nt) of three
// characters, a field and a one-character ending (民政局, 财政局).
func shortGovernmentWords(s string, words wordsAt) iter.Seq2[[]segment.Token, int] {
	return func(yield func([]segment.Token, int) bool) {
		for i := range labelledEndings(s, "government") {
			ts := words(i - 1)
			k := tokenEndingAt(ts, i)
			if k < 0 || ts[k].Tag != "nt" || utf8.RuneCountInString(ts[k].Word) != 3 {
				continue
			}
			if !yield(ts, k) {
				return
			}
		}
	}
}

// labelledEndings yields, for each agency ending in s whose kind is label
// (government, unit), the byte index where it ends and the ending.
func labelledEndings(s, label string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		suffixes := lexicon.AgencySuffixes()
		for i := 0; i < len(s); {
			r, w := utf8.DecodeRuneInString(s[i:])
			i += w
			if !suffixes.MayEnd(r) {
				continue
			}
			if suffix, ok := suffixes.EndingAt(s, i); ok && suffixes.Label(suffix, 0) == label && !yield(i, suffix) {
				return
			}
		}
	}
}

// printedPlaced reports whether the document prints name right after a
// place of the gazetteer or a level that stands for one (宽城区|民政局,
// 市|民政局).
func (e *Env) printedPlaced(name string) bool {
	return e.printedWhere("placed", name, func(whole string, j int) bool {
		if _, ok := lexicon.Places().EndingAt(whole, j); ok {
			return true
		}
		l, ok := lexicon.Levels().EndingAt(whole, j)
		return ok && lexicon.Levels().Label(l, 1) == "opens"
	})
}

// clauseOpensAt reports whether a clause opens at i: the text's or a
// line's start, a space, or a mark that ends a clause or a sentence.
func clauseOpensAt(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '\n' || r == ' ' || r == '\u3000' || strings.ContainsRune(punct.SentenceEnds+punct.ClauseMarks, r)
}

// headTitled reports whether a title opens at e, or after a person's
// name of two or three characters there (民政局|蒋勇|局长).
func headTitled(s string, titles []title, e int) bool {
	for _, t := range titles {
		if t.start < e {
			continue
		}
		if t.start == e {
			return true
		}
		gap := s[e:t.start]
		n := utf8.RuneCountInString(gap)
		return n >= 2 && n <= nameMaxRunes && !strings.ContainsFunc(gap, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
	}
	return false
}

// titleListed reports whether a title ends right before the 、 that
// ends at i (沈绍平副区长、|民政局蒋勇局长): a list of people, each with
// the body and the title printed.
func titleListed(s string, titles []title, i int) bool {
	if !strings.HasSuffix(s[:i], "、") {
		return false
	}
	for _, t := range titles {
		if t.end == i-len("、") {
			return true
		}
	}
	return false
}

// ownOfficeRule marks a body's office named by its ending alone that
// ownOffices found.
const ownOfficeRule = "own-office"

// ownOffices finds a unit named by its ending alone (办公室) where the
// document prints that unit right after a government body's name
// elsewhere (昌江区民政局办公室): the page names its own body's office for
// short, one body in context (GOLD.md: a unit such as 办公室 that names one
// body in context is an agency). The short name is one word of the
// segmenter's that is a unit's whole ending, opening a clause or after a
// preposition (由|办公室分管领导统筹协调) as the agent of what follows, and
// running into no longer ending.
func ownOffices(s string, words wordsAt, e *Env) []candidate {
	if e == nil {
		return nil
	}
	var out []candidate
	for i, suffix := range labelledEndings(s, "unit") {
		if utf8.RuneCountInString(suffix) < 3 {
			continue
		}
		ts := words(i - 1)
		k := tokenEndingAt(ts, i)
		if k < 0 || ts[k].Word != suffix || runsOnAt(s, i) {
			continue
		}
		if !clauseOpensAt(s, ts[k].Start) && (k == 0 || ts[k-1].Tag != "p") {
			continue
		}
		if e.printedAfterBody(suffix) {
			out = append(out, candidate{ts[k].Start, i, ownOfficeRule})
		}
	}
	return out
}

// printedAfterBody reports whether the document prints name right after
// the ending of a government body's name (民政局|办公室).
func (e *Env) printedAfterBody(name string) bool {
	return e.printedWhere("after-body", name, func(whole string, j int) bool {
		w, ok := lexicon.AgencySuffixes().EndingAt(whole, j)
		return ok && lexicon.AgencySuffixes().Label(w, 0) == "government"
	})
}

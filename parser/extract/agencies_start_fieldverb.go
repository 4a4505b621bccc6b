package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// fieldVerbInName reports whether the boundary word w that ends at i, a
// verb that takes a body (指导, 协调: 指导县民政局工作), is instead a word
// of the field of work a body of co-ordination is named after, right
// before its ending (区社会组织评估验收与指导|工作小组, 县养老服务指导|
// 委员会): such a body is named [place][field of work][ending], the
// field's verbs and all (the ending's field label, agency_suffixes.tsv),
// so where the ending follows the verb with no place between and the
// words before the verb, back over the conjunctions that join the field's
// verbs (评估验收|与|指导), open with a place or a level and hold no
// ending of their own (a kind word of a field aside: 社区社会组织), the verb is the name's and the scan goes on. A verb
// whose object names its own place (指导|某区工作小组), or one after a
// body's whole name (区民政局|指导|工作小组), still bounds the name.
func fieldVerbInName(s string, ts []segment.Token, w string, i, e int, suffix string) bool {
	if isConjunction(w) || lexicon.AgencySuffixes().Label(suffix, 2) != "field" || e-len(suffix) < i || agency.HasLocality(s[i:e]) {
		return false
	}
	if k := tokenEndingAt(ts, i); k < 0 || ts[k].Word != w {
		return false
	}
	for k := i; k < e-len(suffix); k++ {
		if _, ok := lexicon.AgencySuffixes().At(s, k); ok {
			return false
		}
	}
	j := i - len(w)
	from := fieldWordsBack(s, ts, j)
	for from > 0 {
		c, ok := lexicon.AgencyBoundaries().EndingAt(s, from)
		if !ok || !isConjunction(c) {
			break
		}
		from = fieldWordsBack(s, ts, from-len(c))
	}
	left := s[from:j]
	open := 0
	if place, ok := lexicon.Places().At(left, 0); ok {
		open = len(place)
	} else if l, ok := lexicon.Levels().At(left, 0); ok && agency.OpensWithLevel(left) {
		open = len(l)
	}
	if open == 0 || open == len(left) || utf8.RuneCountInString(left[open:]) < 2 {
		return false
	}
	for k := open; k < len(left); {
		_, size := utf8.DecodeRuneInString(left[k:])
		k += size
		if suf, ok := lexicon.AgencySuffixes().EndingAt(left, k); ok && lexicon.AgencySuffixes().Label(suf, 1) != "named" {
			return false // 区民政局|指导: a body's whole name, then its act
		}
	}
	return true
}

// fieldWordsBack is where the words of a field that end at end open: back
// to a word that bounds a name, as the segmenter read it (wordsBackIn),
// but over the words of a person's status (困难群众: a field's object,
// 困难群众救助), which a title's scan stops at.
func fieldWordsBack(s string, ts []segment.Token, end int) int {
	i := wordsBack(s, end, false)
	for i > 0 {
		w, ok := lexicon.AgencyBoundaries().EndingAt(s, i)
		if !ok || boundaryWord(ts, i, w) {
			return i
		}
		i = wordsBack(s, i-len(w), false)
	}
	return i
}

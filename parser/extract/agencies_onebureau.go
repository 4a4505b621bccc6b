package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// oneBureauRule marks a body's short name that oneBureauShorts found.
const oneBureauRule = "one-bureau"

// oneBureauShorts finds a government body named by its field and its
// ending alone (民政局, 财政局: shortGovernmentWords) in running text where
// the document prints the same words after exactly one place of the
// gazetteer (永嘉县民政局, and no other place's): the text is that place's,
// and the bare name is the one bureau it is about (GOLD.md: a unit that
// names one body in context is an agency), wherever it stands in the
// clause (经|民政局审核, 在|民政局门口, 民政局|微信公众号). Where two places'
// bureaus are printed the bare name may be either's, or the kind's. A
// name that shares what stands before it is left to the rules on lists
// and classes: after a level's bracket (县(市、区)|民政局), a class word
// (各|民政局), a body before it (行政审批服务局、|民政局, 党委|组织部), a name
// withheld (**民政局), or a place
// spaced apart from it (肥城市  |民政局: one name printed loose); so are a
// field's value (来源:|民政局, read by the issuer's rules) and the short
// form right after the full name (区民政局。|民政局将…: repeatsNameBefore).
func oneBureauShorts(s string, words wordsAt, e *Env) []candidate {
	if e == nil {
		return nil
	}
	var out []candidate
	for ts, k := range shortGovernmentWords(s, words) {
		start, w := ts[k].Start, ts[k].Word
		if sharedBefore(s, start) || repeatsNameBefore(s, start, w) {
			continue
		}
		if e.memo("onebureau\x00"+w, func() bool { return distinctPlacesBefore(e.Whole(), w, 2) == 1 }) {
			out = append(out, candidate{start, ts[k].End, oneBureauRule})
		}
	}
	return out
}

// sharedBefore reports whether what stands right before i makes a name
// opening there share it: a closing bracket (of levels), a colon (a
// field's label), a mark that stands for a name withheld (**民政局), a
// class word of the generic prefixes, a body's name, with 、 or without
// (党委|组织部: its unit), a figure, a letter or a space after a Han
// character (a name printed loose), or a Han character that is a level's
// (县民政局: read whole).
func sharedBefore(s string, i int) bool {
	before := strings.TrimRight(s[:i], " \t\u3000")
	if before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if len(before) < i && unicode.Is(unicode.Han, r) {
		return true // 肥城市  |民政局
	}
	switch {
	case strings.ContainsRune(")）:：>|*＊", r), unicode.IsDigit(r), unicode.IsLetter(r) && r < utf8.RuneSelf:
		return true
	}
	if _, kind := agency.Ending(strings.TrimSuffix(before, "、")); kind != "" {
		return true // 行政审批服务局、|民政局, 党委|组织部: a list's or a body's
	}
	if w, ok := lexicon.GenericPrefixes().EndingAt(before, len(before)); ok && lexicon.GenericPrefixes().Label(w, 0) != "verb" {
		return true // 各|民政局, 有关|民政局, 我|局
	}
	return agency.OneCharLevel(string(r)) != "" || lexicon.Places().Has(before[max(0, len(before)-len(string(r))):])
}

package extract

import (
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// listLineRule names the names read whole from a line of a list of bodies.
const listLineRule = "list-line"

// listLineNames finds the names of a list printed one body a line, under
// the labels of the divisions they lie in (秦淮区 / 康乐福托老院 / 真美好瑞金
// 北村老年公寓 / 溧水区 / 东屏无忧乐园养老院), as a 通报 or 公示 of graded
// or inspected homes lists them: such a line holds a name and nothing
// else, no clause, so no verb, adverb or function word stands before the
// name (无忧, 真 are the name's own words), and the name fills the line.
// A list is a run of lines each of which is a division's name or such a
// name line, with at least one other name line that the rules of a
// clause already read whole (cs): the run lists bodies, not headings of
// acts. Each name line that names one body with its start known (agency.One)
// is read whole, unless a verb or an adverb stands right before its ending
// (暂停开放|殡仪馆, 进一步加强|养老院): the act done to a kind of body, as
// actOnKind reads it, where a name has its own words there (东屏无忧乐园|
// 养老院).
func listLineNames(s string, words wordsAt, cs []candidate) []candidate {
	whole := spansOf(cs)
	type line struct {
		r    byteRange
		name bool // a name line, not a division's label
	}
	var run []line
	var out []candidate
	flush := func() {
		found := 0
		for _, l := range run {
			if l.name && whole[l.r] {
				found++
			}
		}
		for _, l := range run {
			if l.name && !whole[l.r] && found > 0 && agency.One(s[l.r.Start:l.r.End], false) && !actBeforeEnding(s, words, l.r) && !gradeBeforePlace(s[l.r.Start:l.r.End]) {
				out = append(out, candidate{l.r.Start, l.r.End, listLineRule})
			}
		}
		run = run[:0]
	}
	for start, end := range lineSpans(s) {
		text := strings.TrimSpace(s[start:end])
		i := start + strings.Index(s[start:end], text)
		r := byteRange{i, i + len(text)}
		switch {
		case text != "" && lexicon.Places().Has(text):
			run = append(run, line{r, false})
		case agency.Shape(text) && !strings.ContainsAny(text, "、()（）"):
			run = append(run, line{r, true})
		default:
			flush()
		}
	}
	flush()
	return out
}

// actBeforeEnding reports whether the word right before the agency ending
// that closes r is a verb or an adverb (暂停开放|殡仪馆).
func actBeforeEnding(s string, words wordsAt, r byteRange) bool {
	suffix, _ := agency.Ending(s[r.Start:r.End])
	j := r.End - len(suffix)
	ts := words(j - 1)
	k := tokenEndingAt(ts, j)
	if k < 0 || ts[k].Start < r.Start {
		return false
	}
	switch ts[k].Tag {
	case "v", "vn", "d", "ad", "vd":
		return true
	}
	return false
}

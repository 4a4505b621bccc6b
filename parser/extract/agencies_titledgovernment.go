package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// titledGovernmentRule marks a government named by its ending alone that
// titledGovernments found before its head's title.
const titledGovernmentRule = "titled-government"

// titledGovernments finds a government named by its ending alone (政府,
// 人民政府: the endings labelled division) right before the title of its
// head and the head's name (18日，政府副县长刘建平带领…): the title names
// the division by its level ([副]县长, 区长: a leader's title of a level and
// 长), so the government is the one of the place the text is about, as
// 市委书记王智慧 names 市委 (GOLD.md) and titledOffices reads 民政局局长彭君.
// The name opens its clause, or follows the measure of a figure (早上10点|
// 政府副区长, 18日|政府); as for titledOffices the text names some body by
// its place (placed) and the chain of titles ends before a name.
func titledGovernments(s string, titles []title, words wordsAt, placed bool) []candidate {
	if !placed {
		return nil
	}
	var out []candidate
	last := chainEnds(s, titles)
	for k, t := range titles {
		if !divisionHeadTitle(t.word) || !headNamed(s, titles[last[k]], words) {
			continue
		}
		suffix, ok := lexicon.AgencySuffixes().EndingAt(s, t.start)
		if !ok || lexicon.AgencySuffixes().Label(suffix, 1) != "division" {
			continue
		}
		start := t.start - len(suffix)
		if _, kind := agency.Ending(suffix); kind != "government" || !governmentOpensAt(s, start) {
			continue
		}
		out = append(out, candidate{start, t.start, titledGovernmentRule})
	}
	return out
}

// divisionHeadTitle reports whether title is the title of a division's
// head or deputy head: a leader's title (titles.tsv, group leader) that is
// a one-character level and 长 (县长, 副区长).
func divisionHeadTitle(title string) bool {
	if lexicon.Titles().Label(title, 0) != "leader" {
		return false
	}
	rest, ok := strings.CutSuffix(strings.TrimPrefix(title, "副"), "长")
	return ok && utf8.RuneCountInString(rest) == 1 && agency.OneCharLevel(rest) != ""
}

// governmentOpensAt reports whether a government's name that opens at i
// stands alone: at a clause's or a line's opening, or after the measure
// of a figure (10点, 18日), no name's words before it.
func governmentOpensAt(s string, i int) bool {
	before := strings.TrimRight(s[:i], " \t\u3000")
	if before == "" {
		return true
	}
	r, w := utf8.DecodeLastRuneInString(before)
	if clauseOpensAt(before, len(before)) && !strings.ContainsRune("：:", r) {
		return true
	}
	return figureMeasureAt(before, len(before)-w)
}

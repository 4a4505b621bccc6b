package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A report counts what was done in a sentence a frame opens and its parts
// go on with: 截至目前，…共7106条；设置…180个；…新增地名15条。 The frame
// clause (截至目前, 截止目前: an achieved word that is its clause whole)
// dates every part of the sentence up to its full stop, the ；-parts too,
// so a plan word of a later part (新增, 建设) tells a deed, as it does in
// the part the frame opens. Likewise a 其中-sentence (全局2023年主动公开
// 政府信息42条。其中，领导信息4条，…公益事业建设信息30条) divides the total
// the sentence before it counts: its parts are the total's, and where the
// total is no plan's they tell what is or was, whatever word a noun of
// theirs holds (建设 of 公益事业建设信息). Source: the tallies of 民政 news (截至目前，全市…；…)
// and the 政府信息公开工作年度报告 that 国务院办公厅 prescribes
// (主动公开…条，其中…), where 其中 opens the breakdown of the count before
// it (《现代汉语词典》 其中: 那里面). Neither holds against a word only a
// plan uses or a 将 in the part itself (the stance a part states keeps).

// asOfFramed reports whether the full sentence full, which holds the
// number, opens with a clause that is an achieved word whole (截至目前，).
func asOfFramed(s string, full byteRange) bool {
	k := strings.IndexAny(s[full.Start:full.End], clauseStops)
	if k <= 0 {
		return false
	}
	frame := strings.Trim(s[full.Start:full.Start+k], " \u3000")
	w, ok := lexicon.Stance().At(frame, 0)
	return ok && w == frame && lexicon.Stance().Label(w, 0) == "achieved" && utf8.RuneCountInString(w) > 1
}

// subtallyOpen reports whether the full sentence full opens with 其中 and
// a mark (其中，; 其中：): it divides the total before it.
func subtallyOpen(s string, full byteRange) bool {
	rest := strings.TrimLeft(s[full.Start:full.End], " \u3000")
	w, ok := lexicon.CueWordList("subitem").At(rest, 0)
	if !ok {
		return false
	}
	c, _ := utf8.DecodeRuneInString(rest[len(w):])
	return strings.ContainsRune(clauseStops, c)
}

// totalStance is the stance read for the last number before the full
// sentence full, in the full sentence just before it, or "" where that
// number had none or no number stands there.
func totalStance(s string, fulls stops, full byteRange, qs ranges, stances map[int]string) (string, bool) {
	j := sort.SearchInts(fulls, full.Start) - 1 // the stop that closes the sentence before
	if j < 0 {
		return "", false
	}
	prev := fulls.around(s, fulls[j])
	for k := len(qs) - 1; k >= 0; k-- {
		if qs[k].Start >= full.Start {
			continue
		}
		if qs[k].Start < prev.Start {
			return "", false
		}
		return stances[k], true
	}
	return "", false
}

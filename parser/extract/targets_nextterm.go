package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/schema"
)

// A sentence with no figure of its own that requires the task told just
// before it be done by a time (…提高到500元/月，…不低于197元。提标要在8月
// 完成并…) sets that task's term: it names the work of the sentence before
// (提标, the raise) and says when it is to be done, as a later clause with
// no figure completes the number's task in its own sentence (ownCount:
// …200张，2025年底前全部完成). Only the next sentence of the same paragraph
// is read, and only where the number's own sentence names no term; the
// time must be a deadline (年底前完成) or one a word of demand or
// obligation (stance.tsv demand, oblige: 要在8月完成) requires, with a plan
// word right after it that completes the task (完成), not a verb of a task
// of its own (于1月5日前报送: what is to be sent then); a figure in the
// next sentence makes the term that figure's. Source: the
// 通知 of bureaus that set a standard and then the month the change is to
// be made in (提标要在8月完成); GOLD.md, targets (要在9月完成).

// followingTerm is the last day of the term the full sentence right after
// full sets its task, or "".
func followingTerm(s string, out *schema.Entities, periods, dates ordered, full byteRange) string {
	start := full.End
	if start >= len(s) {
		return ""
	}
	c, w := utf8.DecodeRuneInString(s[start:])
	if c == '\n' || !strings.ContainsRune(fullStops, c) {
		return "" // the paragraph ends, or the sentence runs on
	}
	start += w
	end := len(s)
	if k := strings.IndexAny(s[start:], fullStops); k >= 0 {
		end = start + k
	}
	next := byteRange{start, end}
	type term struct {
		r  byteRange
		to string
		by bool // a deadline of its own (年底前)
	}
	var terms []term
	for _, k := range periods.within(next) {
		if k < len(out.Periods) {
			terms = append(terms, term{periods.rs[k], out.Periods[k].To, out.Periods[k].Relation == "before"})
		}
	}
	for _, k := range dates.within(next) {
		if k < len(out.Dates) {
			terms = append(terms, term{dates.rs[k], out.Dates[k].To, out.Dates[k].Relation == "before"})
		}
	}
	// No figure of its own: every digit of the sentence is a time's.
	for i := next.Start; i < next.End; i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		inTerm := false
		for _, t := range terms {
			if i >= t.r.Start && i < t.r.End {
				inTerm = true
				break
			}
		}
		if !inTerm {
			return ""
		}
	}
	best := term{r: byteRange{-1, -1}}
	for _, t := range terms {
		if t.to == "" || best.r.Start >= 0 && best.r.Start < t.r.Start {
			continue
		}
		after := t.r.End
		if strings.HasPrefix(s[after:], "前") {
			after += len("前")
		}
		if planWordAt(s, after) && (t.by || requiredBefore(s, next.Start, t.r.Start)) {
			best = t
		}
	}
	return best.to
}

// requiredBefore reports whether a word of demand or obligation
// (stance.tsv demand, oblige: 要, 须, 应当) stands in s between i and j.
func requiredBefore(s string, i, j int) bool {
	st := lexicon.Stance()
	for _, w := range stanceWords(s[:j], i) {
		if l := st.Label(w, 0); l == "demand" || l == "oblige" {
			return true
		}
	}
	return false
}

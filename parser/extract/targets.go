package extract

import (
	"bulletin/parser/chrono"
	"fmt"
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/schema"
)

// Targets reads the numbers a plan or requirement sets out to reach
// (推动46个乡镇敬老院转型, 培训养老服务人才不低于4190人次, 2022 年底占比达到
// 55%) with their comparator and deadline (2021 年底前 → 2021-12-31), and
// keeps the numbers stated as already reached (截至目前，共排查…200 余人;
// 提高了124元) apart as achievements. A clause is a plan when it holds a plan
// word (推动, 完成, 达到, 建成, 年底前 …) and its sentence no achievement word
// (已, 截至, 了 …).
type Targets struct{}

func (Targets) Name() string          { return "targets" }
func (Targets) Requires() []Extractor { return []Extractor{Dates{}, Quantities{}} }

func (Targets) Extract(in *Input, out *schema.Entities) any {
	s := in.Text.String()
	qs := resultOf[QuantitiesFound](in, Quantities{}).Quantities
	if len(qs) != len(out.Quantities) {
		return nil // quantities came from elsewhere: no positions to read
	}
	for k, r := range qs {
		q := out.Quantities[k]
		if !strings.ContainsAny(q.Text, "0123456789") {
			continue
		}
		sent := sentenceAround(s, r.Start)
		clause := clauseAround(s, r.Start, sent)
		stance := stanceOf(s, sent, clause)
		if stance == "" {
			continue
		}
		t := schema.Target{
			Value: q.Value, Unit: q.Unit, Comparator: comparator(s, r), Stance: stance, Subject: q.Subject,
			Found: found(in.Text, clause.Start, clause.End, "targets/"+stance),
		}
		if stance == "plan" {
			t.Deadline = deadline(in, out, sent, clause, r.Start)
			out.Targets = append(out.Targets, t)
		} else {
			out.Achievements = append(out.Achievements, t)
		}
	}
	return nil
}

// stanceOf is "plan", "achieved" or "" for the clause of a number; a
// condition of eligibility is neither.
func stanceOf(s string, sent, clause byteRange) string {
	st := lexicon.Stance()
	achieved, plan, condition := false, false, false
	for i := sent.Start; i < sent.End; {
		if w, ok := st.At(s, i); ok {
			inClause := i >= clause.Start && i < clause.End
			switch st.Label(w, 0) {
			case "achieved":
				achieved = true
			case "plan":
				plan = plan || inClause
			case "condition":
				condition = true
			}
			i += len(w)
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	switch {
	case condition:
		return ""
	case achieved:
		return "achieved"
	case plan:
		return "plan"
	}
	return ""
}

// comparator is the bound printed with the number: a qualifier before it
// (不低于, 至少, 达到), a plan word that sets a level (提高到), or a
// qualifier after it (以上). Words of about (约, 左右) bound nothing.
func comparator(s string, r byteRange) string {
	q := lexicon.Qualifiers()
	bounds := func(w string) bool { b := q.Label(w, 1); return b != "" && b != "about" }
	if w, ok := q.At(s, r.Start); ok && q.Label(w, 0) == "before" && bounds(w) {
		return w // the quantity's text opens with its qualifier
	}
	if w, ok := q.EndingAt(s, r.Start); ok && q.Label(w, 0) == "before" && bounds(w) {
		return w
	}
	if w, ok := lexicon.Stance().EndingAt(s, r.Start); ok && lexicon.Stance().Label(w, 1) == "level" {
		return w
	}
	if w, ok := q.EndingAt(s, r.End); ok && q.Label(w, 0) == "after" && bounds(w) {
		return w
	}
	return ""
}

// deadline is the last day of the nearest deadline in the sentence (年底前,
// 6月30日前, 要在9月完成), else of a year-end period in the clause
// (2022年底).
func deadline(in *Input, out *schema.Entities, sent, clause byteRange, at int) *string {
	best, bestDist := "", -1
	consider := func(r byteRange, to string, before bool, inClause bool) {
		if to == "" || r.Start < sent.Start || r.End > sent.End {
			return
		}
		if !before && !inClause {
			return
		}
		d := at - r.End
		if d < 0 {
			d = r.Start - at + 1000 // a deadline after the number counts for less
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = to, d
		}
	}
	inClause := func(r byteRange) bool { return r.Start >= clause.Start && r.End <= clause.End }
	for k, r := range resultOf[DatesFound](in, Dates{}).Periods {
		if k < len(out.Periods) {
			p := out.Periods[k]
			consider(r, p.To, p.Relation == "before", inClause(r) && p.Fuzzy && strings.HasSuffix(strings.TrimSuffix(p.Text, "前"), "底"))
		}
	}
	for k, r := range resultOf[DatesFound](in, Dates{}).Dates {
		if k < len(out.Dates) {
			d := out.Dates[k]
			consider(r, d.To, d.Relation == "before" || planWordAt(in.Text.String(), r.End), false)
		}
	}
	if best == "" {
		best = yearTerm(in, sent, at)
	}
	if best == "" {
		return nil
	}
	return &best
}

// sentenceAround is the sentence holding offset i: between 。！？；, or
// line ends.
func sentenceAround(s string, i int) byteRange {
	return around(s, i, "。！？；;!?\n")
}

// clauseAround is the clause holding offset i, inside its sentence:
// between commas too.
func clauseAround(s string, i int, sent byteRange) byteRange {
	c := around(s[:sent.End], i, "。！？；;!?\n，,：:")
	if c.Start < sent.Start {
		c.Start = sent.Start
	}
	return c
}

func around(s string, i int, stops string) byteRange {
	start := strings.LastIndexAny(s[:i], stops)
	if start < 0 {
		start = 0
	} else {
		_, w := utf8.DecodeRuneInString(s[start:])
		start += w
	}
	end := strings.IndexAny(s[i:], stops)
	if end < 0 {
		end = len(s)
	} else {
		end += i
	}
	// Drop a list marker that opens the clause (1、 2. ①).
	for start < end {
		r, w := utf8.DecodeRuneInString(s[start:])
		if r == ' ' || r >= '0' && r <= '9' && listMarker(s, start, start+1) || r == '、' {
			start += w
			continue
		}
		break
	}
	return byteRange{start, end}
}

// planWordAt reports whether a plan word follows at i (9月|完成): the date
// before it is when the work is due.
func planWordAt(s string, i int) bool {
	w, ok := lexicon.Stance().At(s, i)
	return ok && lexicon.Stance().Label(w, 0) == "plan"
}

// yearTerm is the last day of the year a plan's sentence names before its
// number (今年，全市拟巡访老年人数不少于5万人 → the year's end), or "".
func yearTerm(in *Input, sent byteRange, at int) string {
	s := in.Text.String()
	year := 0
	for i := sent.Start; i < at; {
		if y, end, ok := chrono.YearAt(s, i, in.Env.Ref); ok {
			year, i = y, end
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	if year == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-12-31", year)
}

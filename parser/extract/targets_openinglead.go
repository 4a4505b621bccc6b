package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/schema"
)

// A requirement may open with the year's end it is to be met by, set off
// by a comma with no 到 before it (今年年底，…不少于12个；…不少于5个；…),
// and list what is to be met then as members parted by semicolons: the
// semicolons part the members of one sentence (《标点符号用法》 GB/T
// 15834-2011, 4.5), so the lead's time is the deadline of every member
// that names no time of its own, as listLeadDeadline reads a lead with 到.
// The lead opens the full sentence, or a quotation in it (负责人表示，
// “今年年底，…；…。”), the words of one speaker.

// openingLeadDeadline is the last day of the year-end period (yearEnd:
// 年底, 年末) that opens the full sentence full or a quotation in it and
// a comma closes, the number at offset at standing in any member of its
// list after it, or "": no other time, and no quotation's
// close, may stand between the lead and the number. The member requires
// its level with a word only a plan uses (不少于, 力争: requiredIn): a
// year's end that opens a sentence with no 到 may tell when a figure was
// counted (2024年末，…；覆盖率达100%), and a member that requires nothing
// leaves it so.
func openingLeadDeadline(s string, st sentenceStance, out *schema.Entities, periods, dates ordered, full, sent byteRange, at int) string {
	if !requiredIn(st, sent) {
		return ""
	}
	ks := periods.within(byteRange{full.Start, at})
	if len(ks) == 0 {
		return ""
	}
	k := ks[len(ks)-1]
	if k >= len(out.Periods) {
		return ""
	}
	r, p := periods.rs[k], out.Periods[k]
	if r.End > at || !yearEnd(p) || p.Relation == "since" || !commaAt(s, r.End) || !opensLead(s, full.Start, r.Start) {
		return ""
	}
	rest := byteRange{r.End, at}
	if len(dates.within(rest)) > 0 || len(periods.within(rest)) > 0 || strings.ContainsAny(s[r.End:at], "”」\"") {
		return "" // a later member names its own time, or the quotation closed
	}
	return p.To
}

// commaAt reports whether a comma stands at i.
func commaAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && (r == '，' || r == ',')
}

// opensLead reports whether the period at i opens the full sentence that
// starts at start (spaces aside) or a quotation (an opening quote mark
// right before it).
func opensLead(s string, start, i int) bool {
	before := strings.TrimRightFunc(s[start:i], unicode.IsSpace)
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '“' || r == '「'
}

// requiredIn reports whether a plan word only a plan uses (stance.tsv:
// future, 不少于, 力争) stands in the sentence sent.
func requiredIn(st sentenceStance, sent byteRange) bool {
	for _, i := range st.required {
		if i >= sent.Start && i < sent.End {
			return true
		}
	}
	return false
}

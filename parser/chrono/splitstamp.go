package chrono

import "regexp"

// splitStampRule reads a page's publish stamp that its template prints in
// boxes, each its own line once the page is copied: the year, the month
// and day, the time of day (2024 / 07/30 / 16:46). Each part stands alone
// on its line, so a year at a line's end over a sentence's figures is none.
type splitStampRule struct{}

func (splitStampRule) Name() string { return "split-stamp" }

func (splitStampRule) Starts(r rune) bool { return r == '1' || r == '2' }

// splitStampRe is the stamp's lines from the year's on: blank lines may
// stand between them.
var splitStampRe = regexp.MustCompile(`^((?:19|20)\d{2})[ \t]*\n\s*(1[0-2]|0?[1-9])[-/.](3[01]|[12]\d|0?[1-9])[ \t]*(?:\n\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \t]*\n|$)`)

func (splitStampRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "split-stamp", Kind: Day, YearFrom: "text"}
	if i > 0 && s[i-1] != '\n' {
		return e, false
	}
	m := splitStampRe.FindStringSubmatchIndex(s[i:])
	if m == nil {
		return e, false
	}
	y, _, _ := readDigits(s, i+m[2], 4, 4)
	mo, _, _ := readDigits(s, i+m[4], 1, 2)
	d, _, _ := readDigits(s, i+m[6], 1, 2)
	if !PlausibleYear(y) || !ValidDay(y, mo, d) {
		return e, false
	}
	e.Value = isoDay(y, mo, d)
	e.From, e.To = e.Value, e.Value
	e.End = i + m[1]
	for e.End > i && (s[e.End-1] == '\n' || s[e.End-1] == ' ' || s[e.End-1] == '\t') {
		e.End-- // the stamp, not the line break after it
	}
	return e, true
}

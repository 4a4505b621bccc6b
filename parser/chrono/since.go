package chrono

// sinceRule reads open ranges: 今年以来 and 2025年以来 (from the start of the
// year to the document's date), 截至目前 and 目前为止 (up to the document's
// date). A month with 以来 (5月以来) is read by calendarRule.
type sinceRule struct{}

func (sinceRule) Name() string { return "since" }

func (sinceRule) Starts(r rune) bool {
	return isNumeralStart(r) || isRelativeYear(r) || r == '截' || r == '目' || r == '到'
}

func (sinceRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "since", Kind: Period}
	refDay := func() string { // made only for a match: most starts have none
		if ref.Year > 0 && ref.Month > 0 && ref.Day > 0 {
			return isoDay(ref.Year, ref.Month, ref.Day)
		}
		return ""
	}
	for _, w := range []string{"截至目前", "截止目前", "截至当前", "截止当前", "目前为止", "到目前为止"} {
		if hasPrefixAt(s, i, w) {
			e.Relation, e.To, e.End = Until, refDay(), i+len(w)
			if e.To != "" {
				e.YearFrom = "reference"
			}
			return e, true
		}
	}
	year, j := 0, i
	if y, k, ok := readYear(s, i); ok && PlausibleYear(y) {
		year, j, e.YearFrom = y, k, "text"
	} else if isDigitRune(rune(s[i])) {
		return e, false // digits open only a year: no word here starts with one
	} else {
		for _, ry := range relativeYears {
			if hasPrefixAt(s, i, ry.word) {
				year, j, e.YearFrom = ref.Year+ry.delta, i+len(ry.word), "reference"
				if ref.Year == 0 {
					year, e.YearFrom = 0, ""
				}
				break
			}
		}
		if j == i {
			return e, false
		}
	}
	if !hasPrefixAt(s, j, "以来") {
		return e, false
	}
	e.Relation, e.End = Since, j+len("以来")
	if year > 0 {
		e.From, e.To = isoDay(year, 1, 1), refDay()
	}
	return e, true
}

package chrono

// numericRule reads dates written with numbers and separators only:
// 2025.6.3, 2025-06-03, 2025/6/3. The separator must be the same twice and
// the number must stand alone, so 0375-4976695 and 1.1万 are not dates.
type numericRule struct{}

func (numericRule) Name() string { return "numeric" }

func (numericRule) Starts(r rune) bool {
	return isDigitRune(r)
}

func (numericRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "numeric", Kind: Day, YearFrom: "text"}
	if i > 0 {
		if p := s[i-1]; p >= '0' && p <= '9' || p == '.' || p == '-' || p == '/' {
			return e, false
		}
	}
	if len(s)-i < 8 {
		return e, false
	}
	y, j, ok := readDigits(s, i, 4, 4)
	if !ok || !plausibleYear(y) || j >= len(s) {
		return e, false
	}
	sep := s[j]
	if sep != '.' && sep != '-' && sep != '/' {
		return e, false
	}
	m, k, ok := readDigits(s, j+1, 1, 2)
	if !ok || k >= len(s) || s[k] != sep {
		return e, false
	}
	d, k2, ok := readDigits(s, k+1, 1, 2)
	if !ok || !validDay(y, m, d) {
		return e, false
	}
	if k2 < len(s) && (s[k2] >= '0' && s[k2] <= '9' || s[k2] == sep) {
		return e, false
	}
	e.Value = isoDay(y, m, d)
	e.From, e.To = e.Value, e.Value
	if k3, ok := readDeadline(s, k2); ok {
		k2, e.Relation, e.From = k3, Before, ""
	}
	e.End = k2
	return e, true
}

func readDigits(s string, i, min, max int) (int, int, bool) {
	j, v := i, 0
	for j < len(s) && j-i < max && s[j] >= '0' && s[j] <= '9' {
		v = v*10 + int(s[j]-'0')
		j++
	}
	if j-i < min || j < len(s) && s[j] >= '0' && s[j] <= '9' {
		return 0, i, false
	}
	return v, j, true
}

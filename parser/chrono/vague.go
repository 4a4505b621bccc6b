package chrono

// vagueRule keeps time words that point at no date (近日, 日前, 近期,
// 前不久): they are reported as vague and never resolved to a guess.
type vagueRule struct{}

func (vagueRule) Name() string { return "vague" }

func (vagueRule) Starts(r rune) bool {
	return r == '近' || r == '日' || r == '前' || r == '不'
}

var vagueWords = []string{"近日", "日前", "近期", "前不久", "近来", "不久前"}

func (vagueRule) Match(s string, i int, ref Ref) (Expr, bool) {
	if precededByDigit(s, i) || i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		return Expr{}, false // 25日前 is a deadline day, not 日前
	}
	for _, w := range vagueWords {
		if hasPrefixAt(s, i, w) {
			return Expr{Rule: "vague", Kind: Vague, End: i + len(w)}, true
		}
	}
	return Expr{}, false
}

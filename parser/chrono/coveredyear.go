package chrono

// coveredRole is the role a word of year_roles.tsv's place covered gives
// the year written from byte i to j of s (j after its 年): a year written
// with 年度 whose clause names, after the bodies it covers, the annual
// inspection or report that checks it (开展2022年度市属社会组织年度检查),
// as 2022年度年检 names it right after the year; "" for a year without 度
// or a clause without such a word.
func coveredRole(s string, j int) string {
	if !hasPrefixAt(s, j, "度") {
		return ""
	}
	role, _, _ := clauseWord(s, j+len("度"), "covered", isDigitRune)
	return role
}

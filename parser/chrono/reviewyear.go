package chrono

// roleReview is the role of a year a report on past work reviews
// (介绍了2023年…工作情况): year_roles.tsv's places review and reviewclose.
const roleReview = "review"

// reviewedYear reports whether the year written from byte i to j of s is
// one a verb of report right before it (介绍, 通报, 总结, with or without
// 了) presents the state or results of (情况, 成效) in the year's clause: a
// year that has run before the text reporting on it, no year of its own.
func reviewedYear(s string, i, j int) bool {
	if hasSuffixBefore(s, i, "了") {
		i -= len("了")
	}
	verb := false
	for _, w := range yearRoleWords[roleReview] {
		if hasSuffixBefore(s, i, w.word) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	_, _, closes := clauseWord(s, j, "reviewclose", nil)
	return closes
}

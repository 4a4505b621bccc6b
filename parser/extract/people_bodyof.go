package extract

import "strings"

// bodyOfBefore reports whether a body's name and the particle 的 end
// right before j (贵池区梅龙街道社工站的|姜丽): the attributive form of a
// list's entry that prints each person after the body they are from
// (某某社工站某某), 的 marking the body as the person's, as in 某单位的某某同志.
// agencyEnding gives the name of a body found ending at a byte offset.
func bodyOfBefore(s string, agencyEnding func(int) string, j int) bool {
	const de = "的"
	return strings.HasSuffix(s[:j], de) && agencyEnding(j-len(de)) != ""
}

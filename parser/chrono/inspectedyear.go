package chrono

// roleHeld is the role of year_roles.tsv's words of the place inspected:
// the annual inspection of a year, held in the next.
const roleHeld = "held"

// InspectionYear is the year in which s holds the annual inspection it
// announces where it names the inspection only by the year checked
// (开展2022年度市属社会组织年检 → 2023): the year after the first year
// written with 年度, outside 《》 and document numbers, whose clause names
// the inspection later (year_roles.tsv, place inspected). It is 0 where s
// names no such year. A text that states a year of its own is read by
// StatedYear first; this is asked only where that finds none.
func InspectionYear(s string) int {
	depth := 0
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		depth = citedDepth(r, depth)
		if depth == 0 && isDigitRune(r) {
			if y, j, ok := readYear(s, i); ok && PlausibleYear(y) && hasPrefixAt(s, j, "度") {
				if role, _, _ := clauseWord(s, j+len("度"), "inspected", isDigitRune); role == roleHeld {
					return y + 1
				}
			}
		}
		i += n
	}
	return 0
}

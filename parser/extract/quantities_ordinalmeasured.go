package extract

// ordinalListedMeasured reports whether the number at [i, j) goes on a
// list of ordinals that one 第 opens where each keeps the measure word
// (国务院第55次、56次、62次常务会议, 第3条、5条): the 第 counts each, as
// ordinalListed reads the list with the word printed once at its end.
func ordinalListedMeasured(s string, i, j int) bool {
	u, ok := unitAt(s, j)
	if !ok || u == "" {
		return false
	}
	return ordinalListedBy(s, i, u+"、")
}

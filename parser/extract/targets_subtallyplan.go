package extract

// A 其中-sentence divides the total the sentence before it counts
// (计划救济困难居民103,400户、171,403人。其中，城乡低保对象81,761户、…
// 12,675人): its parts are shares of that total and stand as it does. Where
// the total is a plan's, the parts are its planned shares, targets, though
// they print no plan word of their own; where it is no plan's, the tally
// rule (targets_tally.go) reads them as what was done. Source: 其中 opening
// the breakdown of the count before it (《现代汉语词典》 其中: 那里面), as
// the plans of 民政 relief and 民生实事 print their totals' parts.

// subtallyOfPlan reports whether the full sentence full opens with 其中
// and the last number of the sentence before it was filed as a plan's.
func subtallyOfPlan(s string, fulls stops, full byteRange, qs ranges, stood map[int]string) bool {
	if !subtallyOpen(s, full) {
		return false
	}
	total, ok := totalStance(s, fulls, full, qs, stood)
	return ok && total == "plan"
}

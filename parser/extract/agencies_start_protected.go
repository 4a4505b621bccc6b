package extract

// protectedBefore stops the scan at text another reading holds (a quote,
// a cited title in 《》, a title of office, a quantity, a date: the
// protected spans) and at a space of the source that parts two words
// (第一组 市纪委…, a table's columns: wordGap): a name runs across neither.
type protectedBefore struct{}

func (protectedBefore) back(r *startReading) scanMove {
	if r.protect.crosses(r.i-1, r.i) || r.gap(r.i) {
		return scanStop
	}
	return scanPass
}

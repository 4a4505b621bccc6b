package extract

import "bulletin/parser/lexicon"

// quotedOwnerBefore is where a name that opens with a quoted proper name
// (“夕阳红”配餐中心, “数字民政”综合监管中心) opens when the name of the
// body or the settlement that runs it is printed right before the quote,
// no mark between (某街道某某社区|“夕阳红”配餐中心, 某县民政局|“数字民政”综合
// 监管中心): a service point's or a body's own unit is written [its
// owner's name][proper name][words][ending], the owner standing where a
// place stands, and the whole is one name (GOLD.md: longest form that is
// still a name). The owner's name is read as any name is (agencyStart),
// from an agency ending right before the quote. ok is false where no
// body's name ends at open.
func quotedOwnerBefore(r *startReading, open int) (int, bool) {
	suffix, ok := lexicon.AgencySuffixes().EndingAt(r.s, open)
	if !ok {
		return 0, false
	}
	i, _, ok := agencyStart(r.s, r.ts, r.protect, r.gap, open, suffix)
	return i, ok
}

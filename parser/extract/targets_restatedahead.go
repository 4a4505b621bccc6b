package extract

import "bulletin/schema"

// restatedAhead reports whether the count k of a news report stands again,
// written the same, after the passage has turned ahead (newsTold.aheadBy:
// 将, a forward word): a lead sums up what the body then tells (记者获悉，
// 今年，…新建…助餐点1300个 … 今年将…新建…助餐点1300个), so the count the
// body sets out as a plan is the plan's in the lead too, no deed the
// report tells.
func restatedAhead(news *newsTold, qs ranges, quantities []schema.Quantity, k int) bool {
	for j := k + 1; j < len(qs); j++ {
		if quantities[j].Text == quantities[k].Text && news.aheadBy(qs[j].Start) {
			return true
		}
	}
	return false
}

package extract

// A discount (不低于85折的优惠, 享受9折) states the price an offer sells at,
// the rate of a sale, as 按不超过200元/人 states the rate a grant is paid at
// (setBound's rate): it sets no count or level of work that a plan sets out
// to reach (GOLD.md, targets), even where a plan promises the offer (将…
// 带来不低于85折的优惠). Its figure stays a quantity (quantities_discount.go).

// priceTerm reports whether unit measures the price term of an offer: the
// discount's 折.
func priceTerm(unit string) bool { return unit == discountUnit }

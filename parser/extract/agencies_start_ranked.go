package extract

import "regexp"

// rankedEachRe is 各 and a rank of government with what stands above or
// below it, right before a name (各地级以上|市民政局, 各县级以下|…).
var rankedEachRe = regexp.MustCompile(`各\p{Han}{1,2}级(?:以上|以下)$`)

// rankedEach reads 各 and a rank before the name (各地级以上市民政局、中级
// 人民法院、…): every body of that rank and kind, a category as 各县民政局
// is, no one body.
type rankedEach struct{}

func (rankedEach) back(r *startReading) scanMove {
	if rankedEachRe.MatchString(r.s[max(0, r.i-len("各地级以上")):r.i]) {
		return scanNone
	}
	return scanPass
}

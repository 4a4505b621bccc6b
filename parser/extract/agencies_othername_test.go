package extract

import "testing"

// TestAgencyOtherNameVerb: a verb that prints a body's other name after
// its first (也称, 又称, 又名, 俗称) bounds the other name, which opens after
// it; where no such verb stands, or the words before the name are a
// name's own, the names read as before.
func TestAgencyOtherNameVerb(t *testing.T) {
	checkRows(t, []rowCase{
		{"北岭州红旗孤儿学校也称北岭阳光儿童福利院,创办于1996年。", "北岭州红旗孤儿学校; 北岭阳光儿童福利院"},
		{"红星学校又称红星儿童福利院。", "红星学校; 红星儿童福利院"},
		{"该院又名平安县夕阳红养老服务中心。", "平安县夕阳红养老服务中心"},
		// Must not fire.
		{"北岭阳光儿童福利院创办于1996年。", "北岭阳光儿童福利院"},
		{"平安县称重计量服务中心开展检查。", "平安县称重计量服务中心"},
		{"记者从平安县民政局了解到。", "平安县民政局"},
	}, "agencies", agencyNames)
}

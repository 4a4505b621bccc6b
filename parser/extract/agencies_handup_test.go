package extract

import "testing"

// TestAgencyHandUpBound: a verb of handing up (上交, 上缴) bounds the name
// of the body that takes the money, the level the segmenter glued to the
// verb opening it; a name with no such verb before it stays whole.
func TestAgencyHandUpBound(t *testing.T) {
	checkRows(t, []rowCase{
		{"已全额上交市慈善总会,用于统筹安排全市的大病救助活动。", "市慈善总会"},
		{"区慈善总会将2015年“慈善一日捐”代收的捐款上交市慈善总会。", "区慈善总会; 市慈善总会"},
		{"罚没款全部上缴县财政局。", "县财政局"},
		// Must not fire.
		{"市慈善总会统筹安排全市的大病救助活动。", "市慈善总会"},
		{"捐款由市慈善总会统一管理。", "市慈善总会"},
	}, "agencies", agencyNames)
}

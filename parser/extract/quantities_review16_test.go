package extract

import "testing"

// Quantities from reviewer 16: a 社会救助 report prints exact yuan
// amounts in the millions with their jiao (1765706.6元); the digits'
// phone shape keeps no such decimal out, while a phone number, an ID
// number or a code, printed with no decimal point, stays no amount.
func TestQuantitiesReview16(t *testing.T) {
	tests := []rowCase{
		{"发放补贴1765706.6元。", "1765706.6 元"},
		{"累计发放补贴19187645.2元。", "19187645.2 元"},
		{"支出1234567.50元。", "1234567.5 元"},
		{"全年支出123456789.12元。", "123456789.12 元"},
		{"发放补贴176570.6元,另发1641650元。", "176570.6 元; 1641650 元"},
		{"共计1765706.6万元。", "17657066000 元"},
		// Negatives: phone numbers, a mobile number's whole shape and an
		// ID number before a decimal, a decimal with no unit, a code.
		{"咨询电话:87654321。", ""},
		{"联系电话:13812345678.2元", ""},
		{"身份证号码110101199003074512.5元", ""},
		{"电话87654321.5", ""},
		{"统一社会信用代码:12330100002504219P。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

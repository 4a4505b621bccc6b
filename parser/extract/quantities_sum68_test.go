package extract

import "testing"

// TestQuantitySumAdverb68: the adverb 共 ("in all") before a figure with no
// measure word after it sums a count of the noun before it, unit "", as
// 共计 does (执法人数共21). A figure after 共 with its own unit keeps it; a
// figure with no 共 before it, or one run on into a code, is none.
func TestQuantitySumAdverb68(t *testing.T) {
	checkRows(t, []rowCase{
		{"区民政局在职且具有执法资格人数共21", "21 "},
		{"救助对象共96,其中儿童12人。", "96 ; 12 人"},

		{"服务对象共1507人次。", "1507 人次"},
		{"执法人数21,覆盖全区。", ""},
		{"编号共A12。", ""},
		{"设备型号共3.2-B。", ""},
	}, "quantities", amountRows)
}

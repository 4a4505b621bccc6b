package extract

import "testing"

// TestQuantitiesEdges64: a two-digit figure with 年 after a comma is a
// span of years where the verb after it modifies a noun of a span of time
// (，20年使用周期; cue_words.tsv termnoun), and still a year written short
// where the verb tells an event (，05年完成扩建) or takes an object that is
// no span (，98年建设大楼).
func TestQuantitiesEdges64(t *testing.T) {
	tests := []rowCase{
		{"按照保障50年殡葬用地需求,20年使用周期和5年开发建设期限原则", "50 年; 20 年; 5 年"},
		{"项目占地12亩,15年运营周期", "12 亩; 15 年"},
		{"设施建成后,30年使用年限内免费维护", "30 年"},

		// A short year: an event verb, or a verb whose object is no span.
		{"占地12亩,05年完成扩建", "12 亩"},
		{"现供养老人30人,10年建成使用", "30 人"},
		{"现有床位80张,98年使用新楼", "80 张"},
	}
	checkRows(t, tests, "quantities", amountRows)
}

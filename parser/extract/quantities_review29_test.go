package extract

import "testing"

// TestQuantitiesReview29Anniversaries covers review 27's anniversary:
// N周年 counts the years since an event, an amount with its unit (GOLD
// quantities), not a year of the calendar.
func TestQuantitiesReview29Anniversaries(t *testing.T) {
	tests := []rowCase{
		{"2024年是中华人民共和国成立75周年。", "75 周年"},
		{"庆祝建党100周年系列活动。", "100 周年"},
		{"全面建成小康社会10周年座谈会。", "10 周年"},
		// Negatives: a year of the calendar, an anniversary with no
		// number.
		{"2024年工作要点。", ""},
		{"每年周年纪念日。", ""},
		{"周年庆典活动。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

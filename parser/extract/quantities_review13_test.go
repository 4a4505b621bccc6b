package extract

import "testing"

// Quantities from reviewer 13: 具 is a measure word; 千 and 百 after
// digits scale them as 万 does; a figure right before a division's level
// word counts divisions; a range gives its upper end as an amount too.
func TestQuantitiesReview13(t *testing.T) {
	tests := []rowCase{
		{"全年火化遗体2,040具,火化率达90%。", "2040 具; 90 %"},
		{"共平掉坟包 2千个。", "2000 个"},
		{"慰问困难群众3百余人。", "300 人"},
		{"对12县(市、区)开展入户检查。", "12 县"},
		{"覆盖11乡镇偏远村落。", "11 乡镇"},
		{"全市12县区民政局长参会。", ""},
		{"再给予2-12元不等的补贴。", "2 元; 12 元"},
		{"补助3万-5万元。", "30000 元; 50000 元"},
		{"字数2—4个字。", "2 个; 4 个"},
		// Negatives: a unit that opens with 千, a level word inside a
		// longer word or before a body's name, levels of different
		// ranks run together, a year range, a hotline.
		{"道路全长5千米。", "5 千米"},
		{"林荫路以南至215省道。", ""},
		{"拨打12345市长热线。", ""},
		{"有10村民参加。", ""},
		{"2021市民政局工作要点", ""},
		{"推进1乡村振兴", ""},
		{"2021-2025年规划", ""},
		{"第3社区", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

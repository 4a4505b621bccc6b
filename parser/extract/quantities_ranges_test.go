package extract

import "testing"

// TestQuantityRanges covers ranges: the two ends of a range joined by a dash
// printed once or twice (GB/T 15834-2011, 连接号), by a tilde or by 至 share the
// unit after the upper end, and every form gives the same two amounts; ends
// that carry their own unit give each end once; a range of years, or a dash
// that joins no digits, gives none.
func TestQuantityRanges(t *testing.T) {
	tests := []rowCase{
		// A range gives its lower and its upper end as amounts.
		{"再给予2-12元不等的补贴。", "2 元; 12 元"},
		{"补助3万-5万元。", "30000 元; 50000 元"},
		{"字数2—4个字。", "2 个; 4 个"},
		{"2021-2025年规划", ""},

		// Every dash, tilde and 至 joins the ends alike.
		{"80--89周岁(含80周岁)的老人,每人每月补贴30元。", "80 周岁; 89 周岁; 80 周岁; 30 元"},
		{"90－99周岁的老人。", "90 周岁; 99 周岁"},
		{"90-99周岁的老人。", "90 周岁; 99 周岁"},
		{"90—99周岁的老人。", "90 周岁; 99 周岁"},
		{"90——99周岁的老人。", "90 周岁; 99 周岁"},
		{"90–99周岁的老人。", "90 周岁; 99 周岁"},
		{"90~99周岁的老人。", "90 周岁; 99 周岁"},
		{"90～99周岁的老人。", "90 周岁; 99 周岁"},
		{"90〜99周岁的老人。", "90 周岁; 99 周岁"},
		{"90至99周岁的老人。", "90 周岁; 99 周岁"},
		{"每户补助3--5万元。", "30000 元; 50000 元"},
		{"80岁-89岁的老人。", "80 岁; 89 岁"},
		{"每户补助3万元-5万元。", "30000 元; 50000 元"},
		{"占比10%-20%。", "10 %; 20 %"},
		// A band of scores gives both its ends, as other ranges do.
		{"得分在901—950分之间。", "901 分; 950 分"},
		{"得分在851-900分之间。", "851 分; 900 分"},
		// Negatives: a range of years, a dash that joins no digits, and
		// ends that carry their own unit (no range: each end once).
		{"2020--2025年规划。", ""},
		{"共10人--其中党员3人。", "10 人; 3 人"},
		{"80岁--89岁的老人。", "80 岁; 89 岁"},
		{"编号A1--2号楼。", ""},
		{"执行GB/T 9704-2012标准。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

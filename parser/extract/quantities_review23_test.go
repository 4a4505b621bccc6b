package extract

import "testing"

// TestQuantitiesReview23Ranges covers review 22's doubled hyphen: the two
// ends of a range joined by a dash printed once or twice (GB/T
// 15834-2011, 连接号), or by 至, share the unit after the upper end, and
// every form gives the same two amounts.
func TestQuantitiesReview23Ranges(t *testing.T) {
	tests := []rowCase{
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

// TestQuantitiesReview23Questions covers review 22's 问, the count of a
// question-and-answer page's questions, read only where the clause ends
// after it.
func TestQuantitiesReview23Questions(t *testing.T) {
	tests := []rowCase{
		{"甘肃省退役军人、其他优抚对象优待证申领25问", "25 问"},
		{"社会救助政策100问:", "100 问"},
		{"养老服务十问", "10 问"},
		// Negatives: a word 问 opens, and a slogan.
		{"梳理出30问题。", ""},
		{"发放5问卷。", ""},
		{"开展十问十答活动。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}

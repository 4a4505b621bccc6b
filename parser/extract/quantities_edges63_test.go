package extract

import "testing"

// TestQuantityScoreNoun: 分数 (the score as a number) leads a score's
// points as 得分 does, so 分 after the figure is a score's (分数在600分以上,
// 分数为85分). With no word of the score 分 stays a clock's minute or no
// unit, and 分数 before no figure of points leads nothing.
func TestQuantityScoreNoun(t *testing.T) {
	checkRows(t, []rowCase{
		{"对分数在600分以上的机构进行了复评。", "600 分"},
		{"综合评定分数为85分。", "85 分"},
		{"分数在950以上的评为5A级。", "950 "},

		// No word of the score; 分数 before no points.
		{"会议于9时30分开始。", ""},
		{"分数在3个方面体现。", "3 个"},
		{"考试分数在下午3时公布。", ""},
	}, "quantities", amountRows)
}

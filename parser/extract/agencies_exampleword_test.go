package extract

import "testing"

// TestAgencyExampleWordBound: a word that brings in an example (比如,
// 例如) bounds the name of the body after it; a name with no such word
// before it, or one that holds the word's characters inside a word of its
// own, stays whole.
func TestAgencyExampleWordBound(t *testing.T) {
	checkRows(t, []rowCase{
		{"也有提供资金援助的,比如财通证券股份有限公司拟安排结对助学。", "财通证券股份有限公司"},
		{"有的单位,例如宁波市慈善总会已经完成。", "宁波市慈善总会"},
		{"有的单位,譬如城关镇敬老院已经完工。", "城关镇敬老院"},
		// Must not fire.
		{"财通证券股份有限公司拟安排结对助学。", "财通证券股份有限公司"},
		{"宁波市慈善总会已经完成。", "宁波市慈善总会"},
		{"会议由比如县民政局召集。", "比如县民政局"},
	}, "agencies", agencyNames)
}

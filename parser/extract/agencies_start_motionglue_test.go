package extract

import "testing"

// TestAgencyMotionGlue: where the segmenter's guess runs a verb of going
// (赴, 到) into the first character of the place or the body gone to, the
// name opens right after the verb, one character of it enough. A guess
// after a word that bounds names but goes nowhere (原属) keeps its word
// out of the name (the rule must not fire).
func TestAgencyMotionGlue(t *testing.T) {
	checkRows(t, []rowCase{
		{"检查组赴鑫百龄安养院检查安全生产工作。", "鑫百龄安养院"},
		{"检查组赴康乐养老院检查安全生产工作。", "康乐养老院"},
		// Must not fire.
		{"该村原属呼热胡社区管辖。", "呼热胡社区"},
		{"由市民政局负责。", "市民政局"},
	}, "agencies", agencyNames)
}

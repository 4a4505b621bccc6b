package extract

import "testing"

// TestAgencyAndPaired: the second of two names joined by 和 or 与, closing
// on the first's ending up to a mark, names a body of that kind. Not so: a
// class after the conjunction (其他, 各), words of another kind, and a
// second that runs on past the ending with no mark.
func TestAgencyAndPaired(t *testing.T) {
	tests := []rowCase{
		{"督导组先后来到黄梅镇沙岭社区和蒋花园社区,实地察看。", "黄梅镇沙岭社区; 蒋花园社区"},
		{"督导组慰问了横车镇福利院与驸马坳福利院,实地察看。", "横车镇福利院; 驸马坳福利院"},
		{"走访了黄梅镇沙岭社区和各社区,实地察看。", "黄梅镇沙岭社区"},
		{"市社会福利中心和其他社区服务中心,参加会议。", "市社会福利中心"},
		{"黄梅镇沙岭社区和居民代表,参加。", "黄梅镇沙岭社区"},
		{"黄梅镇沙岭社区和蒋花园社区开展活动。", "黄梅镇沙岭社区"},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}

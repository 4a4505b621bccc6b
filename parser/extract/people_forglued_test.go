package extract

import "testing"

// TestPeopleForGlued: a three-character name whose last character the
// segmenter glued to the 为 after it (王某|华为|新人颁发) keeps it when an
// act done for someone follows in the clause; a 为 with no such act, a
// stop, a body's character or a word that leads the verb alone before 为
// is no name's.
func TestPeopleForGlued(t *testing.T) {
	tests := []rowCase{
		{"邀请市政府副市长张义华为新人颁发结婚证书。", "张义华 副市长 [副市长] @市政府"},
		{"局长王建华为站点揭牌。", "王建华 局长 [局长]"},
		// Must not fire.
		{"局长李明科为新人颁发结婚证书。", "李明 局长 [局长]"},
		{"局长李明更为新人颁发结婚证书。", "李明 局长 [局长]"},
		{"局长李明尤为新人颁发结婚证书。", "李明 局长 [局长]"},
		{"局长李明特为新人颁发结婚证书。", "李明 局长 [局长]"},
		{"副市长张义为此作出部署。", "张义 副市长 [副市长]"},
		{"副市长张义华为此次活动作出部署。", "张义 副市长 [副市长]"},
		{"副市长张义今天为新人颁发结婚证书。", "张义 副市长 [副市长]"},
		{"副市长张义再为新人颁发结婚证书。", "张义 副市长 [副市长]"},
		{"副市长张义均为新人颁发结婚证书。", "张义 副市长 [副市长]"},
		{"副市长张义A为新人颁发结婚证书。", "张义 副市长 [副市长]"},

		{"副市长张义华为此次全市养老服务工作会议作出部署并颁发奖状。", "张义 副市长 [副市长]"},
		{"副市长张义华为此,向新人颁发结婚证书。", "张义 副市长 [副市长]"},

		// A word of its own that ends with 为 (forword) after a name of two.
		{"局长王强较为系统地讲解了救助政策。", "王强 局长 [局长]"},
		{"局长王强广为宣讲惠民政策。", "王强 局长 [局长]"},
		{"副局长李刚行为端正带头宣讲政策。", "李刚 副局长 [副局长]"},
		{"副局长李刚人为降低门槛颁发证书的做法受到批评。", "李刚 副局长 [副局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import "testing"

// TestReview156 covers the people misses of development reviews 108b-114b:
// a name before its title when a list of nouns follows the title, a name
// cut before a 为 the segmenter glued to its last character, an NGO's
// posts, 社工 after a place, a rare surname; and where each must not fire.
func TestReview156(t *testing.T) {
	checkRows(t, []rowCase{
		{"学习习近平总书记家庭、家教、家风的重要论述。", "习近平 总书记 [总书记]"},
		{"邀请市政府副市长周义华为新人颁发结婚证书。", "周义华 副市长 [副市长] @市政府"},
		{"中山志远社工机构总干事张会杰出席。", "张会杰 总干事 [总干事] @中山志远社工机构"},
		{"深圳志远社工机构的初级督导李越给大家进行讲解。", "李越 初级督导 [初级督导]"},
		{"局长锡东升带队检查。", "锡东升 局长 [局长]"},
		{"东胜区民政局婚姻登记中心负责人刘洋在", "刘洋 负责人 [负责人] @东胜区民政局婚姻登记中心"},
		// Must not fire: a name after the title before a list, a 为 with
		// no act for someone after it, 社工 after a place, a bare 督导.
		{"总书记习近平、李强出席。", "习近平 总书记 [总书记]; 李强 总书记 [总书记]"},
		{"副市长周义为此作出部署。", "周义 副市长 [副市长]"},
		{"希望南区社工服务工作能够走得更远。", ""},
		{"金口街社工宣传周活动启动。", ""},
		{"社工李梅为老人理发。", "李梅 社工 [社工]"},
		{"督导李越工作。", ""},
		{"副局长丁红都、王强参加。", "丁红都 副局长 [副局长]; 王强 副局长 [副局长]"},
	}, "people", personRows)
}

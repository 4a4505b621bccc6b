package extract

import "testing"

// TestReview156 covers the people misses of development reviews 108b-114b
// that no rule file of their own holds: an NGO's posts, 社工 after a
// place, a rare surname; and where each must not fire. The rows of the
// rules of their own are in people_nounlist_test.go (a list of nouns after
// the title), people_forglued_test.go (a name's last character glued to
// 为) and people_cutoff_test.go (a preposition where the page is cut off).
func TestReview156(t *testing.T) {
	checkRows(t, []rowCase{
		{"青山启明社工机构总干事王某某出席。", "王某某 总干事 [总干事] @青山启明社工机构"},
		{"青山启明社工机构的初级督导李某某给大家进行讲解。", "李某某 初级督导 [初级督导]"},
		{"局长锡建明带队检查。", "锡建明 局长 [局长]"},
		// Must not fire: 社工 after a place, a bare 督导.
		{"希望南区社工服务工作能够走得更远。", ""},
		{"某街社工宣传周活动启动。", ""},
		{"社工李梅为老人理发。", "李梅 社工 [社工]"},
		{"督导李某工作。", ""},
	}, "people", personRows)
}

package extract

import "testing"

// TestPeopleHazardWords: 火源, 易燃易爆 and 暖冬 are words (domain.tsv), so
// a notice's 严禁携带火种火源和易燃易爆物品 pairs no names across 和 (火 and
// 易 are surnames), nor does 让困难群众过暖冬 name anyone after the status.
// A pair of names joined by 和 is still read.
func TestPeopleHazardWords(t *testing.T) {
	tests := []rowCase{
		{"祭扫群众不得违规野外用火,不携带火种火源和易燃易爆物品进入林区。", ""},
		{"严禁携带易燃易爆物品进入墓区。", ""},
		{"“阳光操作”让困难群众过暖冬", ""},
		{"低保户李跃平和王建成领到了慰问金。", "李跃平 -; 王建成 -"},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleOverallDuty: 负总责 (domain.tsv) after a post is the clause's
// verb, no name after the title; a name after the post is still read.
func TestPeopleOverallDuty(t *testing.T) {
	tests := []rowCase{
		{"成立四个走访调研小组,组长负总责,搞好统筹协调。", ""},
		{"实行“一把手”负总责、分管领导具体抓。", ""},
		{"组长赵建平负总责。", "赵建平 组长 [组长]"},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import "testing"

// People from reviewer 20: a reporter's credit whose label a slash joins
// to the name (记者/林可欣); two untitled names joined by 和 before a verb
// of action, one glossed with its reading in brackets; a unit of count
// (万人, 万户) before a figure, and a modal and a verb before a military
// level (须持团以上), which name no one.
func TestPeopleReview21(t *testing.T) {
	tests := []rowCase{
		{"阳江日报讯(记者/林可欣)中秋节前夕,市民政局开展慰问活动。", "林可欣 记者 [记者]"},
		{"本报讯 记者/王小明 通讯员/李华 近日,市民政局开展慰问。", "王小明 记者 [记者]; 李华 通讯员 [通讯员]"},
		{"29日上午,家住洛阳市西工区的王炫玏(lè)和武冰倩在西工区民政局婚姻登记处喜领结婚证。", "王炫玏 -; 武冰倩 -"},
		{"家住西工区的张明和李华在婚姻登记处领取结婚证。", "张明 -; 李华 -"},
		{"新人中,刘洋和陈静来到登记处。", "刘洋 -; 陈静 -"},
		// Negatives: a unit of count before its figure, a modal and a verb
		// before a level, a pinyin gloss after a common noun, 和 between
		// two nouns that name no one.
		{"最低生活保障人数万人7.1\n农村特困人员救助供养人数万人0.5", ""},
		{"困难群众户数万户3.2", ""},
		{"七、儿童福利\n孤儿万人0.1\n集中养育孤儿万人0.1", ""},
		{"特困人员万户2.3", ""},
		{"现役军人须持团以上政治机关出具的证明。", ""},
		{"申请人须持户口簿和身份证办理。", ""},
		{"老人们拿着月饼(bǐng)和水果在院里合影。", ""},
		{"市民政局和市财政局在会上作了发言。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

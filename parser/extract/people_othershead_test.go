package extract

import "testing"

// TestPeopleOthersHead: the one name that 等人 or 等一行 closes, wherever it stands
// in its clause, is a person with no title; a surname the segmenter read
// as an adverb before the rest of the name (曾) opens it, a particle, a
// preposition, a conjunction or an adverb of two characters does not, nor
// a character that would make the name longer than a name is. 等人员, a
// word that is no name, a place, a title inside give none; a list's names
// are closedLists'.
func TestPeopleOthersHead(t *testing.T) {
	tests := []rowCase{
		{"截止目前,已发放黄桂芳等人孤儿助学金3万元。", "黄桂芳 -"},
		{"为周淑珍等人办理了临时救助。", "周淑珍 -"},
		{"钱志远等人参加了培训。", "钱志远 -"},
		{"截止目前,已发放曾彭丽等人孤儿助学金3万元。", "曾彭丽 -"},
		{"社区帮助马秀兰等人解决了住房困难。", "马秀兰 -"},
		{"省民政厅养老服务处钱志远等一行深入某村调研。", "钱志远 -"},

		// The character before the name stays out of it.
		{"年初，向王芳等人发放慰问金。", "王芳 -"},
		{"已走访过王芳等人。", "王芳 -"},
		{"和王芳等人一起参加。", "王芳 -"},
		{"随后王芳等人赶到现场。", "王芳 -"},
		{"已发放曾黄桂芳等人助学金。", "黄桂芳 -"},

		// 等人员, no name, a name after a noun, a list of two.
		{"为钱志远等人员办理了临时救助。", ""},
		{"为低保户等人办理了临时救助。", ""},
		{"为老年人等人群提供服务。", ""},
		{"走访了城关镇等人口较多的乡镇。", ""},
		{"游览了黄山等人文景观。", ""},
		{"为王局长等人送行。", ""},
		{"黄桂芳、周淑珍等人参加了培训。", "黄桂芳 -; 周淑珍 -"},
	}
	checkRows(t, tests, "people", personRows)
}

package extract

import "testing"

// TestPeopleIndividual: a bare name right before 个人 in a donation report
// is a person with no title. Not so: a kind of people (先进个人, 优秀个人),
// a body or a word before the word, a pronoun that owns it.
func TestPeopleIndividual(t *testing.T) {
	tests := []rowCase{
		{"某公司捐款5000元、钱志远个人捐款2万元。", "钱志远 -"},
		{"爱心人士黄桂芳个人每年将安排1.2万元助学款。", "黄桂芳 -"},
		{"周淑珍个人捐款1000元。", "周淑珍 -"},

		// No name before 个人.
		{"表彰先进集体和先进个人。", ""},
		{"会议表彰了10名优秀个人。", ""},
		{"对个人和家庭给予救助。", ""},
		{"申请人现场陈述。陈述其个人申报理由、从业收入。", ""},
		{"某县民政局个人所得税代扣。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

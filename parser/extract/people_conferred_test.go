package extract

import "testing"

// TestPeopleConferred: the bare name a body confers an honour on right
// after 授予 (授予陈某等33人“…”称号, 授予孙某同志“…”称号) is a person with
// no role; a body's or a place's name there, or a clause that names no
// honour, gives no one.
func TestPeopleConferred(t *testing.T) {
	tests := []rowCase{
		{"区民政局授予陈雪等33人“德城慈善之星”称号。", "陈雪 -"},
		{"授予孙海同志“优秀社会工作者”称号。", "孙海 -"},
		{"追授周敏同志“优秀共产党员”称号。", "周敏 -"},
		{"授予李明“最美民政人”称号。", "李明 -"},

		// No one: bodies, places, words, or no honour in the clause.
		{"授予山东名德医疗科技有限公司等8家企业“慈善奖”称号。", ""},
		{"授予张家港“文明城市”称号。", ""},
		{"授予全县等5个单位“先进集体”称号。", ""},
		{"授予陈雪等33人荣誉证书。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

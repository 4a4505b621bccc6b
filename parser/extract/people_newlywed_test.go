package extract

import "testing"

// TestPeopleNewlywed: a marriage registration report names the couple
// after 新娘 and 新郎 (titles.tsv, status): each a person with no title.
// 新娘 or 新郎 before no name (新娘们, 新娘装扮的, 新郎新娘) gives none.
func TestPeopleNewlywed(t *testing.T) {
	tests := []rowCase{
		{"来自甲省的新娘林小雨和来自乙市的新郎赵一鸣在当地相识。", "林小雨 -; 赵一鸣 -"},
		{"十二时许,新郎周文轩和新娘吴佳携手登场。", "周文轩 -; 吴佳 -"},
		{"“这一天我们等了很久。”新娘郑雅婷说。", "郑雅婷 -"},
		{"登记大厅里,新娘们身着礼服,脸上洋溢着笑容。", ""},
		{"一身新娘装扮的姑娘笑着告诉记者。", ""},
		{"工作人员为新郎新娘送上祝福。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

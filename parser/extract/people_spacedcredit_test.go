package extract

import "testing"

// TestPeopleSpacedCreditList: a credit label shared by several names
// parts them by spaces; a name of two characters before a surname that
// is also a word (盖, 高) ends at the space, as the label's first name
// does, so the names after it are read too. A credit's verb or a word
// after the names (摄, 报道, 供稿) is no name.
func TestPeopleSpacedCreditList(t *testing.T) {
	tests := []rowCase{
		{"(记者 赵一鸣 通讯员 钱小雨 孙硕 盖文琪)近日，街道开展走访活动。", "赵一鸣 记者 [记者]; 钱小雨 通讯员 [通讯员]; 孙硕 通讯员 [通讯员]; 盖文琪 通讯员 [通讯员]"},
		{"(通讯员 周敏 吴硕 盖晓东)为了让居民过好节日，社区开展慰问。", "周敏 通讯员 [通讯员]; 吴硕 通讯员 [通讯员]; 盖晓东 通讯员 [通讯员]"},
		{"(通讯员 周敏 盖晓东)为了让居民过好节日，社区开展慰问。", "周敏 通讯员 [通讯员]; 盖晓东 通讯员 [通讯员]"},
		{"(通讯员 吴硕 摄)社区开展慰问。", "吴硕 通讯员 [通讯员]"},
		{"(记者 吴硕 报道)社区开展慰问。", "吴硕 记者 [记者]"},
		{"(通讯员 吴硕 供稿)社区开展慰问。", "吴硕 通讯员 [通讯员]"},
	}
	checkRows(t, tests, "people", personRows)
}

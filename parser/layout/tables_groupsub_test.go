package layout

import (
	"strings"
	"testing"
)

// TestGroupSubHead: under a head whose cells each span a group of
// columns, a row that prints one label once under each group, with no
// figure and no sentence, is the header's second level. A data row of
// words, a label repeated fewer or more times than the head's groups, a
// figure or a sentence in the row, or a head of one cell keep it a row.
func TestGroupSubHead(t *testing.T) {
	tests := []struct {
		name      string
		head, row string // cells, | between
		want      bool
	}{
		{"名称 under each of three heads", "一级目录|二级目录|三级目录", "单位编号|名称|编号|名称|编号|名称", true},
		{"金额 under each of two heads", "低保|特困", "人数|金额|人数|金额", true},
		{"编号 under each of two heads, padded", "一级目录|二级目录||", "编号|名称|编号|类别", true},
		// A row of the grid.
		{"a data row of words", "姓名|性别|职务", "张某|男|主任", false},
		{"a label twice under three heads", "一级目录|二级目录|三级目录", "单位编号|名称|编号|名称|编号|代码", false},
		{"figures under the heads", "低保|特困", "人数|12|人数|30", false},
		{"a sentence in the row", "低保|特困", "人数|按月发放。|人数|金额", false},
		{"one head over the row", "公开目录", "编号|名称|编号|名称", false},
		{"as many cells as the head", "一级目录|二级目录", "名称|名称", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := groupSubHead(strings.Split(tc.head, "|"), strings.Split(tc.row, "|")); got != tc.want {
				t.Errorf("groupSubHead(%q, %q) = %v, want %v", tc.head, tc.row, got, tc.want)
			}
		})
	}
}

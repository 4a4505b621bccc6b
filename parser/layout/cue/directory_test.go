package cue

import "testing"

// TestDirectoryRow: a body's name and the number to call it on, one space
// apart, is a row of a directory; a phone line's label, a clause, a date
// or figures before the number, or a number that is no telephone's is not.
func TestDirectoryRow(t *testing.T) {
	tests := []struct {
		line, name, phone string
		ok                bool
	}{
		{"某县殡仪馆 0000—1234567", "某县殡仪馆", "0000—1234567", true},
		{"乙 县殡仪馆 0000-7654321", "乙县殡仪馆", "0000-7654321", true},
		{"某区婚姻登记处 13812345678", "某区婚姻登记处", "13812345678", true},
		{"某镇敬老院 (0000)12345678", "某镇敬老院", "(0000)12345678", true},
		{"城南公益性公墓 12345678", "城南公益性公墓", "12345678", true},
		// Not a directory's row.
		{"咨询电话 0000-1234567", "", "", false},
		{"监督举报热线 12345678", "", "", false},
		{"联系人：张某 13812345678", "", "", false},
		{"请拨打 0000-1234567。", "", "", false},
		{"各地要于2024年 12345678", "", "", false},
		{"低保对象 1200", "", "", false},
		{"某县殡仪馆0000-1234567", "", "", false},
		{"某报专访丨某某局长谈救助 原创 张某 4001234", "", "", false},
	}
	for _, tc := range tests {
		name, phone, ok := directoryRow(tc.line)
		if name != tc.name || phone != tc.phone || ok != tc.ok {
			t.Errorf("directoryRow(%q) = %q, %q, %v; want %q, %q, %v", tc.line, name, phone, ok, tc.name, tc.phone, tc.ok)
		}
	}
}

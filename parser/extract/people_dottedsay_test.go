package extract

import "testing"

// TestPeopleDottedSay: a one-character verb of saying with a quote's mark
// after it ends a dotted name's last part, glued to the name's last
// character or not; with no mark after it (说明) the verb is no end.
func TestPeopleDottedSay(t *testing.T) {
	tests := []rowCase{
		{"村民阿不都·热合曼说，今年收成好。", "阿不都·热合曼 -"},
		{"村民艾山·努尔江说：“感谢政府。”", "艾山·努尔江 -"},
		{"牧民帕尔哈提·吐逊称，草场好。", "帕尔哈提·吐逊 -"},
		{"村民阿不都·买买提江说，感谢政府。", "阿不都·买买提江 -"},
		// No mark after the verb: the end a guess, nothing read.
		{"村民艾山·努尔江说了往事。", ""},
		{"牧民帕尔哈提·吐逊称了一句。", ""},
		{"村民艾山·努尔江说了一句：“好。”", ""},
	}
	checkRows(t, tests, "people", personRows)
}

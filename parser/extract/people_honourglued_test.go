package extract

import "testing"

// TestPeopleHonourGlued: a name's last character the segmenter read with
// the honour verb after it (姜益|青获) is the name's where the clause names
// an honour (称号, a quoted name); with no honour named the rule does not
// fire. The funeral trade's occupations (titles.tsv) are titles before a
// name only: after a count's clause or a name they title no one.
func TestPeopleHonourGlued(t *testing.T) {
	tests := []rowCase{
		{"嘉定区殡仪馆整容组遗体整容师姜益青获全国民政系统劳动模范称号。", "姜益青 遗体整容师 [遗体整容师]"},
		{"殡仪馆遗体火化师李建青获“最美殡葬人”称号。", "李建青 遗体火化师 [遗体火化师]"},
		{"殡仪服务员王海燕获全国民政系统劳动模范称号。", "王海燕 殡仪服务员 [殡仪服务员]"},
		// No honour named in the clause: the cut stays the segmenter's.
		{"遗体整容师姜益青获全国民政系统表彰。", "姜益 遗体整容师 [遗体整容师]"},
		// The occupation counted, or after a name: no title.
		{"全市现有遗体整容师20名。", ""},
		{"殡仪馆共有持证遗体火化师12人。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestFlatClauses leaves untitled the numbered parts a flattened letter's
// line held, their words a clause with a comma, and titles the same parts
// where the copy printed each on a line of its own, and parts with no
// comma cut from the flattened line.
func TestFlatClauses(t *testing.T) {
	titles := func(text string) []string {
		var out []string
		for _, it := range Analyze(clean.Lines(text)).Items {
			if it.Title == nil {
				out = append(out, "")
			} else {
				out = append(out, it.Title.Value)
			}
		}
		return out
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"flattened, commas", "某某倡议书 广大市民朋友们: 节日将至，为倡导文明新风，我们倡议: 一、文明过节，摒弃陈规陋习 二、错峰出行，乘坐公共交通 三、绿色过节，采用鲜花绿植，不搞攀比 让我们共同行动，做文明新风的践行者。 某市民政局 2024年3月1日\n",
			[]string{"", "", ""}},
		{"flattened, no comma", "某某倡议书 广大市民朋友们: 节日将至，为倡导文明新风，我们倡议: 一、文明过节 二、错峰出行 三、绿色过节 让我们共同行动，做文明新风的践行者。 某市民政局 2024年3月1日\n",
			[]string{"文明过节", "错峰出行", "绿色过节"}},
		{"own lines, commas", "某某倡议书\n广大市民朋友们:\n节日将至，为倡导文明新风，我们倡议:\n一、文明过节，摒弃陈规陋习\n节日期间不搞封建迷信活动。\n二、错峰出行，乘坐公共交通\n尽量错开高峰时段出行。\n三、绿色过节，采用鲜花绿植\n不使用难降解用品。\n某市民政局\n2024年3月1日\n",
			[]string{"文明过节，摒弃陈规陋习", "错峰出行，乘坐公共交通", "绿色过节，采用鲜花绿植"}},
	} {
		got := titles(tc.text)
		if len(got) != len(tc.want) {
			t.Errorf("%s: titles %q, want %q", tc.name, got, tc.want)
			continue
		}
		for k := range got {
			if got[k] != tc.want[k] {
				t.Errorf("%s: titles %q, want %q", tc.name, got, tc.want)
				break
			}
		}
	}
}

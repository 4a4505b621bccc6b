package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestStopLost: a numbered paragraph whose full stop the copy lost, with
// no text under it and its next sibling a paragraph that carries its text,
// is a paragraph as its siblings are: no heading on a line of its own, so
// no title (GOLD.md: a clause is no title). A heading with text under it,
// one with no clause in it, or one whose sibling is a heading too keeps
// its title.
func TestStopLost(t *testing.T) {
	head := "关于2025年清明节期间祭扫活动的通告\n\n为统筹做好清明节期间祭扫服务保障和安全管理工作,现就有关事项通告如下:\n\n"
	tail := "\n\n某市民政局\n\n2025年3月25日\n"
	tests := []struct{ name, text, want string }{
		{"a stop lost before a run-in sibling", "一、全市各墓陵园、各区殡仪服务站骨灰楼清明祭扫集中开放时间为3月29日至4月13日\n\n二、倡导以公共交通方式绿色出行,缓解各祭扫场所周边交通压力。\n\n三、严禁在园区内焚烧纸钱。", "-"},
		// Not so.
		{"a heading with its text under it", "一、开放时间、地点\n全市各墓陵园集中开放时间为3月29日至4月13日。\n\n二、倡导以公共交通方式绿色出行,缓解各祭扫场所周边交通压力。", "开放时间、地点"},
		{"no clause in it", "一、开放安排\n\n二、倡导以公共交通方式绿色出行,缓解各祭扫场所周边交通压力。", "开放安排"},
		{"a heading sibling", "一、开放时间、地点\n\n二、出行安排\n全市倡导以公共交通方式绿色出行。", "开放时间、地点"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(head + tc.text + tail))
			if len(d.Items) == 0 {
				t.Fatalf("no items")
			}
			if got := valueOf(d.Items[0].Title); got != tc.want {
				var ts []string
				for _, it := range d.Items {
					ts = append(ts, valueOf(it.Title))
				}
				t.Errorf("got %q, want %q (items %s)", got, tc.want, strings.Join(ts, " | "))
			}
		})
	}
}

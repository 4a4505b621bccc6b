package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestCreditNoTitle: a credit (初审编辑:, 版面编辑:某某) names who made the
// page, so it is never the headline nor a heading over an item, even as
// the page's first line or its label left empty; a headline over the
// credits stays the title.
func TestCreditNoTitle(t *testing.T) {
	const body = "清明节即将到来,不少市民做好了祭祀准备,预计本周末将迎来第一个祭扫高峰。\n\n市殡仪馆将延长服务时间,方便市民办理业务。\n"
	for _, tc := range []struct{ name, text, title string }{
		{"an empty credit first", "初审编辑:\n责任编辑:石某\n" + body, ""},
		{"a credit first", "版面编辑:曹某\n" + body, ""},
		{"a headline over the credits", "市殡仪馆清明节期间延长服务时间\n初审编辑:\n责任编辑:石某\n" + body, "市殡仪馆清明节期间延长服务时间"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			if got := valueOf(d.Title); got != tc.title && !(got == "-" && tc.title == "") {
				t.Errorf("title %q, want %q", got, tc.title)
			}
			for _, it := range d.Items {
				if it.Title != nil {
					t.Errorf("item titled %q", it.Title.Value)
				}
			}
		})
	}
}

package layout

import (
	"strings"
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

// TestCreditAfterSeal: credits printed under a notice's 落款 (编辑:某某) are
// the page's credits, no attachment of the notice; a document printed
// under the 落款 (附件:…) stays its attachment.
func TestCreditAfterSeal(t *testing.T) {
	const notice = "鉴于本省已启动重大突发公共卫生事件一级应急响应机制,为严控疫情,某区婚姻登记处取消2020年2月2日的婚姻登记特别预约服务。\n某区民政局同时提醒广大群众,生命和健康安全高于一切,请大家减少外出。\n某区民政局\n2020年1月28日\n"
	for _, tc := range []struct{ name, text, editors string }{
		{"credits under the 落款", notice + "来源:某某网\n编辑:龙某某\n本文为某站原创文章,转载请附上原文出处链接和本声明。\n", "编辑:龙某某"},
		{"credits of two jobs", notice + "编辑:吴某某\n审核:李某\n", "编辑:吴某某 审核:李某"},
		// Not so.
		{"an attachment under the 落款", notice + "附件:婚姻登记暂停期间办理须知\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			var got []string
			for _, e := range d.Credits {
				got = append(got, e.Role+":"+e.Name.Value)
			}
			if s := strings.Join(got, " "); s != tc.editors {
				t.Errorf("editors %q, want %q", s, tc.editors)
			}
		})
	}
}

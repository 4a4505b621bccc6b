package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestNoticeShowsAMark: a text is read as a notice only where it shows a
// mark of one (its kind's word, a 发文字号, a 主送) or a date its 落款
// closes on. A body's name alone under a news report, no date with it, is
// the site's sponsor, and the report stays an article.
func TestNoticeShowsAMark(t *testing.T) {
	report := "某区为300名困难群众送温暖\n作者:张某|来源:某市文明网|发表时间:2016-01-21\n1月20日上午,某区两节慰问活动正式启动。\n为确保困难群众欢度春节,某区今年共筹资53万元,采取集中慰问和分散慰问相结合的方式。\n"
	tests := []struct {
		name, text string
		want       Kind
	}{
		{"a sponsor's name under a report", report + "某省某市精神文明建设指导委员会\n分享按钮\n", Article},
		{"a 落款 with its date", report + "某区民政局\n2016年1月21日\n", Notice},
		{"a notice's title, its 落款 undated", "某区民政局关于开展春节慰问活动的通知\n各街道办事处:\n现就有关事项通知如下。\n一、慰问对象为困难群众。\n二、慰问资金由区财政安排。\n某区民政局\n", Notice},
		// Not made a notice by a sponsor's line alone either way.
		{"a report with no closing", report, Article},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Analyze(clean.Lines(tc.text)).Kind; got != tc.want {
				t.Errorf("kind %v, want %v", got, tc.want)
			}
		})
	}
}

package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestBannerDay: a site's banner with the day it is read (某区人民政府
// 2019年12月3日星期二) dates the page only where nothing else does: the
// page's 发布时间 field does here, and the banner's body is the site's, no
// editing office. A body and a date with no weekday over the text is an
// issue's editing office and date, as before.
func TestBannerDay(t *testing.T) {
	text := "\n\n无障碍 简体 | 繁体 长者模式\n\n某区民政局2019年度政府信息公开工作年度报告\n\n来源:某市某区民政局 发布时间:2020-01-20 08:00\n\n本报告根据《中华人民共和国政府信息公开条例》要求编制。\n\n一、总体情况\n\n2019年,区民政局认真贯彻落实条例。\n"
	tests := []struct{ name, banner, date, issuer string }{
		{"a banner with its weekday", "某市某区人民政府 2019年12月3日星期二", "2020-01-20", "某市某区民政局"},
		// Not so: a date with no weekday heads the issue.
		{"an editing office and date", "某市某区民政局办公室 2019年12月3日", "2019-12-03", "某市某区民政局"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.banner + text))
			date := "-"
			if d.Date != nil {
				date = d.Date.Value
			}
			if date != tc.date || valueOf(d.Issuer) != tc.issuer {
				t.Errorf("got date %q issuer %q, want %q %q", date, valueOf(d.Issuer), tc.date, tc.issuer)
			}
		})
	}
}

package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestPageTopBanner: a body's name alone on a saved page's first line, over
// the site's furniture, the headline and the page's information line, is
// the site's banner, no issuer; a name over no furniture, or one dated as
// an editing office is, stays the issuer.
func TestPageTopBanner(t *testing.T) {
	const text = "2018年6月7日,自治区人民政府同意撤销某县某乡,设立某镇。\n"
	tests := []struct {
		name, text, want string
	}{
		{"the site's banner over its furniture", "某自治区民政厅\n政府信息公开\n关于同意某县某乡撤乡设镇的批复\n发布时间:2018-08-21 浏览次数:\n" + text, "-"},
		// Not so.
		{"an editing office with its date", "某市民政工作动态\n某市民政局办公室 2018年8月21日\n关于同意某县某乡撤乡设镇的批复\n" + text, "某市民政局办公室"},
		{"a name over the headline, no furniture", "某自治区民政厅\n关于同意某县某乡撤乡设镇的批复\n" + text, "某自治区民政厅"},
	}
	for _, tc := range tests {
		d := Analyze(clean.Lines(tc.text))
		if got := valueOf(d.Issuer); got != tc.want {
			t.Errorf("%s: issuer %q, want %q", tc.name, got, tc.want)
		}
	}
}

package layout

import "testing"

// TestBannerOverTitle: a body's name alone over a notice title that opens
// with the same name is the issuer's banner, read in the title once; a
// body's name over a title that opens otherwise is the title's first line.
func TestBannerOverTitle(t *testing.T) {
	body := "\n\n来源:本网 发布时间:2025-01-27\n\n各有关单位:\n\n根据有关规定，现就有关事项通知如下，请遵照执行。\n"
	checkTitles(t, []titleCase{
		{"the banner over co-issuers' title", "某市发展和改革局\n\n某市发展和改革局 某市民政局关于制定公墓收费标准的通知" + body, "某市发展和改革局某市民政局关于制定公墓收费标准的通知"},
		// Not so.
		{"the issuer over its title", "某市民政局\n\n关于制定公墓收费标准的通知" + body, "某市民政局关于制定公墓收费标准的通知"},
		{"words over a title that opens with them", "关于制定\n\n关于制定公墓收费标准的通知" + body, "关于制定关于制定公墓收费标准的通知"},
	})
}

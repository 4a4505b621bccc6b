package cue

import "testing"

// TestStatedOwnNumber reads the number a text issues itself under (现以…号
// 文下达), not a number it cites.
func TestStatedOwnNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"根据省财政厅《关于下达某资金的通知》(某财社〔2015〕23号)精神,现以某财社【2015】57号文下达某资金29.72万元。", "某财社〔2015〕57号"},
		{"现以某民发〔2020〕3号文件印发给你们,请遵照执行。", "某民发〔2020〕3号"},
		{"根据《关于下达某资金的通知》(某财社〔2015〕23号)精神,请抓紧落实。", ""},
		{"以某民发〔2020〕3号文件精神为指导,做好救助工作。", ""},
	} {
		got, _, _, ok := StatedOwnNumber(tc.in)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("StatedOwnNumber(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
